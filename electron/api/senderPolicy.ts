/**
 * Who may call the API from inside Electron, and where the app's pages may go. Pure (no 'electron' import) so the
 * rules are tested under Node; electron/ipc.ts and electron/window.ts apply them to real frames and navigations.
 */

/** The one IPC channel the preload uses. */
export const apiChannel = 'api:invoke';

/** The renderer is served from this privileged, standard, secure custom scheme (see electron/shell/protocol.ts). */
export const appScheme = 'app';
export const appHost = 'thuky';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for a URL of our own renderer. Compared by scheme and host, not by `URL.origin`: Node's URL reports the
 * origin of a non-special scheme as "null", which would make every custom-scheme URL look alike.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export interface SenderFacts {
  /** The IPC event came from our window's webContents. */
  fromOurWindow: boolean;
  /** `event.senderFrame` exists and is that window's main frame (not an iframe, not a disposed frame). */
  isMainFrame: boolean;
  /** The URL the sending frame has committed. */
  frameUrl: string;
}

/** An API call is served only for our window's main frame showing our own renderer. */
export function isTrustedSender(facts: SenderFacts): boolean {
  return facts.fromOurWindow && facts.isMainFrame && isAppUrl(facts.frameUrl);
}

/** Navigation inside the window stays inside the app; anything else is refused. */
export function mayNavigate(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Links the app itself shows (e.g. a venue's website) may open in the user's browser — only plain http(s)
 * without embedded credentials; never file:, javascript:, custom protocol handlers or anything else the OS would run.
 */
export function mayOpenExternally(url: string): boolean {
  const parsed = parse(url);
  if (parsed === null) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
}

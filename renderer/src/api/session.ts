/**
 * The browser-mode session token. `thuky serve` prints `…/#token=…`; the fragment never reaches the server,
 * so we move it into sessionStorage (a reload keeps working, a new tab must reopen the printed address)
 * and strip it from the visible URL so it does not end up in screenshots or bookmarks.
 */

const storageKey = 'thuky.token';

export function adoptTokenFromUrl(): void {
  const match = /(?:^#|&)token=([^&]+)/u.exec(window.location.hash);
  if (!match?.[1]) return;
  sessionStorage.setItem(storageKey, decodeURIComponent(match[1]));
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

export function sessionToken(): string | null {
  return sessionStorage.getItem(storageKey);
}

export function forgetToken(): void {
  sessionStorage.removeItem(storageKey);
}

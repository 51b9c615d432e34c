/** The one application window: sandboxed, isolated, no Node, showing our renderer from the app scheme. */
import { BrowserWindow } from 'electron';
import { appEntryUrl } from './api/senderPolicy.ts';
import { productName } from './shell/strings.ts';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: productName,
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      // Vietnamese with an English spellchecker would underline every other word; clerks check their own text.
      spellcheck: false,
      // A middle click would otherwise open a link in a new window, around the window-open guard.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}

/** A second launch brings the existing window to the front instead of opening another database handle. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Electron hardening that holds for every page the app could ever show: no permission is granted, no navigation
 * leaves the app, no new window opens, no <webview> attaches. External http(s) links go to the user's browser.
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { mayNavigate, mayOpenExternally } from '../api/senderPolicy.ts';

/** Camera, microphone, notifications, geolocation, clipboard reads, HID/serial/USB…: the app needs none of them. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

function guardNavigation(contents: WebContents): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!mayNavigate(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-frame-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-redirect', (event) => refuseForeign(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (mayOpenExternally(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Call once before any window exists: guards apply to every webContents the app creates. */
export function hardenAllContents(): void {
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));
}

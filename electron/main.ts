/**
 * Thư ký Hội nghị — the Electron main process: one instance, one hardened window, one database, one IPC entry.
 * Usage: electron . [--db FILE] [--user-data-dir DIR]
 */
import { app, dialog, session, type BrowserWindow } from 'electron';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRouter } from './api/router.ts';
import type { HandlerContext } from './api/context.ts';
import { ensureDailyBackup } from './backups/backups.ts';
import { registerApi } from './ipc.ts';
import { createMainWindow, focusWindow } from './window.ts';
import { installMenu } from './shell/menu.ts';
import { nativeDialogs } from './shell/dialogs.ts';
import { windowPrinter } from './shell/printing.ts';
import { nativeDesktop } from './shell/desktop.ts';
import { registerAppScheme, serveRenderer } from './shell/protocol.ts';
import { denyAllPermissions, hardenAllContents } from './shell/security.ts';
import { databaseText, productName } from './shell/strings.ts';
import {
  bundleRoot,
  defaultDatabaseName,
  electronNativeBinding,
  openAppDatabase,
  parseLaunchArgs,
} from './shell/launch.ts';

// This module runs as dist-electron/main.mjs; the project (or app.asar) root is one folder up.
const root = bundleRoot(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const appVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
  .version;
const options = parseLaunchArgs(process.argv.slice(1));

// Same folder whether started as `electron .`, `electron dist-electron/main.mjs` or packaged.
app.setPath('userData', options.userDataDir ?? join(app.getPath('appData'), productName));
registerAppScheme();
hardenAllContents();

let window: BrowserWindow | null = null;
const getWindow = () => window;

function start(): void {
  denyAllPermissions(session.defaultSession);
  const databasePath = options.db ?? join(app.getPath('userData'), defaultDatabaseName);
  const nativeBinding = app.isPackaged ? undefined : electronNativeBinding(process.versions.electron, root);
  const opened = openAppDatabase(databasePath, nativeBinding);
  if (!opened.ok) {
    dialog.showErrorBox(databaseText.title, opened.message);
    app.exit(1);
    return;
  }
  const ctx: HandlerContext = {
    db: opened.db,
    databasePath,
    appVersion,
    nativeBinding,
    dialogs: nativeDialogs(getWindow),
    printer: windowPrinter(getWindow),
    desktop: nativeDesktop,
  };
  // A restore swaps ctx.db, so quitting closes whichever connection is current.
  app.on('will-quit', () => ctx.db.close());
  void ensureDailyBackup(ctx);

  serveRenderer(join(root, 'dist', 'renderer'));
  registerApi(createRouter(ctx), getWindow);
  installMenu(getWindow, appVersion);
  window = createMainWindow(join(here, 'preload.cjs'));
  window.on('closed', () => (window = null));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(window));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

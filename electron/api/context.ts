/** What every handler gets: the open database and the host's capabilities, passed in rather than imported. */
import type { Db } from '../db/connection.ts';

/** Native file dialogs (Electron) or their stand-ins (browser host, tests). Core modules never import them. */
export interface Dialogs {
  openFiles(options: {
    title: string;
    filters?: { name: string; extensions: string[] }[];
  }): Promise<string[]>;
  saveFile(options: { title: string; defaultPath?: string }): Promise<string | null>;
}

/** The window's own printing (Electron's webContents.print / printToPDF); absent in browser mode and tests. */
export interface Printer {
  /** Opens the system print dialog for what the window shows (its print CSS applies); false if cancelled. */
  print(): Promise<boolean>;
  /** What the window shows, as an A4 PDF laid out by its print CSS. */
  toPdf(): Promise<Uint8Array>;
}

/** The desktop around the window (Electron's shell); absent in browser mode and tests. */
export interface Desktop {
  /** Opens a file or folder in the OS's own application (a folder in the file manager); "" or an error message. */
  openPath(path: string): Promise<string>;
}

export interface HandlerContext {
  db: Db;
  databasePath: string;
  appVersion: string;
  dialogs?: Dialogs;
  printer?: Printer;
  desktop?: Desktop;
  /** The better-sqlite3 addon the database was opened with (Electron's build), so a restore can reopen it. */
  nativeBinding?: string;
}

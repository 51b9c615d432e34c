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

export interface HandlerContext {
  db: Db;
  databasePath: string;
  appVersion: string;
  dialogs?: Dialogs;
}

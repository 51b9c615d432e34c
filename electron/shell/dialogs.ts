/** Native file dialogs, handed to the core through HandlerContext.dialogs (the core never imports electron). */
import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../api/context.ts';
import { dialogText } from './strings.ts';

export function nativeDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async openFiles({ title, filters }) {
      const options: Electron.OpenDialogOptions = {
        title,
        filters: [...(filters ?? []), { name: dialogText.allFiles, extensions: ['*'] }],
        properties: ['openFile', 'multiSelections'],
      };
      const window = getWindow();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async saveFile({ title, defaultPath }) {
      const options: Electron.SaveDialogOptions = { title, defaultPath };
      const window = getWindow();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

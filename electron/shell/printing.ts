/** The window's printing, handed to the core through HandlerContext.printer (A4; the page's @page rules win). */
import type { BrowserWindow } from 'electron';
import type { Printer } from '../api/context.ts';

export function windowPrinter(getWindow: () => BrowserWindow | null): Printer {
  const contents = () => {
    const window = getWindow();
    if (!window || window.isDestroyed()) throw new Error('No window to print from.');
    return window.webContents;
  };
  return {
    print: () =>
      new Promise((resolve) =>
        contents().print({ silent: false, printBackground: true, pageSize: 'A4' }, (success) =>
          resolve(success),
        ),
      ),
    toPdf: () => contents().printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
  };
}

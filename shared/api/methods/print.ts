/** Printing what the window shows (the print views): through the app's own window in Electron. */
import { z } from 'zod';
import { method, Nothing } from '../method.ts';
import { text } from '../schemas/recordFields.ts';

export const printMethods = {
  /** The system print dialog; in browser mode the page calls window.print() itself. */
  'print.print': method(Nothing, z.object({ printed: z.boolean() })),
  /** Saves the print view as PDF where the clerk chooses; path null when she cancelled. */
  'print.toPdf': method(
    z.object({ fileName: text('Tên tệp', 150).pipe(z.string().min(1, 'Chưa có tên tệp PDF.')) }),
    z.object({ path: z.string().nullable() }),
  ),
};

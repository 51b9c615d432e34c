/** Printing goes through the window the shell hands in (HandlerContext.printer); the core never imports electron. */
import type { HandlersFor } from '../api/handlers.ts';
import type { HandlerContext, Printer } from '../api/context.ts';
import type { printMethods } from '../../shared/api/methods/print.ts';
import { DomainError } from '../../shared/api/result.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';

function requirePrinter(ctx: HandlerContext): Printer {
  if (!ctx.printer) {
    throw new DomainError(
      'CONFLICT',
      'Chỉ ứng dụng trên máy tính mới in trực tiếp được; trong trình duyệt hãy bấm Ctrl+P (chọn "Lưu dưới dạng PDF" để lưu tệp).',
    );
  }
  return ctx.printer;
}

export const printHandlers: HandlersFor<typeof printMethods> = {
  'print.print': async (ctx) => ({ printed: await requirePrinter(ctx).print() }),
  'print.toPdf': async (ctx, { fileName }) => {
    const printer = requirePrinter(ctx);
    const name = fileName.toLowerCase().endsWith('.pdf') ? fileName : `${fileName}.pdf`;
    const path = ctx.dialogs
      ? await ctx.dialogs.saveFile({ title: 'Lưu bản in thành PDF', defaultPath: name })
      : null;
    if (!path) return { path: null };
    writeFileAtomic(path, await printer.toPdf());
    return { path };
  },
};

/**
 * "Mở thư mục" after generating: the app opens only a folder it wrote the pack into during this session, never a
 * path the renderer makes up (the renderer is untrusted input, and opening a path can launch a program). The
 * folders are remembered per handler context, so each app (and each test) has its own.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HandlerContext } from '../api/context.ts';
import { DomainError } from '../../shared/api/result.ts';

const generated = new WeakMap<HandlerContext, Set<string>>();

export function rememberPackFolder(ctx: HandlerContext, folder: string): void {
  const folders = generated.get(ctx) ?? new Set<string>();
  folders.add(resolve(folder));
  generated.set(ctx, folders);
}

export async function openPackFolder(ctx: HandlerContext, folder: string): Promise<{ opened: string }> {
  const path = resolve(folder);
  if (!generated.get(ctx)?.has(path)) {
    throw new DomainError(
      'FORBIDDEN',
      'Chỉ mở được thư mục mà ứng dụng vừa tạo bộ tài liệu vào: hãy tạo tài liệu trước rồi bấm "Mở thư mục".',
    );
  }
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
    throw new DomainError('NOT_FOUND', `Thư mục ${path} không còn nữa: hãy tạo lại bộ tài liệu.`);
  }
  if (!ctx.desktop) {
    throw new DomainError(
      'VALIDATION',
      `Chế độ trình duyệt không mở được thư mục trên máy: các tệp nằm trong thư mục ${path}.`,
    );
  }
  const failure = await ctx.desktop.openPath(path);
  if (failure) {
    throw new DomainError(
      'VALIDATION',
      `Không mở được thư mục ${path}: hãy mở nó bằng trình quản lý tệp (${failure}).`,
    );
  }
  return { opened: path };
}

/**
 * Writes a file so that a reader (Word, Explorer's preview, a sync client) sees either the old file or the
 * whole new one, never half of it: write a temp file in the same folder, flush it to disk, then rename over
 * the target. A crash or a full disk leaves the old file as it was.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DomainError } from '../../shared/api/result.ts';

function syncFolder(folder: string): void {
  // Makes the rename itself durable on POSIX; Windows cannot open a folder for fsync, and NTFS journals it anyway.
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function describe(error: unknown, target: string): DomainError | unknown {
  const code = (error as { code?: unknown })?.code;
  const name = basename(target);
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return new DomainError(
      'CONFLICT',
      `Không ghi được tệp "${name}": tệp đang mở trong chương trình khác hoặc thư mục không cho phép ghi. Hãy đóng tệp rồi thử lại.`,
    );
  }
  if (code === 'ENOSPC') return new DomainError('CONFLICT', `Không ghi được tệp "${name}": ổ đĩa đã đầy.`);
  if (code === 'ENOENT') {
    return new DomainError(
      'NOT_FOUND',
      `Không ghi được tệp "${name}": thư mục "${dirname(target)}" không tồn tại.`,
    );
  }
  return error;
}

export function writeFileAtomic(target: string, data: Uint8Array): void {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx');
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, target);
    syncFolder(dirname(target));
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw describe(error, target);
  }
}

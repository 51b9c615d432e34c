import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../electron/files/atomicWrite.ts';
import { DomainError } from '../../../shared/api/result.ts';
import { tempDir } from '../support/db.ts';

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one whole, leaving no temp file behind', () => {
    const dir = tempDir();
    const target = join(dir, 'Giấy mời.docx');
    writeFileAtomic(target, Buffer.from('bản đầu'));
    expect(readFileSync(target, 'utf8')).toBe('bản đầu');
    const big = Buffer.alloc(3 * 1024 * 1024, 7);
    writeFileAtomic(target, big);
    expect(readFileSync(target).equals(big)).toBe(true);
    expect(readdirSync(dir)).toEqual(['Giấy mời.docx']);
  });

  it('says in Vietnamese that the folder is missing, and writes nothing', () => {
    const dir = tempDir();
    const target = join(dir, 'không-có', 'a.docx');
    expect(() => writeFileAtomic(target, Buffer.from('x'))).toThrow(DomainError);
    expect(() => writeFileAtomic(target, Buffer.from('x'))).toThrow(/thư mục .* không tồn tại/u);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves the old content and no temp file when the rename cannot happen', () => {
    const dir = tempDir();
    const target = join(dir, 'đích');
    mkdirSync(target);
    writeFileSync(join(target, 'giữ.txt'), 'cũ');
    expect(() => writeFileAtomic(target, Buffer.from('mới'))).toThrow();
    expect(readdirSync(dir)).toEqual(['đích']);
    expect(readFileSync(join(target, 'giữ.txt'), 'utf8')).toBe('cũ');
  });
});

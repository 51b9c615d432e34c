/**
 * Writes a package (.docx) as a zip with Node's own zlib: the docx library zips with fflate, in JavaScript on
 * the main thread, which for a long list's 1–3 MB document.xml cost thirty times the native deflate. zlib's
 * asynchronous deflate also runs off the main thread, on libuv's pool.
 */
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);

// 1980-01-01 00:00 in DOS date/time: a fixed stamp keeps the same pack byte for byte the same.
const dosTime = 0;
const dosDate = (0 << 9) | (1 << 5) | 1;
// Bit 11: names are UTF-8.
const utf8Names = 0x0800;

/** The zip of `parts` (path → bytes) in the given order, each part deflated. */
export async function zipParts(parts: Iterable<[string, Uint8Array]>): Promise<Buffer> {
  const entries = await Promise.all(
    [...parts].map(async ([path, data]) => ({
      name: Buffer.from(path, 'utf8'),
      size: data.length,
      crc: crc32(data),
      packed: await deflate(data, { level: 6 }),
    })),
  );
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    if (e.size > 0xffffffff || offset > 0xffffffff) throw new Error('A .docx part is too large for a zip');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(utf8Names, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.packed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(utf8Names, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.packed.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(e.name.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, e.name, e.packed);
    directory.push(central, e.name);
    offset += 30 + e.name.length + e.packed.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, central, end]);
}

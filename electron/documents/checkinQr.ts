/**
 * The check-in QR code of an invitation as a 1-bit greyscale PNG, written here from the code's module matrix.
 * The qrcode package's PNG renderer writes 32-bit colour and tries every PNG filter on every row: for a mail
 * merge of 300 invitations that was a third of the time, for a picture that is only black and white.
 */
import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

export interface QrPngOptions {
  /** Pixels per module: 6 keeps edges sharp when Word scales the picture to about 2,6 cm. */
  scale?: number;
  /** Quiet zone around the code, in modules. */
  margin?: number;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG of `text` as a QR code (error correction M), dark modules black on white. */
export function qrPng(text: string, { scale = 6, margin = 1 }: QrPngOptions = {}): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = (modules.size + 2 * margin) * scale;
  const rowBytes = 1 + Math.ceil(side / 8);
  // Bit 1 is white in 1-bit greyscale: start all white, clear the dark modules' bits on the first pixel
  // line of each module row, then copy that line down the module's height.
  const pixels = Buffer.alloc(rowBytes * side, 0xff);
  for (let row = 0; row < modules.size; row++) {
    const line = (row + margin) * scale * rowBytes;
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let x = (col + margin) * scale, end = x + scale; x < end; x++) {
        pixels[line + 1 + (x >> 3)]! &= ~(0x80 >> (x & 7));
      }
    }
    for (let dy = 1; dy < scale; dy++) pixels.copy(pixels, line + dy * rowBytes, line, line + rowBytes);
  }
  for (let y = 0; y < side; y++) pixels[y * rowBytes] = 0; // filter type None
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale; compression, filter and interlace methods stay 0
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

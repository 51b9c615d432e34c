/**
 * SheetJS (`@e965/xlsx` 0.20.3, never xlsx@0.18.5) with Node's zlib for its zip inflation, so a forged size
 * in a zip cannot make its own inflater allocate gigabytes. `use_zlib` probes the deprecated `zlib.bytesRead`;
 * that probe's one-time notice is kept off stderr, where the CLI promises one clear line.
 */
import zlib from 'node:zlib';
import * as XLSX from '@e965/xlsx';

const previous = process.noDeprecation;
process.noDeprecation = true;
try {
  XLSX.CFB.utils.use_zlib(zlib);
} finally {
  process.noDeprecation = previous;
}

export { XLSX };

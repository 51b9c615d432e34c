/** Reading generated .docx files back: the parts as XML, and LibreOffice's PDF of them with poppler's tools. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

export interface DocxParts {
  document: string;
  styles: string;
  /** All word/header*.xml parts, in name order. */
  headers: string[];
  media: string[];
}

export async function readDocx(buffer: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is missing from the .docx`);
    return file.async('string');
  };
  const headerNames = Object.keys(zip.files)
    .filter((n) => /^word\/header\d+\.xml$/u.test(n))
    .sort();
  return {
    document: await text('word/document.xml'),
    styles: await text('word/styles.xml'),
    headers: await Promise.all(headerNames.map(text)),
    media: Object.keys(zip.files).filter((n) => n.startsWith('word/media/')),
  };
}

/** The visible text of a part, runs joined (Word splits text across runs at every change of formatting). */
export function visibleText(xml: string): string {
  return xml
    .replace(/<\/w:p>/gu, '\n')
    .replace(/<w:tab\/>/gu, '\t')
    .replace(/<[^>]+>/gu, '')
    .replace(/&amp;/gu, '&')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"');
}

export const hasLibreOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
export const libreOfficeSkipReason = 'LibreOffice (soffice) is not installed here; the PDF checks need it.';

export interface PdfFacts {
  file: string;
  pages: number;
  /** Points, as pdfinfo reports them (A4 is 595 × 842). */
  width: number;
  height: number;
  pageText: (page: number) => string;
  /** Rounded to whole points. */
  sizeOf: (page: number) => { width: number; height: number };
}

/** Converts with `soffice --headless --convert-to pdf` in its own profile folder, so tests never share one. */
export function convertToPdf(buffer: Uint8Array, dir: string, name: string): PdfFacts {
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, buffer);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const file = join(dir, `${name}.pdf`);
  readFileSync(file);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/u.exec(info);
  return {
    file,
    pages: Number(/Pages:\s+(\d+)/u.exec(info)?.[1]),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    sizeOf: (page) => {
      const out = execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), file], {
        encoding: 'utf8',
      });
      const m = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/u.exec(out);
      return { width: Math.round(Number(m?.[1])), height: Math.round(Number(m?.[2])) };
    },
    pageText: (page) =>
      execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
        encoding: 'utf8',
      }),
  };
}

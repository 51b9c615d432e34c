/**
 * Files between the clerk's computer and the API in browser mode: bytes handed back by the API become a
 * download (Blob + <a download>, same-origin so the CSP allows it), and dropped files become base64.
 */

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadBase64(fileName: string, base64: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: xlsxType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the bytes once the click is handled; a little later is safe for every engine.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Several downloads in a row: browsers drop clicks that come too close together. */
export async function downloadAll(files: { fileName: string; base64: string | null }[]): Promise<number> {
  let count = 0;
  for (const file of files) {
    if (!file.base64) continue;
    if (count > 0) await new Promise((done) => setTimeout(done, 200));
    downloadBase64(file.fileName, file.base64);
    count += 1;
  }
  return count;
}

/** The file's bytes as base64, without the data: URL prefix. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

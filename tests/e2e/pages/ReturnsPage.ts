/** The "Số liệu báo cáo" screen: templates out, returns in, the status board, the consolidation, the template. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';

// The tests compile without the DOM library; these are the browser globals the drop below runs with.
declare const DataTransfer: new () => { items: { add(file: unknown): void } };
declare const File: new (parts: Uint8Array[], name: string) => unknown;

export interface DroppedFile {
  name: string;
  buffer: Buffer;
}

export class ReturnsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.getByRole('menuitem', { name: 'Số liệu báo cáo' }).click();
    await expect(this.page.getByRole('heading', { name: 'Số liệu báo cáo' })).toBeVisible();
    return this;
  }

  async tab(name: 'Nhận số liệu' | 'Tổng hợp' | 'Biểu mẫu'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  // --- templates out

  /** Clicks "Tạo mẫu gửi các tỉnh" and collects the `count` downloads it starts. */
  async writeTemplates(count: number): Promise<Download[]> {
    const downloads: Download[] = [];
    const all = new Promise<void>((done) => {
      const onDownload = (d: Download) => {
        downloads.push(d);
        if (downloads.length === count) {
          this.page.off('download', onDownload);
          done();
        }
      };
      this.page.on('download', onDownload);
    });
    await this.page.getByRole('button', { name: 'Tạo mẫu gửi các tỉnh' }).click();
    await all;
    return downloads;
  }

  // --- returns in

  get fileInput(): Locator {
    return this.page.getByLabel('Chọn tệp số liệu để nhập');
  }

  get dropZone(): Locator {
    return this.page.getByTestId('returns-drop-zone');
  }

  async pickFiles(files: DroppedFile[]): Promise<void> {
    await this.fileInput.setInputFiles(
      files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: f.buffer })),
    );
  }

  /** A real drop event carrying the files, as when the clerk drags them from Explorer. */
  async dropFiles(files: DroppedFile[]): Promise<void> {
    const payload = files.map((f) => ({ name: f.name, base64: f.buffer.toString('base64') }));
    const transfer = await this.page.evaluateHandle((items) => {
      const dt = new DataTransfer();
      for (const item of items) {
        const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], item.name));
      }
      return dt;
    }, payload);
    await this.dropZone.dispatchEvent('dragover', { dataTransfer: transfer });
    await this.dropZone.dispatchEvent('drop', { dataTransfer: transfer });
  }

  get results(): Locator {
    return this.page.getByTestId('returns-import-results');
  }

  result(fileName: string): Locator {
    return this.results.locator('.ant-list-item').filter({ hasText: fileName });
  }

  // --- status board

  get receivedCount(): Locator {
    return this.page.getByTestId('returns-received-count');
  }

  get statusRows(): Locator {
    return this.page.getByTestId('returns-status').locator('tbody tr.ant-table-row');
  }

  statusRow(member: string): Locator {
    return this.statusRows.filter({ has: this.page.locator('td strong', { hasText: member }) });
  }

  // --- consolidation

  async order(name: 'Theo thứ hạng' | 'Theo thứ tự cụm'): Promise<void> {
    await this.page.locator('.ant-segmented-item').filter({ hasText: name }).click();
  }

  chart(code: string): Locator {
    return this.page.getByTestId(`returns-chart-${code}`);
  }

  /** "Điện Biên 8,7%" for each bar, top to bottom. */
  async bars(code: string): Promise<string[]> {
    const texts = await this.chart(code).getByTestId('chart-bar').allTextContents();
    return texts.map((t) => t.replace(/(\D)(\d)/u, '$1 $2'));
  }

  get sentences(): Locator {
    return this.page.getByTestId('returns-sentences');
  }

  matrixRow(itemName: string): Locator {
    return this.page.getByTestId('returns-matrix').locator('tbody tr').filter({ hasText: itemName });
  }

  // --- template

  row(kind: 'indicator' | 'criterion', index: number): Locator {
    return this.page.getByTestId(`template-${kind}s`).locator('tbody tr.ant-table-row').nth(index);
  }

  cellError(row: Locator): Locator {
    return row.locator('.ant-form-item-explain-error');
  }
}

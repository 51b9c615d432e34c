/** The "Đại biểu" screen: the protocol-ordered table, the quick-add row, the paste dialog. */
import { expect, type Locator, type Page } from '@playwright/test';
import { dialog } from './AppPage.ts';

export class DelegatesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<DelegatesPage> {
    await this.page
      .locator('.ant-menu-item')
      .filter({ hasText: /^Đại biểu$/u })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Đại biểu', exact: true })).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
    return this;
  }

  get rows(): Locator {
    return this.page.locator('.delegates-table tbody tr.ant-table-row');
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.locator('strong', { hasText: new RegExp(`^${name}$`, 'u') }) });
  }

  /** The names in the order the table shows them. */
  async names(): Promise<string[]> {
    return this.rows.locator('td:nth-child(3) strong').allTextContents();
  }

  get count(): Locator {
    return this.page.getByTestId('delegate-count');
  }

  get search(): Locator {
    return this.page.getByLabel('Tìm đại biểu');
  }

  get quickAdd(): Locator {
    return this.page.locator('.ant-card').filter({ hasText: 'Thêm nhanh (Alt+N)' });
  }

  async openPaste(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Dán từ Excel' }).click();
    const paste = dialog(this.page, 'Dán danh sách đại biểu từ Excel');
    await expect(paste.getByLabel('Nội dung dán từ Excel')).toBeFocused();
    return paste;
  }

  /** Pastes text the way Excel puts it on the clipboard (text/plain, tab-separated, CRLF) into the focused field. */
  async pasteText(text: string): Promise<void> {
    // A string expression: this runs in the page, and the Node-side type check has no DOM types.
    await this.page.evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', ${JSON.stringify(text)});
      const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
      document.activeElement.dispatchEvent(event);
    })()`);
  }

  pasteRows(paste: Locator): Locator {
    return paste.locator('.ant-table-tbody tr.ant-table-row');
  }

  notification(text: string | RegExp): Locator {
    return this.page.locator('.ant-notification-notice').filter({ hasText: text });
  }
}

/** Rows as Excel copies them: cells joined by tabs, rows by CRLF, a cell with a line break quoted. */
export function toClipboard(rows: string[][]): string {
  const cell = (v: string) => (/[\t\n"]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v);
  return rows.map((r) => r.map(cell).join('\t')).join('\r\n');
}

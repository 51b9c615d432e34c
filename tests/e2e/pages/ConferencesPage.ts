/** The conferences screen and its form. */
import { expect, type Locator, type Page } from '@playwright/test';
import { choose, dialog } from './AppPage.ts';

export interface ConferenceFields {
  title?: string;
  kind?: string;
  year?: string;
  period?: string;
  /** As typed by a clerk: "01/8/2024". */
  date?: string;
  /** "08:00" */
  startTime?: string;
  venue?: string;
  host?: string;
  organizingBody?: string;
}

export class ConferencesPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.locator('.ant-table').first();
  }

  row(title: string): Locator {
    return this.table.locator('tbody tr').filter({ hasText: title });
  }

  get dataRows(): Locator {
    return this.table.locator('tbody tr.ant-table-row');
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Tìm kiếm' });
  }

  form(title: 'Thêm hội nghị' | 'Sửa hội nghị' = 'Thêm hội nghị'): Locator {
    return dialog(this.page, title);
  }

  async openNew(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Thêm hội nghị' }).click();
    const form = this.form();
    await expect(form).toBeVisible();
    return form;
  }

  async openEdit(title: string): Promise<Locator> {
    await this.row(title).getByRole('button', { name: 'Sửa' }).click();
    const form = this.form('Sửa hội nghị');
    await expect(form).toBeVisible();
    return form;
  }

  /** Fills the given fields of an open form; date and time are typed, as a clerk would. */
  async fill(form: Locator, fields: ConferenceFields): Promise<void> {
    if (fields.title !== undefined) await form.getByLabel('Tên hội nghị').fill(fields.title);
    if (fields.kind !== undefined) await choose(this.page, form.getByLabel('Loại hội nghị'), fields.kind);
    if (fields.year !== undefined) await form.getByLabel('Năm').fill(fields.year);
    if (fields.period !== undefined) await form.getByLabel('Kỳ').fill(fields.period);
    if (fields.date !== undefined) {
      await form.getByLabel('Ngày họp').fill(fields.date);
      await form.getByLabel('Ngày họp').press('Tab');
    }
    if (fields.startTime !== undefined) {
      await form.getByLabel('Giờ bắt đầu').fill(fields.startTime);
      await form.getByLabel('Giờ bắt đầu').press('Tab');
    }
    if (fields.venue !== undefined) await form.getByLabel('Địa điểm').fill(fields.venue);
    if (fields.host !== undefined) await choose(this.page, form.getByLabel('Đơn vị đăng cai'), fields.host);
    if (fields.organizingBody !== undefined)
      await form.getByLabel('Cơ quan tổ chức').fill(fields.organizingBody);
  }

  async save(form: Locator): Promise<void> {
    await form.getByRole('button', { name: 'Lưu' }).click();
  }

  /** The error shown under a form field. */
  fieldError(form: Locator, label: string): Locator {
    return form
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');
  }

  async delete(title: string): Promise<void> {
    await this.row(title).getByRole('button', { name: 'Xóa' }).click();
    await this.page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Xóa' }).click();
  }
}

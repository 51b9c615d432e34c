/** The "Khen thưởng" screen: the virtualised list, its search and filters, the statistics, the forms. */
import { expect, type Locator, type Page } from '@playwright/test';
import { dialog } from './AppPage.ts';

export class AwardsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<AwardsPage> {
    await this.page.getByRole('menuitem', { name: 'Khen thưởng' }).click();
    await expect(this.page.getByRole('heading', { name: 'Khen thưởng', exact: true })).toBeVisible();
    // 7.104 rows arrive in one answer of a few megabytes: slower than a click on a busy machine.
    await expect(this.table).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    return this;
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Tìm trong danh sách khen thưởng' });
  }

  /** "7.104 dòng" or "33 / 7.104 dòng". */
  get count(): Locator {
    return this.page.getByTestId('award-count');
  }

  get table(): Locator {
    return this.page.getByTestId('awards-table');
  }

  /** The rows currently drawn (the table is virtual: only those in view exist); not the header row. */
  get rows(): Locator {
    return this.table.locator('[role="row"][data-row-key]');
  }

  /** The drawn row whose name cell is exactly `name` ("… số 112" is not "… số 1120"). */
  row(name: string): Locator {
    const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u');
    return this.rows.filter({ has: this.page.getByRole('gridcell', { name: exact }) });
  }

  get statistics(): Locator {
    return this.page.getByTestId('award-statistics');
  }

  /** Types the query and waits until the table shows the rows filtered by it. */
  async find(query: string): Promise<void> {
    await this.search.fill(query);
    await expect(this.table).toHaveAttribute('data-rendered-query', query);
  }

  form(title: 'Thêm dòng khen thưởng' | 'Sửa dòng khen thưởng' = 'Thêm dòng khen thưởng'): Locator {
    return dialog(this.page, title);
  }

  pasteDialog(): Locator {
    return dialog(this.page, 'Dán danh sách khen thưởng từ Excel');
  }

  /** The toolbar's "Thêm" (its icon is part of the accessible name). */
  get addButton(): Locator {
    return this.page.getByRole('button', { name: /^(plus )?Thêm$/u });
  }

  /** Ticks the drawn row's checkbox, found by its label as a screen reader hears it. */
  async select(name: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Chọn dòng: ${name}`, exact: true }).check();
  }
}

/** The "Chương trình" screen: conference times, the items table with editable cells, the add row. */
import { expect, type Locator, type Page } from '@playwright/test';

export class AgendaPage {
  constructor(readonly page: Page) {}

  async open(): Promise<AgendaPage> {
    await this.page
      .locator('.ant-menu-item')
      .filter({ hasText: /^Chương trình$/u })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Chương trình', exact: true })).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
    return this;
  }

  get rows(): Locator {
    return this.page.locator('.ant-table-tbody tr.ant-table-row');
  }

  /** The row whose content cell holds this text. */
  row(content: string): Locator {
    return this.rows.filter({ has: this.page.locator(`textarea`, { hasText: content }) });
  }

  /** "08:40 – 08:50" of the row with this content. */
  time(content: string): Locator {
    return this.row(content).getByTestId('agenda-time');
  }

  async contents(): Promise<string[]> {
    const cells = this.rows.locator('td:nth-child(5) textarea');
    const values: string[] = [];
    for (let i = 0; i < (await cells.count()); i++) values.push(await cells.nth(i).inputValue());
    return values;
  }

  get warning(): Locator {
    return this.page.getByTestId('agenda-warning');
  }

  get summary(): Locator {
    return this.page.getByTestId('agenda-summary');
  }

  /** The minutes cell of the item at this 1-based place. */
  minutes(order: number): Locator {
    return this.page.getByLabel(`Phút mục ${order}`, { exact: true });
  }
}

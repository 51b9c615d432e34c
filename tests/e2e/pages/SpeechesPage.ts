/** The "Phát biểu, tham luận" screen: the speaking list, the requests to speak, the during-the-conference desk. */
import { expect, type Locator, type Page } from '@playwright/test';

export class SpeechesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<SpeechesPage> {
    await this.page.getByRole('menuitem', { name: 'Phát biểu, tham luận' }).click();
    await expect(this.page.getByRole('heading', { name: 'Phát biểu, tham luận', exact: true })).toBeVisible();
    return this;
  }

  async tab(name: 'Danh sách phát biểu' | 'Đăng ký phát biểu' | 'Trong hội nghị'): Promise<void> {
    await this.page.locator('.ant-segmented-item').filter({ hasText: name }).click();
  }

  get rows(): Locator {
    return this.page.locator('.ant-table-tbody tr.ant-table-row');
  }

  /** The speakers' names in speaking order, as the list shows them. */
  async speakerNames(): Promise<string[]> {
    return this.rows.locator('td:nth-child(2) strong').allTextContents();
  }

  /** The during-the-conference desk. */
  get summary(): Locator {
    return this.page.getByRole('textbox', { name: 'Tóm tắt nội dung phát biểu' });
  }

  get currentSpeaker(): Locator {
    return this.page.getByTestId('current-speaker');
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('summary-status');
  }

  speakerInList(name: string): Locator {
    return this.page.locator('.ant-list-item').filter({ hasText: name });
  }
}

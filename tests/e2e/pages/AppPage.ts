/** The app frame as a clerk sees it: navigation, the current-cluster picker, messages and notifications. */
import { expect, type Locator, type Page } from '@playwright/test';
import { ClustersPage } from './ClustersPage.ts';
import { ConferencesPage } from './ConferencesPage.ts';

export class AppPage {
  readonly conferences: ConferencesPage;
  readonly clusters: ClustersPage;

  constructor(readonly page: Page) {
    this.conferences = new ConferencesPage(page);
    this.clusters = new ClustersPage(page);
  }

  async openConferences(): Promise<ConferencesPage> {
    await this.page.getByRole('menuitem', { name: 'Hội nghị' }).click();
    await expect(this.page.getByRole('heading', { name: 'Hội nghị', exact: true })).toBeVisible();
    return this.conferences;
  }

  async openClusters(): Promise<ClustersPage> {
    await this.page.getByRole('menuitem', { name: 'Cụm thi đua & thành viên' }).click();
    return this.clusters;
  }

  /** The header's Select of clusters. */
  get currentCluster(): Locator {
    return this.page.getByTestId('cluster-picker');
  }

  /** A toast (antd message) with this text. */
  message(text: string | RegExp): Locator {
    return this.page.locator('.ant-message-notice').filter({ hasText: text });
  }

  /** A notification (used for "deleted — Hoàn tác"). */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.ant-notification-notice').filter({ hasText: text });
  }

  async undo(text: string | RegExp): Promise<void> {
    await this.notification(text).getByRole('button', { name: 'Hoàn tác' }).click();
    await expect(this.message('Đã hoàn tác.')).toBeVisible();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.page.getByRole('heading', { name: 'Thư ký Hội nghị' })).toBeVisible();
  }
}

/** Picks an option of an antd Select whose combobox is `select`. */
export async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/** An open modal dialog by its title. */
export function dialog(page: Page, title: string): Locator {
  return page.getByRole('dialog').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });
}

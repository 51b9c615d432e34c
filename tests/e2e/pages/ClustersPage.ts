/** The clusters screen: the clusters table and the chosen cluster's members. */
import { expect, type Locator, type Page } from '@playwright/test';
import { dialog } from './AppPage.ts';

export interface MemberFields {
  code: string;
  shortName: string;
  officialName: string;
  validFrom?: string;
  validTo?: string;
}

export class ClustersPage {
  constructor(readonly page: Page) {}

  get clustersTable(): Locator {
    return this.page.locator('.ant-card').filter({ hasText: 'Tên cụm thi đua' }).locator('.ant-table');
  }

  get membersCard(): Locator {
    return this.page.locator('.ant-card').filter({ hasText: /^Thành viên của / });
  }

  memberRows(): Locator {
    return this.membersCard.locator('tbody tr.ant-table-row');
  }

  memberRow(code: string): Locator {
    return this.memberRows().filter({
      has: this.page.locator('td', { hasText: new RegExp(`^${code}$`, 'u') }),
    });
  }

  async addCluster(name: string, shortName = ''): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm cụm thi đua' }).click();
    const form = dialog(this.page, 'Thêm cụm thi đua');
    await expect(form.getByLabel('Tên cụm thi đua')).toBeFocused();
    await form.getByLabel('Tên cụm thi đua').fill(name);
    if (shortName) await form.getByLabel('Tên viết tắt').fill(shortName);
    await form.getByLabel('Tên cụm thi đua').press('Enter');
    await expect(form).toBeHidden();
  }

  async openNewMember(): Promise<Locator> {
    await this.membersCard.getByRole('button', { name: 'Thêm thành viên' }).click();
    const form = dialog(this.page, 'Thêm thành viên');
    await expect(form.getByLabel('Mã thành viên')).toBeFocused();
    return form;
  }

  async fillMember(form: Locator, m: MemberFields): Promise<void> {
    await form.getByLabel('Mã thành viên').fill(m.code);
    await form.getByLabel('Tên ngắn').fill(m.shortName);
    await form.getByLabel('Tên chính thức').fill(m.officialName);
    for (const [label, value] of [
      ['Tham gia từ ngày', m.validFrom],
      ['Đến ngày', m.validTo],
    ] as const) {
      if (value === undefined) continue;
      await form.getByLabel(label).fill(value);
      await form.getByLabel(label).press('Tab');
    }
  }

  async addMember(m: MemberFields): Promise<void> {
    const form = await this.openNewMember();
    await this.fillMember(form, m);
    await form.getByLabel('Tên chính thức').press('Enter');
    await expect(form).toBeHidden();
    await expect(this.memberRow(m.code)).toBeVisible();
  }
}

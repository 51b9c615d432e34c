/**
 * The print views as paper: Playwright's page.pdf lays the page out with the print CSS (as Electron's
 * printToPDF does), and poppler counts the pages and reads each one back.
 */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type RunningApp } from './fixtures.ts';

test.use({ demo: true });

async function api<T>(app: RunningApp, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

async function demoConference(app: RunningApp) {
  const [cluster] = await api<{ id: number }[]>(app, 'clusters.list', {});
  const [conference] = await api<{ id: number }[]>(app, 'conferences.list', { clusterId: cluster!.id });
  const members = await api<{ id: number; code: string }[]>(app, 'members.list', { clusterId: cluster!.id });
  return { conferenceId: conference!.id, member: (code: string) => members.find((m) => m.code === code)!.id };
}

/** The current print view as a PDF file; returns the text of each page. */
async function printedPages(page: Page, name: string): Promise<string[]> {
  const file = test.info().outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], {
      encoding: 'utf8',
    }),
  );
}

const pageSize = (file: string) =>
  /Page size:\s+([\d.]+) x ([\d.]+) pts/u.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }));

/** Picks a print view and waits until its data has rendered: printing earlier catches an empty page. */
async function choose(page: Page, kind: string, shows: string) {
  await page.locator('.ant-segmented-item').filter({ hasText: kind }).click();
  await expect(page.getByTestId('print-preview')).toContainText(shows);
}

test('the demo prints as one-page list and sign-in sheet, one name card per delegate, a one-page plan', async ({
  app,
  ui,
  page,
}) => {
  const { conferenceId } = await demoConference(app);
  await api(app, 'seating.autoAssign', { conferenceId });
  await ui.reload();
  await page.getByRole('menuitem', { name: 'In ấn' }).click();
  await expect(page.getByTestId('print-preview')).toContainText('Hà Thị Nga');

  const list = await printedPages(page, 'danh-sach');
  expect(list).toHaveLength(1);
  expect(list[0]).toContain('DANH SÁCH ĐẠI BIỂU');
  expect(list[0]).toContain('I. TRUNG ƯƠNG');
  expect(list[0]).toMatch(/Hà Thị Nga +Ủy viên Trung ương Đảng +Đoàn Chủ tịch,\n.* ghế số 1\n/u);
  expect(list[0]).toContain('Tỉnh Cao Bằng, ngày 01 tháng 8 năm 2024');
  // A4 portrait is 595.3 × 841.9 pt; Chromium rounds to whole CSS pixels.
  const [, listWidth, listHeight] = pageSize(test.info().outputPath('danh-sach.pdf'))!.map(Number);
  expect(Math.abs(listWidth! - 595.3)).toBeLessThan(2);
  expect(Math.abs(listHeight! - 841.9)).toBeLessThan(2);
  await page.screenshot({ path: test.info().outputPath('list-preview.png'), fullPage: true });

  await choose(page, 'Danh sách ký tên', 'Hà Thị Nga');
  const signIn = await printedPages(page, 'ky-ten');
  expect(signIn).toHaveLength(1);
  expect(signIn[0]).toContain('Ký tên');

  await choose(page, 'Bảng tên', 'Hoàng Xuân Ánh');
  const cards = await printedPages(page, 'bang-ten');
  expect(cards).toHaveLength(3);
  expect(
    cards.map((p) => ['Hà Thị Nga', 'Trịnh Xuân Trường', 'Hoàng Xuân Ánh'].find((n) => p.includes(n))),
  ).toEqual(['Hà Thị Nga', 'Trịnh Xuân Trường', 'Hoàng Xuân Ánh']);
  // Folded into a tent, a card carries its name on both halves (the upper one upside down), and no one else's.
  expect(cards.map((p) => p.split(/Hà Thị Nga|Trịnh Xuân Trường|Hoàng Xuân Ánh/u).length - 1)).toEqual([
    2, 2, 2,
  ]);
  await page.screenshot({ path: test.info().outputPath('cards-preview.png') });

  await choose(page, 'Sơ đồ chỗ ngồi', 'ĐOÀN CHỦ TỊCH');
  const plan = await printedPages(page, 'so-do');
  expect(plan).toHaveLength(1);
  expect(plan[0]).toContain('ĐOÀN CHỦ TỊCH');
  const [, width, height] = pageSize(test.info().outputPath('so-do.pdf'))!.map(Number);
  expect(width).toBeGreaterThan(height!);
  await page.screenshot({ path: test.info().outputPath('plan-preview.png'), fullPage: true });
});

test('a long sign-in sheet repeats its header on every page and never splits a row', async ({
  app,
  ui,
  page,
}) => {
  const { conferenceId, member } = await demoConference(app);
  const people = Array.from({ length: 60 }, (_, i) => ({
    fullName: `Người Thử Số ${String(i + 1).padStart(2, '0')}`,
    delegationMemberId: member(i % 2 === 0 ? 'SL' : 'LS'),
    positionLines: ['Chuyên viên Phòng Thi đua - Khen thưởng', `Sở Nội vụ, mã ${i + 1}`],
  }));
  await api(app, 'delegates.createMany', { conferenceId, rows: people });
  await ui.reload();
  await page.getByRole('menuitem', { name: 'In ấn' }).click();
  await choose(page, 'Danh sách ký tên', 'Người Thử Số 60');
  const pages = await printedPages(page, 'ky-ten-dai');
  expect(pages.length).toBeGreaterThan(2);
  for (const text of pages) expect(text).toMatch(/STT\s+Họ và tên\s+Chức vụ\s+Ký tên/u);
  for (const person of people) {
    const holding = pages.filter((text) => text.includes(person.fullName));
    expect(holding, person.fullName).toHaveLength(1);
    // The whole row on that page: its second position line too.
    expect(holding[0]).toMatch(new RegExp(`${person.positionLines[1]}\\b`, 'u'));
  }

  // Alphabetical by given name: "Nga" (Hà Thị Nga) comes before "Người Thử Số …", "Trường" and "Ánh" at the ends.
  await page.getByRole('radio', { name: 'Theo tên (A–Z)' }).check();
  const byName = (await printedPages(page, 'ky-ten-abc')).join('\n');
  expect(byName.indexOf('Hoàng Xuân Ánh')).toBeLessThan(byName.indexOf('Hà Thị Nga'));
  expect(byName.indexOf('Hà Thị Nga')).toBeLessThan(byName.indexOf('Trịnh Xuân Trường'));
});

/**
 * The "Tài liệu" screen: the clerk sees the first page of a document, edits its number and signer, types the
 * conclusions so the notice becomes available, and generates two documents, downloaded in browser mode.
 */
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

test.use({ demo: true });
test.slow();

test('preview, edit the particulars, add conclusions and generate documents', async ({ ui }) => {
  const page = ui.page;
  await page.getByRole('menuitem', { name: 'Tài liệu' }).click();
  await expect(page.getByRole('heading', { name: 'Tài liệu', exact: true })).toBeVisible();

  // The notice waits for the conclusions; everything the demo can make is ticked.
  await expect(page.getByText(/Chưa nhập kết luận của hội nghị/u)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Thông báo kết luận' })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'Chương trình hội nghị' })).toBeChecked();

  await page.getByText('Chương trình hội nghị', { exact: true }).click();
  const preview = page.getByTestId('document-preview');
  await expect(preview).toContainText('CHƯƠNG TRÌNH');
  await expect(preview).toContainText('Đồng chí Hoàng Xuân Ánh');

  await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
  await page.getByLabel('Số', { exact: true }).fill('12');
  await page.getByLabel('Họ tên người ký').fill('Nông Văn Thử');
  await page.getByRole('button', { name: 'Áp dụng cho lần tạo này' }).click();
  await page.getByRole('tab', { name: 'Xem trang đầu' }).click();
  await expect(preview).toContainText('Số: 12/CTr-BTĐKT');

  await page.getByRole('tab', { name: 'Kết luận' }).click();
  await page
    .getByLabel(/Kết luận của chủ trì hội nghị/u)
    .fill('Các tỉnh tiếp tục đổi mới phong trào thi đua.');
  await page.getByRole('button', { name: 'Lưu kết luận' }).click();
  await expect(ui.message('Đã lưu kết luận.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Thông báo kết luận' })).toBeEnabled();

  await page.getByLabel('Chọn tất cả').uncheck();
  await page.getByRole('checkbox', { name: 'Chương trình hội nghị' }).check();
  await page.getByRole('checkbox', { name: 'Thông báo kết luận' }).check();
  const downloads: string[] = [];
  page.on('download', async (d) => downloads.push(d.suggestedFilename()));
  const first = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tạo tài liệu' }).click();
  const program = await first;
  await expect(ui.message(/Đã tạo 2 tệp/u)).toBeVisible();
  expect(program.suggestedFilename()).toBe('Chương trình hội nghị.docx');
  await expect.poll(() => downloads).toContain('Thông báo kết luận.docx');

  const zip = await JSZip.loadAsync(await readFile(await program.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('Số: 12/CTr-BTĐKT');
  expect(xml).toContain('Nông Văn Thử');
});

test('every document offers the particulars it prints: a list its heading, the minutes no signer, name cards none', async ({
  ui,
}) => {
  const page = ui.page;
  await page.getByRole('menuitem', { name: 'Tài liệu' }).click();
  const preview = page.getByTestId('document-preview');
  const form = page.getByRole('form', { name: /Thông tin in trên văn bản/u });

  await page.getByText('Danh sách đại biểu', { exact: true }).click();
  await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
  await expect(form.getByText(/chỉ in cơ quan chủ quản và cơ quan ban hành/u)).toBeVisible();
  await expect(form.getByLabel('Cơ quan ban hành')).not.toHaveValue('');
  await expect(form.getByLabel('Họ tên người ký')).toHaveCount(0);
  await expect(form.getByLabel('Số', { exact: true })).toHaveCount(0);
  await form.getByLabel('Cơ quan ban hành').fill('Tổ thư ký hội nghị');
  await form.getByRole('button', { name: 'Áp dụng cho lần tạo này' }).click();
  await page.getByRole('tab', { name: 'Xem trang đầu' }).click();
  await expect(preview).toContainText('TỔ THƯ KÝ HỘI NGHỊ');

  // Another list keeps the settings' heading: the edit belongs to the delegate list only.
  await page.getByText('Kịch bản điều hành', { exact: true }).click();
  await expect(preview).toContainText('KỊCH BẢN ĐIỀU HÀNH');
  await expect(preview).not.toContainText('TỔ THƯ KÝ HỘI NGHỊ');

  await page.getByText('Biên bản hội nghị', { exact: true }).click();
  await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
  await expect(form.getByLabel('Số', { exact: true })).toBeVisible();
  await expect(form.getByLabel('Nơi nhận (mỗi dòng một nơi)')).toBeVisible();
  await expect(form.getByLabel('Họ tên người ký')).toHaveCount(0);
  await expect(form.getByLabel('Ngày ban hành', { exact: true })).toHaveCount(0);
  await expect(form.getByText(/Thư ký và Chủ tọa hội nghị/u)).toBeVisible();

  await page.getByText('Bảng tên đại biểu', { exact: true }).click();
  await expect(page.getByText(/Bảng tên chỉ in họ tên và chức vụ/u)).toBeVisible();
});

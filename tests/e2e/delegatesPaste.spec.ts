/** "Dán từ Excel": 20 rows with a header, columns guessed; a bad row stops the whole paste. */
import { expect, test } from './fixtures.ts';
import { DelegatesPage, toClipboard } from './pages/DelegatesPage.ts';

test.use({ demo: true });

const given = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hải', 'Hạnh', 'Khánh', 'Lan', 'Long'];
/** 20 people of Sơn La's list, as a province sends it (test data, not shown anywhere else). */
const people = Array.from({ length: 20 }, (_, i) => [
  String(i + 1),
  `${i < 10 ? 'Trần Thị' : 'Nguyễn Văn'} ${given[i % 10]}`,
  i < 10 ? 'Nữ' : 'Nam',
  i === 0 ? 'Giám đốc Sở Nội vụ\nTrưởng Ban Thi đua - Khen thưởng' : 'Chuyên viên',
  'Sở Nội vụ tỉnh Sơn La',
  `09${String(10_000_000 + i)}`,
  `nv${i + 1}@sonla.gov.vn`,
]);
const header = ['STT', 'Họ và tên', 'Giới tính', 'Chức vụ', 'Đơn vị', 'Điện thoại', 'Email'];

test('pastes 20 rows from Excel into the Sơn La delegation', async ({ ui, page }) => {
  const delegates = await new DelegatesPage(page).open();
  const paste = await delegates.openPaste();
  await delegates.pasteText(toClipboard([header, ...people]));

  await expect(delegates.pasteRows(paste)).toHaveCount(20);
  await expect(paste.getByRole('checkbox', { name: 'Dòng đầu là tiêu đề cột' })).toBeChecked();
  // The header row was read: each column's Select shows the field it goes to.
  const mapped = await paste.locator('.ant-table-thead .ant-select').allTextContents();
  expect(mapped).toEqual([
    '— Bỏ qua —',
    'Họ và tên',
    'Giới tính',
    'Chức vụ',
    'Cơ quan, đơn vị',
    'SĐT',
    'Email',
  ]);
  await expect(paste.getByText('20 dòng sẽ được thêm.')).toBeVisible();

  await paste.getByLabel('Đoàn cho các dòng không ghi đoàn').click();
  await page.keyboard.type('son la');
  await page.keyboard.press('Enter');
  await paste.getByRole('button', { name: 'Thêm 20 đại biểu' }).click();
  await expect(paste).toBeHidden();
  await expect(ui.message('Đã thêm 20 đại biểu.')).toBeVisible();
  await expect(delegates.count).toHaveText('23 đại biểu');

  const head = delegates.row('Trần Thị An');
  await expect(head).toContainText('Bà Trần Thị An');
  await expect(head).toContainText('Giám đốc Sở Nội vụTrưởng Ban Thi đua - Khen thưởng');
  await expect(head).toContainText('Tỉnh Sơn La');
  await expect(delegates.row('Nguyễn Văn Long')).toContainText('Ông Nguyễn Văn Long');
  await expect(page.getByText('Tỉnh Sơn La · 20')).toBeVisible();

  await ui.reload();
  await expect(new DelegatesPage(page).count).toHaveText('23 đại biểu');
});

test('a bad row stops the paste with a Vietnamese message on its cell; nothing is saved', async ({
  ui,
  page,
}) => {
  const delegates = await new DelegatesPage(page).open();
  const paste = await delegates.openPaste();
  const rows = people.map((r) => [...r]);
  rows[4]![1] = '';
  rows[7]![6] = 'khong-phai-email';
  await delegates.pasteText(toClipboard([header, ...rows]));

  // Shown in the preview before any click: the two bad rows are not counted, and adding waits for them.
  await expect(paste.getByText('18 dòng sẽ được thêm.')).toBeVisible();
  await expect(paste.getByText('2 dòng lỗi (tô đỏ) chưa được tính', { exact: false })).toBeVisible();
  await expect(paste.getByText('Chưa thể thêm: có 2 lỗi.', { exact: false })).toBeVisible();
  await expect(paste.getByText('Dòng 5: Chưa nhập họ và tên.')).toBeVisible();
  await expect(paste.getByText('Dòng 8: Email không đúng dạng, ví dụ ten@caobang.gov.vn.')).toBeVisible();
  await expect(paste.getByRole('button', { name: 'Thêm 18 đại biểu' })).toBeDisabled();
  // The message also sits in the wrong cell itself: the empty name cell of row 5, the e-mail cell of row 8.
  const nameCell = delegates.pasteRows(paste).nth(4).locator('td').nth(2);
  await expect(nameCell).toHaveText('Chưa nhập họ và tên.');
  await expect(nameCell).toHaveAttribute('title', 'Dòng 5: Chưa nhập họ và tên.');
  await expect(delegates.pasteRows(paste).nth(7)).toContainText('khong-phai-emailEmail không đúng dạng');
  await paste.getByRole('button', { name: 'Hủy' }).click();
  await expect(delegates.count).toHaveText('3 đại biểu');
  await ui.reload();
  await expect(new DelegatesPage(page).count).toHaveText('3 đại biểu');

  // Dropping the bad rows in the preview lets the other 18 in.
  const again = await delegates.openPaste();
  await delegates.pasteText(toClipboard([header, ...rows]));
  await again.getByRole('button', { name: 'Bỏ dòng này 8' }).click();
  await again.getByRole('button', { name: 'Bỏ dòng này 5' }).click();
  await again.getByRole('button', { name: 'Thêm 18 đại biểu' }).click();
  await expect(again).toBeHidden();
  await expect(delegates.count).toHaveText('21 đại biểu');
});

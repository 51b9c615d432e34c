/** `thuky demo` then `thuky serve`: the seed's conference is what the clerk sees first. */
import { expect, test } from './fixtures.ts';

test.use({ demo: true });

test('the demo conference shows with its date, start time and host', async ({ ui, page }) => {
  const conferences = ui.conferences;
  const row = conferences.row('Hội nghị sơ kết thực hiện giao ước thi đua 6 tháng đầu năm 2024');
  await expect(row).toBeVisible();
  await expect(row).toContainText('Sơ kết 6 tháng');
  await expect(row).toContainText('01/8/2024');
  await expect(row).toContainText('08:00');
  await expect(row).toContainText('UBND tỉnh Cao Bằng');
  await expect(ui.currentCluster).toContainText('Cụm thi đua 7 tỉnh miền núi biên giới phía Bắc');
  // The token left the visible address as soon as the page took it.
  expect(page.url()).not.toContain('token');
});

test('the demo cluster lists its seven members in the seed order', async ({ ui }) => {
  const clusters = await ui.openClusters();
  await expect(clusters.memberRows()).toHaveCount(7);
  const shortNames = await clusters.memberRows().locator('td:nth-child(3)').allTextContents();
  expect(shortNames).toEqual([
    'Cao Bằng',
    'Lào Cai',
    'Lai Châu',
    'Hà Giang',
    'Sơn La',
    'Điện Biên',
    'Lạng Sơn',
  ]);
  await expect(clusters.memberRow('HG')).toContainText('30/6/2025');
});

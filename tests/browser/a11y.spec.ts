import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from './offline';
import { mapIdle } from './map';

async function serious(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the map page has no serious accessibility violation, panel open or closed', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	expect(await serious(page)).toEqual([]);

	await page.getByRole('region', { name: '承诺列表' }).getByRole('button').first().click();
	await expect(page.getByTestId('source-panel')).toBeVisible();
	expect(await serious(page)).toEqual([]);
});

test('the reading view has no serious accessibility violation, removed text shown or not', async ({
	page
}) => {
	await page.goto('/doc/000');
	await expect(page.locator('article p[id^="p-"]').first()).toBeVisible();
	expect(await serious(page)).toEqual([]);

	await page.goto('/doc/001');
	await page.getByLabel(/显示被移除的文本/).check();
	await expect(page.locator('article .removed').first()).toBeVisible();
	expect(await serious(page)).toEqual([]);
});

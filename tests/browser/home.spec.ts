import { test, expect } from './offline';

test('the home page opens with no console error and no request to another host', async ({
	page,
	guard
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('成都政策地图');
	await page.waitForLoadState('networkidle');
	expect(guard.foreign).toEqual([]);
});

test('on a phone, in either language, the title and the header links do not overlap', async ({ page }) => {
	for (const [lang, width] of [['zh', 360], ['en', 360], ['en', 390]] as const) {
		await page.setViewportSize({ width, height: 740 });
		await page.addInitScript((l) => localStorage.setItem('atlas.lang', l), lang);
		await page.goto('/');
		const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
		const links = (await page.getByRole('navigation').first().boundingBox())!;
		const header = (await page.getByRole('heading', { level: 1 }).locator('xpath=ancestor::header').boundingBox())!;
		expect(title.x + title.width, `${lang} ${width}`).toBeLessThanOrEqual(links.x);
		expect(title.y + title.height, `${lang} ${width}`).toBeLessThanOrEqual(header.y + header.height);
	}
});

import { test, expect } from './offline';
import { INTERACTIVE } from '../../src/lib/map/layers';
import { mapIdle } from './map';
import { withMoreUnlocated } from './unlocated';

test('a direct load of /doc/000 shows the whole text with anchored paragraphs', async ({
	page
}) => {
	await page.goto('/doc/000');
	const article = page.locator('article');
	await expect(article.getByRole('heading', { level: 2 })).toContainText('成都');
	await expect(article.locator('p#p-000-p1')).toBeVisible();
	expect(await article.locator('p[id^="p-000-p"]').count()).toBeGreaterThan(5);
	expect(await article.locator('a.mention').count()).toBeGreaterThan(0);
});

test('a mention of a place shown only roughly says so where it links to the map', async ({ page }) => {
	await page.goto('/doc/000');
	// 春熙路 is drawn at its metro station, not along the street.
	const rough = page.locator('article a.mention', { hasText: '春熙路' }).first();
	await expect(rough).toHaveAttribute('title', '在地图上查看“春熙路”（大致位置）');
	const exact = page.locator('article a.mention', { hasText: '锦江区' }).first();
	await expect(exact).toHaveAttribute('title', '在地图上查看“锦江区”');
});

test('the removed text toggle shows web-page chrome and pinyin with their reasons', async ({
	page
}) => {
	const toggle = page.getByLabel(/显示被移除的文本/);
	const removed = page.locator('article .removed');

	await page.goto('/doc/001');
	await expect(page.locator('article p#p-001-p1')).toBeVisible();
	await expect(removed).toHaveCount(0);
	await toggle.check();
	await expect(removed.filter({ hasText: '登录入口' }).first()).toContainText('登录');
	await toggle.uncheck();
	await expect(removed).toHaveCount(0);

	await page.goto('/doc/002');
	await toggle.check();
	await expect(removed.filter({ hasText: '拼音注音' }).first()).toContainText('(');
});

test('clicking a mention flies the map to its feature and selects it', async ({ page }) => {
	await page.goto('/doc/000');
	const mention = page.locator('article a.mention:not(.free)').first();
	const href = (await mention.getAttribute('href'))!;
	const sel = new URLSearchParams(href.split('#')[1]).get('sel')!;
	await mention.click();

	await expect(page).toHaveURL(new RegExp(`/#.*sel=${sel}`));
	await expect(page.getByTestId('source-panel')).toBeVisible();
	// The flight ends with the camera in the URL; then the selected feature is drawn in view.
	await expect(page).toHaveURL(/map=/);
	await mapIdle(page);
	const drawn = await page.evaluate(
		({ id, layers }) =>
			window.__map
				.queryRenderedFeatures({ layers })
				.filter((f) => f.state.selected && f.properties.commitment === id).length,
		{ id: sel, layers: [...INTERACTIVE] }
	);
	expect(drawn).toBeGreaterThan(0);
});

test('names the map cannot show are listed with their line and reason, and marked in the text', async ({ page }) => {
	// 久隆水库 stands on line 134 of seed 001 (久隆、三坝水库), and geo/unlocated.json has no location for it.
	await page.goto('/doc/001');
	const list = page.getByTestId('unlocated');
	await expect(list.getByRole('heading')).toContainText('未能在地图上显示');
	const item = list.getByRole('listitem').filter({ hasText: '久隆' });
	await expect(item).toContainText('第 134 行');
	// The reason stands once above the names it holds for.
	await expect(list.locator('.group', { hasText: '久隆' })).toContainText('没有给出它们的位置');

	const marked = page.locator('article .text span.unlocated', { hasText: '久隆' });
	await expect(marked).toHaveAttribute('title', /没有给出它的位置/);
	await item.getByRole('link', { name: '第 134 行' }).click();
	await expect(page.locator('article .text .target')).toContainText('久隆、三坝水库');
	await expect(page.locator('article .text .target span.unlocated')).toBeInViewport();
});

test('a long list of names the map cannot show folds to one line of names, and opens on a click', async ({ page }) => {
	// A notice of road works names dozens of streets. Seed 001 lists a few; twelve more are added to what the server sends.
	const streets = await withMoreUnlocated(page, '**/atlas/docs/001.json', 12);
	await page.goto('/doc/001');
	const list = page.getByTestId('unlocated');
	await expect(list.getByRole('heading')).toContainText('未能在地图上显示');
	await expect(list).not.toHaveAttribute('open');
	await expect(list.locator('.names')).toBeVisible();
	await expect(list.locator('.names')).toContainText(`久隆水库、`);
	await expect(list.locator('.names')).toContainText(streets[11]);
	await expect(list.getByRole('link', { name: '第 134 行' })).toBeHidden();

	await list.getByRole('heading').click();
	await expect(list).toHaveAttribute('open');
	await expect(list.locator('.names')).toBeHidden();
	await expect(list.getByRole('listitem').filter({ hasText: '久隆' }).getByRole('link', { name: '第 134 行' })).toBeVisible();
});

test('a commitment that names no place is tagged after its sentence with its district, linked to the map', async ({
	page
}) => {
	// Seed 002 is 新都区's own text: 加快建设19所学校幼儿园 (line 29) names no place, so it commits 新都区.
	await page.goto('/doc/002');
	const paragraph = page.locator('article .text p', { hasText: '加快建设19所学校幼儿园' });
	const tag = paragraph.locator('a.tag').first();
	await expect(tag).toHaveText('新都区');
	await expect(tag).toHaveAttribute('title', /没有点名地点/);
	// The tag is set between sentences, never inside the text: without it the paragraph reads as written.
	const text = await paragraph.evaluate((p) => {
		const copy = p.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('a.tag').forEach((a) => a.remove());
		return copy.textContent;
	});
	expect(text).toContain('加快建设19所学校幼儿园，破解学位供给结构性矛盾。');
	expect(text).not.toMatch(/\s/);

	await tag.click();
	await expect(page).toHaveURL(/\/#.*sel=002-c\d+.*at=xindu/);
	const panel = page.getByTestId('source-panel');
	await expect(panel).toContainText('加快建设19所学校幼儿园');
	await expect(panel).toContainText('本句没有点名地点，按文本或章节所属的“新都区”定位');
});

test('the documents menu marks a file read with a warning and names the files that could not be read', async ({ page }) => {
	// The seeds read cleanly: the index is the built one, with one warning and one skipped file added.
	await page.route('**/atlas/index.json', async (route) => {
		const index = await (await route.fetch()).json();
		index.documents[0].warnings = 1;
		index.skipped = [{ file: 'seeds/scan.pdf', problem: 'binary', detail: '1024 control bytes in the first 65536' }];
		await route.fulfill({ json: index });
	});
	await page.goto('/doc/000');
	await page.getByText('原文', { exact: true }).click();
	const menu = page.getByRole('navigation');
	await expect(menu.locator('a[href$="/doc/000"]')).toContainText('读取这份文件时有提示');
	await expect(menu.locator('a[href$="/doc/001"]')).not.toContainText('读取这份文件时有提示');
	await expect(page.getByTestId('skipped-files')).toContainText('1 个文件未能读取');
	await expect(page.getByTestId('skipped-files')).toContainText('seeds/scan.pdf — 二进制文件，不是文本 (1024 control bytes in the first 65536)');
});

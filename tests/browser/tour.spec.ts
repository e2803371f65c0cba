// Presenter mode (issue 7): a link per step, clicker keys, the map centred on each stop, Esc, the
// builder's import, and a screenshot of a stop for the docs. Moves are instant under reduced motion.
import type { AtlasFeatures } from '../../src/lib/atlas/format';
import { catalog } from '../../src/lib/view/catalog';
import { centreOf, resolveTour } from '../../src/lib/tour/resolve';
import type { Tour } from '../../src/lib/tour/schema';
import { test, expect, type Page } from './offline';
import { atlasFeatures, mapIdle } from './map';
import { DOCS, docsScreenshot } from './docs';

test.use({ reducedMotion: 'reduce' });

/** The first appearance of the presenter waits for the tour, the atlas and the places to load. */
const LOAD = { timeout: 20_000 };

const TOUR = 'work-report-2024';

async function builtIn(page: Page, id: string): Promise<Tour> {
	return page.evaluate((file) => fetch(`/tours/${file}.json`).then((r) => r.json()), id);
}

/** Pixels between the map's centre and where a coordinate is drawn. */
async function offCentre(page: Page, lngLat: [number, number]) {
	return page.evaluate((ll) => {
		const m = window.__map;
		const a = m.project(ll);
		const b = m.project(m.getCenter());
		return Math.hypot(a.x - b.x, a.y - b.y);
	}, lngLat);
}

test('a link opens a step; → moves on and centres the map on the stop; Esc leaves', async ({ page }) => {
	await page.goto('/');
	// The app follows the hash once it is up: a hash changed before then would go unseen.
	await mapIdle(page);
	const tour = await builtIn(page, TOUR);
	const features: AtlasFeatures = await atlasFeatures(page);
	const { stops, skipped } = resolveTour(tour, catalog(features));
	expect(skipped).toEqual([]);

	await page.goto(`/#tour=${TOUR}&step=2`);
	const caption = page.getByTestId('tour-caption');
	await expect(caption.getByRole('heading', { level: 2 })).toHaveText(tour.chapters[1].title.zh, LOAD);
	await expect(page.getByTestId('tour-progress')).toHaveText(`2 / ${stops.length}`);
	// The header and the panels make way; the source sentence is quoted with its citation.
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('region', { name: '承诺列表' })).toBeHidden();
	await expect(caption.locator('cite')).toHaveText('2024年成都市政府工作报告');
	await expect(caption.locator('figcaption')).toContainText('2024年2月1日');
	await mapIdle(page);
	expect(await page.evaluate(() => window.__map.keyboard.isEnabled())).toBe(false);

	await page.keyboard.press('ArrowRight');
	await expect(caption.getByRole('heading', { level: 2 })).toHaveText(tour.chapters[2].title.zh);
	await expect(page.getByTestId('tour-progress')).toHaveText(`3 / ${stops.length}`);
	await expect(page).toHaveURL(new RegExp(`tour=${TOUR}&step=3`));
	const sentence = features.features.find((f) => f.properties.commitment === tour.chapters[2].commitments[0]);
	await expect(caption.locator('blockquote')).toContainText(sentence!.properties.snippet.slice(0, 12));
	await mapIdle(page);
	expect(await offCentre(page, centreOf(stops[2].frame!))).toBeLessThan(2);

	// Clicker keys: PageDown, PageUp, End, Home, Space.
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/step=4/);
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(/step=3/);
	await page.keyboard.press('End');
	await expect(page.getByTestId('tour-progress')).toHaveText(`${stops.length} / ${stops.length}`);
	await page.keyboard.press('Home');
	await expect(page.getByTestId('tour-progress')).toHaveText(`1 / ${stops.length}`);
	await page.keyboard.press(' ');
	await expect(page.getByTestId('tour-progress')).toHaveText(`2 / ${stops.length}`);

	await page.keyboard.press('Escape');
	await expect(caption).toBeHidden();
	await expect(page).not.toHaveURL(/tour=/);
	await expect(page.getByRole('banner')).toBeVisible();
	await expect(page.getByRole('region', { name: '承诺列表' })).toBeVisible();
	expect(await page.evaluate(() => window.__map.keyboard.isEnabled())).toBe(true);
});

test('a tour started from the list survives a refused or granted full screen', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	await page.getByTestId('tour-menu').locator('[data-tour="pledges-000"]').click();
	await expect(page.getByTestId('tour-caption')).toBeVisible(LOAD);
	await expect(page).toHaveURL(/tour=pledges-000&step=1/);
	await page.getByRole('button', { name: '下一站' }).click();
	await expect(page).toHaveURL(/step=2/);
	await page.getByRole('button', { name: '退出导览' }).click();
	await expect(page.getByTestId('tour-caption')).toBeHidden();
});

test('a stop whose commitment is gone is skipped with a notice', async ({ page }) => {
	await page.goto('/');
	// The app follows the hash once it is up: a hash changed before then would go unseen.
	await mapIdle(page);
	const tour = await builtIn(page, TOUR);
	tour.chapters[0].commitments = ['001-c9999'];
	await page.route(`**/tours/${TOUR}.json`, (route) => route.fulfill({ json: tour }));
	await page.goto(`/#tour=${TOUR}&step=1`);
	await expect(page.getByTestId('tour-skipped')).toContainText('001-c9999', LOAD);
	await expect(page.getByTestId('tour-progress')).toHaveText(`1 / ${tour.chapters.length - 1}`);
	await expect(page.getByTestId('tour-caption').getByRole('heading', { level: 2 })).toHaveText(
		tour.chapters[1].title.zh
	);
});

test('the builder adds the selected commitment; a malformed import shows why and changes nothing', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	await page.getByRole('region', { name: '承诺列表' }).getByRole('button').first().click();
	await page.getByRole('button', { name: /加入我的导览/ }).click();
	await expect(page.getByTestId('tour-add')).toContainText('已在我的导览第 1 章');
	await page.getByTestId('tour-add').getByRole('button', { name: '编辑我的导览' }).click();

	const builder = page.getByTestId('tour-builder');
	await expect(builder).toBeVisible();
	const chapters = page.getByTestId('builder-chapters').locator(':scope > li');
	await expect(chapters).toHaveCount(1);
	const stored = await page.evaluate(() => localStorage.getItem('atlas.tour.mine'));
	expect(stored).toContain('"chapters"');

	const bad = {
		format: 'atlas-tour',
		version: 1,
		id: 'bad',
		title: { zh: '坏', en: 'Bad' },
		chapters: [
			{ title: { zh: '一', en: 'One' }, commitments: ['001-c1'] },
			{ title: { zh: '二' }, commitments: ['001-c2'] }
		]
	};
	await page.getByTestId('tour-import').setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(bad))
	});
	const alert = page.getByTestId('tour-import-error');
	await expect(alert).toContainText('导入失败，导览未作改动');
	await expect(alert).toContainText('第 2 章 · title.en: 缺少此项');
	await expect(chapters).toHaveCount(1);
	expect(await page.evaluate(() => localStorage.getItem('atlas.tour.mine'))).toBe(stored);

	// A good file replaces the tour.
	bad.chapters[1].title = { zh: '二', en: 'Two' } as typeof bad.chapters[1]['title'];
	await page.getByTestId('tour-import').setInputFiles({
		name: 'good.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(bad))
	});
	await expect(alert).toBeHidden();
	await expect(chapters).toHaveCount(2);
	await expect(builder.getByRole('status')).toHaveText('已导入 2 章。');
});

test('presenter mode, for the docs', DOCS, async ({ page }) => {
	await page.goto(`/#tour=green-chengdu&step=3`);
	await expect(page.getByTestId('tour-caption').locator('blockquote')).toBeVisible(LOAD);
	await mapIdle(page);
	await page.evaluate(() => document.fonts.ready);
	await docsScreenshot(page, 'presenter.png');
});

// "What is planned near me" (issue 5): search, home point, radius, nearby list, phone layout.
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';
import { test, expect, type Page } from './offline';
import { atlasFeatures, mapIdle, pageXY } from './map';
import { DOCS, docsScreenshot } from './docs';

/** 春熙路 station, as the basemap data has it (not typed from memory). */
function station(name: string): [number, number] {
	const stations: FeatureCollection<Point, { name: string }> = JSON.parse(
		readFileSync('static/atlas/geo/metro-stations.geojson', 'utf8')
	);
	const f = stations.features.find((s) => s.properties.name === name);
	expect(f, `${name} station in metro-stations.geojson`).toBeTruthy();
	return f!.geometry.coordinates as [number, number];
}

const count = async (page: Page) =>
	Number((await page.getByTestId('nearby-count').textContent())!.match(/有 (\d+) 项/)![1]);

test('home at 春熙路 station: 春熙路 first within 1 km, more within 5 km, and a row opens its source', async ({
	page
}) => {
	const [lng, lat] = station('春熙路');
	await page.goto(`/#home=${lng},${lat}&r=1`);
	await mapIdle(page);

	const all = await atlasFeatures(page);
	const chunxi = new Set(
		all.features.filter((f) => f.properties.place === 'chunxilu').map((f) => f.properties.commitment)
	);
	expect(chunxi.size).toBeGreaterThan(0);

	const list = page.getByTestId('nearby-list');
	const rows = list.getByRole('button');
	await expect(rows.first()).toBeVisible();
	await expect(page.getByTestId('nearby-count')).toContainText('1 公里内有');
	const first = await rows.evaluateAll((els, n) => els.slice(0, n).map((e) => e.textContent), chunxi.size);
	for (const text of first) expect(text).toContain('春熙路');
	expect(await rows.count()).toBe(await count(page));
	await expect(page.getByTestId('home-marker')).toBeVisible();
	await expect(page.getByTestId('home-label')).toContainText('春熙路站附近');

	// District-level commitments are apart, never in the distances.
	await expect(page.getByTestId('district-list')).toBeVisible();
	await expect(page.getByText('在你所在的锦江区')).toBeVisible();

	const within1 = await count(page);
	await page.getByTestId('radius').fill('5');
	await expect(page).toHaveURL(/r=5(&|$)/);
	await expect(page.getByTestId('nearby-count')).toContainText('5 公里内有');
	const within5 = await count(page);
	expect(within5).toBeGreaterThan(within1);
	await expect(rows).toHaveCount(within5);
	// Sorted by distance: the 春熙路 rows stay first.
	const again = await rows.evaluateAll((els, n) => els.slice(0, n).map((e) => e.textContent), chunxi.size);
	for (const text of again) expect(text).toContain('春熙路');

	await rows.first().click();
	const panel = page.getByTestId('source-panel');
	await expect(panel.locator('mark')).toContainText('春熙路');
	expect(new URL(page.url()).hash).toMatch(/sel=.*home=/);
});

test('a malformed home or radius in the link is ignored with a notice, not a crash', async ({ page }) => {
	await page.goto('/#home=abc&r=-5');
	await mapIdle(page);
	const notice = page.getByTestId('near-notice');
	await expect(notice).toContainText('位置无效');
	await expect(notice).toContainText('范围无效');
	await expect(notice).toHaveAttribute('aria-live', 'polite');
	await expect(page.getByTestId('nearby-list')).toHaveCount(0);
	// The page goes on working: a search still sets home.
	await page.getByTestId('search-input').fill('春熙路');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('nearby-list')).toBeVisible();
	await expect(notice).toBeEmpty();
});

test('the search index is fetched after the map has drawn, not while it loads', async ({ page }) => {
	// The first 'idle' of the map, as the page's clock has it.
	await page.addInitScript(() => {
		let map: import('maplibre-gl').Map | undefined;
		Object.defineProperty(window, '__map', {
			configurable: true,
			get: () => map,
			set(m) {
				map = m;
				m.once('idle', () => ((window as unknown as { firstIdle: number }).firstIdle = performance.now()));
			}
		});
	});
	await page.goto('/');
	await mapIdle(page);
	const started = () =>
		page.evaluate(() => {
			const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/atlas/places.json'));
			return entry ? entry.startTime - (window as unknown as { firstIdle: number }).firstIdle : null;
		});
	await expect.poll(started).not.toBeNull();
	expect(await started()).toBeGreaterThanOrEqual(0);
});

test('search: pinyin, Simplified and Traditional find the same 春熙路; keyboard picks it as home', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	const input = page.getByTestId('search-input');
	const options = page.getByRole('listbox').getByRole('option');

	const tops: string[] = [];
	for (const q of ['chunxilu', 'chun xi lu', '春熙路', '春熙路']) {
		await input.fill(q);
		await expect(options.first()).toBeVisible();
		tops.push((await options.first().textContent())!);
	}
	expect(tops[0]).toContain('春熙路');
	expect(tops[0]).toContain('锦江区');
	expect(new Set(tops).size).toBe(1);

	// Traditional input that differs from Simplified is converted: the square first (its name is the
	// input whole), then the metro station under it.
	await input.fill('天府廣場');
	await expect(options.first()).toContainText('天府广场');
	await expect(options.filter({ hasText: '地铁站' }).first()).toContainText('天府广场');

	// ↓ ↓ ↑ Enter: the first result; Esc closes the list first, then clears the box.
	await input.fill('chunxi');
	await expect(input).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowUp');
	await expect(input).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
	await page.keyboard.press('Enter');
	await expect(input).toHaveAttribute('aria-expanded', 'false');
	const [lng, lat] = station('春熙路');
	await expect(page).toHaveURL(new RegExp(`home=${lng.toFixed(5)},${lat.toFixed(5)}`));
	await expect(page.getByTestId('home-label')).toContainText('春熙路');
	await expect(page.getByTestId('nearby-list').getByRole('button').first()).toContainText('春熙路');

	await input.fill('jinjiang');
	await expect(options.first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(input).toHaveAttribute('aria-expanded', 'false');
	await expect(input).toHaveValue('jinjiang');
	await page.keyboard.press('Escape');
	await expect(input).toHaveValue('');
});

test('search: a town known only by its district (保和街道) says so, and picks its district as home', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const input = page.getByTestId('search-input');
	const options = page.getByRole('listbox').getByRole('option');
	await input.fill('保和街道');
	await expect(options.first()).toContainText('保和街道');
	await expect(options.first()).toContainText('只知所在区县，选它即选成华区');
	await options.first().click();
	await expect(input).toHaveValue('成华区');
	await expect(page.getByTestId('home-label')).toContainText('成华区');
});

/** A spot of the map, as a coordinate, with no commitment under it or near it. */
function bareSpot(page: Page) {
	return page.evaluate(() => {
		const m = window.__map;
		const canvas = m.getCanvas();
		for (let y = 200; y < canvas.clientHeight - 100; y += 40) {
			for (let x = canvas.clientWidth - 500; x > 400; x -= 40) {
				const hits = m.queryRenderedFeatures(
					[
						[x - 12, y - 12],
						[x + 12, y + 12]
					],
					{ layers: ['point', 'cluster', 'line', 'line-vague', 'outline', 'outline-vague', 'fill'] }
				);
				if (!hits.length) return m.unproject([x, y]).toArray() as [number, number];
			}
		}
		return null;
	});
}

test('a click on an empty spot of the map offers to set home there, unless it closes an open commitment', async ({
	page
}) => {
	await page.goto('/#map=14/30.6200/104.0000');
	await mapIdle(page);
	const spot = await bareSpot(page);
	expect(spot).not.toBeNull();
	const { x, y } = await pageXY(page, spot!);
	await page.mouse.click(x, y);
	await page.getByTestId('set-home').click();
	await expect(page).toHaveURL(/home=/);
	await expect(page.getByTestId('home-label')).toContainText('地图上选取的位置');
	await expect(page.getByTestId('home-marker')).toBeVisible();

	// With a commitment open, a click on an empty spot only closes it.
	await page.getByTestId('nearby-list').getByRole('button').first().click();
	const panel = page.getByTestId('source-panel');
	await expect(panel).toBeVisible();
	await mapIdle(page);
	const again = await bareSpot(page);
	expect(again).not.toBeNull();
	const at = await pageXY(page, again!);
	await page.mouse.click(at.x, at.y);
	await expect(panel).toBeHidden();
	await expect(page.getByTestId('set-home')).toHaveCount(0);
});

test('geolocation: used when allowed, a one-line notice when not', async ({ page, context }) => {
	const [lng, lat] = station('春熙路');
	await context.grantPermissions(['geolocation']);
	await context.setGeolocation({ longitude: lng, latitude: lat });
	await page.goto('/');
	await mapIdle(page);
	await page.getByTestId('locate').click();
	await expect(page.getByTestId('home-label')).toContainText('当前定位');
	await expect(page.getByTestId('nearby-list').getByRole('button').first()).toContainText('春熙路');

	// Somewhere far from Chengdu: not used, and said so.
	await context.setGeolocation({ longitude: 116.39, latitude: 39.9 });
	await page.getByTestId('locate').click();
	await expect(page.getByTestId('near-notice')).toContainText('不在成都范围内');

	await context.clearPermissions();
	await page.evaluate(() => {
		// As a browser that refuses: the page must say so and keep working.
		Object.defineProperty(navigator, 'geolocation', {
			value: {
				getCurrentPosition: (_ok: unknown, fail: (e: object) => void) =>
					fail({ code: 1, PERMISSION_DENIED: 1, message: 'denied' })
			}
		});
	});
	await page.getByTestId('locate').click();
	await expect(page.getByTestId('near-notice')).toContainText('无法获取你的位置');
	await expect(page.getByTestId('nearby-list')).toBeVisible();
});

test('phone: map and a bottom sheet with search and the nearby list', DOCS, async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const [lng, lat] = station('春熙路');
	await page.goto(`/#home=${lng},${lat}&r=3`);
	await mapIdle(page);

	const sheet = page.getByTestId('nearby-panel');
	await expect(sheet).toBeVisible();
	const box = (await sheet.boundingBox())!;
	// At the bottom, full width, leaving most of the map in sight.
	expect(box.y + box.height).toBeGreaterThan(840);
	expect(box.width).toBeGreaterThan(380);
	expect(box.height).toBeLessThan(844 * 0.5);
	const search = (await page.getByTestId('search-input').boundingBox())!;
	expect(search.y).toBeGreaterThan(844 / 2);
	await expect(page.getByTestId('nearby-list').getByRole('button').first()).toContainText('春熙路');
	// The attribution stays readable above the sheet.
	const attribution = (await page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
	expect(attribution.y + attribution.height).toBeLessThanOrEqual(box.y + 1);

	await page.getByRole('button', { name: '展开附近列表' }).click();
	await expect(page.getByRole('button', { name: '收起附近列表' })).toHaveAttribute('aria-expanded', 'true');
	await page.getByRole('button', { name: '收起附近列表' }).click();
	await mapIdle(page);
	await docsScreenshot(page, 'near-phone.png');

	// A row opens the source panel in place of the sheet.
	await page.getByTestId('nearby-list').getByRole('button').first().click();
	await expect(page.getByTestId('source-panel')).toBeVisible();
	await expect(sheet).toBeHidden();
	await page.keyboard.press('Escape');
	await expect(sheet).toBeVisible();
});

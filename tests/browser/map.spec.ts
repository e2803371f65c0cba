import type { Geometry, Position } from 'geojson';
import { layers } from '../../src/lib/map/layers';
import { OKABE_ITO } from '../../src/lib/map/palette';
import type { AtlasFeatures } from '../../src/lib/atlas/format';
import { test, expect } from './offline';
import { atlasFeatures, canvasPixels, mapIdle, pageXY } from './map';
import { DOCS, docsScreenshot } from './docs';

/** A coordinate that lies on the geometry, for clicking it. */
function onGeometry(g: Geometry): [number, number] {
	const mid = (ps: Position[]) => ps[Math.floor(ps.length / 2)] as [number, number];
	switch (g.type) {
		case 'Point':
			return g.coordinates as [number, number];
		case 'LineString':
			return mid(g.coordinates);
		case 'MultiLineString':
			return mid(g.coordinates[0]);
		case 'Polygon':
		case 'MultiPolygon': {
			const ring = g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0][0];
			const n = ring.length - 1;
			return [0, 1].map((i) => ring.slice(0, n).reduce((s, p) => s + p[i], 0) / n) as [number, number];
		}
		default:
			throw new Error(`no click point for ${g.type}`);
	}
}

async function chunxilu(page: Parameters<typeof atlasFeatures>[0]) {
	const all: AtlasFeatures = await atlasFeatures(page);
	const f = all.features.find((x) => x.properties.name.includes('春熙路'));
	expect(f, 'a 春熙路 feature in the atlas').toBeTruthy();
	return f!;
}

test('the map draws the basemap and the commitments', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	// The notice shown while the map is drawn goes once it is.
	await expect(page.getByText('正在绘制地图…')).toBeHidden();
	await page.waitForFunction(
		() => window.__map.queryRenderedFeatures({ layers: ['point', 'cluster', 'fill', 'line'] }).length > 0
	);
	// Black is left out: basemap labels are dark too.
	const colours = OKABE_ITO.filter((c) => c !== '#000000');
	const pixels = await canvasPixels(page, colours);
	expect(pixels.distinct).toBeGreaterThan(1000);
	expect(pixels.stddev).toBeGreaterThan(10);

	// The theme colours come from the commitment layers, not from the basemap.
	await page.evaluate((ids) => {
		for (const id of ids) window.__map.setLayoutProperty(id, 'visibility', 'none');
	}, layers([]).map((l) => l.id));
	const basemap = await canvasPixels(page, colours);
	expect(basemap.distinct).toBeGreaterThan(1000);
	expect(pixels.themed - basemap.themed, 'pixels in theme colours').toBeGreaterThan(1000);
});

test('a browser without WebGL2 is told the map cannot be drawn, and the list still leads to the sources', async ({
	page
}) => {
	await page.addInitScript(() => {
		const get = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, options?: unknown) {
			return kind === 'webgl2' ? null : get.call(this, kind, options);
		} as typeof get;
	});
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('此浏览器无法绘制地图');
	await expect(page.getByText('正在绘制地图…')).toBeHidden();
	const list = page.getByRole('region', { name: '承诺列表' });
	await list.getByRole('button', { name: /春熙路/ }).first().click();
	await expect(page.getByTestId('source-panel').locator('mark')).toContainText('春熙路');
});

test('hovering 春熙路 names it; clicking it shows its sentence in the source panel; Esc and Back work', async ({
	page
}) => {
	await page.goto('/');
	const feature = await chunxilu(page);
	const at = onGeometry(feature.geometry);
	await page.goto(`/#map=15/${at[1]}/${at[0]}`);
	await mapIdle(page);
	const { x, y } = await pageXY(page, at);
	await page.mouse.move(x, y);
	await expect(page.getByRole('tooltip')).toContainText('春熙路');
	await page.mouse.click(x, y);

	const panel = page.getByTestId('source-panel');
	await expect(panel.locator('mark')).toContainText('春熙路');
	await expect(panel.getByRole('link', { name: /在原文中阅读/ })).toHaveAttribute(
		'href',
		/\/doc\/\w+#p-/
	);
	expect(new URL(page.url()).hash).toMatch(/sel=/);
	// 春熙路 stands at its metro station: the panel says the place is approximate, and keeps the
	// gazetteer's English note folded until asked for.
	await expect(panel.getByText('大致位置', { exact: true })).toBeVisible();
	const note = panel.locator('details', { hasText: '定位依据' });
	await expect(note.locator('p')).toBeHidden();
	await note.locator('summary').click();
	await expect(note.locator('p')).toContainText('metro station');

	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await page.goBack();
	await expect(panel.locator('mark')).toContainText('春熙路');
	await page.goForward();
	await expect(panel).toBeHidden();
});

test('a pasted link reproduces camera, filters and selection', async ({ page }) => {
	await page.goto('/');
	const feature = await chunxilu(page);
	const { commitment, place, theme } = feature.properties;
	await page.goto(`/#map=13.5/30.6570/104.0800&sel=${commitment}&at=${place}&theme=${theme}`);
	await mapIdle(page);

	await expect(page.getByTestId('source-panel').locator('mark')).toBeVisible();
	const camera = await page.evaluate(() => ({
		zoom: window.__map.getZoom(),
		...window.__map.getCenter()
	}));
	expect(camera.zoom).toBeCloseTo(13.5, 1);
	expect(camera.lat).toBeCloseTo(30.657, 3);
	expect(camera.lng).toBeCloseTo(104.08, 3);
	const list = page.getByRole('region', { name: '承诺列表' });
	await expect(list.getByRole('button').first()).toBeVisible();
	expect(await page.evaluate(() => JSON.stringify(window.__map.getFilter('fill')))).toContain(theme);
});

test('pointing at another commitment of the same place in the source panel highlights it on the map', async ({ page }) => {
	await page.goto('/');
	const feature = await chunxilu(page);
	const { commitment, place } = feature.properties;
	await page.goto(`/#map=13.5/30.6570/104.0800&sel=${commitment}&at=${place}`);
	await mapIdle(page);
	const fids = (await atlasFeatures(page)).features.map((f) => f.properties.fid);
	/** The fids the map draws as hovered. */
	const hovered = () =>
		page.evaluate(
			(fids) =>
				fids.filter((id) =>
					['commitments', 'commitment-points'].some((source) => window.__map.getFeatureState({ source, id }).hover)
				),
			fids
		);
	const others = page.getByRole('region', { name: '同一地点的其他承诺' }).getByRole('button');
	await expect(others.first()).toBeVisible();
	expect(await hovered()).toEqual([]);
	await others.first().hover();
	await expect.poll(hovered).toHaveLength(1);
	expect((await hovered())[0]).not.toBe(feature.properties.fid);
	await page.mouse.move(5, 5);
	await expect.poll(hovered).toEqual([]);
});

test('filters narrow the map and the list, with counts for each option', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const list = page.getByRole('region', { name: '承诺列表' });
	const total = await list.getByRole('button').count();

	const ecology = page.getByRole('checkbox', { name: /生态/ });
	await ecology.check();
	await expect(page).toHaveURL(/theme=ecology/);
	const meta = list.locator('button .meta');
	await expect(meta.first()).toContainText('生态');
	const shown = await list.getByRole('button').count();
	expect(shown).toBeLessThan(total);
	for (const text of await meta.allTextContents()) expect(text).toContain('生态');
	// The theme facet's own counts ignore the theme selection; the others follow it.
	await expect(page.getByRole('checkbox', { name: /交通/ })).toBeEnabled();
	expect(await page.evaluate(() => JSON.stringify(window.__map.getFilter('outline')))).toContain(
		'ecology'
	);

	await page.getByRole('button', { name: '清除筛选' }).click();
	await expect(list.getByRole('button')).toHaveCount(total);
});

test('a filter whose results all lie out of view frames them; one with results in view leaves the map still', async ({ page }) => {
	// Zoomed in on 春熙路: 新都区's document has nothing there.
	await page.goto('/#map=14/30.6570/104.0800');
	await mapIdle(page);
	const centre = () => page.evaluate(() => window.__map.getCenter());
	const before = await centre();
	await page.getByRole('checkbox', { name: /产业/ }).check();
	await expect(page).toHaveURL(/theme=industry/);
	await page.waitForTimeout(1500);
	expect((await centre()).lat).toBeCloseTo(before.lat, 3);

	// Over 崇州, seed 002 (许兴国：新都区贯彻落实…) has nothing in view: the map moves to where its places are.
	await page.goto('/#map=13/30.6300/103.6700');
	await mapIdle(page);
	await page.getByRole('checkbox', { name: /许兴国/ }).check();
	await expect(page).toHaveURL(/doc=002/);
	await page.waitForFunction(() => window.__map.getCenter().lng > 103.8, undefined, { timeout: 10_000 });
	await mapIdle(page);
	const shown = await page.evaluate(() =>
		window.__map.queryRenderedFeatures({ layers: ['point', 'cluster', 'fill', 'line'] }).length
	);
	expect(shown, 'the document’s features in view').toBeGreaterThan(0);
});

test('the keyboard reaches the feature list; Enter selects and flies, Esc closes', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	const list = page.getByRole('region', { name: '承诺列表' });
	for (let i = 0; i < 200; i++) {
		await page.keyboard.press('Tab');
		if (await list.evaluate((el) => el.contains(document.activeElement))) break;
	}
	const item = list.locator('button:focus');
	await expect(item).toBeFocused();
	const name = (await item.locator('.name').textContent())!;

	await page.keyboard.press('Enter');
	const panel = page.getByTestId('source-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(name);
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();

	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(item).toBeFocused();
});

test('the language toggle switches to English and is remembered; district labels add their pinyin', async ({
	page
}) => {
	/** The district labels' text expression, as the map has it now. */
	const districtText = () =>
		page.evaluate(() => JSON.stringify(window.__map.getLayoutProperty('base-district-labels', 'text-field')));
	await page.goto('/');
	await mapIdle(page);
	expect(await districtText()).not.toContain('name_en');
	await page.getByRole('button', { name: 'Switch to English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chengdu Policy Atlas');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect.poll(districtText).toContain('name_en');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chengdu Policy Atlas');
	await expect(page.getByRole('checkbox', { name: /Ecology/ })).toBeVisible();
	await mapIdle(page);
	expect(await districtText()).toContain('name_en');
	await page.getByRole('button', { name: '切换到中文' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('成都政策地图');
	await expect.poll(districtText).not.toContain('name_en');
});

test('the address carries the language: a shared ?lang=en link opens in English, and keeps it from page to page', async ({
	page
}) => {
	await page.goto('/?lang=en#map=11/30.66/104.06');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chengdu Policy Atlas');
	await expect(page).toHaveURL(/\?lang=en#map=/);
	await page.getByRole('navigation').getByRole('link', { name: 'Planner' }).click();
	await expect(page).toHaveURL(/\/planner\?lang=en/);
	await page.getByRole('button', { name: '切换到中文' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('成都政策地图');
	await expect(page).not.toHaveURL(/lang=/);
	await page.getByRole('button', { name: 'Switch to English' }).click();
	await expect(page).toHaveURL(/\?lang=en/);
});

test('the README screenshot: central Chengdu, 春熙路 selected, its source open', DOCS, async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/');
	const { commitment, place } = (await chunxilu(page)).properties;
	await page.goto(`/#map=12.1/30.6600/104.0880&sel=${commitment}&at=${place}`);
	await mapIdle(page);
	await expect(page.getByTestId('source-panel').locator('mark')).toContainText('春熙路');
	const pixels = await canvasPixels(page, OKABE_ITO.filter((c) => c !== '#000000'));
	expect(pixels.themed, 'commitments drawn in theme colours').toBeGreaterThan(1000);
	await page.evaluate(() => document.fonts.ready);
	await docsScreenshot(page, 'screenshot.png');
});

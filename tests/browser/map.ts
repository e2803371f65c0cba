// Helpers for driving the map in browser tests through the app's `window.__map` test hook.
import type { Map as MapLibre } from 'maplibre-gl';
import type { AtlasFeatures } from '../../src/lib/atlas/format';
import { expect, type Page } from './offline';

declare global {
	interface Window {
		__map: MapLibre;
	}
}

/** Waits until the commitment layers exist and the map has stopped moving and loading. */
export async function mapIdle(page: Page) {
	await page.waitForFunction(() => {
		const m = window.__map;
		return !!m && !!m.getLayer('point') && m.loaded() && !m.isMoving();
	});
}

/** The atlas's features, as the page itself fetches them (same origin). */
export function atlasFeatures(page: Page): Promise<AtlasFeatures> {
	return page.evaluate(() => fetch('/atlas/commitments.geojson').then((r) => r.json()));
}

/**
 * Statistics of the pixels MapLibre drew, read from the WebGL canvas itself inside a `render`
 * event (before the frame is composited, so no preserveDrawingBuffer is needed) — the panels
 * drawn over the map cannot make a blank canvas look busy.
 */
export async function canvasPixels(page: Page, colours: readonly string[]) {
	return page.evaluate(async (targets) => {
		const m = window.__map;
		const url = await new Promise<string>((resolve) => {
			m.once('render', () => resolve(m.getCanvas().toDataURL('image/png')));
			m.triggerRepaint();
		});
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = new OffscreenCanvas(img.width, img.height);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const data = ctx.getImageData(0, 0, img.width, img.height).data;
		const rgb = targets.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
		const distinct = new Set<number>();
		let sum = 0;
		let squares = 0;
		let themed = 0;
		const n = data.length / 4;
		for (let i = 0; i < data.length; i += 4) {
			const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
			const luma = 0.299 * r + 0.587 * g + 0.114 * b;
			sum += luma;
			squares += luma * luma;
			distinct.add((r << 16) | (g << 8) | b);
			if (rgb.some(([tr, tg, tb]) => Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) < 24)) {
				themed++;
			}
		}
		const mean = sum / n;
		return { distinct: distinct.size, stddev: Math.sqrt(squares / n - mean * mean), themed };
	}, colours);
}

/** Where a coordinate is on the page. */
export async function pageXY(page: Page, lngLat: [number, number]) {
	const point = await page.evaluate((ll) => window.__map.project(ll), lngLat);
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	return { x: box.x + point.x, y: box.y + point.y };
}

export { expect };

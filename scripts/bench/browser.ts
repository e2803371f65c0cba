// Time to first full render in headless Chromium: from navigation start until the map is idle
// (style, sources and tiles loaded, nothing moving) with commitment features on screen.
import type { Browser } from 'playwright-core';

export const VIEWPORT = { width: 1280, height: 800 };

export const LAUNCH = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking']
};

/** The app's commitment layers (src/lib/map/layers.ts), listed here so that the bench does not import app code. */
export const APP_LAYERS = ['fill', 'outline', 'outline-vague', 'line-casing', 'line', 'line-vague', 'cluster', 'point'];

export interface RenderRun {
	/** ms from navigation start to the first 'idle' with commitment features rendered. */
	idle: number | null;
	/** ms from navigation start to the Map's creation (window.__map assigned). */
	created: number | null;
	/** ms from navigation start to the Map's 'load' event. */
	load: number | null;
	/** ms from navigation start to the first idle of any kind. */
	firstIdle: number | null;
	/** Commitment features rendered at that idle. */
	rendered: number;
	/** Bytes the page fetched (decoded body sizes of every resource) and how many requests. */
	fetched: number;
	requests: number;
	camera: { lng: number; lat: number; zoom: number } | null;
	error: string | null;
}

declare global {
	interface Window {
		__bench: {
			created: number | null;
			load: number | null;
			firstIdle: number | null;
			idle: number | null;
			rendered: number;
			errors: string[];
		};
	}
}

/**
 * Runs before any page script: catches the Map when the page assigns `window.__map` and listens
 * to its events from the start, so that no 'idle' is missed and no polling delay is added.
 */
function hook(layers: string[]) {
	const marks: Window['__bench'] = { created: null, load: null, firstIdle: null, idle: null, rendered: 0, errors: [] };
	window.__bench = marks;
	let value: unknown;
	Object.defineProperty(window, '__map', {
		configurable: true,
		get: () => value,
		set(m: any) {
			value = m;
			if (!m || typeof m.on !== 'function') return;
			marks.created = performance.now();
			m.on('load', () => (marks.load ??= performance.now()));
			m.on('error', (e: any) => marks.errors.push(String(e?.error?.message ?? e)));
			m.on('idle', () => {
				const at = performance.now();
				marks.firstIdle ??= at;
				if (marks.idle !== null) return;
				const present = layers.filter((id) => m.getLayer(id));
				if (!present.length || !m.loaded() || !m.areTilesLoaded()) return;
				const n = m.queryRenderedFeatures({ layers: present }).length;
				if (n > 0) {
					marks.idle = at;
					marks.rendered = n;
				}
			});
		}
	});
}

export async function measureRender(
	browser: Browser,
	url: string,
	layers: string[],
	timeout = 30_000
): Promise<RenderRun> {
	const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', deviceScaleFactor: 1 });
	try {
		const page = await context.newPage();
		const pageErrors: string[] = [];
		page.on('pageerror', (e) => pageErrors.push(e.message));
		// tsx (esbuild) wraps named functions in __name(): the page needs it too, for the hook and
		// for the functions evaluated below.
		await page.addInitScript({
			content: `globalThis.__name ??= (f) => f;\n(${hook.toString()})(${JSON.stringify(layers)});`
		});
		await page.goto(url, { waitUntil: 'commit' });
		let error: string | null = null;
		try {
			await page.waitForFunction(() => window.__bench?.idle !== null, undefined, { timeout, polling: 50 });
		} catch {
			error = `no idle with commitments rendered within ${timeout / 1000} s`;
		}
		const r = await page.evaluate(() => {
			const m = (window as any).__map;
			const c = m?.getCenter?.();
			const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
			return {
				...window.__bench,
				hasMap: !!m,
				camera: c ? { lng: c.lng, lat: c.lat, zoom: m.getZoom() } : null,
				fetched: resources.reduce((n, e) => n + e.decodedBodySize, 0) + (nav?.decodedBodySize ?? 0),
				requests: resources.length + 1
			};
		});
		if (error) {
			const why = !r.hasMap
				? 'window.__map never appeared (app not ready?)'
				: r.load === null
					? 'the map never fired load'
					: r.firstIdle === null
						? 'the map never went idle'
						: 'idle, but no commitment features rendered';
			const extra = [...r.errors, ...pageErrors].slice(0, 2).join('; ');
			error = `${error}: ${why}${extra ? ` (${extra})` : ''}`;
		}
		return {
			idle: r.idle,
			created: r.created,
			load: r.load,
			firstIdle: r.firstIdle,
			rendered: r.rendered,
			fetched: r.fetched,
			requests: r.requests,
			camera: r.camera,
			error
		};
	} finally {
		await context.close();
	}
}

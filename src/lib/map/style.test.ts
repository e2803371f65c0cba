import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { PbfReader } from 'pbf';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { BASE_FILL_BEFORE, BASE_LAYER_BEFORE, BASE_SOURCES, DISTRICT_LABELS, basemapStyle, withData } from './style';
import { layers as dataLayers, sources as dataSources } from './layers';
import { light, type BasemapTheme } from './theme';

const FONTS_DIR = fileURLToPath(new URL('../../../static/fonts', import.meta.url));
/** Ranges scripts/glyphs.ts bundles (CJK, U+3000–303F and U+FF00–FFEF are drawn locally). */
const RANGES = ['0-255', '256-511', '8192-8447'];

const HEX = /^#[0-9a-f]{3,8}$/i;

/** Every string anywhere in a JSON-like value. */
function strings(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const v of value) strings(v, out);
	else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
	return out;
}

/** The theme with every colour replaced by its RGB complement. */
function complement(theme: BasemapTheme): BasemapTheme {
	const map = (v: unknown): unknown => {
		if (typeof v === 'string' && HEX.test(v) && v.length === 7) {
			return '#' + (0xffffff ^ parseInt(v.slice(1), 16)).toString(16).padStart(6, '0');
		}
		if (Array.isArray(v)) return v.map(map);
		if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, map(x)]));
		return v;
	};
	return map(theme) as BasemapTheme;
}

function deepFreeze<T>(v: T): T {
	if (v && typeof v === 'object') {
		for (const x of Object.values(v)) deepFreeze(x);
		Object.freeze(v);
	}
	return v;
}

function layer(style: StyleSpecification, id: string): LayerSpecification {
	const found = style.layers.find((l) => l.id === id);
	if (!found) throw new Error(`no layer ${id}`);
	return found;
}

function evaluate(expr: unknown, zoom: number, properties: Record<string, unknown>): unknown {
	const parsed = expression.createExpression(expr, 'style.test');
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	return parsed.value.evaluate({ zoom }, { type: 'LineString', properties } as never);
}

/** Minimal reader of a MapLibre glyph PBF. */
function readGlyphPbf(data: Uint8Array) {
	type Glyph = { id: number; bitmap?: Uint8Array; width: number; height: number; left: number; top: number; advance: number };
	const stacks: { name: string; range: string; glyphs: Glyph[] }[] = [];
	new PbfReader(data).readFields((tag, _: null, pbf) => {
		if (tag !== 1) return;
		stacks.push(
			pbf.readMessage(
				(t, stack: (typeof stacks)[number], p) => {
					if (t === 1) stack.name = p.readString();
					else if (t === 2) stack.range = p.readString();
					else if (t === 3)
						stack.glyphs.push(
							p.readMessage(
								(u, g: Glyph, q) => {
									if (u === 1) g.id = q.readVarint();
									else if (u === 2) g.bitmap = q.readBytes();
									else if (u === 3) g.width = q.readVarint();
									else if (u === 4) g.height = q.readVarint();
									else if (u === 5) g.left = q.readSVarint();
									else if (u === 6) g.top = q.readSVarint();
									else if (u === 7) g.advance = q.readVarint();
								},
								{ id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 }
							)
						);
				},
				{ name: '', range: '', glyphs: [] }
			)
		);
	}, null);
	return stacks;
}

describe('basemapStyle', () => {
	const style = basemapStyle({ base: '/atlas/geo' });

	it('validates against the MapLibre style spec', () => {
		expect(validateStyleMin(style)).toEqual([]);
		expect(validateStyleMin(basemapStyle({ base: '/sub/path/x/' }, complement(light)))).toEqual([]);
	});

	it('has the basemap layers, all prefixed base-, labels last', () => {
		const ids = style.layers.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^base-/);
		for (const id of [
			'base-background',
			'base-land',
			'base-lakes',
			'base-rivers',
			'base-roads',
			'base-district-boundaries',
			'base-metro-tracks',
			'base-metro-stations',
			'base-district-labels',
			'base-river-labels',
			'base-metro-line-labels',
			'base-metro-station-labels'
		])
			expect(ids).toContain(id);
		expect(ids[0]).toBe('base-background');
		const firstSymbol = style.layers.findIndex((l) => l.type === 'symbol');
		expect(ids[firstSymbol]).toBe(BASE_LAYER_BEFORE);
		expect(style.layers.slice(firstSymbol).every((l) => l.type === 'symbol')).toBe(true);
		expect(ids.indexOf(BASE_FILL_BEFORE)).toBe(ids.indexOf('base-land') + 1);
	});

	it('loads every source from the given base and names no other host', () => {
		for (const base of ['/atlas/geo', '/atlas/geo/', '/sub/path/atlas/geo']) {
			const s = basemapStyle({ base });
			const prefix = base.replace(/\/$/, '') + '/';
			expect(Object.keys(s.sources).sort()).toEqual(Object.values(BASE_SOURCES).sort());
			for (const source of Object.values(s.sources)) {
				expect(source.type).toBe('geojson');
				const data = (source as { data: unknown }).data;
				expect(typeof data).toBe('string');
				expect(data as string).toMatch(new RegExp(`^${prefix}[a-z-]+\\.geojson$`));
			}
			expect(s.glyphs).toBe('/fonts/{fontstack}/{range}.pbf');
			expect(s.sprite).toBeUndefined();
			expect(JSON.stringify(s)).not.toMatch(/\/\/|https?:/);
		}
		expect(basemapStyle({ base: '/g', fonts: '/app/fonts/' }).glyphs).toBe('/app/fonts/{fontstack}/{range}.pbf');
	});

	it('is pure: same input, deep-equal output; inputs untouched', () => {
		const data = deepFreeze({ base: '/atlas/geo' });
		const theme = deepFreeze(structuredClone(light));
		const a = basemapStyle(data, theme);
		const b = basemapStyle(data, theme);
		expect(a).toEqual(b);
		expect(a).not.toBe(b);
		expect(a).toEqual(style);
		expect(theme).toEqual(light);
		// No shared mutable structure between two results.
		(a.layers[1] as { paint: Record<string, unknown> }).paint['fill-color'] = '#000000';
		expect(b).toEqual(style);
	});

	it('takes every colour from the theme', () => {
		const themeColours = new Set(strings(light).filter((s) => HEX.test(s)));
		const styleColours = new Set(strings(style).filter((s) => HEX.test(s)));
		expect([...styleColours].filter((c) => !themeColours.has(c))).toEqual([]);
		expect([...themeColours].filter((c) => !styleColours.has(c))).toEqual([]);

		const alt = complement(light);
		const altStyle = basemapStyle({ base: '/atlas/geo' }, alt);
		const altColours = new Set(strings(altStyle).filter((s) => HEX.test(s)));
		for (const c of styleColours) expect(altColours.has(c)).toBe(false);
		expect((layer(altStyle, 'base-land') as { paint: Record<string, unknown> }).paint['fill-color']).not.toBe(
			(layer(style, 'base-land') as { paint: Record<string, unknown> }).paint['fill-color']
		);
	});

	it('uses only font stacks that exist under static/fonts/ with every bundled range', () => {
		const symbols = style.layers.filter((l) => l.type === 'symbol');
		expect(symbols.length).toBeGreaterThanOrEqual(4);
		const stacks = new Set<string>();
		for (const l of symbols) {
			const font = (l.layout as Record<string, unknown>)['text-font'];
			expect(Array.isArray(font), `${l.id} text-font`).toBe(true);
			stacks.add((font as string[]).join(','));
		}
		for (const stack of stacks) {
			for (const range of RANGES) {
				const file = join(FONTS_DIR, stack, `${range}.pbf`);
				expect(existsSync(file), file).toBe(true);
				const [parsed, ...rest] = readGlyphPbf(readFileSync(file));
				expect(rest).toEqual([]);
				expect(parsed.name).toBe(stack);
				expect(parsed.range).toBe(range);
				expect(parsed.glyphs.length).toBeGreaterThan(100);
				for (const g of parsed.glyphs) {
					if (g.bitmap) expect(g.bitmap.length).toBe((g.width + 6) * (g.height + 6));
					else expect(g.width * g.height).toBe(0);
				}
			}
		}
		expect(existsSync(join(FONTS_DIR, 'LICENSE.txt'))).toBe(true);
		expect(readdirSync(FONTS_DIR)).toEqual(expect.arrayContaining([...stacks]));
	});

	it('bundles digits, Latin letters and “…” with sensible metrics', () => {
		const [latin] = readGlyphPbf(readFileSync(join(FONTS_DIR, light.fonts.regular.join(','), '0-255.pbf')));
		const byId = new Map(latin.glyphs.map((g) => [g.id, g]));
		for (const ch of '0123456789AZaz()·') expect(byId.get(ch.codePointAt(0)!)?.bitmap, ch).toBeDefined();
		const H = byId.get(72)!;
		// Cap height of Noto Sans ≈ 0.714 em = 17 px at 24 px; the baseline sits 27.5 px below the origin.
		expect(H.height).toBeGreaterThanOrEqual(16);
		expect(H.height).toBeLessThanOrEqual(18);
		// Bottom edge of "H" (= the baseline, to the half pixel) in px below the glyph origin.
		expect(-H.top + H.height).toBeGreaterThanOrEqual(27);
		expect(-H.top + H.height).toBeLessThanOrEqual(28);
		expect(byId.get(32)?.advance).toBeGreaterThan(4);
		const [punct] = readGlyphPbf(readFileSync(join(FONTS_DIR, light.fonts.regular.join(','), '8192-8447.pbf')));
		const ids = new Set(punct.glyphs.map((g) => g.id));
		for (const ch of '—–“”‘’…•') expect(ids.has(ch.codePointAt(0)!), ch).toBe(true);
	});

	it('labels districts by name, and in English by name and pinyin', () => {
		const field = (lang?: 'zh' | 'en') =>
			JSON.stringify(basemapStyle({ base: '/atlas/geo', lang }).layers.find((l) => l.id === DISTRICT_LABELS)!.layout!['text-field' as never]);
		expect(validateStyleMin(basemapStyle({ base: '/atlas/geo', lang: 'en' }))).toEqual([]);
		expect(field()).toBe(JSON.stringify(['get', 'name']));
		expect(field('zh')).toBe(field());
		expect(field('en')).toContain('"name_en"');
		expect(field('en')).toContain('"name"');
	});

	it('labels metro lines 8号线 / S3 and colours them from `colour`', () => {
		const l = layer(style, 'base-metro-line-labels') as { layout: Record<string, unknown>; paint: Record<string, unknown> };
		expect(evaluate(l.layout['text-field'], 12, { ref: '8' })).toBe('8号线');
		expect(evaluate(l.layout['text-field'], 12, { ref: 8 })).toBe('8号线');
		expect(evaluate(l.layout['text-field'], 12, { ref: 'S3' })).toBe('S3');
		const tracks = layer(style, 'base-metro-tracks') as { paint: Record<string, unknown> };
		expect(String(evaluate(tracks.paint['line-color'], 12, { colour: '#e2231a' }))).toBe(
			String(evaluate(['to-color', '#e2231a'], 12, {}))
		);
		expect(String(evaluate(tracks.paint['line-color'], 12, {}))).toBe(
			String(evaluate(['to-color', light.metro.fallback], 12, {}))
		);
	});

	it('draws motorways wider than trunks wider than primaries, widening with zoom', () => {
		const width = (layer(style, 'base-roads') as { paint: Record<string, unknown> }).paint['line-width'];
		for (const z of [8, 11, 14]) {
			const m = evaluate(width, z, { class: 'motorway' }) as number;
			const t = evaluate(width, z, { class: 'trunk' }) as number;
			const p = evaluate(width, z, { class: 'primary' }) as number;
			expect(m).toBeGreaterThan(t);
			expect(t).toBeGreaterThan(p);
		}
		expect(evaluate(width, 14, { class: 'primary' })).toBeGreaterThan(evaluate(width, 10, { class: 'primary' }) as number);
		const rivers = (layer(style, 'base-rivers') as { paint: Record<string, unknown> }).paint['line-width'];
		expect(evaluate(rivers, 12, { class_from_name: 'river' })).toBeGreaterThan(
			evaluate(rivers, 12, { class_from_name: 'canal' }) as number
		);
	});

	it('has no expression that MapLibre would reject at parse time', () => {
		// validateStyleMin covers this; also check a few zoom-dependent expressions evaluate to numbers.
		const ex = (layer(style, 'base-metro-tracks') as { paint?: unknown }).paint as Record<string, ExpressionSpecification>;
		expect(typeof evaluate(ex['line-width'], 9, {})).toBe('number');
		expect(typeof evaluate(ex['line-opacity'], 16, {})).toBe('number');
	});
});

describe('withData', () => {
	const base = basemapStyle({ base: '/atlas/geo' });
	const data = dataLayers(light.fonts.regular);
	const style = withData(base, dataSources(), data);
	const ids = style.layers.map((l) => l.id);

	it('writes every solid line colour by feature, so that the solid lines share one shader program', () => {
		const solid = style.layers.filter((l) => l.type === 'line' && !l.paint?.['line-dasharray']);
		expect(solid.length).toBeGreaterThan(5);
		for (const l of solid) {
			const color = expression.createPropertyExpression(l.paint!['line-color' as never], 'line-color', latest.paint_line['line-color'] as never);
			expect(color.result, l.id).toBe('success');
			expect((color.value as { kind: string }).kind, l.id).toBe('source');
		}
	});

	it('is a valid style with the basemap and the data, nothing lost or doubled', () => {
		expect(validateStyleMin(style)).toEqual([]);
		expect(ids.length).toBe(base.layers.length + data.length);
		expect(new Set(ids).size).toBe(ids.length);
		expect(Object.keys(style.sources).sort()).toEqual([...Object.keys(base.sources), ...Object.keys(dataSources())].sort());
	});

	it('puts data fills under the water, lines and circles under the labels and its own labels over them, in their own order', () => {
		const at = (id: string) => ids.indexOf(id);
		for (const l of data) {
			if (l.type === 'fill') expect(at(l.id)).toBeLessThan(at(BASE_FILL_BEFORE));
			else if (l.type === 'symbol') expect(at(l.id)).toBeGreaterThan(at(DISTRICT_LABELS));
			else {
				expect(at(l.id)).toBeGreaterThan(at('base-metro-stations'));
				expect(at(l.id)).toBeLessThan(at(BASE_LAYER_BEFORE));
			}
			expect(at(l.id)).toBeGreaterThan(at('base-land'));
		}
		// Each group (fills, labels, the rest) keeps the order the data gave it.
		const group = (l: { type: string }) => (l.type === 'fill' || l.type === 'symbol' ? l.type : 'rest');
		for (const g of ['fill', 'symbol', 'rest']) {
			const own = data.filter((l) => group(l) === g).map((l) => l.id);
			expect(ids.filter((id) => own.includes(id)), g).toEqual(own);
		}
		expect(base.layers.map((l) => l.id)).toEqual(ids.filter((id) => id.startsWith('base-')));
	});
});

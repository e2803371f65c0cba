/**
 * Generates the MapLibre SDF glyph PBFs the offline basemap labels use:
 *
 *   static/fonts/{fontstack}/{start}-{end}.pbf
 *
 * Run with `npm run glyphs`. The output is committed; this script reproduces it byte for byte
 * (no timestamps, fixed iteration order).
 *
 * Source fonts: Noto Sans Regular / Bold TTFs from the npm package `@expo-google-fonts/noto-sans`
 * (SIL Open Font License 1.1; the licence text is copied to static/fonts/LICENSE.txt).
 * Parsing: `opentype.js` (pure JS). Rasterising: a signed distance field computed here exactly from
 * the flattened glyph outlines (the same approach as mapbox/sdf-glyph-foundry, which backs
 * node-fontnik), so nothing native or downloaded at install time is needed. Encoding: `pbf`.
 *
 * Only Latin / punctuation ranges are bundled. CJK ideographs, CJK symbols & punctuation
 * (U+3000–303F) and full-width forms (U+FF00–FFEF) are drawn in the browser by MapLibre's TinySDF
 * path (see codePointUsesLocalIdeographFontFamily in maplibre-gl's unicode_properties), so glyph
 * ranges for them would never be requested.
 *
 * Glyph metrics follow MapLibre's glyph PBF conventions (24 px em, 3 px border, radius 8,
 * cutoff 0.25, edge at 191/255). Vertically, the baseline is put 27.5 px below the glyph origin,
 * which is exactly where MapLibre puts the baseline of locally drawn (TinySDF) CJK glyphs
 * (`topAdjustment = 27.5` in glyph_manager.ts), so digits and Latin letters from these PBFs sit
 * on the same baseline as the Chinese characters beside them (e.g. "8号线", "S3").
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PbfWriter } from 'pbf';

/** MapLibre's glyph PBF conventions. */
const FONT_SIZE = 24; // px per em
const BUFFER = 3; // GLYPH_PBF_BORDER
const RADIUS = 8; // px of distance encoded on each side
const CUTOFF = 0.25; // share of the byte range used inside the outline
/** Distance from the glyph origin down to the baseline (MapLibre's TinySDF `topAdjustment`). */
const BASELINE = 27.5;
/** Max deviation (px) of the flattened outline from the true curve. */
const FLATTEN_TOLERANCE = 0.02;

/** Start code points of the 256-code-point ranges to bundle. */
export const RANGES = [
	0, // Basic Latin + Latin-1 (digits, ASCII punctuation, · × °)
	256, // Latin Extended-A/B (pinyin tone marks: ā á ǎ à ē ī ō ū ǖ ǘ ǚ ǜ)
	8192 // General Punctuation, super/subscripts, currency (— – ‘ ’ “ ” … • ‰ ※ €)
	// Not 8448-8703 (℃ №, Ⅰ Ⅱ, ← →): Noto Sans lacks the Roman numerals and arrows, and a code point
	// missing from a bundled range is dropped by MapLibre, whereas one in a range with no file falls
	// back to local (browser font) drawing after the 404.
] as const;

export const FONTS = [
	{ stack: 'Noto Sans Regular', file: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf' },
	{ stack: 'Noto Sans Bold', file: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' }
] as const;

const LICENSE_FILE = '@expo-google-fonts/noto-sans/LICENSE_FONT';

// ---------------------------------------------------------------------------------------------
// Minimal typing of the parts of opentype.js used here (the package ships no type declarations).

type PathCommand =
	| { type: 'M' | 'L'; x: number; y: number }
	| { type: 'Q'; x1: number; y1: number; x: number; y: number }
	| { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
	| { type: 'Z' };

interface OtGlyph {
	advanceWidth?: number;
	path: { commands: PathCommand[] };
}
interface OtFont {
	unitsPerEm: number;
	charToGlyphIndex(s: string): number;
	glyphs: { get(index: number): OtGlyph };
}
interface Opentype {
	parse(buffer: ArrayBuffer): OtFont;
}

const require = createRequire(import.meta.url);
const opentype = require('opentype.js') as Opentype;

// ---------------------------------------------------------------------------------------------
// Geometry

type Ring = number[]; // flat [x0, y0, x1, y1, ...], closed (last point == first point)

/** Flattens a glyph outline into closed rings, in px, y up, baseline at y = 0. */
export function outlineRings(commands: PathCommand[], scale: number, dy = 0): Ring[] {
	const rings: Ring[] = [];
	let ring: Ring = [];
	let cx = 0;
	let cy = 0;
	const close = () => {
		if (ring.length >= 6) {
			if (ring[0] !== ring[ring.length - 2] || ring[1] !== ring[ring.length - 1]) ring.push(ring[0], ring[1]);
			rings.push(ring);
		}
		ring = [];
	};
	for (const c of commands) {
		if (c.type === 'M') {
			close();
			cx = c.x * scale;
			cy = c.y * scale + dy;
			ring.push(cx, cy);
		} else if (c.type === 'L') {
			cx = c.x * scale;
			cy = c.y * scale + dy;
			ring.push(cx, cy);
		} else if (c.type === 'Q') {
			const x1 = c.x1 * scale, y1 = c.y1 * scale + dy;
			const x2 = c.x * scale, y2 = c.y * scale + dy;
			const dev = Math.hypot(cx - 2 * x1 + x2, cy - 2 * y1 + y2) / 4;
			const n = Math.max(1, Math.ceil(Math.sqrt(dev / FLATTEN_TOLERANCE)));
			for (let i = 1; i <= n; i++) {
				const t = i / n, u = 1 - t;
				ring.push(u * u * cx + 2 * u * t * x1 + t * t * x2, u * u * cy + 2 * u * t * y1 + t * t * y2);
			}
			cx = x2;
			cy = y2;
		} else if (c.type === 'C') {
			const x1 = c.x1 * scale, y1 = c.y1 * scale + dy;
			const x2 = c.x2 * scale, y2 = c.y2 * scale + dy;
			const x3 = c.x * scale, y3 = c.y * scale + dy;
			const dev =
				(3 / 4) *
				Math.max(Math.hypot(cx - 2 * x1 + x2, cy - 2 * y1 + y2), Math.hypot(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3));
			const n = Math.max(1, Math.ceil(Math.sqrt(dev / FLATTEN_TOLERANCE)));
			for (let i = 1; i <= n; i++) {
				const t = i / n, u = 1 - t;
				ring.push(
					u * u * u * cx + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
					u * u * u * cy + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3
				);
			}
			cx = x3;
			cy = y3;
		} else if (c.type === 'Z') {
			close();
		}
	}
	close();
	return rings;
}

/** Squared distance from (px, py) to segment (ax, ay)-(bx, by). */
function segDist2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
	const dx = bx - ax;
	const dy = by - ay;
	const len2 = dx * dx + dy * dy;
	let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
	t = t < 0 ? 0 : t > 1 ? 1 : t;
	const ex = ax + t * dx - px;
	const ey = ay + t * dy - py;
	return ex * ex + ey * ey;
}

/** Non-zero winding number of the rings around (px, py). */
function winding(rings: Ring[], px: number, py: number): number {
	let w = 0;
	for (const r of rings) {
		for (let i = 0; i + 3 < r.length; i += 2) {
			const ax = r[i], ay = r[i + 1], bx = r[i + 2], by = r[i + 3];
			if (ay <= py) {
				if (by > py && (bx - ax) * (py - ay) - (px - ax) * (by - ay) > 0) w++;
			} else if (by <= py && (bx - ax) * (py - ay) - (px - ax) * (by - ay) < 0) w--;
		}
	}
	return w;
}

export interface SdfGlyph {
	id: number;
	width: number;
	height: number;
	left: number;
	top: number;
	advance: number;
	bitmap?: Uint8Array;
}

/**
 * Rasterises one glyph as a MapLibre SDF glyph: a (width + 6) × (height + 6) byte bitmap, rows top
 * to bottom, 255 deep inside, 191 on the outline, 0 at ≥ 6 px outside.
 */
export function sdfGlyph(id: number, glyph: OtGlyph, unitsPerEm: number): SdfGlyph {
	const scale = FONT_SIZE / unitsPerEm;
	const advance = Math.round((glyph.advanceWidth ?? 0) * scale);
	// Shift by +0.5 px so that the integer pixel grid puts the baseline at BASELINE (27.5) px.
	const shift = BASELINE - Math.floor(BASELINE);
	const rings = outlineRings(glyph.path.commands, scale, shift);
	let xmin = Infinity, ymin = Infinity, xmax = -Infinity, ymax = -Infinity;
	for (const r of rings) {
		for (let i = 0; i < r.length; i += 2) {
			if (r[i] < xmin) xmin = r[i];
			if (r[i] > xmax) xmax = r[i];
			if (r[i + 1] < ymin) ymin = r[i + 1];
			if (r[i + 1] > ymax) ymax = r[i + 1];
		}
	}
	// Y (shifted) of the glyph origin line: MapLibre puts a glyph's bitmap top edge at `-top` px
	// below the origin, i.e. top = Y(top edge) - origin.
	const origin = BASELINE + shift;
	if (!rings.length) return { id, width: 0, height: 0, left: 0, top: -origin, advance };
	const left = Math.round(xmin);
	const bottom = Math.round(ymin);
	const right = Math.round(xmax);
	const topY = Math.round(ymax);
	const width = right - left;
	const height = topY - bottom;
	if (width <= 0 || height <= 0) return { id, width: 0, height: 0, left: 0, top: -origin, advance };

	const bw = width + 2 * BUFFER;
	const bh = height + 2 * BUFFER;
	const bitmap = new Uint8Array(bw * bh);
	// Segments as a flat array for the distance loop.
	const segs: number[] = [];
	for (const r of rings) for (let i = 0; i + 3 < r.length; i += 2) segs.push(r[i], r[i + 1], r[i + 2], r[i + 3]);
	const maxD2 = RADIUS * RADIUS;
	for (let row = 0; row < bh; row++) {
		const py = topY + BUFFER - row - 0.5;
		for (let col = 0; col < bw; col++) {
			const px = left - BUFFER + col + 0.5;
			let d2 = maxD2;
			for (let s = 0; s < segs.length; s += 4) {
				const ax = segs[s], ay = segs[s + 1], bx = segs[s + 2], by = segs[s + 3];
				// Cheap reject: the segment's bbox is farther than the best distance so far.
				const gx = px < Math.min(ax, bx) ? Math.min(ax, bx) - px : px > Math.max(ax, bx) ? px - Math.max(ax, bx) : 0;
				if (gx * gx >= d2) continue;
				const gy = py < Math.min(ay, by) ? Math.min(ay, by) - py : py > Math.max(ay, by) ? py - Math.max(ay, by) : 0;
				if (gx * gx + gy * gy >= d2) continue;
				const e = segDist2(px, py, ax, ay, bx, by);
				if (e < d2) d2 = e;
			}
			let d = Math.sqrt(d2);
			if (winding(rings, px, py) !== 0) d = -d;
			const v = Math.round(255 - 255 * (d / RADIUS + CUTOFF));
			bitmap[row * bw + col] = v < 0 ? 0 : v > 255 ? 255 : v;
		}
	}
	return { id, width, height, left, top: topY - origin, advance, bitmap };
}

// ---------------------------------------------------------------------------------------------
// PBF (mapbox glyphs.proto: glyphs { repeated fontstack stacks = 1 }
//   fontstack { name = 1; range = 2; repeated glyph glyphs = 3 }
//   glyph { id = 1; bitmap = 2; width = 3; height = 4; left = 5 (sint32); top = 6 (sint32); advance = 7 })

export function encodeRange(name: string, start: number, glyphs: SdfGlyph[]): Uint8Array {
	const pbf = new PbfWriter();
	pbf.writeMessage(1, (_: null, p: PbfWriter) => {
		p.writeStringField(1, name);
		p.writeStringField(2, `${start}-${start + 255}`);
		for (const g of glyphs) {
			p.writeMessage(3, (glyph: SdfGlyph, q: PbfWriter) => {
				q.writeVarintField(1, glyph.id);
				if (glyph.bitmap) q.writeBytesField(2, glyph.bitmap);
				q.writeVarintField(3, glyph.width);
				q.writeVarintField(4, glyph.height);
				q.writeSVarintField(5, glyph.left);
				q.writeSVarintField(6, glyph.top);
				q.writeVarintField(7, glyph.advance);
			}, g);
		}
	}, null);
	return pbf.finish();
}

export function renderRange(font: OtFont, start: number): SdfGlyph[] {
	const out: SdfGlyph[] = [];
	for (let cp = start; cp < start + 256; cp++) {
		const index = font.charToGlyphIndex(String.fromCodePoint(cp));
		if (!index) continue;
		out.push(sdfGlyph(cp, font.glyphs.get(index), font.unitsPerEm));
	}
	return out;
}

function main() {
	const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
	const outDir = join(root, 'static', 'fonts');
	mkdirSync(outDir, { recursive: true });
	let total = 0;
	for (const { stack, file } of FONTS) {
		const bytes = readFileSync(require.resolve(file));
		const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
		const dir = join(outDir, stack);
		if (existsSync(dir)) {
			for (const f of readdirSync(dir)) if (f.endsWith('.pbf')) rmSync(join(dir, f));
		}
		mkdirSync(dir, { recursive: true });
		for (const start of RANGES) {
			const glyphs = renderRange(font, start);
			const data = encodeRange(stack, start, glyphs);
			writeFileSync(join(dir, `${start}-${start + 255}.pbf`), data);
			total += data.length;
			console.log(`${stack}/${start}-${start + 255}.pbf  ${glyphs.length} glyphs  ${(data.length / 1024).toFixed(1)} KiB`);
		}
	}
	writeFileSync(join(outDir, 'LICENSE.txt'), readFileSync(require.resolve(LICENSE_FILE)));
	console.log(`total ${(total / 1024).toFixed(1)} KiB in ${FONTS.length * RANGES.length} files`);
}

main();

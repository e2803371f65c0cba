// Traditional → Simplified with OpenCC's `t2s` dictionaries (opencc-js). We walk the dictionaries
// ourselves instead of calling OpenCC's converter because we need to know, for every output
// character, which input characters produced it. OpenCC's own matcher is longest-match over one
// trie of phrases and characters; this does the same with flat tables, so phrase-level choices
// (乾隆 stays, 乾燥 → 干燥) are kept.
//
// Why `t` and not `tw`/`hk`: the Taiwan and Hong Kong variants also rewrite characters that are
// standard Simplified (tw2s turns 001's 乡村著名 into 乡村着名); `t2s` leaves every Simplified seed
// untouched while converting 002's 許興國/發/區 to 许兴国/发/区.
import * as OpenCC from 'opencc-js/t2cn';
import { PairSet } from './bits';
import { unitString } from './units';

type DictLike = string | readonly (readonly [string, string])[];

interface Tables {
	/** Per first code unit: 1 = BMP→BMP single mapping, 2 = look in `astral`, 4 = phrases start here. */
	flags: Uint8Array;
	single: Uint16Array;
	/** Single code point keys whose key or value is outside the BMP. */
	astral: Map<number, string>;
	/** Phrases by first code unit, longest first. */
	phrases: Map<number, { keys: string[]; values: string[] }>;
	/**
	 * The first two units of every phrase: common characters (成, 大, 一) each start some phrase, and
	 * one look-up here rules out nearly all of them.
	 */
	pairs: PairSet;
}

let tables: Tables | undefined;

/**
 * Place names written in Simplified with a character t2s folds into another (濛 → 蒙: 彭州's 濛阳街道, so
 * spelled in the 统计用区划代码). Kept as identity phrases, as OpenCC keeps 乾隆. A geo test checks that
 * every name of the gazetteer comes through unchanged, so a name that needs this is caught when added.
 */
const KEEP = ['濛阳'];

function entries(dict: DictLike): [string, string][] {
	if (typeof dict !== 'string') return dict.map(([k, v]) => [k, v]);
	const out: [string, string][] = [];
	for (const line of dict.split('|')) {
		const sp = line.indexOf(' ');
		if (sp <= 0) continue;
		const rest = line.slice(sp + 1);
		const sp2 = rest.indexOf(' ');
		out.push([line.slice(0, sp), sp2 < 0 ? rest : rest.slice(0, sp2)]);
	}
	return out;
}

// Built on first use: importing this module (say, for lineAt in the browser) should cost nothing.
function load(): Tables {
	if (tables) return tables;
	const preset = OpenCC.Locale as unknown as {
		configs?: Record<string, { conversionChain: readonly (readonly DictLike[])[] }>;
		to: Record<string, readonly (readonly DictLike[])[]>;
	};
	const chain = preset.configs?.t2s?.conversionChain ?? preset.to.cn;
	const t: Tables = {
		flags: new Uint8Array(0x10000),
		single: new Uint16Array(0x10000),
		astral: new Map(),
		phrases: new Map(),
		pairs: new PairSet()
	};
	const seen = new Set<string>();
	const keep: [string, string][] = KEEP.map((k) => [k, k]);
	// Earlier dictionaries win on equal keys, as in OpenCC. t2s is a single group (phrases, then
	// characters); were a chain ever longer, merging it would only approximate OpenCC's passes.
	for (const group of [[keep], ...chain])
		for (const dict of group)
			for (const [k, v] of entries(dict)) {
				if (seen.has(k)) continue;
				seen.add(k);
				const first = k.charCodeAt(0);
				const oneChar = k.length === 1 || (k.length === 2 && k.codePointAt(0)! > 0xffff);
				// Identity phrases (乾隆 乾隆) matter: they stop the character rule (乾 → 干) inside them.
				if (oneChar && k === v) continue;
				if (!oneChar) {
					let p = t.phrases.get(first);
					if (!p) t.phrases.set(first, (p = { keys: [], values: [] }));
					p.keys.push(k);
					p.values.push(v);
					t.flags[first] |= 4;
					t.pairs.add(first, k.charCodeAt(1));
				} else if (k.length === 1 && v.length === 1) {
					t.single[first] = v.charCodeAt(0);
					t.flags[first] |= 1;
				} else {
					t.astral.set(k.codePointAt(0)!, v);
					t.flags[first] |= 2;
				}
			}
	for (const p of t.phrases.values()) {
		const order = p.keys.map((_, i) => i).sort((a, b) => p.keys[b].length - p.keys[a].length);
		p.keys = order.map((i) => p.keys[i]);
		p.values = order.map((i) => p.values[i]);
	}
	return (tables = t);
}

/** Growable output of a conversion step: code units and, per unit, its span in the original. */
export class MappedBuffer {
	units = new Uint16Array(1024);
	start = new Int32Array(1024);
	len = new Uint8Array(1024);
	length = 0;
	/** Whether unit k came from original unit start[0] + k alone, for every k: set by whoever fills the buffer knowing so. */
	linear = false;
	/** Whether a space of any width was among the original units read: set by normalizeRanges. */
	spaced = false;

	reset(): void {
		this.length = 0;
		this.linear = false;
		this.spaced = false;
	}

	ensure(extra: number): void {
		const need = this.length + extra;
		if (need <= this.units.length) return;
		let cap = this.units.length * 2;
		while (cap < need) cap *= 2;
		const u = new Uint16Array(cap);
		u.set(this.units.subarray(0, this.length));
		const s = new Int32Array(cap);
		s.set(this.start.subarray(0, this.length));
		const l = new Uint8Array(cap);
		l.set(this.len.subarray(0, this.length));
		this.units = u;
		this.start = s;
		this.len = l;
	}

	push(unit: number, start: number, len: number): void {
		if (this.length === this.units.length) this.ensure(1);
		const i = this.length++;
		this.units[i] = unit;
		this.start[i] = start;
		this.len[i] = len;
	}

	toString(from = 0, to = this.length): string {
		return unitString(this.units, from, to);
	}
}

function matches(src: Uint16Array, i: number, n: number, key: string): boolean {
	const k = key.length;
	if (i + k > n) return false;
	for (let j = 1; j < k; j++) if (src[i + j] !== key.charCodeAt(j)) return false;
	return true;
}

/** Emits `value` for the key occupying src units [i, i+klen), keeping each code point's source. */
function emit(src: MappedBuffer, i: number, klen: number, value: string, out: MappedBuffer): void {
	out.ensure(value.length);
	let p = i; // current key code point
	const end = i + klen;
	let sameCount = true;
	{
		let kc = 0;
		for (let q = i; q < end; q++) if ((src.units[q] & 0xfc00) !== 0xdc00) kc++;
		let vc = 0;
		for (let q = 0; q < value.length; q++) if ((value.charCodeAt(q) & 0xfc00) !== 0xdc00) vc++;
		sameCount = kc === vc;
	}
	if (sameCount) {
		for (let q = 0; q < value.length; q++) {
			const u = value.charCodeAt(q);
			if (q > 0 && (u & 0xfc00) !== 0xdc00) {
				// next value code point ↔ next key code point
				p += (src.units[p] & 0xfc00) === 0xd800 && p + 1 < end ? 2 : 1;
			}
			out.push(u, src.start[p], src.len[p]);
		}
		return;
	}
	// OpenCC's t2s dictionaries have no such entries today; if one appears, the whole output run
	// points at the whole key, which is still exact as a block.
	const s = src.start[i];
	const e = src.start[end - 1] + src.len[end - 1];
	const len = e - s;
	for (let q = 0; q < value.length; q++) {
		if (len <= 255) out.push(value.charCodeAt(q), s, len);
		else out.push(value.charCodeAt(q), src.start[Math.min(end - 1, i + q)], src.len[Math.min(end - 1, i + q)]);
	}
}

/**
 * Whether anything in units[0, n) may convert: a character with a mapping of its own, or a phrase
 * that matches. Most text is Simplified already; though common characters (成, 大, 一) start some
 * Traditional phrase (成甦, 大目乾連), one look-up per character and a rare phrase test settle it.
 */
function mayConvert(t: Tables, units: Uint16Array, n: number): boolean {
	for (let i = 0; i < n; i++) {
		const f = t.flags[units[i]];
		if (f === 0) continue;
		if (f !== 4 || phraseAt(t, units, i, n) !== -1) return true;
	}
	return false;
}

/** The phrase of t.phrases.get(units[i]) that matches at i (the first, so the longest), or -1. */
function phraseAt(t: Tables, units: Uint16Array, i: number, n: number): number {
	if (i + 1 === n || !t.pairs.has(units[i], units[i + 1])) return -1;
	const { keys } = t.phrases.get(units[i])!;
	for (let k = 0; k < keys.length; k++) if (matches(units, i, n, keys[k])) return k;
	return -1;
}

/**
 * Converts `src` (already folded, annotations removed), carrying the source map. Returns the
 * converted buffer: `out`, or `src` itself when nothing converts (then `out` is left alone).
 */
export function simplify(src: MappedBuffer, out: MappedBuffer): MappedBuffer {
	const tables = load();
	if (!mayConvert(tables, src.units, src.length)) return src;
	const { flags, single, astral, phrases } = tables;
	const n = src.length;
	out.reset();
	out.ensure(n);
	const units = src.units;
	const starts = src.start;
	const lens = src.len;
	// Fast path writes straight into the output arrays; emit() (rare) goes through push().
	let ou = out.units;
	let os = out.start;
	let ol = out.len;
	let i = 0;
	while (i < n) {
		const u = units[i];
		const f = flags[u];
		let klen = 0;
		let value = '';
		const k = f & 4 ? phraseAt(tables, units, i, n) : -1;
		if (k !== -1) {
			const p = phrases.get(u)!;
			klen = p.keys[k].length;
			value = p.values[k];
		}
		// One unit for one unit, itself or its single mapping: what emit() would write, written
		// directly. Common characters (成, 大, 一) start some phrase, so this is also the path when
		// no phrase matched.
		if (klen === 0 && (f & 2) === 0) {
			let o = out.length;
			if (o === ou.length) {
				out.ensure(1);
				ou = out.units;
				os = out.start;
				ol = out.len;
			}
			ou[o] = f & 1 ? single[u] : u;
			os[o] = starts[i];
			ol[o++] = lens[i];
			out.length = o;
			i++;
			continue;
		}
		if (klen === 0 && f & 1) {
			klen = 1;
			value = String.fromCharCode(single[u]);
		}
		if (klen === 0 && f & 2) {
			const hi = (u & 0xfc00) === 0xd800 && i + 1 < n && (units[i + 1] & 0xfc00) === 0xdc00;
			const v = astral.get(hi ? (u - 0xd800) * 0x400 + (units[i + 1] - 0xdc00) + 0x10000 : u);
			if (v !== undefined) {
				klen = hi ? 2 : 1;
				value = v;
			}
		}
		if (klen === 0) {
			klen = 1;
			value = String.fromCharCode(u);
		}
		emit(src, i, klen, value, out);
		ou = out.units;
		os = out.start;
		ol = out.len;
		i += klen;
	}
	return out;
}

/** Plain string conversion with the same tables (for tests and for text without a map). */
export function simplifyText(s: string): string {
	const a = new MappedBuffer();
	a.ensure(s.length);
	for (let i = 0; i < s.length; i++) a.push(s.charCodeAt(i), i, 1);
	return simplify(a, new MappedBuffer()).toString();
}

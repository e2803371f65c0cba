// Look-alike folding: characters that render (nearly) the same as a common character but would
// defeat search and place matching — Kangxi and supplementary radicals (⻄ for 西), CJK
// compatibility ideographs, full-width letters and digits, exotic spaces, box-drawing "dashes",
// invisible zero-width characters. Every fold maps one code point to one code point, so the offset
// map stays one-to-one. Chinese full-width punctuation is deliberately left alone: readers see it.

/** Fold-table entry meaning "drop this character" (never produced as output). */
export const DROP = 1;
/** Fold-table entry meaning "this is a space" (runs collapse to one U+0020). */
export const SPACE = 2;

/** BMP fold table: 0 = keep as is, DROP, SPACE, otherwise the replacement code unit. */
export const FOLD = new Uint16Array(0x10000);

/** Supplementary-plane folds (CJK compatibility ideographs supplement), by code point. */
export const FOLD_ASTRAL = new Map<number, string>();

// CJK Radicals Supplement forms that stand in for ordinary characters in scraped text. NFKC does
// not fold these (only ⻟ and ⻳ have decompositions), hence the table. Radical-only shapes with no
// character equivalent (⺀, ⺅ …) are left alone.
const RADICALS =
	'⺁厂⺇几⺊卜⺌小⺍小⺎兀⺏尣⺐尢⺒巳⺓幺⺔彐⺖忄⺗心⺘扌⺙攵⺛旡⺝月⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺨犭⺩王⺪疋⺫罒⺬示⺭礻⺮竹⺯糹⺰纟⺲罒⺷羊⺹耂⺺肀⺻聿⺼月⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻏阝⻐钅⻑長⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟食⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟';

function build(): void {
	for (let c = 0; c < 0x20; c++) FOLD[c] = DROP;
	FOLD[0x09] = SPACE;
	FOLD[0x0b] = SPACE;
	FOLD[0x0c] = SPACE;
	for (let c = 0x7f; c < 0xa0; c++) FOLD[c] = DROP;
	for (const c of [0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) FOLD[c] = SPACE;
	for (let c = 0x2000; c <= 0x200a; c++) FOLD[c] = SPACE;
	// Zero-width and soft-hyphen characters carry no text.
	for (const c of [0xad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) FOLD[c] = DROP;
	// Full-width letters and digits only; full-width punctuation stays as written.
	for (let c = 0xff10; c <= 0xff19; c++) FOLD[c] = c - 0xfee0;
	for (let c = 0xff21; c <= 0xff3a; c++) FOLD[c] = c - 0xfee0;
	for (let c = 0xff41; c <= 0xff5a; c++) FOLD[c] = c - 0xfee0;
	// Horizontal bar and box-drawing lines used as dashes become the em dash of 中国—欧洲中心.
	for (const c of [0x2015, 0x2500, 0x2501, 0xfe58]) FOLD[c] = 0x2014;
	// Kangxi radicals fold to their ideographs by NFKC.
	for (let c = 0x2f00; c <= 0x2fd5; c++) setFromNormal(c, 'NFKC');
	// CJK compatibility ideographs (豈 → 豈) fold by canonical equivalence.
	for (let c = 0xf900; c <= 0xfaff; c++) setFromNormal(c, 'NFC');
	for (let c = 0x2f800; c <= 0x2fa1f; c++) {
		const s = String.fromCodePoint(c);
		const n = s.normalize('NFC');
		if (n !== s && [...n].length === 1) FOLD_ASTRAL.set(c, n);
	}
	const r = [...RADICALS];
	for (let i = 0; i < r.length; i += 2) FOLD[r[i].charCodeAt(0)] = r[i + 1].charCodeAt(0);
}

function setFromNormal(c: number, form: 'NFC' | 'NFKC'): void {
	const s = String.fromCharCode(c);
	const n = s.normalize(form);
	// Only one-to-one BMP folds; anything else would break the one-to-one offset map.
	if (n !== s && n.length === 1) FOLD[c] = n.charCodeAt(0);
}

build();

/** Folds a whole string (used by tests and for comparing text; the pipeline uses FOLD directly). */
export function foldText(s: string): string {
	let out = '';
	for (const ch of s) {
		const c = ch.charCodeAt(0);
		if (ch.length === 2) {
			out += FOLD_ASTRAL.get(ch.codePointAt(0)!) ?? ch;
			continue;
		}
		const f = FOLD[c];
		if (f === DROP) continue;
		out += f === SPACE ? ' ' : f ? String.fromCharCode(f) : ch;
	}
	return out;
}

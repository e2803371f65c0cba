// HTML character references left in text copied from web pages (&nbsp;, &ldquo;东进&rdquo;, &#8220;).
// Left as they are, their ; next to Chinese becomes a full stop of the sentence (；), and the
// quotation marks around a name are lost. Only well-formed references are read; a bare & stays.
// No reference is read as & (&amp;, &#38;): normalizing would then make references that were not
// there (&amp;ldquo; → &ldquo;), and normalized text would no longer normalize to itself.

/** The named references such texts use, by name. */
const NAMED = new Map<string, number>([
	['nbsp', 0xa0],
	['ensp', 0x2002],
	['emsp', 0x2003],
	['thinsp', 0x2009],
	['lt', 0x3c],
	['gt', 0x3e],
	['quot', 0x22],
	['apos', 0x27],
	['ldquo', 0x201c],
	['rdquo', 0x201d],
	['lsquo', 0x2018],
	['rsquo', 0x2019],
	['laquo', 0xab],
	['raquo', 0xbb],
	['mdash', 0x2014],
	['ndash', 0x2013],
	['hellip', 0x2026],
	['middot', 0xb7],
	['bull', 0x2022],
	['times', 0xd7],
	['divide', 0xf7],
	['deg', 0xb0],
	['plusmn', 0xb1],
	['yen', 0xa5],
	['copy', 0xa9],
	['reg', 0xae],
	['permil', 0x2030]
]);

/** Longest reference read: &#1234567; and &thinsp; both fit. */
const LONGEST = 10;

/**
 * The character reference starting at `at` (an &) and ending by `end`: its code unit times 16
 * plus its length in units (at most LONGEST + 2), or -1 if there is none. One number, not an object:
 * normalization asks at every & of a text.
 */
export function entityAt(units: ArrayLike<number>, at: number, end: number): number {
	const last = Math.min(end, at + LONGEST + 1);
	let semi = at + 1;
	while (semi < last && units[semi] !== 0x3b) semi++;
	if (semi >= last || semi - at < 3) return -1;
	let name = '';
	for (let k = at + 1; k < semi; k++) name += String.fromCharCode(units[k]);
	let code: number | undefined;
	if (name[0] === '#') {
		const hex = name[1] === 'x' || name[1] === 'X';
		const digits = name.slice(hex ? 2 : 1);
		if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return -1;
		code = parseInt(digits, hex ? 16 : 10);
		// Not a character (NUL, a lone surrogate), or beyond the BMP, which a policy text has no need of.
		if (code === 0 || code === 0x26 || (code >= 0xd800 && code <= 0xdfff) || code > 0xffff) return -1;
	} else code = NAMED.get(name);
	return code === undefined ? -1 : code * 16 + (semi + 1 - at);
}

// Strings made from UTF-16 code units held in a typed array, as the text pipeline builds its text.

/** A strict UTF-16 decoder in the platform's byte order (little-endian everywhere in practice), or none. */
const utf16 =
	new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 && typeof TextDecoder !== 'undefined'
		? new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })
		: null;

/** units[from, to) as a string. */
export function unitString(units: Uint16Array, from: number, to: number): string {
	// Decoding the units as UTF-16 bytes is the fastest way to a string; fatal, because a lone
	// surrogate must stay as it is (it has no UTF-16 bytes to decode), and then the loop does it.
	if (utf16 && to - from > 32) {
		try {
			return utf16.decode(units.subarray(from, to));
		} catch {
			// lone surrogates: below
		}
	}
	let s = '';
	// fromCharCode.apply has an argument-count limit; 8K units per call stays well below it.
	for (let i = from; i < to; i += 8192)
		s += String.fromCharCode.apply(null, units.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
	return s;
}

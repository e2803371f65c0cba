import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AhoCorasick } from './aho';

function naive(patterns: string[], text: string) {
	const hits: string[] = [];
	const seen = new Set<string>();
	patterns.forEach((p, i) => {
		if (seen.has(p)) return;
		seen.add(p);
		for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1))
			hits.push(`${at}-${at + p.length}-${i}`);
	});
	return hits.sort();
}

describe('AhoCorasick', () => {
	it('finds every occurrence, overlaps included, like a naive scan', () => {
		const alphabet = fc.constantFrom('锦', '江', '区', '公', '园', 'a', 'b');
		const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 60 }), (patterns, chars) => {
				const text = chars.join('');
				const found = new AhoCorasick(patterns).all(text).map((h) => `${h.start}-${h.end}-${h.pattern}`);
				expect(found.sort()).toEqual(naive(patterns, text));
			}),
			{ numRuns: 500 }
		);
	});

	it('prefers the longest name at the leftmost start and never overlaps', () => {
		const ac = new AhoCorasick(['锦江', '锦江区', '锦江公园', '江区', '区委书记']);
		const text = '锦江区委书记说锦江公园和锦江';
		const got = ac.longest(text).map((h) => text.slice(h.start, h.end));
		expect(got).toEqual(['锦江区', '锦江公园', '锦江']);
	});

	it('takes the longest name at each start, left to right, like a naive scan', () => {
		const alphabet = fc.constantFrom('锦', '江', '区', '公', '园', 'a');
		const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 40 }), (patterns, chars) => {
				const text = chars.join('');
				const expected: string[] = [];
				for (let i = 0; i < text.length; ) {
					let best = -1;
					patterns.forEach((p, k) => {
						if (text.startsWith(p, i) && (best === -1 || p.length > patterns[best].length)) best = k;
					});
					if (best === -1) i++;
					else {
						expected.push(`${i}-${i + patterns[best].length}-${best}`);
						i += patterns[best].length;
					}
				}
				expect(new AhoCorasick(patterns).longest(text).map((h) => `${h.start}-${h.end}-${h.pattern}`)).toEqual(expected);
			}),
			{ numRuns: 500 }
		);
	});

	it('finds the longest name within a span, from its start', () => {
		const ac = new AhoCorasick(['龙泉驿', '龙泉驿区', '龙泉驿站', '泉驿']);
		const text = '龙泉驿站稳';
		expect(ac.longestWithin(text, 0, 4)).toEqual({ start: 0, end: 4, pattern: 2 });
		expect(ac.longestWithin(text, 0, 3)).toEqual({ start: 0, end: 3, pattern: 0 });
		expect(ac.longestWithin(text, 0, 2)).toBeNull();
		expect(ac.longestWithin(text, 1, 3)).toEqual({ start: 1, end: 3, pattern: 3 });
	});

	it('handles characters outside the BMP as two code units', () => {
		const ac = new AhoCorasick(['𠀀路']);
		expect(ac.all('a𠀀路').map((h) => [h.start, h.end])).toEqual([[1, 4]]);
	});
});

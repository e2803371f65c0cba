import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex, lineAt, lineIndex } from './lines';

function naiveLine(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) {
		const c = text[i];
		if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
	}
	return line;
}

describe('lineAt', () => {
	it('counts \\n, \\r\\n and lone \\r line breaks', () => {
		const t = 'a\nb\r\nc\rd\n\ne';
		expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((o) => lineAt(t, o))).toEqual([1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6, 6]);
		expect(lineAt('', 0)).toBe(1);
		expect(lineAt('abc', 99)).toBe(1);
	});

	it('agrees with counting line breaks', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', '成', '\n', '\r', ' ') }), fc.nat(), (text, n) => {
				const offset = n % (text.length + 1);
				expect(lineAt(text, offset)).toBe(naiveLine(text, offset));
			}),
			{ numRuns: 500 }
		);
	});

	it('gives line starts and content ends', () => {
		const idx = new LineIndex('ab\r\ncd\n\nef');
		expect(idx.count).toBe(4);
		expect([1, 2, 3, 4].map((l) => [idx.lineStart(l), idx.lineEnd(l)])).toEqual([
			[0, 2],
			[4, 6],
			[7, 7],
			[8, 10]
		]);
	});

	it('reuses the index for the same text', () => {
		const t = 'x\ny';
		expect(lineIndex(t)).toBe(lineIndex(t));
	});
});

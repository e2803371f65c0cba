import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Runs } from './runs';
import { MappedBuffer } from './simplify';

/** A buffer with the given spans, one per unit (the units themselves do not matter here). */
function mapped(spans: [number, number][]): MappedBuffer {
	const b = new MappedBuffer();
	for (const [s, l] of spans) b.push(0x41, s, l);
	return b;
}

describe('Runs', () => {
	it('gives back every unit’s span, for maps stored one after another', () => {
		// Spans as normalizing makes them: mostly the next character, with gaps, pairs and blocks.
		const step = fc.oneof(
			{ weight: 8, arbitrary: fc.constant([1, 1]) },
			fc.tuple(fc.integer({ min: 2, max: 9 }), fc.constant(1)),
			fc.constant([0, 2]),
			fc.tuple(fc.nat(3), fc.integer({ min: 2, max: 255 }))
		);
		fc.assert(
			fc.property(fc.array(fc.array(step, { maxLength: 60 }), { minLength: 1, maxLength: 4 }), (maps) => {
				const runs = new Runs();
				const stored = maps.map((steps) => {
					let at = 0;
					const spans = steps.map(([gap, len]) => [(at += gap), len] as [number, number]);
					const from = runs.add(mapped(spans));
					return { spans, from, to: runs.length };
				});
				const kept = runs.trimmed();
				for (const { spans, from, to } of stored)
					spans.forEach(([s, l], k) => {
						expect(kept.startOf(from, to, k)).toBe(s);
						expect(kept.endOf(from, to, k)).toBe(s + l);
					});
			})
		);
	});

	it('keeps a plain line as one run', () => {
		const runs = new Runs();
		runs.add(mapped(Array.from({ length: 500 }, (_, i) => [10 + i, 1])));
		expect(runs.length).toBe(1);
	});

	it('maps a buffer known to be linear as one run, as a look at its units would', () => {
		const runs = new Runs();
		const b = mapped(Array.from({ length: 20 }, (_, i) => [7 + i, 1]));
		const looked = runs.add(b);
		b.linear = true;
		const known = runs.add(b);
		expect(runs.length - known).toBe(known - looked);
		for (let k = 0; k < 20; k++) expect(runs.startOf(known, runs.length, k)).toBe(runs.startOf(looked, known, k));
		b.length = 0;
		expect(runs.add(b)).toBe(runs.length);
	});
});

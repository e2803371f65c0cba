// A guard against accidental slowness (the full pipeline is benchmarked over ~50 MB elsewhere):
// a few megabytes of seeds must ingest far inside the limit below. Measured ~0.3 s for 5 MB.
import { describe, expect, it } from 'vitest';
import { manifest, seedBytes } from './fixtures/seeds';
import { ingest } from './ingest';

describe('speed', () => {
	it('ingests 5 MB of seeds in well under five seconds, as files and as one big file', () => {
		const seeds = manifest.map((m) => [m, seedBytes(m.id)] as const);
		const size = seeds.reduce((n, [, b]) => n + b.length, 0);
		const reps = Math.ceil(5e6 / size);
		let t = performance.now();
		for (let r = 0; r < reps; r++) for (const [m, b] of seeds) ingest(b, m);
		const separate = performance.now() - t;

		const big = new Uint8Array(size * reps + 2 * seeds.length * reps);
		let at = 0;
		for (let r = 0; r < reps; r++)
			for (const [, b] of seeds) {
				big.set(b, at);
				big.set([10, 10], at + b.length);
				at += b.length + 2;
			}
		t = performance.now();
		const one = ingest(big, { ...manifest[0], id: 'big' });
		const whole = performance.now() - t;
		expect(one.document.paragraphs.length).toBeGreaterThan(300 * reps);
		expect(separate).toBeLessThan(5000);
		expect(whole).toBeLessThan(5000);
	});
});

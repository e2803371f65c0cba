import { describe, expect, it } from 'vitest';
import { pick } from './pick';

const areas: Record<number, number> = { 1: 500, 2: 3, 3: 40 };
const area = (fid: number) => areas[fid];

describe('pick', () => {
	it('gives nothing for no hit', () => {
		expect(pick([], area)).toBeNull();
	});

	it('prefers a point to a line to a polygon', () => {
		const hits = [
			{ layer: 'fill', fid: 2 },
			{ layer: 'line-vague', fid: 5 },
			{ layer: 'point', fid: 9 }
		] as const;
		expect(pick(hits, area)?.fid).toBe(9);
		expect(pick(hits.slice(0, 2), area)?.fid).toBe(5);
	});

	it('prefers the smallest polygon, whichever layer found it', () => {
		const hits = [
			{ layer: 'fill', fid: 1 },
			{ layer: 'outline-vague', fid: 3 },
			{ layer: 'fill', fid: 4 },
			{ layer: 'outline', fid: 2 }
		] as const;
		expect(pick(hits, area)?.fid).toBe(2);
	});
});

import { describe, expect, it } from 'vitest';
import { framing, insets } from './insets';

const page = { left: 0, top: 56, right: 1440, bottom: 900 };

describe('insets', () => {
	it('sees side panels on desktop', () => {
		const left = { left: 12, top: 68, right: 344, bottom: 888 };
		const right = { left: 1016, top: 68, right: 1428, bottom: 700 };
		expect(insets(page, [left, right])).toEqual({ top: 0, right: 424, bottom: 0, left: 344 });
		expect(insets(page, [])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
	});

	it('sees a sheet over the bottom on a phone', () => {
		const phone = { left: 0, top: 56, right: 390, bottom: 844 };
		const sheet = { left: 8, top: 400, right: 382, bottom: 836 };
		expect(insets(phone, [sheet])).toEqual({ top: 0, right: 0, bottom: 444, left: 0 });
	});
});

describe('framing', () => {
	it('adds the margin to each side', () => {
		const cover = { top: 0, right: 424, bottom: 0, left: 344 };
		expect(framing({ width: 1440, height: 844 }, cover, 48)).toEqual({
			top: 48,
			right: 472,
			bottom: 48,
			left: 392
		});
	});

	it('shrinks the panels’ share when they would leave no room', () => {
		const p = framing({ width: 390, height: 788 }, { top: 0, right: 400, bottom: 0, left: 300 }, 20);
		expect(p.left + p.right).toBeLessThanOrEqual(390 - 80);
		expect(p.left).toBeGreaterThan(p.right * 0.5);
	});
});

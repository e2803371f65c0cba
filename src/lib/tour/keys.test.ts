import { describe, expect, it } from 'vitest';
import { clampStep, dwell, keyAction, stepAfter } from './keys';

describe('keyAction', () => {
	it.each([
		['ArrowRight', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['ArrowLeft', 'prev'],
		['PageUp', 'prev'],
		['Home', 'first'],
		['End', 'last'],
		['Escape', 'exit'],
		['f', 'fullscreen'],
		['p', 'play'],
		['a', null],
		['Enter', null]
	])('%j → %s', (key, action) => {
		expect(keyAction({ key })).toBe(action);
	});

	it('goes back on Shift+Space and leaves shortcuts with modifiers alone', () => {
		expect(keyAction({ key: ' ', shiftKey: true })).toBe('prev');
		expect(keyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
		expect(keyAction({ key: 'f', ctrlKey: true })).toBeNull();
	});
});

describe('stepAfter', () => {
	it('moves within the tour and says when it cannot', () => {
		expect(stepAfter('next', 2, 12)).toBe(3);
		expect(stepAfter('prev', 2, 12)).toBe(1);
		expect(stepAfter('next', 12, 12)).toBeNull();
		expect(stepAfter('prev', 1, 12)).toBeNull();
		expect(stepAfter('first', 5, 12)).toBe(1);
		expect(stepAfter('last', 5, 12)).toBe(12);
		expect(stepAfter('exit', 5, 12)).toBeNull();
		expect(stepAfter('next', 1, 0)).toBeNull();
	});

	it('clamps a step from a link to the tour', () => {
		expect(clampStep(99, 12)).toBe(12);
		expect(clampStep(0, 12)).toBe(1);
		expect(clampStep(NaN, 12)).toBe(1);
	});
});

describe('dwell', () => {
	it('gives longer captions more time, within bounds', () => {
		expect(dwell(0)).toBe(6000);
		expect(dwell(100)).toBeGreaterThan(dwell(40));
		expect(dwell(10_000)).toBe(16_000);
	});
});

import { describe, expect, it } from 'vitest';
import { formatDate, formatList } from './format';

describe('formatDate', () => {
	it('writes full dates and years in each language', () => {
		expect(formatDate('2024-02-01', 'zh')).toBe('2024年2月1日');
		expect(formatDate('2024-02-01', 'en')).toBe('1 February 2024');
		expect(formatDate('2021', 'zh')).toBe('2021年');
		expect(formatDate('2021', 'en')).toBe('2021');
	});

	it('shows anything else as written', () => {
		expect(formatDate('spring 2020', 'zh')).toBe('spring 2020');
	});
});

describe('formatList', () => {
	it('uses the enumeration comma in Chinese', () => {
		expect(formatList([2025, 2035], 'zh')).toBe('2025、2035');
		expect(formatList(['千亿级', '630亿元'], 'en')).toBe('千亿级, 630亿元');
	});
});

import { describe, expect, it } from 'vitest';
import { foldText } from './fold';

describe('look-alike folding', () => {
	it('folds radicals and compatibility ideographs to ordinary characters', () => {
		expect(foldText('⻄部')).toBe('西部');
		expect(foldText('⼈⺠⻘⻰')).toBe('人民青龙');
		expect(foldText('\uf900\ufa0c')).toBe('豈兀');
		expect(foldText('\u{2f800}')).toBe('丽');
	});

	it('folds full-width letters and digits, not full-width punctuation', () => {
		expect(foldText('ＧＤＰ增长１２％')).toBe('GDP增长12％');
		expect(foldText('（成都），。：；“”！？')).toBe('（成都），。：；“”！？');
	});

	it('turns exotic spaces into spaces and drops invisible characters', () => {
		expect(foldText('a\u00a0b\u3000c\u2009d\te')).toBe('a b c d e');
		expect(foldText('成\u200b都\ufeff\u00ad')).toBe('成都');
	});

	it('makes dashes one em dash and keeps the em dash', () => {
		expect(foldText('中国―欧洲中心')).toBe('中国—欧洲中心');
		expect(foldText('中国─欧洲')).toBe('中国—欧洲');
		expect(foldText('中国—欧洲中心')).toBe('中国—欧洲中心');
		expect(foldText('CRH6A-A 2020–2025')).toBe('CRH6A-A 2020–2025');
	});
});

import { describe, expect, it } from 'vitest';
import { score } from './score';

const g = (line: number, surface: string, place = surface) => ({ line, surface, place, commitment: true });
const p = (line: number, surface: string, name = surface) => ({ line, surface, name, commitment: true });

describe('score', () => {
	it('counts matches, misses and extras by line and surface', () => {
		const s = score([g(1, '春熙路'), g(2, '青羊'), g(3, '锦江')], [p(1, '春熙路'), p(2, '青羊区'), p(9, '新都区')]);
		expect([s.matched, s.misses.length, s.extras.length]).toEqual([2, 1, 1]);
		expect(s.precision).toBeCloseTo(2 / 3);
		expect(s.recall).toBeCloseTo(2 / 3);
	});

	it('scores resolution separately from finding', () => {
		const s = score([g(1, '锦江', '锦江区')], [p(1, '锦江', '锦江')]);
		expect(s.recall).toBe(1);
		expect(s.accuracy).toBe(0);
		expect(s.wrong).toHaveLength(1);
	});

	it('counts gold that names the place by another of its names in the gazetteer as resolved, and says how often', () => {
		const hi = { ...p(1, '高新区', '成都高新区'), aliases: ['高新区', '成都高新技术产业开发区'] };
		const s = score([g(1, '高新区', '成都高新技术产业开发区'), g(2, '锦江', '锦江区')], [hi, { ...p(2, '锦江', '锦江'), aliases: ['锦江河'] }]);
		expect([s.accuracy, s.byOtherName, s.wrong.map(([x]) => x.surface)]).toEqual([0.5, 1, ['锦江']]);
	});

	it('counts gold that names the place after qualifiers as resolved, when all before its name qualifies', () => {
		const qualifies = (prefix: string) => /^(?:成都地铁|彭州市)$/.test(prefix);
		const gold = [g(1, '春熙路站', '成都地铁春熙路站'), g(2, '龙门山镇', '彭州市龙门山镇'), g(3, '南桥', '都江堰南桥')];
		const s = score(gold, [p(1, '春熙路站'), p(2, '龙门山镇'), p(3, '南桥')], qualifies);
		expect([s.byOtherName, s.wrong.map(([x]) => x.place)]).toEqual([2, ['都江堰南桥']]);
		expect(score(gold, [p(1, '春熙路站'), p(2, '龙门山镇'), p(3, '南桥')]).wrong).toHaveLength(3);
	});

	it('matches each prediction at most once', () => {
		const s = score([g(1, '锦江'), g(1, '锦江')], [p(1, '锦江')]);
		expect(s.matched).toBe(1);
	});

	it('gives a prediction to the gold mention of its own surface before one it merely contains', () => {
		const s = score([g(1, '新繁', '新繁街道'), g(1, '新繁街道')], [p(1, '新繁街道')]);
		expect(s.misses.map((m) => m.surface)).toEqual(['新繁']);
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotationEnd, isToned } from './pinyin';
import { stringUnits } from './units';

/** The text with every annotation annotationEnd finds cut out. */
function strip(text: string): string {
	const units = stringUnits(text);
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const end = annotationEnd(units, i);
		if (end > 0) i = end - 1;
		else out += text[i];
	}
	return out;
}

describe('pinyin annotations', () => {
	it('removes a toned syllable in parentheses right after a character', () => {
		expect(strip('許興國(guó)')).toBe('許興國');
		expect(strip('全會(huì)提出')).toBe('全會提出');
		expect(strip('綠(lǜ)色')).toBe('綠色');
		expect(strip('國（guó）家')).toBe('國家');
	});

	it('removes the syllables of a word, apart by spaces, each toned, as many as the characters before', () => {
		expect(strip('推进金马河(jīn mǎ hé)生态治理')).toBe('推进金马河生态治理');
		expect(strip('邛崃（qióng lái）市')).toBe('邛崃市');
		// More syllables than the characters before them, or one without its tone: not an annotation.
		expect(strip('河(jīn mǎ hé)')).toBe('河(jīn mǎ hé)');
		expect(strip('邛崃(qiong lái)')).toBe('邛崃(qiong lái)');
		expect(strip('邛崃(qióng  lái)')).toBe('邛崃(qióng  lái)');
	});

	it('removes one inside a Latin word', () => {
		expect(strip('力促I(mǎi)BM、神州')).toBe('力促IBM、神州');
	});

	it('keeps real parentheses', () => {
		for (const t of [
			'西部(成都)科学城',
			'成渝(兴隆湖)综合性科学中心',
			'市域(郊)铁路',
			'(2020年7月15日中国共产党成都市第十三届委员会第七次全体会议通过)',
			'华西都市报讯(记者 赖芳杰)12月29日',
			'地区生产总值(GDP)增长',
			'引进(IBM)项目',
			'发展(B2B)电商',
			'措施(a)和(b)',
			'的(de)字',
			'细颗粒物(PM2.5)',
			'国(guo)',
			'国 (guó)',
			'(guó)开头',
			'国(guóguó)',
			'国(Guó)',
			'国(guó'
		])
			expect(strip(t)).toBe(t);
	});

	it('tells syllables from words', () => {
		expect(['guó', 'huì', 'chuàng', 'zhuǎn', 'lǜ', 'nǚ', 'ér', 'ǎi', 'ń'].every(isToned)).toBe(true);
		expect(['guo', 'gúó', 'bák', 'xxà', 'ípad', 'stró'].some(isToned)).toBe(false);
	});

	it('finds every parenthesis of seed 002 and nothing in the other seeds', () => {
		const dir = new URL('../../../seeds/', import.meta.url);
		const t002 = readFileSync(new URL('002_660c768c808e59a5.txt', dir), 'utf8');
		const parens = t002.match(/\([^()]*\)/g)!;
		expect(parens.length).toBe(532);
		expect(strip(t002)).not.toMatch(/[()]/);
		for (const f of ['000_5d5bbed32776f649.txt', '001_995327b2afbf02ea.txt', '003_dd0466d977e3b5ec.txt', '004_b6fedf8a98c80540.txt']) {
			const t = readFileSync(new URL(f, dir), 'utf8');
			expect(strip(t)).toBe(t);
		}
	});
});

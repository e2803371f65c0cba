import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { simplifyText } from './simplify';

// OpenCC's own converter, to check that our mapped walk over its dictionaries says the same.
const opencc = OpenCC.Converter({ from: 't', to: 'cn' });
const dir = new URL('../../../seeds/', import.meta.url);

describe('Traditional → Simplified', () => {
	it('converts seed 002 exactly as OpenCC t2s does', () => {
		const t = readFileSync(new URL('002_660c768c808e59a5.txt', dir), 'utf8').replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '');
		const s = simplifyText(t);
		expect(s).toBe(opencc(t));
		expect(s.startsWith('许兴国\n')).toBe(true);
		expect(s).toContain('新都区');
		expect(s).toContain('石板滩新城');
	});

	it('leaves the Simplified seeds untouched', () => {
		for (const f of ['000_5d5bbed32776f649.txt', '001_995327b2afbf02ea.txt', '003_dd0466d977e3b5ec.txt', '004_b6fedf8a98c80540.txt']) {
			const t = readFileSync(new URL(f, dir), 'utf8');
			expect(simplifyText(t)).toBe(t);
		}
	});

	it('chooses by phrase where a character alone is ambiguous', () => {
		for (const t of ['乾隆年間', '乾燥', '著名', '顯著', '一目瞭然', '瞭解', '頭髮', '發展', '理髮', '後來', '皇后', '乾淨'])
			expect(simplifyText(t)).toBe(opencc(t));
		expect(simplifyText('乾隆')).toBe('乾隆');
		expect(simplifyText('乾燥')).toBe('干燥');
		expect(simplifyText('頭髮')).toBe('头发');
	});

	it('agrees with OpenCC on random Traditional text, surrogate pairs included', () => {
		const alphabet = [...'國會發區許興議與為們這個時長東門車當開關從後裡麼樣還點變體實現經濟總協選擇乾著瞭髮麵隻乾隆燥淨頭皇后一天成都𠀾𡞱㗲噁二英 ,。'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
				const t = chars.join('');
				expect(simplifyText(t)).toBe(opencc(t));
			}),
			{ numRuns: 300 }
		);
	});
});

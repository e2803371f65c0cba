import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeRanges, normalizeText } from './normalize';
import { stringUnits } from './units';

describe('normalizeText', () => {
	it('removes pinyin, simplifies and folds in one go', () => {
		expect(normalizeText('許興國(guó)')).toBe('许兴国');
		expect(normalizeText('新都區(qū)將主動(dòng)融入')).toBe('新都区将主动融入');
		expect(normalizeText('力促I(mǎi)BM、神州數(shù)碼')).toBe('力促IBM、神州数码');
		expect(normalizeText('⻄部(成都)科学城')).toBe('西部(成都)科学城');
	});

	it('widens , : ; ? ! next to Chinese only', () => {
		expect(normalizeText('12月29日,中国:到2035年;机遇?发布!2024')).toBe('12月29日，中国：到2035年；机遇？发布！2024');
		expect(normalizeText('40.3%,全年')).toBe('40.3%，全年');
		expect(normalizeText('11:44:05 a,b 1,000 /x?a=1:2')).toBe('11:44:05 a,b 1,000 /x?a=1:2');
	});

	it('reads a half-width . that ends a Chinese sentence as 。, and no other', () => {
		expect(normalizeText('加快建设天府国际机场. 推动双流国际机场改造.')).toBe('加快建设天府国际机场。 推动双流国际机场改造。');
		expect(normalizeText('增长1.5倍，1.公交出行，等...')).toBe('增长1.5倍，1.公交出行，等...');
		expect(normalizeText('www.chengdu.gov.cn')).toBe('www.chengdu.gov.cn');
	});

	it('collapses space runs and trims', () => {
		expect(normalizeText('  媒体:成都发布\u00a0\u00a0作者:成都市政府 \u3000')).toBe('媒体：成都发布 作者：成都市政府');
		expect(normalizeText('成\u200b都')).toBe('成都');
	});

	it('keeps Chinese punctuation, real parentheses and the em dash', () => {
		const t = '（一）坚持“双城记”，建设中国—欧洲中心(GDP)。';
		expect(normalizeText(t)).toBe(t);
	});

	it('reads HTML character references, so their ; ends no sentence', () => {
		expect(normalizeText('推进&ldquo;东进&rdquo;战略，加快建设天府国际机场&nbsp;二期。')).toBe('推进“东进”战略，加快建设天府国际机场 二期。');
		expect(normalizeText('&#25104;&#x90FD;&amp;')).toBe('成都&amp;');
	});

	it('drops the spaces of letter-spaced Chinese, not one between phrases', () => {
		expect(normalizeText('支持锦 江 区建设春熙路')).toBe('支持锦江区建设春熙路');
		expect(normalizeText('通 知 公 告')).toBe('通知公告');
		expect(normalizeText('全力打造航空新城 加快建设国际化中心城区')).toBe('全力打造航空新城 加快建设国际化中心城区');
		expect(normalizeText('记者 赖芳杰 摄')).toBe('记者 赖芳杰 摄');
		// A tab sets apart a table's cells, one character or more, and a run of blanks with a tab is the tab.
		expect(normalizeText('4\t金马河渡口遗址\t清\t古遗址')).toBe('4\t金马河渡口遗址\t清\t古遗址');
		expect(normalizeText('序号 \t名称\t\t年代  类别')).toBe('序号\t名称\t年代 类别');
	});

	it('is idempotent', () => {
		for (const t of ['許興國(guó)', '12月29日,中国', '⻄部 ―Ａ１', '乾隆 乾燥', '&amp;ldquo;东进&amp;rdquo;', '锦 江 区 建设'])
			expect(normalizeText(normalizeText(t))).toBe(normalizeText(t));
	});
});

describe('normalizeRanges', () => {
	it('maps each output unit to its source span and reports annotations', () => {
		const original = '國(guó)會(huì)\n\nI(mǎi)BM𠀾';
		const pinyin: number[] = [];
		const b = normalizeRanges(stringUnits(original), [0, 12, 14, 24], pinyin);
		expect(b.toString()).toBe('国会IBM𠀾');
		expect(pinyin).toEqual([1, 6, 7, 12, 15, 20]);
		const spans = Array.from({ length: b.length }, (_, i) => [b.start[i], b.len[i]]);
		expect(spans).toEqual([
			[0, 1],
			[6, 1],
			[14, 1],
			[20, 1],
			[21, 1],
			[22, 2],
			[22, 2]
		]);
	});

	it('maps a character reference to the whole of it', () => {
		const b = normalizeRanges(stringUnits('推进&ldquo;东进'), [0, 11], null);
		expect(b.toString()).toBe('推进“东进');
		expect(Array.from({ length: b.length }, (_, i) => [b.start[i], b.len[i]])).toEqual([
			[0, 1],
			[1, 1],
			[2, 7],
			[9, 1],
			[10, 1]
		]);
	});

	it('glues a Latin word broken over lines with a space standing for the break', () => {
		const original = 'ab\n\ncd';
		const b = normalizeRanges(stringUnits(original), [0, 2, 4, 6], null);
		expect(b.toString()).toBe('ab cd');
		expect([b.start[2], b.len[2]]).toEqual([2, 1]);
		expect(normalizeRanges(stringUnits('对养\n\n老机构'), [0, 2, 4, 7], null).toString()).toBe('对养老机构');
	});

	it('says a map is linear only when each unit comes from the next original unit alone', () => {
		const piece = fc.constantFrom('成都', '國會', 'ab', '１２', ' ', '  ', '\u200b', '&ldquo;', '&amp;', '𠀾', '😀', '國(guó)', '錦 江 區', '.', ',');
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(3), (pieces, from) => {
				const text = 'xyz'.slice(0, from) + pieces.join('');
				const b = normalizeRanges(stringUnits(text), [from, text.length], null);
				const linear = Array.from({ length: b.length }, (_, k) => b.start[k] === from + k && b.len[k] === 1).every(Boolean);
				if (b.linear) expect(linear).toBe(true);
			}),
			{ numRuns: 1000 }
		);
		expect(normalizeRanges(stringUnits('成都市 新区'), [0, 6], null).linear).toBe(true);
		// Units from one original unit each, in order, but not one for one: an astral character, a reference.
		expect(normalizeRanges(stringUnits('😀成'), [0, 3], null).linear).toBe(false);
		expect(normalizeRanges(stringUnits('成都&ldquo;'), [0, 9], null).linear).toBe(false);
	});
});

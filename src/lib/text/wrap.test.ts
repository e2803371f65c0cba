import { describe, expect, it } from 'vitest';
import { BY_CHARACTERS } from './fixtures/wrapped';
import { endsStatement, leavesOpen, widthOf, wrapOf } from './wrap';

const wrapWidth = (lines: string[]) => wrapOf(lines)?.at ?? Infinity;

describe('wrapOf', () => {
	it('finds the width a hard-wrapped text is broken at', () => {
		const lines = [
			'一、主要任务',
			'（一）推进生态空间建设。加快建设龙泉山城市森林',
			'公园，推进锦江公园、环城生态公园提档升级，到2025',
			'年新增绿道1000公里。',
			'（二）完善交通网络。加快推进地铁19号线二期、2',
			'7号线一期建设，推动成都天府国际机场二期工程前期'
		];
		const wrap = wrapWidth(lines);
		expect(wrap).toBeLessThanOrEqual(widthOf(lines[2]));
		expect(wrap).toBeGreaterThan(widthOf(lines[3]));
	});

	it('counts a line with two marks hanging in the margin (。” or ，，) as full', () => {
		// Found by the hard-wrap property test in a longer run: seven lines, four of them full, one with two marks hanging.
		const lines = [
			'成成成成成成，成成成1000公里成，成，成成成成成，',
			'成，成成成，成成成成成成成成成成成成成。',
			'成成成成成成成成成成成《方案》成成成成成成成成成',
			'成成成“东进”成27号线，成成成成成成成成《方案》，，',
			'成，成成成成成成，成，成成。',
			'成成成成成成成成成成成成成成，成成成成成成成成成',
			'成成成，，成成成成成成成成，成成。'
		];
		expect(wrapWidth(lines)).toBeLessThanOrEqual(48);
	});

	it('finds the wrap of a text broken every so many characters, digits or not', () => {
		const lines = BY_CHARACTERS;
		const wrap = wrapOf(lines)!;
		expect(wrap.measure(lines[2])).toBeGreaterThanOrEqual(wrap.at);
		expect(wrap.measure(lines[5])).toBeLessThan(wrap.at);
		// A PDF's lines, broken by width, are measured by width: a line of digits is no fuller for them.
		expect(wrapOf(['（一）推进生态空间建设。加快建设龙泉山城市森林', '公园，推进锦江公园、环城生态公园提档升级，到2025', '年新增绿道1000公里。', '（二）完善交通网络。加快推进地铁19号线二期、2', '7号线一期建设，推动成都天府国际机场二期工程前期'])?.measure).toBe(widthOf);
	});

	it('finds none in a text with a line per paragraph, or with lines of any width', () => {
		const paragraphs = [
			'成都市委十四届二次全会提出了“十四五”时期发展的总体要求和主要目标，描绘了成都未来发展宏伟蓝图，明确了奋斗目标和前进方向。',
			'抢抓成都打造“双循环”战略枢纽、“双城记”重要极核的重大机遇，壮大自身综合实力，增强辐射带动能力。',
			'构建区域协同枢纽。深化与重庆九龙坡区战略合作，共建成渝协同发展示范区。'
		];
		expect(wrapWidth(paragraphs)).toBe(Infinity);
		expect(wrapWidth(['青羊区', '加快建设航空新城', '推进少城片区有机更新'])).toBe(Infinity);
	});
});

describe('leavesOpen', () => {
	it('tells a line that leaves a title, quotation or bracket open', () => {
		expect(leavesOpen('成都市人民政府关于印发《成都市推进')).toBe(true);
		expect(leavesOpen('推进“东进')).toBe(true);
		expect(leavesOpen('印发《方案》的通知')).toBe(false);
		expect(leavesOpen('》的通知')).toBe(false);
	});

	it('and one that breaks off a sentence at a comma', () => {
		expect(leavesOpen('记者从青羊区获悉，')).toBe(true);
		expect(leavesOpen('推进宽窄巷子、')).toBe(true);
		expect(leavesOpen('加快建设航空新城；')).toBe(false);
		expect(leavesOpen('青羊：全力打造航空新城')).toBe(false);
	});
});

describe('endsStatement', () => {
	it('tells a sentence end, a closing mark after it included, from a closing mark alone', () => {
		expect(endsStatement('推进锦江公园建设。')).toBe(true);
		expect(endsStatement('“加快建设公园城市。”')).toBe(true);
		expect(endsStatement('实施“东进”')).toBe(false);
		expect(endsStatement('印发《方案》')).toBe(false);
		expect(endsStatement('到2025')).toBe(false);
	});
});

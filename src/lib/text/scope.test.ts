import { describe, expect, it } from 'vitest';
import { districtIn, districtLabel } from './scope';

describe('districtIn', () => {
	it('finds the district a leader heads', () => {
		expect(districtIn('成都市锦江区委书记陈志勇')).toBe('jinjiang');
		expect(districtIn('成都市青羊区委书记何勋')).toBe('qingyang');
		expect(districtIn('中共成都市新都区委书记')).toBe('xindu');
		expect(districtIn('龙泉驿区区长')).toBe('longquanyi');
		expect(districtIn('青白江区委书记')).toBe('qingbaijiang');
		expect(districtIn('都江堰市委书记')).toBe('dujiangyan');
		expect(districtIn('郫县县长')).toBe('pidu');
		expect(districtIn('双流县委')).toBe('shuangliu');
		expect(districtIn('蒲江县')).toBe('pujiang');
		expect(districtIn('简阳市')).toBe('jianyang');
		expect(districtIn('金堂县委书记')).toBe('jintang');
		expect(districtIn('金堂')).toBe(null);
		expect(districtIn('成都高新区党工委书记')).toBe('gaoxin');
	});

	it('leaves city bureaus and places without a district', () => {
		expect(districtIn('成都市民政局党组书记、局长王宏斌')).toBe(null);
		expect(districtIn('成都市生态环境局副局长易波')).toBe(null);
		expect(districtIn('锦江公园')).toBe(null);
	});
});

describe('districtLabel', () => {
	it('reads a district that labels a heading or a paragraph', () => {
		expect(districtLabel('锦江区：以春熙路、太古里为核心，建设世界级商圈')).toBe('jinjiang');
		expect(districtLabel('（一）金牛区')).toBe('jinniu');
		expect(districtLabel('3. 龙泉驿区: 推进东安湖片区建设')).toBe('longquanyi');
		expect(districtLabel('【成华区】建设东客站片区')).toBe('chenghua');
		expect(districtLabel('都江堰市：推进灌区现代化改造')).toBe('dujiangyan');
		expect(districtLabel('成都东部新区：加快建设国际航空枢纽和产业新城')).toBe('dongbuxinqu');
		expect(districtLabel('（五）天府新区')).toBe('tianfuxinqu');
		expect(districtLabel('青羊：全力打造航空新城')).toBe('qingyang');
		expect(districtLabel('龙泉驿：')).toBe('longquanyi');
		expect(districtLabel('【新都】轨道交通产业链再添新项目')).toBe('xindu');
		// A round-up's bullet before the label: ■ 新都：…, ● 温江区：…
		expect(districtLabel('■ 新都：毗河生态绿廊年底前全线贯通')).toBe('xindu');
		expect(districtLabel('●温江区：建设医学城')).toBe('wenjiang');
		expect(districtLabel('◆【双流】空港新城再添新项目')).toBe('shuangliu');
	});

	it('a district that is the subject of a sentence, or named later, is no label', () => {
		expect(districtLabel('锦江区以春熙路为核心，建设世界级商圈')).toBe(null);
		expect(districtLabel('推进金牛区天回镇片区开发：打造国际医学城')).toBe(null);
		expect(districtLabel('锦江：沿河绿道')).toBe(null);
		expect(districtLabel('都江堰：拜水都江堰')).toBe(null);
		expect(districtLabel('【锦江】夜游新线路')).toBe(null);
		expect(districtLabel('青羊宫：道教名观')).toBe(null);
		expect(districtLabel('锦江区委书记陈志勇：')).toBe(null);
	});
});

// Unknown places: names the gazetteer lacks, read from their known neighbours in a list. The
// sentences are written for these tests in the register of the seeds, not taken from them, and the
// gazetteer is the real one (geo/), so a name added to it later turns a case from unknown to known.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../geocode/gazetteer';
import { createGeoparser } from '../geocode/parse';
import { unknownNames } from './unknown';

const geo = (name: string) => JSON.parse(readFileSync(new URL(`../../../geo/${name}`, import.meta.url), 'utf8'));
const gazetteer = loadGazetteer(geo('places.geojson'), geo('curated.json'), geo('unlocated.json'));
const parser = createGeoparser(gazetteer);
const known = (text: string) => parser.parse(text, 'city').map((f) => f.surface);
const unknown = (text: string) => unknownNames(text, parser.parse(text, 'city')).map((f) => f.surface);

describe('unknown places in lists', () => {
	it('takes the items of a list that end as a known neighbour does', () => {
		const text = '推进跳蹬河、府河、小石河水环境综合治理。';
		expect(known(text)).toEqual(['府河']);
		expect(unknown(text)).toEqual(['跳蹬河', '小石河']);
	});

	it('reads the communities and villages of a list by their own names before its count and kind: 南街、东街、马超6个社区', () => {
		const named = (text: string) => unknownNames(text, parser.parse(text, 'city')).map((f) => [f.surface, f.name]);
		/** Each name read as the place of its kind: [南街, 南街社区]. */
		const of = (kind: string, names: string[]) => names.map((n) => [n, n + kind]);
		expect(named('街道对辖区南街、东街、马超3个社区的背街小巷进行了梳理。')).toEqual(of('社区', ['南街', '东街', '马超']));
		expect(named('下辖郭家桥、棕东、老马路3个社区。')).toEqual(of('社区', ['郭家桥', '棕东', '老马路']));
		expect(named('明月、藕塘、箭塔3个村均按集聚提升类村庄引导。')).toEqual(of('村', ['明月', '藕塘', '箭塔']));
		// Names that say their kind are read by their endings.
		expect(named('包括藕塘村、箭塔村2个行政村。')).toEqual(of('', ['藕塘村', '箭塔村']));
		// …their count after 共 too (泉水村、安龙村、广福村共5个村), never their kind twice (安龙村村).
		expect(named('涉及泉水村、安龙村、广福村共5个村。')).toEqual(of('', ['泉水村', '安龙村', '广福村']));
	});

	it('reads 和, 及 and 与 as joining the last item of a list', () => {
		expect(unknown('推进跳蹬河和府河治理。')).toEqual(['跳蹬河']);
		expect(unknown('推进府河、小石河和跳蹬河沿线治理。')).toEqual(['小石河', '跳蹬河']);
		expect(unknown('推进府河与城市协调发展。')).toEqual([]);
		expect(unknown('实施三环路、二绕等道路提升改造。')).toEqual([]);
		expect(unknown('推动农村公路与天邛高速公路、蒲丹快速路等干线公路互联互通。')).toEqual([]);
		expect(unknown('建设淮州新城及其配套设施。')).toEqual([]);
		// What the last item is said to be is no part of its name.
		expect(unknown('依托蒲江站和规划建设的寿安站，完善集散功能。')).toEqual(['寿安站']);
	});

	it('reads the 城 of a zone after a known one (科学城、医学城), but not a 城 of the world (世界文化名城)', () => {
		expect(unknown('加快建设西部（成都）科学城、成都智造城、成都智能城。')).toEqual(['成都智造城', '成都智能城']);
		expect(unknown('加快建设龙泉汽车城、世界文化名城。')).toEqual([]);
	});

	it('reads past one item of another kind between two of a kind: 空港新城、智造园区和五凤新城', () => {
		expect(unknown('加快空港新城、智造园区和五凤新城建设。')).toEqual(['五凤新城']);
		expect(unknown('加快五凤新城、智造园区和空港新城建设。')).toEqual(['五凤新城']);
		expect(unknown('推进府河、城市更新和跳蹬河治理。')).toEqual(['跳蹬河']);
		// Not past two, nor to an item that is no place of the kind.
		expect(unknown('推进府河、城市更新、产业发展和跳蹬河治理。')).toEqual([]);
		expect(unknown('推进府河、城市更新和产业发展。')).toEqual([]);
	});

	it('ends an item after the known name where its ending first completes it: 兴隆湖、白鹭湖周边', () => {
		expect(unknown('推动兴隆湖、白鹭湖周边品质提升。')).toEqual(['白鹭湖']);
	});

	it('leaves out the verbs and words that lead a list: 加快建设…, 沿…', () => {
		expect(unknown('加快建设跳蹬河、府河绿道。')).toEqual(['跳蹬河']);
		expect(unknown('沿跳蹬河、府河布局滨水空间。')).toEqual(['跳蹬河']);
		expect(unknown('大力推进跳蹬河、府河治理。')).toEqual(['跳蹬河']);
		expect(unknown('编制规划，并在跳蹬河、府河沿线布局滨水空间。')).toEqual(['跳蹬河']);
		// …and the words before the verb, when they run longer than a name: 今年全区重点推进了玉局坊、….
		expect(unknown('今年全区重点推进了玉局坊、东大街、牛市口等片区更新。')).toEqual(['玉局坊', '东大街']);
		expect(unknown('对岷江干流堤防和鲁班水库、三岔水库等重要水工程明确责任人。')).toEqual(['鲁班水库']);
		// …and what a clause says it has: 主要车站有永宁站、….
		expect(unknown('设站24座，主要车站有永宁站、人民公园站、大慈寺站。')).toEqual(['永宁站']);
		// A verb that names a street is no verb that leads the list: …工程建设路站、府青路站 has no 路站.
		expect(unknown('为保障地铁13号线一期工程建设路站、府青路站顺利施工')).toEqual([]);
		// A street the list holds starts where its form says, past words no list reading knows (统一经…).
		expect(unknown('渣土车辆实行定线管理，统一经蜀汉路、成华大道、三环路东二段进出，届时沙湾片区市民可驶上成灌高速。')).toEqual(['蜀汉路', '成华大道', '沙湾片区', '成灌高速']);
		// …and who speaks before them: 我们将在….
		expect(unknown('今年，我们将在新兴镇、磁峰镇推广经验。')).toEqual(['新兴镇']);
	});

	it('takes the items of a list its 等 or its count calls places of a kind, when one of them is known', () => {
		const text = '推进宽窄巷子、玉局坊、奎星楼等商圈提档升级。';
		expect(known(text)).toEqual(['宽窄巷子']);
		expect(unknown(text)).toEqual(['玉局坊', '奎星楼']);
		expect(unknown('支持黄龙溪古镇、石盘古镇等3个古镇发展。')).toEqual(['石盘古镇']);
		expect(unknown('推动凤凰山、光华公园等城市公园提档升级。')).toEqual(['光华公园']);
		expect(unknown('推动餐饮、零售、文旅等商圈业态升级。')).toEqual([]);
		expect(unknown('提升永陵、散花楼、金沙遗址博物馆等文化地标品质。')).toEqual(['永陵', '散花楼']);
		expect(unknown('依托九峰山、鸡冠山等山地景区，以九峰山、鸡冠山两大山地景区为支撑。')).toEqual(['九峰山', '九峰山']);
		expect(unknown('推动餐饮、零售两大商圈业态升级。')).toEqual([]);
		// Venues of the games a city held: 等世运会场馆.
		expect(unknown('凤凰山体育公园、城西体育中心、四川省游泳馆等世运会场馆向社会开放。')).toEqual(['城西体育中心', '四川省游泳馆']);
		// Stations by their places' names, each its station (普安站, not the place), after the 设 that lists them.
		const stations = '线路均为地下线，设普安、犀浦、通锦桥、建设路等32座车站。';
		expect(unknownNames(stations, parser.parse(stations, 'city')).map((f) => [f.surface, f.name])).toEqual([
			['普安', '普安站'],
			['通锦桥', '通锦桥站'],
			['建设路', '建设路站']
		]);
		// …or by their own names before their count alone, none of them known (设…斑竹园站、马家站3座车站).
		const counted = '新都区段线路长约13.5公里，设大丰北站、斑竹园站、马家站3座车站。';
		expect(unknownNames(counted, parser.parse(counted, 'city')).map((f) => [f.surface, f.name])).toEqual([
			['大丰北站', '大丰北站'],
			['斑竹园站', '斑竹园站'],
			['马家站', '马家站']
		]);
	});

	it('gives each offset of the text back, so the name can be marked where it stands', () => {
		const text = '推进跳蹬河、府河、小石河水环境综合治理。';
		for (const f of unknownNames(text, parser.parse(text, 'city'))) {
			expect(text.slice(f.start, f.end)).toBe(f.surface);
			expect(f).toMatchObject({ place: null, unknown: true });
		}
	});

	it('takes a metro line by its number wherever it stands: no ordinary word ends in 号线', () => {
		expect(unknown('加快29号线一期、三十一号线前期工作')).toEqual(['29号线', '三十一号线']);
		expect(unknown('加快19号线二期、29号线一期建设')).toEqual(['29号线']);
		expect(unknown('新开夜游专线31号线、32号线')).toEqual([]);
		// A station named after a road is the road's name after the line's number, and the line is still read (a road before it was once
		// taken for a name read past).
		expect(unknown('在物联大道与双华路交叉口预留规划地铁28号线物联大道站')).toEqual(['物联大道', '双华路', '28号线', '物联大道']);
		// …and national and provincial roads by theirs.
		expect(unknown('推进国道318线、省道106线改造，提升国道通行能力')).toEqual(['国道318线', '省道106线']);
		// (Not a bus route that stands in for a line, named after it: 2号线接驳专线1.)
		expect(unknown('开行2号线接驳专线1和30号线接驳专线2')).toEqual([]);
		// …and by their codes (G350线, S402线).
		expect(unknown('结合S402线、G350线改建，同步建设绿道')).toEqual(['S402线', 'G350线']);
		// …and suburban lines by theirs, not a code's letters (GS13线).
		expect(unknown('新建S9线，串联淮州新城和空港新城；新建S13线；预留GS13线。')).toEqual(['S9线', 'S13线']);
	});

	it('takes the stations a line’s course names, which a line still being built has no map of yet', () => {
		expect(unknown('27号线一期北起新都区香城大道站，西至青羊区何元门站')).toEqual(['香城大道站', '何元门站']);
		// A known name it opens with gives way to it.
		expect(unknown('新设西航港客运中心站1座，向东北延伸至龙潭寺东站')).toEqual(['西航港客运中心站', '龙潭寺东站']);
		// The town it lies in is no part of its name.
		expect(unknown('一期工程止于龙泉驿区十陵街道双土地站。')).toEqual(['双土地站']);
		expect(known('一期工程止于龙泉驿区十陵街道双土地站。')).toContain('十陵街道');
		// Not a kind of station.
		expect(unknown('线路南起高铁站，北至换乘站，新设地下车站5座')).toEqual([]);
		expect(unknown('在公园南门新设停靠站1处。')).toEqual([]);
	});

	it('takes a village, town or street right after its district’s full name, but no word that ends so', () => {
		expect(unknown('推进郫都区先锋村、蒲江县铁牛村建设，支持金堂县石盘古镇创建旅游度假区')).toEqual(['先锋村', '铁牛村', '石盘古镇']);
		// The street of the address is read by its form (endings.ts).
		expect(unknown('成都市锦江区和平社区静居寺路18号')).toEqual(['和平社区', '静居寺路']);
		expect(unknown('郫都区全面推进乡村振兴，金堂县新农村建设，锦江区各街道，青羊区所有社区')).toEqual([]);
		expect(unknown('为大邑县山区镇储备应急送水车')).toEqual([]);
		// …nor the kinds a plan builds, by the ending's own words (智慧社区, 传统村).
		expect(unknown('推进成华区智慧社区建设，保护蒲江县传统村落')).toEqual([]);
		// The word that leads what the district works on is not the part's name.
		expect(unknown('支持成华区结合望平社区等老旧片区更新，锦江区结合社区')).toEqual(['望平社区']);
		// A short name or an official's office is no district's name here (a village or a community is still read by its ending, endings.ts).
		expect(unknown('郫都先锋古镇')).toEqual([]);
	});

	it('leaves the verb out of a district’s part it has or names: 蒲江县有铁牛村, 郫都区的先锋村', () => {
		expect(unknown('蒲江县有铁牛村，郫都区有先锋村和川菜文化')).toEqual(['铁牛村', '先锋村']);
		expect(unknown('最有名的当属郫都区的先锋村')).toEqual(['先锋村']);
		expect(unknown('金堂县在石盘古镇举办活动')).toEqual(['石盘古镇']);
		expect(unknown('锦江区在各街道设立服务站，成华区的老旧社区，温江区对部分镇（街道）作调整')).toEqual([]);
	});

	it('takes an industrial park right after the town or zone it lies in, named in full; not a kind of park, nor what the place works on', () => {
		const parks = (text: string) => unknownNames(text, parser.parse(text, 'city')).map((f) => [f.surface, f.name]);
		expect(parks('沙渠街道电子信息产业园新建标准化厂房，王泗镇绿色食品产业园引进项目6个')).toEqual([
			['电子信息产业园', '沙渠街道电子信息产业园'],
			['绿色食品产业园', '王泗镇绿色食品产业园']
		]);
		expect(parks('主会场设在成都国际铁路港经开区智能装备产业园项目现场')).toEqual([['智能装备产业园', '成都国际铁路港经开区智能装备产业园']]);
		expect(unknown('淮州新城重点产业园区，沙渠街道推进电子信息产业园建设，王泗镇两个产业园')).toEqual([]);
		// …nor what the place did to get one: 成功获批省级高新技术产业园区, 建成柑橘产业园.
		expect(unknown('简阳经济开发区成功获批省级高新技术产业园区，草池街道建成柑橘产业园')).toEqual([]);
	});

	it('takes a park or a courtyard the document named in full again where its own part names it: 智能装备产业园项目位于弥牟镇, 5号院', () => {
		const parks = new Map<string, string>();
		const read = (text: string) => unknownNames(text, parser.parse(text, 'city'), parks).map((f) => [f.surface, f.name]);
		const full = '成都国际铁路港经开区智能装备产业园';
		const again = '智能装备产业园项目位于弥牟镇，加快先进材料产业园建设';
		// Before the document names it in full, its part alone is no name.
		expect(read(again)).toEqual([]);
		expect(read(`主会场设在${full}项目现场，${full.slice(-7)}规划用地约650亩`)).toEqual([
			['智能装备产业园', full],
			['智能装备产业园', full]
		]);
		expect(read(again)).toEqual([['智能装备产业园', full]]);
		// …and a courtyard by its number, not another's (15号院, 天回镇老街12号院).
		expect(read('完成抚琴西南路5号院、金鱼街12号院改造')).toEqual([
			['抚琴西南路5号院', '抚琴西南路5号院'],
			['金鱼街12号院', '金鱼街12号院']
		]);
		expect(read('5号院加装电梯2部，12号院完成管网改造，15号院和天回镇老街12号院明年实施')).toEqual([
			['5号院', '抚琴西南路5号院'],
			['12号院', '金鱼街12号院']
		]);
		// …and its street's courtyards listed after it by their numbers alone.
		expect(read('倪家桥路8号院、12号院和15号院老旧院落改造')).toEqual([
			['倪家桥路8号院', '倪家桥路8号院'],
			['12号院', '倪家桥路12号院'],
			['15号院', '倪家桥路15号院']
		]);
	});

	it('takes the short name a text gives a place in brackets as that place after: （以下简称白家市场）, （白家市场）', () => {
		const shortForms = new Map<string, string>();
		const read = (text: string) => unknownNames(text, parser.parse(text, 'city'), shortForms).map((f) => [f.surface, f.name]);
		expect(read('白家市场今日关闭')).toEqual([]);
		expect(read('成都农产品中心批发市场（以下简称白家市场）位于白家社区')).toEqual([
			['成都农产品中心批发市场', '成都农产品中心批发市场'],
			['白家市场', '成都农产品中心批发市场'],
			['白家社区', '白家社区']
		]);
		expect(read('白家市场今日关闭')).toEqual([['白家市场', '成都农产品中心批发市场']]);
		// …one of the same kind in brackets alone; not a note in them (（一期）, （暂名）).
		const named = new Map<string, string>();
		unknownNames('城北农产品批发市场（城北市场）和城北综合批发市场（一期）', parser.parse('', 'city'), named);
		expect([...named]).toEqual([['城北市场', '城北农产品批发市场']]);
	});

	it('takes a hospital by its name, with its campus, where it is a site, not a partner', () => {
		expect(unknown('成都市第二人民医院龙潭院区二期完成立项，四川大学华西东部医院首开区完成主体结构。')).toEqual(['成都市第二人民医院龙潭院区', '四川大学华西东部医院']);
		expect(unknown('四川大学华西医院温江院区项目现场塔吊林立。')).toEqual(['四川大学华西医院温江院区']);
		// A maternity hospital, a medical centre, a medical college's hospital, each with its campus.
		expect(unknown('四川省妇幼保健院天府院区建成投用，成都市公共卫生临床医疗中心东部院区、成都医学院第一附属医院北部院区开工。')).toEqual([
			'四川省妇幼保健院天府院区',
			'成都市公共卫生临床医疗中心东部院区',
			'成都医学院第一附属医院北部院区'
		]);
		// A university's hospital too, its campus named after a district (the district gives way: atlas/records.ts).
		expect(unknown('成都中医药大学附属医院温江院区正加快建设。')).toEqual(['成都中医药大学附属医院温江院区']);
		expect(unknown('推进华西第二医院锦江院区周边停车改造。')).toEqual(['华西第二医院锦江院区']);
		expect(unknown('成都市第一人民医院东部新区院区开工。')).toEqual(['成都市第一人民医院东部新区院区']);
		// The short names the city uses (市一医院, 省骨科医院), not their metro stations, nor one the gazetteer names, nor a rank of hospital.
		expect(unknown('建成投用省骨科医院立体停车楼和市一医院智慧停车场，市第三人民医院、市八医院扩建，市一医院站出入口改造，推动省级医院协同发展。')).toEqual(['省骨科医院', '市一医院', '市第三人民医院']);
		expect(unknown('与四川大学华西医院组建医疗集团，由华西医院全面托管，与华西医院、省医院等优质医疗资源合作。')).toEqual([]);
		expect(unknown('成都市新建医院20家。')).toEqual([]);
		// …unless the city works with it at its site (会同…实施院内…改造), and not past a verb after it (支持市六医院优化院区功能).
		expect(unknown('会同成都市第六人民医院实施院内停车库改造，支持市六医院优化院区功能。')).toEqual(['成都市第六人民医院', '市六医院']);
		// A district's own in its text, not the end of its full name nor every district's.
		expect(unknown('加快区妇幼保健院迁建，区中医医院创建三级甲等中医医院，龙泉驿区第一人民医院新院区封顶，推动各区人民医院提质。')).toEqual(['区妇幼保健院', '区中医医院']);
		// A campus by its own name alone, as its hospital's notice calls it; not which one, nor an institute's region.
		expect(unknown('锦水院区于4月1日启用，新院区启用后桂湖院区不再设置急诊，两院区检查结果互认，社会科学院区域经济研究所参与。')).toEqual(['锦水院区', '桂湖院区']);
	});

	it('takes a small park by its name in quotes, its kind after them, not a programme’s slogan: “梧桐小院”口袋公园, “金角银边”口袋公园', () => {
		const parks = unknownNames('▲改造后的“梧桐小院”口袋公园。打造“金角银边”口袋公园，新建“琴韵”小游园，启动“琴台”邻里中心周边街巷微更新。', parser.parse('', 'city'));
		expect(parks.map((f) => [f.surface, f.name])).toEqual([
			['梧桐小院', '梧桐小院口袋公园'],
			['琴韵', '琴韵小游园'],
			['琴台', '琴台邻里中心']
		]);
	});

	it('does not take a name in another city (上海武康路, 杭州小河直街), but a street the city named after one (西安中路社区)', () => {
		expect(unknown('组织干部赴上海武康路、杭州小河直街学习街区更新经验。')).toEqual([]);
		expect(unknown('西安中路社区：完成西安中路3号院改造。')).toEqual(['西安中路社区', '西安中路3号院']);
	});

	it('does not take common nouns with a place ending: 城市公园, 沿河绿道, 国际空港', () => {
		expect(unknown('建设交子公园、城市公园、口袋公园。')).toEqual([]);
		expect(unknown('贯通锦江绿道、沿河绿道。')).toEqual([]);
		expect(unknown('共建国际铁路港、国际空港等合作平台。')).toEqual([]);
	});

	it('reads nothing into a name that stands alone, or a list with no known place in it', () => {
		expect(unknown('推进跳蹬河综合治理。')).toEqual([]);
		expect(unknown('推进跳蹬河、小石河综合治理。')).toEqual([]);
	});

	it('does not take an item that is not all Chinese, or one too long to be a name', () => {
		expect(unknown('治理府河、A1河。')).toEqual([]);
		expect(unknown('治理府河、一条穿城而过的美丽的河。')).toEqual([]);
	});

	it('reads a list of thousands of names once, not once a name (it took minutes: each name walked the whole list)', () => {
		const text = '推进' + '春熙路、'.repeat(5000) + '跳蹬河、府河建设。';
		const found = parser.parse(text, 'city');
		const t = performance.now();
		expect(unknownNames(text, found).map((f) => f.surface)).toEqual(['跳蹬河']);
		expect(performance.now() - t).toBeLessThan(2000);
	});
});

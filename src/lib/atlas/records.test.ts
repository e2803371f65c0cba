// From an ingested document to mentions and commitments: short texts for single rules, then the real
// seeds. Expected places, lines, verbs and statuses are read off the Chinese text of seeds/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { loadGazetteer } from '../geocode/gazetteer';
import { createGeoparser } from '../geocode/parse';
import { ingest, normalizeText, type Ingested } from '../text';
import type { DocumentMeta, Mention } from '../types';
import { analyse, type Analysis } from './records';

const geo = (name: string) => JSON.parse(readFileSync(new URL(`../../../geo/${name}`, import.meta.url), 'utf8'));
const gazetteer = loadGazetteer(geo('places.geojson'), geo('curated.json'), geo('unlocated.json'));
const parser = createGeoparser(gazetteer);

const seedsDir = new URL('../../../seeds/', import.meta.url);
const manifest: DocumentMeta[] = JSON.parse(readFileSync(new URL('manifest.json', seedsDir), 'utf8')).documents;

const cache = new Map<string, { ingested: Ingested; analysis: Analysis }>();
function seed(id: string) {
	let r = cache.get(id);
	if (!r) {
		const meta = manifest.find((m) => m.id === id)!;
		const ingested = ingest(readFileSync(new URL(meta.file, seedsDir)), meta);
		r = { ingested, analysis: analyse(ingested, parser, gazetteer) };
		cache.set(id, r);
	}
	return r;
}

/** Analysis of a made-up text, as a document of the given scope and date. */
function text(body: string, scope = 'city', date = '2024-02-01', title = 't') {
	const meta: DocumentMeta = { id: 't', file: 't.txt', title: { zh: title, en: 't' }, date, publisher: '', kind: 'test', scope };
	const ingested = ingest(new TextEncoder().encode(body), meta);
	return { ingested, analysis: analyse(ingested, parser, gazetteer) };
}

const commitmentOf = (a: Analysis, m: Mention) => a.commitments.find((c) => c.id === m.commitment) ?? null;
const mentionsOf = (a: Analysis, place: string) => a.mentions.filter((m) => m.place === place);
/** Each mention's surface and whether it belongs to a commitment. */
const committedOf = (a: Analysis) => a.mentions.map((m) => [m.surface, m.commitment !== null]);
/** Each mention's surface and the verb of the commitment it belongs to (null for none). */
const verbsOf = (a: Analysis) => {
	const verbOf = new Map(a.commitments.map((c) => [c.id, c.verb]));
	return a.mentions.map((m) => [m.surface, m.commitment === null ? null : verbOf.get(m.commitment)]);
};

describe('commitment ids', () => {
	it('are where their sentences start, so a commitment keeps its id when the rules find one more before it', () => {
		const later = '将加快建设天府文化公园。';
		const alone = text(later).analysis.commitments;
		const after = text(`推进春熙路商圈提升。${later}`).analysis.commitments;
		expect(alone.map((c) => c.id)).toEqual(['t-c0']);
		expect(after.map((c) => c.id)).toEqual(['t-c0', `t-c${'推进春熙路商圈提升。'.length}`]);
		// …and a second one of the same sentence has its own.
		const two = text('我局已编制石板滩片区公交线网优化方案，拟于6月15日起开通K15路（石板滩公交站—地铁3号线成都医学院站）。').analysis.commitments;
		expect(two.map((c) => [c.id, c.status])).toEqual([
			['t-c0', 'reported'],
			['t-c0-2', 'planned']
		]);
	});
});

describe('commitments in a sentence', () => {
	it('a place in a clause with a verb phrase is committed with that verb', () => {
		const { analysis } = text('我们将加快推进航空新城片区开发建设。');
		expect(analysis.commitments).toHaveLength(1);
		expect(analysis.commitments[0]).toMatchObject({ verb: '加快推进', places: ['qingyanghangkongxincheng'], status: 'planned' });
		expect(analysis.mentions.map((m) => m.commitment)).toEqual([analysis.commitments[0].id]);
	});

	it('a place in a framing clause is committed by the next clause: 以春熙路时尚商圈为牵引，打造…', () => {
		const { analysis } = text('以春熙路时尚商圈为牵引，打造国际消费中心城市核心区。');
		const [m] = mentionsOf(analysis, 'chunxilu');
		expect(commitmentOf(analysis, m)).toMatchObject({ verb: '打造', places: ['chunxilu'], theme: 'consumption' });
	});

	it('a line’s course and stations go on from the work told before, past a subheading and a source (据…介绍，), however the line is named', () => {
		const { analysis } = text('地铁27号线一期开通运营\n\n线路全长25公里 设站18座\n\n据市交通运输局介绍，27号线南起武侯区，北至金牛区。\n\n全线设春熙路站、天府广场站等18座车站。\n');
		expect(analysis.mentions.map((m) => [m.surface, commitmentOf(analysis, m)?.verb])).toEqual([
			['地铁27号线', '开通运营'],
			['27号线', '开通运营'],
			['武侯区', '开通运营'],
			['金牛区', '开通运营'],
			['春熙路站', '开通运营'],
			['天府广场站', '开通运营']
		]);
		// …and in the sentence before its stations, which tell no work of their own.
		const opening = text('27号线一期工程将于12月19日开通初期运营。\n\n一、线路概况\n\n27号线一期工程北起新都区石佛站，止于青羊区蜀鑫路站。全线共设车站23座。\n').analysis;
		expect(opening.mentions.filter((m) => m.line === 5).map((m) => [m.surface, commitmentOf(opening, m)?.verb])).toEqual([
			['27号线', '开通'],
			['新都区', '开通'],
			['石佛站', '开通'],
			['青羊区', '开通'],
			['蜀鑫路站', '开通']
		]);
	});

	it('a line’s course goes on from the work told before after what the line is, and by its name: 成眉线全长约59公里，起于…; 9号线二期工程为…，长约45公里', () => {
		const verbs = (body: string) => {
			const { analysis } = text(body, 'city', '2026-03-01');
			return analysis.mentions.map((m) => [m.surface, commitmentOf(analysis, m)?.verb ?? null]);
		};
		expect(verbs('成眉线年底前开通运营\n\n成眉线全长约59公里，起于天府新区红莲站，止于眉山东站。')).toEqual([
			['成眉线', '开通运营'],
			['成眉线', '开通运营'],
			['天府新区', '开通运营'],
			['红莲站', '开通运营'],
			// A place outside the city is named, not drawn.
			['眉山', null]
		]);
		expect(verbs('10号线四期：向北延伸至白莲池\n\n10号线四期工程是三期工程的北延段，线路南起青羊区人民公园站，止于金牛区。')).toEqual([
			['10号线', '延伸'],
			['10号线', '延伸'],
			['青羊区', '延伸'],
			['人民公园站', '延伸'],
			['金牛区', '延伸']
		]);
		expect(verbs('9号线二期：补齐环线“最后一段”\n\n9号线定位为城轨快线，是一条沿三环路布设的环线。9号线二期工程为环线剩余部分，长约45公里，经金牛区、成华区，形成闭环。')).toEqual([
			['9号线', '补齐'],
			['9号线', null],
			['三环路', null],
			['9号线', '补齐'],
			['金牛区', '补齐'],
			['成华区', '补齐']
		]);
		// …and the districts a course told of the line itself goes through (线路途经…).
		expect(verbs('17号线二期起于机投桥站，止于高洪站，共设置地下车站18座。线路途经武侯区、青羊区。')).toEqual([
			['17号线', '设置'],
			['机投桥站', '设置'],
			['高洪站', '设置'],
			['武侯区', '设置'],
			['青羊区', '设置']
		]);
	});

	it('a paragraph that opens with a line’s course goes on from the paragraph before: …开通运营。/ 17号线二期首开段起于…', () => {
		const { analysis } = text('成都地铁17号线二期首开段正式开通初期运营。\n\n17号线二期首开段起于武侯区，途经青羊区，止于成华区，线路全长约26.5公里。');
		expect(commitmentOf(analysis, mentionsOf(analysis, 'qingyang')[0])?.verb).toContain('开通');
		// Not a paragraph that opens otherwise.
		const other = text('成都地铁17号线二期首开段正式开通初期运营。\n\n青羊区今年人口增长较快。').analysis;
		expect(mentionsOf(other, 'qingyang')[0].commitment).toBeNull();
		// …and so does a greenway's course, told in the sentence after the work (该段绿道西起…).
		const greenway = text('今年4月，北林绿道三期正式向市民开放。该段绿道西起寿安镇，东至万春镇，全长8.6公里。').analysis;
		expect(commitmentOf(greenway, mentionsOf(greenway, 'wanchunzhen')[0])?.verb).toBe('向市民开放');
		// A structure's part named after its label commits with what the sentence after it does there.
		const part = text('多湖：三岔湖、龙泉湖等。加强湖库水源保护，严控新增建设用地。').analysis;
		expect(commitmentOf(part, mentionsOf(part, 'longquanhu')[0])?.verb).toBe('加强');
		// A line's course told with no work commits with what the sentence after it says the line is doing.
		const course = text('17号线二期是一条快线，自机投桥站引出，经武侯、青羊等区，止于金星站。目前全线26座车站已封顶24座。').analysis;
		expect(commitmentOf(course, mentionsOf(course, 'qingyang')[0])?.verb).toBe('封顶');
		const wished = text('17号线二期是一条快线，自机投桥站引出，经武侯、青羊等区，止于金星站。沿线居民期待早日通车。').analysis;
		expect(mentionsOf(wished, 'qingyang')[0].commitment).toBeNull();
		// …and so does a road's, with what the sentence after it says of the road or of the works on it.
		const road = text('路线全长7.8公里，起于平乐古镇北侧，沿白沫江上行，止于花楸山茶园核心区。改造中对急弯陡坡段进行线形优化，增设波形护栏2.6公里。').analysis;
		expect(commitmentOf(road, mentionsOf(road, 'baimojiang')[0])?.verb).toBeTruthy();
		const scenery = text('路线全长7.8公里，起于平乐古镇北侧，沿白沫江上行，止于花楸山茶园核心区。道路两侧风景优美。').analysis;
		expect(mentionsOf(scenery, 'baimojiang')[0].commitment).toBeNull();
	});

	it('where a numbered unit lies, told after its name, commits with the work the next sentence names', () => {
		for (const body of ['5.荷花池片区城市更新单元。位于荷花池街道荷花池社区。主要推进批发市场腾退空间功能转换。', '位于荷花池街道荷花池社区。主要推进批发市场腾退空间功能转换。']) {
			const { analysis } = text(body);
			expect(commitmentOf(analysis, mentionsOf(analysis, 'hehuachijiedao')[0])).toMatchObject({ verb: '推进' });
		}
		// …and so does where what the item above names lies, opening its paragraph (1. 温江区光华实验幼儿园芙蓉分园 / 地处…，位于…。…开园。).
		const kindergarten = text('1. 温江区光华实验幼儿园芙蓉分园\n\n地处公平街道光华社区，位于光华大道与芙蓉大道交叉口东南侧，占地8.6亩。设计办园规模12个班，2026年3月开园。').analysis;
		expect(commitmentOf(kindergarten, mentionsOf(kindergarten, 'gongpingjiedao')[0])).toMatchObject({ verb: '开园' });
		// …and so does a project named with where it is, its 主要内容： to come.
		const named = text('13.龙泉驿区老城更新项目，位于龙泉驿区龙泉街道老城区域，主要内容：改造老旧小区32个。').analysis;
		expect(commitmentOf(named, mentionsOf(named, 'longquanjiedao')[0])).toMatchObject({ verb: '改造' });
		// …past the name of the field that heads it (主要内容：).
		const { analysis } = text('5.荷花池片区更新单元。位于荷花池街道荷花池社区，面积约96公顷。主要内容：推动批发市场腾退空间功能转换。');
		expect(commitmentOf(analysis, mentionsOf(analysis, 'hehuachijiedao')[0])).toMatchObject({ verb: '推动' });
	});

	it('a heading that names work announces the names under it, one item a line: （三）背街小巷整治 / 19．锦江区：镋钯街、东丁字街。', () => {
		const { analysis } = text('成都市2026年城市更新项目计划\n\n（三）背街小巷整治\n\n19．锦江区：春熙路、红星路。\n\n20．青羊区：宽窄巷子。\n');
		expect(analysis.mentions.map((m) => [m.surface, commitmentOf(analysis, m)?.verb])).toEqual([
			['锦江区', '整治'],
			['春熙路', '整治'],
			['青羊区', '整治'],
			['宽窄巷子', '整治']
		]);
		// …and those of each batch, by its label (第一批（9月15日起）：…).
		const batches = text('成都市2026年道路大中修计划\n\n（二）分批实施\n\n第一批（9月15日起）：春熙路、红星路等10条道路。\n\n第二批（10月9日起）：宽窄巷子等9条道路。\n').analysis;
		expect(batches.mentions.map((m) => [m.surface, commitmentOf(batches, m)?.verb])).toEqual([
			['春熙路', '实施'],
			['宽窄巷子', '实施']
		]);
		// Not items that say more than their names.
		const more = text('成都市2026年城市更新项目计划\n\n（三）野生动植物监测\n\n1．锦江区新增监测点3处。春熙路游客较多。\n').analysis;
		expect(more.mentions.map((m) => [m.surface, commitmentOf(more, m)?.verb])).toEqual([
			['锦江区', '新增'],
			['春熙路', undefined]
		]);
	});

	it('a month of an events calendar holds its events at their venues: 3月：…消费活动（中国西部国际博览城）', () => {
		const { analysis } = text('三、全年重点活动日历\n\n3月：全国糖酒商品交易会同期消费活动（中国西部国际博览城）；龙泉驿区桃花故里“花漾消费周”。\n\n3月，龙泉驿区游客增长。\n');
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['举办', ['xibuguojibolancheng', 'taohuaguli']]]);
	});

	it('an event’s venue on a line of its own is where it is held: （一）主会场：…; not who takes part there', () => {
		const drill = text(['三、演练地点', '（一）主会场：彭州市龙门山镇宝山村（村游客中心停车场）。', '（二）分会场：金堂县赵镇街道滨江路沿河段。', '（三）中心城区疏散观摩点位：锦江区春熙路、青羊区宽窄巷子。', '（四）半程马拉松线路：与全程马拉松同线起跑，过九眼桥后沿望江路行进。', '四、参演单位', '（一）主会场：彭州市应急管理局、彭州市消防救援大队、龙门山镇人民政府等。'].join('\n\n'), 'city', '2025-04-20').analysis;
		expect(drill.commitments.map((c) => [c.line, c.verb])).toEqual([
			[3, '举办'],
			[5, '举办'],
			[7, '举办'],
			[9, '举办']
		]);
	});

	it('an event of a schedule, numbered, is held at its 地点 and along its 线路; a meeting’s is no event', () => {
		const schedule = text(
			['一、节庆演艺类', '1. “月满东郊”中秋音乐游园会', '时间：10月1日—10月8日　每晚19:00—22:00', '地点：东郊记忆·演艺中心（建设南支路4号）', '主办：成华区文化广电体育和旅游局', '2. 游船活动', '时间：10月1日—10月7日', '线路：猛追湾码头—望平坊—东门码头往返'].join('\n\n'),
			'chenghua',
			'2025-09-20'
		).analysis;
		// (…the place that ends its quoted title, “月满东郊”, named but not where it is held.)
		expect(verbsOf(schedule)).toEqual([
			['东郊', null],
			['东郊记忆', '举办'],
			['猛追湾', '举办'],
			['望平坊', '举办'],
			['东门码头', '举办']
		]);
		const meeting = text(['一、会议安排', '时间：10月1日', '地点：东郊记忆演艺中心'].join('\n\n'), 'chenghua', '2025-09-20').analysis;
		expect(verbsOf(meeting)).toEqual([['东郊记忆', null]]);
		// …or after its venue and a bar, its venue after its time on one line.
		const calendar = text(['5月3日（周六）', '望平坊｜“夏日”草坪音乐会', '时间：19:00—21:30　　地点：东郊记忆中央草坪'].join('\n\n'), 'chenghua', '2025-04-29').analysis;
		expect(verbsOf(calendar)).toEqual([
			['望平坊', '举办'],
			['东郊记忆', '举办']
		]);
	});

	it('a tender names its project in its title, and each lot told by where it runs commits with the work the sentence after names', () => {
		// …and so does the notice of its outcome, whose bidders' records of their work before (类似业绩：…) are others' work, done; and the
		// fields of the project (项目名称：… / 项目编号：… / 招标人：… / 建设地点：…) are its own, not a part of the notice headed by who tenders
		// (7. 联系方式 / 招标人：… / 地址：…).
		const outcome = text(
			[
				'双流区江安河综合治理工程施工中标候选人公示',
				'项目名称：双流区公园绿地建设工程（一期）施工',
				'项目编号：SLGC-2025-0417',
				'招标人：成都市双流区住房和城乡建设局',
				'建设地点：双流区东升街道',
				'建设规模：本项目共划分为五个标段，主要包括城市主次干道提升改造约6.8公里、背街小巷及支路整治11条、公园及绿道景观提升约21公顷、新建口袋公园7处，计划工期365日历天。',
				'第一中标候选人：四川蜀川路桥工程有限公司',
				'类似业绩：温江区光华大道西延线道路提升工程，2023年竣工验收',
				'7. 联系方式',
				'招标人：成都经开建设发展有限公司',
				'地址：成都市龙泉驿区龙泉街道北京路1号'
			].join('\n')
		).analysis;
		expect(committedOf(outcome)).toEqual([
			['双流区', true],
			['江安河', true],
			['双流区', true],
			['双流区', true],
			['东升街道', true],
			['温江区', false],
			['龙泉驿区', false],
			['龙泉街道', false]
		]);
		expect(outcome.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['光华大道', false],
			['北京路', false]
		]);
		// …past who approved the project and its approval's number.
		const approved = text('双流区江安河综合治理工程施工中标候选人公示\n\n项目名称：双流区公园绿地建设工程（一期）施工\n\n项目编号：SLGC-2025-0417\n\n项目审批机关：成都市双流区发展和改革局\n\n批准文号：双发改审批〔2024〕68号\n\n建设地点：双流区东升街道').analysis;
		expect(committedOf(approved).at(-1)).toEqual(['东升街道', true]);
		// …and so are the items of such a record on lines of their own, up to the next part.
		const record = text('第一中标候选人：四川蜀川路桥工程有限公司\n类似工程业绩：\n1.武侯区城市道路综合整治工程，竣工日期2023年5月；\n2.新都区大丰街道蓉都大道路面改造工程，竣工日期2023年9月。\n五、其他说明\n1.施工期间将对温江区涉及路段实施围挡施工。').analysis;
		expect(committedOf(record)).toEqual([
			['武侯区', false],
			['新都区', false],
			['大丰街道', false],
			['温江区', true]
		]);
		// …and a candidate's record labelled with who it is (第一中标候选人类似项目业绩：…；…).
		expect(committedOf(text('第一中标候选人类似项目业绩：2022年双流区剑南大道南段品质提升工程（已竣工）；2021年郫都区德源大道改造工程（已竣工）。').analysis)).toEqual([
			['双流区', false],
			['郫都区', false]
		]);
	});

	it('a tender’s lot told by where it runs commits with the work the sentence after names', () => {
		const { analysis } = text('双流区江安河综合治理工程施工招标公告\n\n第一标段：江安河九江段，起于九江街道，止于东升街道，治理河长约4.3公里。主要内容包括河道清淤疏浚5.6万立方米。\n');
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['施工', ['jianganhe']],
			['清淤疏浚', ['jianganhe', 'jiujiangjiedao', 'dongshengjiedao']]
		]);
	});

	it('an extent told by its bounds (范围：东至红星路，…) says where an item is not, and commits nothing', () => {
		const { analysis } = text(['1.春熙路—盐市口商圈', '范围：东至红星路，西至人民南路，南至东大街。', '2.文殊坊街区', '范围：北临武侯祠大街，东至洗面桥街。'].join('\n\n'));
		expect(analysis.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['红星路', false],
			['人民南路', false],
			['东大街', false],
			['武侯祠大街', false],
			['洗面桥街', false]
		]);
		// …and so in a table's cell, its first and last bounds too, which its bars part from the cells beside it.
		const table = text(['表1　武侯区2025年城中村改造项目一览表', '序号｜项目名称｜所在街道｜改造类型｜四至范围｜计划完成时间', '1｜机投老场镇片区城中村改造项目｜机投桥街道｜拆除新建｜东至三环路，南至武侯大道，北至机投农贸市场北侧规划道路｜2027年6月'].join('\n\n'), 'wuhou', '2025-09-30').analysis;
		expect(table.mentions.map((m) => [m.surface, m.commitment !== null])).toEqual([
			['武侯区', false],
			['机投桥街道', true],
			['三环路', false]
		]);
		expect(table.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['武侯大道', false],
			['机投农贸市场', false]
		]);
	});

	it('a bus route a notice heads with its name runs where its fields say: its course, its stops, its hours and whom it serves', () => {
		const { analysis } = text(['一、就医定制公交D217线（犀浦地铁站—华西医院）', '（一）停靠站点：犀浦地铁站—百草路地铁站—四川大学华西医院。', '（二）票价：8元/人次。', '（三）服务范围：主要服务郫都区犀浦片区居民前往华西医院就医。'].join('\n\n'));
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['开行', ['xipuzhan', 'huaxi-yiyuan']]]);
		expect(analysis.mentions.filter((m) => m.commitment === null)).toEqual([]);
	});

	it('a heritage site whose protection zones a notice draws is zoned where it is; the zones’ bounds only draw their edges', () => {
		const { analysis } = text(['一、保护范围和建设控制地带', '（一）青羊区', '2.四川美术协会旧址（青羊区少城街道祠堂街）', '保护范围：东至旧址东侧围墙，南至人民公园北侧围墙。', '建设控制地带：东至西御街与祠堂街交叉口，南至人民公园园内北侧游步道。', '二、管理要求'].join('\n\n'));
		expect(analysis.mentions.map((m) => [m.line, m.surface, m.commitment === null ? null : commitmentOf(analysis, m)!.verb])).toEqual([
			[3, '青羊区', null],
			[5, '青羊区', '划定'],
			[5, '少城街道', '划定'],
			[5, '祠堂街', '划定'],
			[7, '人民公园', null],
			[9, '祠堂街', null],
			[9, '人民公园', null]
		]);
		// A water source's protection zone is drawn over all its fields name: where its intake is, and each zone's water and land.
		const water = text(['（一）李家岩水库饮用水水源保护区（河流型转湖库型）', '取水口位置：李家岩水库大坝左岸取水塔（怀远镇境内）。', '一级保护区：取水塔半径300米范围内的库区水域。', '二级保护区：西河库尾至文井江镇万家坪上溯3000米的河段。', '二、禁止行为'].join('\n\n')).analysis;
		expect(water.mentions.map((m) => [m.line, m.surface, m.commitment === null ? null : commitmentOf(water, m)!.verb])).toEqual([
			[1, '李家岩水库', '划定'],
			[3, '李家岩水库', '划定'],
			[3, '怀远镇', '划定'],
			[7, '文井江镇', '划定']
		]);
		// …and a river's management range over the stretch it is drawn, where it starts, flows and ends.
		const range = text('（一）金马河。本次划界河段起于都江堰市，流经崇州市、温江区，止于新津区，划界河道长度82.64公里。').analysis;
		expect(range.commitments.map((c) => [c.verb, c.places])).toEqual([['划界', ['jinmahe', 'dujiangyan', 'chongzhou', 'wenjiang', 'xinjin']]]);
		// …and bins taken away from a compound (…垃圾桶撤除).
		const removed = text('抚琴街道原分散摆放的12组垃圾桶撤除。').analysis;
		expect(removed.commitments.map((c) => c.verb)).toEqual(['撤除']);
		// …and a water main moved and joined to the new one where it runs.
		const joined = text('（一）停水原因：对二环路西二段DN800供水主管进行迁改碰口。').analysis;
		expect(joined.commitments.map((c) => [c.verb, c.places])).toEqual([['碰口', ['erhuanlu']]]);
	});

	it('a tender’s lot named by its work, its fields on the lines after, commits where its 项目地点 and its 范围 say', () => {
		const { analysis } = text(['第一标段：区域级绿道维护（北片）', '项目地点：新都街道、大丰街道', '范围：毗河绿道（新都区境内段）约26.4公里。', '主要内容：绿道路面破损修补，破损路缘石更换。', '最高投标限价：1386.52万元。'].join('\n'));
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['维护', ['xindujiedao', 'dafengjiedao']],
			['维护', ['pihe-greenway', 'xindu']]
		]);
		expect(analysis.unlocated).toEqual([]);
		// …or by a field of its own under its number (包1　服务类 / 名称：… / 服务范围：…); not who bought it and where they sit.
		const lots = text(['包5　服务类', '名称：北部片区公园及滨河绿地管护服务', '服务范围：泥巴沱森林公园及毗河沿岸滨河绿地，管护面积约118万平方米', '五、其他', '1.采购人信息', '名称：成都市新都区城市管理和综合执法局', '地址：成都市新都区新都街道桂湖东路101号'].join('\n')).analysis;
		expect(lots.commitments.map((c) => [c.verb, c.places])).toEqual([['管护', ['nibatuosenlingongyuan', 'pihe']]]);
		// …or by a field that says what the lot tends ((1)养护道路：…; (1)养护对象：…).
		const tended = text(['第一标段（北片区）：', '（1）养护道路：府青路二段，以及府青路街道、二仙桥街道辖区内其余城市支路。', '（3）养护期限：730日历天。'].join('\n')).analysis;
		expect(tended.commitments.map((c) => [c.verb, c.places])).toEqual([['养护', ['fuqinglujiedao', 'erxianqiaojiedao']]]);
	});

	it('a sentence of the scope of the work the one before names commits with its verb: …养护。养护范围为…', () => {
		const { analysis } = text('第一标段：城市道路养护。养护范围为东升街道辖区内城市主次干道，养护总面积约118.6万平方米。');
		expect(commitmentOf(analysis, mentionsOf(analysis, 'dongshengjiedao')[0])).toMatchObject({ verb: '养护' });
	});

	it('a part cut at ； that only lists more projects commits with the verb of the part before: …交通项目；…等城市更新项目；', () => {
		const { analysis } = text('规划期内重点推进成洛大道快速化改造等交通项目；东安湖片区综合开发、十陵街道老场镇有机更新等城市更新项目；龙泉山城市森林公园生态修复等生态项目。');
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['重点推进', ['donganhu', 'shilingjiedao']],
			['修复', ['longquanshan-forest-park']]
		]);
		// A part with figures of its own tells them, it lists nothing.
		expect(text('规划期内重点推进东安湖片区综合开发等项目；十陵街道人口12万人。').analysis.commitments.length).toBe(1);
	});

	it('a place’s heading over the items of a list commits with the first of them, drawn at its own places; a district’s only sorts them', () => {
		const { analysis } = text('（一）东湖街道（3个）\n\n1.牛市口街道东安南路社区：东安南路12号院，实施雨污分流。\n\n2.书院街街道：实施屋面防水。\n\n（二）双桥子街道（3个）');
		const first = analysis.commitments[0];
		expect(commitmentOf(analysis, mentionsOf(analysis, 'donghujiedao')[0])).toBe(first);
		expect(first.places).not.toContain('donghujiedao');
		// A heading followed by no work commits nothing.
		expect(mentionsOf(analysis, 'shuangqiaozijiedao')[0].commitment).toBeNull();
		// A district's heading over items that name their own places (annotators 17:0).
		const sorted = text('（一）锦江区（3个）\n\n1.牛市口街道东安南路社区：东安南路12号院，实施雨污分流。').analysis;
		expect(mentionsOf(sorted, 'jinjiang')[0].commitment).toBeNull();
		expect(mentionsOf(sorted, 'niushikoujiedao')[0].commitment).not.toBeNull();
		// …and so does a zone's (六、高新区（2个）).
		const zone = text('附件1：第三批成都市夜间经济示范街区名单\n\n六、高新区（2个）\n\n10.交子公园—金融城夜间经济街区\n\n范围：交子公园、交子大道。\n\n七、青羊区（1个）').analysis;
		expect(mentionsOf(zone, 'gaoxin')[0].commitment).toBeNull();
	});

	it('a road’s numbered heading, its stretch in brackets, commits with the work its parts tell, though no map knows the roads', () => {
		const { analysis } = text(
			['二、晋阳路（佳灵路至武侯大道铁佛段）', '（一）施工内容：燃气管道迁改及人行道提升。', '（二）管制措施：晋阳路实施全封闭施工，禁止机动车通行。', '三、工作要求', '请广大市民提前规划出行路线。'].join('\n\n'),
			'city',
			'2025-03-20'
		);
		expect(analysis.unlocated.filter((u) => u.line === 1).map((u) => [u.name, u.committed])).toEqual([
			['晋阳路', true],
			['佳灵路', true],
			['武侯大道', true]
		]);
	});

	it('a headline’s brand (“龙门山”品牌持续擦亮) commits with none of the work told under it', () => {
		const { analysis } = text('（四）文旅融合提质增效，“龙门山”品牌持续擦亮\n\n举办2024龙门山山地户外运动季。\n\n（五）龙门山旅游持续升温\n\n举办龙门山露营季。', 'pengzhou', '2025-01-10');
		expect(analysis.mentions.filter((m) => m.surface === '龙门山').map((m) => m.commitment !== null)).toEqual([false, true, true, true]);
	});

	it('a headline that tells a figure’s change commits with none of the work under it: 【数据】前8月铁路港外贸进出口额同比增长14.2%', () => {
		const { analysis } = text('【数据】前8月铁路港外贸进出口额同比增长14.2%\n\n区商务局表示，下一步将依托成都国际铁路港加密东盟方向班列。\n\n【项目】铁路港二期开工\n\n成都国际铁路港二期项目今日开工。', 'qingbaijiang', '2025-09-29');
		expect(committedOf(analysis)).toEqual([
			['铁路港', false],
			['成都国际铁路港', true],
			['铁路港', true],
			['成都国际铁路港', true]
		]);
	});

	it('a round-up’s label of its district (【金牛】…) names whose news follows: it commits nothing, and the news still does', () => {
		const { analysis } = text('【金牛】金牛区今年将启动荷花池片区有机更新。\n\n【龙泉驿】距世界运动会开幕不足50天，东安湖体育公园已完成改造。', 'city', '2025-06-20');
		expect(committedOf(analysis)).toEqual([
			['金牛', false],
			['金牛区', true],
			['荷花池片区', true],
			['龙泉驿', false],
			['东安湖体育公园', true]
		]);
		expect(analysis.commitments.map((c) => c.verb)).toEqual(['启动', '完成改造']);
	});

	it('the titles of other texts a page links to (相关链接：) name their places and commit nothing, up to the first line that is no title', () => {
		const { analysis } = text('郫都区今年新建公园3个。\n\n相关链接：\n\n郫都区菁蓉湖公园五一开园\n\n关于新繁街道繁江北路改造工程房屋征收补偿方案征求意见的公告', 'city', '2025-04-20');
		expect(committedOf(analysis)).toEqual([
			['郫都区', true],
			['郫都区', false],
			['菁蓉湖', false],
			['新繁街道', false]
		]);
		// …and under 相关公告, a tender site's.
		const notices = text('双流区今年新建公园3个。\n\n相关公告\n\n· 天府新区华阳街道安公路人行道改造工程中标结果公告\n\n· 双流区西航港街道物联大道绿化提升工程招标公告', 'city', '2025-04-20').analysis;
		expect(committedOf(notices)).toEqual([
			['双流区', true],
			['天府新区', false],
			['华阳街道', false],
			['双流区', false],
			['西航港街道', false]
		]);
		// …not a table under a linked title, whose rows are read as a table's.
		const stations = text('4号线二期今日开通。\n\n相关链接：\n\n4号线二期新增车站一览\n\n线路｜车站｜所在区域｜换乘\n\n西延线｜万盛｜温江区｜—', 'city', '2017-06-02').analysis;
		expect(committedOf(stations).slice(-2)).toEqual([['万盛', true], ['温江区', true]]);
		// Without the heading, a headline at the end is read as it says.
		const alone = text('郫都区今年新建公园3个。\n\n郫都区菁蓉湖公园五一开园', 'city', '2025-04-20').analysis;
		expect(alone.commitments.map((c) => c.verb)).toEqual(['新建', '开园']);
	});

	it('a venue’s label (■天府新区分会场) names no work: its place commits with none of the work under it', () => {
		const { analysis } = text('全市集中开工重大项目\n\n■天府新区分会场\n\n天府新区此次开工项目28个。', 'city', '2025-03-20');
		expect(committedOf(analysis)).toEqual([
			['天府新区', false],
			['天府新区', true]
		]);
	});

	it('an interviewer’s question commits nothing, whatever it tells; the answer does', () => {
		const { analysis } = text('记者：我们注意到，应急救援中心落户淮州新城。这个项目的建设进展如何？\n\n张卫东：淮州新城今年将新建道路12公里。', 'city', '2025-05-01');
		expect(committedOf(analysis)).toEqual([
			['淮州新城', false],
			['淮州新城', true]
		]);
		// …so does a member's question at an inquiry (常委会委员李红梅：…请问…？).
		const inquiry = text('常委会委员李红梅：锦城绿道一级绿道已经全线贯通，但沿线驿站一直没有开门。请问下一步怎样盘活？\n\n市公园城市局局长：今年将在锦城绿道新开驿站12处。', 'city', '2025-09-01').analysis;
		expect(committedOf(inquiry)).toEqual([
			['锦城绿道', false],
			['锦城绿道', true]
		]);
	});

	it('places listed before the organs they name are the organs’, as an office’s name holds its place: 与金堂县、新都区等上下游检察机关的协作', () => {
		const organs = text('青白江区检察院将加强与金堂县、新都区等上下游检察机关的跨区域协作，推动在毗河沿线建立生态司法修复基地。', 'city', '2025-03-01').analysis;
		expect(committedOf(organs)).toEqual([
			['金堂县', false],
			['新都区', false],
			['毗河', true]
		]);
	});

	it('a photo’s caption heads no text: its place commits with none of the work told after it', () => {
		const { analysis } = text('成华新街区上新\n\n今年，成华区新增夜市摊位86个。\n\n▲望平坊夜景　图源：成华区融媒体中心\n\n不久前，望平坊成功入选国家级旅游休闲街区名单。', 'city', '2025-05-01');
		expect(analysis.mentions.filter((m) => m.surface === '望平坊').map((m) => m.commitment !== null)).toEqual([false, true]);
	});

	it('a post’s numbered heading of a place (✨NO.2 江安河体育公园) commits with the work told under it', () => {
		const { analysis } = text('✨NO.2 江安河体育公园\n\n喜欢运动的朋友冲！\n\n公园位于永宁街道，今年新建笼式足球场4块。', 'city', '2025-05-01');
		expect(analysis.mentions.find((m) => m.surface === '江安河体育公园')?.commitment).toBe(analysis.commitments[0]?.id);
		// …and a school's, the city's name before it.
		const school = text('（二）成都市双林小学北湖分校\n\n学校位于龙潭街道龙港路66号，为公办小学，今年秋季开设一年级8个班。', 'city', '2024-08-30').analysis;
		expect(school.unlocated.map((u) => [u.name, u.committed])).toContainEqual(['双林小学北湖分校', true]);
	});

	it('a place’s heading over an item whose places no map knows is where the item’s work is drawn', () => {
		const { analysis } = text('（四）火车南站街道\n\n1.桐梓林社区：新建国际化社区托育中心1处，选址桐梓林北路6号。\n\n（五）簇锦街道\n\n1.铁佛社区：新建社区食堂1处。', 'city', '2025-03-01');
		expect(analysis.commitments.map((c) => [c.verb, c.places, c.line])).toEqual([
			['新建', ['huochenanzhanjiedao'], 3],
			['新建', ['cujinjiedao'], 7]
		]);
		expect(analysis.mentions.map((m) => [m.surface, m.commitment])).toEqual([
			['火车南站街道', analysis.commitments[0].id],
			['簇锦街道', analysis.commitments[1].id]
		]);
		expect(analysis.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['桐梓林社区', true],
			['桐梓林北路', true],
			['铁佛社区', true]
		]);
	});

	it('a brochure’s fields of how a site is reached and what lies around it commit nothing (交通条件：…, 周边资源：…)', () => {
		const body = '（一）金融城东站TOD综合开发项目\n\n项目区位：项目位于高新区桂溪街道，依托金融城东站实施综合开发。\n\n交通条件：站点可直达成都西站，驾车30分钟可达成都双流国际机场。\n\n周边资源：项目紧邻交子公园。\n';
		expect(committedOf(text(body).analysis).slice(-3)).toEqual([['成都西站', false], ['成都双流国际机场', false], ['交子公园', false]]);
	});

	it('a table of compounds by name names each, whether the gazetteer has it or not (小区名称｜望江名门)', () => {
		const rows = ['一、命名名单', '序号｜区（市）县｜街道（镇）｜小区名称', '1｜锦江区｜合江亭街道｜望江名门', '2｜锦江区｜东光街道｜锦绣东方花园'];
		expect(text(rows.join('\n\n')).analysis.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['望江名门', true],
			['锦绣东方花园', true]
		]);
	});

	it('a shop by its name in a table of them is a business, not a place; its address is (店铺名称｜…｜经营地址)', () => {
		const rows = ['一、特色小店拟扶持名单（36家）', '序号｜店铺名称｜所属街道｜经营地址｜扶持内容', '1｜老玉林嬢嬢冒菜｜玉林街道｜玉林西路55号附8号｜认定奖励1万元'];
		expect(text(rows.join('\n\n')).analysis.unlocated.map((u) => [u.name, u.committed])).toEqual([['玉林西路', true]]);
	});

	it('a table of hazard points names each by the gully or the slope it threatens, less its kind (任家沟泥石流 is 任家沟)', () => {
		const rows = ['附件：彭州市2024年汛期地质灾害隐患点避险转移责任表', '序号｜镇｜村（社区）｜组｜隐患点名称｜灾害类型｜威胁户数｜威胁人数｜监测人｜联系电话｜避险场所', '1｜龙门山镇｜宝山村｜8组｜任家沟泥石流｜泥石流｜23｜71｜任志明｜139****2617｜宝山村党群服务中心', '2｜龙门山镇｜宝山村｜3组｜太阳湾滑坡｜滑坡｜9｜28｜贺国强｜135****0842｜宝山村党群服务中心'];
		const { analysis } = text(rows.join('\n\n'));
		expect(analysis.unlocated.filter((u) => !u.name.startsWith('宝山')).map((u) => [u.name, u.committed])).toEqual([
			['任家沟', true],
			['太阳湾', true]
		]);
	});

	it('a stretch’s places, where its label’s course starts, runs and ends, commit with the work told after it', () => {
		const { analysis } = text('（一）蒲江河\n\n1.寿安街道段：起于寿安街道金家村，经七星村，止于大塘镇下游，长约4.4公里。清除河床淤积，新建堤防0.9公里。');
		expect(analysis.mentions.filter((m) => m.place === 'datangzhen').map((m) => m.commitment !== null)).toEqual([true]);
		expect(analysis.unlocated.filter((u) => u.name === '七星村').map((u) => u.committed)).toEqual([true]);
	});

	it('a table’s row whose 建设地点 holds the only place besides its district is drawn there as well as at the district', () => {
		const rows = ['附件：2024年度全市新建和改扩建再生资源分拣中心布局名单', '序号｜区（市）县｜建设地点｜建设性质｜占地面积（亩）｜计划建成时间', '1｜成华区｜龙潭街道｜改扩建｜18｜2024年12月'];
		const { analysis } = text(rows.join('\n\n'));
		expect(analysis.commitments.map((c) => c.places)).toEqual([['chenghua', 'longtanjiedao']]);
	});

	it('a table’s column of names beside where each is set up names bodies, not places (派出庭名称｜设立单位｜设立地点｜办公地址); the body that sets each up is none', () => {
		const rows = ['二、新设立的仲裁派出庭', '序号｜派出庭名称｜设立单位｜设立地点｜办公地址｜主要服务范围', '1｜天府软件园派出庭｜成都高新区劳动人事争议仲裁院｜天府软件园｜高新区天府大道中段1268号｜软件和信息服务企业'];
		const { analysis } = text(rows.join('\n\n'));
		expect(analysis.unlocated.map((u) => u.name)).not.toContain('天府软件园派出庭');
		expect(analysis.mentions.filter((m) => m.commitment !== null).map((m) => m.surface)).not.toContain('成都高新区');
		expect(mentionsOf(analysis, 'tianfu-software-park').map((m) => m.commitment !== null)).toEqual([true, true]);
	});

	it('a housing project’s name beside its address and its homes names its estate (项目名称｜项目地址｜房源套数); other projects’ names do not', () => {
		const rows = ['序号｜区（市）县｜项目名称｜项目地址｜房源套数｜供应方式', '2｜青羊区｜清江和苑｜青羊区苏坡街道清江西路｜286｜现房'];
		expect(text(rows.join('\n\n')).analysis.unlocated.map((u) => u.name)).toContain('清江和苑');
		const works = ['序号｜区（市）县｜项目名称｜项目地址｜总投资（亿元）', '2｜青羊区｜清江路提升工程｜青羊区苏坡街道清江西路｜2.6'];
		expect(text(works.join('\n\n')).analysis.unlocated.map((u) => u.name)).not.toContain('清江路提升工程');
	});

	it('a table of office buildings by their name and address names each (楼宇名称｜楼宇地址｜所属街道)', () => {
		const rows = ['一、2023年度亿元楼宇', '序号｜楼宇名称｜楼宇地址｜所属街道', '2｜仁恒置地广场｜人民南路二段1号｜盐市口街道'];
		expect(text(rows.join('\n\n')).analysis.unlocated.map((u) => u.name)).toContain('仁恒置地广场');
	});

	it('a table of ponds or parks names each by its own name, with no address beside it (山坪塘名称: 大堰塘); a known lake’s park is shown at the lake', () => {
		const rows = ['附件：2024年重点山坪塘整治项目清单', '序号｜镇（街道）｜村（社区）｜山坪塘名称｜主要整治内容｜总库容（万立方米）', '1｜三溪镇｜玉皇村｜大堰塘｜塘埂加高培厚、防渗处理｜3.2'];
		expect(text(rows.join('\n\n')).analysis.unlocated.map((u) => [u.name, u.committed])).toEqual(expect.arrayContaining([['大堰塘', true]]));
		const parks = ['序号｜区（市）县｜公园名称｜开放区域｜面积（平方米）', '1｜高新区｜锦城湖公园｜湖区东北侧草坪｜3800'];
		const { analysis } = text(parks.join('\n\n'));
		expect(mentionsOf(analysis, 'jinchenghu').map((m) => m.surface)).toEqual(['锦城湖']);
		expect(analysis.unlocated.map((u) => u.name)).not.toContain('锦城湖公园');
	});

	it('a table’s facility named after the known site it stands at is shown at that site; a district’s or a town’s keeps its own name, as does a place named after one', () => {
		const rows = ['二、公共停车场名单', '序号｜所在区域｜名称｜地址｜泊位数', '1｜金牛区｜凤凰山体育公园南侧公共停车场｜凤凰山路8号｜300', '2｜成华区｜成华区图书馆｜双林路388号｜50', '3｜龙泉驿区｜洛带镇上街刘家祠堂｜上街12号｜20', '4｜东部新区｜三岔湖安置小区｜三岔街道｜80'];
		const { analysis } = text(rows.join('\n\n'));
		expect(mentionsOf(analysis, 'fenghuangshantiyugongyuan').map((m) => m.surface)).toEqual(['凤凰山体育公园']);
		expect(analysis.unlocated.map((u) => u.name)).toEqual(expect.arrayContaining(['成华区图书馆', '洛带镇上街刘家祠堂', '三岔湖安置小区']));
		expect(analysis.unlocated.map((u) => u.name)).not.toContain('凤凰山体育公园南侧公共停车场');
		// …and so is a name beside where it is (名称｜保护级别｜所在位置), as beside its address.
		const listed = ['表1　文物古迹及历史建筑保护名录（部分）', '序号｜名称｜保护级别｜所在位置｜保护措施', '5｜观音堂｜县级文物保护单位｜白凤街｜修缮，整治周边环境'];
		expect(text(listed.join('\n\n')).analysis.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['观音堂', true],
			['白凤街', true]
		]);
	});

	it('a place’s label before a news story’s subheading commits with the first work told under it, not the other names of the subheading', () => {
		const { analysis } = text('成华区：从“猛追湾经验”到片区更新\n\n今年，区里启动二仙桥片区更新，改造老旧院落12个。');
		expect(mentionsOf(analysis, 'chenghua')[0].commitment).toBe(analysis.commitments[0].id);
		expect(mentionsOf(analysis, 'mengzhuiwan')[0].commitment).toBeNull();
	});

	it('a frame after its subject still frames: 成都市依托淮州新城…，聚焦…，大力实施…', () => {
		const { analysis } = text(
			'成都市依托淮州新城等6个主要承载地和龙泉汽车城等5个协同发展地，聚焦动力电池及储能、光伏、氢能六大领域，大力实施绿色低碳产业建圈强链行动。'
		);
		expect(analysis.commitments).toHaveLength(1);
		expect(analysis.commitments[0].verb).toBe('大力实施');
		expect(analysis.commitments[0].places).toEqual(['huaizhouxincheng', 'longquanqichecheng']);
	});

	it('a project’s place (该项目位于…) is committed by the clause after its figures, but a place described (位于…的…) is not', () => {
		const project = text('该项目位于天府新区兴隆湖畔，总投资50亿元，建成后将成为西部地区重要的科创平台。').analysis;
		expect(project.commitments.map((c) => [c.verb, c.places])).toEqual([['建成', ['tianfuxinqu', 'xinglonghu']]]);
		expect(text('位于天府新区的成都科学城，是国家重大科技基础设施集聚区。').analysis.commitments).toEqual([]);
		expect(text('天府新区位于成都南部，是国家级新区。').analysis.commitments).toEqual([]);
		// A place that only says where the next one is (位于…的) belongs to the project's commitment, which is drawn at the project.
		const park = text('位于成华区的北湖生态公园二期年内建成开放。').analysis;
		expect(park.commitments.map((c) => c.places)).toEqual([['beihushengtaigongyuan']]);
		expect(park.mentions.map((m) => m.commitment)).toEqual([park.commitments[0].id, park.commitments[0].id]);
		expect(text('紧邻武侯祠的三国文化研究展示中心年内建成开放。').analysis.commitments.map((c) => c.places)).toEqual([['sanguowenhuayanjiuzhanshizhongxin']]);
		// …but where nothing named follows, the place 位于 names is all there is to draw.
		expect(text('位于簇锦街道的新建公办学校主体结构已于8月封顶。', 'city', '2025-10-10').analysis.commitments.map((c) => c.places)).toEqual([['cujinjiedao']]);
		// So are the places listed there: neither street only locates the other.
		expect(text('位于华兴街道、金花桥街道的2个社区卫生服务站已投入运营。', 'city', '2025-10-10').analysis.commitments.map((c) => c.places)).toEqual([['huaxingjiedao', 'jinhuaqiaojiedao']]);
		// …as is the place a site no map knows lies next to (annotators 3:0): 临近锦城绿道、锦江公园的小区, 紧邻东郊记忆的一处老厂房.
		expect(text('紧邻天府机场的一处地块将建设物流园。', 'city', '2025-10-10').analysis.commitments.map((c) => c.places)).toEqual([['tianfu-airport']]);
		expect(text('这里紧邻天府国际机场的区位优势明显。', 'city', '2025-10-10').analysis.commitments).toEqual([]);
		expect(text('在距天府机场不远的三岔湖，将实施环湖生态修复。').analysis.commitments.map((c) => c.places)).toEqual([['sanchashuiku']]);
		// The ends of a line's or a road's course are where its work runs, as readers mark them.
		expect(text('8号线二期新建线路起于一期终点莲花站，止于文星站。').analysis.commitments.map((c) => c.places)).toEqual([['metro-8', 'lianhuazhan', 'wenxingzhan']]);
		// A project's place, its course after it, commits with the work its sentence goes on to.
		const road = text('2.成南高速公路扩容工程（成都段）。位于成华区、新都区、青白江区，起于成都三环路青龙场立交，止于金堂县与遂宁市交界处，全长约62公里，按双向八车道标准扩容。').analysis;
		expect(road.mentions.slice(0, 3).map((m) => [m.surface, m.commitment !== null])).toEqual([
			['成华区', true],
			['新都区', true],
			['青白江区', true]
		]);
		expect(text('高起点策划空港新城临空经济商圈。').analysis.commitments.map((c) => c.places)).toEqual([['konggangxincheng']]);
		// So does a place another lies by, when the map knows the other; by a name no map knows, it is all there is to draw.
		expect(text('兴隆湖畔的独角兽岛二期年内投用。').analysis.commitments.map((c) => c.places)).toEqual([['dujiaoshoudao']]);
		expect(text('武侯祠旁边的三国文化研究展示中心有望年内建成开放。').analysis.commitments.map((c) => c.places)).toEqual([['sanguowenhuayanjiuzhanshizhongxin']]);
		expect(text('加快建设锦江畔的滨水步道。').analysis.commitments.map((c) => c.places)).toEqual([['jinjiang-river']]);
		// A place another lies in, or next to: 沸腾小镇内的沸腾里, 3号线相邻的市二医院站.
		expect(text('在沸腾小镇内的沸腾里设立川菜非遗研学工坊。').analysis.commitments.map((c) => c.places)).toEqual([['feitengli']]);
		expect(text('地铁3号线相邻的市二医院站、新南门站将同步改造。').analysis.commitments.map((c) => c.places)).toEqual([['shieryiyuanzhan', 'xinnanmenzhan']]);
		// What a project lies next to, its clause ending there, and the places a stretch borders on.
		expect(text('北京启元智算西南研发总部将入驻科创生态岛，项目紧邻地铁1号线兴隆湖站，预计明年投入使用。').analysis.commitments.map((c) => c.places)).toEqual([['kechuangshengtaidao']]);
		expect(text('加快宝光寺与金牛区、成华区交界地带城市更新。').analysis.commitments.map((c) => c.places)).toEqual([['baoguangsi']]);
		// What a distance is measured from, by length or by time: a notice's site is where it is, not by what.
		const site = (where: string) => text(`二、招商点位\n1号点位：锦江绿道华阳驿站。位于华阳街道锦江东岸，${where}，建筑面积900平方米。`).analysis;
		for (const where of ['距地铁1号线华阳站约600米', '距天府国际机场仅30分钟车程']) {
			const { mentions, commitments } = site(where);
			expect(commitments.map((c) => [c.verb, c.places])).toEqual([['招商', ['jinjiang-park', 'huayangjiedao', 'jinjiang-river']]]);
			expect(mentions.filter((m) => m.commitment === null).map((m) => m.surface)).toEqual(where.startsWith('距地铁') ? ['地铁1号线', '华阳站'] : ['天府国际机场']);
		}
		// A place that only says which the next is (所在的), whether the map knows the next or not.
		expect(text('对望平坊所在的猛追湾街道沿街老旧商住楼开展安全检查。').analysis.commitments.map((c) => c.places)).toEqual([['mengzhuiwanjiedao']]);
		expect(text('东郊记忆所在的建设南支路完成立面整治。').analysis.commitments).toEqual([]);
		// The stops of a route are where it runs, not where work is done.
		expect(text('新开通社区公交12条，其中熊猫专线途经熊猫大道、动物园站直达熊猫基地。在动物园站增设公交站台。').analysis.commitments.map((c) => c.places)).toEqual([['dongwuyuanzhan']]);
		// The course of the line the sentence works on is its work's, told in a clause of its own or of its section.
		expect(text('8号线二期自莲花站向西南延伸，途经武侯区、双流区，新设车站6座。').analysis.commitments.map((c) => c.places)).toEqual([['metro-8', 'lianhuazhan', 'wuhou', 'shuangliu']]);
		expect(text('地铁30号线一期全面开工，线路西起温江区，东至成华区，中途经过郫都区犀浦街道。').analysis.commitments.map((c) => c.places)).toEqual([['metro-30', 'wenjiang', 'chenghua', 'xipujiedao']]);
		expect(text('10号线三期由太平园站向北延伸，经青羊区至金牛区，新设车站9座。').analysis.commitments.map((c) => c.places)).toEqual([['metro-10', 'taipingyuanzhan', 'qingyang', 'jinniu']]);
		// So does a district written right before a place it holds: it belongs to the commitment, which is drawn at the
		// place alone. One before a name no map knows is drawn.
		const held = text('加快建设新津天府农博园和成华区北湖生态公园。').analysis;
		expect(held.commitments.map((c) => c.places)).toEqual([['tianfunongboyuan', 'beihushengtaigongyuan']]);
		expect(committedOf(held)).toEqual([
			['新津', true],
			['天府农博园', true],
			['成华区', true],
			['北湖生态公园', true]
		]);
		expect(text('加快建设成华区某某小区配套学校。').analysis.commitments.map((c) => c.places)).toEqual([['chenghua']]);
		expect(text('金堂县的淮州新城要加快建设新材料产业集群。').analysis.commitments.map((c) => c.places)).toEqual([['huaizhouxincheng']]);
		expect(text('新都境内石佛站年内建成投用。').analysis.commitments.map((c) => c.places)).toEqual([['shifozhan']]);
		// A speech's pledge of a district's part commits nothing of it.
		expect(text('在加快建设公园城市示范区中展现香城担当、贡献新都力量。').analysis.commitments).toEqual([]);
		// …nor the calling card a place is known by: 做靓宝光桂湖文化名片 (its sites' own work still commits).
		expect(text('做靓桂湖文化名片。推进桂湖公园文物保护利用。').analysis.commitments.map((c) => c.verb)).toEqual(['推进']);
		// …nor the resources work draws on, where it is done still committing: 依托…等文化资源，办好梨花溪文化旅游节.
		const drawn = text('我们还将依托宝墩遗址、老君山等文化资源，办好第六届梨花溪文化旅游节。').analysis;
		expect(committedOf(drawn)).toEqual([
			['宝墩遗址', false],
			['老君山', false],
			['梨花溪', true]
		]);
		// …in the clause of the work itself too, but not where the work is done after them.
		expect(text('依托老官山汉墓等文化资源建设中医药文化展示馆。').analysis.mentions.map((m) => m.commitment !== null)).toEqual([false]);
		expect(text('依托文化资源在天回镇建设展示馆。').analysis.mentions.map((m) => m.commitment !== null)).toEqual([true]);
		// Resources worked on are the work's sites (annotators 6:0).
		expect(text('用好东安湖体育公园、凤凰山体育公园等场馆资源。').analysis.mentions.map((m) => m.commitment !== null)).toEqual([true, true]);
		// …nor its people: 让香城人推窗见绿 (its 人口 and 人才 are its own).
		expect(committedOf(text('新都区还将新建城市公园5个，让香城人推窗见绿。').analysis)).toEqual([
			['新都区', true],
			['香城', false]
		]);
		// …but a smart upgrade of a place is work at it.
		expect(text('实施天府大道智慧化改造。').analysis.commitments.map((c) => c.places)).toEqual([['tianfudadao']]);
		// So do the lines written before their station, one or a list; a line before a stretch between stations commits.
		expect(text('同步实施地铁7号线理工大学站新增D出入口工程。').analysis.commitments.map((c) => c.places)).toEqual([['ligongdaxuezhan']]);
		expect(text('其中2号线、3号线春熙路站要在年内增设夜间导流设施。').analysis.commitments.map((c) => c.places)).toEqual([['chunxiluzhan']]);
		expect(text('加快推进4号线万盛站至光华公园站区段改造。').analysis.commitments.map((c) => c.places)).toEqual([['metro-4', 'wanshengzhan', 'guanghuagongyuanzhan']]);
		// So does a district in brackets after the project it holds; after a project no map knows, it commits.
		const places = (body: string) => text(body).analysis.commitments.map((c) => c.places);
		expect(places('加快建设龙泉汽车城新能源整车扩能项目（龙泉驿区）。')).toEqual([['longquanqichecheng']]);
		expect(places('加快建设成渝中线高铁站房工程（金牛区、简阳市）。')).toEqual([['chengyuzhongxiangaosutielu']]);
		expect(places('加快建设人民北路与北站西二路交叉口（金牛区，2025年12月）。')).toEqual([['jinniu']]);
		expect(places('严禁前往青城后山、彭州境内的湔江河谷等山区景区。')).toEqual([['qingchengshan', 'longmenshanjianjianghegu']]);
		// The districts a river runs through, before it or its banks, only locate them.
		expect(places('流经温江、双流、新津的金马河将建设百公里滨水骑行道。')).toEqual([['jinmahe']]);
		expect(places('对锦江流经锦江区、成华区、武侯区、高新区的约22公里岸线开展品质提升。')).toEqual([['jinjiang-river']]);
		// A place that says where the one before lies (三坝水库位于彭州市…) is a mention; after a project no map knows, it commits.
		expect(places('三坝水库位于彭州市湔江上游，计划于2027年底下闸蓄水。')).toEqual([['sanbashuiku']]);
		// So after the place's label: 淮州新城：位于金堂县境内，重点发展….
		expect(places('2. 淮州新城：位于金堂县境内，重点发展氢能装备产业。')).toEqual([['huaizhouxincheng']]);
	});

	it('a partner the work is done with belongs to its work: 加强与金牛区、青白江区的协同, 联合成都高新区在…举办', () => {
		const places = (body: string) => text(body).analysis.commitments.map((c) => c.places);
		expect(places('推进金青新大港区公共配套建设，加强与金牛区、青白江区的财政协同。')).toEqual([['jinqingxindagangqu']]);
		// …and where partners are all it names, the work is theirs too (annotators 138:5 across the held-out sets).
		expect(places('深化与新经济活力区、天府国际生物城的产业链协作。')).toEqual([['xinjingjihuoliqu', 'tianfuguojishengwucheng']]);
		// A district that holds to a principle first (将坚持, 坚持) does the work the clause after it names.
		expect(places('新津区将坚持“先安置、后拆迁”，在金桥社区、马王村就近建设安置小区3个。')).toEqual([['xinjin']]);
		expect(places('龙泉驿区坚持“存量焕新”与“增量引育”并重，全力打造世界级新能源汽车产业集群。')).toEqual([['longquanyi']]);
		// …as do districts that draw on an example first (深入学习运用…经验).
		expect(places('蒲江县、大邑县三地深入学习运用“千万工程”经验，坚持片区协同，统筹推进乡村建设。')).toEqual([['pujiang', 'dayi']]);
		// Four districts that frame the work together: 都江堰市、彭州市、崇州市、大邑县将围绕…，实施….
		expect(places('都江堰市、彭州市、崇州市、大邑县将围绕龙门山，实施生态修复项目9个。')).toEqual([['dujiangyan', 'pengzhou', 'chongzhou', 'dayi', 'longmenshan']]);
		// A plan's list of projects: the sites, then the work done there.
		expect(places('跳蹬河街道：杉板桥社区、跳蹬河社区共14个院落，实施连片改造；')).toEqual([['tiaodenghejiedao']]);
		expect(text('跳蹬河街道：杉板桥社区、跳蹬河社区共14个院落，实施连片改造；').analysis.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['杉板桥社区', true],
			['跳蹬河社区', true]
		]);
		// So does one that will work somewhere, in the clause after: 郫都区将在…沿线，实施….
		expect(places('郫都区将在三道堰镇青杠树村、安德街道安龙村等柏条河水源保护区沿线，实施“清源保水”行动。')).toEqual([
			['pidu', 'sandaoyanzhen', 'andejiedao', 'baitiaohe']
		]);
		// …but in a district's own text the work is the district's, and its partners belong to it.
		const own = text('深化与天府新区、蒲江县协同发展。', 'qionglai').analysis;
		expect(own.commitments.map((c) => c.places)).toEqual([['qionglai']]);
		expect(own.mentions.map((m) => [m.surface, commitmentOf(own, m)?.places ?? null])).toEqual([
			['天府新区', ['qionglai']],
			['蒲江县', ['qionglai']]
		]);
		expect(places('与金牛区和青白江区协同推进金青新大港区基础设施互联互通。')).toEqual([['jinqingxindagangqu']]);
		// A partner belongs to the work whatever the verb of its own clause: …，与天府绿道有效衔接.
		const joined = text('沿西河建设滨河绿道8公里，与天府绿道有效衔接。').analysis;
		expect(joined.mentions.map((m) => [m.surface, commitmentOf(joined, m)?.places ?? null])).toEqual([
			['西河', ['xihe']],
			['天府绿道', ['xihe']]
		]);
		expect(places('联合成都高新区在新经济活力区举办场景供需对接会12场。')).toEqual([['xinjingjihuoliqu']]);
		expect(places('与崇州、邛崃联合推出“川西古镇”旅游联票，在天府新区共同举办推介会。')).toEqual([['tianfuxinqu']]);
		// An event held at a place is held there as one hosted: 举行 as 举办 (a signing ceremony held is not, see language.test).
		expect(places('3月28日上午在丹景山镇举行开幕式。')).toEqual([['danjingshanzhen']]);
		// So is a place whose experience is spread: 推广猛追湾…更新经验.
		expect(places('推广猛追湾、望平坊“政府引导、市场运作”更新经验，开展宽窄巷子业态提升。')).toEqual([['kuanzhaixiangzi']]);
		// …or a benchmark the work measures itself by.
		expect(places('对标春熙路、交子公园等高能级商圈，实施宽窄巷子业态提升。')).toEqual([['kuanzhaixiangzi']]);
		// …or learned from, past the comma of the first example: …建设经验，以及锦江区水井坊街道…等地…经验做法.
		expect(places('学习借鉴上海等地“15分钟社区生活圈”建设经验，以及锦江区水井坊街道、高新区桂溪街道等地社区发展治理经验做法，开展宽窄巷子业态提升。')).toEqual([['kuanzhaixiangzi']]);
		// …and so is the other side of a difference the work keeps.
		expect(places('持续推动东郊记忆与锦江区春熙路、太古里错位发展。')).toEqual([['dongjiaojiyi']]);
		// …and so are the places listed with the first, however far it is back in the list.
		expect(places('学习借鉴上海杨浦滨江、广州永庆坊和锦江区水井坊、青羊区少城片区等更新经验，开展宽窄巷子业态提升。')).toEqual([['kuanzhaixiangzi']]);
		// …whether it is spread after its name, or summed up from places a clause names (对…，总结…经验); not the place of the work
		// before what is summed up.
		expect(places('推进猛追湾街道“居民自治+企业运营”的老旧小区改造模式在全区推广。')).toEqual([]);
		expect(places('对猛追湾街道等更新成效较好的街道，总结形成可复制推广的经验做法。')).toEqual([]);
		expect(places('深化郫都集体经营性建设用地入市改革试点，总结推广战旗村改革经验。')).toEqual([['pidu']]);
		// …and an example the text gives (以战旗村为例), not a frame (以天府国际机场为依托).
		expect(places('以战旗村为例，村集体通过盘活闲置资产，打造乡村十八坊等业态。')).toEqual([]);
		expect(places('以成华区双桥子街道利用三环路桥下空间建成的“口袋运动场”为例，日均服务居民超过600人次，相关做法可在全市推广。')).toEqual([]);
		// …unless a district does the work the sentence goes on to tell: the example's own place is still no site.
		expect(places('以火车北站为例，金牛区正结合火车北站片区综合改造，全力打造蓉北商圈。')).toEqual([['jinniu', 'rongbeishangquan']]);
		// …nor are the towns a district is made of, listed.
		expect(places('金堂县将加快建设淮州新城，全县辖赵镇、官仓6个街道和三星、竹篙10个镇。')).toEqual([['jintang', 'huaizhouxincheng']]);
		expect(places('以天府国际机场为依托，建设临空经济示范区。')).toEqual([['tianfu-airport', 'linkongjingjishifanqu']]);
		expect(places('对标东郊记忆、猛追湾的更新经验，加快推进二仙桥公园改造。')).toEqual([['erxianqiaogongyuan']]);
		// And a view said to suggest a project is no commitment.
		expect(places('此前有观点提出在双流机场周边新建大型航空物流园，课题组认为与天府机场功能重叠。')).toEqual([]);
		// Nor is a citizen's request as a reply lists it.
		expect(places('1.市民建议在浣花溪公园内开辟机动车道直通杜甫草堂停车场。')).toEqual([]);
		expect(places('3.市民要求在望江楼公园临河一侧设置垂钓平台。')).toEqual([]);
		// Nor is a rumour told, or what a place once was.
		expect(places('关于网传在龙泉山修建跨山观光索道，相关单位2024年曾开展前期研究。')).toEqual([]);
		expect(places('东安湖体育公园位于龙泉驿区，曾承办成都第31届世界大学生夏季运动会开幕式。')).toEqual([]);
		expect(places('新建社区综合体，并联合武侯区人民医院在综合体内设置家庭医生工作站。')).toEqual([]);
		// What a date says was made is the name after its 的, done; not the places the clause goes on to.
		const made = text('前年开通的资阳线现在可以从天府机场直达资阳。').analysis;
		expect(made.commitments.map((c) => [c.status, c.places])).toEqual([['reported', ['metro-s3']]]);
		expect(text('将于2027年开通的资阳线加快建设。').analysis.commitments.map((c) => c.status)).toEqual(['planned']);
		// …but its course, told from its start, is its own: 此次开通的13号线一期西起青羊区金沙博物馆站….
		expect(committedOf(text('此次开通的13号线一期西起青羊区金沙博物馆站，东至龙泉驿区东安湖站。').analysis)).toEqual([
			['13号线', true],
			['青羊区', true],
			['金沙博物馆站', true],
			['龙泉驿区', true]
		]);
		// …and so is where what was made or chosen lies, counted or of this batch (annotators 4:0); not where a stock lies.
		expect(places('已建成的6个中心分别位于青羊区蔡桥街道、龙泉驿区大面街道，均采取政府建设、国有企业运营模式。')).toEqual([['caiqiaojiedao', 'damianjiedao']]);
		expect(places('本年度入选的18个项目分布在锦江区、青羊区、金牛区。')).toEqual([['jinjiang', 'qingyang', 'jinniu']]);
		expect(places('全市已建成的绿道主要分布在锦江区、青羊区。')).toEqual([]);
		// …or what they each are (此次入选的2个项目分别为：…), and this batch's told with 此次.
		expect(places('此次入选的2个项目分别为：锦江区白鹭湾湿地公园、青羊区浣花溪公园。')).toEqual([['bailuwanshidigongyuan', 'huanhuaxigongyuan']]);
		// A batch named, recognised or published is chosen as one that entered (此次新认定的…分别为：…, 本次命名的道路主要分布在…,
		// 此次公布的服务点覆盖…); a list published is not (名单公布实施, 公布的名单中有锦江区).
		expect(places('此次新认定的2处基地分别为：锦江区白鹭湾湿地公园、青羊区浣花溪公园。')).toEqual([['bailuwanshidigongyuan', 'huanhuaxigongyuan']]);
		expect(places('本次命名的道路主要分布在锦江区、青羊区。')).toEqual([['jinjiang', 'qingyang']]);
		expect(places('本批次命名的道路、桥梁分布在锦江区、青羊区。')).toEqual([['jinjiang', 'qingyang']]);
		expect(places('此次公布的服务点覆盖锦江区、青羊区。')).toEqual([['jinjiang', 'qingyang']]);
		expect(places('名单自公布之日起施行，公布的名单中有锦江区、青羊区。')).toEqual([]);
		// …and what one makes what (认定…为…); not what a thing was found to be (经认定为…).
		expect(places('经审定，认定春熙路等6个街区为2025年度夜间经济示范街区。')).toEqual([['chunxilu']]);
		expect(places('该建筑经认定为危房，春熙路商户已搬离。')).toEqual([]);
		expect(places('此次交付的菁蓉湖人才公寓位于德源街道菁蓉湖畔。')).toEqual([['jingronghu', 'deyuanjiedao']]);
		// A place whose plan is followed: 按照天府绿道体系规划推进…; what cannot be done yet: …，现阶段不具备实施条件.
		expect(places('按照天府蓝网建设总体部署，将毗河纳入市级幸福河湖建设。')).toEqual([['pihe']]);
		expect(places('天府机场1号2号航站楼站实施18号线与资阳线站内换乘改造，现阶段不具备实施条件。')).toEqual([]);
		expect(places('推进春熙路整体更新，现阶段暂不具备整体更新条件，待二期统筹研究。')).toEqual([]);
		expect(places('目前在简阳城区、龙泉驿单独设立城市候机楼的条件尚不成熟。我们将把成都东站作为试点。')).toEqual([['chengdu-east-station']]);
		expect(places('年底前，7号线、8号线上具备条件的出口全部开通，暂不具备条件的逐一公示原因。')).toEqual([['metro-7', 'metro-8']]);
		// A sentence that ends turning the work down, however far its places are from the refusal; a proposal told back to its author.
		expect(places('经论证，金马河为岷江主要行洪通道，新建桥梁须开展防洪影响评价，且拟选桥位与现状桥梁距离较近，近期暂不具备建设条件。')).toEqual([]);
		expect(places('经论证，二仙桥东路跨沙河段位于沙河主要行洪断面，新建桥梁需开展防洪影响评价，暂不具备新建条件，该建议暂不采纳。')).toEqual([]);
		expect(places('经核查，永安湖森林公园部分区域位于生态保护红线范围内，不得新建经营性设施，暂不能按建议实施。')).toEqual([]);
		expect(places('您建议将锦江绿道由黄龙溪继续向南延伸至眉山市彭山区。')).toEqual([]);
		expect(places('您在建议中提到，东部新区随着天府国际机场投运，优质教育资源供给不足。')).toEqual([]);
		// A sentence of figures, as news opens one, reports no work, whatever verb it counts with.
		expect(places('数据显示，2024年东安湖体育公园共举办各类赛事演艺活动156场。')).toEqual([]);
		expect(places('2024年东安湖体育公园举办各类赛事演艺活动156场。')).toEqual([['donganhutiyugongyuan']]);
		// …but the plan it goes on to is one.
		expect(places('据统计，今年金牛区还计划改造老旧小区110个。')).toEqual([['jinniu']]);
		// …or the title a reply gives an item of it, and what is not planned there.
		expect(places('(二)关于在永安湖森林公园增设大型露营地和水上项目。')).toEqual([]);
		expect(places('经研究，我市动物园布局以成都动物园为主，现阶段天府新区暂无新建大型动物园的用地和规划安排。')).toEqual([]);
		// What an inspection found is the problem, not work on it; work on what it found commits.
		expect(places('巡察指出，凤凰山街道、天回镇街道部分待建地块存在建筑垃圾违规堆放现象。')).toEqual([]);
		expect(places('1.关于“推进城市更新力度不够，火车北站片区综合改造进展迟缓”的问题')).toEqual([]);
		expect(places('针对巡察指出的问题，加快推进火车北站片区综合改造。')).toEqual([['rongbeishangquan']]);
		// …and what an audit found, in a paragraph so labelled under a project's name, all its clauses; what was put right commits.
		const audited = text('（一）道路建设项目\n\n2.双林路等7条道路“微更新”改造工程\n\n审计发现的主要问题：一是部分路段工程量计算不准确；二是猛追湾街道望平社区段夜间施工扰民投诉处置不及时。\n\n整改情况：施工单位已调整猛追湾街道辖区内的施工组织安排。\n').analysis;
		expect(committedOf(audited)).toEqual([
			['猛追湾街道', false],
			['猛追湾街道', true]
		]);
		// …or under a heading that names the work.
		const shares = text('五、各区（市）县供应计划\n\n锦江区95公顷，青羊区120公顷。\n').analysis;
		expect(shares.commitments.map((c) => [c.verb, c.places])).toEqual([['供应', ['jinjiang', 'qingyang']]]);
		// …its items a place's label a line.
		const named = text('首批拟改造名单已经确定：\n\n锦江区：莲新街道的莲新农贸市场；\n\n青羊区：黄田坝街道的黄田坝农贸市场；\n\n二、其他\n').analysis;
		expect(named.mentions.filter((m) => m.commitment === null).map((m) => m.surface)).toEqual([]);
		expect(named.mentions.map((m) => m.surface)).toContain('黄田坝街道');
		// …or its own number: the tours a plan puts forward, their stops.
		const tours = text('首批推出以下线路：\n\n线路一：熊猫基地—东郊记忆—望平坊—九眼桥\n\n线路二：宽窄巷子—人民公园—天府广场\n').analysis;
		expect(tours.commitments.map((c) => [c.verb, c.line])).toEqual([['推出', 3], ['推出', 5]]);
		// …or the rows of the table it announces, under their header.
		const homes = text('由房屋征收部门新建以下房源：\n\n房源名称｜所在位置｜房源套数\n\n天回人家三期｜天回镇街道天回路｜460套\n\n金丰苑｜凤凰山街道金丰路｜280套\n').analysis;
		expect(homes.commitments.map((c) => [c.verb, c.line, c.places])).toEqual([
			['新建', 5, ['tianhuizhenjiedao']],
			['新建', 7, ['fenghuangshanjiedao']]
		]);
		// …through a heading of its parts whose work is only a note in brackets.
		const waters = text('2025年重点推进以下水体治理：\n\n（一）城市黑臭水体（巩固提升）\n\n金牛区：饮马河（金府路至二环路段）；\n\n成华区：凤凰河（成华段）。\n').analysis;
		expect(waters.commitments.map((c) => [c.verb, c.line])).toEqual([
			['重点推进', 5],
			['重点推进', 7]
		]);
		// (Not a long note of how the part is laid out: the list ends there, and the next heading names no place it works at.)
		const laidOut = text(
			'各区制定了整治清单，共8大类126项任务，逐项明确整治点位、措施、完成时限和责任单位。重点任务如下：\n\n（一）住房安全类\n\n①完成青羊区草市街街道12栋砖混住宅加固。\n\n' +
				'（五）排水防涝类（清单摘录，按“序号｜整治点位｜所在区域｜整治措施｜完成时限”排列）\n11｜营门口立交｜金牛区｜新建强排泵站1座｜2025年5月31日前\n\n' +
				'（六）交通通勤类\n\n16.加快推进地铁10号线三期建设。\n\n（七）绿道公园类\n\n18.打通锦城绿道与江安河绿道11处断点。\n'
		).analysis;
		expect(laidOut.unlocated.filter((u) => u.name === '绿道公园').map((u) => u.committed)).toEqual([false]);
		// …its cells set apart by tabs, as a table copied as text keeps them.
		const charging = text('各区（市）县2024—2026年新增充电设施建设目标如下（单位：个/座）：\n\n区（市）县\t公共充电桩\t换电站\t超充站\n\n锦江区\t4200\t12\t30\n\n青羊区\t4300\t12\t28\n').analysis;
		expect(charging.commitments.map((c) => [c.verb, c.line, c.places])).toEqual([
			['新增', 5, ['jinjiang']],
			['新增', 7, ['qingyang']]
		]);
		// …not a table of ranks and scores, whatever announced it.
		const ranks = text('综合得分排名前10位的产业功能区获评“优秀”，具体名单如下：\n\n排名｜产业功能区｜所在区（市）县｜类别｜综合得分\n\n1｜成都新经济活力区｜高新区｜新经济｜96.42\n').analysis;
		expect(ranks.commitments).toEqual([]);
		// …or the places a list names for it.
		expect(places('根据各区上报的计划，首批拟改造名单已经确定：锦江区莲新街道的莲新农贸市场、东光街道的东光农贸市场。')[0]).toEqual(['lianxinjiedao', 'dongguangjiedao']);
		// Work shared out, each place its share after the colon.
		expect(places('各区（市）县筹集任务为：锦江区1800套（间）、青羊区2200套（间）。')).toEqual([['jinjiang', 'qingyang']]);
		// …its shares on a line of their own after a note of their units.
		const targets = text('各区（市）县2025年新建绿道目标任务（单位：公里）：\n\n龙泉驿区45　新都区50').analysis;
		expect(targets.commitments.map((c) => [c.verb, c.places])).toEqual([['新建', ['longquanyi', 'xindu']]]);
		// Whom a department works with (已会同, 将会同) is a partner too.
		expect(places('假期期间，我局已会同成华区在熊猫基地增开地铁接驳专线。')).toEqual([['panda-base']]);
		// …but where they are all the sentence names, the work is theirs.
		expect(places('我局将会同东部新区管委会、龙泉驿区、简阳市建立联席会议制度。')).toEqual([['longquanyi', 'jianyang']]);
		expect(places('市住建局会同市交通运输局和锦江区、青羊区等区，推进背街小巷整治。')).toEqual([['jinjiang', 'qingyang']]);
		// …as are those a district must work with (要会同); those information is shared with, all the sentence names, share the work.
		expect(places('会议要求，青白江区要会同新都区、金堂县做好空间规划衔接。')).toEqual([['qingbaijiang']]);
		expect(places('加强与都江堰市、彭州市、新都区、温江区等上下游区（市）的汛情信息共享。')).toEqual([['dujiangyan', 'pengzhou', 'xindu', 'wenjiang']]);
		expect(places('加强与都江堰市、彭州市等上下游区（市）的河道巡查。')).toEqual([['dujiangyan', 'pengzhou']]);
		// …and those a district reaches out to (主动对接), all it names; not the area a place is to merge with (全面对接).
		expect(places('主动对接天府国际机场和东部新区，航空物流企业加快集聚。')).toEqual([['tianfu-airport', 'dongbuxinqu']]);
		expect(places('天回片区全面对接金青新大港区。')).toHaveLength(1);
		// Who is in charge is named before 负责, what they are in charge of after it.
		expect(places('四川省机场集团负责天府机场、双流机场运行保障。')).toEqual([['tianfu-airport', 'shuangliu-airport']]);
		expect(places('施工区域的交通疏导由青羊交警大队、锦江交警大队负责。')).toEqual([]);
		expect(places('都江堰市、彭州市等区（市）县人民政府负责本行政区域内的保护工作。')).toEqual([]);
		// What is put in someone's charge before 由…负责 is worked on, and so is a district in charge of it, on its own ground,
		// as a 责任单位 field's districts are; other units are not.
		expect(places('江安河由温江区、双流区分段负责，金马河由新津区负责。')).toEqual([['jianganhe', 'wenjiang', 'shuangliu', 'jinmahe', 'xinjin']]);
		expect(places('（二）江安河流域综合治理：都江堰市、郫都区、温江区、双流区负责。')).toEqual([['jianganhe', 'dujiangyan', 'pidu', 'wenjiang', 'shuangliu']]);
		// The way round the work a notice advises is no site, even where a list's work would cover it; a route changed is.
		const detour = text(
			'为保障地铁施工顺利实施，决定采取以下交通管理措施：\n\n（一）双林路与建设北路二段交叉路口禁止由西向南左转弯。原经该路口左转的机动车，可经二环路东二段、新鸿路绕行。\n\n（二）56路公交车临时调整为经二环路东二段行驶。',
			'city',
			'2025-03-28'
		);
		expect(committedOf(detour.analysis).filter(([name]) => name === '二环路')).toEqual([
			['二环路', false],
			['二环路', true]
		]);
		// …nor is what a route keeps clear of.
		expect(committedOf(text('开通同善社区至龙潭小学定制校车线路2条，线路避开成华大道与三环路交叉口，预计9月1日开学前开行。').analysis)).toEqual([['三环路', false]]);
		// …which is the place after 避开, not the others of its clause: 涉及锦江、沙河主河道的清淤作业须避开6月至9月主汛期; nor of a table's row.
		expect(committedOf(text('涉及锦江、沙河主河道的清淤作业须避开6月至9月主汛期。').analysis)).toEqual([['锦江', true], ['沙河', true]]);
		const sites = ['序号｜工地名称｜所在区（市）县｜所在街道（镇）｜建设单位｜管控措施要求', '6｜成都东站东广场片区综合开发项目｜成华区｜保和街道｜成都成华国有资本投资运营集团有限公司｜基坑土方作业避开早晚交通高峰'];
		expect(committedOf(text(sites.join('\n')).analysis)).toEqual([['成都东站', true], ['成华区', true], ['保和街道', true]]);
		// …and so are those of a line that names its leader first (责任领导：…　责任单位：…), whether or not the map shows the task's places.
		const led = text('3．新建骑龙山至金鸡沟步游道5.8公里。\n\n责任领导：王××　责任单位：文旅发展办、骑龙社区、大面街道', 'city', '2025-02-10').analysis;
		expect(committedOf(led)).toEqual([['大面街道', true]]);
		expect(led.unlocated.filter((u) => u.name.endsWith('社区')).map((u) => [u.name, u.committed])).toEqual([['骑龙社区', true]]);
		// …and so are the towns of a 责任单位 that ends the task's sentence, at its colon or told after 为.
		const duty = (body: string) => committedOf(text(body).analysis);
		expect(duty('2. 西江河：重点清除桥涵阻水障碍，责任单位：区水务局、大面街道、西河街道。')).toEqual([
			['西江河', true],
			['大面街道', true],
			['西河街道', true]
		]);
		expect(duty('2. 西江河：重点清除桥涵阻水障碍，实施主体为大面街道。')).toEqual([
			['西江河', true],
			['大面街道', true]
		]);
		// The places the work joins up are worked on, districts a line or a route links too.
		expect(places('30号线一期将开通运营，串联青羊、武侯、锦江、龙泉驿4个区。')).toEqual([['metro-30', 'qingyang', 'wuhou', 'jinjiang', 'longquanyi']]);
		expect(places('新建滨水绿道40公里，串联棠湖公园、江安河公园等城市公园。')).toEqual([['tanghugongyuan', 'jianganhegongyuan']]);
		// A list of subjects run over commas commits with the verb after its 等; what a sentence leaves aside (除…外) does not.
		expect(places('崇州市街子古镇，邛崃市平乐古镇，大邑县安仁古镇等推出“古镇过大年”活动。')).toEqual([['jiezi-guzhen', 'pingle-guzhen', 'anren-guzhen']]);
		// …and with the verb its last item takes after its 将, where no 等 closes it.
		expect(places('地铁1号线天府广场站、锦城广场站，2号线春熙路站将视客流情况采取临时限流措施。')).toEqual([['tianfuguangchangzhan', 'jinchengguangchangzhan', 'chunxiluzhan']]);
		// …and with what a notice's item does to the list its 将 makes an object, told after its 等.
		expect(places('（一）将锦江区红星路三段、总府路，青羊区同仁路、金河路等春熙路、宽窄巷子周边道路停车泊位，由二类收费区域调整为一类收费区域。')).toEqual([['jinjiang', 'qingyang', 'chunxilu', 'kuanzhaixiangzi']]);
		// …and stations' exits listed clause by clause with the verb the last one takes.
		expect(places('比赛期间，天府广场站A、B、E出口，锦江宾馆站全部出口，华西坝站C出口临时关闭，列车在上述车站正常停靠。')).toEqual([['tianfuguangchangzhan', 'jinjiangbinguanzhan', 'huaxibazhan']]);
		expect(places('除东安湖、凤凰山两大片区外，一批大运场馆也实现了运营。')).toEqual([]);
		// A list a frame opens runs on past its commas to its 等 and the work done there.
		expect(places('沿线区县要加密巡查，对彭州市小鱼洞镇、龙门山镇，崇州市文井江镇，大邑县西岭镇等山区乡镇实行转移避险。')).toEqual([
			['xiaoyudongzhen', 'longmenshanzhen', 'wenjingjiangzhen', 'xilingzhen']
		]);
		// The district whose frame leads to the linking does the work: it is no stop on the way.
		expect(places('蒲江县将以成佳镇为核心，串联甘溪镇等茶叶主产区。')).toEqual([['pujiang', 'chengjiazhen', 'ganxizhen']]);
		// What is worked on with another place is worked on too: 推动A与B联动发展 commits A; B after 推进…与 as well.
		expect(places('推进天府国际机场与双流国际机场协同运营。')).toEqual([['tianfu-airport', 'shuangliu-airport']]);
		// 与 that is no partner's: a route between two places.
		expect(places('加快建设成都东站与天府国际机场之间的轨道快线。')).toEqual([['chengdu-east-station', 'tianfu-airport']]);
		// A project named in full before 位于 is a project all the same.
		expect(text('其中，国际中医药健康谷二期项目位于东部新区三岔湖片区，总投资40亿元，建成后将新增床位1200张。').analysis.commitments.map((c) => c.places)).toEqual([['dongbuxinqu', 'sanchashuiku']]);
	});

	it('a numbered item may open with a frame: （六）依托…等城市公园，植入消费新场景', () => {
		const { analysis } = text('（六）依托天府艺术公园、交子公园等城市公园，植入消费新场景。');
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['植入', ['tianfuyishugongyuan', 'jiaozigongyuan']]]);
	});

	it('a statistic is not a commitment', () => {
		const { analysis } = text('中心城区绿色出行分担率提升至70%。');
		expect(analysis.commitments).toEqual([]);
		expect(analysis.mentions.map((m) => [m.place, m.commitment])).toEqual([['zhongyouquyu', null]]);
		// Nor is a count of the complaints a hotline took, where they came from (annotators 60:2 across the held-out sets).
		expect(text('本月共受理施工噪音类诉求812件，主要集中在龙潭街道成宏路沿线在建工地及二仙桥街道道路改造工程。').analysis.commitments).toEqual([]);
		expect(text('二仙桥街道道路改造工程年内完工。').analysis.commitments).toHaveLength(1);
	});

	it('a question is not a commitment, even with a verb in it', () => {
		const { analysis } = text('锦江区该如何加快建设国际消费中心城市？');
		expect(analysis.commitments).toEqual([]);
		// …nor is a numbered heading of what a citizen asks, with no question mark (annotators 30:0).
		expect(text('七、春熙路与红星路路口请求增设红绿灯\n\n八、关于双流机场公交何时开通的问题\n').analysis.commitments).toEqual([]);
		expect(analysis.mentions.map((m) => [m.place, m.commitment])).toEqual([['jinjiang', null]]);
	});

	it('a sentence that announces a list commits nothing but its actor; the items do', () => {
		const { analysis } = text('郫都区今年重点抓好以下工作：一是加快建设中国川菜产业城。', 'pidu');
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['抓好', ['pidu']],
			['加快建设', ['chuancai-chanyecheng']]
		]);
		// The actor is a district or a town that says it does the work (annotators 6:0); a place where the work is done is none.
		const town = text('2025年，新场镇将以创建国家4A级旅游景区为牵引，重点抓好以下六个方面工作：\n\n（一）推进游客中心建设。', 'dayi').analysis;
		expect(town.commitments.map((c) => [c.verb, c.places])).toEqual([['抓好', ['xinchangzhen']]]);
		const site = text('今年在春熙路、宽窄巷子重点开展以下工作：\n\n（一）优化消费环境。').analysis;
		expect(site.commitments).toEqual([]);
		// …but one that sorts the work it does into kinds told after it commits itself (分为以下两类：).
		const kinds = text('在春熙路、宽窄巷子等9处路段施划限时停车泊位共186个，分为以下两类：\n\n（一）上下学接送泊位。').analysis;
		expect(kinds.commitments.map((c) => [c.verb, c.places])).toEqual([['施划', ['chunxilu', 'kuanzhaixiangzi']]]);
		// An announcement whose colon ends another sentence of its paragraph, and one that opens what it lists.
		const closed = text('自7月8日20时起，下列区域临时关闭，恢复开放时间另行通知。关闭期间，请市民不得翻越围挡：\n\n（一）江安河绿道、毗河绿道临水段；\n').analysis;
		expect(closed.commitments.map((c) => [c.verb, c.places])).toEqual([['临时关闭', ['jianganhe-greenway', 'pihe-greenway']]]);
		const shelters = text('中心城区主要应急避难场所如下，遇紧急情况时立即开放：\n\n1. 人民公园；\n2. 塔子山公园。\n').analysis;
		expect(shelters.commitments.map((c) => [c.verb, c.places])).toEqual([
			['立即开放', ['renmingongyuan']],
			['立即开放', ['tazishangongyuan']]
		]);
	});

	it('the ground a sentence builds on (在去年…的基础上) is work done, with its own verb; the work after it is planned', () => {
		const { analysis } = text('在去年8号线二期、10号线三期开通运营的基础上，年内建成13号线一期、27号线一期。在去年简阳燃机调峰电站全面投运的基础上，加快大邑抽水蓄能电站建设。', 'city', '2026-02-01');
		expect(analysis.commitments.map((c) => [c.verb, c.status, c.places])).toEqual([
			['开通运营', 'reported', ['metro-8', 'metro-10']],
			['建成', 'planned', ['metro-13', 'metro-27']],
			['全面投运', 'reported', ['jianyangranjitiaofengdianzhan']],
			['加快', 'planned', ['dayichoushuixunengdianzhan']]
		]);
	});

	it('a partner the work is built with (与成都东部新区共建的简州新城…) and a place whose growth falls short commit nothing', () => {
		const places = (body: string) => text(body, 'city', '2025-12-27').analysis.commitments.map((c) => c.places);
		expect(places('与双流区共建黄龙溪古镇周边生态绿廊。')).toEqual([['huanglongxiguzhen']]);
		expect(places('协同金牛、新都推进金青新大港区一体化发展。')).toEqual([['jinqingxindagangqu']]);
		expect(places('会同青羊区于11月底前在宽窄巷子新增临时停车泊位300个。')).toEqual([['kuanzhaixiangzi']]);
		expect(places('二是东部新区、淮州新城等新城产业人口集聚不及预期。')).toEqual([]);
	});

	it('work a place takes on commits it (要承接先进制造项目, 列为必保项目); where that work comes from does not', () => {
		const places = (body: string) => text(body, 'city', '2025-12-27').analysis.commitments.map((c) => c.places);
		expect(places('石板滩新城、金青新大港区要承接先进制造项目。')).toEqual([['shibantanxincheng', 'jinqingxindagangqu']]);
		expect(places('我们把17号线二期、成眉线列为全年必保项目。')).toEqual([['metro-17', 'chengmeixian']]);
		expect(places('三是主动承接高新西区电子信息产业外溢项目。')).toEqual([]);
		expect(places('积极承接成都中心城区健康服务外溢。')).toEqual([]);
	});

	it('a proposal’s item (建议…) is not the city’s commitment; a reply that takes it up is', () => {
		const { analysis } = text('1.建议加快推进地铁8号线北延。\n您提出的建议很有价值，我们将加快推进地铁8号线北延前期工作。\n');
		expect(analysis.commitments.map((c) => [c.line, c.places])).toEqual([[2, ['metro-8']]]);
		expect(mentionsOf(analysis, 'metro-8')).toHaveLength(2);
		// The title a reply gives the proposal names it; what the reply says of it decides.
		expect(text('**案　　由：** 关于推动火车北站枢纽片区一体化更新的提案\n').analysis.commitments).toEqual([]);
		const reply = text('（一）关于将4号线由万盛站向西延伸至寿安镇的建议。经与市级轨道交通主管部门沟通，该线路延伸未纳入近期建设规划。\n').analysis;
		expect(reply.commitments).toEqual([]);
		// What a deputy or a resident is said to suggest.
		expect(text('另有代表建议，在机车厂站增设一处出入口。\n').analysis.commitments).toEqual([]);
		// …not the work done on a suggestion taken up.
		expect(committedOf(text('9.温江区结合代表建议，完成江安河绿道提升8.6公里。\n').analysis)).toEqual([
			['温江区', true],
			['江安河绿道', true]
		]);
		expect(text('市人大代表、某社区党委书记王丽建议，在踏水桥站施工期间优化周边交通组织。\n').analysis.commitments).toEqual([]);
		expect(text('市人大代表赵琳说，出行方便多了。她建议，在人民北路站、驷马桥站增设无障碍电梯。\n').analysis.commitments).toEqual([]);
		expect(text('市政协委员王嘉则提醒，低空航线规划要避开天府机场和双流机场的净空保护区。\n').analysis.commitments).toEqual([]);
		expect(text('有专家指出，万盛站为既有运营车站，站后折返线改造须在不中断运营的条件下实施。\n').analysis.commitments).toEqual([]);
		// A company's own work is not the city's (某航空物流企业去年在空港新城建成西南区域分拨中心); work the city leads companies to is.
		expect(text('某国内头部航空物流企业去年在空港新城建成西南区域分拨中心。\n').analysis.commitments).toEqual([]);
		expect(text('该公司计划在淮州新城投资建设锂电材料生产线。\n').analysis.commitments).toEqual([]);
		expect(text('今年1月，一家总部位于深圳的人工智能企业宣布在淮州新城投资30亿元建设研发总部；另一家本土企业则在天府软件园新建实验室。\n').analysis.commitments).toEqual([]);
		expect(text('引导企业在空港新城建设区域分拨中心。\n').analysis.commitments.map((c) => c.places)).toEqual([['konggangxincheng']]);
		// …companies named with 等企业 or a branch, or one speaking of its plans; one signing with a district, one investing, or
		// one's spokesman telling its plans after 表示.
		for (const own of [
			'顺丰、京东物流等企业已在空港新城布局区域分拨中心。',
			'记者了解到，国航西南分公司、四川航空已在双流机场周边建设维修机库。',
			'企业负责人说，公司还计划三年内在空港新城布局区域研发总部。',
			'中国铁建旗下地产企业已与双流区签约，拟投资42亿元在双流西站东侧建设TOD综合体。',
			'龙湖集团投资建设的龙泉驿站TOD商业综合体预计2026年开业。',
			'华润置地相关负责人表示，公司将在天府站片区持续加大投入。',
			// …and one by its full name that will build or set up at a place.
			'在新能源汽车领域，总部位于江苏常州的星源动力科技有限公司将投资38亿元，在龙泉汽车城建设动力电池生产基地。',
			'深圳云翼低空科技有限公司拟在成都经开区设立西南区域总部。',
			// …and a place's merchants.
			'春熙路、太古里、交子公园等商圈商家将同步推出新春促销活动。'
		])
			expect([own, text(`${own}\n`).analysis.commitments]).toEqual([own, []]);
		expect(text('市城投公司将在天府站片区建设人才公寓。\n').analysis.commitments).toHaveLength(1);
		expect(text('引导顺丰、京东物流等企业在空港新城布局区域分拨中心。\n').analysis.commitments).toHaveLength(1);
		// …or analyses or forecasts: an expert's view of what a new line will do is no commitment of the city.
		expect(text('一位专家分析，新线的开通将进一步提升中心城区轨道交通网络密度。\n').analysis.commitments).toEqual([]);
		// …or a scholar, after the words that take up the point (对此，).
		expect(text('对此，西南财经大学一位教授建议，天府国际机场周边应重点承接国际货运。\n').analysis.commitments).toEqual([]);
		expect(text('业内专家预测，地铁开通将带动春熙路商圈客流增长两成。\n').analysis.commitments).toEqual([]);
		expect(text('会议指出，万盛站站后折返线改造须在不中断运营的条件下实施。\n').analysis.commitments).toHaveLength(1);
		// An option a review turned down, in its own paragraph; the one it recommends commits.
		const options = text(
			'推荐方案改造万盛站折返线，新建金马河特大桥。\n\n方案三（17号线延伸方案）：由17号线金星站向西延伸。该方案需改造金星站配线，故不予推荐。\n\n此外，会议对利用成蒲铁路既有线开行公交化列车的方案进行了讨论，认为其不宜作为替代方案。\n'
		).analysis;
		expect(options.commitments.map((c) => c.places)).toEqual([['wanshengzhan', 'jinmahe']]);
		expect(text('方案三：由17号线金星站向西延伸，改造金星站配线。\n').analysis.commitments).toHaveLength(1);
		expect(text('会议建议，在机车厂站增设一处出入口。\n').analysis.commitments).toHaveLength(1);
		// A rumour, quoted, that the city denies.
		expect(text('针对网传“地铁6号线将延伸至彭州”的说法，市交通运输局明确回应，暂无相关规划。\n').analysis.commitments).toEqual([]);
		// A suggestion after 为此, in the proposal's words, and what a reply says of a proposal it names; what it says it did commits.
		expect(text('当前堤防尚未达标。为此建议：一是加快毗河堤防达标建设；二是在毗河新都段修建橡胶坝。\n').analysis.commitments).toEqual([]);
		expect(text('为此，建议加快完善东部新区对内对外公共交通衔接。\n').analysis.commitments).toEqual([]);
		expect(text('关于经北湖生态公园将毗河与锦城绿道串联成环的建议，经与市公园城市局会商，暂不具备实施条件。\n').analysis.commitments).toEqual([]);
		// …nor the matter a reply takes up, what it does about it still committing: 关于您提到的…问题，…今年将开通….
		const matter = text('关于您提到的龙泉山城市森林公园与中心城区连通不便的问题，今年将开通从春熙路直达龙泉山城市森林公园的旅游专线3条。\n').analysis;
		expect(committedOf(matter)).toEqual([
			['龙泉山城市森林公园', false],
			['中心城区', false],
			['春熙路', true],
			['龙泉山城市森林公园', true]
		]);
		expect(text('关于在毗河修建橡胶坝的建议，我局已在毗河绿道新建步道3公里。\n').analysis.commitments.map((c) => c.places)).toEqual([['pihe-greenway']]);
		// A suggestion goes on over its ； to the end of its sentence.
		const goesOn = text('建议开行东客站至简州新城的大站快线；面向天府国际生物城开通通勤定制公交。加快建设淮州新城。\n').analysis;
		expect(goesOn.commitments.map((c) => c.places)).toEqual([['huaizhouxincheng']]);
		expect(mentionsOf(goesOn, 'tianfuguojishengwucheng').map((m) => m.commitment)).toEqual([null]);
		// A reply report's heading for the suggestion it answers, numbered and in bold.
		expect(text('**（二）关于加强东风渠成华段水环境治理的建议（第41号）**\n').analysis.commitments).toEqual([]);
	});

	it('the name of a field alone (政策支持：) commits nothing, not even the district of a scoped text', () => {
		const { analysis } = text('政策支持：对新落户的总部企业，最高奖励1000万元。\n', 'dongbuxinqu');
		expect(analysis.commitments).toEqual([]);
	});

	it('a closing call is not a commitment: 让我们…为建设…贡献成华力量', () => {
		const { analysis } = text('各位代表，新的一年，让我们更加紧密地团结起来，为建设社会主义现代化国际大都市贡献成华力量！', 'chenghua');
		expect(analysis.commitments).toEqual([]);
		expect(analysis.mentions.map((m) => [m.surface, m.commitment])).toEqual([['成华', null]]);
		// …nor a box's figures of what has been done so far.
		expect(text('【数据】\n\n已建成天府绿道：超过7000公里\n\n锦江公园已贯通绿道：约49公里', 'city').analysis.commitments).toEqual([]);
		// …nor a plenum's.
		expect(text('全会号召，全区各级党组织要团结奋斗，为奋力谱写中国式现代化双流新篇章、助力成都加快建设公园城市示范区作出新的更大贡献！', 'shuangliu').analysis.commitments).toEqual([]);
	});

	it('a district that leads a task (牵头单位) works on its own ground (annotators 159:2 on who carries work out)', () => {
		const { analysis } = text('| 序号 | 任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n| 1 | 建成锦江公园滨水慢行系统 | 锦江区 | 2025年 |\n');
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['建成', ['jinjiang-park', 'jinjiang']]]);
		expect(committedOf(analysis)).toEqual([
			['锦江公园', true],
			['锦江区', true]
		]);
	});

	it('a site named after its district is a mention of its own name, shown at the district and flagged as roughly placed', () => {
		const { analysis } = text('加快建设崇州国家现代农业产业园。\n');
		expect(analysis.mentions.map((m) => [m.surface, m.place, m.name, m.precision, m.commitment !== null])).toEqual([
			['崇州国家现代农业产业园', 'chongzhou', '崇州国家现代农业产业园', 'district', true]
		]);
	});

	it('an item of a list of places a notice names is named in its first sentence; what it says of the place after is read as it says', () => {
		const { analysis } = text('一、夜间经济示范街区(15个)\n\n1.宽窄巷子(青羊区)。以川西院落、盖碗茶和夜间川剧演艺著称。街区位于长顺上街以东，距地铁4号线宽窄巷子站约300米。\n\n二、支持措施\n');
		expect(committedOf(analysis)).toEqual([
			['宽窄巷子', true],
			['青羊区', true],
			['地铁4号线', false],
			['宽窄巷子站', false]
		]);
	});

	it('an item of a notice that names new roads names the road and where it lies, not what is near it or at its ends', () => {
		const { analysis } = text('成都市双流区民政局关于双流区部分新建道路命名的公告\n\n一、西航港街道（4条）\n\n1.航憬路：位于西航港街道，成都双流国际机场东侧。东西走向，东起机场南四路，西止航安街，全长约1260米。\n');
		expect(committedOf(analysis).slice(-2)).toEqual([
			['西航港街道', true],
			['成都双流国际机场', false]
		]);
		expect(analysis.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['航憬路', true],
			['机场南四路', false],
			['航安街', false]
		]);
	});

	it('where what moves was before is not where it is committed to: 将原先分散在武侯区人民南路…的办事窗口整体搬迁至天府广场', () => {
		const { analysis } = text('市里将原先分散在武侯区人民南路和锦江区红星路的办事窗口整体搬迁至天府广场。');
		expect(analysis.commitments.map((c) => c.places)).toEqual([['tianfuguangchang']]);
		expect(analysis.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['人民南路', false],
			['红星路', false]
		]);
	});

	it('what a place has built so far, counted, describes it: 天府绿道累计建成9500余公里, 武侯区目前已建成社区食堂43个', () => {
		const places = (body: string) => text(body, 'city', '2025-12-01').analysis.commitments.map((c) => c.places);
		expect(places('截至11月底，全市天府绿道累计建成9500余公里。')).toEqual([]);
		expect(places('据悉，武侯区目前已建成社区食堂43个，日均服务老人约8000人次。')).toEqual([]);
		expect(places('天府绿道新津段累计建成320公里。')).toEqual([]);
		// What it built into use, and what a list of places built, are work done.
		expect(places('2022年以来，天府新区累计建成投用中小学38所。')).toEqual([['tianfuxinqu']]);
		expect(places('崇州市在隆兴镇、白头镇等地累计建成高标准农田28.6万亩。')).toEqual([['chongzhou', 'longxingzhen', 'baitouzhen']]);
	});

	it('a school in a zoning list enrols; the places of its catchment only say whose children it takes in', () => {
		const { analysis } = text('成都市双林小学　划片范围：双桥子街道双林社区、水碾河路北社区，以及双林路以东的区域。\n', 'chenghua', '2025-06-27');
		expect(analysis.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['双林小学', true],
			['双林社区', false],
			['水碾河路北社区', false],
			['双林路', false]
		]);
		expect(analysis.mentions.map((m) => [m.surface, m.commitment])).toEqual([['双桥子街道', null]]);
		// …numbered, its name a sentence of its own; or under the school's heading, for its part, with its bounds.
		const numbered = text('（一）成都市双林小学。划片范围：双桥子街道双林社区；双林路1—198号。\n', 'chenghua', '2025-06-27').analysis;
		expect(numbered.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['双林小学', true],
			['双林社区', false],
			['双林路', false]
		]);
		const part = text('（一）成都市成华区龙潭九年制学校\n\n小学部划片范围：龙潭街道龙港社区、金华社区全部。四至边界为：东至成都绕城高速，南至成华大道。\n', 'chenghua', '2025-06-16').analysis;
		expect(part.mentions.filter((m) => m.line === 3 && m.commitment !== null)).toEqual([]);
		expect(part.unlocated.filter((u) => u.line === 3 && u.committed)).toEqual([]);
		// …or told in a sentence of its own among what the school is: 招生范围为…; its catchment field makes no commitment of the district's either.
		const told = text('5．成都市成华区保和初级中学。学校位于保和街道东虹路，2025年秋季开设七年级10个班。招生范围为保和街道全域及白莲池街道天鹅社区。\n\n划片范围：白莲池街道全域。\n', 'chenghua', '2025-06-16').analysis;
		expect(told.mentions.map((m) => [m.surface, m.commitment !== null])).toEqual([
			['成华区保和初级中学', true],
			['保和街道', true],
			['保和街道', false],
			['白莲池街道', false],
			['白莲池街道', false]
		]);
		expect(told.commitments.map((c) => c.line)).toEqual([1]);
		// A plan's area, told so, is what it covers, not where it works.
		const area = text('一、规划范围\n规划范围为甘溪镇全域，包括龙泉社区和明月村、藕塘村、箭塔村3个行政村，总面积29.05平方公里，2022年末户籍人口1.15万人。片区位于蒲江县西北部，东邻大塘镇、大兴镇。\n二、发展目标\n到2025年，明月村建成全国乡村振兴示范村。\n', 'pujiang', '').analysis;
		expect(area.commitments.map((c) => c.line)).toEqual([4]);
		// Under a heading of catchments, each school enrols, up to the next part: its district's subheading and what it names after
		// its colon are aside.
		const list = text(
			['二、小学招生划片范围', '（一）新都街道', '1.新都区实验小学：新都街道龙虎社区、蜀都社区；桂湖中路以北区域。', '三、初中招生划片范围', '1.新都区升庵中学：对应新都区实验小学片区。', '四、2026年秋季新投用学校', '今年在大丰街道新建新都区北星小学。'].join('\n\n'),
			'xindu',
			'2026-05-08'
		).analysis;
		expect(list.mentions.map((m) => [m.line, m.surface, m.commitment !== null])).toEqual([
			[3, '新都街道', false],
			[5, '新都区实验小学', true],
			[5, '新都街道', false],
			[9, '新都区升庵中学', true],
			[9, '新都区实验小学', false],
			[13, '大丰街道', true],
			[13, '新都区北星小学', true]
		]);
		// …and so does each school of a table of catchments under that heading, with its town and address; its catchment's column is aside.
		const table = text(['三、小学划片范围', '所属街道｜学校名称｜学校地址｜划片范围', '双桥子街道｜成都市双林小学｜双林路246号｜双林社区、新鸿社区'].join('\n'), 'chenghua', '2025-04-28').analysis;
		expect(table.commitments.map((c) => [c.line, c.verb])).toEqual([[3, '划片']]);
		expect(table.mentions.map((m) => [m.surface, m.commitment !== null])).toEqual([['双桥子街道', true]]);
		expect(table.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['成都市双林小学', true],
			['双林路', true],
			['双林社区', false],
			['新鸿社区', false]
		]);
		// A heading of what the schools are as well as of their catchments is no heading of catchments: what a school is told
		// as reads as it says; its catchment (招生服务范围：) is aside still.
		const both = text(['二、各校办学情况及招生服务范围', '（二）成都市成华区东站小学', '学校紧邻成都东站东广场，是我区在保和街道片区配建的第二所公办小学，规划36个班。', '招生服务范围：保和街道和美社区、胜利社区。'].join('\n\n'), 'chenghua', '2024-08-23').analysis;
		expect(both.mentions.filter((m) => m.surface === '保和街道').map((m) => [m.line, m.commitment !== null])).toEqual([
			[5, true],
			[7, false]
		]);
	});

	it('a project’s name as an item with its course after it is built there; an assessment of what a plan may do commits nothing', () => {
		const { analysis } = text(
			['一、规划概况', '1．地铁11号线一期工程。线路北起新都区木兰镇，跨越毗河后进入成华区，止于成都东站。', '二、规划实施可能造成的主要环境影响', '（一）文物保护。12号线以地下形式邻近杜甫草堂、大慈寺。', '三、预防或者减轻不良环境影响的对策和措施', '（一）加强杜甫草堂文物保护监测。'].join('\n\n'),
			'city',
			'2025-03-01'
		);
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['建设', ['mulanzhen', 'pihe', 'chenghua', 'chengdu-east-station']],
			['加强', ['dufucaotang']]
		]);
		// …as is a line's phase named as the item of a 一是…二是… list.
		const phase = text('二是10号线三期。线路起于既有10号线太平园站，向北经武侯区，止于青羊区蔡桥站，全长约11.2公里。', 'city', '2025-03-01').analysis;
		expect(phase.commitments.map((c) => [c.verb, c.places])).toEqual([['建设', ['metro-10', 'taipingyuanzhan', 'wuhou', 'caiqiaozhan']]]);
		// Nor do the problems an inspection found, in their part, however their items read.
		const problems = ['三、存在的主要问题', '（一）执法存在短板。龙泉驿区山泉镇等地的整治进度较慢，新都区部分新建片区绿地未同步建设。', '四、意见和建议', '（一）建议市政府加快推进山泉镇违法建设整治。'];
		expect(text(problems.join('\n\n')).analysis.commitments.map((c) => c.places)).toEqual([['shanquanzhen']]);
		// …nor the part on what the plan is predicted to do, nor the items a part on sensitive sites lists after its colon.
		const predicted = ['三、主要环境敏感目标', '主要敏感目标如下：涉及文物保护单位52处。', '1.文物：规划线路下穿文殊院、大慈寺。', '四、主要环境影响预测结论', '（一）文物。13号线下穿大慈寺区段，落实减振措施后可满足文物保护要求。', '五、环境影响减缓措施', '（一）施工前对大慈寺开展结构安全评估。'];
		expect(text(predicted.join('\n\n')).analysis.commitments.map((c) => [c.line, c.places])).toEqual([[13, ['dacisi']]]);
		// The line's figures and stations after its course go on with it.
		const stations = text('1．地铁12号线一期工程。线路西起温江区永宁街道，止于成都东站。线路长约33.6公里，设站24座，主要车站有光华公园站、人民公园站。\n').analysis;
		expect(stations.mentions.slice(-2).map((m) => [m.surface, m.commitment !== null])).toEqual([
			['光华公园站', true],
			['人民公园站', true]
		]);
		// Nor does a part on what is around a site the work may touch, up to the part on what the work does.
		const surroundings = text(
			[
				'二、项目选址及周边环境概况',
				'项目周边主要环境敏感目标见下表。',
				'表1　主要环境保护目标一览表\n序号｜名称｜相对厂址方位｜距厂界最近距离｜规模｜保护级别\n1｜沱江｜E｜约85米｜大河｜《地表水环境质量标准》Ⅲ类',
				'项目评价范围内不涉及自然保护区，不在龙泉山城市森林公园等生态保护红线范围内。',
				'三、拟采取的措施',
				'（一）施工期：在沱江沿岸设置围挡。'
			].join('\n\n')
		).analysis;
		expect(surroundings.commitments.map((c) => [c.verb, c.line])).toEqual([['设置', 13]]);
		// Nor does a part on how the public replies.
		expect(text('九、意见反馈方式\n\n在天府新区华阳街道政务服务中心设置意见箱。\n').analysis.commitments).toEqual([]);
		expect(text('七、公示信息\n\n2.信函：邮寄至成都市锦城大道366号，在天府新区华阳街道政务服务中心设置意见箱。\n').analysis.commitments).toEqual([]);
		// An attachment after such a part is a piece of its own, and its table commits; the titles of a numbered list of attachments do not.
		const annex = text(['五、联系方式', '市商务局商贸流通处：028-61881000。', '附件：2024年度特色商业街区改造提升支持项目表', '序号｜区（市）县｜街区名称｜类别｜主要改造提升内容｜补助资金（万元）', '2｜锦江区｜镋钯街｜特色街区｜沿街建筑立面整治约4200平方米｜160'].join('\n\n')).analysis;
		expect(annex.commitments.map((c) => c.line)).toEqual([9]);
		const annexes = text(['二、工作要求', '各区加快推进。', '附件：1.成华区既有住宅自主增设电梯项目名单', '2.成华区既有住宅自主增设电梯财政补助资金拨付名单'].join('\n\n')).analysis;
		expect(annexes.commitments.map((c) => c.line)).toEqual([]);
	});

	it('a numbered plot named alone commits with the work told after where it lies and what it was (…地块。该地块位于…，原规划为…。本次拟调整为…)', () => {
		const plot = '1．锦江区成龙路街道JJ-07-15地块。该地块位于成龙大道以东、锦华路以南，原规划为二类工业用地（M2），现状为原工业企业搬迁后的闲置厂房。本次拟调整为中小学用地（A33），用于新建一所学校。';
		// Under a notice's 公示内容, which is its content, not how the public replies.
		const { analysis } = text(`关于控规局部调整的公示\n\n一、公示内容\n\n${plot}\n`);
		expect(analysis.mentions.map((m) => [m.surface, commitmentOf(analysis, m)?.verb])).toEqual([
			['锦江区', '调整'],
			['成龙路街道', '调整']
		]);
		// …two plots in one head too.
		const two = text('关于控规局部调整的公示\n\n2．锦江区三圣街道JJ-11-03、JJ-11-04地块。地块位于三环路外侧，原规划为商业服务业设施用地（B1）。本次拟将JJ-11-03地块调整为公园绿地（G1）。\n').analysis;
		expect(commitmentOf(two, mentionsOf(two, 'sanshengjiedao')[0])?.verb).toBe('调整');
		// …and a project named with where it lies and its figures alone, with the work the sentence after tells.
		const project = text('市中心医院项目位于龙泉驿区洛带镇，紧邻成洛大道，一期规划床位1200张。2025年，项目完成主体结构封顶。\n', 'city', '2026-03-01').analysis;
		expect(project.mentions.map((m) => [m.surface, commitmentOf(project, m)?.verb])).toEqual([
			['市中心医院', '完成'],
			['龙泉驿区', '完成'],
			['洛带镇', '完成']
		]);
		// …and so does any site a numbered item names alone: a stretch of river, the ground by a station.
		const site = text('（一）锦江区\n\n1.东风大桥至九眼桥段锦江滨水空间。利用沿河闲置边角地新建口袋公园3处，增设休憩座椅。\n', 'city', '2026-01-20').analysis;
		expect(site.mentions.filter((m) => m.surface !== '锦江区').map((m) => [m.surface, commitmentOf(site, m)?.verb])).toEqual([
			['九眼桥', '新建'],
			['锦江', '新建']
		]);
	});

	it('a zone’s extent told first commits its places with what the sentence after it does', () => {
		const { analysis } = text('一、建设路消费更新片区\n\n范围主要包括建设路街道、府青路街道部分区域。以建设路为轴，推动老旧商业载体改造。\n', 'city', '2024-06-01');
		expect(committedOf(analysis)).toEqual([
			['建设路街道', true],
			['府青路街道', true]
		]);
		// Told alone, an extent commits nothing.
		expect(text('范围主要包括建设路街道、府青路街道部分区域。\n', 'city', '2024-06-01').analysis.commitments).toEqual([]);
		// A zone's parts after its name commit with what the zone does; a plan's own extent says what it covers (规划范围为…: annotators 6:1),
		// and its parts after it commit with what it plans.
		const zone = text('（一）生态修复区。主要分布于金堂县三溪镇等区域。重点实施废弃矿山生态修复。\n', 'city', '2024-06-01').analysis;
		expect(zone.commitments.map((c) => [c.verb, c.places])).toEqual([['重点实施', ['sanxizhen']]]);
		expect(zone.mentions.map((m) => m.commitment !== null)).toEqual([true, true]);
		const plan = text('规划范围为龙泉山城市森林公园全域，规划面积约1275平方公里。其中，核心规划区位于龙泉驿区山泉镇一带。\n', 'city', '2024-06-01').analysis;
		expect(plan.commitments.map((c) => [c.verb, c.places])).toEqual([['规划', ['shanquanzhen']]]);
	});

	it('a box of a plan’s spatial layout commits the places of each part, its title none', () => {
		const { analysis } = text('专栏5-1　“十四五”彭州市文旅空间布局重点\n\n一核：天彭城市文旅核心（天彭街道、致和街道）\n', 'city', '2021-06-01');
		expect(committedOf(analysis)).toEqual([
			['彭州市', false],
			['天彭街道', true],
			['致和街道', true]
		]);
	});

	it('a plot of land told as a record is offered where its 位置 says', () => {
		const { analysis } = text('地块名称：WJ2024-07号地块　位置：温江区涌泉街道，光华大道南侧　面积：约86亩　用途：工业用地\n', 'city', '2024-03-01');
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['出让', ['yongquanjiedao']]]);
		expect(committedOf(analysis)).toEqual([
			['温江区', true],
			['涌泉街道', true]
		]);
		// …or field after field under its number, as a notice of sale lists them.
		const notice = text('（一）宗地编号：WJ2024-07\n\n宗地位置：温江区涌泉街道。\n\n净用地面积：约86亩\n', 'city', '2024-03-01').analysis;
		expect(notice.commitments.map((c) => [c.verb, c.places])).toEqual([['出让', ['yongquanjiedao']]]);
		expect(committedOf(notice).slice(0, 2)).toEqual([
			['温江区', true],
			['涌泉街道', true]
		]);
		// …its number after the plot's (宗地一：宗地编号…); the roads its 四至 names only bound it.
		const plot = text('宗地一：宗地编号JN08(252)：2025-027\n\n宗地位置：金牛区天回镇街道\n\n四至：东至川陕路，北至金牛大道\n', 'city', '2025-06-06').analysis;
		expect(plot.commitments.map((c) => [c.verb, c.places])).toEqual([['出让', ['tianhuizhenjiedao']]]);
		expect(plot.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['川陕路', false],
			['金牛大道', false]
		]);
		// A site's edges told in a clause of their own only say where it is, as a plot's 四至 does.
		const site = text('龙泉汽车城项目位于柏合街道，东至成洛大道、北至成简快速路，计划年内开工建设。\n', 'city', '2025-06-06').analysis;
		expect(committedOf(site)).toEqual([
			['龙泉汽车城', true],
			['柏合街道', true],
			['成简快速路', false]
		]);
		// …each edge in a clause of its own too, in a renewal unit's extent under its heading (实施范围：…，东至…，西至…).
		const unit = text('（一）抚琴西南街城市更新单元\n\n实施范围：位于抚琴街道，东至一环路西三段，西至二环路西三段，北至营门口路，面积约0.92平方公里。\n', 'jinniu', '2025-06-06').analysis;
		expect(unit.commitments.map((c) => c.places)).toEqual([['fuqinjiedao']]);
		expect(unit.mentions.map((m) => [m.surface, m.commitment !== null])).toEqual([
			['抚琴街道', true],
			['二环路', false]
		]);
		// …and in a project's field of where it is, which places the project (4．…工程 / 建设地点：…).
		const housing = text('1．龙潭总部经济城A-07地块住宅项目\n\n建设地点：位于成华区龙潭街道，东至华盛路，南至华泰路，西至成华大道。\n', 'chenghua', '2025-06-06').analysis;
		expect(housing.mentions.map((m) => [m.surface, m.commitment !== null])).toEqual([
			['龙潭总部经济城', true],
			['成华区', true],
			['龙潭街道', true]
		]);
		expect(housing.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['华盛路', false],
			['华泰路', false],
			['成华大道', false]
		]);
		// …and a plot a brochure offers, by its number and where it lies: what it lies next to and its edges only say where it is.
		const offered = text('五、推介地块\n\n地块3：LD-2025-02号地块。位于洛带镇，毗邻洛带古镇，东至成洛大道、北至洛带老街，净用地面积约42亩。\n', 'city', '2025-06-06').analysis;
		expect(offered.commitments.map((c) => [c.verb, c.places])).toEqual([['出让', ['luodaizhen']]]);
		// …and so do a plan's (规划范围四至：…).
		expect(text('规划范围四至：东至规划海科路西侧道路红线，南至新华大道北侧道路红线，西至杨柳河东岸蓝线。\n', 'city', '2025-06-06').analysis.commitments).toEqual([]);
		// What its buyer must build is the buyer's work; what a district builds beside it is the city's.
		const terms = text('出让条件：竞得人须按照交子公园金融商务区城市设计导则建设公共开放空间，沿锦江一侧建筑须逐级退台；宗地南侧交子公园二期由成都高新区负责实施。\n', 'city', '2024-11-08').analysis;
		expect(terms.mentions.map((m) => [m.surface, m.commitment !== null])).toEqual([
			['交子公园金融商务区', false],
			['锦江', false],
			['交子公园', true],
			['成都高新区', true]
		]);
	});

	it('a road told field after field on one line: its 起止点 is where its work is done, and belongs to it', () => {
		const known = text('2.道路名称：天府大道北延线（三期）；起止点：三环路—熊猫大道；建设内容：主线高架改造约4.3公里；责任单位：成华区\n').analysis;
		expect(known.commitments.map((c) => c.places)).toEqual([['tianfudadao', 'chenghua']]);
		expect(committedOf(known)).toEqual([
			['天府大道', true],
			['三环路', true],
			['熊猫大道', true],
			['成华区', true]
		]);
		// A road the gazetteer lacks is placed by its ends.
		const unknown = text('1.道路名称：成洛大道快速化改造；起止点：三环路—熊猫大道；建设内容：主线下穿改造约5.1公里\n').analysis;
		expect(unknown.commitments.map((c) => c.places)).toEqual([['sanhuanlu', 'xiongmaodadao']]);
	});

	it('a table of complaints commits what was done about each (处理和整改情况), not the complaint, where it was made or what was found', () => {
		const header = '编号｜交办问题｜行政区域｜调查核实情况｜处理和整改情况｜办结情况';
		const row = 'X5｜反映安德街道异味。｜郫都区｜经查。现场检查发现，2家企业晒露场未按环评要求设置异味收集设施，翻晒作业时酱香气味明显；园区企业废水全部接入安德污水处理厂。｜1.区生态环境局责令2家企业于7月20日前完成设施建设；2.安德街道对中国川菜产业城周边沟渠开展每日巡查。｜阶段性办结';
		const { analysis } = text(`${header}\n${row}\n`, 'pidu', '');
		expect(committedOf(analysis)).toEqual([
			['安德街道', false],
			['郫都区', false],
			['安德街道', true],
			['中国川菜产业城', true]
		]);
	});

	it('a table of progress: each row commits the project it names, with the status its 形象进度 tells; its 建设地点 belongs to it undrawn, its 存在问题 commits nothing', () => {
		const { analysis } = text(
			[
				'序号\t项目名称\t建设地点\t责任单位\t年度计划\t1-10月完成\t完成率\t形象进度\t存在问题',
				'一、交通基础设施（2项）',
				'1\t成都外环铁路前期工作\t新都区、金堂县\t市交通运输局\t3.0\t1.2\t40.0%\t前期\t无',
				'2\t天府国际机场西货运区扩能工程\t东部新区\t四川省机场集团\t6.0\t2.1\t35.0%\t主体施工\t江安河桥梁方案调整',
				'二、生态环境（1项）',
				// A project no map knows: its district is all there is to draw.
				'3\t滨河口袋公园\t金牛区\t金牛区人民政府\t0.5\t0.5\t100.0%\t已完工\t无'
			].join('\n'),
			'city',
			'2026-11-18'
		);
		expect(analysis.commitments.map((c) => [c.places, c.status])).toEqual([
			[['waihuantielu'], 'planned'],
			[['tianfu-airport'], 'reported'],
			[['jinniu'], 'reported']
		]);
		// A place in its 存在问题 is told, not committed; 金牛区人民政府 (责任单位) is an office, no place.
		expect(analysis.mentions.filter((m) => m.commitment === null).map((m) => m.surface)).toEqual(['江安河']);
		// Its 建设地点 says where the project is: the mention belongs to the project's commitment, which draws the project alone.
		const of = (surface: string) => analysis.commitments.find((c) => c.id === analysis.mentions.find((m) => m.surface === surface)!.commitment)!.places;
		expect(['新都区', '金堂县', '东部新区'].map(of)).toEqual([['waihuantielu'], ['waihuantielu'], ['tianfu-airport']]);
	});

	it('an official’s posts are no commitment: 曾任青白江区弥牟镇党委书记、成都国际铁路港投资建设集团副总经理', () => {
		const { analysis } = text('张某，1975年生，曾任青白江区弥牟镇党委书记、成都国际铁路港投资建设集团副总经理。');
		expect(analysis.commitments).toEqual([]);
		expect(analysis.mentions.map((m) => m.surface)).toEqual(['青白江区', '弥牟镇', '成都国际铁路港']);
	});

	it('advice to those on the move commits nothing: …的车辆，可经…绕行; …的市民游客，建议乘坐地铁4号线…', () => {
		const { analysis } = text(
			[
				'三、绕行线路',
				'管制期间，请过往车辆提前规划出行路线，按以下线路绕行：',
				'1.由一环路往二环路东二段方向的车辆，可经一环路东三段、双林路绕行。',
				'2.前往猛追湾、望平坊游览的市民游客，建议乘坐地铁4号线至市二医院站出行。',
				'',
				'二环路东二段实施临时交通管制。'
			].join('\n')
		);
		expect(analysis.commitments.map((c) => c.places)).toEqual([['erhuanlu']]);
		// …nor does a table of the ways round, whatever the list that announces it asks (出发地｜目的地｜建议绕行路线).
		const table = text('施工期间，请过往车辆合理规划出行路线，具体绕行路线如下：\n\n出发地｜目的地｜建议绕行路线\n\n成都中心城区｜淮州新城｜成巴高速金堂收费站驶出，经金广路、淮州大道前往');
		expect(table.analysis.commitments).toEqual([]);
		// …nor does what goes on as usual (annotators 7:1); what is put back to it does.
		const usual = text('四、公交线路调整\n对途经施工路段的公交线路作如下调整：\n1.地铁4号线、7号线沿线各站正常运营；\n2.地铁2号线春熙路站恢复正常运营。\n').analysis;
		expect(usual.commitments.map((c) => c.places)).toEqual([['chunxiluzhan']]);
		// The work told first, in a clause of its own, commits, the advice after it aside: the entrances closed, not the way round.
		const closed = text('地铁2号线春熙路站C口、D口自8月1日起临时封闭，乘客可经A口、B口进出站。\n\n二环路东二段实行半幅通行，请过往车辆注意绕行，可选择经三环路通行。\n\n施工期间，过往车辆可经三环路通行。\n').analysis;
		expect(committedOf(closed)).toEqual([
			['地铁2号线', true],
			['春熙路站', true],
			['二环路', true],
			['三环路', false],
			['三环路', false]
		]);
		// …nor does the way on after a stop, however it goes on (…下车可步行至东门码头，衔接夜游锦江游船).
		expect(text('乘客在东门大桥站下车可步行至东门码头，衔接夜游锦江游船。\n').analysis.commitments).toEqual([]);
	});

	it('a photo’s caption commits nothing, though it shows work (图为建设中的三岔站TOD项目; annotators 17:0)', () => {
		const { analysis } = text('图为建设中的三岔站TOD项目。（东部新区供图）\n\n▲市民在杨柳河绿道骑行。记者 田蕾 摄\n\n今年将加快建设三岔站TOD项目。\n');
		expect(committedOf(analysis)).toEqual([
			['三岔站', false],
			['东部新区', false],
			['杨柳河绿道', false],
			['三岔站', true]
		]);
	});

	it('a report that hands itself in names itself: 现将郫都区2024年…计划执行情况…提请大会审议 commits nothing', () => {
		const { analysis } = text('受区人民政府委托，现将郫都区2024年国民经济和社会发展计划执行情况与2025年计划草案提请大会审议，并请区政协委员提出意见。', 'pidu');
		expect(analysis.commitments).toEqual([]);
		expect(analysis.mentions.map((m) => [m.place, m.commitment])).toEqual([['pidu', null]]);
	});

	it('a quoted question is not a commitment either (“…？”)', () => {
		const { analysis } = text('“锦江区该如何加快建设国际消费中心城市？”');
		expect(analysis.commitments).toEqual([]);
		expect(analysis.mentions.map((m) => [m.place, m.commitment])).toEqual([['jinjiang', null]]);
	});

	it('a verb inside a document title 《…》 commits nothing, not even the district of a scoped text', () => {
		const { analysis } = text('会议审议通过了《关于加快推进航空产业发展的决定》。', 'qingyang');
		expect(analysis.commitments).toEqual([]);
	});

	it('a rule on a place commits its protection, and the phrase says what it forbids: 严禁…, 禁止新建、扩建, 不再新批', () => {
		const { analysis } = text('严禁在锦江、沙河沿岸生态控制区内建设住宅。在龙泉山城市森林公园保护范围内，禁止新建、扩建高污染项目。环城生态区内不再新批产业园区。');
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['严禁', ['jinjiang-river', 'shahe']],
			['禁止新建、扩建', ['longquanshan-forest-park']],
			['不再新批', ['huanchengshengtaiqu']]
		]);
		// What the rule asks for is committed as well: 应当加强.
		expect(text('东安湖片区应当加强水环境保护。').analysis.commitments.map((c) => c.verb)).toEqual(['加强']);
	});

	it('a plan set aside, refused or moved commits nothing where it was: 暂不考虑, 不同意, 原计划在…, 不再实施', () => {
		const committed = (s: string) => text(s).analysis.mentions.filter((m) => m.commitment).map((m) => m.place);
		expect(committed('暂不考虑在龙泉山城市森林公园核心保护区建设大型游客集散中心。')).toEqual([]);
		expect(committed('不同意在锦江合江亭至九眼桥段新增水上游船码头。')).toEqual([]);
		expect(committed('武侯区簇桥街道原拟建设的大型农贸批发市场不再实施。')).toEqual([]);
		expect(committed('原计划在金牛区建设，因选址地块涉及文物埋藏区，现调整为在新都区大丰街道建设。')).toEqual(['xindu', 'dafengjiedao']);
		// As first planned, it goes ahead.
		expect(committed('新都区按原计划建设物流园。')).toEqual(['xindu']);
	});

	it('a citizen’s own words in a hotline’s record and a delegate’s in a reply ask; the answer after 回复内容： commits', () => {
		const body = (asked: string) =>
			text(`群众诉求办理情况公开\n\n${asked}\n\n办理单位：公交集团\n\n回复内容：您好！公交集团决定增开至东安湖片区的公交线路。`).analysis.commitments.map((c) => c.line);
		expect(body('诉求内容：希望能开通一条从地铁站到东安湖片区的公交线路。')).toEqual([7]);
		expect(body('**【诉求四】东安湖片区新建小学今年秋季能否招生**')).toEqual([7]);
		// A letter told in paragraphs of its own after its field, up to the answer's.
		expect(body('**来信内容：**\n\n希望能开通一条从地铁站到东安湖片区的公交线路。')).toEqual([9]);
		// A board's netizen, named or not, up to the office that answers or its greeting.
		const board = (asked: string, answer: string) => text(`红星问政\n\n${asked}\n\n${answer}公交集团将增开至东安湖片区的公交线路。`).analysis.commitments.map((c) => c.line);
		expect(board('网友“阿亮”：东安湖片区这几年新建了很多小区，希望能开通一条从地铁站到东安湖片区的公交线路。', '龙泉驿区交通运输局回复：')).toEqual([5]);
		expect(board('网友留言：希望能开通一条从地铁站到东安湖片区的公交线路。', '网友您好！')).toEqual([5]);
		// Without the field, the same words commit.
		expect(body('希望能开通一条从地铁站到东安湖片区的公交线路。')).toEqual([3, 7]);
		// A delegate's proposal as a reply tells it, under its heading or after 您在建议中指出：.
		const reply = (asked: string) =>
			text(`关于第0316号建议的答复\n\n${asked}\n\n二、办理情况\n\n我局已开通至东安湖片区的公交线路。`).analysis.commitments.map((c) => c.line);
		expect(reply('一、建议的主要内容\n\n建议加快建设东安湖片区公交首末站。')).toEqual([9]);
		expect(reply('您在建议中指出：应加快建设东安湖片区公交首末站。')).toEqual([7]);
		expect(reply('我局将加快建设东安湖片区公交首末站。')).toEqual([3, 7]);
		// …but told in the reply's own sentence (您在建议中提出，…), they end with their paragraph: the answer follows it under the same heading.
		const told = text('关于第0318号建议的答复\n\n（一）关于地铁3号线北延至新繁街道\n\n您在建议中提出，新繁街道距中心城区约30公里，希望将地铁3号线延伸至新繁。\n\n3号线北延线自成都医学院站引出，向西北敷设，止于新繁街道。').analysis;
		expect(told.mentions.filter((m) => m.commitment !== null).map((m) => [m.line, m.surface])).toEqual([
			[7, '3号线'],
			[7, '成都医学院站'],
			[7, '新繁街道']
		]);
		// (The heading over them names the topic of its part, and commits nothing: annotators 68:1.)
		// Words quoted whole in the reply's own paragraph are asked up to their quote's end: the answer follows them there.
		const quoted = text('关于第0316号建议的答复\n\n您在建议中提出“加快建设东安湖片区公交首末站”。目前，龙泉驿区已开通至东安湖片区的公交线路。\n\n龙泉驿区将加快建设东安湖片区公交首末站。').analysis;
		expect(quoted.commitments.map((c) => [c.line, c.verb])).toEqual([[3, '开通'], [5, '加快建设']]);
		expect(quoted.mentions.map((m) => [m.line, m.surface, m.commitment !== null])).toEqual([
			[3, '东安湖', false],
			[3, '龙泉驿区', true],
			[3, '东安湖', true],
			[5, '龙泉驿区', true],
			[5, '东安湖', true]
		]);
	});

	it('the title of a document at the head of a text commits nothing; its body does', () => {
		const { analysis } = text('龙泉山城市森林公园保护条例（摘要）\n\n加快建设龙泉山城市森林公园。');
		expect(analysis.commitments.map((c) => [c.verb, c.line])).toEqual([['加快建设', 3]]);
		expect(analysis.mentions.map((m) => m.line)).toEqual([1, 3]);
		// A plan's title with its years in brackets names the plan too.
		expect(text('成都市东部新区国土空间总体规划（2021—2035年）\n\n加快建设空港新城。').analysis.commitments.map((c) => c.line)).toEqual([3]);
		expect(text('金堂县全域旅游发展规划（2025—2035年）（节选）\n\n加快建设淮州新城。').analysis.commitments.map((c) => c.line)).toEqual([3]);
		// …and so does a plan's title with its years anywhere, heading an attachment after a notice's page.
		const attached = ['关于印发《龙泉驿区学位扩容三年行动实施方案》的通知', '各街道：', '现将方案印发给你们，请认真贯彻执行。', '龙泉驿区人民政府', '2025年3月1日', '（此件公开发布）', '附件', '方案正文', '说明', '龙泉驿区学位扩容三年行动实施方案（2025—2027年）', '加快建设淮州新城。'];
		expect(text(attached.join('\n\n')).analysis.commitments.map((c) => c.line)).toEqual([21]);
		// …and a list's title on a line of its own heads the rows that commit under it, not itself.
		const list = text('加快建设淮州新城。\n\n成华区2025年城市更新和老旧院落改造项目清单\n\n序号　项目名称　建设地点　主要建设内容\n\n1　北湖生态公园二期　龙潭街道　湿地修复').analysis;
		expect(list.commitments.map((c) => c.line)).toEqual([1, 7]);
		// …a table's too, whatever it lists (2025年温江区计划新建（改扩建）学校一览表).
		const schools = text('加快建设淮州新城。\n\n2025年温江区计划新建（改扩建）学校一览表\n\n学校名称｜建设地点｜学位数｜开工时间\n\n温江区金马幼儿园｜金马街道杨柳河东路｜360｜2025年4月').analysis;
		expect(committedOf(schools)).toEqual([
			['淮州新城', true],
			['温江区', false],
			['温江区金马幼儿园', true],
			['金马街道', true]
		]);
		// …nor do the offices a notice is sent to, on the line under its title.
		const sent = text('关于印发《2025年城镇老旧小区改造计划》的通知\n\n各区（市）县住建（房管）部门，四川天府新区、成都东部新区、成都高新区公园城市建设相关部门，市级有关单位：\n\n加快建设淮州新城。').analysis;
		expect(committedOf(sent)).toEqual([
			['四川天府新区', false],
			['成都东部新区', false],
			['成都高新区', false],
			['淮州新城', true]
		]);
		// A committee's proposal for the plan (…关于制定…规划的建议) is the plan's document too.
		expect(text('中共成都市青白江区委关于制定青白江区国民经济和社会发展第十五个五年规划的建议\n\n加快建设国际铁路港。').analysis.commitments.map((c) => c.line)).toEqual([3]);
		// A weekly, a monthly, a bulletin: 成都轨道交通13号线一期工程建设周报.
		expect(text('成都轨道交通13号线一期工程建设周报\n\n加快建设淮州新城。').analysis.commitments.map((c) => c.line)).toEqual([3]);
		// Nor are the titles of what is attached, after 附件： in its paragraph.
		expect(text('加快建设淮州新城。\n\n附件：1. 锦江区电动自行车和共享单车禁停区域示意图').analysis.commitments.map((c) => c.line)).toEqual([1]);
		expect(text('加快建设淮州新城。\n\n附件：金牛区2026年城镇老旧小区改造项目清单').analysis.commitments.map((c) => c.line)).toEqual([1]);
		// A plan's map, attached, is no verb's object: 规划图.
		expect(text('加快建设淮州新城。\n\n附件：金堂县全域旅游空间布局规划图').analysis.commitments.map((c) => c.line)).toEqual([1]);
		// A headline that is no document's name still commits; so does a numbered item.
		expect(text('青白江区：全力建设国际铁路港').analysis.commitments.map((c) => c.verb)).toEqual(['全力建设']);
		expect(text('1.推进东部新区发展规划').analysis.commitments.map((c) => c.verb)).toEqual(['推进']);
	});

	it('a table’s columns say what its cells name: a station without 站, a place the gazetteer lacks, its address', () => {
		// A line's stations in its table of first and last trains, named without 站, are the stations, and run; the lines they change to are not.
		const opened = text('关于轨道交通27号线一期工程开通初期运营的公告\n\n序号｜车站｜可换乘线路｜往蜀鑫路方向首班/末班\n\n2｜石门坎｜—｜06:22/22:52\n\n7｜韦家碾｜1号线｜06:32/23:02').analysis;
		expect(opened.mentions.filter((m) => m.line > 1).map((m) => [m.surface, m.place, m.commitment !== null])).toEqual([
			['石门坎', 'shimenkanzhan', true],
			['韦家碾', 'weijianianzhan', true],
			['1号线', 'metro-1', false]
		]);
		// …and so are those the sentence that counts them lists (全线23座车站同步开放运营，由北向西依次为： / 石佛、…), one the gazetteer lacks a
		// station no map shows yet.
		const listed23 = text('开通当日，全线23座车站同步开放运营，由北向西依次为：\n\n石门坎、韦家碾、文家。', 'city', '2024-12-18').analysis;
		expect(listed23.mentions.map((m) => [m.surface, m.place, m.commitment !== null])).toEqual([
			['石门坎', 'shimenkanzhan', true],
			['韦家碾', 'weijianianzhan', true]
		]);
		expect(listed23.unlocated.map((u) => [u.name, u.committed])).toEqual([['文家站', true]]);
		// …in its own paragraph too, up to the sentence's end, a place among them as its station (杜甫草堂站).
		const listed21 = text('13号线一期工程共设车站21座，自西向东依次为：瓦窑滩、杜甫草堂、青羊宫。全线均为地下站。', 'city', '2025-12-20').analysis;
		expect(listed21.mentions.map((m) => [m.surface, m.place])).toEqual([
			['13号线', 'metro-13'],
			['瓦窑滩', 'wayaotanzhan'],
			['杜甫草堂', 'dufucaotangzhan'],
			['青羊宫', 'qingyanggongzhan']
		]);
		expect(listed21.unlocated).toEqual([]);
		// A body that sends the service, named whole in its column, is no place; a 街道 that runs it is.
		const sent = text('序号｜街道｜社区｜设置地点｜地址｜派驻单位\n\n1｜猛追湾街道｜望平社区｜社区党群服务中心二楼｜望平街37号｜猛追湾街道社区卫生服务中心\n').analysis;
		expect(sent.mentions.map((m) => m.surface)).toEqual(['猛追湾街道', '望平街']);
		const run = text('序号｜点位名称｜地址｜开放时间｜摊位数（个）｜运营主体\n\n2｜周末旧物市集｜望平街滨河步道｜每周五至周日16:00—22:00｜40｜猛追湾街道\n').analysis;
		expect(run.mentions.map((m) => m.surface)).toEqual(['望平街', '猛追湾街道']);
		// A bus depot in a table's 站点名称 column keeps its own name, a charging site by when it opens to other vehicles.
		const depots = text('序号｜站点名称｜所在区（市）县｜具体位置｜超充终端（个）｜换电工位（个）｜对社会车辆开放时间\n\n10｜苏坡公交停保场｜青羊区｜苏坡街道日月大道旁｜8｜1｜9:00—16:00\n').analysis;
		expect(depots.unlocated.map((u) => [u.name, u.committed])).toEqual([['苏坡公交停保场', true], ['日月大道', true]]);
		// A designated list's names of places the gazetteer lacks, by its 名称 column, over the streets the endings read in them; the
		// district that sorts them commits nothing. Their addresses say where they are: a place there the map knows draws them.
		const listed = text('一、第六批历史建筑名录\n\n序号  名称  地址  建成年代  类型\n\n锦江区（4处）\n\n2  耿家巷刘氏宅院  耿家巷17号  清末  传统民居\n\n3  黎坝遗址  商周  古遗址  万春镇黎坝村4组', 'city', '2025-03-18').analysis;
		expect(committedOf(listed)).toEqual([
			['锦江区', false],
			['万春镇', true]
		]);
		expect(listed.commitments.map((c) => [c.verb, c.places])).toEqual([['认定', ['wanchunzhen']]]);
		expect(listed.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['耿家巷刘氏宅院', true],
			['耿家巷', true],
			['黎坝遗址', true],
			['黎坝村', true]
		]);
	});

	it('the direction work goes in is where it goes, as the annotators of the held-out sets read it (46 to 13): 向黄龙溪古镇方向延伸', () => {
		const places = (body: string) => text(body).analysis.commitments.map((c) => c.places);
		expect(places('推动锦江绿道向黄龙溪古镇方向延伸贯通。')).toEqual([['jinjiang-park', 'huanglongxiguzhen']]);
		expect(places('延长2号线开往犀浦站方向末班车运营时间。')).toEqual([['metro-2', 'xipuzhan']]);
		expect(places('推动锦江绿道向黄龙溪古镇延伸贯通。')).toEqual([['jinjiang-park', 'huanglongxiguzhen']]);
	});

	it('the venues of a ceremony of works begun are where they begin, as the annotators of the held-out sets read them (26 to 5)', () => {
		const { analysis } = text('1月10日，成都东部新区重大项目集中开工活动在简阳市主会场举行。');
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['开工', ['dongbuxinqu', 'jianyang']]]);
		// …and so are the districts listed that hold the other venues.
		const venues = text('4月17日上午，重大项目集中开工活动在东部新区主会场举行，龙泉驿区、青白江区、新都区同步设立分会场。').analysis;
		expect(venues.commitments.map((c) => c.places)).toEqual([['dongbuxinqu', 'longquanyi', 'qingbaijiang', 'xindu']]);
		// A festival's venues are where it is held (the district in its name is not).
		const festival = text('以鲁家滩湿地公园为主会场，在寿安镇、万春镇设立分会场，筹办第十三届温江花博会。').analysis;
		expect(committedOf(festival)).toEqual([['鲁家滩湿地公园', true], ['寿安镇', true], ['万春镇', true], ['温江', false]]);
		expect(text('温江、郫都、新津4个分会场同步建成开放。').analysis.commitments.map((c) => c.places)).toEqual([['wenjiang', 'pidu', 'xinjin']]);
		expect(text('东安湖体育公园、凤凰山体育公园等大运会场馆实现赛后全面开放。').analysis.commitments.map((c) => c.places)).toEqual([['donganhutiyugongyuan', 'fenghuangshantiyugongyuan']]);
	});

	it('the record a government site sets above a document (主题分类：城乡建设) commits nothing, not even in a district’s text', () => {
		const { analysis } = text('发布机构：成都市青羊区人民政府办公室\n\n主题分类：城乡建设\n\n加快推进航空新城片区开发建设。', 'qingyang');
		expect(analysis.commitments.map((c) => [c.verb, c.line])).toEqual([['加快推进', 5]]);
	});

	it('a place in a law title is not committed: 《四川天府新区条例》正式出台', () => {
		const { analysis } = text('《四川天府新区条例》正式出台。');
		expect(analysis.commitments).toEqual([]);
		expect(mentionsOf(analysis, 'tianfuxinqu').map((m) => m.commitment)).toEqual([null]);
	});

	it('a place in an official’s title is a mention and never a commitment', () => {
		const { analysis } = text('成都市锦江区委书记陈志勇表示，将加快建设国际消费中心城市。');
		expect(analysis.mentions.map((m) => [m.place, m.commitment])).toEqual([['jinjiang', null]]);
		expect(analysis.commitments).toEqual([]);
	});

	it('a district’s own paragraph commits its district when it names no place', () => {
		const { analysis } = text('加快建设19所学校幼儿园，破解学位供给结构性矛盾。', 'xindu', '2021');
		expect(analysis.commitments.map((c) => [c.verb, c.places, c.theme])).toEqual([['加快建设', ['xindu'], 'livelihood']]);
	});

	it('a district’s section title run into its first paragraph commits nothing; the text after it does', () => {
		const { analysis } = text('一、重点工作\n（三）全面提升城市品质。在城区新建一所高中。\n', 'xindu');
		expect(analysis.commitments.map((c) => [c.sentence, c.places])).toEqual([['在城区新建一所高中。', ['xindu']]]);
	});

	it('a paragraph labelled with a district (金牛区：…) commits that district, in a city-wide text', () => {
		const { analysis } = text('一、空间布局\n金牛区：推进北部片区开发，打造国际医学城。\n成华区：依托东郊记忆，建设音乐产业园。\n');
		expect(analysis.commitments.map((c) => [c.sentence, c.places])).toEqual([
			['推进北部片区开发，打造国际医学城。', ['jinniu']],
			['依托东郊记忆，建设音乐产业园。', ['dongjiaojiyi']]
		]);
		// The label itself is a mention of the district, linked to the commitment it places.
		expect(mentionsOf(analysis, 'jinniu').map((m) => m.commitment)).toEqual([analysis.commitments[0].id]);
	});

	it('a district’s label heading a numbered item or a headline is a mention of what it heads commits, if that commits', () => {
		const { analysis } = text('1. 金牛区：沙湾路与二环路交叉口，新建雨水管道1.2公里，5月底前完成。\n2. 成华区：府青路三段下穿隧道积水点位。\n');
		const [c] = analysis.commitments;
		expect(c.verb).toBe('新建');
		expect(mentionsOf(analysis, 'jinniu').map((m) => m.commitment)).toEqual([c.id]);
		// What 成华区 heads states a site and commits to nothing.
		expect(mentionsOf(analysis, 'chenghua').map((m) => m.commitment)).toEqual([null]);
		const news = text('温江区：今年4家公立医院新院区建成投用\n').analysis;
		expect(mentionsOf(news, 'wenjiang').map((m) => m.commitment)).toEqual([news.commitments[0]?.id]);
	});

	it('an item titled with a place (五环路：…) commits the place with what it heads; a label with a verb of its own stays apart', () => {
		const { analysis } = text('1. 五环路：推进简阳段、东部新区段前期工作。\n2. 三环路扩能提升工程：完成主线施工。\n');
		expect(analysis.commitments.map((c) => [c.sentence, c.verb, c.places])).toEqual([
			// 简阳段 is the ring road's stretch in 简阳市.
			['1. 五环路：推进简阳段、东部新区段前期工作。', '推进', ['wuhuanlu', 'jianyang', 'dongbuxinqu']],
			['2. 三环路扩能提升工程：', '提升', ['sanhuanlu']]
		]);
		// A numbered item's place commits with the work its sentence tells, in whatever clause (3.华兴正街（春熙路街道）：规整通信线缆，更新路灯，推进…).
		const lanes = text('3.华兴正街（春熙路街道）：规整通信线缆，更新路灯，推进沿街老字号店招统一设计。\n').analysis;
		expect(lanes.commitments.map((c) => [c.verb, c.places])).toEqual([['推进', ['chunxilujiedao']]]);
		// …and a label of places' names alone, however long.
		const streets = text('温江区柳城街道文庙街、双流区东升街道白衣上街、郫都区郫筒街道望丛中路、新都区新都街道桂湖中路：实施风貌整治，由各区城市管理部门于11月底前完成。\n').analysis;
		expect(streets.commitments.map((c) => [c.verb, c.places])).toEqual([['实施', ['liuchengjiedao', 'dongshengjiedao', 'pitongjiedao', 'xindujiedao']]]);
	});

	it('an item’s label whose own sentence commits nothing commits with the first work the item’s sentences after it tell at no place of their own', () => {
		const { analysis } = text('（一）春熙路站（2号线、3号线）：10月1日至5日，C口（太古里方向）客流集中；客流较大时，临时封闭D口。\n\n（二）天府广场站：客流较大时请乘客注意安全。\n');
		expect(analysis.commitments.map((c) => [c.sentence, c.verb, c.places])).toEqual([['客流较大时，临时封闭D口。', '封闭', ['chunxiluzhan']]]);
		const held = analysis.mentions.filter((m) => m.commitment !== null).map((m) => m.surface);
		expect(held).toEqual(['春熙路站', '2号线', '3号线']);
		// Its own sentence's work is its own; which way an exit faces (C口（太古里方向）) is no site of it.
		const own = text('（一）春熙路站（2号线、3号线）：10月1日至5日，C口（太古里方向）只出不进。\n');
		expect(own.analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['只出不进', ['chunxiluzhan', 'metro-2', 'metro-3']]]);
		// …nor which way a path runs.
		expect(text('新建约1.6公里慢行道，连通锦城绿道和东安湖方向的区级绿道。\n').analysis.commitments.map((c) => c.places)).toEqual([['jinchenglvdao']]);
		expect(text('下一步将开通天府国际机场至温江、郫都方向的夜间专线。\n').analysis.commitments.map((c) => c.places)).toEqual([['tianfu-airport', 'wenjiang', 'pidu']]);
	});

	it('an item that is a place’s name alone (（一）东安湖体育公园。) commits it with what the sentence after it does', () => {
		const { analysis } = text('（一）东安湖体育公园。依托主体育场和游泳跳水馆，重点引进国际赛事。\n\n（二）东安湖体育公园。全年客流超过500万人次。\n');
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['重点引进', ['donganhutiyugongyuan']]]);
		expect(analysis.mentions.map((m) => m.commitment !== null)).toEqual([true, false]);
		// …its area named in brackets after it.
		const area = text('2. 新都区（新都现代交通产业功能区）。聚焦航空发动机整机研制，打造航空动力产业集群。\n').analysis;
		expect(area.commitments.map((c) => c.places)).toEqual([['xindu']]);
		// …or places' names alone, however many.
		const districts = text('4.双流区、温江区、郫都区和成都高新区。双流体育中心承办无板篮球项目。\n').analysis;
		expect(committedOf(districts)).toEqual([
			['双流区', true],
			['温江区', true],
			['郫都区', true],
			['成都高新区', true],
			['双流体育中心', true]
		]);
		// Places in brackets after what an item is (a bus line's ends) do not make it a place's name.
		expect(text('2．1020路（茶店子客运站—一品天下站）。运力将调配至新开1163路。\n').analysis.commitments).toEqual([]);
		// …or its basin.
		expect(text('岷江流域。都江堰市、崇州市要加快补齐城镇污水收集管网短板。\n').analysis.mentions.map((m) => m.commitment !== null)).toEqual([true, true, true]);
		// A crackdown on what is done along rivers is work on them.
		expect(text('严厉打击金马河、南河河道管理范围内违法建设。\n').analysis.commitments.map((c) => c.verb)).toEqual(['打击']);
		// A paragraph's lead that is a place's name alone, unnumbered, as a bold lead is copied.
		expect(text('空港新城。坚持站城一体，围绕福田站开展TOD综合开发。\n').analysis.commitments.map((c) => c.places)).toEqual([['konggangxincheng', 'futianzhan']]);
		// A road narrowed for works is worked on, the ends of its stretch in brackets only bounding it.
		expect(text('（五）成龙大道（三环路至绕城高速）。2024年6月10日至2026年5月31日，成龙大道主道由西往东方向压缩为2条机动车道通行。\n').analysis.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['成龙大道', true],
			['成都绕城高速公路', false],
			['成龙大道', true]
		]);
		// So are a street's in a sentence (奎星楼街（长顺上街至同仁路）实施…), but not a bus route's ends (K15路（石板滩公交站—…）).
		const oneWay = text('1.奎星楼街（长顺上街至同仁路）实施机动车由东向西单向通行。\n').analysis;
		expect(oneWay.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['奎星楼街', true],
			['长顺上街', false],
			['同仁路', false]
		]);
		// A name the map lacks is a place's name too: a traffic notice's road, the stretch it closes bounded by its ends.
		const road = text('（三）大慈寺路（红星路至纱帽街）。2024年6月1日至2025年10月31日，该路段封闭施工，禁止机动车通行。\n').analysis;
		expect(road.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['大慈寺路', true],
			['红星路', false],
			['纱帽街', false]
		]);
		// …after a ring road's section too (二环路东二段), in a table's cell of where works are done as in a sentence.
		const section = text('序号｜项目名称｜施工地点｜夜间施工内容\n\n4｜二环路东二段高架桥伸缩缝更换工程｜二环路东二段（建设路立交至双桥子立交）｜伸缩缝更换\n').analysis;
		expect(section.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['建设路立交', false],
			['双桥子立交', false]
		]);
	});

	it('an item that is a project’s name alone (3．水井坊历史文化街区微更新项目。) commits its places with what the sentence after it does', () => {
		const { analysis } = text('3．水井坊历史文化街区微更新项目。完成院落修缮17处，植入文创功能。\n\n7．玉林片区“生活美学”社区更新工程（二期）。涉及芳草社区等，完成老旧院落改造38个。\n');
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['完成', ['shuijingfang']],
			['完成', ['yulin']]
		]);
		// The sentence after it frames as it would alone: 依托地铁1号线…，建设….
		const framed = text('23．火车南站片区TOD综合开发项目。依托地铁1号线、7号线换乘站点，建设商业综合体。\n').analysis;
		expect(committedOf(framed)).toEqual([
			['火车南站', true],
			['地铁1号线', true],
			['7号线', true]
		]);
		// …or a facility's name, its place in it.
		const facility = text('1.锦江区牛市口街道大田坎社区养老服务综合体。利用东大街沿线原闲置商业用房改造，计划2025年9月投入运营。\n').analysis;
		expect(facility.commitments.map((c) => [c.verb, c.places])).toEqual([['改造', ['niushikoujiedao']]]);
		// Not a heading of a list, which the items after it commit in paragraphs of their own.
		expect(text('（一）水井坊历史文化街区微更新项目。\n\n1．完成院落修缮17处。\n').analysis.mentions.map((m) => m.commitment)).toEqual([null]);
	});

	it('a numbered project’s name heading its fields (所在区域：, 建设内容：) commits its places with the work it names', () => {
		const { analysis } = text(
			[
				'1．水井坊街区有机更新（二期）项目',
				'所在区域：锦江区',
				'建设内容：对历史建筑实施修缮活化，计划2026年5月开工。',
				'16．大弯街道老工业厂区转型项目',
				'所在区域：青白江区',
				'2．奎星楼街街巷品质提升项目【已完工】',
				'建设内容：已于2025年11月完成立面整治。'
			].join('\n\n'),
			'city',
			'2026-03-18'
		);
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['更新', ['shuijingfang']],
			['转型', ['dawanjiedao']]
		]);
		// Its district field says where it is: the mention belongs to the project's commitment, which draws the project alone.
		expect(analysis.mentions.filter((m) => m.kind === 'district').map((m) => m.commitment)).toEqual(analysis.commitments.map((c) => c.id));
		// A heading of a list, whose items come after it, commits nothing itself.
		expect(text('（一）水井坊历史文化街区微更新项目\n\n1．完成院落修缮17处。\n').analysis.commitments).toEqual([]);
		// A works' 施工地点 places it as a 建设地点 does.
		const works = text('一、成都轨道交通8号线二期工程华盛路站\n\n建设单位：成都轨道交通集团有限公司\n\n施工地点：成华区龙潭街道华盛路与龙港路交叉口西北侧\n').analysis;
		expect(committedOf(works)).toEqual([['8号线', true], ['成华区', true], ['龙潭街道', true]]);
		// A notice's 项目名称： field, its stop after it, names what it gives notice of, its 建设单位： field after it.
		const notice = text('(一)项目名称:绛溪北片区蓝溪路(丹景大道—绛溪大道段)道路工程、北湖生态公园(二期)。\n\n(二)建设单位:成都东部新区建设投资集团有限公司。\n').analysis;
		expect(notice.commitments.map((c) => [c.verb, c.places])).toEqual([['建设', ['jiangxibei', 'beihushengtaigongyuan']]]);
		// Its fields may be numbered: its 建设地点 places it.
		const farmland = text('（一）2024年高标准农田建设项目（新建）\n\n1.建设地点：唐昌镇战旗村。\n\n2.建设规模：6800亩。\n').analysis;
		expect(farmland.commitments.map((c) => [c.verb, c.places])).toEqual([['建设', ['tangchangzhen', 'zhanqicun']]]);
	});

	it('a notice’s bus route heading its fields (线路走向：, 沿途停靠：, 运营时间：) commits its course and stops with what is done to it, not its old course', () => {
		const { analysis } = text(
			[
				'（一）新开1186路（地铁科学城站—天府公园东门）',
				'线路走向：由地铁科学城站首末站出发，经天府大道南段至天府公园东门首末站。',
				'沿途停靠：地铁科学城站、天府公园东门，共2站。',
				'运营时间：天府公园东门首班7:30、末班21:30。',
				'（二）调整650路（火车北站—新都公交站）',
				'原线路走向：由火车北站出发，经二环路北一段至新都公交站。',
				'调整后走向：由火车北站出发，经二环路北一段至地铁成都医学院站。',
				'站点变化：取消“二环路北一段”站点，增设“天府公园”站点。',
				'首末班时间：火车北站6:30—21:00。',
				'（三）105路（茶店子公交站—驷马桥公交站）',
				'首末班时间不变，仍为火车北站6:30—21:30。'
			].join('\n\n'),
			'city',
			'2024-06-14'
		);
		expect(verbsOf(analysis)).toEqual([
			['科学城站', '新开'],
			['天府公园', '新开'],
			['科学城站', '新开'],
			['天府大道南段', '新开'],
			['天府公园', '新开'],
			['科学城站', '新开'],
			['天府公园', '新开'],
			['天府公园', '新开'],
			['火车北站', '调整'],
			['火车北站', null],
			['二环路', null],
			['火车北站', '调整'],
			['二环路', '调整'],
			['成都医学院站', '调整'],
			['二环路', '调整'],
			['天府公园', '调整'],
			['火车北站', '调整'],
			['火车北站', null]
		]);
		// A route's new course on a line of its own after the reason for the change, as a notice gives it (调整后：), is where it is
		// changed; its old one (调整前：) is not.
		const changed = text(['（一）62路临时调整走向', '因府青路三段实施雨污管网改造，62路临时调整走向。', '调整前：由火车北站始发，经二环路北四段至人民公园止。', '调整后：由火车北站始发，经双林路、二环路北四段至人民公园止。'].join('\n\n'), 'city', '2024-09-24').analysis;
		expect(verbsOf(changed).slice(-6)).toEqual([
			['火车北站', null],
			['二环路', null],
			['人民公园', null],
			['火车北站', '调整'],
			['二环路', '调整'],
			['人民公园', '调整']
		]);
		// …and its course told as the line it runs, numbered under it (1.运行线路：…).
		const opened = text(['二、新开镇村公交线路', '（一）D21路（安仁客运站—上安）', '1.运行线路：安仁客运站—刘氏庄园—建川博物馆聚落—上安。'].join('\n\n'), 'dayi', '2025-06-20').analysis;
		expect(verbsOf(opened).slice(-2)).toEqual([
			['刘氏庄园', '开行'],
			['建川博物馆聚落', '开行']
		]);
		// …and its way back and its main stops (返程：…, 主要站点：…).
		const back = text(['二、新开线路', '（一）夜间31路（天府五街公交站——春熙路南口站）', '返程：春熙路南口站起，经红星路、人民东路回天府五街公交站。', '主要站点：天府五街、盐市口、春熙路南口，共3个站点。'].join('\n\n'), 'city', '2025-06-20').analysis;
		expect(verbsOf(back).slice(-3)).toEqual([
			['春熙路', '开行'],
			['盐市口', '开行'],
			['春熙路', '开行']
		]);
	});

	it('a notice of a cut in supply commits where it cuts it and the communities it touches, with its cut (停水范围：, 涉及社区及小区：)', () => {
		const body = '一、成华区片区\n\n（一）停水原因：实施供水管网改造。\n\n（三）停水范围：建设路街道、双桥子街道。\n\n（四）涉及社区及小区：府青路街道。\n\n（五）降压区域：猛追湾街道。\n';
		expect(verbsOf(text(body, 'city', '2024-11-11', '成都市自来水有限责任公司关于部分区域计划停水的通知').analysis)).toEqual([
			['成华区', null],
			['建设路街道', '停水'],
			['双桥子街道', '停水'],
			['府青路街道', '停水'],
			['猛追湾街道', null]
		]);
		// (Not in a notice that cuts nothing.)
		expect(verbsOf(text(body, 'city', '2024-11-11', '关于部分区域供水管网改造的通知').analysis)[1]).toEqual(['建设路街道', null]);
		// …and a metro's service, where a notice of its closure for works stops it (停运范围：).
		const closed = text('（一）第一阶段：道岔接驳施工\n\n2.停运范围：地铁2号线洪河站至成都行政学院站区段，车站出入口关闭。\n', 'city', '2026-08-20', '成都市交通运输局关于地铁2号线部分车站临时停运的通告').analysis;
		expect(verbsOf(closed)).toEqual([
			['地铁2号线', '停运'],
			['洪河站', '停运'],
			['成都行政学院站', '停运']
		]);
		// A works' item, its cut's hours and its site in fields under it (（一）…供水主管维修 / 1．停水时间：… / 2．施工地点：…): worked on there.
		const works = '（一）锦江区东大街DN800供水主管维修\n\n1．停水时间：2026年4月15日22:00至4月16日10:00。\n\n2．施工地点：春熙路（红星路三段路口至东门大桥西桥头）。\n';
		expect(verbsOf(text(works, 'city', '2026-04-01', '成都市水务局关于计划停水的公告').analysis)).toEqual([
			['锦江区', '维修'],
			['春熙路', '维修']
		]);
	});

	it('a route named alone before its fields commits them with what the part over it does to its routes (一、新开线路 / 夜间105路：… / 起讫点：…)', () => {
		const routes = ['一、新开线路', '夜间105路：医院专线，纵贯人民南路', '起讫点：华西坝站—火车北站', '运营时间：首班23:00，末班次日4:30。', '二、票价', '夜间5路：票价2元', '起讫点：华西坝站—火车北站'];
		const { analysis } = text(routes.join('\n\n'), 'city', '2025-07-08');
		expect(verbsOf(analysis)).toEqual([
			['华西坝站', '新开'],
			['火车北站', '新开'],
			['华西坝站', null],
			['火车北站', null]
		]);
	});

	it('a bus route heading that names no place commits the termini, course and stops its fields give (起讫站：, 设站（共N站）：)', () => {
		const { analysis } = text(
			[
				'（一）新开822路',
				'起讫站：双流西站—川大江安校区西门',
				'走向：由双流西站出发，经棠湖西路至川大江安校区西门。',
				'设站（共3站）：双流西站、棠湖公园、川大江安校区西门。'
			].join('\n\n'),
			'city',
			'2026-03-20'
		);
		expect(verbsOf(analysis)).toEqual([
			['双流西站', '新开'],
			['川大江安校区', '新开'],
			['双流西站', '新开'],
			['川大江安校区', '新开'],
			['双流西站', '新开'],
			['棠湖公园', '新开'],
			['川大江安校区', '新开']
		]);
		// …past the sentence that says why the route is opened, whose places it serves.
		const served = text(['（一）新开489路', '为方便北湖片区居民接驳地铁3号线，新开489路。', '起讫点：熊猫基地——地铁驷马桥站', '线路走向：熊猫基地发出，经熊猫大道至地铁驷马桥站。'].join('\n\n'), 'city', '2025-06-20').analysis;
		expect(verbsOf(served)).toEqual([
			['北湖', '新开'],
			['地铁3号线', '新开'],
			['熊猫基地', '新开'],
			['驷马桥站', '新开'],
			['熊猫基地', '新开'],
			['熊猫大道', '新开'],
			['驷马桥站', '新开']
		]);
		// …and an intercity route's stops within the city (成都境内站点：).
		const intercity = text(['（一）新开成德城际公交5路', '成都境内站点：桂湖公园、清流镇。'].join('\n\n'), 'city', '2026-03-20');
		expect(verbsOf(intercity.analysis)).toEqual([
			['桂湖公园', '新开'],
			['清流镇', '新开']
		]);
	});

	it('a numbered task is done at its 实施地点 on the line after it, with its verb', () => {
		const { analysis } = text(
			['1.新建淮州新城第二小学。规划36个班，2025年秋季学期投用。', '实施地点：淮口街道瓦店社区；牵头单位：县教育局', '2.改扩建金堂中学学生宿舍及食堂。', '实施地点：赵镇街道；牵头单位：县教育局'].join('\n'),
			'jintang',
			'2025-02-26'
		);
		// A task its name places (淮州新城第二小学, at its new town) is joined by its 实施地点; one placed at the district alone is placed
		// there better, and named after the task.
		const at = (surface: string) => analysis.commitments.find((c) => c.id === analysis.mentions.find((m) => m.surface === surface)?.commitment);
		expect(at('淮口街道')).toBe(at('淮州新城第二小学'));
		expect(at('淮口街道')?.verb).toBe('新建');
		expect([at('赵镇街道')?.verb, at('赵镇街道')?.places, at('赵镇街道')?.project]).toEqual(['改扩建', ['zhaozhenjiedao'], '改扩建金堂中学学生宿舍及食堂']);
		// …and so is one that tells more than a name, its hospital unknown to the map.
		const told = text(['3.推进金堂县第一人民医院急诊急救综合楼建设，年底前完成主体结构封顶。', '实施地点：赵镇街道十里社区；牵头单位：县卫生健康局'].join('\n'), 'jintang', '2025-02-26').analysis;
		expect(told.mentions.map((m) => [m.surface, commitmentOf(told, m)?.verb ?? null])).toEqual([['赵镇街道', '推进']]);
	});

	it('a tender’s fields, numbered 2.1, 2.2 under their part’s heading, name its project and where it is built', () => {
		const tender = text(['2. 项目概况与招标范围', '2.1 项目名称：驿马河生态绿道及龙泉大道至东安湖连接道路工程', '2.2 建设地点：龙泉驿区龙泉街道、东安街道'].join('\n'), 'longquanyi', '2025-03-18').analysis;
		expect(tender.commitments.map((c) => [c.line, c.verb])).toEqual([[2, '建设']]);
		expect(tender.mentions.filter((m) => m.line === 3).map((m) => [m.surface, m.commitment])).toEqual([
			['龙泉驿区', tender.commitments[0].id],
			['龙泉街道', tender.commitments[0].id],
			['东安街道', tender.commitments[0].id]
		]);
		// …and a road's 路线走向 field, where it runs, as a bus route's 线路走向 does.
		const road = text(['一、建设项目概况', '（一）项目名称：蒲江县西来至成佳旅游公路改建工程', '（二）路线走向：项目起于西来镇临溪社区。路线向西沿临溪河左岸布线，经明月村、藕塘村，止于成佳镇场镇北侧。'].join('\n'), 'pujiang', '2025-03-18').analysis;
		expect(road.commitments.map((c) => [c.line, c.verb])).toEqual([[2, '改建']]);
		expect(road.mentions.filter((m) => m.line === 3).map((m) => [m.surface, m.commitment])).toEqual([
			['西来镇', road.commitments[0].id],
			['临溪河', road.commitments[0].id],
			['明月村', road.commitments[0].id],
			['成佳镇', road.commitments[0].id]
		]);
	});

	it('a numbered project whose name the map cannot place is placed by its 建设地点, as a table’s row is', () => {
		const { analysis } = text(
			[
				'4．驿都大道东延线工程',
				'建设地点：龙泉驿区龙泉街道、东安街道',
				'建设内容：西起成龙大道，全长约5.2公里，计划2027年建成通车。',
				'13．灵龙安置小区',
				'建设地点：龙泉驿区十陵街道',
				'3．新型显示材料产业园',
				'建设地点：龙泉驿区十陵街道青台山社区',
				'11．东安湖体育公园全民健身功能提升工程',
				'建设地点：龙泉驿区东安街道'
			].join('\n\n'),
			'city',
			'2026-02-10'
		);
		// The sentence says where; the project it places keeps its name beside it.
		expect(analysis.commitments.map((c) => [c.sentence, c.places, c.project])).toEqual([
			['建设地点：龙泉驿区龙泉街道、东安街道', ['longquanjiedao', 'donganjiedao'], '驿都大道东延线工程'],
			['建设地点：龙泉驿区十陵街道', ['shilingjiedao'], '灵龙安置小区'],
			['建设地点：龙泉驿区十陵街道青台山社区', ['shilingjiedao'], '新型显示材料产业园'],
			['11．东安湖体育公园全民健身功能提升工程', ['donganhutiyugongyuan'], undefined]
		]);
		// Its theme is its name's: a resettlement estate is livelihood, a display-materials park industry.
		expect(analysis.commitments.map((c) => c.theme).slice(1, 3)).toEqual(['livelihood', 'industry']);
		// Its district only says where its towns are, and the 建设地点 of a project its name places where it is: they belong to its commitment.
		expect(analysis.mentions.filter((m) => m.commitment === null)).toEqual([]);
		expect(analysis.mentions.slice(-2).map((m) => m.commitment)).toEqual([analysis.commitments[3].id, analysis.commitments[3].id]);
		// An address places only what is built (a school), not a sight a guide lists with its flowers (成都市植物园｜郁金香、樱花).
		const guide = (name: string) => text([name, '地址：金牛区天回镇街道天回路1116号', '花期：3月中旬至4月上旬'].join('\n\n'), 'city', '2025-03-10').analysis.commitments.length;
		expect(guide('1.成都市植物园｜郁金香、樱花、海棠')).toBe(0);
		expect(guide('2．成都市金牛区天回镇小学')).toBe(1);
		// …nor does a bare location (位置：…), which a guide gives its sights.
		const sight = (name: string) => text([name, '位置：成都高新区天府一街附近，东临益州大道。', '开放情况：公园东侧大草坪划定帐篷区。'].join('\n\n'), 'city', '2024-04-29').analysis.commitments.filter((c) => c.line === 1).length;
		expect(sight('1.桂溪生态公园')).toBe(0);
		expect(sight('1.桂溪生态公园综合体')).toBe(1);
		// …its address commits there, not the place it tells the way from (成都东站以北约2公里, 距…约900米).
		const addressed = (address: string) => {
			const a = text(['4．成都市成华区白莲池小学', address].join('\n\n'), 'city', '2025-07-10').analysis;
			return a.mentions.map((m) => [m.surface, commitmentOf(a, m)?.line ?? null]);
		};
		expect(addressed('地址：保和街道白莲路88号（成都东站以北约2公里）')).toEqual([['成华区白莲池小学', 1], ['保和街道', 1], ['成都东站', null]]);
		expect(addressed('地址：保和街道白莲路88号（距成都东站约900米）')).toEqual([['成华区白莲池小学', 1], ['保和街道', 1], ['成都东站', null]]);
		expect(addressed('1.校址：保和街道白莲路以北（成都东站西侧约500米）。')).toEqual([['成华区白莲池小学', 1], ['保和街道', 1], ['成都东站', null]]);
		// A new school's 校址 is its 建设地点, and its other fields are no list its name announces: its catchment is drawn, not built.
		const school = text(['（二）成都市龙泉驿区十陵第三小学', '1.校址：龙泉驿区十陵街道十洪大道与青台山路交汇处西北角。', '2.办学规模：规划30个班。', '3.招生服务片区：十陵街道青龙社区、灵龙社区。'].join('\n'), 'city', '2025-07-10').analysis;
		expect(school.mentions.map((m) => [m.line, m.surface, commitmentOf(school, m)?.line ?? null])).toEqual([
			[1, '龙泉驿区十陵第三小学', 1],
			[2, '龙泉驿区', 1],
			[2, '十陵街道', 1],
			[4, '十陵街道', null]
		]);
	});

	it('a numbered project’s head (…项目（成都高新区）：) commits with what it says after its colon, or belongs to the place that says', () => {
		const { analysis } = text(
			[
				'1. 京东方第8.6代AMOLED生产线项目（成都高新区）：建设第8.6代AMOLED柔性显示面板生产线，总投资630亿元。',
				'3. 新能源汽车整车扩能项目（龙泉驿区）：依托龙泉汽车城，建设纯电动乘用车整车生产线，总投资86亿元。'
			].join('\n'),
			'city',
			'2025-02-10'
		);
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['建设', ['gaoxin']],
			['建设', ['longquanqichecheng']]
		]);
		const of = (surface: string) => analysis.mentions.find((m) => m.surface === surface)!.commitment;
		expect(of('龙泉驿区')).toBe(analysis.commitments[1].id);
		// Without what it says after its colon, a head commits nothing.
		expect(text('1. 京东方第8.6代AMOLED生产线项目（成都高新区）：', 'city', '2025-02-10').analysis.commitments).toEqual([]);
		// An urban renewal unit's head is one too, and the names no map knows in it (its communities) belong to it as well.
		const unit = text('1. 锦江区水井坊片区城市更新单元（书院街街道，水井坊社区、双槐树社区）：推进锦江沿线滨水空间提升。', 'city', '2025-02-10').analysis;
		expect(committedOf(unit)).toEqual([
			['锦江区', true],
			['水井坊片区', true],
			['书院街街道', true],
			['锦江', true]
		]);
		expect(unit.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['水井坊社区', true],
			['双槐树社区', true]
		]);
		// A numbered item whose brackets give its places heads what it does, whatever its name: no 项目 needed.
		const line = text('28．成渝中线高铁成都段（金牛区、成华区）：建设正线、桥梁隧道及站房工程。', 'city', '2025-02-10').analysis;
		expect(committedOf(line)).toEqual([
			['成渝中线高铁', true],
			['金牛区', true],
			['成华区', true]
		]);
		// Unnumbered, such a name is no head, and what follows its colon commits nothing here.
		expect(text('成渝中线高铁成都段（金牛区、成华区）：全长约80公里。', 'city', '2025-02-10').analysis.commitments).toEqual([]);
	});

	it('a project told field after field, on one line or under 项目名称：, commits its places; its 建设地点 belongs to it', () => {
		const { analysis } = text(
			[
				'项目名称：成都东站综合枢纽改造　建设地点：成华区保和街道　建设内容：站房改造　责任单位：金牛区人民政府',
				'项目名称：滨河口袋公园　建设地点：金牛区',
				'2.项目名称：东安湖体育公园提升工程',
				'建设地点：东安街道',
				'建设内容：新建步道3公里。'
			].join('\n'),
			'city',
			'2026-02-10'
		);
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['改造', ['chengdu-east-station']],
			['建设', ['jinniu']],
			['提升', ['donganhutiyugongyuan']]
		]);
		const by = (surface: string) => analysis.mentions.find((m) => m.surface === surface)!.commitment;
		expect(['成华区', '保和街道', '东安街道'].map(by)).toEqual([analysis.commitments[0].id, analysis.commitments[0].id, analysis.commitments[2].id]);
		// Who does the work is no place: 金牛区人民政府 is an office.
		expect(analysis.mentions.filter((m) => m.commitment === null)).toEqual([]);
		expect(analysis.mentions.filter((m) => m.surface === '金牛区').length).toBe(1);
		// Fields of who designs, builds for and what land, between the name and its 项目位置, keep the record going.
		const notice = text(
			['项目名称：东安湖体育公园提升工程', '建设单位：区体育局', '代建单位：区城投公司', '设计单位：某设计研究院', '项目位置：龙泉驿区东安街道'].join('\n'),
			'city',
			'2026-02-10'
		).analysis;
		expect(committedOf(notice)).toEqual([
			['东安湖体育公园', true],
			['龙泉驿区', true],
			['东安街道', true]
		]);
	});

	it('a numbered project’s name as a sentence of its own, its fields after it on the line, commits its places and its 建设地点', () => {
		const { analysis } = text('1．锦江区水井坊片区城市更新项目。建设地点：锦江区合江亭街道。年度进展：完成东门码头滨水空间改造。', 'city', '2025-01-10');
		expect(committedOf(analysis)).toEqual([
			['锦江区', true],
			['水井坊片区', true],
			['锦江区', true],
			['合江亭街道', true],
			['东门码头', true]
		]);
		// A name that is a sentence of its own with no field after it is no record.
		expect(text('1．锦江区水井坊片区城市更新项目。今年该片区游客增多。').analysis.commitments).toEqual([]);
	});

	it('a table’s row pasted as a line, its numbered name set apart by spaces, is a record whatever the name ends with', () => {
		const { analysis } = text(
			[
				'2.天府国际生物城生物医药孵化园（三期）  建设地点：双流区永安镇  建设内容：建设孵化器及人才公寓  责任单位：天府国际生物城管委会',
				'4.成都双流国际机场T1航站楼改造提升工程  建设地点：双流区西航港街道  建设内容：实施旅客流程优化改造'
			].join('\n'),
			'city',
			'2025-02-10'
		);
		expect(analysis.commitments.map((c) => c.places)).toEqual([['tianfuguojishengwucheng'], ['shuangliu-airport']]);
		// Its 建设地点 belongs to it; who does the work (天府国际生物城管委会, an office's name) is no place of it.
		expect(committedOf(analysis)).toEqual([
			['天府国际生物城', true],
			['双流区', true],
			['永安镇', true],
			['成都双流国际机场', true],
			['双流区', true],
			['西航港街道', true]
		]);
	});

	it('the districts a task’s 责任单位 names belong to its commitment, undrawn; after no task they commit nothing', () => {
		const { analysis } = text(
			['1.实施锦江流域综合治理。', '责任单位：市水务局，锦江区、青羊区。', '（二）加强组织保障', '责任单位：金牛区。'].join('\n'),
			'city',
			'2026-02-10'
		);
		expect(analysis.commitments.map((c) => c.places)).toEqual([['jinjiang-river']]);
		expect(analysis.mentions.map((m) => [m.surface, m.commitment])).toEqual([
			['锦江', analysis.commitments[0].id],
			['锦江区', analysis.commitments[0].id],
			['青羊区', analysis.commitments[0].id],
			['金牛区', null]
		]);
	});

	it('the units a task’s paragraph names in brackets after it (（牵头单位：…；责任单位：…）) belong to its commitment, unknown ones too', () => {
		const { analysis } = text('8.建设金马河生态廊道。推进鲁家滩湿地公园二期建设。（牵头单位：区水务局；责任单位：寿安镇、永宁街道、双林中横路社区）\n', 'city', '2026-02-10');
		const task = analysis.commitments[0];
		expect(analysis.mentions.slice(-2).map((m) => [m.surface, m.commitment])).toEqual([
			['寿安镇', task.id],
			['永宁街道', task.id]
		]);
		expect(analysis.unlocated.map((u) => [u.name, u.committed])).toEqual([['双林中横路社区', true]]);
	});

	it('a task that names no place is carried out where its 责任单位 are, told with 为 as with a colon', () => {
		const { analysis } = text('1.锦江夜游带照明提升：牵头单位为市城管委；责任单位为锦江区、青羊区。\n2.城市中轴线照明提升：牵头单位为市城管委；责任单位为武侯区、成华区。\n');
		expect(analysis.commitments.map((c) => [c.line, c.verb, c.places])).toEqual([
			[1, '提升', ['jinjiang-river']],
			[2, '提升', ['wuhou', 'chenghua']]
		]);
		// Where the task names a place, its 责任单位 belong to its commitment, undrawn.
		expect(analysis.mentions.filter((m) => m.line === 1).map((m) => m.commitment)).toEqual(Array(3).fill(analysis.commitments[0].id));
		// A paragraph of duties alone has no task of its own.
		expect(text('（二）加强组织保障\n牵头单位为市城管委；责任单位为金牛区。\n').analysis.commitments).toEqual([]);
	});

	it('a problem found and given a deadline to be put right is put right where it is', () => {
		const found = '1．寿安镇喻庙社区段金马河堤后便道旁倾倒建筑垃圾约40立方米，存在随意倾倒建渣问题。责任单位：寿安镇、区城管局；';
		const { analysis } = text(`三、本月发现的主要问题\n${found}整改时限：6月15日前。\n`);
		expect(analysis.commitments.map((c) => [c.line, c.verb, c.places])).toEqual([[2, '整改', ['shouanzhen', 'jinmahe']]]);
		// Not one with no deadline: it is only found.
		expect(text(`三、本月发现的主要问题\n${found.replace(/责任单位：.*$/, '')}\n`).analysis.commitments).toEqual([]);
	});

	it('a task holds over the paragraphs after it that commit to nothing, to its 责任单位 line', () => {
		const { analysis } = text(
			['（一）推动锦江流域治理', '1.实施锦江流域综合治理。', '到2025年，水质稳定达到Ⅲ类。', '“以前河边很臭。”家住锦江区的市民说。', '责任单位：市水务局，锦江区、青羊区。'].join('\n'),
			'city',
			'2026-02-10'
		);
		const task = analysis.commitments.find((c) => c.verb.startsWith('实施'))!;
		expect(analysis.mentions.filter((m) => m.line === 5).map((m) => [m.surface, m.commitment])).toEqual([
			['锦江区', task.id],
			['青羊区', task.id]
		]);
	});

	it('labels inside one paragraph scope the sentences after each: 锦江区：…。青羊区：…', () => {
		for (const body of ['锦江区：新建口袋公园5个。青羊区：完成老旧小区改造20个。', '【锦江区】新建口袋公园5个。【青羊区】完成老旧小区改造20个。']) {
			const { analysis } = text(body);
			expect(analysis.commitments.map((c) => [c.verb, c.places]), body).toEqual([
				['新建', ['jinjiang']],
				['完成', ['qingyang']]
			]);
		}
	});

	it('a numbered heading that is a district (（一）锦江区) scopes its section', () => {
		const { ingested, analysis } = text('一、区县布局\n（一）锦江区\n新建中小学5所。\n（二）全市\n新建中小学9所。\n');
		expect(ingested.document.paragraphs.map((p) => p.scope)).toEqual(['city', 'jinjiang', 'jinjiang', 'city', 'city']);
		expect(analysis.commitments.map((c) => [c.sentence, c.places])).toEqual([['新建中小学5所。', ['jinjiang']]]);
	});

	it('a paragraph that opens by looking back (过去一年，“十三五”期间，) reports; the background chapter of a plan does too', () => {
		for (const back of ['过去一年，天府国际机场建成投运。', '近年来，天府国际机场建成投运。', '“十三五”期间，天府国际机场建成投运。', '第一章 规划背景\n天府国际机场建成投运。\n'])
			expect(text(back).analysis.commitments.map((c) => c.status), back).toEqual(['reported']);
		expect(text('今年，天府国际机场二期开工建设。').analysis.commitments.map((c) => c.status)).toEqual(['planned']);
	});

	it('a figure after a verb is a target where the text plans, a statistic where it reports', () => {
		const commits = (body: string) => text(body, 'city', '2024-03-18').analysis.commitments.length;
		// A news story: what was reached.
		expect(commits('天府国际机场旅客吞吐量突破3000万人次。')).toBe(0);
		expect(commits('中心城区绿色出行分担率提升至70%。')).toBe(0);
		// The sentence aims.
		expect(commits('到2027年，中心城区绿色出行分担率提升至75%。')).toBe(1);
		expect(commits('力争天府国际机场旅客吞吐量突破4000万人次。')).toBe(1);
		expect(commits('2024年，全市计划实现中心城区绿色出行分担率提升至72%以上。')).toBe(1);
		expect(commits('全市完成年度计划的108%，中心城区绿色出行分担率提升至70%。')).toBe(0);
		// A text whose title says it is a plan states targets: 毗河出境断面水质稳定达到Ⅲ类.
		const plan = (title: string) => text('毗河、清白江出境断面水质稳定达到Ⅲ类以上。', 'city', '2025-02-10', title).analysis.commitments.length;
		expect(plan('青白江区2025年国际铁路港大港区建设重点工作计划（节选）')).toBe(1);
		expect(plan('成都市重点产业功能区高质量发展三年行动方案（2025—2027年）（节选）')).toBe(1);
		expect(plan('成都市卫生健康委员会关于印发《成都市2025年医疗卫生服务体系建设重点任务》的通知')).toBe(1);
		expect(plan('成都市人民政府关于印发《2026年成都市民生实事项目》的通知')).toBe(1);
		expect(plan('青白江区召开生态环境保护大会')).toBe(0);
		// …or the paragraph's lead does: 1.到2030年。….
		expect(commits('1.到2030年。全市天府绿道总里程达到12000公里，龙泉山城市森林公园森林覆盖率达到60%。')).toBe(1);
		expect(commits('（二）主要目标。全市天府绿道总里程达到12000公里，龙泉山城市森林公园森林覆盖率达到60%。')).toBe(1);
		expect(commits('全市天府绿道总里程达到9500公里。')).toBe(0);
		// A report with a review of its own: its plan part's figures are targets, the review's are not.
		const report = '一、2023年工作回顾\n中心城区绿色出行分担率提升至70%。\n二、2024年工作安排\n中心城区绿色出行分担率提升至71%。\n';
		expect(text(report, 'city', '2024-01-20').analysis.commitments.map((c) => [c.sentence, c.status])).toEqual([['中心城区绿色出行分担率提升至71%。', 'planned']]);
	});

	it('a row of a project table commits the places it names, with 建设 where it has no verb of its own; its 建设地点 locates them', () => {
		const table = ['二、重点项目', '序号\t项目名称\t建设地点\t总投资（亿元）', '1\t沱江流域水环境综合治理\t金堂县、简阳市\t42', '2\t成都东站综合枢纽改造\t成华区\t35', '三、保障措施', '3 成华区 另列'].join('\n');
		const { analysis } = text(table);
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['建设', ['tuojiang']],
			['改造', ['chengdu-east-station']]
		]);
		// Past the table's last row, a numbered line is no row.
		expect(analysis.mentions.filter((m) => m.line === 6).map((m) => m.commitment)).toEqual([null]);
	});

	it('a table copied from a web page, a cell a line, commits the places of its cells', () => {
		const table = ['二、重点项目', '序号', '项目名称', '建设地点', '1', '沱江流域水环境综合治理', '金堂县、简阳市', '2', '成都东站综合枢纽改造', '成华区', '三、保障措施', '成华区另列。'].join('\n');
		const { analysis } = text(table);
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['建设', ['tuojiang']],
			['建设', ['jintang', 'jianyang']],
			['改造', ['chengdu-east-station']],
			['建设', ['chenghua']]
		]);
		expect(analysis.mentions.filter((m) => m.line === 12).map((m) => m.commitment)).toEqual([null]);
	});

	it('the lines of a box of projects (专栏) commit every place they name, up to the next heading', () => {
		const { analysis } = text(
			'专栏2 重大交通基础设施项目\n\n轨道交通：地铁13号线一期、17号线二期。\n\n机场：双流国际机场改造提升。\n\n第四章 打造公园城市交通体系\n\n成都东站日均客流超过10万人次。'
		);
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['建设', ['metro-13', 'metro-17']],
			['改造提升', ['shuangliu-airport']]
		]);
		expect(analysis.mentions.filter((m) => m.place === 'chengdu-east-station').map((m) => m.commitment)).toEqual([null]);
		// A box that lists its projects (…重点项目清单), numbered by kind (6.站城融合类：…).
		const list = text('专栏1　2025年两区消费提质重点项目清单\n1.站城融合类：地铁1号线华西坝站，地铁3号线磨子桥站站点周边商业一体化提升。\n').analysis;
		expect(committedOf(list)).toEqual([
			['地铁1号线', true],
			['华西坝站', true],
			['地铁3号线', true],
			['磨子桥站', true]
		]);
	});

	it('a paragraph that opens with a past year (2023年，… in a 2024 text) or 今年以来 reports; its own year or a later one plans', () => {
		const status = (body: string) => text(body, 'city', '2024-03-18').analysis.commitments.map((c) => c.status);
		expect(status('2023年，天府国际机场新开国际航线10条。')).toEqual(['reported']);
		expect(status('今年以来，天府国际机场新开国际航线10条。')).toEqual(['reported']);
		expect(status('截至目前，东部新区已建成道路100公里，天府国际机场新开国际航线10条。')).toEqual(['reported']);
		// As of a date, what was built in all is work done; a count of what runs is a statistic.
		expect(status('截至2023年底，全市累计建成天府绿道7000公里。')).toEqual(['reported']);
		expect(status('截至2023年底，成都国际铁路港累计开行中欧班列2.5万列。')).toEqual([]);
		expect(status('2023年12月，成都国际铁路港获批国家级经开区。')).toEqual(['reported']);
		expect(status('2024年，天府国际机场新开国际航线10条。')).toEqual(['planned']);
		expect(status('2025年，天府国际机场新开国际航线10条。')).toEqual(['planned']);
	});

	it('a review goes on past the paragraph that opened it, up to a heading or a paragraph that looks ahead', () => {
		const status = (body: string) => text(body, 'city', '2025-02-06').analysis.commitments.map((c) => [c.places[0], c.status]);
		const review = '2024年，全区地区生产总值突破1300亿元。\n\n项目是拼出来的。石板滩新城首批12个产业项目全部开工。毗河绿道新都段全线贯通。';
		expect(status(review)).toEqual([
			['shibantanxincheng', 'reported'],
			['pihe-greenway', 'reported']
		]);
		// The speech turns to this year's work; a news roundup to its next topic.
		expect(status(`${review}\n\n第二句话：今年的活，大家要扛起来。\n\n石板滩新城再开工10个项目。`).at(-1)).toEqual(['shibantanxincheng', 'planned']);
		expect(status(`${review}\n\n## ■热词四：烟火气\n\n报告提出，支持春熙路打造世界级商圈。`).at(-1)).toEqual(['chunxilu', 'planned']);
		expect(status(`${review}\n\n总体目标是：到2027年，建成天府绿道1000公里。`).at(-1)).toEqual(['tianfu-greenway', 'planned']);
		expect(status(`${review}\n\n加快建设石板滩新城。`).at(-1)).toEqual(['shibantanxincheng', 'planned']);
		// Without the paragraph that opens it, nothing looks back.
		expect(status('项目是拼出来的。石板滩新城首批12个产业项目全部开工。')).toEqual([['shibantanxincheng', 'planned']]);
	});

	it('a news headline can open the review (## 回眸2025：…), and a sentence inside a paragraph can (一年来，…; 这一年，…)', () => {
		const status = (body: string, date: string) => text(body, 'city', date).analysis.commitments.map((c) => [c.places[0], c.status]);
		const news =
			'## 回眸2025：两线同开 线网迈上新台阶\n\n2025年是第四期建设规划的收官之年。\n\n与此同时，在建线路全年完成投资超过300亿元：17号线二期实现全线轨通；10号线三期5座车站主体结构全部完工。\n\n## 一线一策：每条线都有时间表\n\n17号线二期上半年开通初期运营。';
		expect(status(news, '2026-01-16')).toEqual([
			['metro-17', 'reported'],
			['metro-10', 'reported'],
			['metro-17', 'planned']
		]);
		const meeting = '会议指出，2025年是“十四五”规划收官之年。一年来，全市经济运行稳中有进。这一年，东安湖体育公园完成赛后利用改造并向市民开放；13号线一期建成投运。';
		expect(status(meeting, '2025-12-27')).toEqual([
			['donganhutiyugongyuan', 'reported'],
			['metro-13', 'reported']
		]);
		expect(status('会议强调，2026年要加快建设东安湖体育公园。', '2025-12-27')).toEqual([['donganhutiyugongyuan', 'planned']]);
		// A sentence that opens with a year gone by looks back too, and so do those after it.
		expect(status('新区五年拔节生长。2025年，新区集中攻坚：天府国际空港综合保税区二期围网工程完成验收。', '2026-03-01')).toEqual([['konggang-zongbaoqu', 'reported']]);
		// The sentences after one that looks back go on looking back, up to one that looks ahead.
		const item = '1.“十四五”时期发展取得重大成就。五年来，全区经济实力显著增强。石板滩新城起步区基本建成。下一步，石板滩新城要再开工10个项目。';
		expect(status(item, '2026-01-05')).toEqual([
			['shibantanxincheng', 'reported'],
			['shibantanxincheng', 'planned']
		]);
	});

	it('a paragraph that opens with last year’s work (去年，…) turns to this year’s at 今年，…, and stays there', () => {
		const status = (body: string) => text(body, 'city', '2026-01-20').analysis.commitments.map((c) => [c.places[0], c.status]);
		const para = '去年，红星路步行街提升改造全面完成，李家岩水库正式下闸蓄水。今年，全面启动盐市口商圈焕新工程。配合推进地铁13号线一期建设。';
		expect(status(para)).toEqual([
			['lijiayanshuiku', 'reported'],
			['yanshikou', 'planned'],
			['metro-13', 'planned']
		]);
		// …or at the text's own year: 截至2024年底，… then 2025年，… in a text of 2025.
		const dated = '截至2024年底，锦城绿道全线贯通。2025年，全市重点推进熊猫绿道品质提升。';
		expect(text(dated, 'city', '2025-03-14').analysis.commitments.map((c) => [c.places[0], c.status])).toEqual([
			['jinchenglvdao', 'reported'],
			['xiongmao-greenway', 'planned']
		]);
	});

	it('a paragraph’s short lead labels what it tells, as a slide’s label does: 1.已完成的工作。…, 3.下一步安排。…', () => {
		const leads = '1.已完成的工作。完成金马河清淤疏浚。\n\n2.正在推进的工作。江安河生态修复工程进入主体施工。\n\n3.下一步安排。完成摸底河综合整治。';
		expect(text(leads, 'city', '2024-11-04').analysis.commitments.map((c) => [c.places[0], c.status])).toEqual([
			['jinmahe', 'reported'],
			['jianganhe', 'reported'],
			['modihe', 'planned']
		]);
	});

	it('an interviewer’s question about the time gone by opens a review in the answer, and the next question ends it', () => {
		const status = (body: string) => text(body, 'city', '2025-04-18').analysis.commitments.map((c) => [c.places[0], c.status]);
		const interview =
			'**记者：这八年，淮州新城交出了一份怎样的答卷？**\n**周明远：** 一句话概括，就是从“镇”到“城”。教育上，成都国际职教城一期建成。\n\n**记者：接下来几年，新城的重点放在哪里？**\n**周明远：** 一是提升城市品质。成都国际职教城二期建成。';
		expect(status(interview)).toEqual([
			['guojizhijiaocheng', 'reported'],
			['guojizhijiaocheng', 'planned']
		]);
		// 五年来 and 成果 look back too, and an item that says work goes on faster (加快完善) is still of those years.
		const fiveYears =
			'记者：五年来，东部新区走过了怎样的发展历程？取得了哪些标志性成果？\n\n答：我们做了几件打基础、管长远的大事。三是城市功能加快完善。空港新城起步区主干路网全面建成。\n\n记者：今年的工作重点是什么？\n\n答：今年空港新城将新开工人才公寓16个。';
		expect(status(fiveYears)).toEqual([
			['konggangxincheng', 'reported'],
			['konggangxincheng', 'planned']
		]);
	});

	it('an event dated to a month before the text’s year is reported: 2012年9月，地铁2号线一期开通运营', () => {
		const status = (body: string, date: string) => text(body, 'city', date).analysis.commitments.map((c) => c.status);
		expect(status('2012年9月，地铁2号线一期开通运营。', '')).toEqual(['reported']);
		expect(status('2023年12月，地铁19号线二期开通运营。', '2024-02-01')).toEqual(['reported']);
		// In a text of that year, a month ahead is a plan's date.
		expect(status('2024年12月，地铁19号线二期开通运营。', '2024-02-01')).toEqual(['planned']);
	});

	it('a text with no date is of the year its title names: a paragraph opening with the year before reports', () => {
		const status = (title: string) => {
			const meta: DocumentMeta = { id: 't', file: 't.txt', title: { zh: '', en: '' }, date: '', publisher: '', kind: 'test', scope: 'city' };
			const ingested = ingest(new TextEncoder().encode(`${title}\n\n2023年，天府国际机场新开国际航线10条。\n`), meta);
			return analyse(ingested, parser, gazetteer).commitments.map((c) => c.status);
		};
		expect(status('锦江区2024年政府工作报告')).toEqual(['reported']);
		expect(status('青白江区2023年工作总结和2024年工作安排')).toEqual(['reported']);
		expect(status('成都市航空枢纽建设三年行动计划（2023—2025年）')).toEqual(['planned']);
		expect(status('成都市航空枢纽建设行动计划')).toEqual(['planned']);
	});

	it('news tells what is done with 了, a year gone by or the day it happened; a deadline or a target still plans', () => {
		const status = (body: string) => text(body, 'city', '2025-06-30').analysis.commitments.map((c) => c.status);
		expect(status('东安湖体育公园完成了灯光和转播系统升级。')).toEqual(['reported']);
		expect(status('我们新开通了天府国际机场至温江区的直达机场大巴。')).toEqual(['reported']);
		expect(status('此前开通的18号线，后来又延伸到了天府国际机场。')).toEqual(['reported']);
		expect(status('1995年，成渝高速公路全线通车。')).toEqual(['reported']);
		expect(status('江安河温江段生态廊道去年全线贯通。')).toEqual(['reported']);
		expect(status('6月26日起，27号线一期的旃檀寺站、石门坎站开通运营。')).toEqual(['reported']);
		expect(status('黄忠公园、金牛公园之间新建的慢行连廊日前贯通。')).toEqual(['reported']);
		expect(status('东华门遗址公园6月18日建成开放。')).toEqual(['reported']);
		expect(status('东华门遗址公园须于2025年12月31日前完工开放。')).toEqual(['planned']);
		expect(status('到2027年建成天府绿道1000公里。')).toEqual(['planned']);
		expect(status('较上年新增天府绿道300公里。')).toEqual(['planned']);
		// Today, this year's month, years gone by (几年来), and a post's day after its hashtags.
		expect(status('随着8号线二期今天开通，成华北部群众出行更加便捷。')).toEqual(['reported']);
		expect(status('北湖生态公园二期、东客站片区枢纽商务区等项目同日开工。')).toEqual(['reported']);
		expect(status('已在东郊记忆、望平坊等14个点位常态化举办周末夜间市集。')).toEqual(['reported']);
		expect(status('活动当天，天府艺术公园正式开园。')).toEqual(['reported']);
		expect(status('2号线成都行政学院站TOD项目今年4月建成开放。')).toEqual(['reported']);
		// A part of the text's own year that has ended by its date (dated 2025-06-30): the first quarter, not the second half.
		expect(status('2025年一季度，高新区在天府国际生物城建成投运中试平台。')).toEqual(['reported']);
		expect(status('2025年下半年，高新区在天府国际生物城建成投运中试平台。')).toEqual(['planned']);
		expect(status('几年来，我市累计建成天府绿道7200余公里。')).toEqual(['reported']);
		expect(status('#成都地铁# 【🚇今天14:00，8号线二期开通初期运营！】')).toEqual(['reported']);
		// A hashtag names a topic: its words neither commit nor date (#沙河源公园开园#); its place is a mention.
		const post = text('#沙河源公园开园# #天府国际机场# 【金牛区今天正式开园一座公园！】', 'city', '2025-06-30').analysis;
		expect(post.commitments.map((c) => [c.places, c.status])).toEqual([[['jinniu'], 'reported']]);
		expect(committedOf(post)).toEqual([
			['天府国际机场', false],
			['金牛区', true]
		]);
		expect(status('三河场站TOD项目计划今年4月建成开放。')).toEqual(['planned']);
		expect(status('2001年至2004年，我市实施沙河综合整治工程。')).toEqual(['reported']);
		expect(status('2024—2026年，我市实施沙河综合整治工程。')).toEqual(['planned']);
		// Since when dates what follows, and commits nothing itself.
		expect(text('锦江公园建设启动以来，累计建成锦江绿道主线49公里。', 'city', '2025-06-30').analysis.commitments.map((c) => [c.verb, c.status])).toEqual([
			['建成', 'reported']
		]);
		expect(status('西成高铁通车以来，成都至西安最快3小时可达。')).toEqual([]);
		expect(status('今年底建成开放天府绿道二期。')).toEqual(['planned']);
	});

	it('a clause that says otherwise for itself is a commitment of its own: 天府新区已建成…，锦江区将新建…', () => {
		const { analysis } = text('天府新区上半年已建成投用2所九年一贯制学校，锦江区将新建3所幼儿园。成都外环铁路已完成可研批复，简阳市启动先导段建设。', 'city', '2025-06-30');
		expect(analysis.commitments.map((c) => [c.verb, c.status, c.places])).toEqual([
			['建成投用', 'reported', ['tianfuxinqu']],
			['新建', 'planned', ['jinjiang']],
			// A clause that says nothing of itself goes with the first.
			['完成', 'reported', ['waihuantielu', 'jianyang']]
		]);
		expect(analysis.mentions.map((m) => m.status)).toEqual(['reported', 'planned', 'reported', 'reported']);
		// What looks ahead after the first verb's clause is another verb's; 并… goes on with the clause before.
		const mixed = text('南熏大道站TOD项目去年9月开业，今年将启动明光站站城一体化开发，并围绕万盛站优化接驳公交线路12条。', 'city', '2025-02-01');
		expect(mixed.analysis.commitments.map((c) => [c.verb, c.status, c.places])).toEqual([
			['开业', 'reported', ['nanxundadaozhan']],
			['启动', 'planned', ['mingguangzhan', 'wanshengzhan']]
		]);
		// …and so does the work done alongside it: 配套建设…, 同步实施….
		const alongside = text('青白江区去年完成了大弯站周边的TOD规划编制，今年将启动铁路港站TOD项目建设，配套建设连接成都国际铁路港的风雨连廊。', 'city', '2025-02-01');
		expect(alongside.analysis.commitments.map((c) => [c.verb, c.status])).toEqual([
			['完成', 'reported'],
			['启动', 'planned']
		]);
		expect(alongside.analysis.mentions.filter((m) => m.surface === '成都国际铁路港').map((m) => m.status)).toEqual(['planned']);
	});

	it('a bulletin’s 本月 reports; its 下月计划 plans', () => {
		const status = (body: string) => text(body, 'city', '2025-08-01').analysis.commitments.map((c) => c.status);
		expect(status('本月西大街站完成主体结构封顶。')).toEqual(['reported']);
		expect(status('下月计划完成踏水桥站附属结构施工。')).toEqual(['planned']);
	});

	it('a label on a line of its own (【已完成】, 【推进中】; 【拟谋划】) tells the status of the lines under it, up to the next label or heading', () => {
		const status = (body: string) => text(body, 'city', '2026-11-24').analysis.commitments.map((c) => [c.places[0], c.status]);
		const slide = [
			'【已完成】',
			'▶ 天府艺术公园二期开园',
			'▶ 茶店子客运站外迁，3月完成',
			'【推进中】',
			'▶ 改造凤凰山体育公园周边停车场，完成65%',
			'【拟谋划】',
			'▶ 推进茶店子客运站原址综合开发',
			'## 三、2027年工作思路',
			'▶ 建成天府艺术公园三期',
			'【已完成】',
			'——————',
			'▶ 建成天府艺术公园三期'
		].join('\n\n');
		expect(status(slide)).toEqual([
			['tianfuyishugongyuan', 'reported'],
			['chadianzikeyunzhan', 'reported'],
			['fenghuangshantiyugongyuan', 'reported'],
			['chadianzikeyunzhan', 'planned'],
			['tianfuyishugongyuan', 'planned'],
			['tianfuyishugongyuan', 'planned']
		]);
		// A label in bold, over lines ticked off (✔).
		expect(status('**【已经做了什么】**\n\n✔ 锦城绿道实现全环贯通\n\n✔ 猛追湾滨河街区开街运营')).toEqual([
			['jinchenglvdao', 'reported'],
			['mengzhuiwan', 'reported']
		]);
		// The label alone commits nothing, not even the district of a scoped text.
		expect(text('【已完成】', 'jinniu').analysis.commitments).toEqual([]);
		// A label that tells no time leaves the lines as they were.
		expect(status('【重点项目】\n\n▶ 建成天府艺术公园三期')).toEqual([['tianfuyishugongyuan', 'planned']]);
	});

	it('a weekly’s 本周完成 reports, under its field or in its sentence; 下周计划 and 本周六 still plan', () => {
		const status = (body: string) => text(body, 'city', '2025-05-19').analysis.commitments.map((c) => [c.places[0], c.status]);
		expect(status('本周完成：华西坝站、九眼桥站完成站台门安装调试；踏水桥站1号出入口顶板浇筑完成。下周计划：完成城隍庙站冷水机组吊装。')).toEqual([
			['huaxibazhan', 'reported'],
			['tashuiqiaozhan', 'reported'],
			['chenghuangmiaozhan', 'planned']
		]);
		expect(status('成眉线：本周完成眉山段2座车站站台层铺装；下周计划开展全线动车调试。')).toEqual([['chengmeixian', 'reported']]);
		expect(status('本周，13号线一期有序推进。')).toEqual([['metro-13', 'reported']]);
		// A day of this week still to come is ahead.
		expect(status('本周六在人民公园举办菊花展。')).toEqual([['renmingongyuan', 'planned']]);
		// A reply to a deputy tells what was done under its 办理情况：, what is next under 下一步：.
		expect(status('办理情况：利用猛追湾闲置地块新建临时停车场2处。\n\n下一步：2026年贯通东风渠绿道剩余断点。')).toEqual([
			['mengzhuiwan', 'reported'],
			['dongfengqu-greenway', 'planned']
		]);
		// So does a rectification's 整改情况：, not its 整改措施：.
		expect(status('整改情况：简阳市关闭搬迁绛溪河沿岸禁养区内养殖场67家。')).toEqual([['jianyang', 'reported']]);
		expect(status('整改措施：简阳市关闭搬迁绛溪河沿岸禁养区内养殖场67家。')).toEqual([['jianyang', 'planned']]);
		// A briefing's field of projects done tells what was done too: 已建成项目方面：.
		expect(status('已建成项目方面：东门遗址公园北区提升工程完成验收。在建项目方面：加快白鹭湾湿地公园周边道路改造。')).toEqual([
			['dongmenyizhigongyuan', 'reported'],
			['bailuwanshidigongyuan', 'planned']
		]);
	});

	it('the verb’s words are read where its place’s clause is: #北湖二期开园# 今天上午，北湖生态公园二期正式开园', () => {
		const status = (body: string) => text(body, 'city', '2025-06-30').analysis.commitments.map((c) => [c.verb, c.status]);
		expect(status('#北湖二期开园# 今天上午，北湖生态公园二期正式开园！')).toEqual([['开园', 'reported']]);
	});

	it('a text whose title is of a year before its date looks back: 2024年成都十件大事, dated 2025', () => {
		const status = (title: string, date: string) => {
			const meta: DocumentMeta = { id: 't', file: 't.txt', title: { zh: title, en: '' }, date, publisher: '', kind: 'test', scope: 'city' };
			const ingested = ingest(new TextEncoder().encode(`${title}\n\n**一、三条地铁新线同日开通**\n\n东华门遗址公园建成开放。下一步，将加快建设锦城绿道。\n`), meta);
			return analyse(ingested, parser, gazetteer).commitments.map((c) => c.status);
		};
		expect(status('2024年成都十件大事', '2025-01-03')).toEqual(['reported', 'planned']);
		expect(status('2025年成都十件实事', '2025-01-03')).toEqual(['planned', 'planned']);
		expect(status('成都十件大事', '2025-01-03')).toEqual(['planned', 'planned']);
		// A record of what was done, whatever its year: a yearbook, a year-end review, a company's report on its year.
		expect(status('成都年鉴（2025）·交通', '')).toEqual(['reported', 'planned']);
		expect(status('盘点2025丨成都城建关键词', '2025-12-28')).toEqual(['reported', 'planned']);
		expect(status('成都这一年', '2025-12-31')).toEqual(['reported', 'planned']);
		expect(status('数说2025·成都丨16个数字，读懂这一年的蓉城', '2025-12-31')).toEqual(['reported', 'planned']);
		expect(status('数说成华2025丨一组数据，带你回看成华这一年！', '2025-12-31')).toEqual(['reported', 'planned']);
		// …and a paper's round-up of the news, whose items tell what happened.
		expect(status('区（市）县新闻速览', '2025-06-16')).toEqual(['reported', 'planned']);
		expect(status('成都要闻快讯', '2025-06-16')).toEqual(['reported', 'planned']);
		expect(status('上半年我市十大重点工程“成绩单”出炉', '2025-07-10')).toEqual(['reported', 'planned']);
		// …and a body's report on its year (2025年度运营服务报告), dated or not.
		expect(status('成都轨道交通集团有限公司2025年度运营服务报告', '')).toEqual(['reported', 'planned']);
		// A record's headline that looks ahead (## “十五五”展望：…) plans, up to the next headline.
		const card = (body: string) => {
			const meta: DocumentMeta = { id: 't', file: 't.txt', title: { zh: '温江“十四五”成绩单', en: '' }, date: '2025-12-26', publisher: '', kind: 'test', scope: 'city' };
			return analyse(ingest(new TextEncoder().encode(body), meta), parser, gazetteer).commitments.map((c) => c.status);
		};
		expect(card('温江“十四五”成绩单\n\n建成鲁家滩湿地公园。\n\n## “十五五”展望：向“世界级生命健康城”迈进\n\n负责人表示，温江将重点抓好四方面工作：\n\n一是推进凤溪河站片区TOD综合开发。\n')).toEqual([
			'reported',
			'planned',
			'planned'
		]);
		expect(status('这一年，成都要办的十件事', '2025-01-03')).toEqual(['planned', 'planned']);
		expect(status('成都轨道交通集团有限公司2024年度社会责任报告（节选）', '')).toEqual(['reported', 'planned']);
		expect(status('关于2025年区级十件民生实事完成情况的通报', '2025-12-31')).toEqual(['reported', 'planned']);
		expect(status('2025年国庆假期全市文化和旅游市场运行情况通报', '2025-10-08')).toEqual(['reported', 'planned']);
		expect(status('龙泉驿区督察反馈意见整改清单及进展情况公示', '2025-10-08')).toEqual(['reported', 'planned']);
		expect(status('成都市新都区发展和改革局关于2025年上半年全区重点项目推进情况的报告', '2025-07-14')).toEqual(['reported', 'planned']);
		expect(status('2024年度成都市公园绿道建设专项资金财政支出绩效评价报告', '')).toEqual(['reported', 'planned']);
		// A report of how deputies' motions were handled; a reply to one goes item by item under its own headings.
		expect(status('关于市十八届人大四次会议代表议案办理情况的报告', '2025-12-29')).toEqual(['reported', 'planned']);
		expect(status('温江区交通运输局关于区十九届人大五次会议第47号建议办理情况的答复', '2025-07-01')).toEqual(['planned', 'planned']);
		// A plan's period ends ahead: it plans.
		expect(status('成都市国土空间总体规划（2021—2035年）解读', '2025-01-03')).toEqual(['planned', 'planned']);
		expect(status('三年行动计划（2024-2026）', '2025-01-03')).toEqual(['planned', 'planned']);
		// An amount is no year.
		expect(status('成都绿色低碳产业产值达2010亿元', '2025-01-03')).toEqual(['planned', 'planned']);
		// An audit of last year asks for what must be put right: 要…, …底前, 年内.
		const meta: DocumentMeta = { id: 't', file: 't.txt', title: { zh: '2024年度审计工作报告', en: '' }, date: '2025-06-30', publisher: '', kind: 'test', scope: 'city' };
		const audit = ingest(new TextEncoder().encode('2024年度审计工作报告\n\n淮州新城要加快配套道路建设。督促李家岩水库建设单位于2025年12月底前完成剩余支渠建设。三坝水库完成投资12亿元。\n'), meta);
		expect(analyse(audit, parser, gazetteer).commitments.map((c) => c.status)).toEqual(['planned', 'planned', 'reported']);
	});

	it('the parts of a sentence cut at ； go on in the time its first part set: ahead in a review, gone by in a plan', () => {
		const status = (body: string) => text(`2024年工作总结\n\n${body}`, 'city', '2025-01-10').analysis.commitments.map((c) => [c.places[0], c.status]);
		expect(status('2025年，集团将力争实现13号线一期建成开通；推进成都东站综合交通枢纽改造。建成成都西站接驳工程。')).toEqual([
			['metro-13', 'planned'],
			['chengdu-east-station', 'planned'],
			['xizhan', 'reported']
		]);
		// 将 that says what was done with something looks nowhere ahead.
		expect(status('项目将补助资金用于道路建设；建成成都东站接驳工程。')).toEqual([['chengdu-east-station', 'reported']]);
		// In a plan, the parts after a year gone by go on in that year.
		const plan = (body: string) => text(body, 'city', '2025-01-10').analysis.commitments.map((c) => [c.places[0], c.status]);
		expect(plan('全市供水保障能力持续提升。2023年，自来水六厂完成提标改造；李家岩水库建成并投入运行。加快建设三坝水库。')).toEqual([
			['lijiayanshuiku', 'reported'],
			['sanbashuiku', 'planned']
		]);
		// So do the items a sentence of that time announces with a colon.
		expect(status('2025年，我区将重点做好以下工作：一是加快金牛坝片区城市更新；二是在幸福桥站设立公开栏。建成成都西站接驳工程。')).toEqual([
			['xingfuqiaozhan', 'planned'],
			['xizhan', 'reported']
		]);
	});

	it('a count before a colon commits the list after it with its verb: 新建公园5个：杉板桥公园、二仙桥公园等', () => {
		const { analysis } = text('● 新建（改造）公园5个：杉板桥公园、二仙桥公园、成华公园等\n\n市民游客：杉板桥公园、二仙桥公园\n');
		expect(analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['新建', ['shanbanqiaogongyuan', 'erxianqiaogongyuan', 'chenghuagongyuan']]]);
		// With what it counts between the count and the colon.
		const shuttles = text('灯会期间，市公交集团将开通4条免费接驳专线：\n\n1.接驳1线：地铁3号线熊猫大道站C口至北湖主会场南门；\n\n2.接驳2线：成都东站西广场至北湖主会场东门。\n');
		expect(shuttles.analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['开通', ['xiongmaodadaozhan', 'beihushengtaigongyuan']],
			['开通', ['chengdu-east-station', 'beihushengtaigongyuan']]
		]);
		// …or how it runs told after it; the lines a stop changes to, in brackets, are the way on.
		const runs = text('散场后，成都公交开行3条免费接驳专线，满载即走、发完为止：\n\n接驳1线：凤凰山体育公园—地铁1号线韦家碾站；\n\n接驳3线：凤凰山体育公园—火车北站公交站（换乘地铁1号线、7号线）。\n');
		expect(runs.analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['开行', ['fenghuangshantiyugongyuan', 'weijianianzhan']],
			['开行', ['fenghuangshantiyugongyuan', 'huochebeizhan']]
		]);
		// …or no count but a batch: 实施一批物流补短板项目：.
		const batch = text('实施一批物流补短板项目：①青白江区大同街道城市配送中心；②新都区军屯镇冷链物流园。');
		expect(batch.analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['实施', ['datongjiedao']],
			['实施', ['juntunzhen']]
		]);
		// …or what it lists in order: 本次开通17座，依次为：….
		const stations = text('全线设车站18座，本次开通17座，依次为：石佛站、慈义站、金沙博物馆站。', 'city', '2024-12-10');
		expect(stations.analysis.commitments.map((c) => [c.verb, c.places.length])).toEqual([['开通', 3]]);
		// …with what is done to them between the count and 分别是：.
		const parks = text('全年将对12个重点工业园区开展挥发性有机物（VOCs）专项督查，分别是：成都医学城、成都芯谷和淮州新城。', 'city', '2026-03-01');
		expect(parks.analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['开展', ['chengdu-yixuecheng', 'chengduxingu', 'huaizhouxincheng']]]);
		// A race's course is where the race is held.
		const race = text('根据发布会公布的线路，全程马拉松赛道为：天府广场（起点）—合江亭—九眼桥—金沙遗址博物馆（终点）。', 'city', '2026-09-17');
		expect(race.analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['举办', ['tianfuguangchang', 'hejiangting', 'jiuyanqiao', 'jinshayizhi']]]);
		// …told as a race's line in a notice (（一）马拉松线路：…, 欢乐跑线路：…).
		const notice = text('（一）马拉松线路：天府广场（起点）—合江亭—九眼桥—金沙遗址博物馆（终点）。', 'city', '2025-10-21');
		expect(notice.analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['举办', ['tianfuguangchang', 'hejiangting', 'jiuyanqiao', 'jinshayizhi']]]);
		// …or by its length (10公里线路：…), its stops by arrows.
		const run = text('10公里线路：天府广场（起点）→合江亭→九眼桥→金沙遗址博物馆（终点）。', 'city', '2025-10-21');
		expect(run.analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['举办', ['tianfuguangchang', 'hejiangting', 'jiuyanqiao', 'jinshayizhi']]]);
		expect(text('线路全长10公里。', 'city', '2025-10-21').analysis.commitments).toEqual([]);
	});

	it('the sites of the work told before, listed after their label, commit with it: 新建口袋公园8个，主要点位：…; …加装电梯40部。重点点位：…', () => {
		const parks = text('11.公园绿地提升。新建口袋公园8个，主要点位：双桂路、三环路内侧成龙大道段；实施塔子山公园步道提升。', 'city', '2025-02-10');
		expect(parks.analysis.commitments.map((c) => [c.verb, c.places])).toEqual([
			['新建', ['sanhuanlu']],
			['实施', ['tazishangongyuan']]
		]);
		expect(parks.analysis.unlocated.find((u) => u.name === '双桂路')?.committed).toBe(true);
		const lifts = text('4.老旧院落改造。完成老旧院落改造提升60个，加装电梯40部。重点点位：督院街街道、春熙路街道。', 'city', '2025-02-10');
		expect(lifts.analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['完成', ['duyuanjiejiedao', 'chunxilujiedao']]]);
		// …and its parts each, their label in a paragraph that names no place (…分段实施全封闭管制。各路段管制时间如下： / 1.…：4:00至9:30；).
		const stretches = text('（二）赛道沿线管制。10月26日4:00起，对赛道沿线道路分段实施全封闭管制。各路段管制时间如下：\n\n1.长顺上街、天府广场周边道路：5:00至10:30；', 'city', '2025-10-21');
		expect(stretches.analysis.commitments.map((c) => [c.verb, c.places, c.line])).toEqual([['实施', ['tianfuguangchang'], 3]]);
		// …or some of them (各地要…开放安置点。部分重点安置点如下： / 彭州市：龙门山镇…).
		const shelters = text('各地要在发布山洪灾害预警后2小时内开放安置点，并做好生活物资保障。部分重点安置点如下：\n\n金堂县：淮州新城应急避难场所', 'city', '2025-06-20');
		expect(shelters.analysis.commitments.map((c) => [c.verb, c.places, c.line])).toEqual([['做好', ['huaizhouxincheng'], 3]]);
		// (Not how to get to them: its items are directions, whatever the sentence before forbids.)
		const ways = text('自驾的市民请按现场指引停放车辆，不得占用消防通道和农田。主要点位交通方式如下：\n\n2.锦江区幸福梅林点位：乘地铁13号线至幸福梅林站，出站后步行约10分钟即到。', 'city', '2026-02-20');
		expect(ways.analysis.commitments).toEqual([]);
		// …or what was done to them, before its 的 (今年新建的部分老年助餐点如下：).
		const meals = text('全区助餐点总数达到68个。今年新建的部分老年助餐点如下：\n\n街道｜所在社区｜助餐点类型｜日均就餐人次\n\n营门口街道｜银沙路社区｜社区食堂｜180', 'jinniu', '2025-03-20');
		expect(meals.analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['新建', ['yingmenkoujiedao']]]);
		// …with a note in brackets before its colon, where the list is told in full (按街道分布如下（详见附件1）：).
		const markets = text('2025年计划改造的12个农贸市场按街道分布如下（详见附件1）：\n\n（二）双桥子街道1个：双林农贸市场。', 'chenghua', '2025-03-18');
		expect(markets.analysis.commitments.map((c) => [c.verb, c.places])).toEqual([['改造', ['shuangqiaozijiedao']]]);
		// …and its items of no number, each after one that ended in a ；, up to the one that ends in a 。.
		const reservoirs = text('全区小型水库均落实“三个责任人”。名单如下：\n\n宝狮湖水库（洛带镇宝胜村）；\n\n翠龙水库（柏合街道长松村）；\n\n石经寺水库（茶店镇）。\n\n其余水库分布在茶店镇。', 'longquanyi', '2025-04-18');
		expect(committedOf(reservoirs.analysis)).toEqual([
			['宝狮湖', true],
			['洛带镇', true],
			['柏合街道', true],
			['茶店镇', true],
			['茶店镇', false]
		]);
		// …or its shares after 其中：.
		const shares = text('2025年，全市计划改造城镇老旧小区520个。其中：锦江区48个、青羊区52个。', 'city', '2025-04-18');
		expect(shares.analysis.commitments.map((c) => [c.verb, c.status, c.places])).toEqual([['改造', 'planned', ['jinjiang', 'qingyang']]]);
		// …or a count spelled out (…安排重点项目60个。具体是：), its items by kind, each counted again (2.产业类15个：…).
		const projects = text('今年，全区共安排公园城市建设重点项目60个，年度计划投资126亿元。具体是：\n1.生态类18个：金马河生态修复三期等；\n2.产业类15个：三医创新中心二期、成都医学城人才公寓等；', 'wenjiang', '2025-02-10');
		expect(verbsOf(projects.analysis)).toEqual([
			['金马河', '修复'],
			['三医创新中心', '建设'],
			['成都医学城', '建设']
		]);
		// …or the items of 主要包括：, the work the sentence before names theirs, whatever it does with it (集中开工的12个项目中，…).
		const started12 = text('集中开工的12个项目中，产业项目7个、基础设施项目3个。主要包括：\n\n①安德街道冷链仓储基地，总投资7.3亿元；\n\n②犀浦街道九年一贯制学校新建项目，总投资3.6亿元。', 'city', '2025-03-28');
		expect(verbsOf(started12.analysis)).toEqual([
			['安德街道', '开工'],
			['犀浦街道', '新建']
		]);
		// …or those its subject names before 包括： (今年东部新区计划交付的部分学校包括：).
		const schools = text('今年东部新区计划交付的部分学校包括：\n\n①简州新城第一小学（简州新城，54个班）；\n\n②天府奥体城第二小学（三岔街道，36个班）。', 'city', '2025-06-10');
		expect(committedOf(schools.analysis).slice(1)).toEqual([
			['简州新城第一小学', true],
			['简州新城', true],
			['天府奥体城', true],
			['三岔街道', true]
		]);
		// …or the items its subject names, in the paragraph, the work the subject names theirs (今年计划新开工的5个项目分别是：①…；②…).
		const started = text('今年计划新开工的3个项目分别是：①双流区双流西站TOD；②新都区双凤桥站TOD；③温江区凤溪河站TOD二期。', 'city', '2025-06-10');
		expect(verbsOf(started.analysis)).toEqual([
			['双流区', '新开工'],
			['双流西站', '新开工'],
			['新都区', '新开工'],
			['双凤桥站', '新开工'],
			['温江区', '新开工'],
			['凤溪河站', '新开工']
		]);
	});

	it('the parts of a structure a sentence names commit with its verb, or with their own: “三片”即二仙桥片区…; “一轴”即天府大道…，重点布局…', () => {
		const committed = (body: string) => {
			const { analysis } = text(body, 'city', '2025-05-28');
			return analysis.mentions.map((m) => [m.surface, commitmentOf(analysis, m)?.verb ?? null]);
		};
		expect(committed('到2027年，成华区将重点推进“一带三片”更新：“一带”即沙河滨水活力带，“三片”即二仙桥片区和北湖片区。')).toEqual([
			['成华区', '重点推进'],
			['沙河', '重点推进'],
			['二仙桥片区', '重点推进'],
			['北湖', '重点推进']
		]);
		expect(committed('构建“一轴一带三区”空间结构。“一轴”即天府大道城市功能轴，重点布局总部办公；“三区”即金融城核心区和交子公园商业活力区。')).toEqual([
			['天府大道', '重点布局'],
			['金融城', '构建'],
			['交子公园', '构建']
		]);
		// …or after its label and a colon, a line each.
		expect(committed('构建“一核、三区”的保护格局。\n\n“三区”：以聚源镇为主体的粮油产业区，以天马镇为主体的现代农业区。')).toEqual([
			['聚源镇', '构建'],
			['天马镇', '构建']
		]);
		// A part told item by item (“三区”一是…；二是…) or by what it holds (“多点”包括…).
		expect(committed('构建“一城两廊、三区多点”的国土空间总体格局。“三区”一是以中国川菜产业城为核心的产业发展区；二是以唐昌镇、友爱镇为主体的示范区。“多点”包括战旗村等乡村振兴示范点。')).toEqual([
			['中国川菜产业城', '构建'],
			['唐昌镇', '构建'],
			['友爱镇', '构建'],
			['战旗村', '构建']
		]);
		// Each part in a paragraph of its own, after the one naming the structure.
		expect(committed('构建“一城两廊、三区多点”的国土空间总体格局。\n\n“三区”一是以中国川菜产业城为核心的产业发展区。\n\n“多点”包括战旗村等乡村振兴示范点。\n\n战旗村入选全国示范村。')).toEqual([
			['中国川菜产业城', '构建'],
			['战旗村', '构建'],
			['战旗村', '入选']
		]);
		// …its parts counted by nodes too (多节点).
		expect(committed('构建“一环一带、五廊十片、多节点”的更新空间结构。\n\n“五廊”即府河、沙河5条滨水生态廊道。以流域综合治理为抓手，实施河道生态修复。')).toEqual([
			['府河', '构建'],
			['沙河', '构建']
		]);
		// Each part an item named in a sentence of its own, then defined (（二）两核。即…).
		expect(committed('按照“一廊两核多点”构建片区空间格局。\n\n（一）一廊。即柏条河生态廊道。\n\n（二）两核。即中国川菜产业城和唐昌镇。前者以安德街道为核心。')).toEqual([
			['柏条河', '构建'],
			['中国川菜产业城', '构建'],
			['唐昌镇', '构建'],
			['安德街道', null]
		]);
		// …or defined after its label's colon (（三）三区：…).
		expect(committed('构建“一核两带三区”全域旅游空间格局。\n\n（三）三区：朝阳湖—石象湖生态度假区、长秋山森林康养区。')).toEqual([
			['朝阳湖', '构建'],
			['石象湖', '构建'],
			['长秋山', '构建']
		]);
		// Roads by the lines they draw (“三横三纵”), each part defined by 为.
		expect(committed('规划形成“三横三纵”的骨干路网。“三横”为三环路、五环路；“三纵”为天府大道、熊猫大道。')).toEqual([
			['三环路', '规划形成'],
			['五环路', '规划形成'],
			['天府大道', '规划形成'],
			['熊猫大道', '规划形成']
		]);
		// A screen is a part too (“一屏、三廊”), its parts told in the paragraph after.
		expect(committed('构建“一屏、三廊”的生态保护格局。“一屏”即牧马山浅丘生态屏障。\n\n“三廊”即锦江和白河两条生态廊道。')).toEqual([
			['牧马山', '构建'],
			['锦江', '构建'],
			['白河', '构建']
		]);
		// Each part under a heading of its own, mountains among the parts (“一轴两山三环”).
		expect(committed('规划构建“一轴两山三环”的全域绿道体系。\n\n（一）一轴\n\n“一轴”即锦江。\n\n（二）两山\n\n“两山”即龙门山和龙泉山。')).toEqual([
			['锦江', '规划构建'],
			['龙门山', '规划构建'],
			['龙泉山', '规划构建']
		]);
		// …whatever the sentence that defines a part goes on to do.
		expect(
			committed('规划构建“一轴七带”的全域绿道体系。\n（二）七带\n“七带”即沿走马河、江安河、金马河布局的七条滨河生态绿道，向内连接城市公园，向外延伸至山区和丘陵地区。').map(
				([place, verb]) => [place, verb !== null]
			)
		).toEqual([
			['走马河', true],
			['江安河', true],
			['金马河', true]
		]);
		// The parts defined after the structure's colon or comma commit with the verb that builds it, not the sentence's first.
		for (const join of ['：', '，'])
			expect(committed(`把握发展定位，构建“一港三城”的空间格局${join}“一港”即成都天府国际机场，“三城”即空港新城和简州新城。`).filter(([, verb]) => verb)).toEqual([
				['成都天府国际机场', '构建'],
				['空港新城', '构建'],
				['简州新城', '构建']
			]);
		// Not a definition of no structure named before it.
		expect(committed('“三区”即金融城核心区和交子公园商业活力区。')).toEqual([
			['金融城', null],
			['交子公园', null]
		]);
	});

	it('a sentence that points to a list (下列区域禁止…：) commits the items after it with its verb, and no more', () => {
		const committed = (body: string) => {
			const { analysis } = text(body);
			return analysis.mentions.map((m) => [m.surface, commitmentOf(analysis, m)?.verb ?? null]);
		};
		// The items of a notice's list, each a paragraph; a paragraph that is no item ends the list.
		expect(committed('下列区域全年全天禁止燃放烟花爆竹：\n\n（一）桂湖公园及其周边100米范围；\n\n（二）天府广场广场范围内。\n\n市民可前往宝光寺观赏灯会。')).toEqual([
			['桂湖公园', '禁止'],
			['天府广场', '禁止'],
			['宝光寺', null]
		]);
		// A heading of a higher rank than its items ends it; items under group headings of their own go on.
		expect(committed('共新建3处停车场：\n\n1.桂湖公园北侧停车场；\n\n2.宝光寺东侧停车场；\n\n四、交通指引\n\n（一）轨道交通。乘坐地铁至春熙路站出站。')).toEqual([
			['桂湖公园', '新建'],
			['宝光寺', '新建'],
			['春熙路站', null]
		]);
		expect(committed('下列道路禁止摆摊设点：\n\n（一）主要道路\n\n1．春熙路；\n\n（二）广场及桥梁\n\n1．天府广场。')).toEqual([
			['春熙路', '禁止'],
			['天府广场', '禁止']
		]);
		// A list in the paragraph after the announcement.
		expect(committed('2025年重点在以下站点新增停放区：\n\n春熙路站、骡马市站。')).toEqual([
			['春熙路站', '新增'],
			['骡马市站', '新增']
		]);
		// Where an item is (位置：) commits nothing; the item named first does, with its own verb.
		expect(committed('规划期内新建公厕41座，布局如下：\n\n1. 桂湖公园北门公厕（改建）。位置：桂湖中路，宝光寺东侧约30米。')).toEqual([
			['桂湖公园', '改建'],
			['宝光寺', null]
		]);
		// The body of a notice is no list: 现将有关事项公告如下：
		expect(committed('因工程建设需要，现将有关事项公告如下：\n\n（一）封闭期间，春熙路站A出入口正常使用。')).toEqual([['春熙路站', null]]);
		// Nor is what a colon alone introduces.
		expect(committed('线路走向：\n\n（一）起于春熙路站，止于骡马市站。')).toEqual([
			['春熙路站', null],
			['骡马市站', null]
		]);
	});

	it('a project said done after the verb that names it is reported: 成都站扩能改造工程已开工建设', () => {
		const status = (body: string) => text(body, 'city', '2025-03-01').analysis.commitments.map((c) => c.status);
		expect(status('2024年，成都站扩能改造工程已开工建设。')).toEqual(['reported']);
		// A plan said approved after its verb, or a later clause that dates the event in a year gone by.
		expect(status('金青新大港区规划已获省政府批复。')).toEqual(['reported']);
		expect(status('金青新大港区规划将报省政府批复。')).toEqual(['planned']);
		expect(status('望平坊二期由区属国有平台公司实施改造，于去年9月开街。')).toEqual(['reported']);
		expect(status('望平坊二期由区属国有平台公司实施改造，于2023年9月开街。')).toEqual(['reported']);
		expect(status('望平坊二期由区属国有平台公司实施改造，于2025年9月开街。')).toEqual(['planned']);
		expect(status('光华公园站新增D出入口工程已于2025年5月开工。')).toEqual(['reported']);
		// The verb itself, done at the end of its clause.
		expect(status('此前，宝瓶口沿线的夜景亮化提升已于2023年完成。')).toEqual(['reported']);
		// What a verb works on may be done already; the work is still ahead.
		expect(status('将持续巩固东安湖片区已完成事项整改成效。')).toEqual(['planned']);
		expect(status('将持续巩固已完成事项整改成效，推进东安湖片区整改。')).toEqual(['planned']);
		// News of a project finished, said after the verb that names it, or of works under way.
		expect(status('**4. 武侯祠—锦里片区提升工程完工**')).toEqual(['reported']);
		expect(status('武侯祠—锦里片区风貌提升工程于11月13日完工。')).toEqual(['reported']);
		expect(status('东门遗址公园北区提升工程于7月完工并对外开放。')).toEqual(['reported']);
		expect(status('五年来，天府国际机场建成投运。')).toEqual(['reported']);
		expect(status('武侯祠—锦里片区风貌提升工程将于11月13日完工。')).toEqual(['planned']);
		// A day it is set for (定于) is still to come.
		expect(status('青龙湖湿地公园三期定于4月26日上午9:00正式开园。')).toEqual(['planned']);
		expect(status('青龙湖湿地公园三期于4月26日上午9:00正式开园。')).toEqual(['reported']);
		expect(status('武侯祠—锦里片区风貌提升工程于2026年完工。')).toEqual(['planned']);
		// A digest's line, its page number after blanks: …改造完工　　6版; one that says when it will be done plans.
		expect(status('▶ 东安湖周边交通微循环改造完工　　　6版')).toEqual(['reported']);
		expect(status('东安湖周边交通微循环改造年底前完工。')).toEqual(['planned']);
		expect(status('东安湖周边交通微循环2026年改造完工。')).toEqual(['planned']);
		// A news sentence dated by its day alone: 17日，…贯通.
		expect(status('17日，成都市域铁路成德线全线实现轨道贯通。')).toEqual(['reported']);
		expect(status('成都市域铁路成德线全线实现轨道贯通。')).toEqual(['planned']);
		expect(status('成眉线、成德线建设冲刺。')).toEqual(['reported']);
		expect(status('成德S11线建设也进入关键阶段。')).toEqual(['reported']);
		expect(status('成德S11线新都段正在加快建设。')).toEqual(['reported']);
		expect(status('连接德阳的成德线正加快建设。')).toEqual(['reported']);
		expect(status('市交通运输局正在研究27号线延伸至天府国际机场的方案。')).toEqual(['planned']);
		expect(status('成都段韦家碾站正在进行主体结构施工。')).toEqual(['reported']);
		expect(status('祠堂街、摩诃池公园相继开放。')).toEqual(['reported']);
		// 先后 as 相继, and 已 with whom it was done.
		expect(status('区内先后建成菁蓉镇创新创业示范基地和中国川菜产业城一期园区。')).toEqual(['reported']);
		expect(status('如今，地铁1号线、6号线已先后在新区开通运营。')).toEqual(['reported']);
		// …or whom it ordered to do it: 已责令当事人回填修复金马河受损河床.
		expect(status('崇州市水务局已责令当事人回填修复金马河受损河床。')).toEqual(['reported']);
		expect(status('崇州市水务局将责令当事人回填修复金马河受损河床。')).toEqual(['planned']);
		// A news sentence dated to the hour: 3月28日上午10时，….
		expect(status('3月28日上午10时，李家岩水库下闸蓄水。')).toEqual(['reported']);
		expect(status('李家岩水库下闸蓄水。')).toEqual(['planned']);
		expect(status('假期期间，我局已会同成华区在熊猫基地增开地铁接驳专线。')).toEqual(['reported']);
		// …or with what it was joined: 已与锦城绿道实现贯通.
		expect(status('目前，东区绿道已与锦城绿道、东风渠绿道实现贯通。')).toEqual(['reported']);
		expect(status('下一步，东区绿道将与锦城绿道、东风渠绿道实现贯通。')).toEqual(['planned']);
		expect(status('沙河东篱翠湖公园禁钓警示牌已全部安装。')).toEqual(['reported']);
		expect(status('春熙路、太古里周边32处建筑立面及店招整治已全部完工。')).toEqual(['reported']);
		// A part (其中…) of what the clause before says was done was done too, unless it says otherwise.
		expect(status('全市已开放避暑纳凉点326处，其中淮州新城新增社区纳凉点18处。')).toEqual(['reported']);
		expect(status('全市将新增纳凉点326处，其中淮州新城新增18处。')).toEqual(['planned']);
		// The parts (包括…) of a count of works done are done.
		expect(text('全年计划改造24座车站，已完成18座，包括人民北路站、文殊院站等。', 'city', '2026-01-20').analysis.commitments.map((c) => c.places)).toEqual([
			['renminbeiluzhan', 'wenshuyuanzhan']
		]);
		expect(status('全市已开放纳凉点326处，其中淮州新城将新增18处。')).toEqual(['planned']);
		// A sentence of parts with no verb of its own (其中，锦江区82公顷，…) commits them with the verb of the one before.
		const parts = (body: string) => text(body, 'city', '2025-02-01').analysis.commitments.map((c) => [c.verb, c.places]);
		expect(parts('2025年，中心城区计划供应土地3613公顷。其中，锦江区82公顷，青羊区96公顷。')).toEqual([
			['供应', ['zhongyouquyu']],
			['供应', ['jinjiang', 'qingyang']]
		]);
		expect(parts('中心城区面积较大。其中，锦江区82公顷，青羊区96公顷。')).toEqual([]);
		// …and where the things it opened each are (这6个项目分别位于…).
		expect(parts('今年首批6个TOD综合开发项目正式开业。这6个项目分别位于锦江区、青羊区。')).toEqual([['开业', ['jinjiang', 'qingyang']]]);
		// (…counted by where they are: 中心城区8处分别位于：…, 其余10处分布在….)
		expect(parts('新建水位站18处，重点监测城区河道。中心城区8处分别位于：成华区猛追湾街道。其余10处分布在郫都区、温江区等城区河段。')).toEqual([['新建', ['zhongyouquyu', 'mengzhuiwanjiedao']], ['新建', ['pidu', 'wenjiang']]]);
		expect(parts('TOD综合开发项目越来越多。这6个项目分别位于锦江区、青羊区。')).toEqual([]);
		// …and the shares told after its ；, each of its own places.
		expect(parts('全市计划完成背街小巷整治420条。其中，锦江区、青羊区各不少于30条；龙泉驿区、新都区各不少于15条；简阳市不少于8条。')).toEqual([
			['完成', ['jinjiang', 'qingyang']],
			['完成', ['longquanyi', 'xindu']],
			['完成', ['jianyang']]
		]);
		expect(parts('全市计划完成背街小巷整治420条；龙泉驿区、新都区各不少于15条。')).toEqual([]);
		// …but not those it ranks: a ranking is a statistic, whatever was done to earn it.
		expect(parts('全年新开工老旧小区改造项目68个。其中，浆洗街街道、望江路街道改造数量位居全区前三。')).toEqual([]);
		// …or what it chiefly takes in (重点包括…).
		expect(parts('将全市建筑工地全部纳入重点监管清单。重点包括成渝中线高铁、地铁10号线三期等项目工地。')).toEqual([['纳入', ['chengyuzhongxiangaosutielu', 'metro-10']]]);
		// So does a sentence of the course of the line the one before worked on; alone, a course commits nothing.
		// …a bus route's too.
		expect(parts('同步开通医院接驳专线1路。专线1路起于地铁4号线西河站，经驿都大道，止于成都市中心医院。')).toEqual([['同步开通', ['xihezhan', 'zhongxinyiyuan']]]);
		expect(parts('地铁27号线一期开通运营。线路北起新都区，途经金牛区、青羊区，南至武侯区。')).toEqual([
			['开通运营', ['metro-27']],
			['开通运营', ['xindu', 'jinniu', 'qingyang', 'wuhou']]
		]);
		expect(parts('线路北起新都区，途经金牛区、青羊区，南至武侯区。')).toEqual([]);
		// …a stretch's course too (该段起于…).
		expect(parts('成渝高速扩容工程进展顺利。该段起于成渝立交，经锦江区、龙泉驿区，止于简阳市。').map(([verb]) => verb)).toEqual(['扩容', '扩容']);
		// What a time since a verb dates is done; the verb commits nothing of its own.
		expect(text('会议指出，东部新区设立五年来，天府国际机场投运近四年。', 'city', '2025-05-20').analysis.commitments.map((c) => [c.status, c.places])).toEqual([
			['reported', ['tianfu-airport']]
		]);
		// …or where, after its date: 已于4月3日在成都大学站C口、D口外施划….
		expect(status('龙泉驿区交通运输局已于4月3日在成都大学站C口、D口外施划非机动车停放区2处。')).toEqual(['reported']);
		// A paragraph that looks back to a five-year plan's years, its quotes typed straight.
		expect(status('"十三五"期间，推动建设天府国际机场。')).toEqual(['reported']);
	});

	it('the event a news headline reports is done where the text below tells it again', () => {
		const statuses = (title: string, body: string) => {
			const meta: DocumentMeta = { id: 't', file: 't.txt', title: { zh: title, en: '' }, date: '2026-03-06', publisher: '', kind: 'news', scope: 'city' };
			return analyse(ingest(new TextEncoder().encode(body), meta), parser, gazetteer).commitments.map((c) => [c.verb, c.status]);
		};
		const body = '锦江区：开工项目9个，包括锦江城市会客厅二期等。\n\n东安湖体育公园二期将于2027年开工。\n\n建成锦城绿道驿站3个。';
		expect(statuses('成都2026年一季度重大项目集中开工', body)).toEqual([
			['开工', 'reported'],
			['开工', 'planned'],
			['建成', 'planned']
		]);
		// A headline of what is still to come, or a notice's title, reports nothing.
		expect(statuses('成都一季度重大项目将集中开工', body).map(([, s]) => s)).toEqual(['planned', 'planned', 'planned']);
		expect(statuses('关于重大项目集中开工期间交通管制的通告', body).map(([, s]) => s)).toEqual(['planned', 'planned', 'planned']);
		// …and so are its parts, listed after it, whatever verb their names hold; what they will become stays ahead.
		const parts = '【龙泉驿区分会场】开工项目21个，总投资168.5亿元。主要包括：洛带古镇保护利用提升工程（6.8亿元）。其中洛带古镇项目将建成客家文化街区。';
		expect(statuses('成都第二季度268个重大项目集中开工', parts)).toEqual([
			['开工', 'reported'],
			['保护', 'reported'],
			['建成', 'planned']
		]);
		expect(statuses('成都第二季度重大项目集中签约', parts).map(([, s]) => s)).toEqual(['planned', 'planned', 'planned']);
	});

	it('the items after 做了三方面工作 (一是…, 二是…) report that work; what follows them plans', () => {
		const status = (body: string) => text(body, 'city', '2025-06-10').analysis.commitments.map((c) => c.status);
		expect(status('张建国：今年以来，市水务局重点做了三方面工作。\n\n一是河道整治。完成金马河清淤疏浚。\n\n二是堤防加固。完成江安河堤防加固。\n\n下一步，完成清水河综合整治。')).toEqual(['reported', 'reported', 'planned']);
		// Items of work to be done plan.
		expect(status('今年将重点做好三方面工作。\n\n一是河道整治。完成金马河清淤疏浚。')).toEqual(['planned']);
		// In a report, the items after 2025年，我区将重点做好以下工作： plan, up to a paragraph that is not one.
		const report = (body: string) => {
			const meta: DocumentMeta = { id: 't', file: 't.txt', title: { zh: '成华区2024年政府信息公开工作年度报告', en: '' }, date: '2025-01-24', publisher: '', kind: 'test', scope: 'city' };
			return analyse(ingest(new TextEncoder().encode(body), meta), parser, gazetteer).commitments.map((c) => c.status);
		};
		const items = '一是深化重点领域公开。围绕东郊记忆片区综合开发，做好征收补偿信息公开。\n\n二是拓展公开渠道。在北湖生态公园设置政务公开体验点。\n\n';
		expect(report(`成华区2024年政府信息公开工作年度报告\n\n2024年，工作仍存在不足。2025年，我区将重点做好以下工作：\n\n${items}建成了锦城绿道东段。`)).toEqual([
			'planned',
			'planned',
			'reported'
		]);
		expect(report(`成华区2024年政府信息公开工作年度报告\n\n2024年，我区重点做好以下工作：\n\n${items}`)).toEqual(['reported', 'reported']);
	});

	it('a heading of a year before the text’s own reports: 一、2024年经济运行的主要特征, in a study of 2025', () => {
		const meta: DocumentMeta = { id: 't', file: 't.txt', title: { zh: '以产业建圈强链推动经济高质量发展', en: '' }, date: '2025-03-12', publisher: '', kind: 'test', scope: 'city' };
		const study = ingest(
			new TextEncoder().encode('以产业建圈强链推动经济高质量发展\n\n一、2024年经济运行的主要特征\n\n地铁27号线一期建成开通。\n\n二、对策建议\n\n加快建设锦城绿道。\n\n三、产值达2010亿元的产业\n\n加快建设东安湖公园。\n'),
			meta
		);
		expect(analyse(study, parser, gazetteer).commitments.map((c) => c.status)).toEqual(['reported', 'planned', 'planned']);
		// …whatever its words say: a bulletin of 2024's 2024年主要工作 was done, its 2025年主要措施 plan.
		const bulletin = ingest(
			new TextEncoder().encode('2024年成都市环境质量公报\n\n五、2024年主要工作\n\n完成兴隆湖水生态修复二期工程。\n\n六、2025年主要措施\n\n开展青龙湖富营养化综合治理。\n'),
			{ ...meta, title: { zh: '2024年成都市环境质量公报', en: '' } }
		);
		expect(analyse(bulletin, parser, gazetteer).commitments.map((c) => c.status)).toEqual(['reported', 'planned']);
	});

	it('a progress report’s plan for the rest of the year is planned: 2025年，将…, 下一步工作', () => {
		const { analysis } = text(
			'成都市公园城市生态建设工作进展情况报告\n\n一、重点工程进展\n\n2023年，已完成龙泉山增绿增景10.5万亩。2025年，将重点实施龙泉山东坡生态修复工程。新津区将依托天府农博园建设农博绿道二期。\n\n二、下一步工作\n\n加快建设锦城绿道。\n'
		);
		expect(analysis.commitments.map((c) => [c.verb, c.status])).toEqual([
			['完成', 'reported'],
			['重点实施', 'planned'],
			['建设', 'planned'],
			['加快建设', 'planned']
		]);
	});

	it('a commitment said to be done already (已…, 相继…, news’ 正式…) is reported, whatever its section; its mentions follow it', () => {
		for (const done of ['地铁19号线二期已建成通车。', '地铁19号线二期已于2023年12月开通运营。', '地铁19号线二期已经全面建成。', '兴隆湖畔一批科技基础设施相继建成投运。']) {
			const { analysis } = text(done);
			expect(analysis.commitments.map((c) => c.status), done).toEqual(['reported']);
			expect(analysis.mentions.map((m) => m.status), done).toEqual(['reported']);
		}
		expect(text('加快建设地铁19号线二期，力争年内建成通车。').analysis.commitments.map((c) => c.status)).toEqual(['planned']);
		// News tells what is done with 正式, 顺利 or 成功; a sentence that looks ahead still plans.
		expect(text('12月18日，地铁19号线二期正式开通运营。').analysis.commitments.map((c) => c.status)).toEqual(['reported']);
		expect(text('天府国际机场二期工程将于2026年正式开工。').analysis.commitments.map((c) => c.status)).toEqual(['planned']);
		expect(text('力争年内地铁19号线二期正式开通运营。').analysis.commitments.map((c) => c.status)).toEqual(['planned']);
		// An honour received is told when it is done; one aimed at is planned.
		expect(text('青羊区获评全国文明城区。').analysis.commitments.map((c) => c.status)).toEqual(['reported']);
		expect(text('力争青羊区入选全国文明城区。').analysis.commitments.map((c) => c.status)).toEqual(['planned']);
		// A sentence that opens with its day reports the event its verb names.
		expect(text('昨日，东部新区50个重大项目集中开工。').analysis.commitments.map((c) => c.status)).toEqual(['reported']);
		expect(text('12月28日，地铁19号线二期开通运营。').analysis.commitments.map((c) => c.status)).toEqual(['reported']);
		expect(text('1月10日，市政府召开会议，要求加快推进天府国际机场二期建设。').analysis.commitments.map((c) => c.status)).toEqual(['planned']);
		expect(text('近日，市政府印发方案，明确将加快建设地铁19号线二期。').analysis.commitments.map((c) => c.status)).toEqual(['planned']);
	});

	it('a sentence whose words name no theme takes the one its place’s name gives: a park is ecology', () => {
		expect(text('推进人民公园、百花潭公园更新改造。').analysis.commitments.map((c) => c.theme)).toEqual(['ecology']);
		// The words still come first: 交子公园 is a park, but its 商圈 is consumption.
		expect(text('加快建设交子公园商圈。').analysis.commitments.map((c) => c.theme)).toEqual(['consumption']);
	});

	it('target years and figures of the sentence go with the commitment', () => {
		const { analysis } = text('到2025年，加快建设天府绿道1000公里。', 'city', '2020-07-15');
		expect(analysis.commitments[0]).toMatchObject({ places: ['tianfu-greenway'], years: [2025], figures: ['1000公里'] });
	});

	it('a river’s chief named for it (区级河长：陈立新) puts the river in the government’s care; the route’s ends and a town that labels its officials commit nothing', () => {
		const { analysis } = text(
			'1.柏条河（郫都段）：起于唐昌镇与都江堰市交界处，止于团结街道石堤堰，境内长17.2公里。区级河长：陈立新。\n\n主要河流镇（街道）级河长如下：\n唐昌镇：党委书记王雪梅——徐堰河；镇长曾勇——柏木河',
			'pidu',
			'2025-03-20'
		);
		expect(committedOf(analysis)).toEqual([
			['柏条河', true],
			['郫都', true],
			['唐昌镇', false],
			['都江堰市', false],
			['团结街道', false],
			['石堤堰', false],
			['唐昌镇', false],
			['徐堰河', true],
			['柏木河', true]
		]);
		// …and so does a table of rivers and their chiefs, each river where it flows; the ends of its stretch only bound it, whatever the
		// chief is in charge of.
		const table = text(
			['序号｜河流（湖泊）名称｜河段起止点｜所在镇（街道）｜河长｜职务｜主要职责', '1｜金马河｜与都江堰市交界处—和盛镇与天府街道交界处｜和盛镇｜陈志刚｜镇党委书记｜负责本河段日常巡河'].join('\n'),
			'wenjiang',
			'2025-03-20'
		).analysis;
		expect(committedOf(table)).toEqual([
			['金马河', true],
			['都江堰市', false],
			['和盛镇', false],
			['天府街道', false],
			['和盛镇', true]
		]);
		// …and a table of forests and their chiefs, by the town each is in charge of.
		const forests = text(['序号｜责任区域｜主要山体、林区、公园｜市级林长｜镇（街道）级林长｜村（社区）级林长', '2｜白鹿镇｜白鹿森林公园、白鹿顶｜刘明远（市委副书记）｜王强｜各村党组织书记'].join('\n'), 'pengzhou', '2024-03-01').analysis;
		expect(forests.commitments.map((c) => c.verb)).toEqual(['林长']);
		// …and a table of streets and their chiefs, each street and the office it belongs to, its ends aside.
		const streets = text(['序号｜街巷名称｜起止点｜所属街道｜长度（米）｜区级街巷长｜配合部门', '1｜春熙路｜天府广场—东大街｜春熙路街道｜1100｜区委书记｜区商务局'].join('\n'), 'jinjiang', '2025-03-01').analysis;
		expect(streets.commitments.map((c) => c.verb)).toEqual(['街巷长']);
		expect(committedOf(streets)).toEqual([
			['春熙路', true],
			['天府广场', false],
			['春熙路街道', true]
		]);
		// …and a table of stretches closed, each by its road's name, its ends aside (管制路段｜起止点; 道路名称｜施工路段（起止点）).
		const closed = text(['表1　2025成都马拉松赛道分段管制时间表', '序号｜管制路段｜起止点｜对应赛程｜封闭时间｜预计恢复通行时间', '1｜春熙路｜天府广场至东大街路口｜约15.6—16.7公里｜6:30｜10:10'].join('\n'), 'jinjiang', '2025-10-20').analysis;
		expect(closed.commitments.map((c) => c.verb)).toEqual(['管制']);
		expect(committedOf(closed)).toEqual([
			['春熙路', true],
			['天府广场', false]
		]);
		// …and a table of roads where heavy trucks are restricted, by the road's name, the stretch beside it told by its ends (道路名称｜限行路段).
		const limited = text(['重型货车限行道路（路段）一览表', '序号｜道路名称｜限行路段｜限行时段｜所在区域', '2｜人民南路｜二环路至三环路｜7:00—9:00、17:00—19:30｜武侯区'].join('\n'), 'city', '2026-01-10').analysis;
		expect(limited.commitments.map((c) => c.verb)).toEqual(['限行']);
		expect(limited.unlocated.map((u) => [u.name, u.committed])).toEqual([['人民南路', true]]);
		expect(committedOf(limited)).toEqual([
			['二环路', false],
			['三环路', false],
			['武侯区', true]
		]);
		// …as is a stretch worked on beside the road's name (道路名称｜实施路段).
		const planted = text(['序号｜所属区域｜道路名称｜实施路段｜主要内容｜更新补植（株）｜完成时限', '9｜金牛区｜人民北路｜一环路至二环路｜香樟老弱株更新｜360｜11月30日'].join('\n'), 'city', '2025-03-01').analysis;
		expect(planted.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['人民北路', true],
			['一环路', false]
		]);
		expect(committedOf(planted)).toEqual([
			['金牛区', true],
			['二环路', false]
		]);
		// …and a table of bus lanes set on roads, their stretches' ends aside (道路名称｜起止路段).
		const lanes = text(['新增公交专用车道一览表', '序号｜道路名称｜起止路段｜方向｜车道位置｜启用时段｜所在区域', '4｜成双大道｜二环路至三环路｜双向｜最外侧机动车道｜工作日高峰时段｜武侯区'].join('\n\n'), 'city', '2026-04-20').analysis;
		expect(committedOf(lanes)).toEqual([
			['二环路', false],
			['三环路', false],
			['武侯区', true]
		]);
		// …and a table of roads whose overhead lines go underground, the road's column naming two kinds (道路（街巷）名称), by its title's 入地.
		const buried = text(['附件1', '锦江区2025年度架空线入地道路清单', '序号｜道路（街巷）名称｜起止范围｜长度（米）｜所属街道｜入地线缆类型｜计划完成时间', '1｜红星路二段｜庆云南街口—东大街口｜860｜春熙路街道｜电力、通信｜2025年7月'].join('\n\n'), 'jinjiang', '2025-03-01').analysis;
		expect(buried.commitments.map((c) => c.verb)).toEqual(['入地', '入地']);
		expect(buried.unlocated.map((u) => [u.name, u.committed])).toEqual([
			['红星路', true],
			['庆云南街', false],
			['东大街', false]
		]);
	});
});

describe('headlines', () => {
	const news = (title: string, body: string) => text(`${title}\n\n${body}\n`, 'city', '2024-10-21', title).analysis;
	const headline = (a: Analysis, line: number) => a.mentions.filter((m) => m.line === line).map((m) => [m.surface, m.commitment === null ? null : a.commitments.find((c) => c.id === m.commitment)!.verb]);

	it('a title’s places commit with the first work the text under it commits at each', () => {
		const a = news('成都地铁8号线二期、10号线三期最新进展来了', '8号线二期新设西航港客运中心站1座。\n\n10号线三期起于人民公园站，计划年底建成通车。');
		expect(headline(a, 1)).toEqual([['成都地铁8号线', '新设'], ['10号线', '建成通车']]);
	});

	it('a title told with a kicker before it commits as the title', () => {
		const a = text('老工业区“蝶变”进行时｜东郊记忆焕新 成华区今年再推12个项目\n\n2025-04-16 来源：成华发布\n\n今年将推进东郊记忆二期改造。\n', 'city', '', '').analysis;
		expect(a.mentions.filter((m) => m.line === 1).map((m) => [m.surface, m.commitment !== null])).toEqual([
			['东郊记忆', true],
			['成华区', false]
		]);
	});

	it('so do the title’s second line’s, over the whole text, and not a report’s byline or a visitors’ guide', () => {
		const a = news('开局即冲刺 项目挑大梁', '我市重大项目集中开工 天府新区主会场31个项目同步开建\n\n2025-03-07 来源：成都日报\n\n【主会场】\n\n天府新区今年将新开工项目31个。');
		expect(headline(a, 3)).toEqual([['天府新区', '新开工']]);
		const report = news('2025年政府工作报告', '——2025年1月8日在新都区召开的人民代表大会上\n\n新都区将加快建设石板滩新城。');
		expect(headline(report, 3)).toEqual([['新都区', null]]);
		const guide = news('周末攻略｜一天逛完锦江', '锦江区今年将改造水井街。');
		expect(headline(guide, 1)).toEqual([['锦江', null]]);
		// …nor a page's record line, whoever gives the text (来源：郫都区政务网).
		const page = news('关于公布2025年度区级河长名单的公告', '发布时间：2025-03-21 16:05　来源：郫都区政务网\n\n郫都区将实施毗河水生态综合治理工程。');
		expect(headline(page, 3)).toEqual([['郫都区', null]]);
	});

	it('a news subheading’s places commit with the work of its own part only', () => {
		const a = news('成都地铁建设提速', '【10号线三期：从人民公园“钻”到太平园】\n\n据介绍，线路全长约5.87公里。\n\n【17号线二期：18座车站“一线串起”主城】\n\n10号线三期和17号线二期计划年底建成通车。');
		expect(headline(a, 3)).toEqual([['10号线', null], ['人民公园', null]]);
		expect(headline(a, 7)).toEqual([['17号线', '建成通车']]);
	});

	it('so does an item’s heading that names the project, up to the next heading', () => {
		const a = news('今年这些新公园要来了', '① 白河公园三期\n\n今年，白河公园三期将向南延伸约2.3公里。\n\n② 鲁家滩湿地公园二期\n\n白河公园周边将新增口袋公园3处。');
		expect(headline(a, 3)).toEqual([['白河公园', '延伸']]);
		expect(headline(a, 7)).toEqual([['鲁家滩湿地公园', null]]);
	});

	it('a label, an official’s title or a document’s number commits nothing', () => {
		const a = news('锦江治理见成效', '【锦江】从“水清岸绿”到“人水共生”\n\n今年将实施锦江水生态修复。');
		expect(headline(a, 3)).toEqual([['锦江', null]]);
		const b = news('成都市锦江区委书记： 加快打造春熙路商圈', '锦江区将加快打造春熙路商圈。');
		expect(headline(b, 1)).toEqual([['锦江区', null], ['春熙路商圈', '加快打造']]);
	});

	it('a hotline’s heading that tells a complaint commits nothing, whatever the reply does', () => {
		const a = news('网络理政选登', '【武侯区】机投桥街道武青南路工地夜间施工噪音扰民\n\n机投桥街道将加强对工地的夜间巡查。');
		expect(headline(a, 3).map(([surface, verb]) => [surface, verb !== null])).toEqual([
			['武侯区', false],
			['机投桥街道', false]
		]);
	});

	it('a heading of how things stand commits nothing: 一、中心城区公园绿地建设基本情况', () => {
		const a = news('答复', '一、中心城区公园绿地建设基本情况\n\n今年将在中心城区新建社区绿道120公里。');
		expect(headline(a, 3)).toEqual([['中心城区', null]]);
	});

	it('the title of a list or a summary commits nothing, whatever the text under it commits', () => {
		const a = news('西控区域南部片区（蒲江县、大邑县）2024年乡村振兴工作总结', '2024年，蒲江县、大邑县统筹推进乡村建设。');
		expect(headline(a, 1)).toEqual([['西控区域', null], ['蒲江县', null], ['大邑县', null]]);
	});
});

describe('names the gazetteer lacks', () => {
	it('a name found inside an unknown one gives way to it: 温江 in 成都中医药大学温江校区', () => {
		const { analysis } = text('加快成都中医药大学温江校区二期建设。', 'city', '2025-02-10');
		expect(analysis.mentions).toEqual([]);
		expect(analysis.unlocated.map((u) => [u.name, u.reason, u.committed])).toEqual([['成都中医药大学温江校区', 'not-in-gazetteer', true]]);
	});
});

describe('a paragraph that never breaks', () => {
	// A guard against work that grows with the square of a paragraph (each mention looked for among all of its
	// sentences or clauses, the whole sentence read for each of its clauses): a text pasted without line breaks is
	// one paragraph. Four times the text takes about four times as long (3–5 measured); such work took twenty. (A
	// ratio, not a time: this machine's speed and load vary, the shape of the work does not.)
	it('of 1,340,000 characters, with commas or with stops, takes about four times as long as a quarter of it', () => {
		for (const unit of ['加快建设天府国际机场，推进春熙路商圈提升，', '加快建设天府国际机场。推进春熙路商圈提升。']) {
			const time = (n: number) => {
				const t = performance.now();
				const { analysis } = text(unit.repeat(n));
				const ms = performance.now() - t;
				expect(analysis.mentions).toHaveLength(2 * n);
				return ms;
			};
			time(4000); // warm up the compiled code first
			const quarter = time(16000);
			const whole = time(64000);
			expect(whole / quarter).toBeLessThan(8);
		}
	});
});

describe('seed 000 (plenary session, 2022)', () => {
	const { ingested, analysis } = seed('000');
	const jinjiang = gazetteer.byId.get('jinjiang')!;
	const qingyang = gazetteer.byId.get('qingyang')!;

	it('finds 春熙路 on lines 23 and 27, at 春熙路 in 锦江区', () => {
		const ms = mentionsOf(analysis, 'chunxilu');
		expect(ms.map((m) => m.line)).toEqual([23, 27]);
		for (const m of ms) {
			expect(m.surface).toBe('春熙路');
			expect(turf.distance([m.lng, m.lat], [104.077, 30.6559], { units: 'meters' })).toBeLessThan(500);
		}
		expect(gazetteer.byId.get('chunxilu')!.adcode).toBe(jinjiang.adcode);
	});

	it('commits 春熙路 with 打造 through the framing clause, as consumption', () => {
		const m = mentionsOf(analysis, 'chunxilu').find((x) => x.line === 27)!;
		expect(commitmentOf(analysis, m)).toMatchObject({ verb: '打造', theme: 'consumption', status: 'planned' });
		const head = mentionsOf(analysis, 'chunxilu').find((x) => x.line === 23)!;
		expect(commitmentOf(analysis, head)?.verb).toMatch(/打造$/);
	});

	it('finds 航空新城 as a place of 青羊区, committed with 加快推进', () => {
		const ms = mentionsOf(analysis, 'qingyanghangkongxincheng');
		expect(ms.map((m) => m.line)).toEqual([37, 41, 43]);
		expect(gazetteer.byId.get('qingyanghangkongxincheng')!.adcode).toBe(qingyang.adcode);
		expect(commitmentOf(analysis, ms.find((m) => m.line === 43)!)?.verb).toBe('加快推进');
	});

	it('finds 天府文化公园, 摩河池公园 (as 摩诃池公园), 淮州新城 and 龙泉汽车城', () => {
		expect(mentionsOf(analysis, 'tianfuwenhuagongyuan').map((m) => m.line)).toEqual([43, 43]);
		expect(mentionsOf(analysis, 'mohechigongyuan').map((m) => [m.line, m.surface, m.name])).toEqual([[43, '摩河池公园', '摩诃池公园']]);
		expect(mentionsOf(analysis, 'huaizhouxincheng').map((m) => m.line)).toEqual([69, 71]);
		expect(mentionsOf(analysis, 'longquanqichecheng').map((m) => m.line)).toEqual([71]);
	});

	it('commits 淮州新城 and 龙泉汽车城 on line 71 with 大力实施 (依托… framed after its subject)', () => {
		for (const place of ['huaizhouxincheng', 'longquanqichecheng']) {
			const m = mentionsOf(analysis, place).find((x) => x.line === 71)!;
			expect(commitmentOf(analysis, m)?.verb, place).toBe('大力实施');
		}
	});

	it('never commits a district named in an official’s title', () => {
		const titled = analysis.mentions.filter((m) => ingested.original.slice(m.end, m.end + 3) === '委书记');
		// 锦江区委书记 on lines 23 and 25, 青羊区委书记 on lines 37 and 39.
		expect(titled.map((m) => [m.line, m.place])).toEqual([
			[23, 'jinjiang'],
			[25, 'jinjiang'],
			[37, 'qingyang'],
			[39, 'qingyang']
		]);
		for (const m of titled) expect(m.commitment).toBeNull();
		// Yet line 25 does commit 锦江区 where the district itself acts (锦江区将深入实施…).
		expect(analysis.mentions.some((m) => m.line === 25 && m.place === 'jinjiang' && m.commitment !== null)).toBe(true);
	});

	it('never commits the district in its question (锦江区该如何更好把握发展机遇？)', () => {
		const at = ingested.original.indexOf('锦江区该如何');
		const m = analysis.mentions.find((x) => x.start === at)!;
		expect(m).toBeDefined();
		expect(m.commitment).toBeNull();
	});

	it('reads bare 锦江 in the 锦江 section as the district, and 锦江城市会客厅 as its own place', () => {
		const line27 = analysis.mentions.filter((m) => m.line === 27).map((m) => [m.surface, m.place]);
		expect(line27).toEqual([
			['春熙路', 'chunxilu'],
			['锦江城市会客厅', 'jinjiangchengshihuiketing'],
			['锦江', 'jinjiang']
		]);
	});

	it('does not commit a place quoted in a brand (“来成都到锦江，推门就是美好生活”靓丽品牌)', () => {
		expect(analysis.mentions.filter((m) => m.line === 31).map((m) => m.commitment)).toEqual([null]);
		// …nor one in a product's protected origin; the place that builds on it does commit.
		const origin = text('蒲江县依托“蒲江猕猴桃”“蒲江丑柑”三个国家地理标志产品，推动农商文旅融合发展。\n', 'city', '2024-10-01').analysis;
		expect(committedOf(origin)).toEqual([['蒲江县', true], ['蒲江', false], ['蒲江', false]]);
		// …nor one that opens a quoted event's name: the event is held where the sentence says.
		const event = text('今年还将在兴隆湖南岸举办第三届“科学城创新嘉年华”。\n').analysis;
		expect(committedOf(event)).toEqual([['兴隆湖', true], ['科学城', false]]);
		// …nor one that ends an event's quoted title (“龙腾东安湖”新春灯会), not the venue the event is named after (“东郊记忆”草坪音乐会).
		const titled = text('“龙腾东安湖”新春灯会将在东安湖公园亮灯。本周末将举办“东郊记忆”草坪音乐会。\n', 'city', '2025-01-10').analysis;
		expect(committedOf(titled)).toEqual([['东安湖', false], ['东安湖公园', true], ['东郊记忆', true]]);
		// …nor one in a slogan of two phrases joined by a dot (annotators 35:8), unless it is the vision a district builds or the
		// place worked along.
		const slogans = text('擦亮“鱼凫故里·金温江”城市名片，打造“游天府绿道·赏川西林盘”精品线路。\n\n全力建设“人文青羊·航空新城”。推动“珠链锦绣·锦水公园”沿线提档升级。\n', 'qingyang').analysis;
		expect(committedOf(slogans)).toEqual([
			['温江', false],
			['天府绿道', false],
			['青羊', true],
			['航空新城', true],
			['锦水公园', true]
		]);
		// …nor in the qualities a slogan gives a place, its name after each; a list of places in quotes still commits.
		const qualities = text('我局围绕“创新郫都、开放郫都、宜居郫都”建设目标，深入开展“攻坚提速年”行动。加快“锦江公园、天府绿道”建设。\n').analysis;
		expect(committedOf(qualities)).toEqual([
			['郫都', false],
			['郫都', false],
			['郫都', false],
			['锦江公园', true],
			['天府绿道', true]
		]);
	});

	it('does not commit what a proposal asks for after 建议：, though each item has its verb', () => {
		const { analysis } = text('提案认为锦江与沙河两大绿道之间存在断点。建议：（1）尽快打通锦江、沙河绿道连接段；（2）在塔子山公园沿线增设驿站。\n\n成华区已启动沙河绿道品质提升二期工程。');
		expect(analysis.commitments.map((c) => c.places)).toEqual([['chenghua', 'shahe']]);
	});

	it('commits what a report recommends in its part of recommendations, its (一)…(二)… included, and no further', () => {
		const body = (heading: string) =>
			`三、存在的问题\n\n（一）绿道连通不够。锦城公园部分区段未贯通。\n\n${heading}\n\n（一）加快完善绿道网络。建议市政府统筹推进锦城绿道新都区段贯通工程。\n\n（二）系统推进水生态治理。建议加快沙河流域雨污分流改造。\n\n五、其他\n\n建议加快江安河治理。\n`;
		const committed = (heading: string) => [...new Set(text(body(heading)).analysis.commitments.flatMap((c) => c.places))];
		expect(committed('四、意见和建议')).toEqual(['jinchenglvdao', 'xindu', 'shahe']);
		// A proposal's 建议 asks; so does one under any other heading, and a proposal's own part of suggestions.
		expect(committed('四、绕行建议')).toEqual([]);
		const meta = { id: 't', file: 't.txt', title: { zh: '关于完善锦城绿道的提案', en: 't' }, date: '2024-02-01', publisher: '', kind: 'test', scope: 'city' };
		const proposal = analyse(ingest(new TextEncoder().encode(body('四、几点建议')), meta), parser, gazetteer);
		expect(proposal.commitments).toEqual([]);
		// (…its 具体建议 too, items that do not say 建议 first included.)
		const items = '三、具体建议\n\n1.针对18号线福田站等新区站点，建议东部新区开通定制公交。\n\n2.在天府机场北站增设风雨连廊。\n';
		expect(analyse(ingest(new TextEncoder().encode(items), meta), parser, gazetteer).commitments).toEqual([]);
		// …and so does the political consultative conference's own report, by its byline (annotators 0:34).
		expect(committed('四、对策建议')).toEqual(['jinchenglvdao', 'xindu', 'shahe']);
		expect(text(`发布时间：2025-09-18　来源：市政协城乡建设和资源环境委员会\n\n${body('四、对策建议')}`).analysis.commitments).toEqual([]);
		// …whatever its items read (3. 结合城市更新，…增设…), its byline among the page's furniture, up to the part where the departments
		// say what they will do.
		const visit = text(
			'首页 > 履职工作 > 视察调研\n\n关于全区绿道建设管理情况的视察报告\n\n来源：区政协办公室　　发布时间：2024-10-16 09:32　　字号：大 中 小\n\n' +
				'三、意见建议\n\n（一）加快补齐绿道断点\n1. 结合城市更新，在沙河沿线增设口袋绿道。\n\n四、有关部门反馈情况\n\n区住建交通局表示，将加快建设熊猫大道公共停车场。\n'
		);
		expect(visit.analysis.commitments.map((c) => c.places)).toEqual([['xiongmaodadao']]);
	});

	it('a notice’s title commits the work it gives notice of, with its own verb or the notice’s; a document issued commits nothing', () => {
		const verbs = (body: string) => text(body).analysis.commitments.map((c) => [c.verb, c.places]);
		expect(verbs('成都市公安局交通管理局关于凤凰山体育公园举办大型演唱会期间实施临时交通管理措施的通告\n\n正文。')).toEqual([['举办', ['fenghuangshantiyugongyuan']]]);
		expect(verbs('成都轨道集团关于凤凰山体育公园大型演唱会期间运营服务安排的公告\n\n正文。')).toEqual([['运营服务', ['fenghuangshantiyugongyuan']]]);
		expect(verbs('成都市人民政府办公厅关于印发《凤凰山体育公园提升方案》的通知\n\n正文。')).toEqual([]);
		// The project a notice's part names alone (一、项目名称) is built, or what its name says.
		expect(verbs('一、项目名称\n\n凤凰山体育公园周边道路改造工程项目。\n\n二、项目概况\n\n凤凰山体育公园位于金牛区。')).toEqual([['改造', ['fenghuangshantiyugongyuan']]]);
		// …its stop left out, which reads it as a heading of its own.
		expect(verbs('一、项目名称\n\n凤凰山体育公园周边道路改造工程项目\n\n二、项目概况\n\n凤凰山体育公园位于金牛区。')).toEqual([['改造', ['fenghuangshantiyugongyuan']]]);
		// A decision to expropriate for the work is a notice of it, and commits 征收.
		expect(verbs('成都市成华区人民政府\n\n关于双桥子片区城市更新项目国有土地上房屋征收的决定\n\n正文。')).toEqual([['征收', ['shuangqiaozijiedao']]]);
	});

	it('commits all that draws a range to expropriate, its bounds too, with 征收; not its figures, nor its map (annotators 3:1)', () => {
		const verbs = (body: string) => text(body).analysis.commitments.map((c) => [c.verb, c.line, c.places]);
		const range = '东至三环路，北至二环路，涉及双桥子街道、府青路街道部分区域。';
		expect(verbs(`二、征收范围\n\n${range}\n\n征收范围内涉及双桥子街道住宅房屋约1386户。\n\n具体范围以《双桥子街道房屋征收范围红线图》为准。\n`)).toEqual([['征收', 3, ['sanhuanlu', 'erhuanlu', 'shuangqiaozijiedao', 'fuqinglujiedao']]]);
		expect(verbs('三、其他\n\n本次房屋征收范围为：东至三环路，北至二环路。\n')).toEqual([['征收', 3, ['sanhuanlu', 'erhuanlu']]]);
		// …and a project's range in its field, in a notice that expropriates for it; and the communities it touches.
		const project = '一、项目概况\n\n（一）项目名称：双桥子片区城中村改造项目。\n\n（二）项目范围：东至三环路，北至二环路。\n\n（三）涉及社区及组：府青路街道1组、2组。\n';
		const expropriated = text(project, 'city', '2024-08-16', '关于双桥子片区城中村改造项目房屋征收补偿方案的公告').analysis;
		expect(verbsOf(expropriated).slice(1)).toEqual([['三环路', '征收'], ['二环路', '征收'], ['府青路街道', '改造']]);
		// (Not in a notice that takes nothing: the range's bounds only bound it.)
		expect(verbsOf(text(project, 'city', '2024-08-16', '关于双桥子片区城中村改造项目的公示').analysis).slice(1, 3)).toEqual([['三环路', null], ['二环路', null]]);
		// …and a range where a fuel is banned, each place by its bounds or its own label, with 禁燃.
		const banned = '一、禁燃区范围\n\n1.双桥子街道：东至三环路，北至二环路所围合的区域。\n\n2.府青路街道：街道全域。\n\n二、管控要求\n\n天府广场周边按要求执行。\n';
		expect(verbs(banned)).toEqual([['禁燃', 3, ['shuangqiaozijiedao', 'sanhuanlu', 'erhuanlu']], ['禁燃', 5, ['fuqinglujiedao']]]);
		// …or straw burnt (一、禁烧范围), with 禁烧.
		expect(verbs(banned.replace('禁燃区范围', '禁烧范围'))).toEqual([['禁烧', 3, ['shuangqiaozijiedao', 'sanhuanlu', 'erhuanlu']], ['禁烧', 5, ['fuqinglujiedao']]]);
		// …and so does each plot in its item of the part, up to the next part.
		const plots = '一、征收范围\n\n（一）东地块。位于双桥子街道，面积21.4公顷。\n\n（二）西地块。位于府青路街道，面积11.2公顷。\n\n二、土地现状\n\n（一）东地块。位于双桥子街道。\n';
		expect(verbs(plots)).toEqual([['征收', 3, ['shuangqiaozijiedao']], ['征收', 5, ['fuqinglujiedao']]]);
		// A heritage zone's bounds only draw its edges.
		expect(verbs(`二、保护范围\n\n保护范围：${range}\n`)).toEqual([]);
	});

	it('does not commit history long before the text: “一五”“二五”时期，…集中布局 (a five-year plan of now still commits)', () => {
		const places = (body: string) => text(body).analysis.commitments.map((c) => c.places);
		expect(places('“一五”“二五”时期，一批国家重点工业企业在二仙桥一带集中布局，形成了东郊老工业区。')).toEqual([]);
		expect(places('20世纪50年代，二仙桥一带建成一批工厂。')).toEqual([]);
		expect(places('1950年代起，八里庄一带先后建成原国营红星机械厂等十余家企业。')).toEqual([]);
		expect(places('“十四五”时期，彭州将主动融入成都西控区域发展格局。')).toEqual([['pengzhou', 'xikongquyu']]);
	});

	it('does not commit the shortfalls a review owns up to after 存在短板：, though some read as work', () => {
		const { analysis } = text('直管区创新空间布局仍存在短板：正兴等南部区域创新平台偏少，科学城与天府国际生物城之间的协同仍需加强。\n\n加快建设科创生态岛。');
		expect(analysis.commitments.map((c) => c.places)).toEqual([['kechuangshengtaidao']]);
		// The same work, promised, commits.
		expect(text('加强科学城与天府国际生物城之间的协同。').analysis.commitments.map((c) => c.places)).toEqual([['xibukexuecheng-chengdu', 'tianfuguojishengwucheng']]);
		// …and all a paragraph led by 也要看到 names owns up, rivals' work too.
		expect(text('同时也要看到，空港商圈能级有待提升；高新区、温江区都在加快布局同类产业，区域竞争日趋激烈。').analysis.commitments).toEqual([]);
	});

	it('does not commit the areas of a quoted strategy: 坚持“东进、南拓、西控、北改、中优”差异化发展', () => {
		const { analysis } = text('坚持“东进、南拓、西控、北改、中优”差异化发展，着力构建城市发展新格局。东进区域要加快建设空港新城。');
		expect(committedOf(analysis)).toEqual([
			['东进', false],
			['南拓', false],
			['西控', false],
			['北改', false],
			['中优', false],
			['东进区域', true],
			['空港新城', true]
		]);
	});
});

describe('seed 001 (work report, 2024): status by section', () => {
	const { ingested, analysis } = seed('001');
	const sections = ingested.document.sections;
	const part = (title: string) => sections.find((s) => s.title === title)!;

	it('reads the review as reported, the plan as planned and the glossary as glossary', () => {
		expect(part('2023年工作回顾').status).toBe('reported');
		expect(part('2024年工作安排建议').status).toBe('planned');
		expect(part('名词解释').status).toBe('glossary');
	});

	it('gives commitments of the review status reported, of the plan status planned', () => {
		const review = part('2023年工作回顾').line;
		const plan = part('2024年工作安排建议').line;
		const glossary = part('名词解释').line;
		const inReview = analysis.commitments.filter((c) => c.line > review && c.line < plan);
		const inPlan = analysis.commitments.filter((c) => c.line > plan && c.line < glossary);
		expect(inReview.length).toBeGreaterThan(5);
		expect(inPlan.length).toBeGreaterThan(5);
		expect(new Set(inReview.map((c) => c.status))).toEqual(new Set(['reported']));
		expect(new Set(inPlan.map((c) => c.status))).toEqual(new Set(['planned']));
	});

	it('makes no commitments in the glossary, though it names places', () => {
		const glossary = part('名词解释').line;
		expect(analysis.commitments.filter((c) => c.line >= glossary)).toEqual([]);
		const named = analysis.mentions.filter((m) => m.line >= glossary);
		expect(named.map((m) => m.place)).toContain('longquanshan-forest-park');
		for (const m of named) expect([m.status, m.commitment]).toEqual(['glossary', null]);
	});

	it('does not commit 四川天府新区 in 《四川天府新区条例》正式出台, but commits 成蒲 (成蒲等铁路…加密运行)', () => {
		const law = analysis.mentions.filter((m) => m.line === 64 && m.place === 'tianfuxinqu');
		expect(law.map((m) => [m.surface, m.commitment])).toEqual([['四川天府新区', null]]);
		const [rail] = analysis.mentions.filter((m) => m.line === 64 && m.place === 'chengputielu');
		expect(commitmentOf(analysis, rail)).toMatchObject({ verb: '加密', status: 'reported' });
		expect(commitmentOf(analysis, rail)!.places).not.toContain('tianfuxinqu');
	});

	it('绿色出行分担率提升至70% is a statistic in the review, 提升至71% a target in the plan', () => {
		const at = (line: number) => analysis.mentions.filter((m) => m.line === line && m.place === 'zhongyouquyu');
		expect(at(72).map((m) => m.commitment)).toEqual([null]);
		const [target] = at(182);
		expect(commitmentOf(analysis, target)).toMatchObject({ status: 'planned' });
	});

	it('commits 地铁8号线 and 27号线 as transport, with 开通试运营', () => {
		const lines = analysis.mentions.filter((m) => m.line === 182 && (m.place === 'metro-8' || m.place === 'metro-27'));
		expect(lines.map((m) => m.surface)).toEqual(['地铁8号线', '27号线']);
		const c = commitmentOf(analysis, lines[0])!;
		expect(c).toMatchObject({ verb: '开通试运营', theme: 'transport', status: 'planned' });
		expect(c.places).toEqual(expect.arrayContaining(['metro-8', 'metro-27']));
	});

	it('commits the greening of 龙泉山城市森林公园 as ecology, with the figure as written', () => {
		const cs = analysis.commitments.filter((c) => c.places.includes('longquanshan-forest-park'));
		expect(cs.length).toBeGreaterThanOrEqual(3);
		for (const c of cs) expect(c.theme, c.sentence).toBe('ecology');
		const line244 = cs.find((c) => c.line === 244)!;
		expect(line244).toMatchObject({ sentence: '实施龙泉山城市森林公园增绿增景7万亩。', figures: ['7万亩'], status: 'planned' });
	});

	it('commits 春熙路 in the consumption paragraph as consumption', () => {
		const m = analysis.mentions.find((x) => x.line === 136 && x.place === 'chunxilu')!;
		expect(commitmentOf(analysis, m)?.theme).toBe('consumption');
	});

	it('reads 锦江 by the water as the river (夜游锦江, 锦江、沱江流域)', () => {
		const river = analysis.mentions.filter((m) => m.surface === '锦江');
		expect(river.map((m) => [m.line, m.place])).toEqual([
			[70, 'jinjiang-river'],
			[178, 'jinjiang-river']
		]);
	});
});

describe('seed 002 (新都区, Traditional with pinyin)', () => {
	const { ingested, analysis } = seed('002');
	const paragraph = new Map(ingested.document.paragraphs.map((p) => [p.id, p]));

	it('scopes every commitment to 新都区', () => {
		expect(analysis.commitments.length).toBeGreaterThan(10);
		for (const c of analysis.commitments) expect(paragraph.get(c.paragraph)!.scope, c.sentence).toBe('xindu');
	});

	it('commits 石板滩新城 and 金青新大港区', () => {
		const committed = new Set(analysis.commitments.flatMap((c) => c.places));
		expect(committed).toContain('shibantanxincheng');
		expect(committed).toContain('jinqingxindagangqu');
		const slab = analysis.commitments.find((c) => c.places.includes('shibantanxincheng'))!;
		expect(slab).toMatchObject({ line: 13, verb: '推进' });
	});

	it('reads 香城 as 新都区 in its own document, and 新都区委书记 as a title', () => {
		expect(analysis.mentions.filter((m) => m.surface === '香城').map((m) => [m.line, m.place])).toEqual([[35, 'xindu']]);
		const byline = analysis.mentions.filter((m) => m.line === 37);
		expect(byline.map((m) => [m.place, m.commitment])).toEqual([['xindu', null]]);
	});
});

describe('geometry of the places mapped', () => {
	it('draws 龙泉山城市森林公园 as an area', () => {
		expect(gazetteer.byId.get('longquanshan-forest-park')!.geometry.type).toMatch(/^(Polygon|MultiPolygon)$/);
	});

	it('draws every metro line as a line', () => {
		const metro = gazetteer.places.filter((p) => p.id.startsWith('metro-'));
		expect(metro.map((p) => p.id)).toEqual(expect.arrayContaining(['metro-8', 'metro-10', 'metro-27']));
		for (const p of metro) {
			expect(p.kind, p.id).toBe('line');
			expect(p.geometry.type, p.id).toMatch(/^(LineString|MultiLineString)$/);
		}
	});
});

describe('every mention points at its own characters', () => {
	for (const id of ['000', '001', '003', '004']) {
		it(`seed ${id}: original.slice(start, end) is the surface, on the right line`, () => {
			const { ingested, analysis } = seed(id);
			expect(analysis.mentions.length).toBeGreaterThan(5);
			const paragraphs = new Map(ingested.document.paragraphs.map((p) => [p.id, p]));
			const bad = analysis.mentions.filter((m) => {
				const line = ingested.original.slice(0, m.start).split('\n').length;
				const para = paragraphs.get(m.paragraph)!;
				return ingested.original.slice(m.start, m.end) !== m.surface || line !== m.line || para.text.slice(...m.at) !== m.surface;
			});
			expect(bad.map((m) => `${m.id} ${m.surface} ← ${JSON.stringify(ingested.original.slice(m.start, m.end))}`)).toEqual([]);
		});
	}

	it('seed 002: the original span is the Traditional form, which normalizes to the surface', () => {
		const { ingested, analysis } = seed('002');
		expect(analysis.mentions.length).toBeGreaterThan(5);
		const bad = analysis.mentions.filter((m) => normalizeText(ingested.original.slice(m.start, m.end)) !== m.surface);
		expect(bad.map((m) => `${m.id} ${m.surface} ← ${JSON.stringify(ingested.original.slice(m.start, m.end))}`)).toEqual([]);
		const slab = analysis.mentions.find((m) => m.place === 'shibantanxincheng')!;
		expect(ingested.original.slice(slab.start, slab.end)).toBe('石板灘新城');
	});
});

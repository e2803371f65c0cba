// A file without a manifest entry, read for its title, date and district. The texts are written for
// these tests in the style of the pages the seeds were saved from.
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../types';
import { dateIn, defaultStatus, titleIn, withHead } from './head';

const blank: DocumentMeta = { id: 'x', file: 'x.txt', title: { zh: '', en: '' }, date: '', publisher: '', kind: 'unlisted', scope: '' };

describe('titleIn', () => {
	it('takes a headline as it stands, without the outlet before a bar', () => {
		expect(titleIn('正式发布！2024年郫都区政府工作报告全文来了')).toBe('正式发布！2024年郫都区政府工作报告全文来了');
		expect(titleIn('成都日报 | 中共成都市委关于推进公园城市建设的决定')).toBe('中共成都市委关于推进公园城市建设的决定');
		// A column that says the text reviews is no outlet: it stays, and makes the text a record.
		expect(titleIn('盘点｜2025成都十件大事')).toBe('盘点｜2025成都十件大事');
		const title = titleIn('年终盘点｜2025成都十件大事')!;
		expect(defaultStatus({ title: { zh: title, en: title }, date: '2025-12-31' })).toBe('reported');
	});

	it('takes a post’s headline without its hashtags, emoji and the 【】 around it', () => {
		expect(titleIn('【#成都东进# 东部新区又有大动作！🚄】')).toBe('东部新区又有大动作！');
		expect(titleIn('【成华区】建设东郊记忆艺术区')).toBe('【成华区】建设东郊记忆艺术区');
	});

	it('takes a headline that pauses at a comma, but no prose, no fragment and no line that opens a body', () => {
		expect(titleIn('【年终盘点】2025，成都这一年：那些开通的、落成的、启幕的')).toBe('【年终盘点】2025，成都这一年：那些开通的、落成的、启幕的');
		expect(titleIn('过去一年，全区经济运行稳中有进，地区生产总值增长6.5%。')).toBeNull();
		expect(titleIn('过去一年，全区经济运行稳中有进；地区生产总值增长6.5%')).toBeNull();
		expect(titleIn('为进一步规范停放秩序，现将有关事项通告如下：')).toBeNull();
		expect(titleIn('图片')).toBeNull();
	});
});

describe('withHead', () => {
	it('takes the district of a report from the byline under a title that names none', () => {
		const report = ['政府工作报告', '——2025年1月8日在成都市龙泉驿区第十九届人民代表大会第五次会议上', '龙泉驿区人民政府区长  某某', '各位代表：', '现在，我代表区人民政府，向大会报告工作。'];
		expect(withHead(blank, report)).toMatchObject({ title: { zh: '政府工作报告' }, date: '2025-01-08', scope: 'longquanyi' });
		// A district named in the body, or a reporter's line, is no byline.
		expect(withHead(blank, ['政府工作报告', '现在，我代表市人民政府报告工作。', '——锦江区代表团审议'])).toMatchObject({ scope: 'city' });
		expect(withHead(blank, ['成都又有大动作', '记者 张三 通讯员 锦江区委宣传部'])).toMatchObject({ scope: 'city' });
		// A headline that pauses is news of the places it names, not a district's own text.
		expect(withHead(blank, ['周末不出成都！东部新区+龙泉驿一日游，第4站真的绝了', '正文。'])).toMatchObject({ scope: 'city' });
	});

	it('takes the district of a signed article from its author, after a subtitle that names none', () => {
		const article = ['以城市有机更新为牵引 奋力书写香城高质量发展新篇章', '——深入学习贯彻市委十四届七次全会精神', '中共新都区委书记　某某', '市委全会审议通过《决定》，为新都指明了方向。'];
		expect(withHead(blank, article)).toMatchObject({ scope: 'xindu' });
		// The city's own secretary speaks for the city.
		expect(withHead(blank, ['奋力谱写新篇章', '中共成都市委书记　某某', '正文。'])).toMatchObject({ scope: 'city' });
	});

	it('takes the title after the record a government site sets above it, and the district it names', () => {
		const head = ['索引号：11510100MB1234567X/2024-00012', '发布机构：成都市青羊区人民政府办公室', '成文日期：2024-03-01', '文号：青府办发〔2024〕3号', '成都市青羊区人民政府办公室关于印发《青羊区推进航空新城建设三年行动计划》的通知', '各街道办事处，区级各部门：'];
		expect(withHead(blank, head)).toMatchObject({ title: { zh: head[4] }, date: '2024-03-01', scope: 'qingyang' });
		// A title that names a district's government without the district (区政府召开…) is of the district its page's source names.
		const meeting = ['区政府召开第四十七次常务会议', '发布时间：2025-04-18 09:12　来源：郫都区融媒体中心', '4月17日，区长主持召开会议。'];
		expect(withHead(blank, meeting)).toMatchObject({ title: { zh: meeting[0] }, scope: 'pidu' });
		expect(withHead(blank, ['区政府召开常务会议', '4月17日，区长主持召开会议。'], ['郫都区人民政府门户网站　首页 > 新闻中心']).scope).toBe('pidu');
		expect(withHead(blank, ['市政府召开常务会议', '来源：成都发布']).scope).toBe('city');
		// …or a page's line of who published it and when, above or below the title.
		const page = ['发布单位：成都国际铁路港经开区投资服务局　更新时间：2025年3月12日', '成都国际铁路港经开区投资指南'];
		expect(withHead(blank, page).title.zh).toBe(page[1]);
	});

	it('takes the issuer set on a line above the title with it: 成都市交通运输局 / 关于…建议的答复', () => {
		expect(withHead(blank, ['成都市交通运输局', '关于市十八届人大四次会议第0276号建议的答复', '王建国代表：']).title.zh).toBe('成都市交通运输局关于市十八届人大四次会议第0276号建议的答复');
		expect(withHead(blank, ['成都轨道交通集团有限公司', '2025年度运营服务报告', '一、总体情况']).title.zh).toBe('成都轨道交通集团有限公司2025年度运营服务报告');
		// A headline is no issuer, and an issuer before prose is the title alone.
		expect(withHead(blank, ['成都东部新区又有大动作', '记者 张三']).title.zh).toBe('成都东部新区又有大动作');
		expect(withHead(blank, ['成都市交通运输局', '为进一步方便市民出行，现将有关事项通告如下：']).title.zh).toBe('成都市交通运输局');
		// A notice's title that runs on to the next line.
		expect(withHead(blank, ['成都市公安局交通管理局', '关于地铁27号线一期工程人民南路段施工期间', '实施交通管制的通告', '成公交通告〔2025〕第17号']).title.zh).toBe(
			'成都市公安局交通管理局关于地铁27号线一期工程人民南路段施工期间实施交通管制的通告'
		);
		// A traffic police brigade or a street office issues notices too.
		expect(withHead(blank, ['成都市公安局郫都区分局交通警察大队', '关于望丛中路道路提升改造施工期间实施交通管制的通告', '为配合…']).title.zh).toBe(
			'成都市公安局郫都区分局交通警察大队关于望丛中路道路提升改造施工期间实施交通管制的通告'
		);
		expect(withHead(blank, ['成都市青羊区少城街道办事处', '关于2025年上半年工作情况的报告', '一、工作开展情况']).title.zh).toBe(
			'成都市青羊区少城街道办事处关于2025年上半年工作情况的报告'
		);
		expect(withHead(blank, ['关于做好2026年防汛工作的通知', '各区（市）县：']).title.zh).toBe('关于做好2026年防汛工作的通知');
		// Issuers who send a notice together, on one line.
		expect(withHead(blank, ['成都市教育局　成都市卫生健康委员会', '关于2025年新建学校投用情况的通报', '成教发〔2026〕2号']).title.zh).toBe(
			'成都市教育局　成都市卫生健康委员会关于2025年新建学校投用情况的通报'
		);
		// A site's name above a news headline is the site's, not the news's.
		expect(withHead(blank, ['成都市成华区人民政府', '成华区2025年一季度重大项目集中开工　24个项目总投资286.4亿元', '来源：成华区发展和改革局']).title.zh).toBe(
			'成华区2025年一季度重大项目集中开工　24个项目总投资286.4亿元'
		);
	});

	it('reads a government document under its red header and number, and dates it by its signature below its body', () => {
		const head = withHead(blank, [
			'成都市人民政府办公厅文件',
			'成办发〔2025〕21号',
			'成都市人民政府办公厅',
			'关于印发《成都市锦江流域滨水空间品质提升三年行动实施方案（2025—2027年）》的通知',
			'各区（市）县人民政府，市政府各部门，有关单位：',
			'《成都市锦江流域滨水空间品质提升三年行动实施方案（2025—2027年）》已经市政府同意，现印发给你们，请结合实际认真贯彻执行。',
			'附件：成都市锦江流域滨水空间品质提升重点项目清单（2025—2027年）',
			'成都市人民政府办公厅',
			'2025年4月18日',
			'（此件公开发布）'
		]);
		expect(head.title.zh).toBe('成都市人民政府办公厅关于印发《成都市锦江流域滨水空间品质提升三年行动实施方案（2025—2027年）》的通知');
		expect(head.date).toBe('2025-04-18');
	});
});

describe('dateIn', () => {
	it('finds the first full date near the top, written either way', () => {
		expect(dateIn(['郫都区政府工作报告', '2024年1月12日在区第二届人民代表大会第四次会议上'])).toBe('2024-01-12');
		expect(dateIn(['标题', '2020-07-21 17:18:27 来源：成都日报'])).toBe('2020-07-21');
	});

	it('takes no date without a day, none that cannot be one, and none deep in the text', () => {
		expect(dateIn(['12月29日，会议召开。', '到2035年基本实现现代化。'])).toBeNull();
		expect(dateIn(['2024年13月40日'])).toBeNull();
		// The start of the period a report covers is no date of the report.
		expect(dateIn(['报告时间范围：2024年1月1日至2024年12月31日　　发布时间：2025年6月'])).toBeNull();
		expect(dateIn(['统计期：2024-01-01~2024-12-31', '2025年3月12日'])).toBe('2025-03-12');
		expect(dateIn([...Array(8).fill('正文。'), '2024年1月12日'])).toBeNull();
		// Nor the day its figures run to (截至2025年12月31日，…).
		expect(dateIn(['2025年度运营服务报告', '截至2025年12月31日，运营线路共15条。'])).toBeNull();
		// Nor a day told in prose, past its dateline.
		expect(dateIn(['2025年度运营服务报告', '全年日均客运量约646万乘次，最高日客运量为2025年4月30日的约852万乘次。'])).toBeNull();
		expect(dateIn(['北湖生态公园二期正式开园', '（2025年5月20日，成都）5月20日上午，北湖生态公园二期正式开园。'])).toBe('2025-05-20');
	});
});

describe('withHead', () => {
	it('fills a blank title, date and scope from the text: a district named in the title scopes it', () => {
		const meta = withHead(blank, ['郫都区2024年政府工作报告', '2024年1月12日', '各位代表：']);
		expect(meta).toMatchObject({ title: { zh: '郫都区2024年政府工作报告' }, date: '2024-01-12', scope: 'pidu' });
	});

	it('reads a text whose title names no district as the city’s, and names it by its id when it has no headline', () => {
		expect(withHead(blank, ['成都市2024年重点项目计划']).scope).toBe('city');
		// A district its headline lists among other things is news of it, not its own text.
		expect(withHead(blank, ['【内地游】成都“双机场”时代全面提速　东部新区、地铁新线带旺周末游']).scope).toBe('city');
		expect(withHead(blank, ['东部新区：空港新城今年新开工项目16个']).scope).toBe('dongbuxinqu');
		expect(withHead(blank, ['过去一年，全市经济稳中有进。']).title.zh).toBe('x');
	});

	it('dates a web page by the furniture above its text, which ingest sets aside (来源：…　发布时间：…)', () => {
		expect(withHead(blank, ['公园管理年度工作报告', '一、基本情况'], ['来源：市公园城市局　　发布时间：2025-01-24 09:00　　【字体：大 中 小】']).date).toBe('2025-01-24');
	});

	it('dates a notice by the date it is signed with at its end, where its top gives none', () => {
		const top = ['关于成都地铁8号线二期开通初期运营的公告', '各位市民：', '8号线二期将于2025年12月26日14时正式开通初期运营。'];
		expect(withHead(blank, top, [], ['特此公告。', '成都市交通运输局', '2025年12月19日']).date).toBe('2025-12-19');
		expect(withHead(blank, top, [], ['特此公告。', '联系电话：028-12345']).date).toBe('');
	});

	it('keeps what the manifest gives', () => {
		const listed: DocumentMeta = { ...blank, title: { zh: '标题', en: 'Title' }, date: '2021', scope: 'city' };
		expect(withHead(listed, ['郫都区2024年政府工作报告', '2024年1月12日'])).toBe(listed);
	});
});

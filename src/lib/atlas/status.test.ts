// The status rules on their own: a sentence's words against the status its section sets.
import { describe, expect, it } from 'vitest';
import { clauseStatus, headlineEvent, labelStatus, looksAhead, looksBack, opensInPastYear, progressStatus, sentenceStatus, stillAhead, type When } from './status';

const of2025: When = { since: 2025, month: null, event: null };
/** The status of `verb` in `sentence` under a section of `status`. */
const status = (section: 'planned' | 'reported', sentence: string, verb: string, when = of2025) =>
	sentenceStatus(section, sentence, sentence.indexOf(verb), verb, when);

describe('sentenceStatus', () => {
	it('a plan’s sentence reports what it says is done: 已, 了, a year gone by, a dated event', () => {
		expect(status('planned', '地铁19号线二期已建成通车', '建成')).toBe('reported');
		expect(status('planned', '新建了暖场馆', '新建')).toBe('reported');
		expect(status('planned', '1997年全面完工', '完工')).toBe('reported');
		expect(status('planned', '12月28日，地铁19号线二期开通运营', '开通')).toBe('reported');
		expect(status('planned', '东安湖体育公园如期建成', '建成')).toBe('reported');
		// Done one after another, unless what follows waits for it (…相继开通后).
		expect(status('planned', '祠堂街、摩诃池公园相继开放', '相继开放')).toBe('reported');
		expect(status('planned', '今年内成德线、成眉线相继开通后，德阳市民可刷同一张交通卡', '相继开通')).toBe('planned');
		expect(status('planned', '确保东安湖体育公园如期建成', '建成')).toBe('planned');
		expect(status('planned', '加快建设天府国际机场', '加快建设')).toBe('planned');
		// A clause that goes on (并…) from one told done with 了 is done too; 为了 is no 了 of the past.
		expect(status('planned', '此次修缮了崇丽阁，并沿府南河新建滨水步道', '新建')).toBe('reported');
		expect(status('planned', '为了方便市民，并沿府南河新建滨水步道', '新建')).toBe('planned');
		expect(status('planned', '会议通报了部署要求，各部门要在府南河新建滨水步道', '新建')).toBe('planned');
		// 已 with whom the work was done (已对…), and a project said begun in a month gone by.
		expect(status('planned', '4月，市生态环境局已对新都区、成华区开展臭氧污染防治专项帮扶', '开展')).toBe('reported');
		expect(status('planned', '新华公园提升改造工程于2023年10月开工，目前已完成湖体清淤', '提升改造')).toBe('reported');
		expect(status('planned', '新华公园提升改造工程将于2025年10月开工', '提升改造')).toBe('planned');
		expect(status('planned', '东郊记忆二期提升已于5月进场施工', '提升')).toBe('reported');
		// Done ahead of time, as a supervision notice praises it; what must be done ahead still plans.
		expect(status('planned', '武侯体育公园改造提升工程提前45天完工', '改造提升')).toBe('reported');
		expect(status('planned', '锦江公园子街巷更新项目较计划提前1个月完成', '完成')).toBe('reported');
		expect(status('planned', '鹿溪智谷人才公寓项目提前2个月竣工验收', '竣工验收')).toBe('reported');
		expect(status('planned', '确保二仙桥公园提前1个月开放', '开放')).toBe('planned');
		expect(status('planned', '各区要提前3天公告春熙路交通管制', '公告')).toBe('planned');
	});

	it('a dated event still plans when the sentence looks ahead, or when its year is not gone by', () => {
		expect(status('planned', '去年9月开业，今年将启动二期', '开业')).toBe('reported');
		expect(status('planned', '将于2026年正式开通', '开通')).toBe('planned');
		expect(status('planned', '2026年全面完工', '完工')).toBe('planned');
	});

	it('a review’s sentence plans what it says is still ahead: 将, 要, a deadline', () => {
		expect(status('reported', '新津区将依托天府农博园建设', '建设')).toBe('planned');
		expect(status('reported', '淮州新城要加快配套道路建设', '加快')).toBe('planned');
		expect(status('reported', '年内完成剩余支渠建设', '完成')).toBe('planned');
		expect(status('reported', '已将东安湖纳入保护名录', '纳入')).toBe('reported');
		// Work a report says was not done in time is still ahead; what others left undone is not its own.
		expect(status('reported', '骡马市站、天府广场站2座车站改造未能按期完成', '改造')).toBe('planned');
		expect(status('reported', '淮州新城1所新建学校因配套道路未完工，延迟一个学期投入使用', '新建')).toBe('reported');
		// A notice's decision (经研究，决定…) is still to come, though its paragraph opens by looking back.
		expect(status('reported', '为进一步规范停放秩序，经研究，决定在春熙路等重点区域设置禁停区', '设置')).toBe('planned');
		expect(status('reported', '2023年，市委决定在春熙路设置禁停区', '设置')).toBe('reported');
		// 计划 as a verb of what is still to come (还计划, 计划于), not as a noun (年度计划投资).
		expect(status('reported', '新区还计划加快推进成都外环铁路前期工作', '加快推进')).toBe('planned');
		expect(status('reported', '其中，13号线一期计划于2026年上半年开通初期运营', '开通')).toBe('planned');
		expect(status('reported', '年度计划投资12亿元的驷马河城市地标完成投资4.6亿元', '完成')).toBe('reported');
	});
});

describe('a headline’s event told again below it', () => {
	it('is done unless the sentence looks ahead; what the sentence says otherwise of it still counts', () => {
		const under = (sentence: string, verb: string) => sentenceStatus('planned', sentence, sentence.indexOf(verb), verb, { since: 2025, month: null, event: '开通' });
		expect(under('全线开通后可与3号线换乘', '开通')).toBe('reported');
		expect(under('二期工程计划于2026年开通', '开通')).toBe('planned');
		// 已于2020年 tells it done, though the sentence plans another phase.
		expect(under('17号线一期已于2020年开通，二期工程计划于2026年建成通车', '开通')).toBe('reported');
	});
});

describe('the other cues', () => {
	it('a paragraph looks ahead by its first sentence: 下一步, a target year, 要, 计划 (not a year gone by)', () => {
		expect(looksAhead('下一步，区政府将把建议办理与重点工作紧密结合。', 2025)).toBe(true);
		expect(looksAhead('总体目标是：到2027年，建成天府绿道1000公里。', 2025)).toBe(true);
		expect(looksAhead('第二句话：今年的活，大家要扛起来。', 2025)).toBe(true);
		expect(looksAhead('2025年是“十四五”收官之年。', 2025)).toBe(true);
		expect(looksAhead('2024年，全区地区生产总值突破1300亿元。', 2025)).toBe(false);
		expect(looksAhead('2025年是第四期建设规划的收官之年。', 2026)).toBe(false);
		expect(looksAhead('“十五五”时期，坚持“一山连两翼”总体空间格局。', 2026)).toBe(true);
		// A plan's directive looks ahead; a review's line of what was built does not.
		expect(looksAhead('加快建设三坝水库。', 2025)).toBe(true);
		expect(looksAhead('（三）推进成都东站扩能改造。', 2025)).toBe(true);
		expect(looksAhead('建成李家岩水库。', 2025)).toBe(false);
		expect(looksAhead('“十四五”时期，全市城市空间结构实现历史性重塑。', 2026)).toBe(false);
		expect(looksAhead('项目是拼出来的。石板滩新城要再开工10个项目。', 2025)).toBe(false);
		// A plenum's communique looks back at the year's work it endorses, then turns to what it stresses and deploys.
		expect(looksBack('全会充分肯定市委常委会一年来的工作。全会认为，…', 2025)).toBe(true);
		expect(looksBack('全会充分肯定区委常委会2024年的工作。全会认为，…', 2024)).toBe(true);
		expect(looksAhead('全会强调，2025年是“十四五”规划收官之年。', 2024)).toBe(true);
		expect(looksAhead('会议指出，2024年全市经济运行稳中有进。', 2025)).toBe(false);
		expect(looksAhead('全会强调，谋划“十五五”发展，必须以成渝地区双城经济圈建设为战略牵引。', 2025)).toBe(true);
		expect(looksAhead('全会强调，“十五五”时期是青白江加快建设内陆开放门户的关键五年。', 2025)).toBe(true);
		expect(looksAhead('全会对明年工作作出部署。', 2025)).toBe(true);
		expect(looksAhead('全会认为，面对复杂严峻的外部环境，经济运行稳中有进。', 2025)).toBe(false);
	});

	it('a clause speaks for itself only when it says something', () => {
		expect(clauseStatus('天府新区上半年已建成投用2所学校', '建成投用', of2025)).toBe('reported');
		expect(clauseStatus('锦江区将新建3所幼儿园', '新建', of2025)).toBe('planned');
		expect(clauseStatus('锦江区新建3所幼儿园', '新建', of2025)).toBeNull();
	});

	it('stillAhead looks before the verb only, and 已 there overrules 将', () => {
		expect(stillAhead('2025年，将重点实施', 8)).toBe(true);
		expect(stillAhead('重点实施，将', 2)).toBe(false);
		expect(stillAhead('已将东安湖纳入', 5)).toBe(false);
		// Who plans (我市计划…) puts the verb ahead; a plan's name (三年行动计划) does not.
		expect(stillAhead('据市公园城市建设管理局介绍，2025年我市计划新建', 27)).toBe(true);
		expect(stillAhead('按照三年行动计划新建', 8)).toBe(false);
	});

	it('a paragraph that opens with a year before the text’s own looks back', () => {
		expect(opensInPastYear('2024年，锦江区新建公园5个', 2025)).toBe(true);
		expect(opensInPastYear('2025年，锦江区将新建公园5个', 2025)).toBe(false);
		expect(opensInPastYear('2024年，锦江区新建公园5个', null)).toBe(false);
	});

	it('a paragraph that opens with the year gone by looks back: 这一年，…; 过去一年，…', () => {
		expect(looksBack('这一年，城市能级持续提升。东安湖片区国际消费中心一期开街。', 2025)).toBe(true);
		expect(looksBack('过去一年，我们推动产业提质增效。', 2025)).toBe(true);
		expect(looksBack('会议指出，一年来，产业根基持续夯实。轨交科创中心建成投运。', 2025)).toBe(true);
		expect(looksBack('全会认为，近年来全市上下坚定践行新发展理念。天府机场建成投运。', 2025)).toBe(true);
		expect(looksBack('会议强调，2025年要加快建设石板滩新城。', 2025)).toBe(false);
		expect(looksBack('2025年是“十四五”收官之年，要加快建设东安湖片区。', 2025)).toBe(false);
		// A five-year plan's time, by when the text was written: “十四五” (2021—2025) is reviewed from its last year on.
		expect(looksBack('“十四五”时期，成自宜高铁建成通车。', 2026)).toBe(true);
		expect(looksBack('“十四五”时期，成自宜高铁建成通车。', 2025)).toBe(true);
		expect(looksBack('“十四五”时期，成自宜高铁建成通车。', 2024)).toBe(false);
		expect(looksBack('五年来，成自宜高铁建成通车。', 2025)).toBe(true);
		expect(looksBack('全会认为，“十四五”时期是成都发展进程中极不平凡的五年。', 2025)).toBe(true);
		expect(looksBack('“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。', 2025)).toBe(false);
		expect(looksBack('“十四五”以来，成自宜高铁建成通车。', 2025)).toBe(true);
		expect(looksBack('“十三五”期间，锦城绿道开工建设。', null)).toBe(true);
		expect(looksBack('“十五五”时期，成渝中线高铁建成通车。', 2026)).toBe(false);
	});

	it('a headline’s event is its verb, unless it is still to come or names a document or a notice', () => {
		expect(headlineEvent('成都2026年一季度重大项目集中开工')).toBe('开工');
		expect(headlineEvent('地铁27号线一期将于年底开通')).toBeNull();
		expect(headlineEvent('关于配合地铁27号线一期开通调整部分公交线路的通告')).toBeNull();
	});
});

describe('labels and progress cells', () => {
	it('a label tells the lines under it: 【已完成】 and 【推进中】 report, 【拟谋划】 plans, 【重点项目】 tells nothing', () => {
		expect(['已完成', '推进中', '拟谋划', '下一步', '2027年打算', '重点项目'].map(labelStatus)).toEqual(['reported', 'reported', 'planned', 'planned', 'planned', null]);
	});

	it('a 形象进度 cell tells its row: 已完工 and 主体施工 report, 前期 plans, anything else tells nothing', () => {
		expect(['已完工', '主体施工', '处于前期工作阶段，完成可研批复', '前期', '无', null].map(progressStatus)).toEqual(['reported', 'reported', 'planned', 'planned', null, null]);
		// …and a 建成年份 cell: 2022年（已建成） reports, 2027年（计划） plans; done as planned is still done.
		expect(['2022年（已建成）', '2027年（计划）', '2026年', '已按计划完成', '按计划推进'].map(progressStatus)).toEqual(['reported', 'planned', null, 'reported', null]);
	});
});

import { describe, expect, it } from 'vitest';
import {
	endsSentence,
	headingTitle,
	isBody,
	isHeadingish,
	isHeadlineLike,
	isKeywordHeading,
	isLeaderHeading,
	isNumberedItem,
	isTopicHeading,
	keywordStatus,
	leaderOffice,
	ordinalLevel
} from './headings';

describe('headings', () => {
	it('recognises Chinese ordinal headings', () => {
		expect(ordinalLevel('一、总体要求')).toBe(4);
		expect(ordinalLevel('十、公共服务')).toBe(4);
		expect(ordinalLevel('（一）重大意义')).toBe(5);
		expect(ordinalLevel('(三十一)激励干部担当作为。鲜明重实干')).toBe(5);
		// A plan's parts, chapters and sections rank above them, in that order.
		expect(ordinalLevel('第二篇 建设践行新发展理念的公园城市示范区')).toBe(1);
		expect(ordinalLevel('第一部分 发展环境')).toBe(1);
		expect(ordinalLevel('第三章 构建现代化综合交通体系')).toBe(2);
		expect(ordinalLevel('第12章 保障措施')).toBe(2);
		expect(ordinalLevel('第一节 完善轨道交通网络')).toBe(3);
		expect(ordinalLevel('(2020年7月15日通过)')).toBe(0);
		expect(ordinalLevel('一是加快建设')).toBe(0);
		expect(ordinalLevel('1.公交出行优化。')).toBe(0);
		// Set in Markdown's bold.
		expect(ordinalLevel('**（四）交通秩序和安全底线不断巩固**')).toBe(5);
	});

	it('tells a numbered task (one whole sentence) from a numbered heading', () => {
		expect(isNumberedItem('（二）启动第五期建设规划编制，研究推进地铁6号线、7号线延伸线。')).toBe(true);
		expect(isNumberedItem('（一）坚持科技引领、创新驱动，现代化产业体系加快构建')).toBe(false);
		expect(isNumberedItem('(一)坚定不移推动经济稳中有进，加快实现质的有效提升和量的合理增长。深入落实扩大内需战略。')).toBe(false);
		expect(isNumberedItem('（一）加快建设现代化产业体系。')).toBe(false);
		expect(isNumberedItem('（三）簇锦街道：加快推进簇桥片区城中村改造。')).toBe(true);
		expect(isNumberedItem('推进地铁6号线、7号线延伸线建设，完善公交线网。')).toBe(false);
	});

	it('recognises a leader’s headline and where the office ends', () => {
		const t = '成都市民政局党组书记、局长王宏斌： 将启动未成年人保护基金 完善“六大”保护体系';
		expect(isLeaderHeading(t)).toBe(true);
		expect(leaderOffice(t)).toBe('成都市民政局党组书记、局长王宏斌');
		expect(isLeaderHeading('成都市锦江区委书记陈志勇： 以春熙路时尚商圈为牵引')).toBe(true);
		expect(isLeaderHeading('成都市提出新时代新征程目标愿景： 奋力打造中国西部')).toBe(false);
		expect(isLeaderHeading('成都市人民政府市长 王凤朝')).toBe(false);
		expect(isLeaderHeading('王宏斌说：成都市将启动未成年人保护基金。')).toBe(false);
	});

	it('reads status from part headings', () => {
		expect(keywordStatus('2023年工作回顾')).toBe('reported');
		expect(keywordStatus('2024年工作安排建议')).toBe('planned');
		expect(keywordStatus('二、2024年主要工作')).toBe('planned');
		expect(keywordStatus('三、下一季度工作建议')).toBe('planned');
		expect(keywordStatus('四、下阶段工作打算')).toBe('planned');
		expect(keywordStatus('青白江区2023年工作总结和2024年工作安排')).toBe(null);
		// An infographic's parts: 2024年 成绩单, then 2025年 主要目标 and 重点任务.
		expect(keywordStatus('PART 1　2024年 成绩单')).toBe('reported');
		expect(keywordStatus('过去一年')).toBe('reported');
		// A plan's account of where the work stands before it starts.
		expect(keywordStatus('（一）工作基础')).toBe('reported');
		expect(keywordStatus('二、基本情况')).toBe('reported');
		// An inspection's recommendations, under a report on how the work went.
		expect(keywordStatus('三、意见建议')).toBe('planned');
		expect(keywordStatus('四、对策建议')).toBe('planned');
		expect(keywordStatus('过去五年')).toBe('reported');
		expect(keywordStatus('过去一年我们做了什么工作')).toBe(null);
		expect(keywordStatus('PART 2　2025年 主要目标')).toBe('planned');
		expect(keywordStatus('PART 3　2025年 重点任务')).toBe('planned');
		expect(keywordStatus('一、2023年重点工作完成情况')).toBe('reported');
		expect(keywordStatus('三、重点项目推进情况')).toBe('reported');
		// A reply's parts: how the suggestion was handled, what was done already.
		expect(keywordStatus('一、办理情况')).toBe('reported');
		expect(keywordStatus('二、已开展的工作')).toBe('reported');
		expect(keywordStatus('二、已开展工作')).toBe('reported');
		expect(keywordStatus('（一）已完成主要工作')).toBe('reported');
		// A bulletin's praise of what was put right.
		expect(keywordStatus('二、整改到位、成效明显的河段')).toBe('reported');
		expect(keywordStatus('（一）限期整改到位。')).toBe(null);
		// A chronicle inside a feature.
		expect(keywordStatus('二十年大事记')).toBe('reported');
		// A works briefing's progress and the month's milestones; its targets plan.
		expect(keywordStatus('二、各线路工程形象进度（截至5月31日）')).toBe('reported');
		expect(keywordStatus('三、本月重要节点')).toBe('reported');
		expect(keywordStatus('五、6月工作目标')).toBe('planned');
		// A half-year meeting's review of the first half; a report's plan for building.
		expect(keywordStatus('一、上半年工作稳中有进、进中提质')).toBe('reported');
		expect(keywordStatus('二、下半年工作安排')).toBe('planned');
		expect(keywordStatus('四、2025年建设计划')).toBe('planned');
		expect(keywordStatus('六、2025年主要措施')).toBe('planned');
		// A list's groups: done or under way, then planned.
		expect(keywordStatus('（一）已建成开放项目（10个）')).toBe('reported');
		expect(keywordStatus('二、在建项目')).toBe('reported');
		expect(keywordStatus('一、已完工项目（14个）')).toBe('reported');
		expect(keywordStatus('（二）已竣工工程')).toBe('reported');
		expect(keywordStatus('（二）计划建设项目（11个）')).toBe('planned');
		expect(keywordStatus('三、拟实施项目')).toBe('planned');
		// A report card's look ahead, unless the heading looks both ways.
		expect(keywordStatus('“十五五”展望：向“世界级生命健康城”迈进')).toBe('planned');
		expect(keywordStatus('2025年回顾与展望')).toBe(null);
		expect(keywordStatus('三、工作开展情况')).toBe('reported');
		expect(keywordStatus('二、《条例》实施取得的积极成效')).toBe('reported');
		// What a plan expects is still ahead.
		expect(keywordStatus('四、预期成效')).toBe(null);
		expect(keywordStatus('五、四季度工作措施')).toBe('planned');
		expect(keywordStatus('四、2025年工作要求')).toBe('planned');
		expect(keywordStatus('三、下半年工作部署')).toBe('planned');
		expect(keywordStatus('名词解释')).toBe('glossary');
		expect(keywordStatus('四、下一步工作')).toBe('planned');
		expect(keywordStatus('推进公园城市建设')).toBe(null);
		expect(isKeywordHeading('名词解释')).toBe(true);
		// A glossary's heading may end in the colon its entries follow; other keywords may not (they open prose).
		expect(isKeywordHeading('名词解释：')).toBe(true);
		expect(isKeywordHeading('工作回顾：')).toBe(false);
		expect(isKeywordHeading('回顾过去一年，城市的每一点变化，都凝聚着全市人民的智慧和汗水。')).toBe(false);
	});

	it('tells prose from headlines', () => {
		expect(endsSentence('现代化治理达到新水平。')).toBe(true);
		expect(endsSentence('各位代表：')).toBe(true);
		expect(endsSentence('建设全龄友好社')).toBe(false);
		// Markdown's bold closes after the stop: an interviewer's question stands apart from the answer.
		expect(endsSentence('**记者：这八年，淮州新城交出了一份怎样的答卷？**')).toBe(true);
		expect(endsSentence('**记者：这八年，淮州新城')).toBe(false);
		expect(isHeadlineLike('华西都市报-封面新闻记者 罗田怡')).toBe(true);
		expect(isHeadlineLike('增强养老服务法治保障，落实新修订的《成都市养老服务促进条例》，对养')).toBe(false);
		expect(isBody('现代化治理达到新水平。')).toBe(true);
		expect(isBody('坚持把推进中国式现代化作为最大的政治，把高质量发展作为新时代的硬道理')).toBe(false);
		expect(isHeadingish('（一）坚持科技引领、创新驱动，现代化产业体系加快构建')).toBe(true);
		expect(isHeadingish('会，深入推进幸福美好公园社区建设，完善重点群体就业支持体系。')).toBe(false);
	});

	it('recognises unnumbered topic headings', () => {
		expect(isTopicHeading('围绕“协同共兴”攻坚提质，以高水平开放合作服务发展大局')).toBe(true);
		expect(isTopicHeading('以科技创新引领产业升级')).toBe(true);
		expect(isTopicHeading('各位代表！')).toBe(false);
		expect(isTopicHeading('编辑：陈芯颖')).toBe(false);
		expect(isTopicHeading('热 | 议 | 目 | 标 | 愿 | 景')).toBe(false);
	});

	it('titles a run-in heading by its first sentence', () => {
		expect(headingTitle('(四)践行为民服务的根本宗旨。牢记“千头万绪的事”')).toBe('(四)践行为民服务的根本宗旨');
		expect(headingTitle('名词解释')).toBe('名词解释');
		expect(headingTitle('**（一）抓好片区更新项目落地。**启动玉林南路街面整治。')).toBe('（一）抓好片区更新项目落地');
	});
});

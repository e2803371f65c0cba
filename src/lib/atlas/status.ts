// Whether a commitment is planned or reported: the cues of time a text gives in its paragraphs, its
// sentences and its clauses (a year gone by, 已, news' dates, a review's 将…), against the status its
// section or document sets. records.ts asks these of each sentence it commits.
import type { Status } from '../types';
import { DOCUMENT_KIND } from '../text/head';
import { clauses } from './language';

/** How a paragraph or a sentence opens when it looks back; a five-year plan's number and time are captured, for looksBack. */
const LOOKS_BACK =
	/^(?:(?:全会|会议)(?:充分)?肯定[^，。；]{0,12}(?:一年来|过去一年|今年以来|20\d\d年)的工作|(?:(?:全会|会议|报告|讲话)(?:指出|认为)[，,])?(?:(?:过去(?:的)?(?:一|两|三|五|几)年|这一年|一年来|去年|上一年|今年以来|近(?:几|五)?年|截[至止](?:到)?(?:目前|[^，,。]{1,12}))[，,]|["“]?十([一二三四五六七八九])五["”]?(期间|时期|以来)(?:[，,]|是)|近(?:几|五)?年来|(?:[两三五几]|十几)年来[，,]))/;
const NUMERALS = '一二三四五六七八九';

/**
 * Whether a paragraph or a sentence opens by looking back (过去一年，…; 会议指出，一年来，…; 全会认为，近年来全市…;
 * 全会充分肯定市委常委会一年来的工作。 or …2024年的工作。;
 * a five-year plan's time gone by: “十三五”期间，…, “十四五”时期，… in a text of 2026): it reports, in a plan too.
 */
export function looksBack(text: string, since: number | null): boolean {
	const m = LOOKS_BACK.exec(text);
	if (m === null) return false;
	// The nth plan ends in 2005 + 5n (“十一五” 2006—2010), and in its last year it is reviewed; …以来 runs up to now.
	// A text of no year is of 2020 or later.
	return m[1] === undefined || m[2] === '以来' || 2005 + 5 * (NUMERALS.indexOf(m[1]) + 1) <= (since ?? 2020);
}

/**
 * The field of a progress report that tells what was done: 本周完成：, 进展情况：, 已完成：, 已建成项目方面：, a reply's 办理情况：,
 * a rectification's 整改情况：.
 */
export const DONE_FIELD = /^(?:(?:本周|上周|本月|上月|本季度|前期|工作|已)?(?:完成|进展|办理)(?:情况)?|整改(?:完成|落实)?情况|已(?:建成|完工|开工|完成|开通)[\u4e00-\u9fa5]{0,6})[：:]$/;

/** A label on a line of its own, over the lines it tells: 【已完成】, 【推进中】, 【拟谋划】. */
export const LABEL = /^(?:\*\*)?【([^【】]{2,8})】(?:\*\*)?$/;
/** What a label of work done or under way says: 已完成, 推进中, 主要进展, 在建. */
const LABEL_DONE = /完成|推进中|正在|进展|成效|在建|已/;
/** What a label of work ahead says: 拟谋划, 下一步, 计划, 工作思路. */
const LABEL_AHEAD = /拟|计划|下一步|谋划|思路|打算/;

/** The status the words of a label (已完成 of 【已完成】) give the lines under it, or null if they tell none. */
export function labelStatus(words: string): Status | null {
	return LABEL_AHEAD.test(words) ? 'planned' : LABEL_DONE.test(words) ? 'reported' : null;
}

/** Work not yet begun, in a table's 形象进度 cell: 前期, 未开工, 拟开工, 筹备, 2027年（计划） (not 按计划推进, 已按计划完成). */
const PROGRESS_AHEAD = /前期|未开工|拟|筹备|待|计划(?!内|完成|推进|进度)/;
/** Work done or under way: 已完工, 主体施工, 已封顶, 投用. */
const PROGRESS_MADE = /完工|完成|建成|竣工|投用|投运|通车|开通|开园|施工|在建|续建|封顶/;

/** The status a row of a table of progress tells in its 形象进度 cell, if it has one and it tells one. */
export function progressStatus(progress: string | null | undefined): Status | null {
	if (!progress) return null;
	if (PROGRESS_AHEAD.test(progress)) return 'planned';
	return PROGRESS_MADE.test(progress) ? 'reported' : null;
}


/** How the plan part of a review opens: 2025年，集团将…, 下一步，…要… (not 项目将资金用于…, 将 of what was done with). */
export const OPENS_AHEAD = /^(?:20\d\d年|下一步|下半年|明年|今后|接下来)/;

/** A paragraph that announces the work done, told item by item after it: 重点做了三方面工作。 主要开展了以下工作： */
export const WORK_DONE = /(?:做了|开展了|抓了|推进了|完成了)[^，。；]{0,10}(?:工作|方面|件事)[。：:]$/;
/** An item told as 一是…, 二是…. */
export const ITEM_IS = /^[一二三四五六七八九十]是/;

/** A paragraph that opens with a year before the document's own (2023年，… in a 2024 text) reports it. */
const OPENS_WITH_YEAR = /^(20\d\d)年(?:\d{1,2}月(?:\d{1,2}日)?|以来|全年|上半年|下半年)?[，,]/;

export function opensInPastYear(text: string, since: number | null): boolean {
	const year = openingYear(text);
	return year !== null && since !== null && year < since;
}

/** Whether a sentence opens with the document's own year or a later one (2025年，全市计划… in a text of 2025). */
export function opensInYearAhead(text: string, since: number | null): boolean {
	const year = openingYear(text);
	return year !== null && since !== null && year >= since;
}

function openingYear(text: string): number | null {
	const m = OPENS_WITH_YEAR.exec(text);
	return m && Number(m[1]);
}

/**
 * 已 (perhaps with a date: 已于2023年; with its subject: 已有12家企业; with whom it was done: 已会同成华区在熊猫基地; with
 * what it was joined: 已与锦城绿道实现贯通; whom it ordered to: 已责令当事人回填修复; where: 已于4月3日在成都大学站C口、D口外,
 * 已先后在新区; how far: 已全部安装), 相继 or 先后 just before a verb: done, whatever its section plans.
 */
const DONE = /(?:(?:已经?|相继|先后)(?:于[^，。；]{1,12})?(?:全部|全面|基本|均|陆续|悉数)?|已有[^，。；]{1,12}|已(?:于[^，。；]{1,12}?)?(?:先后|相继)?(?:会同|联合|协调|组织|指导|责令|督促|对|在|与|同|和)[^，。；]{1,24})$/;
/**
 * 正式, 顺利, 成功, 如期 or 日前 before a verb, the day it happened (6月18日建成开放, 今天开通, 同日开工, 今年4月建成开放),
 * how much ahead of time (提前2个月竣工, 较计划提前完成; not 要提前3天公告),
 * a total of what was done (累计建成) or work under way (正在加快建设, 正加快建设, 正在进行主体结构施工; not what is being
 * studied: 正在研究将27号线延伸至…): done, as news tells it (地铁19号线二期正式开通运营),
 * unless the sentence looks ahead.
 */
const DONE_AS_NEWS = /(?:正式|顺利|成功|如期|(?<!\d)日前|今天|今日|昨天|昨日|同日|当日|当天|\d{1,2}月\d{1,2}日|今年\d{1,2}月(?:份|初|上旬|中旬|下旬)?|累计|(?<![要需应须])(?:较计划)?提前(?:\d+|[一二两三四五六七八九十半]+)个?(?:天|周|月|年)|较计划提前|正在(?!研究|论证|谋划|规划|编制|争取|申报|协调|对接)[^，。；]{0,10}|(?<![真公纠改修端反])正)$/;
/**
 * After a verb, its project said finished at the end of the clause, as news tells it (武侯祠—锦里片区风貌提升工程于11月13日完工,
 * …提升工程完工) or ahead of time (改造提升工程提前45天完工, 更新项目较计划提前1个月完成).
 */
const FINISHED_AFTER =
	/^[^，。；]{0,6}?(?:(?:工程|项目|[一二三]期)(?:于[^，。；]{1,12})?(?:开工|完工|竣工|建成|开通|通车|投用)(?=[，。；*并]|$)|(?:较计划)?提前[^，。；]{0,6}?(?:完工|竣工|建成|完成|开通|通车|投用|交付))/;
/** A verb phrase that ends by saying its work finished, as a digest's line tells it: …周边交通微循环改造完工. */
const FINISHED_VERB = /^[\u4e00-\u9fa5]{2,}(?:完工|竣工)$/;
/** After a verb, its work under way: 成眉线、成德线建设冲刺, 建设也进入关键阶段. */
const UNDER_WAY_AFTER = /^(?:也|均|正|已)?(?:进入[^，。；]{0,8}阶段|冲刺|全面铺开)/;
/**
 * What makes 正式开通 an aim: 将于2026年正式开通, 力争年内正式开通, a notice's 定于4月26日正式开园, 到2027年 (not a range's end:
 * 2001年至2004年; not 较计划提前).
 */
const AHEAD = /将|力争|确保|(?<!较)计划|预计|拟|定于|争取|年内|年底前|(?<!截|\d年?)[到至]20\d\d年/;

/**
 * A news sentence that opens with its day: 12月28日，… 17日，… 昨日，… 6月26日起，… 这一年的12月18日，… 今天
 * 14:00，…, 3月28日上午10时，… (after a post's hashtags and brackets: #…# 【🚇今天14:00，…).
 */
const DATED = /(?:^|[^\u4e00-\u9fa5\d])(?:这一年的|同年|次年)?(?:(?:\d{1,2}月)?\d{1,2}日|近日|日前|昨天|昨日|今天|今日)(?:上午|下午|晚上?|早上|凌晨)?(?:\d{1,2}[:：]\d\d|\d{1,2}时(?:\d{1,2}分|许|半)?)?起?[，,]/;
/** A clause told done with 了 that the verb's goes on with (并…): 修缮了崇丽阁…，更新了…，并沿府南河新建… (not 为了, 除了). */
const DONE_BEFORE = /(?<![为除])了(?!解)[^。；：]*，并[^，。；：]*$/;
/** The perfective 了 after a verb: 新建了暖场馆, 延伸到了天府国际机场 (了解 is another word). */
const PERFECTIVE = /^(?:到|至|在)?了(?!解)/;
/**
 * The project a verb names, said done after it: 成都站扩能改造工程已开工建设, 新建初中已完成主体建设, or the
 * verb itself, done or under way at the end of its clause: 夜景亮化提升已于2023年完成, 二期提升已于5月进场施工, 店招整治已全部完工
 * (not 巩固已完成事项: what the verb works on may be done already), or said approved: 大港区规划已获省政府批复.
 */
const ALREADY_AFTER =
	/^(?:已(?:经)?(?:获|通过)[^，。；]{0,8}?(?:批复|批准|审批|审查|评审|验收)|[^，。；]{0,6}?(?:工程|项目|[一二三]期|初中|小学|学校|医院|大桥|隧道|站房)已(?:经)?(?:于[^，。；]{1,12})?(?:全部|全面|基本|均)?(?:开工|建成|完成|完工|竣工|开通|投用|投入使用|启动|实施)|已(?:经)?(?:于[^，。；]{1,12})?(?:全部|全面|基本|均)?(?:开工|建成|完成|完工|竣工|开通|投用|投入使用|施工)(?=[，。；]|$))/;
/**
 * A time gone by before the verb: 去年9月对外开放, 次年建成开放, 近年来, 五年来, 启动以来, a bulletin's 本月, a weekly's
 * 本周完成： or 本周， (not 比去年, 较上年; not 本周六, 本周在辖区开展…, which are still to come).
 */
const LAST_YEAR = /(?<![比较])(?:去年|上年|次年|同年)|以来|(?:几|近|多|这些|[一二两三四五六七八九十]|\d{1,2})年来|本月|上月|本周(?=完成|共|累计|[，,：:])|上周(?!末)/;
/**
 * A year before the verb, not a target (到2027年) or a comparison (比2020年); a range by its last
 * year (2001年至2004年, 2021—2025年).
 */
const YEAR_BEFORE = /(?<![—\-~至到比较\d])(?:(?:19|20)\d\d年?[—\-~至到])?((?:19|20)\d\d)年/g;

/** Whether `text` names a year before `since`, the text's own: 1997年全面完工 in a text of 2025. */
function pastYear(text: string, since: number | null): boolean {
	if (since === null || !text.includes('年')) return false;
	for (const m of text.matchAll(YEAR_BEFORE)) if (Number(m[1]) < since) return true;
	return false;
}
const YEAR = /(?:19|20)\d\d(?=年)/;

/** A part of a year: its half (上半年), a quarter (一季度, 前三季度) or a month (2025年3月). */
const PART_OF_YEAR = /((?:19|20)\d\d)年(?:(上半年)|前三季度|第?([一二三四])季度|(\d{1,2})月)/;
const QUARTER = '一二三四';

/** Whether `text` names a part of the text's own year that ended before its month (2025年一季度, in a text of June 2025). */
function endedPart(text: string, since: number | null, month: number | null): boolean {
	if (since === null || month === null || !text.includes('年')) return false;
	const m = PART_OF_YEAR.exec(text);
	if (!m || Number(m[1]) !== since) return false;
	const last = m[2] ? 6 : m[3] ? 3 * (QUARTER.indexOf(m[3]) + 1) : m[4] ? Number(m[4]) : 9;
	return last < month;
}
/** Whether `text` names a year that is not before `since`, the text's own (or any year, for a text of none). */
function laterYear(text: string, since: number | null): boolean {
	const year = YEAR.exec(text);
	return year !== null && (since === null || Number(year[0]) >= since);
}
/** Verbs of an honour received, done whenever they are told: 青羊区获评全国文明城区 (力争入选 still aims). */
const HONOURED = /^(?:获评|入选|获批|荣获)/;
/** Verbs of an event that happens on a day: what a dated news sentence reports (集中开工, 开通运营). */
const EVENT = /开工|开通|建成|投运|竣工|完工|通车|贯通|开业|揭牌|挂牌|签约|开园|开街|开馆|开诊|封顶|交付|投产|通航|复航|投入使用|投入运营|启用|落成|下闸蓄水/;

/** A clause after a verb's that dates its event: ，于去年9月开街, ，并于2023年建成 (the year, if one, captured). */
const DATED_LATER = new RegExp(`^[^，。；]{0,12}[，,](?:并|后|随后)?于(去年|上年|前年|((?:19|20)\\d\\d)年)[^，。；]{0,8}?(?:${EVENT.source})`);

/** A sentence that opens with a month of a year: 2012年9月，地铁2号线一期开通运营. */
const DATED_MONTH = /^20\d\d年\d{1,2}月(?:\d{1,2}日)?[，,]/;


/** When a text was written, as its statuses need it. */
export interface When {
	/** Its year: its date's, else its title's. */
	since: number | null;
	/** The month of its date, if it has one. */
	month: number | null;
	/** The event its headline reports (成都2026年一季度重大项目集中开工), if any: see headlineEvent. */
	event: string | null;
}

/** What makes a headline's event one still to come: 将于…开工, 即将开通, 计划年内建成. */
const COMING = /将|拟|计划|预计|力争|确保|争取|启动/;

/**
 * The verb of the event a news headline reports (集中开工 → 开工, 正式开通运营 → 开通), unless it is still
 * to come: the same verb in the text below tells that event again.
 */
export function headlineEvent(title: string): string | null {
	const m = EVENT.exec(title);
	return m && !COMING.test(title) && !DOCUMENT_KIND.test(title) ? m[0] : null;
}

/** Its section's status, unless the sentence says otherwise: done already in a plan, still ahead in a review. */
export function sentenceStatus(status: Status, sentence: string, at: number, verb: string, when: When): Status {
	if (status === 'planned') return doneAlready(sentence, at, verb, when) ? 'reported' : status;
	return status === 'reported' && (stillAhead(sentence, at) || (at >= 0 && NOT_DONE_AFTER.test(sentence.slice(at + verb.length)))) ? 'planned' : status;
}

/** After a verb, its work said not done in time: 2座车站改造未能按期完成, 蒲江段未能按期通车. */
const NOT_DONE_AFTER = /^[^，。；]{0,2}?(?:未能|没有|尚未)(?:按期|如期|按时|按计划)?(?:完成|完工|建成|竣工|通车|开通|投用|开放)/;

/** What opens a clause that goes on with the one before: 并, 并且, 同时, 还, 也, and the work done alongside it (配套建设, 同步实施). */
export const GOES_ON = /^(?:并|同时|还|也|配套|同步)/;

/** What a clause says of its own verb, if anything: done (已建成, 了), ahead (将新建, 计划), or null. */
export function clauseStatus(clause: string, verb: string, when: When): Status | null {
	const at = clause.indexOf(verb);
	if (at < 0) return null;
	if (doneAlready(clause, at, verb, when)) return 'reported';
	const before = clause.slice(0, at);
	return WILL.test(before) || AHEAD.test(before) ? 'planned' : null;
}

/** Words that put what follows them ahead, a notice's decision too (计划 and 拟 are nouns too often: 三年行动计划, 虚拟). */
const WILL = /将|力争|下一步|下半年|经研究[，,]?决定|(?:还|也|并|另外|今年|明年|[我全][市区县]|我们|我局)计划|计划(?:于|在|到)/;
/** What a review asks to be done: 淮州新城要加快配套道路建设 (not 主要, 需要, 必要, 要求). */
const MUST = /(?<![主重需必])要(?![求点素闻])/;
/** A deadline or a target year: 年内完成…, 10月底前…, 到2027年. */
const DEADLINE = /年内|底前|(?<!截|\d年?)[到至]20\d\d年/;

/**
 * Whether a sentence of a review says its verb is still to come (2025年，将重点实施…, 新津区将依托…建设,
 * 要于10月底前…, 年内完成…): a progress report closes each part with the plan for the rest of the year,
 * an audit with what must be put right.
 */
export function stillAhead(sentence: string, at: number): boolean {
	if (at <= 0) return false;
	const before = sentence.slice(0, at);
	return (WILL.test(before) || MUST.test(before) || DEADLINE.test(before)) && !ALREADY.test(before);
}

/**
 * Whether a paragraph's first sentence looks ahead (下一步，…; 总体目标是：到2027年…; 新区还计划…; 第二句话：今年的活，
 * 大家要扛起来。; a year or a plan's time not gone by: 2026年是…, “十五五”时期，…): the review the paragraphs before it
 * went on with ends there.
 */
export function looksAhead(text: string, since: number | null): boolean {
	const stop = text.search(/[。！？；]/);
	const first = stop < 0 ? text : text.slice(0, stop);
	const year = OPENS_WITH_A_YEAR.exec(first);
	if (year) return since === null || Number(year[1]) >= since;
	if (OPENS_WITH_A_PLAN.test(first)) return !looksBack(first, since);
	return OPENS_AHEAD.test(first) || DIRECTIVE.test(first) || DEPLOYS.test(first) || AHEAD.test(first) || stillAhead(first, first.length);
}
/**
 * A plan's directive, opening with what is to be done: 加快建设三坝水库, 推进…, 深化… (a review's 建成…, 完成… tells), as a
 * plenum's communique turns to it too (全会强调，谋划“十五五”发展，…; 全会对明年工作作出部署).
 */
const DIRECTIVE = /^(?:(?:全会|会议)(?:强调|要求|提出|号召)[，,]|[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])?(?:加快|加速|加紧|推进|推动|深化|持续|着力|大力|全力|积极|统筹|谋划|支持|鼓励|坚持|强化|抓好|做好|办好|力争|确保)/;
const DEPLOYS = /^(?:全会|会议)对(?:明年|今年|下一步|今后)[^，。；]{0,8}作出部署/;
/** What a plenum or a meeting stresses before the time it speaks of: 全会强调，…. */
const STRESSES = '(?:(?:全会|会议)(?:强调|要求|提出|指出)[，,])?';
/** 2026年是…, as a plenum stresses it too: 全会强调，2025年是“十四五”规划收官之年. */
const OPENS_WITH_A_YEAR = new RegExp(`^${STRESSES}(20\\d\\d)年`);
/** “十五五”时期，…, or 全会强调，“十五五”时期是…. */
const OPENS_WITH_A_PLAN = new RegExp(`^${STRESSES}["“]?十[一二三四五六七八九]五`);

/** A question, as an interview prints it: 记者：…？, **记者：…？** */
export const QUESTION = /？(?:\*\*)?$/;
/** What a question asks of the time gone by, which the answer after it tells: 这八年，…交出了一份怎样的答卷？ 成立以来…？ 五年来…取得了哪些成果？ */
export const ASKS_BACK = /(?:这|近|过去(?:的)?)(?:[一二两三四五六七八九十几]|\d+)年|(?:[一二两三四五六七八九十几]|\d+)年来|以来|答卷|成绩单|成效|了[^，。？]{0,8}成果/;

/** A news headline over a review: ## 回眸2025：两线同开, 盘点2024, 2024成绩单 (not 回顾与展望). */
export const REVIEW_HEADLINE = /^(?!.*展望).*(?:回眸|回顾|盘点|成绩单)/;

/** A verb led by 相继 or 先后 (相继开放, 先后建成): done, one place after another. */
const ONE_AFTER_ANOTHER = /^(?:相继|先后)/;

/** 已 or 相继 anywhere before a verb: what a review says was done, even with 将 in the sentence. */
const ALREADY = /已|相继/;

/**
 * Whether the sentence says its verb is done already (地铁19号线二期已建成通车, 新建了暖场馆): news
 * reports it, plans do not. An event dated to a month is done unless the text is of that year or
 * before (`since`); so is what a year gone by dates (1997年全面完工, 去年9月对外开放), unless the
 * sentence looks ahead.
 */
function doneAlready(sentence: string, at: number, verb: string, { since, month, event }: When): boolean {
	if (at < 0) return false;
	const after = sentence.slice(at + verb.length, at + verb.length + 24);
	if (PERFECTIVE.test(after) || ALREADY_AFTER.test(after) || (ONE_AFTER_ANOTHER.test(verb) && !after.startsWith('后'))) return true;
	// A clause after it that dates the event in a year gone by: 望平坊二期实施改造，于去年9月开街.
	const later = DATED_LATER.exec(after);
	if (later && (later[2] === undefined || Number(later[2]) < (since ?? 0))) return true;
	// The event of the headline, told again in the text below it: 开工项目9个 under …重大项目集中开工.
	if (event !== null && verb.includes(event) && !AHEAD.test(sentence) && !laterYear(sentence, since)) return true;
	// What a date says was made (前年开通的资阳线, 2022年开园的天府艺术公园: see verbIn), unless it is to be (将于2027年开通的).
	if (sentence.startsWith('的', at + verb.length) && !WILL.test(sentence.slice(Math.max(0, at - 16), at))) return true;
	if (at === 0) return false;
	const head = sentence.slice(0, at);
	const before = head.slice(-16);
	if (DONE.test(head.slice(-32))) return true;
	// A month's year before the text's own is a year gone by (below); with no year of its own, the text
	// takes a dated month as news.
	const news =
		DONE_AS_NEWS.test(before) ||
		(FINISHED_AFTER.test(after) && !laterYear(after, since)) ||
		(FINISHED_VERB.test(verb) && !laterYear(head, since)) ||
		UNDER_WAY_AFTER.test(after) ||
		HONOURED.test(verb) ||
		LAST_YEAR.test(sentence.slice(0, at + verb.length)) || // with the verb: 本周完成
		DONE_BEFORE.test(head) ||
		pastYear(head, since) ||
		endedPart(head, since, month) ||
		((DATED.test(sentence) || (since === null && DATED_MONTH.test(sentence))) && EVENT.test(verb));
	if (!news) return false;
	// What looks ahead after the verb's clause looks at another verb: 去年9月开业，今年将启动….
	const upTo = clauses(sentence).find(([a, b]) => a <= at && at < b)?.[1] ?? sentence.length;
	return !AHEAD.test(sentence.slice(0, upTo));
}

// What a line of normalized text looks like: a heading of some kind, body prose, or a headline.
// Used both to decide which lines broken over blank lines belong together and to find sections.
import type { Status } from '../types';
import { isLatinLetter, isPictograph } from './units';

const NUM = '[一二三四五六七八九十百零〇]+';
/** Numbered headings, outermost first: the parts, chapters and sections of a plan, then 一、 and （一）. */
const RANKS = [
	new RegExp(`^第(?:${NUM}|\\d+)(?:篇|部分)`),
	new RegExp(`^第(?:${NUM}|\\d+)章`),
	new RegExp(`^第(?:${NUM}|\\d+)节`),
	new RegExp(`^${NUM}、`),
	new RegExp(`^[（(]${NUM}[）)]`)
];
/** The number of a numbered item: （六）, 一、, 3., 2.1 before a blank (as a pattern to build others with). */
export const ITEM_NUMBER = '(?:[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十\\d]+[、.．](?:\\d{1,2}(?=\\s))?)';

/** The rank of 一、 headings, which unnumbered topic headings share. */
export const LIST_LEVEL = 4;

/** Ordinal heading level: 1 第一篇/第一部分, 2 第一章, 3 第一节, 4 一、, 5 （一）/(一); 0 if none. */
export function ordinalLevel(text: string): number {
	// A number may be set in Markdown's bold: **（一）片区更新持续提升**.
	const t = text.startsWith('**') ? text.slice(2) : text;
	for (let i = 0; i < RANKS.length; i++) if (RANKS[i].test(t)) return i + 1;
	return 0;
}

// A district or bureau leader's headline: office, name, colon, the quote's gist.
// 成都市锦江区委书记陈志勇： …, 成都市民政局党组书记、局长王宏斌： …
const LEADER =
	/^[^，。；！？,;!?]{2,30}?(?:书记|区长|县长|市长|局长|主任|厅长|部长|主席|院长|处长|总经理|董事长)\s*[\u4e00-\u9fff·]{2,4}\s*[：:]/;

export function isLeaderHeading(text: string): boolean {
	// The sentence marks first: a scan for one rules out most text sooner than the leader's pattern does.
	return text.length <= 80 && !SENTENCE_MARK.test(text) && LEADER.test(text);
}

/** The part of a leader headline before the colon (the office), where the district is named. */
export function leaderOffice(text: string): string {
	const m = /[：:]/.exec(text);
	return m ? text.slice(0, m.index) : text;
}

const REPORTED = /工作回顾|工作总结|回顾$|^回顾|发展基础|工作基础$|基本情况$|发展成就|主要成就|取得的成绩|(?<!预期)成效$|成效明显|(?<!限期|确保|要|须)整改到位|大事记|^(?:[一二三四五六七八九十]+、)?(?:上半年|前三季度)工作|规划背景|成绩单|^过去(?:的)?(?:一|两|三|五|几)年$/;
const GLOSSARY_WORDS = '名词解释|名词注释|术语解释';
const GLOSSARY = new RegExp(`${GLOSSARY_WORDS}|^注释$`);
/**
 * How far the work went: 2023年重点工作完成情况, 重点项目推进情况, a reply's 办理情况 and 已开展的工作, a works briefing's
 * 形象进度 and 本月重要节点, a list's 已建成开放项目, 已完工项目 and 在建项目 review, whatever work they name.
 */
const DONE = /(?:完成|进展|落实|执行|推进|实施|建设|开展|办理)情况|形象进度|本(?:月|周|季度)(?:重要|主要|重点)?(?:节点|进展)|^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?(?:已(?:开展|完成|实施)的?(?:主要)?工作|(?:已(?:建成|完成|完工|竣工|开通|开放|开工|实施|投用)|在建)(?:开放)?(?:项目|工程))/;
/** What looks ahead, not both ways: “十五五”展望 (not 回顾与展望); a news headline that says so plans too (records.ts). */
export const OUTLOOK = /(?<!回顾与)展望/;
const PLANNED = new RegExp(
	`工作安排|建设计划|${OUTLOOK.source}|计划建设|拟(?:建|实施|开工)(?:项目|工程)|主要措施|重点措施|安排建议|工作计划|工作要点|工作目标|主要目标|目标任务|主要任务|重点任务|主要工作|重点工作|下一步|下步工作|工作打算|今后工作|季度工作措施|工作要求|工作部署|工作思路|意见建议|意见和建议|对策建议|工作建议|下一?(?:季度|阶段)`
);

/**
 * Status a heading announces by its wording (only part headings do), or null. A title that names
 * both (2023年工作总结和2024年工作安排) announces neither: its parts say which is which.
 */
export function keywordStatus(text: string): Status | null {
	if (text.length > 24) return null;
	if (DONE.test(text)) return 'reported';
	const planned = PLANNED.test(text);
	if (REPORTED.test(text)) return planned ? null : 'reported';
	return GLOSSARY.test(text) ? 'glossary' : planned ? 'planned' : null;
}

/** A short part heading such as 2023年工作回顾 or 名词解释: no punctuation at all, but a glossary's colon (名词解释：). */
export function isKeywordHeading(text: string): boolean {
	return (keywordStatus(text) !== null && !ANY_MARK.test(text)) || GLOSSARY_LINE.test(text);
}
const GLOSSARY_LINE = new RegExp(`^(?:${GLOSSARY_WORDS}|注释)[：:]$`);

const SENTENCE_MARK = /[。！？；!?;]/;
const CLAUSE_MARK = /[，。；！？,;!?]/;
const ANY_MARK = /[，。、；：！？,;:!?|>“”"]/;
/** What /[。！？!?；;：:…”’」』）)]$/ looks for, asked of the last character only: the pattern would be tried at every offset. */
const SENTENCE_END = '。！？!?；;：:…”’」』）)';

/**
 * Ends at a full stop or similar: the next line cannot continue it. A . ends an English sentence
 * (…said on Monday.); after Chinese, normalization has made it 。 already.
 */
export function endsSentence(text: string): boolean {
	// Past the emoji and the 】 a post closes its headline with (【…又有大动作！🚄】), and Markdown's bold (**记者：…？**).
	let i = text.length - 1;
	while (i > 0 && (isPictograph(text.charCodeAt(i)) || text[i] === '】' || text[i] === '*')) i--;
	return i >= 0 && (SENTENCE_END.includes(text[i]) || (text[i] === '.' && i > 0 && isLatinLetter(text.charCodeAt(i - 1))));
}

/** Titles, headlines, bylines, dates: no clause punctuation at all. */
export function isHeadlineLike(text: string): boolean {
	return text.length <= 60 && !CLAUSE_MARK.test(text);
}

/**
 * A news story's subheading, which may have a comma: two short clauses (周末客流“上新”，东安湖成打卡地), or a label and its
 * line (登山篇：三条步道，难度各不相同; 01　地铁：27号线年底通车，13号线加速建设), bracketed or not (【游客：白天看院子，晚上听川剧】).
 * A sentence a blank line cut in two is longer, or left open (…落实新修订的《成都市养老服务促进条例》,对养 / 老机构建设…).
 */
export function isSubheading(text: string): boolean {
	return SUBHEADING.test(text);
}
const SUBHEADING = /^(?:【[^【】。；！？]{2,40}】|(?:\d{1,2}\s+)?[^，。；：:！？!?]{1,8}[：:][^。；：:！？!?]{2,30}[^，、。；：:！？!?]|[^，。；：:！？!?、]{2,18}[，,][^，。；：:！？!?、]{2,18})$/;

/** Prose: has a sentence mark inside, or is long. */
export function isBody(text: string): boolean {
	return SENTENCE_MARK.test(text) || (text.length >= 80 && CLAUSE_MARK.test(text));
}

/** A line that stands on its own and is never the continuation of another. */
export function isHeadingish(text: string): boolean {
	return ordinalLevel(text) > 0 || isLeaderHeading(text) || isKeywordHeading(text) || isHeadlineLike(text);
}

/**
 * An unnumbered topic heading (围绕“协同共兴”攻坚提质，以… in 002, 以科技创新引领产业升级 in
 * 004): short, no sentence marks, no colon or separators, not ending in a clause mark. Whether the
 * next paragraph is prose is checked by the caller.
 */
export function isTopicHeading(text: string): boolean {
	return (
		text.length >= 2 &&
		text.length <= 40 &&
		!SENTENCE_MARK.test(text) &&
		!/[：:|>｜]/.test(text) &&
		!/[，,、“]$/.test(text)
	);
}

/**
 * A numbered task, not a heading: 一、 or （一） before one whole sentence with clauses, ended by its
 * full stop (（二）启动第五期建设规划编制，研究推进地铁6号线、7号线延伸线。), or before a label and
 * what is done there (（三）簇锦街道：加快推进簇桥片区城中村改造。). A heading has no stop
 * ((一)坚持科技引领、创新驱动，现代化产业体系加快构建), or body text after it in the paragraph.
 */
export function isNumberedItem(text: string): boolean {
	if (ordinalLevel(text) < LIST_LEVEL || !/[。；;]$/.test(text)) return false;
	const stop = SENTENCE_MARK.exec(text)!;
	if (stop.index !== text.length - 1) return false;
	return (text.length >= 24 && /[，,]/.test(text)) || LABELLED.test(text);
}
/** A label's colon with a clause of four or more characters after it. */
const LABELLED = /[：:][^：:]{4,}$/;

/** Title of a heading paragraph: a run-in heading ends at its first full stop. */
export function headingTitle(text: string): string {
	const m = /[。！？；!?;]/.exec(text);
	const t = (m ? text.slice(0, m.index) : text).replaceAll('**', '');
	return t.length > 60 ? t.slice(0, 60) + '…' : t;
}

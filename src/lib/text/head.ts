// What a file says about itself, for a file no manifest entry describes: its title (the first
// paragraph, when it reads as a headline), its date (the first full date near the top) and the
// district it speaks for (the one its title names, or the byline under it). Without them an unlisted file would be known
// by its file name, have no year, and be read as the whole city's, so that the short district
// names of a district's own report (郫都, 青羊) would not resolve.
import type { DocumentMeta } from '../types';
import { districtIn } from './scope';
import { isPictograph } from './units';

/** A newspaper's or site's name before the headline: 成都日报 | 中共成都市委关于…; not a column that reviews (盘点｜…, 回眸｜…). */
const OUTLET = /^(?!(?:年终)?盘点|回眸|回顾|数说)[^|｜]{1,12}[|｜]\s*/;
/** 2024年2月1日, 2020-07-21, 2023.12.5 */
const DATE = /((?:19|20)\d{2})(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-./](\d{1,2})[-./](\d{1,2}))/;
/** What follows the first date of a period: 至, 到, — and the date it runs to. */
const PERIOD = /^\s*(?:至|到|—|–|-|~)\s*(?:19|20)\d{2}/;
/** How far into a paragraph of prose its dateline may stand: （2025年5月20日，成都）. */
const LEAD = 6;
/** What puts a date as the day figures run to: 截至2025年12月31日. */
const UP_TO = /(?:截至|截止|截止到|截至到)$/;
/** Prose has commas and full stops; a headline may have a ！ or a ？ but not those. */
const PROSE = /[，。；,;]/;
/** How many paragraphs from the top a date is looked for in: below them, dates are the text's own. */
export const TOP = 8;

/** A post's hashtag (#成都东进#), which names a topic, not the text, and commits nothing. */
export const HASHTAG = /#[^#\s]{1,20}#/g;

/**
 * The headline of a text, from its first paragraph, or null if that reads as prose. A headline may pause at a comma
 * (【年终盘点】2025，成都这一年：…), never stop at 。 or ；, nor end in the colon that opens a body.
 */
export function titleIn(first: string): string | null {
	const title = tidy(first.replace(OUTLET, ''));
	return title.length >= 4 && title.length <= 60 && !NOT_A_HEADLINE.test(title) ? title : null;
}
const NOT_A_HEADLINE = /[。；;]|[：:]$/;

/** A post's headline without its hashtags, emoji and the 【】 around it: 【#成都东进# 东部新区又有大动作！🚄】. */
function tidy(headline: string): string {
	let t = '';
	for (let i = 0; i < headline.length; i++) if (!isPictograph(headline.charCodeAt(i))) t += headline[i];
	t = t.replace(HASHTAG, '').trim();
	if (t.startsWith('【') && t.endsWith('】') && t.indexOf('【', 1) === -1) t = t.slice(1, -1).trim();
	return t;
}

/**
 * How a document's own title ends: …行动方案, …保护条例（摘要）, …工作报告, …发展规划（2025—2035年）（节选）, a notice's
 * …的通告, …公示, a reply's …的答复.
 */
export const DOCUMENT_KIND =
	/(?:条例|办法|规定|细则|方案|规划|纲要|意见|通知|通告|公告|公示|决定|计划|要点|安排|报告|公报|[周月季年简快通]报|的建议|答复|批复)(?:[（(][^（()）]{1,12}[）)]){0,2}$/;

/**
 * The issuer a document sets on a line of its own above its title (成都市交通运输局 / 关于…建议的答复, 成都轨道交通集团有限公司
 * / 2025年度运营服务报告, 郫都区分局交通警察大队 / 关于…的通告): a body's name, nothing else.
 */
const BODY = /(?:中共)?[\u4e00-\u9fa5（）()]{2,24}(?:人民政府|政府|办公厅|办公室|委员会|管委会|局|委|厅|公司|集团|中心|指挥部|大队|支队|派出所|办事处|管理处)/;
/** …or several bodies that send it together (成都市教育局　成都市卫生健康委员会). */
const ISSUER = new RegExp(`^${BODY.source}(?:\\s+${BODY.source})*$`);

/** The red header of a government document and its number, above its issuer and title (成都市人民政府办公厅文件 / 成办发〔2025〕21号). */
const LETTERHEAD = /^[\u4e00-\u9fa5（）()、\s]{2,40}文件$|^[\u4e00-\u9fa5]{1,10}〔(?:19|20)\d\d〕第?\d+号$/;

/**
 * The title of the top paragraphs: the first, if it reads as a headline, with the issuer before it if it is one, and
 * the line that ends it if a notice's title runs on to it (关于地铁27号线…施工期间 / 实施交通管制的通告).
 */
function titleOf(top: readonly string[]): string | null {
	if (!top.length) return null;
	// Below its issuer: a document's title, which the issuer opens, or a site's news headline, which it does not.
	const below = top.length > 1 && ISSUER.test(top[0]) ? titleIn(top[1]) : null;
	const issued = below !== null && (below.startsWith('关于') || DOCUMENT_KIND.test(below));
	const k = below !== null ? 1 : 0;
	const title = titleIn(top[k]);
	if (title === null) return null;
	const end = top[k + 1] !== undefined && title.startsWith('关于') && !DOCUMENT_KIND.test(title) ? titleIn(top[k + 1]) : null;
	return (issued ? top[0] : '') + title + (end !== null && DOCUMENT_KIND.test(end) ? end : '');
}

/** The first full date (year, month and day) of the top paragraphs, as YYYY-MM-DD, or null. */
export function dateIn(paragraphs: readonly string[]): string | null {
	for (const text of paragraphs.slice(0, TOP)) {
		const m = DATE.exec(text);
		// The start of a period (报告时间范围：2024年1月1日至2024年12月31日) is no date of the text, nor the day its
		// figures run to (截至2025年12月31日，…).
		if (!m || PERIOD.test(text.slice(m.index + m[0].length)) || UP_TO.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
		// In prose, only a date its lead opens with ((2025年5月20日，成都)5月20日上午，…) is the text's: one further on is of
		// what it tells (最高日客运量为2025年4月30日的约852万乘次).
		if (m.index > LEAD && PROSE.test(text)) continue;
		const month = Number(m[2] ?? m[4]);
		const day = Number(m[3] ?? m[5]);
		if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
			return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	}
	return null;
}

/**
 * The lines a government site sets above a document it publishes (索引号：… 发布机构：… 成文日期：…
 * 文号：…): the title comes after them.
 */
const RECORD_LINE = /^(?:发布时间|更新时间|发布单位|索引号|发布机构|发文机关|信息来源|来源|成文日期|发布日期|生效日期|文号|发文字号|主题分类|公文种类|公开方式|公开范围|有效性|时效性)\s*[:：]/;

export function isRecordLine(text: string): boolean {
	return RECORD_LINE.test(text);
}

/**
 * The line under a report's title that says where it was given or who gives it: ——2025年1月8日在
 * 成都市龙泉驿区第十九届人民代表大会第五次会议上, 龙泉驿区人民政府区长 某某, or who signs an article
 * (中共新都区委书记 某某).
 */
const BYLINE = /^(?:——|—)|人民政府(?:代理)?[区县市]长|^(?:中共)?(?:成都市)?[\u4e00-\u9fa5]{2,6}[区县市]委(?:副)?书记/;

export function isByline(text: string): boolean {
	return BYLINE.test(text);
}

/**
 * The district the byline of the top paragraphs names (政府工作报告 / ——在成都市龙泉驿区…会议上), or
 * null. A subtitle's dash (——深入学习贯彻…全会精神) names none, and the signature may come after it.
 */
function bylineDistrict(paragraphs: readonly string[]): string | null {
	for (const text of paragraphs.slice(1, TOP)) {
		if (PROSE.test(text)) return null; // the body has begun
		const district = BYLINE.test(text) ? districtIn(text) : null;
		if (district) return district;
	}
	return null;
}

/**
 * `meta` with what it leaves blank (title, date, scope) read from the text's first TOP paragraphs below its letterhead
 * (`paragraphs` holds a few more, for those the letterhead takes), or the date from its signature among the `last`
 * paragraphs or from the furniture set aside above them.
 */
export function withHead(meta: DocumentMeta, paragraphs: readonly string[], furniture: readonly string[] = [], last: readonly string[] = []): DocumentMeta {
	if (meta.title.zh && meta.date && meta.scope) return meta;
	const head = paragraphs.filter((p) => !LETTERHEAD.test(p));
	const top = head.slice(0, TOP).filter((p) => !isRecordLine(p));
	const title = meta.title.zh || titleOf(top);
	return {
		...meta,
		title: meta.title.zh ? meta.title : { zh: title ?? meta.id, en: title ?? meta.id },
		date: meta.date || dateIn(head) || signedOn(last) || dateIn(furniture) || '',
		// A headline that pauses (周末不出成都！东部新区+龙泉驿一日游，…) or lists (…东部新区、地铁新线带旺周末游) is news of a
		// place, not a district's own text.
		scope: meta.scope || (title && !PROSE.test(title) && !title.includes('、') ? districtIn(title) : null) || bylineDistrict(paragraphs) || (title && UNNAMED.test(title) ? issuerDistrict(head, furniture) : null) || 'city'
	};
}

/** A title that names a district's own body without the district (区政府召开第四十七次常务会议, 县委常委会…): the page says which. */
const UNNAMED = /^(?:区|县)(?:政府|委|人大|政协|委常委会|长)/;
/** The district of the page's record line (来源：郫都区融媒体中心) or of the site's name above it (郫都区人民政府门户网站　首页 > …), or null. */
function issuerDistrict(head: readonly string[], furniture: readonly string[]): string | null {
	for (const text of [...head.slice(0, TOP).filter(isRecordLine), ...furniture.slice(0, TOP)]) {
		const district = districtIn(text);
		if (district) return district;
	}
	return null;
}

/** A line that is a date alone, as a notice is signed with under its issuer (成都市交通运输局 / 2025年12月19日). */
const SIGNED = new RegExp(`^\\s*${DATE.source}\\s*$`);

/** The date a text is signed with, from its last paragraphs (`last`), or null. */
export function signedOn(last: readonly string[]): string | null {
	for (let i = last.length - 1; i >= 0; i--) if (SIGNED.test(last[i])) return dateIn([last[i]]);
	return null;
}

/** The month of a YYYY-MM(-DD) date, or null. */
export function monthOf(date: string): number | null {
	const m = /^\d{4}-(\d{2})/.exec(date);
	return m ? Number(m[1]) : null;
}

/** The year of a YYYY-MM-DD date, or null. */
export function yearOf(date: string): number | null {
	const m = /^(\d{4})/.exec(date);
	return m ? Number(m[1]) : null;
}

/**
 * The year a title says the document is of, for a text with no date: the latest year it names
 * (2023年工作总结和2024年工作安排: 2024), a range by its first (三年行动计划（2024—2026年）: 2024).
 */
export function titleYear(title: string): number | null {
	let year: number | null = null;
	for (const m of title.matchAll(YEARS)) year = Math.max(year ?? 0, Number(m[1]));
	return year;
}

/** A year (2024年) or a range of years (2021—2035年, 2024-2026): an amount (产值达2010亿元) is none. */
const YEARS = /(20\d\d)\s*(?:[—–\-~至到]\s*(20\d\d)(?!\d)|年)/g;

/**
 * Titles of a record of what was done: a yearbook, a chronicle, a review (…盘点, 成都这一年, 数说2025·成都丨…读懂这一年的蓉城,
 * 数说成华2025, 上半年…“成绩单”出炉), a company's report on its year (…社会责任报告, 2025年度运营服务报告), a statistical
 * bulletin, a report of how far work went, of how deputies' motions were handled or of how a market ran (…市场运行情况通报),
 * a project's work bulletin, an evaluation of spending, a paper's round-up of the news (区（市）县新闻速览, 要闻快讯).
 */
const RECORD = /年鉴|大事记|盘点|成绩单|数说[\u4e00-\u9fa5]{0,4}20\d\d|这一年(?:[！!]?$|的)|社会责任报告|20\d\d年度[\u4e00-\u9fa5]{0,10}报告$|统计公报|完成情况|进展情况|推进情况|办理情况的(?:报告|通报)|运行情况|情况通报|工作简报|绩效评价|速览|快讯|简讯|要闻/;

/**
 * What a text tells where no heading says otherwise: what was done, when its title is of a record
 * (成都年鉴（2025）·交通, 盘点2025丨成都城建关键词) or of a year before its date (2024年成都十件大事, dated
 * 2025; not 国土空间总体规划（2021—2035年）), else what is planned.
 */
export function defaultStatus(meta: Pick<DocumentMeta, 'title' | 'date'>): 'planned' | 'reported' {
	return RECORD.test(meta.title.zh) || ofPastYears(meta.title.zh, meta.date) ? 'reported' : 'planned';
}

/**
 * Whether every year a title or heading names is before the year of `date`: a range by its last, so
 * a plan of 2021—2035 looks ahead (一、2024年经济运行的主要特征 in a study of 2025 looks back).
 */
export function ofPastYears(title: string, date: string): boolean {
	const dated = yearOf(date);
	if (dated === null) return false;
	const years = [...title.matchAll(YEARS)].map((m) => Number(m[2] ?? m[1]));
	return years.length > 0 && years.every((y) => y < dated);
}

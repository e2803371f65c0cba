// From an ingested document to its mentions and commitments, each pointing at its exact
// characters in the original file.
import { districtLabel, type Ingested } from '../text';
import { defaultStatus, DOCUMENT_KIND, HASHTAG, isByline, isRecordLine, monthOf, titleIn, titleYear, TOP, yearOf } from '../text/head';
import { RELATED } from '../text/chrome';
import { hasOffices } from '../text/scope';
import { BULLETS, isColon } from '../text/units';
import { isHeadlineLike, isSubheading, ITEM_NUMBER, LIST_LEVEL, ordinalLevel, OUTLOOK } from '../text/headings';
import type { Gazetteer } from '../geocode/gazetteer';
import { firstAbove, PLEDGED, stationName, told, TOWN, type Found, type Geoparser } from '../geocode/parse';
import type { Commitment, Document, Mention, Paragraph, PlaceKind, Section, Status, Theme } from '../types';
import { clauses, committedAt, DEFINES, DUTY, EXTENT, FACILITY, figures, firstVerb, HELD_VERB, isEdges, MADE, MADE_LIES, PART_HEADING, RACE_COURSE, RANKED, sentences, STRUCTURE, targetYears, themeOf, THIS_UNIT, verbPhrase, verbRunAt } from './language';
import { ASKS_BACK, clauseStatus, DONE_FIELD, GOES_ON, headlineEvent, ITEM_IS, LABEL, labelStatus, looksAhead, looksBack, OPENS_AHEAD, opensInPastYear, opensInYearAhead, progressStatus, QUESTION, REVIEW_HEADLINE, sentenceStatus, stillAhead, WORK_DONE, type When } from './status';
import { ADDRESS_FIELD, ANNEX_FIRST, ARABIC_ITEM, cellsBetween, DESIGNATED_VERB, DETOURS, FIRST_RANK, isBarredRow, isHeaderRow, isTabbedRow, LIST_ITEM, PLOT, PROJECT, PROJECT_FIELD, RECTIFIED_VERB, RECTIFY_FIELD, routesVerb, rowCells, SUPPLY_CUTS, tableRows, WAY_THERE, WHERE_FIELD, ZONED_VERB } from './table';
import { DIVISIONS, unknownNames } from './unknown';

export interface Unlocated {
	name: string;
	doc: string;
	paragraph: string;
	line: number;
	/** Its span in the paragraph's normalized text. */
	at: [number, number];
	/** Whether the sentence commits to it: a commitment the map cannot show. */
	committed: boolean;
	/**
	 * no-location: the gazetteer knows the name, but no source locates it (geo/unlocated.json);
	 * not-in-gazetteer: a name the gazetteer lacks, read as a place from its neighbours in a list or its form (29号线).
	 */
	reason: 'no-location' | 'not-in-gazetteer';
}

export interface Analysis {
	mentions: Mention[];
	commitments: Commitment[];
	/** Place names found in the text that the gazetteer cannot locate. */
	unlocated: Unlocated[];
}

/**
 * What a place is for, by how its name ends, when its kind does not say (a landmark may be a park,
 * a temple or a station): the theme a sentence about it takes when its words name none.
 */
const NAME_THEME: [RegExp, Theme][] = [
	[/(?:公园|湿地|绿道|森林|湖|河|江|山|水库)$/, 'ecology'],
	[/(?:古镇|遗址|博物馆|寺|宫|祠|草堂|历史文化街区)$/, 'culture'],
	[/(?:站|机场|港|枢纽)$/, 'transport']
];

const KIND_THEME: Partial<Record<PlaceKind, Theme>> = {
	line: 'transport',
	hub: 'transport',
	river: 'ecology',
	mountain: 'ecology'
};

export function analyse(ingested: Ingested, parser: Geoparser, gazetteer: Gazetteer): Analysis {
	const doc = new DocumentAnalysis(ingested, gazetteer);
	const { paragraphs } = ingested.document;
	const texts = paragraphs.map((p) => p.text);
	// The verb each row of a project table commits with, and the cells of a table by what their
	// columns hold: who does the work, where, how far it has got (see table.ts).
	const rows = tableRows(texts);
	const cells = rowCells(texts);
	const list = new AnnouncedList();
	// The section a citizen's own words began in (诉求内容：…), while they go on; else undefined.
	let asking: string | null | undefined;
	// The numbered project whose fields the paragraphs are (4．驿都大道东延线工程 / 建设地点：… / 建设内容：…), while they
	// go on: its verb, and the commitment its name put on the map, if any. If none, its 建设地点 does, as a table's does
	// (locatedBy); else its 建设地点 only says where that commitment is; and the paragraph its name is.
	let project: { verb: string; name: string; located: Commitment | null; at: number } | null = null;
	// The commitment of the task a plan's paragraph sets, which the 责任单位： line after it says who carries out: the
	// districts it names belong to it (1.实施锦江流域综合治理。… / 责任单位：市水务局，锦江区、青羊区).
	let task: Commitment | null = null;
	// The places named so far, whose short forms name them in the paragraphs after (成都医学城 … 医学城).
	const namedBefore = new Set<string>();
	// The names given so far by their own part, which names them in the paragraphs after (智能装备产业园, 5号院).
	const shortForms = new Map<string, string>();
	// Whether the paragraph before ended announcing a list of stations (…由北向西依次为：), which this one then is.
	let stationsNext = false;
	// Whether the part of the text (一、…) does no work: an assessment of what the work may do to the places around it, or how to reply.
	let noWork = false;
	// Whether the last paragraph was an attachment of a numbered list of them, whose next items are titles too (附件：1.…项目名单 / 2.…拨付名单).
	let annexes = false;
	// Whether the last paragraph was a bidder's record of work or an item of it (类似工程业绩： / 1.武侯区…整治工程，…竣工日期2023年5月；).
	let bidding = false;
	// Whether the rows read are of a table of the ways round the work a notice advises (出发地｜目的地｜建议绕行路线).
	let detours = false;
	// A place's heading over the items of a list ((一)锦江区（3个） / 1.牛市口街道东安南路社区：…，实施…): the place commits with the
	// first of them, as a reader takes it, while it is drawn at their own places. Null when no such heading waits.
	// A numbered one holds over its own parts' headings, up to the next of its rank ((二)晋阳路（…） / （一）施工内容：… / （三）管制措施：…);
	// another, to the end of its section.
	let heading: { headed: Headed; section: string | null; rank: number } | null = null;
	// The last sentence the paragraphs so far were read in, and the last that committed to work.
	let lastSentence: Sentence | null = null;
	let lastWork: Sentence | null = null;
	// Whether the paragraphs are the titles of other texts a page links to, under its 相关链接： (set aside as the page's furniture), while
	// they go on.
	const links = ingested.document.removed.filter((r) => r.reason === 'navigation' && RELATED.test(r.text.trim())).map((r) => r.start);
	let related = false;
	for (let i = 0; i < paragraphs.length; i++) {
		const para = paragraphs[i];
		if (heading && (heading.rank ? endsRank(para.text, heading.rank) : heading.section !== para.section)) heading = null;
		// (A table's header or row is no linked title, whatever the table's own title is: 相关链接： / 4号线二期新增车站一览 / 线路｜车站｜…)
		related = (related || links.some((at) => at < para.start && (i === 0 || paragraphs[i - 1].end < at))) && isHeadlineLike(para.text) && !isBarredRow(para.text) && !isHeaderRow(para.text);
		const named = projectWork(texts, i);
		if (named) project = { verb: named, name: projectName(para.text), located: null, at: i };
		else if (!PROJECT_FIELD.test(para.text) && !(project?.verb === HELD_VERB && EVENT_FIELD.test(para.text)) && !(project?.at === i - 1 && leadsFields(texts, i))) project = null;
		const ranged = doc.rangeIn(para);
		// (An extent told by its bounds says where the work is not: 范围：东至红星路，西至人民南路，…; unless it is a range taken: 项目范围：东至….)
		const whereField = project !== null && !named && !ranged && (WHERE_FIELD.test(para.text) || (project.verb === HELD_VERB && EVENT_VENUE.test(para.text))) && !BOUNDS.test(para.text);
		const locates = whereField && !project!.located;
		const dutyLine = DUTY_FIELD.test(para.text);
		const belongsTo = whereField ? project!.located : dutyLine ? task : null;
		if (!belongsTo && task?.section !== para.section) task = null;
		// A notice's title names the work it gives notice of (…关于…道路工程项目国有土地上房屋征收决定的公告): its places commit
		// with their own verb, else with the notice.
		const noticed = i < TOP ? NOTICE_TITLE.exec(para.text) : null;
		const notice = i < TOP ? (noticed?.[1] ?? noticed?.[2] ?? (TENDER_TITLE.test(para.text) ? workOf(para.text) : undefined)) : undefined;
		// A route's course after its change, on a line of its own (调整后：由昭觉寺公交站始发，经…至人民公园公交站止), is where it is changed.
		const changed = CHANGED_COURSE.test(para.text) ? '调整' : null;
		// Who carries out a task whose places no map shows (3．推进秦汉古驿道保护修缮… / 责任单位：文旅发展办、骑龙社区) carries out its work.
		const unmapped = !belongsTo && dutyLine && i > 0 && ITEM_OPENS.test(texts[i - 1]) ? verbPhrase(texts[i - 1]) : null;
		// An event's venue on a line of its own (（一）主会场：彭州市龙门山镇宝山村…; （一）彭州主会场：5月10日…) is where it is held.
		const venue = VENUE_LINE.test(para.text) ? HELD_VERB : null;
		// Where a notice of a cut in supply cuts it, and the communities it touches (停水范围：…, 涉及社区及小区：…), for the works it gives as the reason.
		const cut = CUT_FIELD.test(para.text) ? (CUT.exec(ingested.document.title.zh)?.[0] ?? null) : null;
		// What a tender's lot tends, in a field of its own ((1)养护道路：府青路一段、…; (1)养护对象：驷马桥、…), is tended so.
		const tended = TENDED_FIELD.exec(para.text)?.[1] ?? null;
		const row = rows[i] ?? named ?? (locates ? project!.verb : null) ?? ranged ?? doc.projectNamed(para, texts[i - 1]) ?? doc.sharedUnder(para) ?? notice ?? changed ?? unmapped ?? venue ?? tended ?? cut;
		const made = doc.commitments.length;
		const mentionedBefore = doc.mentions.length;
		const unplacedBefore = doc.unlocated.length;
		list.enter(para.text);
		// The stations a line opens, listed by their names alone after the sentence that counts them (全线23座车站同步开放运营，由北向西依次为： /
		// 石佛、大丰、三圣寺、…; in its own paragraph too: 共设车站21座，自西向东依次为：瓦窑滩、万家湾、…), are stations, as a table's 车站 cells are.
		const announced = para.text.includes('站') ? STATIONS_AHEAD.exec(para.text) : null;
		const announcedAt = announced ? announced.index + announced[0].length : -1;
		const stations = cells[i]?.stations ?? (stationsNext ? listItems(para.text, 0) : announcedAt > 0 && announcedAt < para.text.length ? listItems(para.text, announcedAt) : undefined);
		stationsNext = announcedAt === para.text.length;
		const known = stationsIn(parser, para.text, stations, parser.parse(para.text, para.scope, namedBefore));
		for (const k of known) if (k.place !== null) namedBefore.add(k.place);
		// A name the gazetteer lacks that holds a place outside the city is outside too (眉山东站), and no mention.
		// A 名称 cell's name holds what the endings read inside it (耿家巷 of 耿家巷刘氏宅院).
		const byEnding = unknownNames(para.text, known, shortForms);
		const cellNames = namedIn(para.text, cells[i]?.names, known);
		const unknown = (cellNames.length ? [...byEnding.filter((u) => !cellNames.some((n) => u.start < n.end && n.start < u.end)), ...cellNames] : byEnding).filter((u) => !known.some((k) => u.start <= k.start && k.end <= u.end && doc.outside(k)));
		// A name found inside an unknown one gives way to it (温江 in 成都中医药大学温江校区).
		let found = unknown.length ? [...known.filter((k) => !unknown.some((u) => u.start <= k.start && k.end <= u.end)), ...unknown].sort((a, b) => a.start - b.start) : known;
		// A district in a 牵头单位 cell is the office that leads the work, named as a title is; a place in a 存在问题
		// cell is where the trouble is.
		if (cells[i]?.aside.length) for (const f of found) if (inCells(cells[i]!.aside, f)) f.title = true;
		// (A body's name that is the whole of who runs or sends the service is an organisation's: 猛追湾街道社区卫生服务中心 as a
		// 派驻单位; not a site named inside it, 成都金禾膳食管理有限公司（经天乡路分装点）, nor a 街道 that runs it.)
		if (cells[i]?.organs.length) found = found.filter((f) => !(BODY.test(f.surface) && cells[i]!.organs.some(([a, b]) => f.start === a && f.end === b)));
		// What a proposal a reply answers asked for: 关于经北湖生态公园将毗河与锦城绿道串联成环的建议，经…会商，暂不具备实施条件.
		if (para.text.includes('关于')) namesWithin(para.text, PROPOSAL, found);
		// Places listed before the organs they name, as an office's name holds its place (与金堂县、新都区等上下游检察机关的跨区域协作).
		if (para.text.includes('机关')) namesWithin(para.text, LISTED_ORGANS, found);
		// The lines a stop changes to, in brackets after it (火车北站公交站（换乘地铁1号线、7号线）), are the way on, no work's site.
		if (para.text.includes('换乘')) namesWithin(para.text, TRANSFER_NOTE, found);
		// A paragraph that only names its places commits none of them: the title of another text a page links to (相关链接： / 关于石板滩
		// 街道新城大道…新建工程征收范围的批前公示), as a document's title in the text does; an interviewer's question (记者：…落户淮州新城。这个
		// 项目的建设进展如何？; annotators 18:0), which the answer tells; a photo's caption (图为淮州新城沱江两岸滨水空间规划示意图; ▲市民在杨柳河绿道骑行;
		// annotators 17:0); an option a review weighed and turned down (方案三（17号线延伸方案）：
		// 由金星站向西延伸…，故不予推荐。).
		const namesOnly = related || CAPTION.test(para.text) || (INTERVIEWER.test(para.text) && para.text.includes('？')) || (OPTION.test(para.text) && TURNED_DOWN.test(para.text));
		// …and a round-up's label of its district (【金牛】金牛区今年将启动…) names whose news follows, as a heading does (annotators 35:2).
		const roundUp = para.text.charCodeAt(0) === LABEL_OPEN;
		if (namesOnly || roundUp) for (const f of found) if (namesOnly || (f.start === 1 && para.text.charCodeAt(f.end) === LABEL_CLOSE)) f.title = true;
		// Only a district's own paragraphs commit without naming a place; elsewhere a paragraph
		// that names none has nothing to map.
		const scopedFrom = doc.scopedFrom(para);
		// Asked of every paragraph, in order: a paragraph with no place may tell the status of those after it.
		const told = doc.status(para);
		// A row of a table of progress tells its own: 已完工 and 主体施工 report, 前期 plans.
		const status = progressStatus(cells[i]?.progress) ?? leadStatus(para.text) ?? told;
		// A delegate's words quoted before the reply's own in one paragraph (您在提案中建议“…”。目前，…) are asked up to their
		// quote's end, and no further.
		const askedTo = ASKED.test(para.text) ? (QUOTED_ASK.exec(para.text)?.[0].length ?? para.text.length) : 0;
		// (Told in the reply's own sentence, 您在建议中提出，…, they end with their paragraph, unless it ends in a colon.)
		if (askedTo === para.text.length && !(TOLD_IN_REPLY.test(para.text) && !endsInColon(para.text))) asking = para.section;
		else if (askedTo > 0 || ANSWERED.test(para.text) || para.section !== asking) asking = undefined;
		if (FIRST_RANK.test(para.text)) noWork = NO_WORK_PART.test(para.text);
		// (An attachment after such a part is a piece of its own: 五、联系方式 / … / 附件：…支持项目表.)
		else if (noWork && ANNEX_OPENS.test(para.text)) noWork = false;
		const annexed: boolean = annexes && ARABIC_ITEM.test(para.text);
		annexes = ANNEX_FIRST.test(para.text) || annexed;
		bidding = BIDDERS_WORK.test(para.text) || (bidding && ARABIC_ITEM.test(para.text));
		detours = (isHeaderRow(para.text) && DETOURS_HEADER.test(para.text)) || (detours && isBarredRow(para.text));
		// A box's title names what the box holds, as a heading does (专栏5-1　“十四五”彭州市文旅空间布局重点), a plot's 四至
		// only bounds it (四至：东至川陕路，…), and a bidder's 类似业绩 is others' work: none commits.
		// (A plan's title with its years, further down, heads an attachment: …三年行动实施方案（2025—2027年）; a list's title
		// heads its table: 锦江区2025年城市更新和公共设施建设项目清单.)
		const title =
			asking !== undefined ||
			noWork ||
			BOX_TITLE.test(para.text) ||
			(BOUNDS.test(para.text) && !ranged) ||
			bidding ||
			annexed ||
			SURROUNDINGS.test(para.text) ||
			(i < TOP ? !notice && (namesDocument(para.text) || isRecordLine(para.text)) : PLAN_YEARS.test(para.text) && namesDocument(para.text)) ||
			LIST_TITLE.test(para.text) ||
			ADDRESSEES.test(para.text) ||
			SEES_SHORTFALLS.test(para.text) ||
			FOUND_LABEL.test(para.text);
		const context: SentenceContext = { status, aims: doc.aims, row, title, recommends: doc.recommends(para) };
		if (!found.length && scopedFrom < 0) {
			// A paragraph that names no place may still announce the list after it, or the structure whose parts follow.
			if (endsInColon(para.text) || STRUCTURE.test(para.text) || WORK_HEADING.test(para.text)) {
				let prior: Sentence | null = null;
				for (const [a, b] of sentences(para.text)) {
					const s = new Sentence(para.text, 0, a, b, context);
					list.hear(s, prior);
					prior = s;
				}
			}
			continue;
		}
		const marks = quoteMarks(para.text);
		// A label inside the paragraph (…。青羊区：完成…) scopes the sentences after it to its district.
		let labelled: string | null = null;
		// After 建议： the rest of the paragraph is what a proposal asks for (（1）尽快打通…；（2）…), after 附件： the
		// titles of what is attached (1. …禁停区域示意图), after 仍存在短板： what falls short.
		let aside = false;
		// A suggestion goes on over its ；.
		let suggesting = false;
		// In a review, a sentence cut at ； goes on in the time the part before set: 2025年，集团将力争…；推进成都东站….
		// So do the items a sentence of that time announces: 2025年，我区将重点做好以下工作：一是…；二是….
		let ahead = false;
		// After 位置： a sentence says where the item is: 桂湖中路，桂湖公园北门西侧约30米.
		let locating = false;
		// After a progress report's 本周完成： the sentences tell what was done, up to the next field (下周计划：).
		let done = false;
		// After its 责任单位： the sentences name who carries out the paragraph's task.
		let duty = false;
		// In a plan, a sentence cut at ； goes on in the year gone by its first part set: 2023年，…完成…；李家岩水库建成….
		let behind = false;
		let back = false;
		// The parts of the headline's event, told in the sentence after it (开工项目21个，…。其中包括A、B…) or in the one
		// after its colon (…。主要包括：A、B…).
		let event = false;
		let listed = false;
		// A paragraph that opens with last year's work (去年，…; 截至2024年底，…) turns to this year's at 今年，… or 2025年，… (in a
		// text of 2025), and stays there.
		let turned = false;
		// The sentence before, whose verb a sentence of its parts with none of its own commits with (…计划供应土地3613公顷。
		// 其中，锦江区82公顷，青羊区96公顷。).
		// A paragraph that opens with the course of a line goes on from the last sentence of the one before (…17号线二期首开段正式开通初期运营。
		// / 17号线二期首开段起于武侯区机投桥站，途经…，止于成华区十里店站).
		// (…past sentences that name no work: a subheading, a scene: 线路全长21.6公里 设站19座 / 据…介绍，T1线南起….)
		let before: Sentence | null = courseFrom(para.text, lastSentence, lastWork);
		// Whether the sentence before defined a part of a structure, which the next item goes on defining (“三区”一是…；二是…).
		let defined = false;
		// Whether the sentence before told the parts of the one before it (其中，…), whose shares the next may go on telling after ；.
		let sharing = false;
		// A project's head that the sentence after it places better (3. …扩能项目（龙泉驿区）：依托龙泉汽车城，建设…), to link to
		// that sentence's commitment.
		let headed: Headed | null = null;
		// The verb of the task the paragraph opens with, read once its 责任单位 need it (undefined until then): the task a
		// 责任单位 sentence after it names the doers of, where the task names no place.
		let taskVerb: string | null | undefined;
		const opensWithDuty = DUTY_INLINE.test(para.text);
		const rectified = para.text.includes('整改') && RECTIFY_FIELD.test(para.text);
		// A table row is one sentence, whatever stops its cells hold; an item of a list of places a notice names that names its
		// place, then says what the place is like (1.春熙路步行街（锦江区）。以首店经济著称。街区北起总府路…), is named in its first
		// sentence, and the sentences after it are read as they say.
		const nameEnd = row === DESIGNATED_VERB ? (NAMED_HEAD.exec(para.text)?.[0].length ?? 0) : 0;
		const spans = !row ? withPlaceLabels(para.text, sentences(para.text), found) : nameEnd ? [[0, nameEnd, 0], ...sentences(para.text).filter(([, y]) => y > nameEnd).map(([x, y]) => [Math.max(x, nameEnd), y, Math.max(x, nameEnd)])] : [[0, para.text.length, 0]];
		const described = nameEnd ? { ...context, row: null } : context;
		for (let k = 0; k < spans.length; k++) {
			const [a, b, head] = spans[k];
			const label = labelAt(para.text, a, b);
			labelled = label ?? labelled;
			const here = within(found, a, b);
			const scope = labelled ?? (scopedFrom >= 0 && a >= scopedFrom ? para.scope : null);
			const own = k > 0 ? described : context;
			let s: Sentence = new Sentence(para.text, marks, a, b, aside || suggesting || a < askedTo || buyerMust(para.text, a) ? { ...own, title: true } : own, head);
			// A project's name as an item, its course after it and no verb (1．地铁11号线一期工程。线路北起…，止于成都东站), is built there.
			if (head > a && !s.silent && COURSE_OF.test(para.text.slice(head, b)) && (PROJECT_NAME.test(para.text.slice(a, head)) || LINE_PHASE.test(para.text.slice(a, head))) && s.phrase() === null)
				s = new Sentence(para.text, marks, a, b, { ...context, row: workOf(para.text.slice(a, head)) }, head);
			// A sentence with no verb of its own commits with one it borrows: its list's (新建公园5个：…), its structure's
			// (“三区”即…) or the sentence's before it, which it tells the parts of (其中，锦江区82公顷，…). The cheap tests come
			// first: the verb phrase is not kept, and most sentences borrow nothing.
			// (A table of the ways round the work only advises, whatever the list that announces it asks: 请过往车辆合理规划出行路线，具体绕行路线如下： /
			// 出发地｜目的地｜建议绕行路线 / 成都中心城区｜淮州新城｜…经金广路、淮州大道前往; annotators 0:17 on advised detours.)
			const fromList = list.verb !== null && !locating && !detours;
			// The part may be named in a sentence of its own before: （二）两核。即….
			const defining: boolean =
				!fromList &&
				list.defines !== null &&
				// …or after the part's label (“三区”：以聚源镇为主体的…).
				(DEFINES.test(s.text) || ((s.text.startsWith('即') || (k === 1 && isColon(para.text.charCodeAt(a - 1)))) && DEFINES.test(para.text)) || (defined && NEXT_ITEM.test(s.text)));
			defined = defining;
			// …or, a project's head (1. 京东方…生产线项目（成都高新区）：), the verb of what it says after its colon (建设…), unless
			// that names places of its own: then the head's belong to its commitment.
			const leads = !fromList && !defining && here.length > 0 && k + 1 < spans.length;
			const projectHead = leads && PROJECT_HEAD.test(s.text);
			const placedAfter = projectHead && within(found, spans[k + 1][0], spans[k + 1][1]).some((f) => f.place !== null && !f.title);
			// …or, a zone's extent told first (范围主要包括建设路街道、府青路街道部分区域。以建设路为轴，推动…), or where a numbered unit lies
			// (5.荷花池片区城市更新单元。位于荷花池街道荷花池社区、站东社区。主要推进…), the verb of the sentence after.
			// …or a project named with where it is, its 主要内容： to come (13.…老城更新项目，位于龙泉街道…，主要内容：), or where what the item above
			// names lies, opening its paragraph (地处公平街道光华社区，位于…。设计办园规模12个班，…2026年3月开园。).
			// …or a tender's lot told by where it runs, its work in the sentence after (第一标段：江安河九江段，起于…，止于…。主要内容包括…).
			// …or a line's course, told with no work, what the sentence after it says the line is doing (…自机投桥站引出，经武侯、青羊…，止于金星站。
			// 目前全线26座车站已封顶24座; …抵达德阳北站。9月28日，成德线在…完成首段铺轨).
			// …or a structure's part named after its label, what the sentence after it does there (一山：龙泉山。以龙泉山城市森林公园为载体，推进…).
			const heads =
				(projectHead && !placedAfter) ||
				(leads && (EXTENT.test(s.text) || NAMED_THEN_LIES.test(s.text) || CONTENT_NEXT.test(s.text) || (k === 0 && (UNIT_HEAD.test(s.text) || LIES_FIRST.test(s.text))) || PROJECT_LIES.test(s.text) || (k <= 1 && LOT.test(para.text)) || (COURSE_TOLD.test(s.text) && LINE_GOES_ON.test(para.text.slice(spans[k + 1][0], spans[k + 1][0] + 24))) || (k > 0 && PART_LABEL.test(para.text.slice(spans[k - 1][0], spans[k - 1][1])))));
			// A part a structure defines commits with the structure's verb, whatever the sentence goes on to do: “七带”即沿走马河…布局的
			// 七条滨河生态绿道，向内连接城市公园.
			// (Not those it ranks: 其中，浆洗街街道、望江路街道…改造数量位居全区前三.)
			// …or after ； one of more projects (…；东安湖片区综合开发、…等城市更新项目；), or more shares of the parts told (其中，锦江区、…各不少于30条；
			// 龙泉驿区、新都区…各不少于15条；).
			const afterSemicolon = para.text.charCodeAt(a - 1) === SEMICOLON;
			const partsOf: boolean = before !== null && ((PARTS_OF.test(s.text) && !RANKED.test(s.text)) || COURSE_OF.test(s.text) || SCOPE_OF.test(s.text) || (afterSemicolon && (MORE_PROJECTS.test(s.text) || (sharing && MORE_SHARES.test(s.text)))));
			sharing = partsOf && (sharing || PARTS_OF.test(s.text));
			if (here.length && (fromList || defining || heads || partsOf) && (defining || s.phrase() === null)) {
				// A plan's own extent (规划范围为…) is what it plans, whatever the sentence after it does. A head whose next sentence
				// tells no work may still go on from the work before it: …将于…开通初期运营。/ 一、线路概况 / 27号线一期工程北起…，止于…。全线共设车站23座.
				let verb = fromList ? list.verb : defining ? list.defines : null;
				if (!fromList && !defining) {
					if (heads) verb = phraseAfter(para.text, marks, spans, k, context) ?? (s.text.startsWith('规划范围') ? '规划' : null);
					if (partsOf) verb ??= before!.phrase() ?? courseFrom(s.text, lastSentence, lastWork)?.phrase() ?? null;
				}
				if (verb) s = new Sentence(para.text, marks, a, b, { ...context, row: verb, title: fromList ? aside || noWork : context.title }, head);
			}
			const prior = before;
			before = s;
			// A sentence inside the paragraph may look back too (会议指出，2025年是收官之年。一年来，…。这一年，…开放；…; 2025年，
			// 新区集中攻坚：… in a text of 2026), and the sentences after it go on looking back until one looks ahead.
			back = status === 'planned' && (doc.looksBack(s.text) || doc.opensInPast(s.text) || (back && !doc.looksAhead(s.text)));
			turned ||= status === 'reported' && ((OPENS_THIS_YEAR.test(s.text) && OPENS_LAST_YEAR.test(para.text)) || (s.a > 0 && doc.opensInYearAhead(s.text)));
			const parts: boolean = (event && LISTS_PARTS.test(s.text)) || listed;
			const mentioned = doc.mentions.length;
			const unplaced = doc.unlocated.length;
			const committed = doc.commitments.length;
			// Who carries out the task the paragraph set, told after it in brackets ((牵头单位：区水务局；责任单位：寿安镇、永宁街道)), as a
			// 责任单位： line after it would.
			const dutyField = DUTY_INLINE.test(s.text) || DUTY_LAST.test(s.text);
			duty ||= dutyField;
			const carriesOut = belongsTo ?? (duty && doc.commitments.length > made ? doc.commitments[made] : null);
			// A task that names no place is carried out where its 责任单位 are: 2.城市中轴线照明提升：…责任单位为青羊区、锦江区.
			if (duty && !carriesOut && k > 0 && !opensWithDuty && here.length) {
				if (taskVerb === undefined) taskVerb = new Sentence(para.text, marks, spans[0][0], spans[0][1], context).phrase();
				if (taskVerb) s = new Sentence(para.text, marks, a, b, { ...context, row: taskVerb }, head);
			}
			// A problem found and given a deadline to be put right (1．寿安镇喻庙社区段金马河堤后便道旁倾倒建筑垃圾约40立方米。责任单位：寿安镇；
			// 整改时限：6月15日前。) is put right where it is, as a table's row with its 整改期限 is.
			if (rectified && !dutyField && here.length && s.phrase() === null) s = new Sentence(para.text, marks, a, b, { ...context, row: RECTIFIED_VERB }, head);
			const sentenceTold = ahead || turned ? 'planned' : done || behind || back || parts ? 'reported' : status;
			if (here.length || scope) doc.sentence(para, sentenceTold, scope, s, here, cells[i]?.where, carriesOut);
			// An item whose work is at a place no map knows (1.桐梓林社区：新建…托育中心) is drawn at the place its heading names
			// ((四)火车南站街道): the heading commits with it.
			// Where the heading names no place a map knows either (二、晋阳路（佳灵路至武侯大道铁佛段））, its names are committed as the item's are.
			// (A district's heading over a table's rows only sorts them: 锦江区（4处） / 1  原四川省邮电管理局职工宿舍楼  红星路二段85号….)
			if (heading && doc.commitments.length === made && doc.unlocated.slice(unplaced).some((u) => u.committed) && !(rows[i] && officesOnly(heading.headed))) {
				const verb = s.phrase();
				if (heading.headed.places[0].place === null) doc.commitNames(heading.headed);
				else if (verb) doc.attach(heading.headed, doc.commitAt(para, s, verb, sentenceTold, heading.headed.places[0]));
				heading = null;
			}
			if (doc.commitments.length > committed) {
				lastWork = s;
				if (headed) doc.attach(headed, doc.commitments[committed]);
			} else if (headed && !here.length && headed.places[0].place !== null) {
				// A head the sentence after it commits nothing at is where the first of the paragraph's sentences after it that names
				// no place of its own does its work: （一）春熙路站（2号线、3号线）：C口（太古里方向）只出不进；…时，临时封闭D口.
				const verb = s.phrase();
				if (verb) {
					doc.attach(headed, doc.commitAt(para, s, verb, sentenceTold, headed.places[0]));
					headed = null;
				}
			}
			// A district's label is where the sentence it heads commits: 1. 金牛区：沙湾路与二环路交叉口，新建雨水管道1.2公里. So is a
			// place's label, if the sentence it heads commits nothing: （一）春熙路站（2号线、3号线）：…C口（太古里方向）只出不进；….
			const labelPlaces =
				placedAfter && s.phrase() === null
					? here
					: label !== null
						? here.filter((f) => f.place === label)
						: head > a && doc.commitments.length === committed
							? here.filter((f) => (f.end <= head || stretchCourse(para.text, a, head)) && !f.title)
							: null;
			if (labelPlaces?.length) headed = { places: labelPlaces, mentions: [mentioned, doc.mentions.length], unlocated: [unplaced, doc.unlocated.length] };
			else if (doc.commitments.length > committed) headed = null;
			listed = parts && endsInColon(s.text);
			event = doc.tellsEvent(s);
			suggesting = s.suggestsOn(suggesting);
			aside ||= s.setsAside();
			list.hear(s, prior);
			locating = LOCATION_FIELD.test(s.text);
			if (endsInColon(s.text)) {
				done = DONE_FIELD.test(s.text);
				duty = dutyField;
			}
			ahead = status === 'reported' && goesOn(para.text.charCodeAt(b - 1)) && (ahead || (OPENS_AHEAD.test(s.text) && stillAhead(s.text, s.text.length)));
			behind = status === 'planned' && para.text.charCodeAt(b - 1) === SEMICOLON && (behind || back || doc.opensInPast(s.text));
		}
		lastSentence = before;
		// (A district's or a zone's numbered heading, or any over a table's rows, over items that name their own places only sorts them: （一）锦江区（3个） / 1
		// 锦江区三圣街道九年一贯制学校	三圣街道红砂村…, 六、高新区（2个） / 10.交子公园—金融城夜间经济街区; annotators 19:0. A news story's label
		// of its district, 成华区：…, is its actor's.)
		if (heading && doc.commitments.length > made) {
			if ((!heading.rank && !rows[i]) || !officesOnly(heading.headed)) doc.attach(heading.headed, doc.commitments[made]);
			heading = null;
		}
		const headingOf = found.length ? PLACE_HEADING.exec(para.text) : null;
		const labelSpan = headingOf?.indices?.[1];
		const label = labelSpan && found.find((f) => f.start === labelSpan[0] && f.end === labelSpan[1]);
		// A road's heading may give the stretch the work is on, its ends in brackets: 二、晋阳路（佳灵路至武侯大道铁佛段）.
		const ends = headingOf?.indices?.[2] ? within(found, headingOf.indices[2][0], headingOf.indices[2][1]) : [];
		if (label && (found.length === 1 + ends.length || headingOf![3] !== undefined) && doc.commitments.length === made)
			heading = { headed: { places: [label, ...ends], mentions: [mentionedBefore, doc.mentions.length], unlocated: [unplacedBefore, doc.unlocated.length] }, section: para.section, rank: ordinalLevel(para.text) };
		// A task's paragraph may be followed by its targets or a resident's words before the 责任单位 line: the task holds over
		// paragraphs that commit to nothing, within its section.
		if (!belongsTo) task = doc.commitments[made] ?? task;
		// A numbered task whose 实施地点 follows it on a line of its own (1.新建淮州新城第二小学。… / 实施地点：淮口街道瓦店社区；牵头单位：
		// 县教育局) is a project: the places there are where its work is done, with its verb.
		const itemVerb = !named && LIST_ITEM.test(para.text) && !PROJECT_FIELD.test(para.text) && WHERE_FIELD.test(texts[i + 1] ?? '') ? (doc.commitments[made]?.verb ?? verbPhrase(para.text)) : null;
		if (itemVerb) project = { verb: itemVerb, name: projectName(para.text), located: null, at: i };
		// A project its district's text places at the district alone is placed better by its 建设地点.
		if (named || itemVerb) project!.located = doc.commitments.slice(made).find((c) => c.places.some((p) => p !== para.scope)) ?? null;
		// What the project is, its theme included, its name says: 新型显示材料产业园 is industry, whatever its 建设地点.
		if (locates)
			for (const c of doc.commitments.slice(made)) {
				c.project = project!.name;
				c.theme = themeOf(c.project, c.theme);
			}
	}
	doc.headlinesCommit();
	const { mentions, commitments, unlocated } = doc;
	return { mentions, commitments, unlocated };
}

/** The header of a table of ranks and their scores: 排名｜产业功能区｜所在区（市）县｜类别｜综合得分. */
const SCORES = /^(?:排名|名次)[｜|\s][^。]*(?:得分|分数|评分)/;

/**
 * The work a line's course told in `text` goes on from: the sentence before, if it names work, else the last that did (…17号线二期首开段
 * 正式开通初期运营。/ 17号线二期首开段起于…; 9号线二期：补齐环线 / 9号线定位为城轨快线，…。9号线二期工程为环线剩余部分，长约45公里，自黄田坝站向北…).
 * Null for a text that tells no course.
 */
function courseFrom(text: string, last: Sentence | null, lastWork: Sentence | null): Sentence | null {
	if (!COURSE_OF.test(text)) return null;
	return last?.phrase() ? last : lastWork;
}

/**
 * A heading that is a place's name alone, numbered or counted (（一）锦江区（3个）, 锦江区：, 二、青羊区, a post's ✨NO.1 江安河滨河公园（二期））, the
 * city's name before it or not ((二)成都市双林小学北湖分校),
 * or a place's label before a news story's subheading (锦江区：院落“微更新” 滨河“慢生活”), whose other names it does not commit.
 */
const PLACE_HEADING = new RegExp(
	`^(?:[\\p{Extended_Pictographic}${BULLETS}]\\uFE0F?\\s*)?(?:${ITEM_NUMBER}\\s*|NO\\.\\s*\\d{1,2}\\s*)?(?:成都市(?=[\\u4e00-\\u9fa5]{4}))?([\\u4e00-\\u9fa5]{2,12}?)(?:[（(][^（）()]{1,8}[）)]|[（(]([^（）()]{2,16}至[^（）()]{2,16})[）)])?(?:[：:]([^。；：:]{2,30})?)?$`,
	'du'
);

/** A project's head that a sentence after it places: its places, and the mentions and unlocated names they made ([from, to) of each). */
interface Headed {
	places: Found[];
	mentions: [number, number];
	unlocated: [number, number];
}

/** Whether a paragraph is a heading of rank `rank` or above (一、 above （一）), which ends the part one of that rank heads. */
function endsRank(text: string, rank: number): boolean {
	const level = ordinalLevel(text);
	return level > 0 && level <= rank;
}

/**
 * A clause that names what work draws on: 依托宝墩遗址、老君山等文化资源, 挖掘龙门山生态资源; not what is worked on (用好东安湖体育公园…等
 * 场馆资源, 整合同心村等茶园资源, 盘活彭镇观音阁老茶馆等老字号资源: annotators 6:0).
 */
const RESOURCES = /^[我们将还要并同时积极充分]{0,5}(?:依托|利用|挖掘)[^，。；,;资]*$/;
/** The resources named in the rest of a name's clause: …、老君山等文化资源. */
const RESOURCES_AHEAD = /[^，。；,;]{0,38}资源/y;
const LAST_CLAUSE_END = /[，。；,;](?=[^，。；,;]*$)/;

/** What follows a place's name on a calling card (宝光桂湖文化名片, 世界级旅游名片), or a brand's in quotes (“龙门山”品牌). */
const CALLING_CARD = /[\u4e00-\u9fa5]{0,6}名片|[”"][\u4e00-\u9fa5]{0,4}品牌/y;

/** Whether the sticky `pattern` matches `text` at `offset`, read in place (asked of every name: no slice made). */
function matchesAt(pattern: RegExp, text: string, offset: number): boolean {
	pattern.lastIndex = offset;
	return pattern.test(text);
}

/** Whether `headed` names `place` (null: a name no map knows) at offset `at`, other than in a title. */
function names(headed: Headed, at: number, place: string | null): boolean {
	return headed.places.some((f) => f.start === at && f.place === place && !f.title);
}

/**
 * The analysis of one document as it goes, sentence by sentence. (A method per step, not one long
 * function: V8 compiles a long function again from scratch whenever one case in it turns out new,
 * and for one this size that took longer than analysing a megabyte.)
 */
class DocumentAnalysis {
	mentions: Mention[] = [];
	commitments: Commitment[] = [];
	unlocated: Unlocated[] = [];
	private doc: Document;
	private sectionById: Map<string, Section>;
	/** The rank of the heading of the recommendations part the paragraphs are in (see recommends), or 0. */
	private recommending = 0;
	/** Whether the text is a proposal (PROPOSAL_TITLE), whose suggestions are never the report's recommendations. */
	private proposal: boolean;
	private when: When;
	/** The status of a paragraph under no heading: see defaultStatus. */
	private fallback: Status;
	/** Section titles by where their sections start: a heading names a topic, the text under it holds the commitments. */
	private headings: Map<number, string>;
	/**
	 * Whether the figures of its planned sentences are targets: it reviews the past in sections of its own (2023年工作
	 * 回顾), and so plans in the others, or its title says it is a plan (…重点工作计划, …工作要点, …行动方案).
	 */
	readonly aims: boolean;
	/** The mentions, by index, in an official's title or an office's, or in a title that names no work (see Found.title). */
	private titled = new Set<number>();
	/** How many commitments each sentence start has made so far (their ids: see Commitment). */
	private atStart = new Map<number, number>();
	/** Whether the last paragraph announced work done (WORK_DONE), or was an item of it. */
	private itemsReport = false;
	/** Whether the last paragraph of a review announced work ahead (2025年，我区将重点做好以下工作：), or was an item of it. */
	private itemsAhead = false;
	/** The section of the review the last paragraph went on with (2024年，…), if it did; else undefined. */
	private reviewing: string | null | undefined;
	/** The work of the range the part of the first rank the paragraphs so far are in draws (一、征收范围, 一、禁燃区范围), its items too; else null. */
	private rangePart: string | null = null;
	/** The status a label on a line of its own (【已完成】, 【拟谋划】) gave the lines under it, and its section; else undefined. */
	private labelled: { section: string | null; status: Status | null } | undefined;

	constructor(
		private ingested: Ingested,
		private gazetteer: Gazetteer
	) {
		this.doc = ingested.document;
		this.sectionById = new Map(this.doc.sections.map((s) => [s.id, s]));
		this.when = { since: yearOf(this.doc.date) ?? titleYear(this.doc.title.zh), month: monthOf(this.doc.date), event: headlineEvent(this.doc.title.zh) };
		this.fallback = defaultStatus(this.doc);
		this.headings = new Map(this.doc.sections.map((s) => [s.start, s.title.trim()]));
		this.aims = this.doc.sections.some((s) => s.status === 'reported') || PLAN_TITLE.test(this.doc.title.zh);
		// (The byline may be set aside with the page's furniture: 来源：区政协办公室　发布时间：…　字号：大 中 小.)
		const top = this.doc.paragraphs[Math.min(TOP, this.doc.paragraphs.length) - 1]?.end ?? 0;
		this.proposal =
			PROPOSAL_TITLE.test(this.doc.title.zh) || [...this.doc.paragraphs.slice(0, TOP), ...this.doc.removed.filter((r) => r.start < top)].some((p) => BY_ADVISERS.test(p.text));
	}

	/**
	 * Where a district's own paragraph begins to commit that district in sentences that name no
	 * place: at its start, or after the title it opens with (（三）增进民生福祉。在…新建一所高中。); -1 if
	 * nowhere (a heading alone, or a paragraph that is not a district's).
	 */
	scopedFrom(para: Paragraph): number {
		if (para.scope === 'city' || !this.gazetteer.byId.has(para.scope)) return -1;
		const title = this.headings.get(para.start);
		if (title === undefined) return 0;
		return title && para.text.length > title.length && para.text.startsWith(title) ? title.length : -1;
	}

	/** Whether a sentence opens with a year before the text's own: 2023年，… in a text of 2024. */
	opensInPast(text: string): boolean {
		return opensInPastYear(text, this.when.since);
	}

	/** Whether a sentence opens with the text's own year or a later one: 2025年，全市计划… in a text of 2025. */
	opensInYearAhead(text: string): boolean {
		return opensInYearAhead(text, this.when.since);
	}

	/** Whether a paragraph or a sentence opens by looking back: 过去一年，…; “十四五”时期，… in a text of 2026. */
	looksBack(text: string): boolean {
		return looksBack(text, this.when.since);
	}

	/** Whether a paragraph or a sentence looks ahead, and so ends the review before it: 下一步，…; 2026年是…. */
	looksAhead(text: string): boolean {
		return looksAhead(text, this.when.since);
	}

	/**
	 * Whether the paragraph is in a part of a report that makes its recommendations (四、意见和建议 of an inspection): its
	 * 建议市政府加快… is the work the report asks the government to do, not a proposal told back ('commits'). In a proposal or
	 * the political consultative conference's own report, all the part says asks ('asks'): 3. 结合城市更新，…增设“口袋绿道” too.
	 * Null outside the part. Asked of every paragraph, in order: a heading opens or closes the part.
	 */
	recommends(para: Paragraph): Recommends {
		const title = this.headings.get(para.start);
		if (title !== undefined) {
			// Its parts ((一)…, (二)…) are sections of their own: the part goes on up to a heading of its rank or above.
			const rank = ordinalLevel(title) || LIST_LEVEL;
			if (!this.recommending || rank <= this.recommending) this.recommending = RECOMMENDATIONS.test(title.trim()) ? rank : 0;
		}
		return this.recommending === 0 ? null : this.proposal ? 'asks' : 'commits';
	}

	/**
	 * The work a project's name is for where a notice's part gives it alone (一、项目名称 / 杉板桥路东延线（…）道路工程项目。), as a
	 * table's row gives it: the name's own (改造, 新建 …) or 建设; else null.
	 */
	projectNamed(para: Paragraph, before: string | undefined): string | null {
		// A name without its stop may be read as a heading of its own (一、项目名称 / 建设路片区（二期）城市更新项目): the part's is the one before.
		let title = this.sectionOf(para)?.title;
		if (title === para.text) title = before;
		if (title === undefined || !NAME_PART.test(title) || !PROJECT_NAME.test(para.text.endsWith('。') ? para.text : para.text + '。')) return null;
		return workOf(para.text);
	}

	/**
	 * The work a paragraph of places' shares does (锦江区95公顷，青羊区120公顷，…), as its part's heading names it (五、各区（市）县
	 * 供应计划): the heading's verb, or null.
	 */
	sharedUnder(para: Paragraph): string | null {
		if (!SHARES_LINE.test(para.text)) return null;
		const title = this.sectionOf(para)?.title;
		return title ? verbPhrase(title) : null;
	}

	/**
	 * The work of the range the paragraph draws, if it draws one to expropriate (二、征收范围 / 东至…，涉及…部分区域; 本次房屋征收范围为：东至…)
	 * or where a fuel or fireworks is banned (一、禁燃区范围): all it names is the work's site, its bounds too (annotators 3:1: c360-b, c405-a,
	 * c442-b against c324-a), where a heritage zone's bounds or a designation's only draw their edges. The part's plots or places, each an item
	 * of its own, draw theirs (一、征收范围 / （一）石板滩地块。位于…; 一、禁燃区范围 / 1.普兴街道：东至…; 5.安西镇：场镇建成区…).
	 */
	rangeIn(para: Paragraph): string | null {
		if (FIRST_RANK.test(para.text)) this.rangePart = rangeWork(para.text);
		// (…and so does a project's range in its field, in a notice that expropriates for it: …改造项目房屋征收补偿方案的公告 / （二）项目范围：东至….)
		if (TAKEN_LABEL.test(para.text) || (PROJECT_RANGE.test(para.text) && this.ingested.document.title.zh.includes(TAKEN_VERB))) return TAKEN_VERB;
		const title = this.sectionOf(para)?.title;
		const work = this.rangePart ?? (title === undefined ? null : rangeWork(title));
		return work && (DRAWS_RANGE.test(para.text) || PLACE_LABELLED.test(para.text)) ? work : null;
	}

	private sectionOf(para: Paragraph): Section | undefined {
		return para.section ? this.sectionById.get(para.section) : undefined;
	}

	/** Whether a sentence tells the event the headline reports (开工项目21个 under …重大项目集中开工). */
	tellsEvent(s: Sentence): boolean {
		return this.when.event !== null && s.text.includes(this.when.event) && (s.phrase()?.includes(this.when.event) ?? false);
	}

	status(para: Paragraph): Status {
		const status = this.sectionOf(para)?.status || this.fallback;
		// A review opens with a paragraph that looks back (2024年，…; 一年来，…) or under a headline that names one
		// (## 回眸2025：两线同开). It goes on in the paragraphs after (2024年，…。 项目是拼出来的。石板滩新城…全部开工) up to
		// the end of its section, another headline (## ■热词四：“烟火气”) or a paragraph that looks ahead (第二句话：今年的活，
		// 大家要扛起来。).
		// So does an interviewer's question about the time gone by (这八年，淮州新城交出了一份怎样的答卷？), in the answer.
		const headline = isHeadlineLike(para.text);
		const question = QUESTION.test(para.text);
		const opens = headline ? REVIEW_HEADLINE.test(para.text) : question ? ASKS_BACK.test(para.text) : this.looksBack(para.text) || this.opensInPast(para.text);
		const goesOn = !headline && !question && this.reviewing === para.section && !this.looksAhead(para.text);
		const reports = status === 'planned' && (opens || goesOn || (this.itemsReport && ITEM_IS.test(para.text)));
		this.reviewing = status === 'planned' && (opens || goesOn) ? para.section : undefined;
		// The items that follow 做了三方面工作 (一是…, 二是…) tell that work, each in a paragraph of its own.
		this.itemsReport = (this.itemsReport && ITEM_IS.test(para.text)) || WORK_DONE.test(para.text);
		// …and those that follow a review's 2025年，我区将重点做好以下工作： tell the work ahead.
		const plans = status === 'reported' && this.itemsAhead && ITEM_IS.test(para.text);
		this.itemsAhead = plans || (status === 'reported' && endsInColon(para.text) && this.announcesAhead(para.text.slice(para.text.lastIndexOf('。') + 1)));
		// A slide's or a briefing's label (【已完成】, 【推进中】; 【拟谋划】) tells the lines under it, up to the next label,
		// headline or section.
		const label = LABEL.exec(para.text);
		if (label) this.labelled = { section: para.section, status: labelStatus(label[1]) };
		// …as does a record's headline that looks ahead (## “十五五”展望：…), up to the next headline.
		else if (headline && OUTLOOK.test(para.text)) this.labelled = { section: para.section, status: 'planned' };
		else if ((headline && !BULLETED.test(para.text)) || !HAN.test(para.text) || this.labelled?.section !== para.section) this.labelled = undefined;
		return this.labelled?.status ?? (reports ? 'reported' : plans ? 'planned' : status);
	}

	/** Whether a sentence opens with the time ahead and says its work is to come: 2025年，我区将重点做好以下工作：. */
	private announcesAhead(sentence: string): boolean {
		return OPENS_AHEAD.test(sentence) && !this.opensInPast(sentence) && stillAhead(sentence, sentence.length);
	}

	/**
	 * The unlocated names, the commitment if any, and the mentions of one sentence; `scope` is the
	 * district it commits when it names no place, if any. The places in `where` (a table row's 建设地点 cells) and,
	 * if `belongsTo` is given, all its places only say where that commitment is or who does it: they belong to it, and
	 * are not drawn.
	 */
	sentence(
		para: Paragraph,
		status: Status,
		scope: string | null,
		s: Sentence,
		here: Found[],
		where: [number, number][] = [],
		belongsTo: Commitment | null = null
	): void {
		const { doc, gazetteer } = this;
		for (const f of here) {
			if (f.place !== null) continue;
			const { line } = this.ingested.toOriginal(para.id, f.start, f.end);
			this.unlocated.push({
				name: f.name ?? f.surface,
				doc: doc.id,
				paragraph: para.id,
				line,
				at: [f.start, f.end],
				committed: belongsTo ? !f.title && !onlyBounds(s, f) : this.commits(s, f),
				reason: f.unknown ? 'not-in-gazetteer' : 'no-location'
			});
		}
		const inside = here.filter((f) => f.place !== null);
		const linked = new Map<Found, Commitment>();
		if (belongsTo) {
			// (A place that only says how far the site is from it is none of its: 地址：白莲路88号（成都东客站以北约2公里）.)
			// (…but its edges only bound it: 地块位置：位于…，东至华盛路，南至华泰路.)
			for (const f of inside) if (!f.title && !this.outside(f) && !onlyBounds(s, f)) linked.set(f, belongsTo);
			for (const f of inside) this.mention(para, belongsTo.status, f, linked.get(f) ?? null);
			return;
		}
		const worked = inside.map(
			(f, k) => this.commits(s, f, nextApart(s.paragraph, inside, k)) && !this.holdsNext(s.paragraph, inside, k) && !placesLast(s.paragraph, inside, k) && !this.bracketed(s, inside, k)
		);
		let kept = inside.filter((f, k) => worked[k] && !partners(s.paragraph, inside, k));
		// Where those a department works with are all the sentence names, the work is theirs: 市住建局会同锦江区、青羊区等区，推进…;
		// so is it where partners are, outside a district's own paragraphs, whose district they belong to (below): 与西岭镇、花水湾镇联合推出….
		if (!kept.length) kept = inside.filter((f, k) => worked[k] && (coActs(s.paragraph, inside, k) || (!scope && partners(s.paragraph, inside, k))));
		const committed = locatedBy(where, kept);
		// The district or the town that announces the work the items after the sentence tell: 2025年，新场镇将…，重点抓好以下六个方面工作：.
		const announced = !committed.length && s.text.includes('以下') ? ANNOUNCED_WORK.exec(s.text) : null;
		const actor = announced ? inside.find((f) => this.acts(s, f)) : undefined;
		if (committed.length) {
			for (const group of this.byStatus(status, s, committed)) {
				const commitment = this.commitment(para, s, group.verb, group.status, [...new Set(group.found.map((f) => f.place!))]);
				for (const f of group.found) linked.set(f, commitment);
			}
			this.belongs(s, inside, where, linked, linked.get(committed[0])!);
		} else if (actor) {
			const verb = announced![1];
			linked.set(actor, this.commitment(para, s, verb, sentenceStatus(status, s.text, s.text.lastIndexOf(verb), verb, this.when), [actor.place!]));
		} else if (scope && !s.silent && inside.every((f, k) => f.title || this.outside(f) || partners(s.paragraph, inside, k))) {
			// A scoped paragraph (a district's own plan or section) commits its district when it names no place, or only
			// the partners it works with, which belong to that (深化与天府新区、蒲江县协同发展 in a text of 邛崃).
			const verb = s.phrase();
			if (verb) this.belongs(s, inside, where, linked, this.commitment(para, s, verb, sentenceStatus(status, s.text, s.text.indexOf(verb), verb, this.when), [scope]));
		}
		for (const f of inside) {
			const commitment = linked.get(f) ?? null;
			this.mention(para, commitment?.status ?? status, f, commitment);
		}
	}

	/**
	 * Whether `f` is the district (or a functional area with offices of its own) or the town that says it does the sentence's work: 2025年，新场镇将…,
	 * 郫都区今年重点抓好….
	 */
	private acts(s: Sentence, f: Found): boolean {
		if (f.title || f.place === null || NOT_ACTOR.has(s.paragraph[f.start - 1]) || !ACTS.test(s.paragraph.slice(f.end, f.end + 8))) return false;
		return hasOffices(f.place) || TOWN.test(this.gazetteer.byId.get(f.place)!.name);
	}

	/**
	 * Links to a commitment of the sentence the places that say where its place is or who does its work with it: a
	 * row's 建设地点, a district before a place it holds (成华区北湖生态公园) or in brackets after it, a place the one
	 * before lies in (三坝水库位于彭州市) or the one after lies at (位于成华区的北湖生态公园), a partner (与锦江区联合开展…). They
	 * belong to it, as a reader would say, but it is drawn at its own place, not at theirs.
	 */
	private belongs(s: Sentence, inside: Found[], where: [number, number][], linked: Map<Found, Commitment>, first: Commitment): void {
		const text = s.paragraph;
		const open = (k: number) => !linked.has(inside[k]) && !inside[k].title && !this.outside(inside[k]);
		for (let k = inside.length - 1; k >= 0; k--) {
			if (!open(k)) continue;
			const f = inside[k];
			const held = k + 1 < inside.length && this.holdsNext(text, inside, k) ? linked.get(inside[k + 1]) : undefined;
			if (held) linked.set(f, held);
			// A partner belongs to the work whatever its own clause's verb: …建设滨河绿道8公里，与天府绿道有效衔接.
			else if (inCells(where, f) || (partners(text, inside, k) ? this.named(s, f) : this.commits(s, f) && this.bracketed(s, inside, k))) linked.set(f, first);
			// …and a place that says where the next one lies (位于安德街道的中国川菜产业城二期): the next one's.
			else if (k + 1 < inside.length && linked.has(inside[k + 1]) && liesBy(text, f)) linked.set(f, linked.get(inside[k + 1])!);
		}
		for (let k = 1; k < inside.length; k++) if (open(k) && placesLast(text, inside, k) && linked.has(inside[k - 1])) linked.set(inside[k], linked.get(inside[k - 1])!);
	}

	/**
	 * The committed places of a sentence by status: one commitment, unless a clause says otherwise
	 * for itself (天府新区上半年已建成投用2所学校，锦江区将新建3所幼儿园). The verb is looked for
	 * from its place's clause: the same words may come earlier (#北湖二期开园# 今天上午，…正式开园).
	 */
	private byStatus(status: Status, s: Sentence, committed: Found[]): { status: Status; verb: string; found: Found[] }[] {
		const [from, to] = s.clauseOf(committed[0].start);
		// The ground a sentence builds on (在去年简阳燃机调峰电站全面投运的基础上，加快大邑抽水蓄能电站…) is work done, told
		// by its own verb if it has one; a clause after it that says nothing of itself goes as its section says, not as
		// the ground does.
		const ground = BASIS.exec(s.text.slice(from, to));
		const verb = (ground && verbPhrase(ground[1])) || s.verbAt(committed[0].start)!;
		const first = ground ? 'reported' : (this.partOf(s, from, verb) ?? sentenceStatus(status, s.text, verbIndex(s.text, verb, from), verb, this.when));
		const otherwise = ground ? status : first;
		const groups = [{ status: first, verb, found: [] as Found[] }];
		let last = first;
		for (const f of committed) {
			const [a, b] = s.clauseOf(f.start);
			const its = a === from ? verb : s.verbAt(f.start)!;
			let status = first;
			if (a !== from) {
				// A clause that goes on with the one before (并…, 同时…) says what that one says.
				status = clauseStatus(s.text.slice(a, b), its, this.when) ?? (GOES_ON.test(s.text.slice(a, a + 2)) ? last : otherwise);
				last = status;
			}
			let group = groups.find((g) => g.status === status);
			if (!group) groups.push((group = { status, verb: its, found: [] }));
			group.found.push(f);
		}
		return groups;
	}

	/**
	 * What a clause that tells a part of the one before says, when it says nothing of itself: 全市已开放避暑纳凉点326处，其中
	 * 淮州新城新增18处 was done as the whole was.
	 */
	private partOf(s: Sentence, from: number, verb: string): Status | null {
		if (from < 2 || !s.text.startsWith('其中', from)) return null;
		const own = s.text.slice(from, s.clauseOf(s.a + from)[1]);
		if (clauseStatus(own, verb, this.when) !== null) return null;
		// Its verb may be one that commits nothing alone (已开放…): the first verb word of it.
		const whole = s.text.slice(...s.clauseOf(s.a + from - 2));
		const first = firstVerb(whole);
		return first === null ? null : clauseStatus(whole, first, this.when);
	}

	/** A commitment of the sentence at one place it does not name itself: the place a heading over it names. */
	commitAt(para: Paragraph, s: Sentence, verb: string, status: Status, at: Found): Commitment {
		return this.commitment(para, s, verb, status, [at.place!]);
	}

	private commitment(para: Paragraph, s: Sentence, verb: string, status: Status, places: string[]): Commitment {
		const { doc } = this;
		const first = this.gazetteer.byId.get(places[0])!;
		const hint = KIND_THEME[first.kind] ?? NAME_THEME.find(([ending]) => ending.test(first.name))?.[1] ?? null;
		const span = this.ingested.toOriginal(para.id, s.a, s.b);
		const nth = (this.atStart.get(span.start) ?? 0) + 1;
		this.atStart.set(span.start, nth);
		const commitment: Commitment = {
			id: `${doc.id}-c${span.start}${nth > 1 ? `-${nth}` : ''}`,
			doc: doc.id,
			paragraph: para.id,
			section: para.section,
			line: span.line,
			start: span.start,
			end: span.end,
			at: [s.a, s.b],
			sentence: s.original,
			verb,
			theme: themeOf(s.original, hint),
			status,
			places,
			years: targetYears(s.original, this.when.since),
			figures: figures(s.original)
		};
		this.commitments.push(commitment);
		return commitment;
	}

	private mention(para: Paragraph, status: Status, f: Found, linked: Commitment | null): void {
		if (f.body) return;
		if (f.title) this.titled.add(this.mentions.length);
		const { doc } = this;
		const place = this.gazetteer.byId.get(f.place!)!;
		const span = this.ingested.toOriginal(para.id, f.start, f.end);
		this.mentions.push({
			id: `${doc.id}-m${this.mentions.length + 1}`,
			doc: doc.id,
			paragraph: para.id,
			line: span.line,
			start: span.start,
			end: span.end,
			at: [f.start, f.end],
			surface: f.surface,
			place: place.id,
			name: f.site ?? place.name,
			kind: place.kind,
			lng: place.anchor[0],
			lat: place.anchor[1],
			// A site shown at its district's place is where it is only roughly.
			precision: f.site ? (place.kind === 'district' ? 'district' : 'approximate') : place.precision,
			commitment: linked?.id ?? null,
			theme: linked?.theme ?? null,
			status
		});
	}

	/**
	 * Links the mentions of `places` in the range given that no commitment holds to `c`, and marks the unlocated names in its
	 * range committed: they belong to it, undrawn (see belongs).
	 */
	attach(headed: Headed, c: Commitment): void {
		for (let k = headed.mentions[0]; k < headed.mentions[1]; k++) {
			const m = this.mentions[k];
			if (m.commitment !== null || !names(headed, m.at[0], m.place)) continue;
			m.commitment = c.id;
			m.theme = c.theme;
			m.status = c.status;
		}
		this.commitNames(headed);
	}

	/**
	 * Links a headline's places to the first work the text under it commits at the same place: the title's (and the lines with it
	 * above the body) to the whole text's (8号线二期、10号线三期…最新进展来了！ over 8号线二期…新设…站), a subheading's or an item's
	 * heading's to its own part's, up to the next heading (【10号线三期：从人民公园“钻”到太平园】 over 10号线三期起于人民公园站…;
	 * ① 白河公园三期). The headline tells the news of that work, and readers take its places as committed. A headline whose text
	 * commits nothing at its place (a topic, a question) still commits nothing, and neither do titles that name no work (NAMES_NO_WORK),
	 * bylines, the names in 《》, a heading's label (【锦江】…) or an official's title (锦江区委书记).
	 */
	headlinesCommit(): void {
		const { paragraphs } = this.doc;
		const index = new Map(paragraphs.map((p, i) => [p.id, i]));
		// (The title may be told without its kicker or brackets: 老工业区“蝶变”进行时｜东郊记忆焕新…, 【…】.)
		const named = this.doc.title.zh;
		const title = named ? paragraphs.findIndex((p, i) => i < TOP && p.text.includes(named)) : -1;
		const heads: boolean[] = [];
		const heading = (i: number) => (heads[i] ??= isHeadlineLike(paragraphs[i].text) || isSubheading(paragraphs[i].text) || this.headings.get(paragraphs[i].start) === paragraphs[i].text);
		// The lines above the body with the title (its second line, 我市…集中开工 天府新区主会场31个项目同步开建) head the whole text too.
		let body = 0;
		while (body < paragraphs.length && heading(body)) body++;
		const top = (i: number) => i === title || (title >= 0 && i > title && i < Math.min(body, TOP) && !isSubheading(paragraphs[i].text));
		// Where each commitment stands, in text order: the work under a headline is found by halving, not by a scan from the start.
		const standing = this.commitments.map((c) => index.get(c.paragraph)!);
		this.mentions.forEach((m, n) => {
			if (m.commitment !== null || this.titled.has(n)) return;
			const at = index.get(m.paragraph)!;
			const { text } = paragraphs[at];
			if ((!top(at) && !heading(at)) || NAMES_NO_WORK.test(text) || COMPLAINT.test(text) || ASKED_HEADING.test(text) || TOPIC_HEADING.test(text) || RATE_HEADLINE.test(text) || isRecordLine(text) || isByline(text)) return;
			if (enclosed(text, m.at[0], '《', '》') !== -1 || isLabel(text, m.at) || matchesAt(CALLING_CARD, text, m.at[1])) return;
			let end = paragraphs.length;
			if (!top(at)) for (end = at + 1; end < paragraphs.length && !heading(end); ) end++;
			let k = firstAbove(standing.length, (i) => standing[i], at);
			while (k < standing.length && standing[k] < end && !this.commitments[k].places.includes(m.place)) k++;
			if (k === standing.length || standing[k] >= end) return;
			const c = this.commitments[k];
			m.commitment = c.id;
			m.theme = c.theme;
			m.status = c.status;
		});
	}

	/** Marks the unlocated names of `headed` committed: they belong to work no map shows either. */
	commitNames(headed: Headed): void {
		for (let k = headed.unlocated[0]; k < headed.unlocated[1]; k++) if (names(headed, this.unlocated[k].at[0], null)) this.unlocated[k].committed = true;
	}

	/**
	 * Whether found[k] only locates the place after it: a district written right before a place it holds
	 * (新津天府农博园, 成华区北湖生态公园, 金堂县的淮州新城, 新都境内石佛站), a place the next lies by (兴隆湖畔的独角兽岛),
	 * the lines written before their station (7号线理工大学站, 2号线、3号线春熙路站; not before a stretch: 4号线万盛站至
	 * 光华公园站). That place is the commitment's. Before a name no map knows (成华区某某小区), the district is all there
	 * is to draw, and commits.
	 */
	private holdsNext(paragraph: string, found: Found[], k: number): boolean {
		const next = found[k + 1];
		const end = found[k].end;
		// A place by whose side the next one lies: 兴隆湖畔的独角兽岛, 武侯祠旁的三国文化研究展示中心, 沸腾小镇内的沸腾里, 3号线相邻的市二医院站.
		if (next !== undefined && next.start - end <= 3 && BY_THE_SIDE.test(paragraph.slice(end, next.start))) return true;
		if (this.kindOf(found[k]) === 'line') {
			let j = k;
			while (j + 1 < found.length && found[j + 1].start === found[j].end + 1 && paragraph.charCodeAt(found[j].end) === PAUSE && this.kindOf(found[j + 1]) === 'line') j++;
			const station = found[j + 1];
			// 4号线万盛站至光华公园站 is a stretch of the line.
			return (
				station !== undefined &&
				station.start === found[j].end &&
				this.kindOf(station) === 'hub' &&
				station.surface.endsWith('站') &&
				!STRETCH.includes(paragraph[station.end])
			);
		}
		if (next === undefined) return false;
		return WITHIN.includes(paragraph.slice(end, next.start)) && this.isDistrict(found[k]) && !this.isDistrict(next);
	}

	/**
	 * Whether found[k] is a district in brackets of districts alone after a project at a place the map knows
	 * (龙泉汽车城…技改扩能项目（龙泉驿区）, 成渝中线高铁成都段（金牛区、简阳市）): that place is the commitment's. After a
	 * project no map knows (人民北路与二环路交叉口（金牛区，…）), the district is all there is to draw, and commits.
	 */
	private bracketed(s: Sentence, found: Found[], k: number): boolean {
		const f = found[k];
		if (!this.isDistrict(f)) return false;
		const text = s.paragraph;
		const open = openBracket(text, f.start);
		if (open < s.a) return false;
		const close = text.slice(f.end).search(/[）)]/);
		if (close < 0) return false;
		// Only districts and the 、 between them inside the brackets.
		const inner = found.filter((g) => g.start > open && g.end <= f.end + close);
		if (!inner.every((g) => this.isDistrict(g))) return false;
		const named = inner.reduce((n, g) => n + g.end - g.start, 0);
		if (named !== text.slice(open + 1, f.end + close).replace(/、/g, '').length) return false;
		return found.some((g) => g.start >= s.a && g.end <= open && !g.title && !this.isDistrict(g) && !this.outside(g));
	}

	private isDistrict(f: Found): boolean {
		return this.kindOf(f) === 'district';
	}

	outside(f: Found): boolean {
		return this.kindOf(f) === 'outside';
	}

	private kindOf(f: Found): PlaceKind | null {
		return f.place === null ? null : this.gazetteer.byId.get(f.place)!.kind;
	}

	/**
	 * Whether the sentence commits to the place `f` names: it is named in a clause that has (or frames) a verb phrase, and
	 * for no other end. `next`, if given, is the place named after it (see locates).
	 */
	private commits(s: Sentence, f: Found, next?: Found | null): boolean {
		return this.named(s, f, next) && this.worksAt(s, s.verbAt(f.start), f);
	}

	/** Whether the sentence names the place `f` for the work it tells, whatever the verb of its clause (see commits). */
	private named(s: Sentence, f: Found, next?: Found | null): boolean {
		return (
			!s.silent &&
			!f.title &&
			!this.outside(f) &&
			!quoted(s.paragraph, f.start, s.marks) &&
			// A place that only says which the next is: 望平坊所在的猛追湾街道, 东郊记忆所在的建设南支路.
			!s.paragraph.startsWith('所在', f.end) &&
			// A speech's pledge of the district's part: 展现香城担当、贡献新都力量.
			!PLEDGED.test(s.paragraph.slice(f.end, f.end + 3)) &&
			// A place's name on a calling card it is known by (做靓宝光桂湖文化名片, 擦亮熊猫名片), or a brand's (“龙门山”品牌持续擦亮).
			!matchesAt(CALLING_CARD, s.paragraph, f.end) &&
			!this.drawnOn(s, f) &&
			// A district's people, not the district: 让香城人推窗见绿, 新都人的周末.
			!(this.isDistrict(f) && PEOPLE.test(s.paragraph.slice(f.end, f.end + 2))) &&
			!passes(s.paragraph, f.start) &&
			!measuresFrom(s.paragraph, f) &&
			// Where what is taken on comes from: 主动承接高新西区电子信息产业外溢项目, 承接成都中心城区消费需求; where what moves
			// was before (将原先分散在武侯区人民南路四段和锦江区红星路的总部…整体搬迁至此).
			!TAKES_FROM.test(s.paragraph.slice(Math.max(0, f.start - 4), f.start)) &&
			!FORMERLY.test(s.paragraph.slice(Math.max(0, f.start - 28), f.start)) &&
			!BUILT_SO_FAR.test(s.paragraph.slice(f.end, f.end + 32)) &&
			!isModel(s.paragraph, f) &&
			// The other side of a difference the work keeps: 推动建设路、东郊记忆与锦江区春熙路、太古里错位发展.
			!(CONTRASTED_BEFORE.test(s.paragraph.slice(Math.max(0, f.start - 24), f.start)) && CONTRASTED_AFTER.test(s.paragraph.slice(f.end, f.end + 28))) &&
			!this.example(s) &&
			!locates(s.paragraph, f, next) &&
			!endsStretch(s.paragraph, f) &&
			// The towns a district is made of, listed: 辖赵镇、官仓…6个街道和三星…10个镇 says what it is, not where work is done; nor is the way
			// round the work a notice advises drivers to take (可经二环路东二段、新鸿路绕行，或直行至双林中横路掉头后右转通行; annotators 0:17).
			!this.aside(s, f)
		);
	}

	/** Whether the clause of `f` lists a district's towns (DIVISIONS), advises a way round the work (DETOUR), or keeps clear of `f` (AVOIDED: 线路避开成华大道与三环路交叉口). */
	private aside(s: Sentence, f: Found): boolean {
		const [a, b] = s.clauseOf(f.start);
		const clause = s.text.slice(a, b);
		if (DIVISIONS.test(clause) || DETOUR.test(clause)) return true;
		// (What is kept clear of is the place after 避开, not every place of a table's row: ｜保和街道｜…｜基坑土方作业避开早晚交通高峰.)
		const at = f.start - s.a - a;
		for (const m of clause.matchAll(AVOIDED)) if (at >= m.index && at < m.index + m[0].length) return true;
		return false;
	}

	/**
	 * Whether the sentence tells an example, each place in it the example's (以战旗村为例，村集体通过…打造…), unless a district does the
	 * work it goes on to tell: 以火车北站为例，金牛区正结合火车北站片区综合改造，推进… (the example's own clause still frames nothing).
	 */
	private example(s: Sentence): boolean {
		const m = EXAMPLE.exec(s.text);
		return m !== null && !EXAMPLE_ACTOR.test(s.text.slice(m[0].length));
	}

	/**
	 * Whether the place is a resource the work draws on, not where it is done: 依托宝墩遗址、老君山、观音寺等文化资源，办好…文化旅游节,
	 * 依托老官山汉墓等文化资源建设中医药文化展示馆 (annotators call such places the work's resources, not its sites).
	 */
	private drawnOn(s: Sentence, f: Found): boolean {
		// Read around the name, not over the clauses of its sentence: a paragraph may never break.
		const p = s.paragraph;
		if (!matchesAt(RESOURCES_AHEAD, p, f.end)) return false;
		const before = p.slice(Math.max(0, f.start - 40), f.start);
		return RESOURCES.test(before.slice(before.search(LAST_CLAUSE_END) + 1));
	}

	/**
	 * Whether a verb works at the place: what a date says was made (前年开通的资阳线) is the name after its 的, not the places the
	 * clause goes on to (…现在可以从天府机场直达资阳).
	 */
	private worksAt(s: Sentence, verb: string | null, f: Found): boolean {
		if (verb === null) return false;
		const [a, b] = s.clauseOf(f.start);
		// Who is in charge is named before 负责 (锦江交警大队负责…), what they are in charge of after it, or before the 由 that
		// names them (江安河由温江区、双流区分段负责) or the colon of a task's item in a division of work ((二)江安河流域综合治理：
		// 温江区、双流区负责).
		if (verb.startsWith('负责')) {
			const clause = s.text.slice(a, b);
			// A district (or a zone with offices) in charge of work on its own ground is where it is done, as a 责任单位 field's districts are:
			// (二)江安河流域综合治理：温江区、双流区负责; not all of a kind's governments (都江堰市、彭州市等区（市）县人民政府负责).
			const at = f.end - s.a - a;
			const charge = clause.indexOf('负责', at);
			// (A table's row is worked at where it is, whatever a cell after it says its people are in charge of: ｜金马河｜…｜负责本河段日常巡河.)
			if (charge >= 0 && BARS.test(clause.slice(at, charge))) return true;
			if (charge >= 0 && f.place !== null && hasOffices(f.place) && !OFFICES_IN_CHARGE.test(clause.slice(at, charge))) return true;
			let by = clause.indexOf('由');
			if (by < 0) by = clause.search(/[：:]/);
			return clause.lastIndexOf('负责', f.start - s.a - a) >= 0 || (by > f.start - s.a - a && clause.indexOf('负责', by) > by);
		}
		if (!MADE.test(verb)) return true;
		const made = s.text.slice(a, b).indexOf(verb + '的');
		if (made < 0) return true;
		const gap = f.start - s.a - (a + made + verb.length + 1);
		// …and the course of what was made, its start told in its clause: 本次开通的27号线一期工程北起新都区石佛站; or where what was
		// made lies (已建成的6个中心分别位于青羊区蔡桥街道、…).
		const lies = MADE_LIES.exec(s.text.slice(a + made + verb.length, b));
		return (gap >= 0 && gap <= 2) || (gap > 2 && COURSE_START.test(s.paragraph.slice(Math.max(0, f.start - 10), f.start))) || (lies !== null && gap >= lies[0].length - 1);
	}
}

/** Where a course starts, before its first place: 北起, 起于, 起自. */
const STARTS_AT = '起于|起自|[东西南北]起';
const COURSE_START = new RegExp(`(?:${STARTS_AT})[^，。；的]{0,8}$`);

/**
 * The committed places of a table's row less those in its 建设地点 cells, which locate the project the
 * row names (轨道交通17号线二期工程 | 双流区、武侯区); where it names none the map knows but its district, the cells' places are drawn with it.
 */
function locatedBy(where: [number, number][], committed: Found[]): Found[] {
	const own = committed.filter((f) => !inCells(where, f));
	// (A district's column only says which district the site is in: 序号｜区（市）县｜建设地点｜… / 1｜成华区｜龙潭街道｜…, drawn at both.)
	return own.some((f) => !hasOffices(f.place!)) ? own : committed;
}

/** Whether a name lies wholly inside one of the cells. */
function inCells(cells: [number, number][], f: Found): boolean {
	return cells.some(([a, b]) => f.start >= a && f.end <= b);
}

/** The mark of a slide's line under its label (▶ 凤凰山体育公园周边停车扩容1200个), which no headline opens with. */
const BULLETED = /^[▶►•·●■◆★☆✔✓✘✗√×*-]/;
/** A Chinese character: a line with none (——————) ends a slide. */
const HAN = /[\u4e00-\u9fa5]/;

/**
 * A heading of the first rank of a part that does no work: an assessment of what a plan may do (二、规划实施可能造成的主要环境影响, 四、主要环境影响预测结论) or of
 * what is around a site it may touch (二、项目选址及周边环境概况, 三、环境保护目标),
 * the problems an inspection found or a proposal raised (三、存在的主要问题, 一、关于提案反映的主要问题, 四、问题和不足), or how the
 * public is consulted and where to read and reply (五、征求意见的公众范围, 八、公示地点, 九、意见反馈方式, 七、公示信息).
 */
/** The title of an attachment, or its label alone: 附件：…, 附件2, 附：…. */
const ANNEX_OPENS = /^附(?:件\d*)?(?:[：:]|$)/;
const NO_WORK_PART = /^[一二三四五六七八九十]+、(?:[^，。；]{0,12}可能(?:造成|产生)的[^，。；]{0,8}影响|[^，。；]{0,8}影响(?:预测|分析)[^，。；]{0,4}|[^，。；]{0,12}(?:周边环境|环境(?:质量)?现状|环境保护目标|环境敏感目标)[^，。；]{0,6}|[^，。；]{0,12}(?:存在|反映)的?(?:主要)?问题|(?:主要)?(?:问题|困难)(?:和|与|及)(?:不足|短板|问题|困难)|[^，。；]{0,12}(?:征求意见|意见反馈|反馈方式|公示(?:期|时间|地点|方式|信息)|查阅|联系方式|公众参与)[^，。；]{0,8})$/;
/**
 * A numbered heading that names the topic of its part (（一）关于地铁3号线北延至新繁街道, 一、关于百草路断头路打通问题), as a reply or a
 * hotline's record heads what it answers: the part commits, not its heading (annotators 68:1).
 */
const TOPIC_HEADING = new RegExp(`^${ITEM_NUMBER}\\s*关于[^。；！？]{2,60}$`);
/** The title of a plan's box (专栏3　生活垃圾处理重点项目). */
const BOX_TITLE = /^专栏\s*[\d一二三四五六七八九十]/;
/** After a district's name, its people: 香城人, 新都人 (not 人民, 人口, 人才, 人大). */
const PEOPLE = /^人(?![民口才大员工气流次群行均])/;
/**
 * Whether the sentence at `at` is what the buyer of a plot must do (竞得人须在宗地内配建…，沿街立面须符合天回镇历史文化风貌要求): the
 * buyer's work, not the city's (annotators 15:1). (What the sentence after it says a district does is the city's: 地块东侧黄甲大道综合管廊由
 * 区政府负责实施.)
 */
function buyerMust(text: string, at: number): boolean {
	BUYER_MUST.lastIndex = at;
	return BUYER_MUST.test(text);
}
const BUYER_MUST = /(?:竞得人|受让人|竞买人|买受人)(?:须|应|需|必须|应当)/y;
/** A brochure's field of how a site is reached and what lies around it (交通条件：…, 周边资源：…): what it offers, no work. */
const SURROUNDINGS = /^(?:交通(?:条件|区位)|周边(?:资源|配套|环境)|区位优势)[：:]/;
/** The header of a table of the ways round the work a notice advises: 出发地｜目的地｜建议绕行路线. */
const DETOURS_HEADER = new RegExp(DETOURS);
/** A bidder's record of work like the tender's, done before for others: 类似业绩：温江区光华大道西延线…道路提升工程，2023年竣工验收; 第一中标候选人类似项目业绩：…. */
const BIDDERS_WORK = /^(?:[^，。；：:]{0,8}(?:候选人|投标人|中标人))?(?:类似|同类)?(?:项目|工程)?业绩[：:]/;
/**
 * The part of a notice that draws a range to expropriate (二、征收范围) or to ban a fuel, fireworks or burning straw in (一、禁燃区范围, 一、禁烧范围), and its work; a paragraph
 * that opens by the first (本次房屋征收范围为：).
 */
const RANGE_PART = new RegExp(`^${ITEM_NUMBER}?\\s*(?:(?:房屋)?(征收)|(禁燃|禁放|禁烧)区?域?)范围$`);
const TAKEN_LABEL = /^[^，。；：:]{0,10}征收范围(?:(?:为|是)?[：:]|位于|涉及|包括)/;
const TAKEN_VERB = '征收';
/** A project's range in a field of its own: （二）项目范围：东至…. */
const PROJECT_RANGE = new RegExp(`^(?:${ITEM_NUMBER}\\s*)?项目范围[：:]`);
/** The works whose range a row draws, its bounds too. */
const RANGE_WORKS = new Set([TAKEN_VERB, '禁燃', '禁放', '禁烧']);
/** An item of such a part that opens with the place whose range it draws: 5.安西镇：场镇建成区及羊马河沿线集中居住区. */
const PLACE_LABELLED = /^\d{1,2}[.．、][^，。；：:]{2,12}[：:]/;

/** The work of the range a part's heading draws (二、征收范围: 征收; 一、禁燃区范围: 禁燃), or null. */
function rangeWork(text: string): string | null {
	const m = RANGE_PART.exec(text);
	return m ? (m[1] ?? m[2]) : null;
}
/** What draws the range in the part's paragraphs, not its figures (征收范围内涉及住宅房屋约1126户) nor its map (具体范围以《…红线图》为准). */
const DRAWS_RANGE = /[东西南北][至起临]|位于/;
/**
 * A plot's or a plan's bounds, a road or what stands on each side: 四至：东至川陕路，西至规划道路，…, 规划范围四至：…; and a heritage
 * site's zones (保护范围：东至华兴正街西侧道路红线，…, 建设控制地带：…), and any extent told by its bounds (范围：东至红星路，西至人民南路，…).
 */
const BOUNDS = /^(?:(?:(?:规划)?范围|用地)?四至(?:范围)?|保护范围|建设控制地带|[\u4e00-\u9fa5]{0,6}范围(?=[：:]\s*[东西南北][至临起]))[：:]/;
/** What names others in charge between a district and its 负责: 等区（市）县人民政府, 管委会. */
const OFFICES_IN_CHARGE = /等|政府|管委会|部门|单位/;
/** A way round the work, advised (可经…绕行, 可绕行青江路、团结路, 或直行至…掉头后右转通行). */
const DETOUR = /(?:可|请|建议|宜)(?:经|沿|走|从|直行至|选择|改走)?[^，。；]{0,40}?绕行|^或(?:经|沿|直行至)[^，。；]{2,40}(?:绕行|通行)$/;
/** What the work keeps clear of, the place after 避开 (须避开6月至9月主汛期, 土方运输避开兴隆湖环湖绿道通行高峰), up to its clause's or its cell's end. */
const AVOIDED = /(?:避开|绕开)[^，。；｜|]{2,30}/g;
/** Before the place what is taken on comes from: 承接高新西区…外溢项目. */
const TAKES_FROM = /承接(?:成都)?$/;
/**
 * After the place, what it has built so far, counted: a stock it is described by, not work (天府绿道累计建成9500余公里, 武侯区目前已建成社区
 * 食堂43个, 天府绿道新津段累计建成320公里; annotators 4:21). What it has built into use (累计建成投用学校21所), what it has completed
 * (累计完成…) and what was built at a list of places (在隆兴镇、白头镇等地累计建成…) are work done.
 */
const BUILT_SO_FAR = /^(?:[\u4e00-\u9fa5]{0,2}段|周边|沿线)?(?:目前)?(?:已|累计)建成(?!投用|并)[^，。；]{0,20}?\d/;
/** Before the place where something was before it moved: 原先分散在…, 原位于…. */
const FORMERLY = /原(?:先|来|本)?(?:分散)?(?:在|位于)[^，。；]{0,20}$/;

/** Whether a place in a project's field only says where its site is or bounds it (see locates, Sentence.edgeAt and endsStretch). */
function onlyBounds(s: Sentence, f: Found): boolean {
	return locates(s.paragraph, f) || s.edgeAt(f.start) || endsStretch(s.paragraph, f);
}

/**
 * Whether a place is an end of the stretch of a road its brackets give (奎星楼街（长顺上街至同仁路）实施单向通行, 二、晋阳路（佳灵路至武侯大道铁佛段）):
 * the work is on the road between them, which they only bound (annotators 273:114).
 */
function endsStretch(paragraph: string, f: Found): boolean {
	const from = Math.max(0, f.start - STRETCH_REACH);
	const before = paragraph.slice(from, f.start).lastIndexOf('（');
	if (before === -1) return false;
	const open = from + before;
	const after = paragraph.slice(f.end, open + 2 * STRETCH_REACH).indexOf('）');
	if (after === -1) return false;
	return STREET_BEFORE.test(paragraph.slice(Math.max(0, open - 8), open)) && STRETCH_ENDS.test(paragraph.slice(open + 1, f.end + after));
}
const STRETCH_REACH = 32;
/** A road's or a street's name, its section maybe after it, right before the brackets: 奎星楼街, 人民南路四段, 天府大道北段, 二环路东二段 (not a bus route's number: K15路). */
const STREET_BEFORE = /[\u4e00-\u9fa5](?:[路街巷]|大道)(?:[东西南北中]?[一二三四五六七八九十]段|[东西南北中]段)?$/;
/** Two ends, and nothing else, in the brackets: 长顺上街至同仁路, 佳灵路至武侯大道铁佛段, 宏济中路—一环路东五段. */
const STRETCH_ENDS = /^[^（）()，。；、]{2,30}(?:至|—|－|~|到)[^（）()，。；、]{2,30}$/;

/** Whether a place is what a distance is measured from: 距地铁1号线锦城广场站约800米, 距天府国际机场仅30分钟车程. */
function measuresFrom(paragraph: string, f: Found): boolean {
	return FROM.test(paragraph.slice(Math.max(0, f.start - 14), f.start)) && DISTANCE.test(paragraph.slice(f.end, f.end + 24));
}
const FROM = /距离?[^，。；,;距]{0,12}$/;
const DISTANCE = /^[^，。；,;]{0,12}?(?:约|仅|不足|不到|超过|只有)?\s*\d+(?:\.\d+)?\s*(?:米|公里|千米|分钟|小时)/;
/** Before the stops of a route: 途经熊猫大道、动物园站 (not 中途经过). */
const PASSES = /(?<!中)(?:途经|途径|经停)[^，。；]*$/;
/**
 * What opens the course of the line a sentence works on: a clause's start (…向西南延伸，途经武侯区、双流区), its section (成都段途经…), or
 * the line itself (线路途经武侯区、青羊区…, 17号线途经…).
 */
const COURSE = /(?:^|[，,；：:]|段|线路|全线|号线|工程)$/;

/**
 * Whether a place is a stop on a route, not a place worked at: “熊猫专线”途经熊猫大道、动物园站. The course of the line
 * the sentence works on (8号线二期…向西南延伸，途经武侯区、双流区) is its work's, as its ends are (ROUTE in language.ts).
 */
function passes(text: string, start: number): boolean {
	const from = Math.max(0, start - 16);
	const m = PASSES.exec(text.slice(from, start));
	return m !== null && !COURSE.test(text.slice(Math.max(0, from + m.index - 2), from + m.index));
}
/** A clause that sets the ground the sentence builds on, and what it says was done: 在去年…全面投运的基础上. */
const BASIS = /^在([^，。；]*?)的?基础上[，,]?$/;

/**
 * Words before a name that make it only say where the name after its 的 is, and how far each looks either side:
 * 位于成华区的北湖生态公园二期年内建成开放 commits the park, not the district; so 紧邻武侯祠的…, 距天府机场不远的…, and the places a river or
 * a line runs through (流经温江、双流、新津的金马河, 对锦江流经锦江区、成华区…的岸线).
 */
const LOCATORS = [
	{ before: /(?:位于|紧邻|毗邻|邻近|临近|靠近|距离?)[^，。；的]{0,10}$/, after: /^[^，。；]{0,6}?的/, reach: [12, 7] },
	{ before: /(?:流经|穿越|穿过)[^，。；的]{0,20}$/, after: /^[^，。；]{0,20}?的/, reach: [22, 21] },
	// What a project lies next to, its clause ending there: 项目紧邻地铁1号线兴隆湖站，预计明年投入使用.
	{ before: /(?:紧邻|毗邻|邻近|临近|靠近)[^，。；的]{0,10}$/, after: /^[^，。；的]{0,4}(?:[，。；]|$)/, reach: [12, 5] },
	// The places a stretch borders on: 大丰街道与金牛区、成华区交界地带.
	{ before: /与[^，。；与]{0,12}$/, after: /^[^，。；]{0,12}?(?:交界|接壤)/, reach: [14, 14] },
	// How far a site is from a place, and which way: 距地铁3号线昭觉寺南路站约900米, 成都东客站以北约2公里, 桂湖公园北门西侧约30米.
	{ before: /距离?[^，。；]{0,4}$/, after: /^[^，。；]{0,6}?约?\d+(?:\.\d+)?(?:米|公里|千米)/, reach: [6, 16] },
	{ before: /(?:)/, after: /^[^，。；（）()]{0,6}?(?:[东西南北]侧|以[东西南北])约?\d+(?:\.\d+)?(?:米|公里|千米)/, reach: [0, 18] },
	// Which way an exit, a lane or a path faces: C口（太古里方向）, 连通锦城绿道和东安湖方向的区级绿道; not where a route goes (开通天府国际机场至温江、
	// 郫都方向的夜间专线).
	{ before: /(?:^|[，。；])[^至，。；]*$/, after: /^方向[）)的]/, reach: [16, 3] }
];

/**
 * Whether a name only says where the name after it is (位于成华区的…, 流经温江、双流的…). Given `next`, the place named
 * after it (null for none), a place 位于 locates, or one a site lies next to, is all there is to draw where its clause names none
 * after it: 位于簇锦街道的新建公办学校主体结构已封顶, 紧邻东郊记忆的一处老厂房去年底改造成室内运动馆 (annotators 3:0).
 */
function locates(paragraph: string, f: Found, next?: Found | null): boolean {
	const by = liesBy(paragraph, f);
	if (next !== undefined && (by || LIES_AT.test(paragraph.slice(Math.max(0, f.start - 12), f.start))) && (next === null || clauseEnd(paragraph, f.end) < next.start)) return false;
	return by || LOCATORS.some((l, k) => k > 0 && saysWhere(paragraph, f, l));
}
/** Whether a name says where the name after its 的 lies: 位于成华区的…, 紧邻武侯祠的… (LOCATORS' first). */
function liesBy(paragraph: string, f: Found): boolean {
	return saysWhere(paragraph, f, LOCATORS[0]);
}
function saysWhere(paragraph: string, f: Found, { before, after, reach: [back, ahead] }: (typeof LOCATORS)[number]): boolean {
	return before.test(paragraph.slice(Math.max(0, f.start - back), f.start)) && after.test(paragraph.slice(f.end, f.end + ahead));
}
/** 位于 before a name, in its clause. */
const LIES_AT = /位于[^，。；的]{0,10}$/;

/** Where the clause that `at` is in ends: its comma or stop, or the paragraph's end. */
function clauseEnd(paragraph: string, at: number): number {
	const m = CLAUSE_STOP.exec(paragraph.slice(at));
	return m ? at + m.index : paragraph.length;
}
const CLAUSE_STOP = /[，,。；;！？]/;

/**
 * The place named after found[k] but not listed with it, or null: in 位于华兴街道、金花桥街道的2个社区卫生服务站 neither street
 * is the place the other locates.
 */
function nextApart(paragraph: string, found: Found[], k: number): Found | null {
	let j = k + 1;
	while (j < found.length && LISTED_WITH.test(paragraph.slice(found[j - 1].end, found[j].start))) j++;
	return found[j] ?? null;
}
const LISTED_WITH = /^(?:、|和|及|以及)$/;

/**
 * Whether found[k] only says where the place before it lies: 三坝水库位于彭州市湔江上游 (彭州市, and 湔江 after it). After a project no map
 * knows (该项目位于天府新区兴隆湖畔), it is all there is to draw.
 */
function placesLast(paragraph: string, found: Found[], k: number): boolean {
	if (k === 0) return false;
	const between = paragraph.slice(found[k - 1].end, found[k].start);
	return LIES_IN.test(between) || ((between === '' || LISTED_WITH.test(between)) && placesLast(paragraph, found, k - 1));
}
const LIES_IN = /^[：:]?(?:均|现|目前|则)?位于[^，。；]{0,10}$/;

/**
 * A place whose experience is spread, not worked at: 推广猛追湾、望平坊“政府引导、市场运作”更新经验, 总结推广锦江区院落自治等经验; or
 * spread after it is named (下涧槽社区“居民自治+企业运营”的…改造模式在全区推广, 对望平社区等更新成效较好的社区，总结形成…经验做法);
 * the places listed with it are models too (学习借鉴上海杨浦滨江、广州永庆坊和锦江区水井坊等更新经验).
 */
const MODEL_BEFORE = /(?:推广|总结|学习|借鉴|对标|参照)[^，。；]{0,30}$/;
const MODEL_AFTER = /^[^，。；]{0,30}?(?:经验|做法|模式)/;
/** …and the next one learned from, past a comma: 学习借鉴上海、杭州等地…建设经验，以及锦江区水井坊街道…等地社区发展治理经验做法. */
const MODEL_MORE = /(?:学习|借鉴)[^。；]{0,40}(?:经验|做法|模式)[，,]以及[^，。；]{0,30}$/;
const MODEL_SPREAD = /^[^，。；]{0,30}?(?:经验|做法|模式)[^，。；]{0,6}(?:推广|复制)/;
/** …or a benchmark the work measures itself by, in a clause of its own: 对标春熙路、交子公园等高能级商圈，实施…. */
const BENCHMARK = /(?:^|[，。；：:])(?:对标|比照)[^，。；]{0,30}$/;
const MODEL_OF = /(?:^|[，。；：])对[^，。；]{0,30}$/;
const MODEL_SUMMED = /^[^。；]{0,30}?[，,]总结(?:形成|提炼)?[^，。；]{0,12}(?:经验|做法|模式)/;

function isModel(paragraph: string, f: Found): boolean {
	return (
		// An example the text gives: 以战旗村为例，村集体通过…打造….
		(EXAMPLE_BEFORE.test(paragraph.slice(Math.max(0, f.start - 5), f.start)) && EXAMPLE_AFTER.test(paragraph.slice(f.end, f.end + 6))) ||
		(MODEL_AFTER.test(paragraph.slice(f.end, f.end + 36)) &&
			(MODEL_BEFORE.test(paragraph.slice(Math.max(0, f.start - 32), f.start)) || MODEL_MORE.test(paragraph.slice(Math.max(0, f.start - 64), f.start)))) ||
		MODEL_SPREAD.test(paragraph.slice(f.end, f.end + 40)) ||
		BENCHMARK.test(paragraph.slice(Math.max(0, f.start - 32), f.start)) ||
		(MODEL_OF.test(paragraph.slice(Math.max(0, f.start - 32), f.start)) && MODEL_SUMMED.test(paragraph.slice(f.end, f.end + 48))) ||
		(FOLLOWS.test(paragraph.slice(Math.max(0, f.start - 8), f.start)) && FOLLOWED.test(paragraph.slice(f.end, f.end + 12)))
	);
}

/** The other side of a difference kept (…与锦江区春熙路、太古里错位发展): 与 before it in its clause, the difference after it. */
const CONTRASTED_BEFORE = /与[^，。；与]{0,22}$/;
const CONTRASTED_AFTER = /^[^，。；]{0,24}?(?:错位|差异化)(?:发展|竞争|布局)/;
const EXAMPLE_BEFORE = /以[^，。；]{0,4}$/;
const EXAMPLE_AFTER = /^[^，。；]{0,4}为例/;
/** A sentence that tells an example, each place in it the example's: 以战旗村为例，村集体通过…打造乡村十八坊等业态. */
const EXAMPLE = /^[^，。；]{0,8}?以[^，。；]{1,40}?为例[，,：:]/;
/** A district that does the work after an example's clause: 金牛区正结合…, 成华区将…. */
const EXAMPLE_ACTOR = /^[\u4e00-\u9fa5]{1,6}(?:区|县|市)(?:人民政府|政府)?(?:正在?|将|已|还|也|持续|全力|积极|加快|结合|通过|依托)/;

/** A place whose plan is followed, not worked at: 按照天府绿道体系规划推进…, 按照天府蓝网建设总体部署. */
const FOLLOWS = /(?:按照|根据|依据|依照|遵循)[^，。；]{0,6}$/;
const FOLLOWED = /^[^，。；]{0,8}?(?:规划|部署|要求|方案)/;

/** What names a partner before its name and those listed with it: 加强与…, 深化与…, a clause's own 与…, 联合…, 协同…, (将、要)会同…, 主动对接…. */
const PARTNER_BEFORE = /(?:(?:^|[，。；：\s]|加强|深化|拓展|巩固|强化|密切|积极|主动|持续|探索|推动|做好)与|(?:^|[，。；：\s]|并|将|已|拟|要)(?:联合|携手|协同|会同)|(?:主动|积极|东向)对接)$/;
/** What a partner is named for after its name: 合作, 协作, 协同, 对接, 联动, 衔接, 联合推出, 共同举办, 共建, 信息共享. */
const PARTNER_AFTER = /^[^，。；]{0,30}?(?:合作|协作|协同|对接|联动|衔接|互动|联合|共同|共建|共享)/;
/** What may stand between the names of a list of partners: 与金牛区、青白江区, 与龙泉驿区和简阳市, 会同东部新区管委会、龙泉驿区. */
const PARTNERS_JOINED = /^(?:管委会|人民政府|政府)?[、和及]?$/;

/**
 * Whether found[k] names a partner the work is done with, not a place it is done at: 深化与新经济活力区的产业链协作,
 * 与金牛区、青白江区协同推进…, 联合成都高新区在新经济活力区举办…; not 推进A与B…, whose B is worked on as A is.
 */
function partners(paragraph: string, found: Found[], k: number): boolean {
	const m = PARTNER_BEFORE.exec(beforeList(paragraph, found, k));
	return m !== null && (!m[0].endsWith('与') || PARTNER_AFTER.test(paragraph.slice(found[k].end, found[k].end + 32)));
}

/** Whether found[k] names one a department works with (会同成华区, 已会同…、…): a partner, but one who works too. */
function coActs(paragraph: string, found: Found[], k: number): boolean {
	return beforeList(paragraph, found, k).endsWith('会同');
}

/** The words before the list of names found[k] is in (back over the names listed before it). */
function beforeList(paragraph: string, found: Found[], k: number): string {
	let first = k;
	while (first > 0 && found[first].start - found[first - 1].end <= 4 && PARTNERS_JOINED.test(paragraph.slice(found[first - 1].end, found[first].start))) first--;
	return paragraph.slice(Math.max(0, found[first].start - 8), found[first].start);
}

/**
 * A count before a colon, which the list after it spells out: 新建（改造）公园5个：, 建成口袋公园十处：, 开通4条免费接驳专线：, 本次开通17座，依次为：,
 * 对12个重点工业园区开展…专项督查，分别是：, 实施一批物流补短板项目：, and one told how it runs after it (开行3条免费接驳专线，满载即走、发完为止：)
 */
const COUNTS = /(?:(?:\d+|[一二三四五六七八九十两]+)\s*(?:个|处|条|座|所|项|家|片)(?:[\u4e00-\u9fa5]{0,8}|[^，。；：:]{0,40}(?=[，,](?:依次|分别)))(?:[，,](?:依次|分别)(?:为|是)|[，,][\u4e00-\u9fa5、]{2,10})?|一批[\u4e00-\u9fa5]{1,12})[：:]$/;
/** Words that point to the list after them: 下列区域禁止燃放烟花爆竹：, 在以下站点新增停放区：, 布局如下： */
const POINTS_AHEAD = /下列|以下|如下/;
/** What the body of a notice or a reply follows, not a list: 现将有关事项公告如下：, 答复如下： */
const BODY_FOLLOWS = /(?:公告|通告|通知|告知|决定|报告|汇报|说明|答复|回复|批复|纪要|规定|要求)如下/;
/** An item of an announced list by its district's or town's label, or its own number, one a line: 青羊区：黄田坝街道的黄田坝农贸市场；, 线路二：宽窄巷子—人民公园. */
const LABEL_ITEM = /^(?:[\u4e00-\u9fa5]{1,8}(?:区|县|市|街道|镇|乡)|[\u4e00-\u9fa5]{1,4}[一二三四五六七八九十\d]{1,2})[：:][^。]*[；;。]?$/;
/** A numbered heading, no sentence: （三）背街小巷整治（中心城区示范街巷，节选）. */
const WORK_HEADING = new RegExp(`^${ITEM_NUMBER}\\s*[^。；：:！？]{2,40}$`);
/** A batch's label before its items: 第一批（9月15日起）：红星路三段、…等10条道路。 */
const BATCH_ITEM = /^第[一二三四五六七八九十\d]{1,3}批(?:[（(][^（()）]{1,16}[）)])?[：:]/;
/** A stop before the end: an item that says more than its names. */
const SAYS_MORE = /[。；;！？].+/;
/** The longest item of an announced list after its first paragraph: longer ones are sections of a text. */
const ITEM_LENGTH = 120;
/**
 * A paragraph's short lead that labels what it tells, as a slide's label does (see labelStatus): 1.已完成的工作。一是…;
 * 2.正在推进的工作。…; 3.下一步安排。….
 */
const LEAD = new RegExp(`^${ITEM_NUMBER}?\\s*([\\u4e00-\\u9fa5]{2,10}(?:工作|安排|情况|进展|成效|打算|思路))[。：:]`);

function leadStatus(text: string): Status | null {
	const m = LEAD.exec(text);
	return m && labelStatus(m[1]);
}

/**
 * A sentence that lists the parts of the one before: 主要包括：…, 其中包括…. Not 其中 alone, as a clause's parts are
 * (see language.ts): a sentence opening so tells of one of them on its own (其中，金马河绿道温江段…计划年底前完工开放), or,
 * with no verb of its own, goes on with the verb before (PARTS_OF).
 */
const LISTS_PARTS = /^(?:主要|其中)?包括/;
/**
 * A sentence of the parts of the one before: 其中，锦江区82公顷，…; 重点包括成渝中线高铁、…等铁路项目工地; or of where they each are: 这6个项目分别位于地铁6号线陆肖站、…
 * (上述点位分别位于…; 中心城区8处分别位于：…, 其余10处分布在….).
 */
const PARTS_OF = /^(?:其中[，,]|(?:重点|主要|具体)包括|(?:这|上述|以上)[\d一二三四五六七八九十两几]*[个处座条家所批]?[\u4e00-\u9fa5]{0,4}分别(?:位于|分布在|落户|选址在?)|(?:[\u4e00-\u9fa5]{2,6}|其余)\d+[个处座条家所](?:分别位于|分布在))/;
/** A label of the sites of the work told before it, the list after its colon: 主要点位：, 重点点位： (annotators 56:1). */
const SITES_AFTER = /(?:^|[，,])(?:重点|主要|新建|改造提升|改造|具体|实施|建设)?点位[：:]$/;
/** How to get to the sites, which a list may tell after its colon: its items are directions, none the sentence before's work (主要点位交通方式如下：). */
const DIRECTIONS_AHEAD = new RegExp(`(?:${WAY_THERE})[^，。；：:]{0,4}[：:]$`);
/** A label of the parts or the sites of the work told before it, each told after its colon: 各路段管制时间如下：, 各站点安排如下：, 部分重点安置点如下：. */
const EACH_AHEAD = /^(?:各|部分|重点|主要|部分重点)?[^，。；：:]{1,12}如下[：:]$/;
/** A label of the items after it as what was done to them: 今年新建的部分老年助餐点如下：. */
const DONE_AHEAD = /^[^，。；：:]{1,12}的[^，。；：:的]{1,16}如下[：:]$/;
/**
 * A sentence that only says the list after it spells out the one before (…安排重点项目60个，年度计划投资126亿元。具体是：; …计划改造城镇老旧小区
 * 520个…。其中：; 集中开工的12个项目中，产业项目7个…。主要包括：), or what it names first: 今年计划新开工的5个项目分别是：①…；②…, 今年东部新区
 * 计划交付的部分学校包括：.
 */
const SPELLED_OUT = /(?:^(?:(?:其中|具体|分别|依次)(?:是|为|有|包括)?|主要(?:包括|有))|(?:^|[，,])[^，。；：:]{2,24}?(?:(?:分别|依次)(?:是|为|有|包括)|包括))(?:如下)?[：:]$/;
/** A numbered item's name, then where it lies, as one sentence (a label and its place): 5.荷花池片区城市更新单元。位于荷花池街道…。 */
const NAMED_THEN_LIES = new RegExp(`^${ITEM_NUMBER}\\s*[^，。；：:]{2,40}。${THIS_UNIT}(?:主要)?(?:位于|地处)`);
/**
 * A project named with where it lies and its figures, and no work (市中心医院项目位于龙泉驿区洛带镇保胜村，紧邻成洛大道，…一期规划床位1200张。),
 * what is done on it told in the sentence after (2025年，项目完成主体结构封顶…).
 */
const PROJECT_LIES = /^[\u4e00-\u9fa5\dA-Z（）()]{2,30}项目(?:位于|地处|选址于?)[^。；！？]*[。；]?$/;
/** …or, opening a paragraph, where what the item above it names lies, and no work: 1. 温江区光华实验幼儿园芙蓉分园 / 地处公平街道光华社区，位于光华大道三段与芙蓉大道交叉口东南侧，…。 */
const LIES_FIRST = /^(?:位于|地处)[^。；！？]*[。；]?$/;
/**
 * A numbered plot, unit or site named alone (or two: JJ-11-03、JJ-11-04地块), what is done to it told after: 1．锦江区成龙路街道JJ-07-15地块。
 * 该地块位于…。本次拟调整为…; 1.东风大桥至九眼桥段锦江滨水空间。利用沿河闲置边角地新建口袋公园3处. Not what an item is with the ends of its
 * course in brackets after it (a bus line: 2．1020路（茶店子客运站—一品天下站）。), but a site's place there (2.泉水林盘（聚源镇泉水村）。).
 */
const UNIT_HEAD = new RegExp(`^${ITEM_NUMBER}\\s*(?![^，。；：:]*[（(][^（()）]*[—至－-][^（()）]*[）)]。$)[^，。；：:]{2,40}。$`);
/**
 * A numbered item's name as its first sentence, its district in brackets, more said of it after: 1.春熙路步行街（锦江区）。以…著称。; or its
 * name and where it lies, up to the first comma (1.航憬路：位于西航港街道，成都双流国际机场东侧。东西走向，东起…): what is near it or at its ends is not named.
 */
const NAMED_HEAD = new RegExp(`^${ITEM_NUMBER}\\s*[^，。；：:、]{2,24}(?:(?:[（(][^（()）]{1,12}[）)])?。(?=.)|[：:]位于[^，。；]{2,30}(?=[，。；]))`);
/** The label of a structure's part: 一山：, 三廊：, 多湖：, “一轴”：. */
const PART_LABEL = /^[“"]?[一二两三四五六七八九十多]+[\u4e00-\u9fa5]{1,2}[”"]?[：:]$/;
/** A line's course, from where it starts: 起于…, 北起…, 自机投桥站引出, 从金牛区韦家碾站出发. */
const COURSE_TOLD = new RegExp(`${STARTS_AT}|[自从][^，。；]{2,14}(?:引出|出发|始发)`);
/**
 * A sentence that goes on telling of the line, after when it does: 目前全线…, 9月28日，成德线在…; or of the road, or of the works on it:
 * 道路以“竹”为主题，…配套建设…, 该路段地处山区，改造中实施…, 改造中对急弯陡坡段进行线形优化.
 */
const LINE_GOES_ON = /^(?:目前|现在|\d{1,2}月(?:\d{1,2}日)?[，,]?)?(?:全线|该线|线路|(?:地铁)?(?:[A-Z]?\d+号?|[\u4e00-\u9fa5]{2})线(?![路网])|(?:该|这条)?(?:道路|路段|公路)|(?:提升)?(?:改造|建设|施工)(?:过程)?中)/;
/** A list of places closed by the organs of each it names: 金堂县、新都区等上下游检察机关. */
/** Marks the names inside each match of `pattern` (a global RegExp) as no commitment's: a mention, as a title's is. */
function namesWithin(text: string, pattern: RegExp, found: Found[]): void {
	for (const m of text.matchAll(pattern)) for (const f of found) if (f.start >= m.index && f.end <= m.index + m[0].length) f.title = true;
}
/** A note in brackets of the lines a stop changes to: （换乘地铁1号线、7号线）, （可换乘2号线）. */
const TRANSFER_NOTE = /[（(]可?换乘[^（）()]{1,30}[）)]/g;
const LISTED_ORGANS = /(?:[\u4e00-\u9fa5]{2,8}、)*[\u4e00-\u9fa5]{2,8}等[^，。；、]{0,6}?(?:检察|司法|公安|审判|执法|行政)机关/g;
/**
 * A line that gives an event's venue or its course, a place perhaps before its label: （一）主会场：…, （二）金堂分会场：…,
 * （四）中心城区疏散观摩点位：…, （二）全程马拉松线路：起点设在…，经…;
 * not who takes part there (（一）主会场：彭州市应急管理局、…消防救援大队).
 */
const VENUE_LINE = new RegExp(`^${ITEM_NUMBER}?\\s*[\\u4e00-\\u9fa5]{0,6}(?:[主分]会场|(?:观摩|演练)点位?|(?:马拉松|比赛|赛事|巡游|游行)(?:线路|路线))[：:](?![^。]*(?:局|大队|支队|办事处|委员会|集团)[、，])`);
/** A field of where a supply is cut, or of the communities and estates the cut touches: （三）停水范围：…, （四）涉及社区及小区：…. */
const CUT_FIELD = new RegExp(`^${ITEM_NUMBER}?\\s*(?:(?:${SUPPLY_CUTS})(?:范围|区域)|涉及(?:社区|街道)(?:及小区)?)[：:]`);
/** The supply a notice's title says it cuts: …部分区域计划停水的通知. */
const CUT = new RegExp(SUPPLY_CUTS);
/** A field of what a lot of upkeep works on, and the work: (1)养护道路：…, 养护对象：…, 管护范围：…. */
const TENDED_FIELD = new RegExp(`^${ITEM_NUMBER}?\\s*(养护|维护|管护)(?:道路|对象|路段|桥梁)[：:]`);
/** Who asks an interview's questions. */
const INTERVIEWER = /^(?:\*\*)?(?:记者|主持人|问|[\u4e00-\u9fa5]{0,6}(?:委员|代表)[\u4e00-\u9fa5]{2,3})(?:\*\*)?[：:]/;
const LABEL_OPEN = 0x3010; // 【
const LABEL_CLOSE = 0x3011; // 】
/** A tender's lot by its label (第一标段：, 第2包：), its name after it (第一标段：区域级绿道维护（北片）) and its fields on the lines after. */
const LOT_LABEL = '第[一二三四五六七八九十\\d]+(?:标段|包)[：:]';
const LOT = new RegExp(`^${LOT_LABEL}`);
/** The name of the field a sentence ends in, the work it names told after it: …，主要内容：. */
const CONTENT_NEXT = /(?:主要|建设|实施|改造|项目|工作)内容[：:]$/;
/**
 * The verb phrase of the sentence after span k, or, past a field's name (…。主要内容：实施…) or where the item lies (…地块。该地块位于…，
 * 原规划为…。本次拟调整为…), of one after that.
 */
function phraseAfter(text: string, marks: number, spans: readonly (readonly number[])[], k: number, context: SentenceContext): string | null {
	for (let j = k + 1; j < spans.length && j <= k + 3; j++) {
		const next = new Sentence(text, marks, spans[j][0], spans[j][1], context);
		const phrase = next.phrase();
		if (phrase !== null || !(isColon(text.charCodeAt(spans[j][1] - 1)) || EXTENT.test(next.text))) return phrase;
	}
	return null;
}

/** A table's cell bar, half- or full-width. */
const BARS = /[|｜]/;
/** A part of a sentence cut at ； that tells more places' shares and nothing else: …；龙泉驿区、新都区、温江区各不少于15条；. */
const MORE_SHARES = /^[^，。；：:]{2,80}?各?(?:不少于|不低于|不超过|约|为)?\d+(?:\.\d+)?万?(?:条|个|处|座|所|公里|公顷|亩|套（间）|套|间|户|部|家|项)[；;。]?$/;
/** A part of a sentence cut at ； that lists more projects and says nothing else: …；东安湖片区综合开发、十陵老场镇有机更新等城市更新项目；. */
const MORE_PROJECTS = /^[^，。；：:]{2,80}等[\u4e00-\u9fa5]{0,8}(?:项目|工程)[；;。]?$/;
/** A sentence of the scope of the work the one before names: 第一标段：东升片区城市道路养护。养护范围为东升街道辖区内棠湖中路、…. */
const SCOPE_OF = /^[\u4e00-\u9fa5]{0,4}?范围(?:为|是|包括|涵盖|覆盖)/;
/**
 * A sentence of the course of the line the one before worked on: 地铁27号线一期开通运营。线路北起新都区…，途经…，南至…; 线路长约33.6公里，…主要车站有…;
 * 全线设华桂路站、大丰站…等19座车站; 线路途经武侯区、青羊区…; 据…介绍，T1线南起…. A line may be named (成眉线全长约59公里，起于…), and what it is may come first
 * (10号线四期工程是三期工程的北延段，线路南起…; 作为…项目之一，12号线一期西起…); so may a greenway's or a road's (该段绿道西起…).
 */
const COURSE_OF =
	/^(?:据[^，。；]{2,20}介绍[，,]|[^，。；]{2,40}(?:是|为)[^，。；]{2,30}[，,]|作为[^，。；]{2,40}[，,])?(?:(?:该|这条)?(?:[一二三四五六七八九十]期)?(?:线路?|路?段|工程|项目)(?:绿道|步道|道路)?|(?:该|这条)(?:绿道|步道|道路)|全线|(?:地铁)?(?:[A-Z]?\d+号?|[\u4e00-\u9fa5]{2})线(?:[一二三四五六七八九十]期)?(?:工程)?(?:首开段|[东西南北]段)?|[\u4e00-\u9fa5]{0,6}(?:专线)?\d+路|[\u4e00-\u9fa5]{0,6}专线\d*号?)?(?:[东西南北]起|起于|起自|全?长约?\d|自[^，。；]{2,16}向[东西南北]|设[^，。；]{2,80}?站|途经)/;
/**
 * A numbered project's name, or an urban renewal unit's, its places in brackets, before what it does: 1. 京东方第8.6代AMOLED生产线项目
 * （成都高新区）：, 1. 锦江区水井坊片区城市更新单元（书院街街道、合江亭街道，水井坊社区）：; a numbered item's, whatever its name, where
 * brackets give its places: 28．成渝中线高铁成都段（金牛区、成华区、龙泉驿区、东部新区）：.
 */
const PLACES_IN_BRACKETS = '[（(][^（）()]{2,30}[）)]';
const PROJECT_HEAD = new RegExp(
	`^(?:${ITEM_NUMBER}?\\s*[^，。；：:]{2,40}(?:项目|工程|更新单元)(?:${PLACES_IN_BRACKETS})?|${ITEM_NUMBER}\\s*[^，。；：:]{2,40}${PLACES_IN_BRACKETS})[：:]$`
);
/** A numbered task, a sentence, not a heading: 3．推进秦汉古驿道保护修缮，…。 (not （二）加强组织保障). */
const ITEM_OPENS = new RegExp(`^${ITEM_NUMBER}[^。；]*[。；]`);
/** The line under a task that says so: 责任单位：市水务局，锦江区、青羊区; 责任领导：王××　责任单位：…、骑龙社区. */
const DUTY_FIELD = new RegExp(`^(?:(?:责任|牵头)领导[：:]\\S*\\s+)?${DUTY}`);
/** …or the sentence after it, in brackets or not: （牵头单位：区水务局；责任单位：寿安镇、永宁街道）. */
const DUTY_INLINE = new RegExp(`^[（(]?${DUTY}`);
/** …or the end of the task's own sentence, whose colon ends it: 2. 陡沟河：…，重点清除桥涵阻水障碍，责任单位：区水务局、十陵街道. */
const DUTY_LAST = new RegExp(`[，,]${DUTY}$`);
/** A field that gives where an item is: 位置：, 地址：, 建设地点： */
const LOCATION_FIELD = /(?:位置|地址|地点|选址)[：:]$/;

/**
 * The list a sentence that ends in a colon announces (新建（改造）公园5个：, 下列区域禁止燃放烟花爆竹：), which
 * commits with its verb: the rest of its paragraph, the paragraph after it, and the items after that.
 */
class AnnouncedList {
	/** The verb its items commit with, while they go on. */
	verb: string | null = null;
	/** Whether the paragraph before ended in the announcement. */
	private fresh = false;
	/**
	 * The verb of a sentence of this paragraph that points to the list (下列区域临时关闭), when another sentence ends it
	 * with the colon: 自7月8日20时起，下列区域临时关闭，…。关闭期间，请…不得翻越围挡、擅自进入：.
	 */
	private pointed: string | null = null;

	/** Whether a heading announced the list (WORK_HEADING), not a sentence ending in a colon. */
	private headed = false;

	/** The rank of the list's items, once the first is seen (itemRank); 0 before. */
	private rank = 0;
	/** Whether the item before ended in a ；, which an item after it, numbered or not, goes on from. */
	private goesOn = false;
	/**
	 * The verb of a sentence that names a structure (构建“一轴一带三区”空间结构), which the sentences after it that define
	 * its parts (“三区”即金融城核心区…), in its paragraph or in those after it that open doing so, commit with.
	 */
	defines: string | null = null;

	/**
	 * Before each paragraph: one that is no short item ends the list, unless the announcement just came; so does a heading
	 * of a higher rank than its items (1.1号门…，2.…, then 四、交通指引).
	 */
	enter(text: string): void {
		if (this.verb) {
			const rank = itemRank(text);
			const batch = BATCH_ITEM.test(text);
			// A heading's items are names alone, one sentence each, numbered below headings (19．, ①) or by their batch (第一批（9月15日起）：…),
			// not headings themselves.
			if (this.headed && (SAYS_MORE.test(text) || (rank < ARABIC_RANK && !batch))) this.verb = null;
			// A table of ranks and scores is a statistic, whatever announced it (获评“优秀”，具体名单如下： / 排名｜产业功能区｜…｜综合得分).
			else if (SCORES.test(text)) this.verb = null;
			// (…or a row of the table it announces: 提供以下房源： / 房源名称｜所在位置｜… / 荷香苑｜荷花池街道北站东一路｜…; …建设目标如下（单位：个/座）：
			// / 区（市）县	公共充电桩	换电站 / 锦江区	4200	12.)
			// (…or an item of no number after one that ended in a ；: 宝狮湖水库（洛带镇宝胜村），…； / 翠龙水库（柏合街道长松村），…；.)
			else if (!this.fresh && (!(text.length <= ITEM_LENGTH && (this.goesOn || LIST_ITEM.test(text) || LABEL_ITEM.test(text) || batch || isBarredRow(text) || isTabbedRow(text))) || (this.rank && rank && rank < this.rank))) this.verb = null;
			else this.rank ||= rank;
		}
		this.goesOn = this.verb !== null && text.charCodeAt(text.length - 1) === SEMICOLON;
		this.fresh = false;
		this.pointed = null;
		// The parts of a structure may each have a paragraph (“一城”即…, then “三区”一是…), under a heading of its own
		// ((一）一轴).
		if (!DEFINES.test(text) && !PART_HEADING.test(text)) this.defines = null;
	}

	/** After each sentence: one that announces a list starts it. `prior` is the sentence before, whose work a list of its sites may tell. */
	hear(s: Sentence, prior: Sentence | null = null): void {
		if (STRUCTURE.test(s.text)) this.defines = listVerb(s);
		if (!endsInColon(s.text)) {
			if (POINTS_AHEAD.test(s.text) && !BODY_FOLLOWS.test(s.text)) this.pointed = listVerb(s);
			// A heading that names work announces the short items under it, if any come: （三）背街小巷整治 / 19．锦江区：镋钯街、东丁字街。
			else if (s.a === 0 && s.b === s.paragraph.length && WORK_HEADING.test(s.text) && !s.silent) {
				// Its own verb: a project's name, which its fields follow (（一）成都市龙泉驿区东安湖小学 / 1.校址：…), commits with the work
				// it names, but announces no list.
				const verb = verbPhrase(s.text, s.targets);
				// (A part of a list announced above it, its work only in a note in brackets, goes on with the list's: 2025年重点推进以下水体治理： /
				// （一）城市黑臭水体（巩固提升） / 金牛区：饮马河（…）；.)
				if (verb && this.verb !== null && !this.headed && this.rank === itemRank(s.text) && verbPhrase(s.text.replace(BRACKETED, '')) === null) return;
				if (verb) {
					this.verb = verb;
					this.rank = 0;
					this.fresh = false;
					this.headed = true;
				}
			}
			return;
		}
		// (A note in brackets before its colon says where the list is or how it runs: 按街道分布如下（详见附件1）：.)
		const said = endsInColon(s.text) ? s.text.replace(COLON_NOTE, '') : s.text;
		const announces = announcesList(said);
		if (!announces && !this.pointed) return;
		const verb = announces ? (listVerb(s) ?? borrowedVerb(said, prior)) : this.pointed;
		// An item's count of its part of the list, naming no work (重点项目60个。具体是： / 2.产业类15个：三医创新中心二期、…), goes on in the list.
		if (verb === null && this.verb !== null && s.a === 0 && itemRank(s.text) > 0) return;
		this.verb = verb;
		this.rank = 0;
		this.headed = false;
		this.fresh = s.b === s.paragraph.length;
	}
}

/** The rank of a numbered item, a higher number a lower rank: 一、 4, （一） 5, 1. 6, ① 7; 0 if it has no number. */
function itemRank(text: string): number {
	return ordinalLevel(text) || (ARABIC_ITEM.test(text) ? ARABIC_RANK : CIRCLED_ITEM.test(text) ? ARABIC_RANK + 1 : 0);
}
const ARABIC_RANK = 6;
/** A short note in brackets: （巩固提升）, （新纳入整治）. */
const BRACKETED = /[（(][^（）()]{1,8}[）)]/g;
const CIRCLED_ITEM = /^[①-⑳]/;

const SEMICOLON = 0xff1b; // ；
/** How a paragraph opens with last year's work, and how a sentence of it turns to this year's: 去年，… 今年，…. */
const OPENS_LAST_YEAR = /^去年[，,]/;
const OPENS_THIS_YEAR = /^今年[，,]/;
const PAUSE = 0x3001; // 、
/** Between a district and a place it holds: 成华区北湖生态公园, 金堂县的淮州新城, 新都境内石佛站, 彭州境内的湔江河谷. */
const WITHIN = ['', '的', '境内', '境内的'];
/** Between a place and the one that lies by it or in it: 兴隆湖畔的独角兽岛, 沸腾小镇内的沸腾里, 3号线相邻的市二医院站. */
const BY_THE_SIDE = /^(?:之?畔|旁边?|边|周边|附近|内|相邻)的$/;
/** What joins the two ends of a stretch: 万盛站至光华公园站. */
const STRETCH = '至到—-~～';

function endsInColon(text: string): boolean {
	return isColon(text.charCodeAt(text.length - 1));
}

/**
 * Whether a sentence that ends in a colon announces a list: one it counts (新建公园5个：) or points to
 * (下列区域禁止燃放烟花爆竹：, 重点在以下站点新增停放区：, 地址如下：); not the kinds they fall into (…，分为以下两类：). A colon alone announces none:
 * 线路走向： is followed by a description, 城市公园：宝光寺、… by what it names.
 */
function announcesList(text: string): boolean {
	return endsInColon(text) && !KINDS_AHEAD.test(text) && (SITES_AFTER.test(text) || SPELLED_OUT.test(text) || CHIEFS.test(text) || COUNTS.test(text) || SHARES.test(text) || STRUCTURE.test(text) || RACE_COURSE.test(text) || (POINTS_AHEAD.test(text) && !BODY_FOLLOWS.test(text)));
}
/** The kinds what a sentence names falls into, which the text then tells one by one: …施划限时停车泊位共186个，分为以下两类：. */
const KINDS_AHEAD = /分为(?:以下|如下)?[一二三四五六七八九十两\d]+[类种]：$/;
/** A short note in brackets right before a sentence's closing colon: （详见附件1）, （排名不分先后）. */
const COLON_NOTE = /[（(][^（）()]{1,12}[）)](?=[：:]$)/;
/**
 * Work shared out, each place's share after the colon (各区（市）县筹集任务为：锦江区1800套（间）、青羊区2200套（间）…, 各区（市）县2025年新建绿道
 * 目标任务（单位：公里）：龙泉驿区45　新都区50…), or a list of the places named for it (首批拟改造名单已经确定：).
 */
const SHARES = /(?:(?:任务|目标|指标)(?:分别)?(?:为|是)?(?:[（(][^（）()]{1,10}[）)])?|名单[^，。；：:]{0,6})[：:]$/;

/**
 * A river's (a lake's) chief named for it (柏条河（郫都段）：…。区级河长：陈立新。), or the chiefs a list names (主要河流镇（街道）级河长如下：):
 * the river is in the chief's care, work the government gives as it gives a builder a road (annotators 40:0).
 */
const CHIEF = /(河长|湖长|河湖长)(?:名单)?(?:如下)?[：:]/;
/** …the second as a list's announcement, its items the towns' chiefs and their rivers (唐昌镇：党委书记王雪梅——柏条河、徐堰河). */
const CHIEFS = /(?:河|湖)长(?:名单)?如下[：:]$/;

/** The next item of a part told item by item: 二是…, 三是…. */
const NEXT_ITEM = /^[二三四五六七八九十]是/;


/**
 * The verb the items of a list announced by `s` commit with, if any (not a proposal's: 建议以下…：); for the parts of a
 * structure, the verb of the clause that names it (…发展定位，…，构建“一港三城”的空间格局：), not the sentence's first.
 */
function listVerb(s: Sentence): string | null {
	if (RACE_COURSE.test(s.text)) return HELD_VERB;
	if (s.silent && !ANNOUNCES.test(s.text)) return null;
	const structure = s.text.search(STRUCTURE);
	if (structure < 0) return s.phrase();
	const clause = Math.max(s.text.lastIndexOf('，', structure), s.text.lastIndexOf(',', structure)) + 1;
	return verbPhrase(s.text.slice(clause)) ?? s.phrase();
}

/**
 * The verb a list's announcement that names no work of its own takes from the sentence before: the sites of that work (…加装电梯40部。
 * 重点点位：…) or its parts each (…分段实施全封闭管制…。各路段管制时间如下：); where it spells the list out, the work its subject names or the
 * sentence before does, as a verb phrase or not (今年计划新开工的5个项目分别是：; 集中开工的12个项目中，…。主要包括：). Null if none.
 */
function borrowedVerb(text: string, prior: Sentence | null): string | null {
	if (DIRECTIONS_AHEAD.test(text)) return null;
	// (What its items are, done, is said before its 的: 今年新建的部分老年助餐点如下：.)
	if (DONE_AHEAD.test(text)) return firstVerb(text);
	const spelled = SPELLED_OUT.test(text);
	if (!spelled && !SITES_AFTER.test(text) && !EACH_AHEAD.test(text)) return null;
	const phrase = prior?.phrase() ?? null;
	if (phrase !== null || !spelled) return phrase;
	return firstVerb(text) ?? (prior ? firstVerb(prior.text) : null);
}

/** Where `verb` stands in the sentence: from `from` on if it is there, else its first place (-1 if none). */
function verbIndex(sentence: string, verb: string, from: number): number {
	const at = sentence.indexOf(verb, from);
	return at === -1 ? sentence.indexOf(verb) : at;
}

/** The stops after which a review's sentence goes on in the same time: ； and ：. */
function goesOn(stop: number): boolean {
	return stop === SEMICOLON || isColon(stop);
}

/** A numbered item, which may end so too: 1.编制东部新区国土空间规划. */
const NUMBERED = new RegExp(`^${ITEM_NUMBER}`);

/** A headline that tells a figure's change, a statistic whatever work is below it: 【数据】前8月铁路港外贸进出口额同比增长14.2%. */
const RATE_HEADLINE = /(?:增长|下降|提升|提高|增加|减少)\d+(?:\.\d+)?%/;
/** A photo's caption, which shows a place and heads no text: ▲望平坊夜景　图源：成华区融媒体中心, ▲4月26日，市民在江安河畔骑行。记者 陈思雨 摄, 图为…. */
const CAPTION = /^[▲△↑]|^图为|[\s　](?:图源|图片来源)[:：]|[\s　]摄$/;

/**
 * A title that names no work: a document's (see DOCUMENT_KIND), a list's or a summary's, or what is attached (…项目清单, …线路一览,
 * …办理情况选登（2025年第4期）, …工作总结, 附件：…), a part that tells how things stand (一、中心城区公园绿地建设基本情况, 二、存在的问题), a
 * visitors' guide (周末citywalk攻略｜…一天逛完锦江的“老成都”), a document's number (成华府办〔2025〕9号), or a venue's label (■天府新区分会场).
 */
const NAMES_NO_WORK = new RegExp(`^附件|(?:清单|一览表?|名单|名录|总结|汇总|选登|汇编|情况|概况|现状|问题|[主分]会场)(?:[（(][^（()）]{1,12}[）)]){0,2}$|〔\\d{4}〕|攻略|指南|${DOCUMENT_KIND.source}`);

/**
 * A heading that tells a citizen's complaint, as a hotline's page titles each letter (【武侯区】…工地夜间施工噪音扰民, …新建小区附近
 * 没有公交站): the asker's words, whatever the reply under it does. (A news headline may end in a question and still tell the work:
 * 天府机场做强国际枢纽…三大空港经济板块如何“错位”？)
 */
const COMPLAINT = /扰民|没有|缺少|(?:出行|停车|通行|就医|入学)难|积水/;

/** Whether the name at `at` is a heading's label, alone or in its brackets: 【锦江】从“水清岸绿”到“人水共生”, 📍双流区, （一）锦江区. */
function isLabel(text: string, [a, b]: [number, number]): boolean {
	if (text[a - 1] === '【' && text[b] === '】') return true;
	return !HAN.test(text.slice(0, a).replace(ITEM_NUMBER_AT_START, '')) && !HAN.test(text.slice(b).replace(BRACKETS, ''));
}
const ITEM_NUMBER_AT_START = new RegExp(`^\\s*${ITEM_NUMBER}`);

/**
 * `found` with the stations a table's 车站 cells or a list of a line's stations name by their names alone (石门坎 for 石门坎站;
 * 金牛公园 for 金牛公园站, over the park): the column or the list says what they are, over a place of the same name.
 */
function stationsIn(parser: Geoparser, text: string, cells: readonly [number, number][] | undefined, found: Found[]): Found[] {
	if (!cells?.length) return found;
	for (const [a, b] of cells) {
		const name = text.slice(a, b);
		const place = parser.station(name);
		// One the gazetteer lacks is a station no map shows yet (金府路 for 金府路站), unless a place of its name is read there.
		if (place === null && (!STATION_NAME.test(name) || found.some((f) => f.start < b && f.end > a))) continue;
		found = found.filter((f) => f.end <= a || f.start >= b);
		// (A bus depot in the column keeps its own name: 苏坡公交停保场 is no 苏坡公交停保场站.)
		found.push(place === null ? told(text, a, b, DEPOT.test(name) ? name : stationName(name)) : { start: a, end: b, surface: name, place, title: false });
	}
	return found.sort((x, y) => x.start - y.start);
}
/** What ends a body's name: 社区卫生服务中心, 卫生院, 有限公司. */
const BODY = /(?:中心|医院|卫生院|公司|集团|协会)$/;
/** A station's name alone: two to eight Chinese characters. */
const STATION_NAME = /^[\u4e00-\u9fa5]{2,8}$/;
/** What ends the name of a bus depot or a car park, no metro station's: 苏坡公交停保场, 茶店子公交枢纽. */
const DEPOT = /(?:停保场|保养场|停车场|首末站|枢纽)$/;

/** A sentence that counts a line's stations and lists them after its colon: …车站…，由北向西依次为：, 沿线设站如下：. */
const STATIONS_AHEAD = /(?:车站|站点|设站)[^。；]*(?:依次为|分别为|分别是|包括|如下)[：:]/;

/** The items of a 、 list from `from` to its sentence's end, as [start, end) spans: 石佛、大丰、三圣寺。. */
function listItems(text: string, from: number): [number, number][] {
	const end = text.slice(from).search(SENTENCE_END);
	return cellsBetween(end === -1 ? text : text.slice(0, from + end), from, (c) => c === PAUSE || ITEM_STOPS.has(c));
}
const SENTENCE_END = /[。；]/;
const ITEM_STOPS = new Set([...'。；，'].map((c) => c.charCodeAt(0)));

/**
 * The places a table's 名称 cells name that the gazetteer lacks (原四川省邮电管理局职工宿舍楼, 华西坝教工住宅二号楼 over 华西坝), as
 * unknown names: the column says they are places. A cell that is a known place's name is that place.
 */
function namedIn(text: string, cells: readonly [number, number][] | undefined, known: readonly Found[]): Found[] {
	if (!cells?.length) return [];
	const out: Found[] = [];
	for (const [a, cellEnd] of cells) {
		// (A note in brackets after the name is no part of it: 原全兴酒厂锅炉房（水井坊片区内）.)
		const note = text.lastIndexOf('（', cellEnd);
		let b = note > a && text.charCodeAt(cellEnd - 1) === CLOSE_BRACKET ? note : cellEnd;
		// (…nor a hazard point's kind after the gully or the slope it is named by: 任家沟泥石流, 太阳湾滑坡.)
		b -= HAZARD_KIND.exec(text.slice(a, b))?.[0].length ?? 0;
		// (A facility named after the known site it stands at is a spot of it, which the map shows at that site: 洛带古镇客家非遗展演点,
		// 金沙遗址博物馆东侧公共停车场; not a district's or a town's (成华区图书馆, 洛带镇上街刘家祠堂), nor a place named after one (南桥小区, 北湖环湖路).
		// So is the park of a known lake or river, as the text around the table shows it: 锦城湖公园.)
		if (b - a >= 2 && !known.some((k) => k.start === a && (k.end === b || (k.place !== null && (b - k.end >= SPOT_TAIL || text.slice(k.end, b) === PARK) && !hasOffices(k.place) && !isTownName(k.surface) && !NAMESAKE_END.test(text.slice(k.end, b)))))) out.push(told(text, a, b));
	}
	return out;
}
const CLOSE_BRACKET = 0xff09; // ）
/** Whether a name is a town's or a street's (洛带镇, 五津街道), not an old town's (洛带古镇). */
function isTownName(name: string): boolean {
	return TOWN.test(name) && !name.endsWith('古镇');
}
/** What ends the park of a known lake or river, shown at it (锦城湖公园). */
const PARK = '公园';
/** The shortest a facility's words after its site's name run (非遗市集, 公共停车场); shorter ones name a place after it (南河苑, 北湖广场). */
const SPOT_TAIL = 4;
/** What ends a place named after another, not a facility at it: 三岔湖安置小区, 北湖环湖路. */
const NAMESAKE_END = /(?:小区|苑|[路街巷桥])$/;
/** The kind of a geological hazard, after the name of the place it threatens: 泥石流, 滑坡, 崩塌, 不稳定斜坡. */
const HAZARD_KIND = /(?:泥石流|滑坡|崩塌|不稳定斜坡|地面塌陷|危岩体?)$/;

/** Whether a heading names only districts or zones with offices of their own (锦江区（4处）, （一）锦江区（3个）). */
function officesOnly(headed: Headed): boolean {
	return headed.places.every((f) => f.place !== null && hasOffices(f.place));
}

/** Whom a notice is sent to, on a line of its own (各区（市）县住建部门，四川天府新区、成都东部新区…相关部门，市级有关单位：): offices, no sites. */
const ADDRESSEES = /^各[^。；！？]{2,120}(?:单位|部门|委员会|政府|局|办|处|公司)[：:]$/;
/** A list's title on a line of its own, which its rows commit under: …建设项目清单, …改造项目名单（第一批）, 2025年温江区计划新建（改扩建）学校一览表. */
const LIST_TITLE = /^[^，。；：:、]{4,60}(?:项目清单|项目名单|一览表)(?:[（(][^（()）]{1,12}[）)])?$/;
/** The years a plan's title gives in brackets at its end: （2025—2027年）. */
const PLAN_YEARS = /[（(](?:19|20)\d\d\s*[—–\-－~至]\s*(?:19|20)?\d\d年?[）)]$/;

/**
 * Whether a paragraph at the head of a text is the title of a document (its own, or the plan a
 * notice sends out): it names the document, and the text under it holds the commitments.
 */
function namesDocument(text: string): boolean {
	return DOCUMENT_KIND.test(text) && titleIn(text) !== null && !NUMBERED.test(text);
}

/** The district a sentence [a, b) labels the text after it with (青羊区：, 【成华区】…), or null. */
function labelAt(text: string, a: number, b: number): string | null {
	const last = text.charCodeAt(b - 1);
	// Sentences end at colons: a label is a sentence of its own, or opens with 【.
	if (!isColon(last) && text.charCodeAt(a) !== 0x3010) return null;
	return districtLabel(text.slice(a, b));
}

/** Longest label joined to the sentence it heads: an item's title, not a sentence of its own. */
const PLACE_LABEL = 24;

/**
 * Longest numbered item that is a place's name alone, heading what its paragraph says of it: （一）东安湖体育公园。, 2. 新都区
 * （新都现代交通产业功能区）。 (its brackets aside)…
 */
const PLACE_ITEM = 16;
/** What is built, by the kind its name ends in: a centre, a home, a school, a hospital, a resettlement estate. */
const BUILT_KIND = `(?:综合体|服务中心|照料中心|养老院|敬老院|${FACILITY})(?:[（(][^（()）]*[）)])?`;
/**
 * …or a project's name, however long: 3．水井坊历史文化街区微更新项目。, 7．玉林片区“生活美学”社区更新工程（二期）。, or a facility's
 * (1.锦江区牛市口街道大田坎社区养老服务综合体。).
 */
const PROJECT_NAME = new RegExp(`(?:${PROJECT}|${BUILT_KIND})。$`);
const BRACKETS = /[（(][^（()）]*[）)]/g;
/** …or a line's, by its phase: 二是10号线三期。 */
const LINE_PHASE = /(?:\d+号线|[\u4e00-\u9fa5]{2,4}线)[一二三四五六七八九十]期(?:工程)?。$/;
/** The label of a route's new course: 调整后：, 调整后走向：, 延伸后线路走向：. */
const CHANGED_COURSE = /^(?:调整|延伸|优化)后(?:线路)?(?:走向)?[：:]/;
/**
 * The title of a notice of work at a place, and its kind: …关于地铁13号线一期…施工期间对部分道路实施交通管制的通告, …关于…新建九年
 * 一贯制学校…设计方案的批前公示, or of a decision to expropriate there, by its verb (关于建设路片区（二期）城市更新项目国有土地上房屋征收的决定); not one that issues or publishes a document or a list (关于印发《…》的通知, 关于公布…名单的通知).
 */
const NOTICE_TITLE = /关于(?!印发|公布|发布|转发)[^《》]{4,}(?:的((?:批前)?公示|公告|通告)|(征收)的决定)$/;
/**
 * The title of a tender for a project's works, or of its outcome, which it names: 双流区江安河（九江—西航港段）综合治理工程施工招标公告,
 * …公园绿地建设工程（一期）施工中标候选人公示, …工程中标结果公告 (not the notice of the assessment of what it does to its
 * surroundings: …道路工程环境影响评价第二次公示; annotators 4:1).
 */
const TENDER_TITLE = /(?:项目|工程)(?:[（(][^（()）]*[）)])?(?:施工|监理|设计|勘察|总承包)?(?:招标|采购|中标候选人|中标结果|中标|成交结果)(?:公告|公示)$/;
/** A paragraph of places' shares and nothing else: 锦江区95公顷，青羊区120公顷，…，成都东部新区1120公顷。 */
const SHARE = String.raw`[\u4e00-\u9fa5（）()]{2,14}\d+(?:\.\d+)?万?(?:公顷|亩|套（间）|套|间|个|处|座|所|平方米|平方公里|公里)`;
const SHARES_LINE = new RegExp(`^(?:${SHARE}[，、；,])*${SHARE}[。；]?$`);
/** A notice's part that names its project: 一、项目名称, （一）工程名称. */
const NAME_PART = new RegExp(`^${ITEM_NUMBER}?\\s*(?:项目|工程)名称$`);

/** A project's name as a numbered heading of its own, perhaps with its status: 2．奎星楼街街巷品质提升项目【已完工】. */
const PROJECT_HEADING = new RegExp(`${PROJECT}(?:【[^】]{1,8}】)?$`);
/** A name and nothing else: no clause, no stop (2．龙泉汽车城新能源汽车零部件配套园（二期）). */
const NAME_ALONE = /^[^，。；：:,;！？!?]{2,40}$/;
/** The work a project's name says it does: 有机更新（二期）项目, 老工业厂区转型项目. */
const PROJECT_WORK = /(更新|改造|提升|整治|修缮|建设|转型|保护|治理|修复|开发|利用|新建|扩建|迁建|升级)(?:[（(][^（()）]*[）)])?(?:项目|工程)/;

/** The work a name ends in, as a tender's lot names it: 区域级绿道维护（北片）, 城区市政道路沥青路面维修, …绿地管护服务. */
const WORK_ENDING = String.raw`(维护|维修|养护|管护|改造|整治|提升|修缮)(?:服务)?(?:[（(][^（()）]*[）)])?$`;
/** …or a lot's name in a field of its own, under its number (包1　服务类 / 名称：新都街道、桂湖街道辖区市政道路维修养护服务 / 服务范围：…): a name of works kept up. */
const LOT_NAME = `名称[：:](?=[^。；]*${WORK_ENDING})`;
/** What opens a project's name heading its fields: its number (4．), its field's name (项目名称：), or both. */
const NAME_FIELD = new RegExp(`^(?:${ITEM_NUMBER}\\s*(?:项目名称[：:])?|项目名称[：:]|${LOT_LABEL}|${LOT_NAME})`);
/** A project's name in a field of its own: 2.1 项目名称：…. */
const NAME_FIELD_NEXT = new RegExp(`^(?:${ITEM_NUMBER}\\s*)?项目名称[：:]`);
/** An event's name: a festival, a fair, a show, a market or an outing (…中秋音乐游园会, 望平坊“望平街·月光市集”, “夜游锦江·月圆猛追湾”游船活动). */
const EVENT_TITLE = /(?:会|节|赛|展|季|周|集|活动|演出|游园|灯会|庙会|夜市|骑行|徒步|夜跑)[”"]?$/;
/** An event's venue before a bar, then its name: 东郊记忆｜“东郊声音”草坪音乐会. */
const VENUE_FIRST = /^[^｜|，。；：:\s]{2,12}[｜|]/;
/** The fields of an event in a schedule: its time, venue, course, programme and hosts. */
const EVENT_FIELD = /^(?:活动)?(?:时间|日期|地点|线路|路线|内容)[：:]|^(?:主办|承办|协办)(?:单位)?[：:]/;
/** …of which those that say where it is held, first on their line or after another: 地点：…, 时间：…　地点：…, 线路：猛追湾码头—望平坊—东门码头往返. */
const EVENT_VENUE = /(?:^|\s)(?:活动)?(?:地点|线路|路线)[：:]/;
/** Who tenders a project, and who for them: 招标人：…, 招标代理机构：…. */
const TENDERER_FIELD = /^(?:招标人|招标代理机构)[：:]/;
/** …or a heading of who they are and how to reach them: 1.采购人信息 / 名称：… / 地址：…; 3.项目联系方式. */
const WHO_HEADING = /(?:人|机构|单位)信息$|联系方式$/;

/**
 * The work a numbered project's name commits its places with where it heads its fields (1．水井坊街区有机更新（二期）项目
 * / 所在区域：锦江区 / 建设内容：…), as a project table's row does; else null.
 */
function projectWork(texts: readonly string[], i: number): string | null {
	const t = texts[i];
	const label = NAME_FIELD.exec(t)?.[0];
	// An event of a schedule, numbered or after its venue, its time and its venue after it (1. “月满东郊”中秋音乐游园会 / 时间：… /
	// 地点：东郊记忆·演艺中心…; 东郊记忆｜“东郊声音”草坪音乐会 / 时间：…): held there.
	if ((label !== undefined || VENUE_FIRST.test(t)) && EVENT_TITLE.test(t) && EVENT_FIELD.test(texts[i + 1] ?? '')) return HELD_VERB;
	// (A heading whose first field names the project is no project's name: 2. 项目概况与招标范围 / 2.1 项目名称：…; nor one whose
	// first field names who tenders, or whose heading names who they are: 7. 联系方式 / 招标人：…; 1.采购人信息 / 名称：… / 地址：….)
	const next = texts[i + (leadsFields(texts, i + 1) ? 2 : 1)] ?? '';
	if (!PROJECT_FIELD.test(next) || NAME_FIELD_NEXT.test(next) || (label !== undefined && !NAME_FIELD_NEXT.test(t) && (TENDERER_FIELD.test(next) || WHO_HEADING.test(t)))) return null;
	// A plot of land for sale by its number, its location the field after ((一)宗地编号：… / 宗地位置：成华区龙潭街道…).
	if (PLOT.test(t)) return '出让';
	// A route by its name alone before its fields, under the part that opens or changes routes (一、新开线路 / 夜间105路：医院专线，… / 起讫点：…).
	if (!label) return ROUTE_LABEL.test(t) ? routesWork(texts, i) : null;
	// A name that does not say it is a project is one where its fields follow it: 13．灵龙安置小区 / 建设地点：…. A notice's field
	// may end in a stop (项目名称：…道路工程、…公园（二期）。).
	const name = t.endsWith('。') ? t.slice(0, -1) : t;
	// (…but an address is no project's field, unless what it locates is built: 1.成都市植物园｜郁金香、樱花 / 地址：…天回路1116号 / 花期：…;
	// 2．成都市成华区昭青路小学 / 地址：青龙街道昭青路368号.)
	if (!PROJECT_HEADING.test(name) && (!NAME_ALONE.test(name.slice(label.length)) || ((ADDRESS_FIELD.test(next) || LOCATION_ONLY.test(next)) && !BUILT.test(name)))) return null;
	return workOf(name.slice(label.length));
}
/** A bare location, which a guide gives its sights as an address (1.桂溪生态公园 / 位置：成都高新区天府一街附近…). */
const LOCATION_ONLY = /^位置[：:]/;
/** A route's name before a colon: 夜间105路：, 机场大巴6号线：. */
const ROUTE_LABEL = /^[\u4e00-\u9fa5]{0,6}(?:[A-Z]?\d+路|[A-Z]?\d+号?线)[：:]/;
/** What the part of the first rank before texts[i] does to its routes (一、新开线路: 新开), if it opens or changes routes. */
function routesWork(texts: readonly string[], i: number): string | null {
	for (let j = i - 1; j >= 0; j--) if (FIRST_RANK.test(texts[j])) return routesVerb(texts[j]);
	return null;
}

/**
 * Whether texts[i] is a sentence that says why between a heading and its fields, as a notice gives a bus route's reason
 * before its course ((一)新开489路 / 为方便…居民接驳地铁3号线、7号线，新开489路。 / 起讫点：…).
 */
function leadsFields(texts: readonly string[], i: number): boolean {
	const t = texts[i] ?? '';
	return t.endsWith('。') && !PROJECT_FIELD.test(t) && !LIST_ITEM.test(t) && PROJECT_FIELD.test(texts[i + 1] ?? '');
}
const BUILT = new RegExp(`${BUILT_KIND}$`);
/** A project's name as its line gives it: without its number or field's name, and up to its first stop (改扩建金堂中学学生宿舍及食堂，新增…). */
function projectName(text: string): string {
	return text.replace(NAME_FIELD, '').split(/[，。；]/)[0].trim();
}
/** The work a project's or a bus route's name says it is for (改扩建金堂中学学生宿舍 改扩建, …改造项目 改造, 新开1186路 新开), else 建设. */
function workOf(name: string): string {
	const lead = verbRunAt(name, 0, name.length);
	return lead > 0 ? name.slice(0, lead) : (PROJECT_WORK.exec(name)?.[1] ?? ROUTE_WORK.exec(name)?.[1] ?? LAST_WORK.exec(name)?.[1] ?? (ROUTE_NAME.test(name) ? '开行' : ZONE_NAME.test(name) ? ZONED_VERB : '建设'));
}
/** A protection zone's name, which a notice draws: （一）李家岩水库饮用水水源保护区（河流型转湖库型）. */
const ZONE_NAME = /保护区(?:[（(][^（()）]*[）)])?$/;
/** A bus route's name alone, its ends in brackets after it: 定制公交D216线（麓湖生态城—天府软件园）, 社区巴士S301线（新都区三河街道）. */
const ROUTE_NAME = /(?:[A-Z]?\d+路|[\u4e00-\u9fa5A-Z\d]{1,12}线)(?:[（(][^（()）]*[）)])?$/;
const LAST_WORK = new RegExp(WORK_ENDING);
/** What a notice does to a bus route its item heads: （一）新开1186路（…—…）, （二）调整650路, （三）撤销327路. */
const ROUTE_WORK = /^[^，。；]{0,8}?(新开|开通|调整|优化|撤销|取消|延伸|延长|缩短|恢复)(?:公交)?(?:[A-Z]?\d+路|[\u4e00-\u9fa5\d]{1,8}(?:线|专线))/;

/**
 * Sentences, with a label that names a place and does nothing itself (五环路：, 2. 成资大道：, an item
 * that is a place's name: （一）东安湖体育公园。) joined to the sentence it heads, whose commitment is the
 * place's: 五环路：推进简阳段前期工作. A district's label stays apart: it scopes the rest of its paragraph
 * (labelAt). Each span comes with where the item it opens with ends (a if none).
 */
function withPlaceLabels(text: string, spans: [number, number][], found: Found[]): [number, number, number][] {
	const out: [number, number, number][] = [];
	for (let i = 0; i < spans.length; i++) {
		const [a, b] = spans[i];
		const last = text.charCodeAt(b - 1);
		// A label's place commits in the clause the label opens (五环路：推进…, not 锦江区市民刘女士说：…);
		// an item's, and a numbered label's, with whatever the sentence after it does (（一）东安湖体育公园。依托…，重点引进…;
		// 3.华兴正街（春熙路街道）：规整通信线缆，更新路灯，推进…).
		const sentence = text.slice(a, b);
		// …or a paragraph's lead that is a place's name and nothing else, or its basin (岷江流域。), as a bold lead is copied (空港新城。坚持…).
		const item =
			last === 0x3002 &&
			(((NUMBERED.test(sentence) || ITEM_IS.test(sentence)) && (sentence.replace(BRACKETS, '').length <= PLACE_ITEM || PROJECT_NAME.test(sentence) || namesOnly(text, a, b, found))) ||
				(a === 0 && found.some((f) => f.start === 0 && (f.end === b - 1 || LEAD_PART.test(text.slice(f.end, b - 1))))));
		const label =
			i + 1 < spans.length &&
			// (…however long a label of places' names alone: 温江区柳城街道文庙街、双流区东升街道白衣上街、…：实施….)
			((isColon(last) && (b - a <= PLACE_LABEL || namesOnly(text, a, b, found))) || item) &&
			// Named by itself, known or not (（一）红星路二段（…）。), not in brackets after what the item is (撤销1020路（茶店子客运站—一品天下站）。).
			within(found, a, b).some((f) => (f.place !== null || f.unknown === true) && !f.title && !inBrackets(text, a, f.start)) &&
			labelAt(text, a, b) === null &&
			verbPhrase(sentence) === null;
		out.push(label ? [a, spans[++i][1], item || NUMBERED.test(sentence) ? b : a] : [a, b, a]);
	}
	return out;
}

/** Whether a numbered item is its places' names and nothing else, however many: 4.双流区、温江区、郫都区和成都高新区。 */
function namesOnly(text: string, a: number, b: number, found: Found[]): boolean {
	const named = within(found, a, b);
	if (!named.length) return false;
	let rest = text.slice(a, named[0].start).replace(NUMBERED, '').trim();
	for (let k = 0; k < named.length; k++) rest += text.slice(named[k].end, k + 1 < named.length ? named[k + 1].start : b - 1);
	return LISTED_ONLY.test(rest);
}
const LISTED_ONLY = /^(?:[、，,和及与]|以及)*$/;

/** What a paragraph's lead may name of its place: 岷江流域。都江堰市、崇州市…要加快…. */
const LEAD_PART = /^(?:流域|片区|区域)$/;

/**
 * Whether the item labelled at [a, head) is a stretch of a river or a road and what follows its label is the stretch's course: the places
 * it starts, runs and ends at are the stretch's, where the work told after it is done (1.大塘镇场镇段：起于…拦河堰，止于…机耕桥，长约3.1公里。清除…).
 */
function stretchCourse(text: string, a: number, head: number): boolean {
	return STRETCH_LABEL.test(text.slice(a, head)) && STRETCH_COURSE.test(text.slice(head, head + 2));
}
const STRETCH_LABEL = /段[：:]$/;
const STRETCH_COURSE = /^(?:起于|起自|自|从)/;

/** Whether `at` is inside brackets opened after `from`. */
function inBrackets(text: string, from: number, at: number): boolean {
	return openBracket(text, at) >= from;
}

/** Where the bracket still open at `at` opens, or -1 if none is. */
function openBracket(text: string, at: number): number {
	const open = Math.max(text.lastIndexOf('（', at), text.lastIndexOf('(', at));
	return open > Math.max(text.lastIndexOf('）', at), text.lastIndexOf(')', at)) ? open : -1;
}

/** The mentions wholly inside [a, b), in order. */
function within(found: Found[], a: number, b: number): Found[] {
	const here: Found[] = [];
	for (let j = firstAbove(found.length, (i) => found[i].start, a - 1); j < found.length && found[j].start < b; j++)
		if (found[j].end <= b) here.push(found[j]);
	return here;
}

/** What a sentence's paragraph says about all its sentences. */
interface SentenceContext {
	status: Status;
	/** DocumentAnalysis.aims */
	aims: boolean;
	/** For a row of a project table, the verb its places commit with where it has none of its own. */
	row: string | null;
	/**
	 * The paragraph is the title of a document (namesDocument) or a line of the record above it
	 * (文号：…), or the sentence is an item of a proposal (建议：（1）…): it commits nothing.
	 */
	title: boolean;
	/** The paragraph is one of a report's recommendations (DocumentAnalysis.recommends): its 建议 asks for work, as a plan sets it. */
	recommends?: Recommends;
}

/**
 * The sentence [a, b) of a paragraph, with its clauses and their verbs worked out on first use and
 * then kept: several places in one clause share its verb.
 */
class Sentence {
	readonly original: string;
	/** Verbs inside a cited title (《关于加快推进…的决定》) or a hashtag (#沙河源公园开园#) commit nothing: masked, offsets kept. */
	readonly text: string;
	/**
	 * A question, a rallying call (让我们…), the shortfalls a review owns up to, history, an official's posts (曾任…, 任命…为…), a company's own work, a list's announcement, a
	 * proposal's item, a field's name or a table's header commits nothing, and a glossary section never does.
	 */
	get silent(): boolean {
		return (this.quiet ??=
			this.muted ||
			this.suggests ||
			ATTACHED.test(this.text) ||
			ownsUp(this.text) ||
			isQuestion(this.text) ||
			RALLIES.test(this.text) ||
			HISTORY.test(this.text) ||
			POSTS.test(this.text) ||
			SUBMITS.test(this.text) ||
			(ADVICE_WORD.test(this.text) && advisesOnly(this.text)) ||
			(this.text.includes('正常') && AS_USUAL.test(this.text)) ||
			// (A table's row tells what was found in a cell of its own, set aside: 调查核实情况.)
			(this.row === null && FOUND_WRONG.test(this.text)) ||
			(COMPANY_WORD.test(this.text) && BY_A_COMPANY.test(this.text)) ||
			(ANNOUNCES.test(this.text) && !KINDS_AHEAD.test(this.text)) ||
			FIELD.test(this.text) ||
			LABEL.test(this.text) ||
			STATISTICS.test(this.text) ||
			(this.a === 0 && this.paragraph.length <= FIGURE_LINE_LENGTH && FIGURE_LINE.test(this.paragraph)) ||
			COMPLAINTS.test(this.text) ||
			SCOPE_TOLD.test(this.text) ||
			isHeaderRow(this.text));
	}
	/** Whether a figure after a verb is a target (提升至71%) rather than a statistic: see Sentence's constructor. */
	readonly targets: boolean;
	private spans: [number, number][] | null = null;
	private verbs: (string | null | undefined)[] = [];
	private row: string | null;
	/** Whether it is a proposal's (SUGGESTS). */
	private suggests: boolean;
	/** A title's sentence, or a glossary's: silent whatever it says. */
	private muted: boolean;
	/** silent, worked out on first use: most sentences name no place, and nothing asks it of them. */
	private quiet: boolean | undefined;
	/** Whether it opens, with its colon, a list of what is asked, attached or owned up to (see setsAside). */
	private opensAside: boolean;

	constructor(
		readonly paragraph: string,
		/** quoteMarks(paragraph) */
		readonly marks: number,
		readonly a: number,
		readonly b: number,
		{ status, aims, row, title, recommends }: SentenceContext,
		/** Where an item that names a place alone ends (（一）东安湖体育公园。), if the sentence opens with one; else a. */
		private head = a
	) {
		this.row = row;
		this.original = paragraph.slice(a, b);
		this.text = this.original.includes('《') || this.original.includes('#') ? maskAside(this.original) : this.original;
		this.suggests = recommends === 'asks' || (recommends !== 'commits' && SUGGESTS_WORD.test(this.text) && SUGGESTS.test(this.text));
		this.opensAside = endsInColon(this.text) && (this.suggests || ATTACHED.test(this.text) || ownsUp(this.text));
		this.muted = title || status === 'glossary';
		// A plan's figures are its targets: in the plan part of a report that reviews the last year
		// apart, or where the sentence says it aims (到2027年, 力争). Elsewhere (news, a review) 提升至70%
		// reports what was reached.
		// So do the sentences of a paragraph whose lead is the year aimed at: 1.到2030年。全市天府绿道总里程达到12000公里，….
		this.targets = status === 'planned' && (aims || AIMS.test(this.text) || (a > 0 && AIMS_LEAD.test(paragraph)));
	}

	/**
	 * Whether the sentence opens a proposal's list (建议：), a list of attachments (附件：) or of shortfalls (仍存在短板：): the
	 * sentences after it ask, name documents or own up; they do not commit.
	 */
	setsAside(): boolean {
		return this.opensAside;
	}

	/**
	 * Whether a suggestion, this sentence or the one it goes on from, goes on past the ； this one ends with:
	 * 建议开行…大站快线；面向成都高新区…开通通勤定制公交。
	 */
	suggestsOn(goingOn: boolean): boolean {
		return this.paragraph.charCodeAt(this.b - 1) === SEMICOLON && (goingOn || this.suggests);
	}

	/** The verb phrase of the whole sentence, or null: for a sentence that names no place. */
	phrase(): string | null {
		return verbPhrase(this.text, this.targets) ?? this.row ?? CHIEF.exec(this.text)?.[1] ?? null;
	}

	/** Whether what starts at paragraph offset `at` is in a clause of a site's edges (see isEdges). */
	edgeAt(at: number): boolean {
		let [a, b] = this.clauseOf(at);
		// (A row's cells bound its clauses too: …｜拆除新建｜东至三环路，…，北至机投农贸市场北侧规划道路｜186｜….)
		const i = at - this.a;
		const before = this.text.slice(a, i).search(LAST_CELL_BAR);
		if (before >= 0) a += before + 1;
		const after = this.text.slice(i, b).search(CELL_BAR);
		if (after >= 0) b = i + after;
		return isEdges(this.text.slice(a, b), this.text);
	}

	/** The clause holding paragraph offset `at`, as offsets in the sentence (the whole sentence if none does). */
	clauseOf(at: number): [number, number] {
		const spans = (this.spans ??= clauses(this.text));
		const i = clauseAt(spans, at - this.a);
		return i === -1 ? [0, this.text.length] : spans[i];
	}

	/** The verb committing what starts at paragraph offset `at` (see committedAt), or null. */
	verbAt(at: number): string | null {
		// A table row commits every place in it, each cell being a clause of its own, but the edges it runs along (地块1：…。位于柏合街道，
		// 东至…、南至…; an expropriation's bounds draw what it takes, and commit: 征收范围 / 东至三环路，北至二环路), and a label its place with
		// what the sentence after it does.
		if (this.row) return !RANGE_WORKS.has(this.row) && this.edgeAt(at) ? null : this.phrase();
		if (at < this.head) return this.phrase();
		const spans = (this.spans ??= clauses(this.text));
		const i = clauseAt(spans, at - this.a);
		if (i === -1) return null;
		if (this.verbs[i] === undefined) this.verbs[i] = committedAt(this.text, spans, i, this.targets);
		return this.verbs[i]!;
	}
}

/** What parts a table's cells: a bar, or a tab; and the last of them in a text. */
const CELL_BAR = /[｜|\t]/;
const LAST_CELL_BAR = /[｜|\t][^｜|\t]*$/;

/** The clause of `spans` (in order, apart) that holds offset `at`, or -1. */
function clauseAt(spans: [number, number][], at: number): number {
	const i = firstAbove(spans.length, (k) => spans[k][1], at);
	return i < spans.length && spans[i][0] <= at ? i : -1;
}

/** Words that make a sentence's figures targets: 到2027年 (not 2021年至2025年), 力争, 确保, 目标, 计划 (not 年度计划的108%). */
const AIMS = /(?<!截|\d年?)[到至]20\d\d年|力争|确保|目标|(?<!年度)计划(?!的)/;

/**
 * A title that says its text is a plan, or issues one: …重点工作计划, …工作要点, …行动方案, …规划, 关于印发《…实施方案》的通知, …重点任务, …若干措施,
 * 《2026年成都市民生实事项目》.
 */
const PLAN_TITLE = /(?:计划|要点|方案|规划|纲要|任务|措施|实事(?:项目)?)(?:[（(][^（）()]*[）)])*(?:》?的通知)?$/;

/** A paragraph's lead that is the year its targets are for, or names them: 1.到2030年。, （二）到2035年：, 2025年工作目标： */
const AIMS_LEAD = new RegExp(`^${ITEM_NUMBER}?\\s*(?:[到至]20\\d\\d年|(?:20\\d\\d年)?(?:工作|主要|发展)?目标)[。：:]`);

/**
 * The shortfalls a review owns up to (直管区创新空间布局仍存在短板：…建设相对滞后，…协同仍需加强; 发展中还存在不少困难和问题：…):
 * what they name is yet to be worked on, not promised.
 */
const SHORTFALLS = /^[^。；：:]{0,40}?存在[^，。；：:]{0,10}?(?:短板|不足|问题|差距|薄弱环节)[：:]/;
/**
 * The lead of a paragraph of shortfalls, whatever it names after (同时也要看到，…短板依然明显；高新区、…温江区都在加快布局同类产业, 同时，我们也清醒地
 * 认识到，…): it owns up, and commits nothing (annotators 61:0).
 */
const SEES_SHORTFALLS = /^(?:同时|但|但是|当然)?[，,]?(?:我们)?(?:也|还|更)?(?:要|必须|应当|应该)?(?:清醒|清楚)?地?(?:看到|认识到)/;
/** Whether a sentence owns up to shortfalls (SHORTFALLS); asked of every sentence, and most have no 存在. */
const ownsUp = (text: string) => text.includes('存在') && SHORTFALLS.test(text);

/**
 * A sentence of history, long before the text: “一五”“二五”时期，…工业企业在建设路…一带集中布局; 20世纪50年代，…; 1950年代起，…; 新中国成立初期，….
 * What was laid out then is background, no work of the text's (a year of the news, 1995年，成渝高速公路全线通车, is still reported).
 */
const HISTORY = /^[^，。；]{0,8}?(?:(?:["“]?(?<!十)[一二三四五六七八九]五["”]?)+(?:期间|时期)|(?:20世纪|上世纪)[\d一二三四五六七八九十]+年代|19[0-9]0年代|新中国成立(?:初期|之初|后)|建国初期|改革开放初期)/;

/** An official's posts, past and new: what they are in charge of is no commitment of the text. */
const POSTS = /曾任|历任|现任|拟任|任命|免去|兼任/;
/**
 * A report that hands itself in, by its name (受区人民政府委托，现将郫都区2024年国民经济和社会发展计划执行情况…提请大会审议; 现将…工作情况报告如下):
 * the places are its name's.
 */
const SUBMITS = /现将[^。；]{2,80}?(?:提请|提交|报请|报告如下|汇报如下)/;
/**
 * Whether a sentence only advises a way (车辆可经…, 市民可乘坐…): not one whose work comes first, in a clause of its own, the advice after it
 * (桂湖东路与新都大道交叉口取消西进口左转，西进口左转车辆可经桂湖中路、育英路绕行: the way round is aside, DETOUR).
 */
function advisesOnly(text: string): boolean {
	const advice = ADVISES.exec(text);
	if (!advice) return false;
	const before = advice[1].lastIndexOf('，');
	return before < 0 || verbPhrase(advice[1].slice(0, before)) === null;
}
/**
 * Advice to those on the move, which the city gives but does not carry out: 1.由一环路往二环路东二段方向的车辆，可经一环路东三段、双林路绕行;
 * 前往猛追湾、望平坊游览的市民游客，建议乘坐地铁4号线至市二医院站 (annotators 72:2), 在东门大桥站下车可步行至东门码头. The places are on their
 * way, none the site of work.
 */
const ADVISES = /^([^。；]{0,40}?)(?:(?:车辆|市民|游客|乘客|行人|驾驶人|驾驶员)[^，。；]{0,4}[，,]?\s*(?:也)?(?:可|建议|请)(?:经|走|沿|绕行|绕道|改走|选择|乘坐|换乘|提前)|(?:下车|出站)后?(?:即|也)?可(?:步行|换乘|乘坐|前往))/;
/** The words ADVISES turns on, looked for first: one look rules out most sentences. */
const ADVICE_WORD = /[可请]|建议/;
/**
 * A school's catchment or a plan's area told in a sentence of its own, which says whose children it takes in or what the plan covers,
 * no work (招生范围为保和街道全域及白莲池街道天鹅社区; 规划范围为甘溪镇全域，包括…; annotators 6:0 on plans).
 */
const SCOPE_TOLD = /^(?:招生|划片|招生服务|规划)(?:范围|片区)(?:为|是|包括|[：:])/;
/** What goes on as usual, which no work changes (地铁4号线、7号线沿线各站正常运营；; annotators 7:1); what is put back to it (恢复正常通行) is work. */
const AS_USUAL = /(?<!恢复)正常(?:运营|通行|开放|运行|营业|使用)[；;。]?$/;

/**
 * A company named as the one at work (某航空物流企业去年在…建成…, 该公司计划在…, 今年1月，一家…企业宣布在…投资…, 另一家…企业
 * 则在…; 顺丰、京东物流等企业已在空港新城布局…; 国航西南分公司、四川航空已在…建设…; 龙湖集团投资建设的…综合体), signing with a district
 * (…地产企业已与双流区签约，拟投资…), or speaking of its plans (企业负责人说，公司还计划…; …负责人表示，公司将在…持续加大投入), or a
 * company by its full name that will build or set up at a place (…的星源动力科技有限公司将投资38亿元，在龙泉汽车城建设…, 深圳云翼低空科技
 * 有限公司拟在成都经开区设立…; annotators 4:0), or the merchants of a place (春熙路、太古里等商圈商家将同步推出新春促销活动): its own work, not the city's.
 */
const BY_A_COMPANY =
	/^(?:[^，。；]{1,10}[，,])?(?:另?(?:某|一家|该|这家)[^，。；]{0,14}(?:企业|公司|集团)(?![^，。；]{0,4}(?:引导|支持|鼓励))|[^，。；]{2,30}(?:等(?:企业|公司)|分公司)(?:、[^，。；]{2,10})*(?:已|将|正|还|也|均|则)在)|^(?:企业|公司)(?:有关|相关)?负责人(?:表示|说|介绍)[，,：:]|(?:^|[，,])公司(?:将|还|也|已|拟|计划)[^，。；]{0,6}在|(?:企业|公司)(?:已|将|拟)?与[^，。；]{2,12}签约|^[^，。；]{2,16}(?:集团|公司)投资建设的|^(?:[^，。；]{1,10}[，,])?[^，。；]{2,30}有限(?:责任)?公司(?:将|拟|计划|已|还|也)(?:投资[^，。；]{1,10}[，,])?在|^[^，。；]{2,40}?商家(?:将|还|也|已|均|纷纷)/;
/** What names a company, looked for first: one look rules out most sentences. */
const COMPANY_WORD = /企业|公司|集团|商家/;

/**
 * What an inspection or an audit found, told as such (巡察指出，…部分地块存在建筑垃圾违规堆放现象; 检查中也发现，…; 3.关于“…片区综合
 * 改造进展迟缓”的问题): the problem, not the work on it (针对巡察指出的问题，加快… commits).
 */
const FOUND_WRONG = new RegExp(`(?:巡察|巡视|审计|督察|督查|检查(?:组|中)?)[也还]?(?:指出|发现)(?![的了])|^(?:\\*\\*)?\\s*${ITEM_NUMBER}?\\s*关于“[^”]{4,}”的?问题`);
/** …and a paragraph so labelled, all its clauses, even under a project's name (审计发现的主要问题：一是…；二是…): its 整改情况：… commits. */
const FOUND_LABEL = new RegExp(`^(?:${ITEM_NUMBER})?\\s*[^，。；：:]{0,8}(?:发现|存在)的?(?:主要)?问题[：:]`);

/** A box's line of what has been done so far, its figure after a colon: 已建成天府绿道：超过7000公里, 锦江公园已贯通绿道：约49公里. */
const FIGURE_LINE = /^[^，。；：:]{0,20}(?:已|累计)[^，。；：:]{1,20}[：:]\s*(?:约|超过|超|近|达)?\d+(?:\.\d+)?[^，。；：:\d]{0,5}$/;
const FIGURE_LINE_LENGTH = 60;
/**
 * A sentence of figures, as news opens one: 数据显示，2024年东安湖体育公园共举办各类赛事演艺活动156场…; 据统计，…; not the plan it
 * goes on to (据统计，今年金牛区还计划改造老旧小区110个).
 */
const STATISTICS = /^(?:[^，。；]{0,6}(?:数据|统计)显示|据(?:不完全)?统计)[，,：:](?![^，。；]{0,10}(?:计划|将|拟|力争))/;
/**
 * A count of the complaints a hotline took, which says where they came from, not what is done there: 本月共受理施工噪音类诉求812件，主要集中在
 * 龙潭街道…, 全区涉夜间经营噪声投诉达1360件.
 */
const COMPLAINTS = /(?:受理|接到|收到)[^。；]{0,30}?(?:诉求|投诉|来电|工单|举报)[^。；，,]{0,8}\d|(?:诉求|投诉|来电|工单|举报)(?:量)?[^。；，,]{0,8}\d+(?:\.\d+)?万?件/;

/** A sentence that announces the list after it (重点抓好以下工作：): the items commit, not it (but see KINDS_AHEAD). */
const ANNOUNCES = /以下[^，。；]{0,8}[：:]$/;
/**
 * …but a district or a town that says it will do the work it announces is that work's actor (2025年，新场镇将以…为牵引，重点抓好以下六个方面工作：,
 * 彭州市将锚定…目标，重点抓好以下工作。; annotators 6:0): the verb it does it with.
 */
const ANNOUNCED_WORK = /(抓好|做好|抓实|推进|推动|开展|落实)以下[一二三四五六七八九十几]*[个项大]?(?:方面)?(?:重点)?(?:工作|任务|事项)[：:。]?$/;
/** What follows the actor of the work: 新场镇将…, 温江区今年将…, 三圣街道要…, 郫都区今年重点抓好…. */
const ACTS = /^(?:今年|明年|\d{4}年)?(?:还将|将|要|重点|着力|全力)/;
/** What before a place makes it no actor, but where or with whom the work is done: 在春熙路重点开展以下工作, 与锦江区…. */
const NOT_ACTOR = new Set('在对于向到从把与和及、的');

/** How a paragraph in a part of recommendations reads (DocumentAnalysis.recommends). */
type Recommends = 'commits' | 'asks' | null;

/** The title of a proposal, whose suggestions are a member's, not a report's: 关于…的提案. */
const PROPOSAL_TITLE = /(?:提案|议案)$/;
/**
 * The byline of the political consultative conference's own report (来源：市政协城乡建设和资源环境委员会): what it recommends, its
 * members propose, as a proposal does (annotators 0:34).
 */
const BY_ADVISERS = /来源[：:]\s*(?:成都)?(?:市|区|县)?政协/;
/** The title of a report's part that makes its recommendations: 四、意见和建议, 五、几点建议 (not 四、绕行建议 of a notice to drivers). */
const RECOMMENDATIONS = /(?:意见和建议|意见建议|几点建议|具体建议|工作建议|对策建议|有关建议)$/;

/**
 * A proposal's item (1.建议由成华区牵头…, 为此，建议加快…), the title a reply gives one (（一）关于将4号线由万盛站向西延伸至
 * 寿安镇的建议。), or what a deputy, a resident, an expert or a view is said to suggest, urge or foresee (另有代表建议，在机车
 * 厂站增设…; 市政协委员王嘉则提醒，…; 有专家指出，…; 一位专家分析，…; 她建议，把沙河…改造为…; 此前有观点提出在双流机场周边
 * 新建…; 西南财经大学一位教授建议，…): what they ask for, not what the city commits to. So is a rumour told (关于网传在龙泉山修建跨山观光索道，…), and a
 * citizen's request as a reply lists it (1.市民建议在浣花溪公园内开辟机动车道…; 市民要求在望江楼公园临河一侧设置垂钓平台), and a proposal
 * a reply tells back to its author (您建议将锦江绿道由黄龙溪继续向南延伸至眉山市彭山区; 您在建议中提到，…) or titles an item with ((二)关于在永安湖森林公园增设大型露营地。).
 * Not the work done on a suggestion taken up (温江区结合代表建议，完成江安河绿道提升8.6公里).
 */
const SUGGESTS = new RegExp(
	`^(?:\\*\\*)?\\s*${ITEM_NUMBER}?\\s*(?:(?:(?:为此|因此|对此|据此)[，,]?)?建议(?![中的已所]|提出)|关于[^。；]{2,60}的(?:建议|提案|议案)(?:[（(][^（()）]{1,12}[）)])?(?:\\*\\*)?[。；]?$)|^(?:(?:对此|此外|同时|另外)[，,])?[^，。；]{0,40}(?<!结合|根据|依据|按照|采纳|吸纳|落实)(?:代表|委员|市民|网友|居民|群众|专家|教授|学者|研究员|业内人士|分析人士)[^，。；]{0,12}(?:建议|提醒|呼吁|指出|认为|分析|预测)[，：:]|^(?:他|她|他们|她们)(?:还|也|则|同时)?(?:建议|提醒|呼吁|希望)|(?:有观点|有声音|有人)(?:提出|认为|建议)|网传|坊间传|^${ITEM_NUMBER}?\\s*(?:另有|有)?(?:市民|网友|居民|群众|读者)(?:[\\u4e00-\\u9fa5]{0,6}?)(?:建议|要求|希望|反映)|^(?:您|你们|贵单位)(?:在(?:提案|建议|议案|来信)中)?(?:建议|提出|提到|希望|反映)(?!的)|^${ITEM_NUMBER}\\s*关于[^，。；]{2,40}[。；]?$`
);
/** The words SUGGESTS turns on, looked for first: one look rules out most sentences. */
const SUGGESTS_WORD = /建议|提醒|呼吁|指出|认为|分析|预测|希望|要求|反映|提出|提到|网传|坊间传|关于/;

/** An option a review weighs, as its paragraph opens (方案二（南线方案）：…, 比选方案：…) or as it is discussed (…的方案进行了讨论). */
const OPTION = /^(?:方案[一二三四五六七八九十\d]+|(?:比选|备选|替代)方案)|的方案进行了?(?:讨论|研究|比选)/;
/** What turns an option down: 故不予推荐, 未予采纳, 不宜作为替代方案. */
const TURNED_DOWN = /(?:不予|未予|不)(?:推荐|采纳)|不宜(?:作为|采用)/;

/** The name of a proposal inside a sentence, or of the matter it raised: 关于在毗河新都段修建橡胶坝的建议, 关于您提到的龙泉山城市森林公园…连通不便的问题. */
const PROPOSAL = /关于[^。；，]{2,60}?的(?:建议|提案|议案)|关于(?:您|你们|代表|委员)[^，。；]{0,6}(?:提到|提出|反映|关心|关注)的[^。；，]{2,60}?(?:问题|事项|情况)/g;

/**
 * A citizen's own words in a hotline's or a mailbox's record, as its field or its item's heading opens them
 * (诉求内容：…, **来信内容：**, 【诉求四】…能否招生, a board's 网友“阿亮”：… or 网友留言：…), or a delegate's in a reply to a proposal (一、建议的主要内容, 您在建议中
 * 指出：…): they ask for what the answer may or may not commit.
 */
const ASKED =
	/^(?:\*\*)?(?:【(?:诉求|来信|留言|咨询|投诉)[一二三四五六七八九十\d]*】|(?:诉求|来信|留言|咨询|投诉)(?:内容|摘要)?(?:\*\*)?[：:]|网友(?:“[^“”]{1,16}”)?(?:留言)?[：:]|[一二三四五六七八九十]+、(?:建议|提案|议案)的?(?:主要)?内容|您在(?:建议|提案|议案|来信)中(?:指出|提出|建议|反映))/;
/** A delegate's words told by the reply in its own sentence: 您在建议中提出，…. */
const TOLD_IN_REPLY = /^您在/;
/** A delegate's words quoted whole in the reply's sentence: 您在提案中建议“加快推进重大水源工程”。 */
const QUOTED_ASK = /^您在[\u4e00-\u9fa5]{2,6}中(?:指出|提出|建议|反映)[：:，,]?“[^“”]*”[。.]?(?=.)/;
/**
 * The field the answer opens with (回复内容：, 答复意见：, 办理单位：), the office that answers (成华区交通运输局回复：) or its greeting (网友您好！):
 * the words after it are the city's again.
 */
const ANSWERED =
	/^(?:\*\*)?(?:[\u4e00-\u9fa5]{0,4}(?:回复|答复|办理|处理|受理)[\u4e00-\u9fa5]{0,4}(?:\*\*)?[：:]|[\u4e00-\u9fa5]{2,30}(?:局|委|办|政府|公司|集团|街道办事处|中心|大队|支队|管委会)(?:回复|答复)[：:]|(?:网友|市民朋友|市民)?您好[！!，,])/;

/** The name of a field alone (政策支持：, 保障措施：): what follows it commits, not it. */
const FIELD = /^[\u4e00-\u9fa5]{2,6}[：:]$/;

/** The list of a text's attachments (附件：1. …禁停区域示意图): the titles of documents, not commitments. */
const ATTACHED = /^(?:\*\*)?附件\s*\d*\s*[：:]/;

/** The closing call of a report (各位代表，…让我们…为建设…贡献成华力量！) or of a plenum (全会号召，全区各级党组织…): rhetoric, not a commitment. */
const RALLIES = /(?:^|，)让我们|^(?:全会|会议|大会)号召/;

/**
 * A question commits nothing: it ends in ？ or ?, perhaps inside closing quotes (what
 * /[？?][”’」』）)]*$/ matches, read from the end instead of tried at every offset).
 */
function isQuestion(sentence: string): boolean {
	let i = sentence.length - 1;
	while (i >= 0 && '”’」』）)'.includes(sentence[i])) i--;
	return (i >= 0 && (sentence[i] === '？' || sentence[i] === '?')) || ASKED_HEADING.test(sentence);
}
/**
 * A numbered heading of what a citizen asks, with no question mark: 七、新都大道与宝光大道路口请求增设红绿灯, 七、关于安靖街道新建学校何时投用的问题
 * (annotators 30:0 for 能否, 何时, 请求 and 恳请).
 */
const ASKED_HEADING = new RegExp(`^${ITEM_NUMBER}\\s*[^，。；]{0,40}(?:能否|可否|何时|请求|恳请)[^。；]*$`);

/** Cited titles and hashtags: what they say commits nothing. */
const ASIDE = new RegExp(`《[^《》]*》|${HASHTAG.source}`, 'g');

function maskAside(sentence: string): string {
	return sentence.replace(ASIDE, (t) => t[0] + '□'.repeat(t.length - 2) + t[t.length - 1]);
}

/**
 * What makes a quoted name a brand or slogan rather than a project: “科创通+科创岛”服务生态, a product's origin (“蒲江猕猴桃”“蒲江丑柑”三个国家地理标志产品), a strategy
 * (“东进、南拓、西控、北改、中优”差异化发展), a role (“城市绿心、国际生态公园”的定位) or a rumour (网传“地铁6号线将延伸至彭州”的说法).
 */
const BRAND = /^[”“、等\u4e00-\u9fa5·—+]{0,24}?(?:品牌|标识|名片|口号|服务生态|服务体系|IP|差异化|战略|定位|说法|传言|传闻|地理标志|商标)/;

/**
 * Inside a law's title 《四川天府新区条例》 or a quoted brand or slogan (“来成都到锦江…”品牌): the
 * place is named without anything committed to it. Quoted project names (加快建设“沸腾里”) still count.
 */
function quoted(text: string, at: number, marks: number): boolean {
	if (marks & TITLE_MARK && enclosed(text, at, '《', '》') !== -1) return true;
	if (marks & HASHTAG_MARK && [...text.matchAll(HASHTAG)].some((m) => m.index < at && at < m.index + m[0].length)) return true;
	const close = marks & QUOTE_MARK ? enclosed(text, at, '“', '”') : -1;
	return close !== -1 && (BRAND.test(text.slice(close + 1)) || EVENT_NAME.test(text.slice(at, close)) || titledEvent(text, at, close) || slogan(text, at, close));
}
/** Whether the quote is the title an event is given, a phrase a place only ends (“月满东郊”中秋音乐游园会), not the venue it is named after (“东郊记忆”草坪音乐会). */
function titledEvent(text: string, at: number, close: number): boolean {
	return at > text.lastIndexOf('“', at) + 1 && EVENT_AFTER.test(text.slice(close + 1));
}
/** The kinds of a festival or a season of events, which end its name: 科学城创新嘉年华, “乐享温江”消费季. */
const FESTIVALS = '嘉年华|文化节|音乐节|美食节|艺术节|旅游节|购物节|消费季|音乐季|活动周';
const EVENT_AFTER = new RegExp(`^[\\u4e00-\\u9fa5]{0,8}?(?:游园会|音乐会|灯会|庙会|${FESTIVALS})`);
/**
 * Whether the quote that closes at `close` is a slogan: its qualities of a place (围绕“创新郫都、开放郫都、宜居郫都”建设目标), or two phrases joined by a
 * dot (擦亮“鱼凫故里·金温江”城市名片, 策划“建设路·烟火成华”夜间消费季,
 * 2025年“投资车城·共赢未来”重大项目集中签约活动; annotators 35:8): its places name no site, unless it is the vision a district builds
 * (全力建设“人文青羊·航空新城”, 以“人文青羊·航空新城”的加速建设) or the place worked along (“珠链锦绣·锦水公园”沿线提档升级).
 */
function slogan(text: string, at: number, close: number): boolean {
	const open = text.lastIndexOf('“', at);
	const dot = text.indexOf('·', open);
	return (dot !== -1 && dot < close && close - open <= 20 && !text.endsWith('建设', open) && !BUILT_SLOGAN.test(text.slice(close + 1, close + 8))) || qualities(text.slice(open + 1, close));
}
/** Whether a quote lists what a place is to be, its name after each quality: “创新郫都、开放郫都、宜居郫都”. */
function qualities(quote: string): boolean {
	const items = quote.split('、');
	return items.length > 1 && items.every((item) => item.length <= 6 && item.length > 2 && item.endsWith(items[0].slice(-2)));
}
const BUILT_SLOGAN = /^(?:的(?:加速|加快)?建设|沿线|沿岸)/;
/** The end of a quoted event's name, which the place opens without being where it is held: 举办第三届“科学城创新嘉年华”. */
const EVENT_NAME = new RegExp(`(?:${FESTIVALS}|论坛|峰会|博览会|交易会|马拉松|大赛)$`);

const TITLE_MARK = 1;
const QUOTE_MARK = 2;
const HASHTAG_MARK = 4;

/** Which openings quoted() looks for a paragraph has at all (most have none), looked up once. */
function quoteMarks(text: string): number {
	return (text.includes('《') ? TITLE_MARK : 0) | (text.includes('“') ? QUOTE_MARK : 0) | (text.includes('#') ? HASHTAG_MARK : 0);
}

/** Where the open…close pair around offset `at` closes, or -1 if `at` is not inside one. */
function enclosed(text: string, at: number, open: string, close: string): number {
	const o = text.lastIndexOf(open, at);
	if (o === -1) return -1;
	const c = text.indexOf(close, at);
	return text.lastIndexOf(close, at) < o && c !== -1 ? c : -1;
}

export type ExtractRecord = ReturnType<typeof extractRecords>[number];

/** The extract command's records. The public contract names the document by its file name. */
export function extractRecords(doc: Document, analysis: Analysis) {
	const named = { doc: doc.file };
	return [
		...doc.paragraphs.map((p) => ({
			type: 'paragraph' as const,
			id: p.id,
			...named,
			section: p.section,
			scope: p.scope,
			line: p.line,
			start: p.start,
			end: p.end,
			text: p.text
		})),
		...analysis.mentions.map((m) => ({ type: 'mention' as const, ...m, ...named })),
		...analysis.commitments.map((c) => ({ type: 'commitment' as const, ...c, ...named }))
	];
}

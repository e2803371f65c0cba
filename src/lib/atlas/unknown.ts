// Place names the gazetteer lacks, found next to names it has. An item of a 、 list that ends as a
// known neighbour does (跳蹬河、府河、蒲阳河; 兴隆湖、白鹭湖), or of a list with a known place in it
// that its 等 calls places of a kind (宽窄巷子、锦里、太古里等商圈), names a place: it is reported as
// an unknown place, so that the map's silence about it is said, not left to be guessed. Only such
// lists are read. A name standing alone cannot be told from an ordinary word without a
// dictionary of place names, and a false "unknown place" costs a reader more than a missing one.
// Names read alone are those whose form tells them: a numbered line (29号线), as no ordinary word
// ends so; a street, road, park, estate, community, quarter or village by its ending, where what
// stands around it rules out the common words (endings.ts); and a village, town or street right after its district's full name (郫都区战旗村),
// read as that district's part.
import { CAMPUS, isBusLine, overlapsInOrder, parkAfter, told, TOWN, type Found } from '../geocode/parse';
import { FULL_NAME, hasOffices } from '../text/scope';
import { isDigit, isHan, joinsList, numeralKind } from '../text/units';
import { firstVerb, verbRunAt } from './language';
import { isGenericName, namesByEnding, SETTLEMENT } from './endings';

/** Endings that make a name a kind of place (a word of any kind may end in 区 or 线, so those are not here; 城 is, next to a known 科学城). */
const ENDINGS = ['公园', '新城', '商圈', '古镇', '水库', '湿地', '高铁', '铁路', '机场', '大道', '绿道', '街区', '河', '湖', '江', '山', '站', '港', '镇', '街', '路', '堰', '渠', '城'];

/** Heads that make a common noun of an ending: 城市公园, 口袋公园, 沿河绿道, 国际空港 (a kind of hub), 农村公路. */
const GENERIC = /^(?:沿|国际|国家|世界|省级|市级|区级|区域|城市|农村|乡村|城乡|干线|山区|丘区|坝区|偏远|生态|郊野|口袋|社区|老旧|主题|体育|森林|湿地|综合|特色|重点|小微|街头|公共|滨水|各类|其他|周边|沿线|一批|一条|多条|多个|所有|部分|相关|有关|其|该|本|各|全)/;

/** Characters that lead a list without belonging to its first item: 在跳蹬河, 对府河, 沿锦江, 并在天回镇站, 推进了水井坊, 含书院西街, 设普安 (…等32座车站). */
const LEADS = new Set('在对把将以和与及的沿至向从并还也了含设');
/** Who speaks, before what leads a list: 我们将在新兴镇、磁峰镇…. */
const SPEAKER = /^(?:我们|我区|我市|我县|我镇|咱们)/;

/**
 * After the 等 that closes a list, or the count of its items (三大古镇): the kind of place its items are (商圈), perhaps
 * counted or qualified first (等6个古镇, 等城市公园, 等山地景区).
 */
const KIND_AFTER = /^(?:[一二三四五六七八九十\d]+[个处座条])?(?:城市|特色|重点|主要|历史文化|文化|文旅|山地|森林|郊野|乡村|生态|大运会|世运会|体育)?(?:商圈|公园|古镇|景区|景点|地标|街区|步行街|片区|园区|新城|湿地|绿道|水库|场馆|车站|机场)/;
/** What closes a list before its kind: 等, or the count of its items (两大, 三大). */
const CLOSERS = ['等', '大'];
const COUNTS = new Set('两三四五六七八九十');

const PAUSE = 0x3001; // 、
const DENG = 0x7b49; // 等

/** The longest name an item may be. */
const MAX = 8;

/**
 * Names in lists beside the names found (which must be in text order), as unlocated Found records. `shortForms` holds the
 * names the document gave before by their own part, which names them again: the industrial parks (智能装备产业园 of
 * 铁路港经开区智能装备产业园) and the courtyards by their number (5号院 of 抚琴西南路5号院); it takes in those named here.
 */
export function unknownNames(text: string, found: readonly Found[], shortForms: Map<string, string> = new Map()): Found[] {
	const out: Found[] = [];
	// By their endings first: that scan takes back what it read past (see namesByEnding), which is only its own in text order.
	namesByEnding(text, found, out);
	courtyards(text, out, shortForms);
	numberedLines(text, found, out);
	if (text.includes('站')) courseStations(text, found, out);
	hospitals(text, found, out);
	if (text.includes('院区')) campuses(text, out);
	if (text.includes('”')) quotedParks(text, found, out);
	if (text.includes('个')) countedSettlements(text, found, out);
	if (found.length) {
		kindList(text, found, out);
		partsOfDistricts(text, found, out);
		parksOfPlaces(text, found, out, shortForms);
		for (const f of found) {
			// Most names stand in no list: one look at each side rules them out.
			if (!joinsList(text.charCodeAt(f.start - 1)) && !joinsList(text.charCodeAt(f.end))) continue;
			const ending = ENDINGS.find((e) => f.surface.length > e.length && f.surface.endsWith(e));
			if (ending) {
				before(text, f.start, ending, found, out);
				after(text, f.end, ending, found, out);
			}
		}
	}
	if (text.includes('（') || text.includes('(')) abbreviated(text, out, shortForms);
	if (shortForms.size) namedAgain(text, found, shortForms, out);
	const inCity = out.filter((u) => !OTHER_CITY.test(u.surface));
	return inCity.length < 2 ? inCity : apart(inCity);
}

/**
 * A name that starts with another city's name lies in that city (上海武康路, 杭州小河直街), as one that holds a known place outside does
 * (眉山东站); a street the city named after another city (西安中路社区, 北京路小学) has no name of its own after it.
 */
const OTHER_CITY = /^(?:北京|上海|天津|广州|深圳|杭州|南京|武汉|西安|长沙|苏州|郑州|青岛|厦门|昆明|贵阳)(?![东西南北中路街道大])[\u4e00-\u9fa5]{3}/;

/**
 * Names in text order, each once: an item between two known names is reached from both, a street in a list by its form
 * too. Of two readings that end together the shorter stands: its start was told by a word (统一经二环高架路、成华大道
 * is 二环高架路); of two of the same text, the one that names more (建设路站 of a list of stations, not the street).
 */
function apart(out: Found[]): Found[] {
	out.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Found[] = [];
	for (const u of out) {
		const last = kept[kept.length - 1];
		if (!last || u.start >= last.end) kept.push(u);
		else if (u.end === last.end && (u.start > last.start || (u.name ?? u.surface).length >= (last.name ?? last.surface).length)) kept[kept.length - 1] = u;
	}
	return kept;
}

/**
 * Items of a list that the word after its 等 or its count calls places of a kind (宽窄巷子、锦里、太古里等商圈, 九龙沟、鸡冠山两大山地景区),
 * when one of them is a known place: without one, 餐饮、零售等商圈业态 would read as places too.
 */
function kindList(text: string, found: readonly Found[], out: Found[]): void {
	for (const word of CLOSERS)
		for (let at = text.indexOf(word, 2); at !== -1; at = text.indexOf(word, at + 1)) {
			// 大 closes a list only after its count: 三大古镇.
			const q = word === '等' ? at : at - 1;
			const kind = q < 2 || (word === '大' && !COUNTS.has(text[q])) ? null : KIND_AFTER.exec(text.slice(at + 1, at + 10));
			// A station is named by its place and 站 (设普安、红光…等32座车站: 普安站).
			if (kind) itemsBefore(text, q, found, out, kind[0].endsWith('车站') ? '站' : '');
		}
	// …or its count alone, after items that say they are stations (设国际商贸城站、斑竹园站、马家站3座车站).
	if (text.includes('车站')) for (const m of text.matchAll(COUNT_AFTER_STATIONS)) itemsBefore(text, m.index, found, out, '站');
}
/** A count of stations right after the last of them, which closes their list: 马家站3座车站. */
const COUNT_AFTER_STATIONS = /(?<=站)(?:\d+|[一二两三四五六七八九十]+)[座个]车站/g;

/**
 * The items of the list that ends at `q`, taken if one of them is a known place, each named with what its kind adds (`added`); or, if each
 * ends with it already, taken as they stand.
 */
function itemsBefore(text: string, q: number, found: readonly Found[], out: Found[], added: string): void {
	const items: [number, number][] = [];
	for (let end = q; ; ) {
		const { start, inner } = itemBefore(text, end);
		if (end - start < 2 || end - start > MAX) break;
		items.push([start, end]);
		if (!inner) break;
		end = start - 1;
	}
	// (Items that say what they are need no known one among them: 设国际商贸城站、斑竹园站、马家站3座车站.)
	const said = added !== '' && items.every(([, e]) => text.endsWith(added, e));
	if (items.length > 1 && (said || items.some(([s, e]) => overlapsInOrder(found, s, e))))
		for (const [s, e] of items) if (take(text, s, e, '', found, out) === UNKNOWN && added && !said) out[out.length - 1].name += added;
}

/**
 * The communities or villages of a list by their own names before its count and kind (桂湖、宝光、南街6个社区; 明月、藕塘、箭塔3个村): each is
 * the kind's place of its name. The first starts after what leads the list (在西南街、…; 下辖望平、…), and is no longer than the
 * longest of the others (对辖区桂湖、宝光… is 桂湖).
 */
function countedSettlements(text: string, found: readonly Found[], out: Found[]): void {
	for (const m of text.matchAll(COUNTED_SETTLEMENTS)) {
		// (Names with their kind are read by their endings: 明月村、藕塘村3个行政村.)
		if (SETTLEMENT.test(m[1])) continue;
		const items: [number, number][] = [];
		for (let end = m.index! + m[1].length; ; ) {
			let start = end;
			while (start > 0 && isHan(text.charCodeAt(start - 1)) && end - start < SETTLEMENT_MOST) start--;
			items.unshift([start, end]);
			if (text.charCodeAt(start - 1) !== PAUSE) break;
			end = start - 1;
		}
		if (items.length < 2) continue;
		const first = items[0];
		first[0] += DIVISIONS.exec(text.slice(first[0], first[1]))?.[0].length ?? 0;
		while (first[0] < first[1] && LEADS.has(text[first[0]])) first[0]++;
		const longest = Math.max(...items.slice(1).map(([a, b]) => b - a));
		if (first[1] - first[0] > longest) first[0] = first[1] - longest;
		const kind = m[2] === '行政村' ? '村' : m[2];
		for (const [start, end] of items) if (end - start >= 2 && !overlapsInOrder(found, start, end)) out.push(told(text, start, end, text.slice(start, end) + kind));
	}
}
/** A list's last item, then its count and kind: 北星6个社区, 箭塔3个村. */
const COUNTED_SETTLEMENTS = /(?<=、)([\u4e00-\u9fa5]{2,4}?)(?:等|共)?[\d一二三四五六七八九十]{1,2}个(社区|行政村|村)/g;
/** What opens a clause that lists the towns a district is made of: 辖, 下辖, 现辖, 共辖. */
export const DIVISIONS = /^[下现共]?辖/;
/** The longest a community's or a village's own name is, in such a list. */
const SETTLEMENT_MOST = 4;

/** A word that joins a part to its district, not the part's name (蒲江县有明月村, 锦江区在各街道…, 温江区对部分镇…). */
const LINK = '[有的在是对]';
const LINKS = new RegExp(`^${LINK}`);
/** What names a part of a district after its name: a village, a community, a town or a street (战旗村, 安仁古镇, 新都街道). */
const PART = new RegExp(`^(?:(${LINK})(?=[\\u4e00-\\u9fa5]{2}))?([\\u4e00-\\u9fa5]{2,6}?)(村|社区|古镇|镇|街道)`);
/** Words before 村 that make no village: 新农村, 美丽乡村. */
const NO_VILLAGE = /[农乡]$/;
/** Words that lead the part a district works on or with, not its name: 成华区结合望平社区, 金牛区联合茶店子街道. */
const LEADS_PART = /^(?:结合|围绕|依托|包括|涉及|配合|联合|协同|会同|对接|指导|督促|组织|联动|牵头|针对|通过|利用|借鉴|学习|参照|对标)/;

/** Villages, towns and streets right after their district's full name: 郫都区战旗村, 大邑县安仁古镇. */
function partsOfDistricts(text: string, found: readonly Found[], out: Found[]): void {
	for (const f of found) {
		if (f.place === null || f.title || !hasOffices(f.place) || !FULL_NAME.test(f.surface)) continue;
		const m = PART.exec(text.slice(f.end, f.end + 10));
		if (!m) continue;
		// The word that joins the part to its district (蒲江县有明月村, 郫都区的战旗村), or leads what the district works on
		// or with (成华区结合望平社区), is not its name's.
		const led = LEADS_PART.exec(m[2])?.[0].length ?? 0;
		const stem = m[2].slice(led);
		if (stem.length < 2 || NO_VILLAGE.test(stem) || GENERIC.test(stem) || isGenericName(stem, m[3]) || LINKS.test(m[2]) || holdsVerbWord(stem)) continue;
		take(text, f.end + (m[1]?.length ?? 0) + led, f.end + m[0].length, '', found, out);
	}
}

/** A place that industrial parks are named after, as a district is (parse.ts reads those as its sites): a town, a new town, a zone. */
const NAMES_PARKS = /(?:街道|镇|乡|新城|开发区|经开区|新区|高新区|港区)$/;

/**
 * Industrial parks right after the town, new town or zone they lie in, which the map shows: 沙渠街道电子信息产业园, 王泗镇绿色食品产业园,
 * 铁路港经开区智能装备产业园. The park is a place of its own, named in full.
 */
function parksOfPlaces(text: string, found: readonly Found[], out: Found[], shortForms: Map<string, string>): void {
	for (const f of found) {
		if (f.place === null || f.title || !NAMES_PARKS.test(f.surface)) continue;
		const park = parkAfter(text, f.end);
		// Not what the place did to become one: 简阳经济开发区成功获批省级高新技术产业园区.
		if (park && !holdsVerbWord(park.slice(0, 4)) && take(text, f.end, f.end + park.length, '', found, out) === UNKNOWN) shortForms.set(park, (out[out.length - 1].name = f.surface + park));
	}
}

/**
 * A name the document gave in full before, named again by its own part alone: 智能装备产业园项目位于弥牟镇, 5号院加装电梯 (not 15号院,
 * nor another street's: 天回镇老街12号院).
 */
function namedAgain(text: string, found: readonly Found[], shortForms: ReadonlyMap<string, string>, out: Found[]): void {
	for (const [part, name] of shortForms)
		for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length))
			if (!isDigit(text.charCodeAt(at - 1)) && !STREET_END.has(text.charCodeAt(at - 1)) && !overlapsInOrder(found, at, at + part.length) && !out.some((u) => u.start < at + part.length && at < u.end)) out.push(told(text, at, at + part.length, name));
}
const STREET_END = new Set([...'路街巷道段里村'].map((c) => c.charCodeAt(0)));

/**
 * The short name a text gives in brackets to a name read before them, which names the place again after (成都农产品中心批发市场（以下简称白家市场）
 * … 白家市场): one it says is so called (简称), or one of the same kind, ending as the name does (…批发市场（白家市场）).
 */
function abbreviated(text: string, out: readonly Found[], shortForms: Map<string, string>): void {
	for (const m of text.matchAll(ABBREVIATION)) {
		const named = out.find((u) => u.end === m.index);
		const short = m[1] ?? m[2];
		if (named && (m[1] !== undefined || (short.length < named.name!.length && short.endsWith(named.name!.slice(-2))))) shortForms.set(short, named.name!);
	}
}
const ABBREVIATION = /[（(](?:(?:以下)?简称[“"]?([\u4e00-\u9fa5]{2,10})[”"]?|([\u4e00-\u9fa5]{2,8}))[）)]/g;

/**
 * The courtyards read by their street and number (抚琴西南路5号院), which their number alone names after, and those of the same street
 * listed after them by their numbers alone (倪家桥路8号院、12号院).
 */
function courtyards(text: string, out: Found[], shortForms: Map<string, string>): void {
	for (let k = 0, n = out.length; k < n; k++) {
		const courtyard = COURTYARD.exec(out[k].name!);
		if (!courtyard) continue;
		shortForms.set(courtyard[0], out[k].name!);
		const street = out[k].name!.slice(0, courtyard.index);
		for (let at = out[k].end, next; LISTED.has(text.charCodeAt(at)) && (next = NUMBERED.exec(text.slice(at + 1, at + 8))); at += 1 + next[0].length) {
			out.push(told(text, at + 1, at + 1 + next[0].length, street + next[0]));
			shortForms.set(next[0], street + next[0]);
		}
	}
}
const LISTED = new Set([...'、和及'].map((c) => c.charCodeAt(0)));
const NUMBERED = /^\d+号院/;
/** A courtyard's number after its street: 抚琴西南路5号院. */
const COURTYARD = /(?<=[\u4e00-\u9fa5])\d+号院$/;

/** Whether a verb word (推进, 建设 …) starts anywhere in `words`: 全面推进乡… names no place. */
function holdsVerbWord(words: string): boolean {
	return firstVerb(words) !== null;
}

/**
 * A hospital by its name, the city's, the province's, West China's or a university's (成都市第五人民医院, 四川省第一中医医院, 四川省妇幼保健院,
 * 成都市公共卫生临床医疗中心, 四川大学华西天府医院, 成都医学院第一附属医院,
 * 华西医院温江院区, 华西第二医院锦江院区, 成都中医药大学附属医院温江院区; 市一医院, 省骨科医院 by the short names the city uses, not their
 * metro stations; a district's own in its text: 区人民医院, 区妇幼保健院), with its campus if named: the sites of the texts' health projects, which the names inside them give way to.
 * Not where it is a partner, not a site (与四川大学华西医院组建医联体, 由华西医院托管, 与华西医院等优质医疗资源合作).
 */
const HOSPITAL = new RegExp(
	String.raw`(?:(?:成都市|四川省)(?:第[一二三四五六七八九十]+人民医院|[\u4e00-\u9fa5]{2,10}?(?:医院|保健院|医疗中心))|四川大学华西[\u4e00-\u9fa5]{0,4}?医院|华西(?:第[一二三四五六七八九十]+)?医院|[\u4e00-\u9fa5]{2,8}?(?:大学|医学院)(?:第[一二三四五六七八九十]+)?附属(?:第[一二三四五六七八九十]+)?医院|(?<!四川|成都)(?:市(?:第[一二三四五六七八九十]+人民|[一二三四五六七八九十])|省(?![级属内外直])[\u4e00-\u9fa5]{0,4}?)医院(?!站)|(?<![各全社城片园景郊])区(?:第[一二三四五六七八九十]+人民医院|人民医院|中医医院|妇幼保健院))${CAMPUS}`,
	'g'
);
/** What a hospital's name ends with, looked for first: one look rules out most paragraphs. */
const MEDICAL = /医院|保健院|医疗中心/;
const PARTNER_BEFORE = new Set('与由同');
const PARTNER_AFTER = /^(?:[^，。；]{0,12}等优质医疗资源|组建|共建|托管|合作|专家|医生|团队|牵头)/;

/**
 * A small park or a neighbourhood centre by its name in quotes, its kind after them, as news of a neighbourhood's renewal names one
 * (“梧桐小院”口袋公园, “琴韵”小游园, “琴台”邻里中心); not a programme's slogan (“金角银边”口袋公园).
 */
function quotedParks(text: string, found: readonly Found[], out: Found[]): void {
	for (const m of text.matchAll(QUOTED_PARK)) {
		const start = m.index + 1;
		const end = start + m[1].length;
		if (!SLOGANS.has(m[1]) && !overlapsInOrder(found, start, end)) out.push(told(text, start, end, m[1] + m[2]));
	}
}
const QUOTED_PARK = /“([\u4e00-\u9fa5]{2,6})”(口袋公园|社区公园|小游园|微游园|游园|公园|绿道|邻里中心)/g;
const SLOGANS = new Set(['金角银边', '公园城市', '拆围透绿', '见缝插绿', '留白增绿']);

function hospitals(text: string, found: readonly Found[], out: Found[]): void {
	if (!MEDICAL.test(text)) return;
	for (const m of text.matchAll(HOSPITAL)) {
		// A campus read past a verb is the verb's object (支持市六医院优化院区功能): the hospital's name ends before it.
		const name = holdsVerbWord(m[0]) ? m[0].slice(0, m[0].search(MEDICAL) + MEDICAL.exec(m[0])![0].length) : m[0];
		const end = m.index + name.length;
		// (会同 is the city's own working with it, at its site: 会同成都市第六人民医院实施院内…改造.)
		if ((PARTNER_BEFORE.has(text[m.index - 1]) && !text.endsWith('会同', m.index)) || PARTNER_AFTER.test(text.slice(end, end + 16)) || holdsVerbWord(name)) continue;
		// One the gazetteer names (市八医院, 市三医院高新医院) is found already, and a district's own is the end of its full name
		// (龙泉驿区第一人民医院: its 区 is the district's).
		if (found.some((f) => f.start <= m.index && (end <= f.end || (m[0].startsWith('区') && m.index < f.end)))) continue;
		out.push(told(text, m.index, end));
	}
}

/**
 * A hospital's campus by its own name alone, as its notices call it (锦水院区, 桂湖院区); not which one (新院区, 两院区, 东院区), nor
 * one right after its hospital's name, which is read with it (成都市第八人民医院新都院区).
 */
function campuses(text: string, out: Found[]): void {
	for (const m of text.matchAll(CAMPUS_ALONE)) {
		const end = m.index + m[0].length;
		if (WHICH_CAMPUS.test(m[1]) || holdsVerbWord(m[1]) || out.some((u) => u.start < end && m.index < u.end)) continue;
		out.push(told(text, m.index, end));
	}
}
const CAMPUS_ALONE = /(?<!医院|中心)([\u4e00-\u9fa5][\u4e00-\u9fa5](?<![院学]))院区(?!域)/g;
const WHICH_CAMPUS = /[新老两各本主分该原个座所家的和及与东西南北至在到往]/;

/**
 * Metro and suburban lines by number that the gazetteer lacks (a line still being planned: 29号线一期, S9线), and national and
 * provincial roads by theirs (国道318线, 省道106线).
 */
function numberedLines(text: string, found: readonly Found[], out: Found[]): void {
	for (let end = text.indexOf('号线'); end !== -1; end = text.indexOf('号线', end + 2)) {
		const kind = numeralKind(text[end - 1]);
		let start = end;
		while (kind !== 0 && numeralKind(text[start - 1]) === kind) start--;
		if (start === end || overlapsInOrder(found, start, end + 2) || isBusLine(text, start, end + 2)) continue;
		out.push(told(text, start, end + 2));
	}
	if (text.includes('国道') || text.includes('省道') || text.includes('S') || text.includes('G')) for (const m of text.matchAll(NUMBERED_ROUTE)) if (!overlapsInOrder(found, m.index, m.index + m[0].length)) out.push(told(text, m.index, m.index + m[0].length));
}
/**
 * A national or provincial road by its number (国道318线, G350线, S402线), or a suburban line (市域铁路 S9线; not one inside a name's
 * letters: GS13线).
 */
const NUMBERED_ROUTE = /[国省]道\d{3}线|(?<![A-Za-z])(?:S\d{1,3}|G\d{2,4})线/g;

/**
 * The stations a line's course names, which a line still being built has no map of yet: 北起新都区香城大道站，西至青羊区何元门站;
 * 向东北延伸至龙潭寺东站; 新设西航港客运中心站1座. A known name the station's opens with gives way to it (龙潭寺, 西航港), as does a
 * road read by its ending (香城大道); not a kind of station (高铁站, 换乘站, 终点站, 新设停靠站1处).
 */
function courseStations(text: string, found: readonly Found[], out: Found[]): void {
	for (const m of text.matchAll(COURSE_STATION)) {
		const end = m.index + m[0].length;
		const start = end - m[1].length;
		if (NO_STATION.test(m[1]) || found.some((f) => f.start < end && f.end > start && (f.start < start || f.end >= end))) continue;
		// The town a station lies in is no part of its name: 止于十陵街道双土地站 is 十陵街道's 双土地站.
		const town = found.find((f) => f.start === start && f.end <= end - 3 && TOWN.test(f.surface));
		const from = town ? town.end : start;
		for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= from && out[k].end <= end) out.splice(k, 1);
		out.push(told(text, from, end));
	}
}
const COURSE_STATION = /(?:起于|止于|起自|[东西南北]起|[东西南北]至|延伸至|新设|增设)(?:[\u4e00-\u9fa5]{1,3}[区县市])?([\u4e00-\u9fa5]{2,7}?站)(?![\u4e00-\u9fa5])/g;
const NO_STATION = /^(?:高铁|火车|汽车|公交|地铁|客运|货运|换乘|地下|高架|终点|起点|中间|首|末|该|本|各|车|一|两|三|临时)|(?:换乘|地下|高架|终点|起点|中间|车|首|末|停靠|招呼|充电)站$/;

/**
 * Items before a known name: 跳蹬河、[府河], 跳蹬河和[府河]. The walk stops at the next known name,
 * which walks on from there itself: a list of thousands of names is read once, not once a name.
 */
function before(text: string, at: number, ending: string, found: readonly Found[], out: Found[]): void {
	let skipped = false;
	while (at > 0 && joinsList(text.charCodeAt(at - 1))) {
		const end = at - 1;
		const { start, inner } = itemBefore(text, end);
		if (end - start > MAX) return;
		const item = take(text, start, end, ending, found, out);
		if (item === KNOWN) return;
		if (item === NOT_A_PLACE) {
			// One item of another kind may stand between two of this one (简州新城、绛溪北区和空港新城).
			if (skipped || !inner) return;
			skipped = true;
		}
		at = start;
	}
}

/** Items after a known name: [兴隆湖]、白鹭湖周边…, [府河]和跳蹬河; an item ends where the ending first completes it (and the walk as before's does). */
function after(text: string, at: number, ending: string, found: readonly Found[], out: Found[]): void {
	let skipped = false;
	while (at < text.length && joinsList(text.charCodeAt(at))) {
		const start = at + 1;
		let end = -1;
		let k = start + 1;
		// An item ends where the ending first completes it, or at the 、 or 和 after it; the 等 that
		// closes a list ends its last item (三环路、二绕等道路 lists no 二绕等道路).
		for (; k <= text.length && k - start <= MAX && isHan(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) !== DENG && !joinsList(text.charCodeAt(k - 1)); k++)
			if (k - start > ending.length && text.startsWith(ending, k - ending.length)) {
				end = k;
				break;
			}
		if (end !== -1) {
			// What it is said to be is no part of its name: 规划建设的寿安站 is the 寿安站.
			const said = text.lastIndexOf('的', end - ending.length - 2);
			if (take(text, said >= start ? said + 1 : start, end, ending, found, out) !== UNKNOWN) return;
			at = end;
			continue;
		}
		// One item of another kind may stand between two of this one (空港新城、绛溪北区和简州新城).
		if (skipped || k > text.length || !joinsList(text.charCodeAt(k - 1)) || overlapsInOrder(found, start, k - 1)) return;
		skipped = true;
		at = k - 1;
	}
}

/**
 * Where the list item that ends at `end` starts, and whether another item comes before it. The
 * first item of a list starts after the verb or word that leads the list: 推进跳蹬河、….
 */
function itemBefore(text: string, end: number): { start: number; inner: boolean } {
	let start = end;
	while (start > 0 && end - start <= MAX && isHan(text.charCodeAt(start - 1))) start--;
	const inner = start > 0 && text.charCodeAt(start - 1) === PAUSE;
	if (!inner)
		for (let k = 0; k < MAX && start < end; k++) {
			const verb = leadingVerb(text, start, end) || (SPEAKER.exec(text.slice(start, end))?.[0].length ?? 0);
			if (verb) start += verb;
			else if (LEADS.has(text[start])) start++;
			else break;
		}
	// What a clause says it has is the list (主要车站有永宁站、…): the first item starts after 有.
	const has = text.lastIndexOf('有', end - 3);
	if (!inner && has >= start) start = has + 1;
	// Too long for a name: the list is led by words before its verb (今年全区重点推进了水井坊、…) or joined to another
	// (…干流堤防和紫坪铺水库、…), and the item starts after the last verb or joining word.
	if (!inner && end - start > MAX) {
		let after = start;
		for (let k = start; k < end; k++) {
			if (joinsList(text.charCodeAt(k))) after = k + 1;
			const verb = leadingVerb(text, k, end);
			if (verb) {
				after = k + verb;
				k += verb - 1;
			}
		}
		while (after > start && after < end && LEADS.has(text[after])) after++;
		start = after;
	}
	return { start, inner };
}

/** The verb that leads an item from `at`, if any: none where it names a street (建设路站, 建设南支路: a street may be named by a verb alone). */
function leadingVerb(text: string, at: number, end: number): number {
	const verb = verbRunAt(text, at, end);
	return verb && STREET_NAMED.test(text.slice(at + verb, at + verb + 3)) ? 0 : verb;
}
/** What follows a verb that names a street: its ending, after a direction or a branch at most (建设路, 建设北路, 建设南支路). */
const STREET_NAMED = /^[东西南北中]?支?[路街巷]/;

/** What an item of a list turned out to be. */
const NOT_A_PLACE = 0;
const UNKNOWN = 1;
const KNOWN = 2;

/**
 * Records text[start, end) as an unknown place if it reads as one (ending as given: '' for any):
 * UNKNOWN; KNOWN if a name found is in it (the item is the geoparser's); NOT_A_PLACE otherwise.
 */
function take(text: string, start: number, end: number, ending: string, found: readonly Found[], out: Found[]): number {
	const surface = text.slice(start, end);
	if (surface.length <= ending.length || !surface.endsWith(ending) || GENERIC.test(surface)) return NOT_A_PLACE;
	for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i))) return NOT_A_PLACE;
	if (overlapsInOrder(found, start, end)) return KNOWN;
	out.push(told(text, start, end));
	return UNKNOWN;
}

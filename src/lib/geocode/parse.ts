// The geoparser: every gazetteer name in a normalized text, resolved in context to one place.
// Longest match first (锦江公园 before 锦江, 天府新区 before 天府); the rules below settle what a
// match means where a name alone cannot.
import { booleanPointInPolygon, coordAll } from '@turf/turf';
import { PairSet, UnitSet } from '../text/bits';
import { FULL_NAME, hasOffices } from '../text/scope';
import { isHan, joinsList, numeralKind } from '../text/units';
import { AhoCorasick, type Hit } from './aho';
import type { PlaceKind } from '../types';
import type { Gazetteer, GazetteerPlace, NameEntry } from './gazetteer';

export interface Found {
	start: number;
	end: number;
	surface: string;
	/** The place meant, or null for a name the gazetteer knows but cannot locate. */
	place: string | null;
	/** Inside an official's title or an office (锦江区委书记): a mention, never a commitment. */
	title: boolean;
	/**
	 * Only the name of an office or a company (锦江区商务局, 青白江区人民政府办公室): no mention at all, but kept, as a
	 * title is, for what it tells of the words around it (我局将会同东部新区管委会、龙泉驿区… names partners).
	 */
	body?: boolean;
	/** A name the gazetteer lacks, read as a place from its neighbours in a list or its form (atlas/unknown.ts). */
	unknown?: boolean;
	/** The gazetteer's name of an unlocated place the text writes in part or by an alias: 久隆水库 for 久隆 in 久隆、三坝水库, 成都绕城高速公路 for 绕城高速. */
	name?: string;
	/** A site the gazetteer lacks, named after the place it is shown at (崇州国家现代农业产业园 at 崇州市): its name. */
	site?: string;
}

/**
 * A bureau by its name, up to `most` characters before its 局 (新都区公园城市局); not the words 局 ends (布局, 格局, 大局, 开局) or begins
 * (局面, 局势), nor a town and the district's bureau it works with (九江街道会同区水务局, 西航港街道和区水务局: the town is where they work).
 */
const bureau = (most: number) => String.raw`(?:(?!和[区县]|会同|联合|[与及、])[\u4e00-\u9fa5]){0,${most}}?(?<![布格大全结开破变])(?<!创新|开新|打新)局(?![面势地部限])`;
/** The group that leads a place's work: 郫都区乡村振兴工作领导小组, 成都医学城建设领导小组. */
const LEADING_GROUP = String.raw`[\u4e00-\u9fa5]{0,8}?领导小组`;
/** A head of a district, a county, a city, a town or a township, or a deputy, in charge of a field or not: 区长, 分管副县长, 常务副市长, 副镇长. */
const HEAD = '(?:分管|常务)?副?[区县市镇乡]长';
/**
 * What follows a district in an office or title: 锦江区委书记, 青羊区人民政府, 新都区公园城市局, 天府新区党工委, 四川天府新区成都
 * 直管区管委会, 天府新区成都管委会, a congress's delegation or its deputies (龙泉驿区代表团, 青白江区代表提出的), a party's or a congress's numbered body (中国共产党简阳市第十四届委员会), 锦江交警大队 (锦江大队 in a notice of the traffic police), 成华区房屋征收与补偿管理办公室, 锦江区河长办 (青白江区河长制办公室), 郫都区乡村振兴工作领导小组; a district's
 * news account, by its name alone (锦江发布　2025年05月22日, 郫都发布公众号).
 */
const OFFICE = new RegExp(String.raw`^(?:(?:成都)?(?:直管区)?(?=管委会|党工委|管理委员会))?(?:(?:主要|相关|有关)?负责(?:同志|人)|第[一二三四五六七八九十]{1,3}届|委|党工委|党委|工委|管委会|${HEAD}|(?:街道)?办事处|街道办|(?:交警|交管)(?:[大支中]队)?|(?:公安|消防(?:救援)?|城管)?[大支中]队|(?:成都)?管理委员会|人民政府|政府|人大|政协|纪委|监委|法院|人民法院|检察院|人民检察院|融媒体中心|发布(?=$|[\s　]|公众号|微信|客户端)|代表团|代表(?=[提反建关的们])|分中心|(?:(?![还也已将由了的在对向把])[\u4e00-\u9fa5]){0,8}?主管部门|分所|分公司|支行|分行|[\u4e00-\u9fa5]{0,8}?(?:居民委员会|村民委员会)|${bureau(12)}|[\u4e00-\u9fa5]{0,12}?管理办公室|(?:排水|环卫|市政(?:设施)?|河道|园林绿化|绿化|公园|水利|林业|房产|物业)管理(?:站|所|处)|河湖?长(?:制)?(?:工作)?办(?:公室)?|${LEADING_GROUP})`);
/** A bus route's number after the district it is named after: 郫都26路, 龙泉驿18路, 龙泉快线1路. */
const BUS_ROUTE = /^(?:快线|专线)?\d{1,3}路/;
/** Offices that are a person's: 龙泉驿区区长, 弥牟镇镇长, 青白江区相关负责人, 万春镇负责同志, 青白江区代表. */
const HOLDER_OFFICE = new RegExp(`^(?:代表|${HEAD}|(?:主要|相关|有关)?负责(?:同志|人))$`);
/**
 * A person's title after an office (锦江区委书记, 青羊区委常委, 东部新区管委会主任, 新都区政府副区长), or the report a government
 * gives of its place (邛崃市政府工作报告): the place's name is a title's, not an office's.
 */
const HOLDER = /^(?:党组|党工委|党委)?(?:副?书记|常委|副?主任|副?区长|副?县长|副?市长|副?镇长|副?乡长|副?局长|委员(?!会)|主要负责(?:同志|人)|主要领导)|^工作报告/;
/** A place's label before its officials (唐昌镇：党委书记王雪梅——柏条河), which names their office as 唐昌镇党委书记 does. */
const HOLDER_LABELLED = /^[：:](?=(?:党组|党工委|党委)?(?:副?书记|副?主任|副?区长|副?县长|副?市长|副?镇长|副?乡长|镇长|乡长))/;
/** Whether a person's title (see HOLDER) follows the office that ends at `at`. */
const heldAfter = (text: string, at: number) => HOLDER.test(text.slice(at, at + 6));
/**
 * A zone, which has a committee or an office of its own: 铁路港经开区管委会, 天府国际空港综合保税区管理委员会, 天府新区成都直管区管委会,
 * 成都科学城管理局, 天府总部商务区管理局, 淮州新城管委会, 航空经济区管委会, its bureaus (成都国际铁路港经开区投资服务局) and the group that
 * leads its building (成都医学城建设领导小组).
 */
const ZONE = /(?:开发区|经开区|新区|直管区|高新区|园区|功能区|示范区|保税区|港区|科学城|商务区|经济区|新城|生物城|医学城)$/;
const ZONE_OFFICE = new RegExp(String.raw`^(?:管委会|管理委员会|党工委|工委|管理局|${LEADING_GROUP}|${bureau(8)})`);
/** The name of the station a name alone names: 石门坎站 for 石门坎 (石门坎站 for itself). */
export const stationName = (name: string) => (name.endsWith('站') ? name : `${name}站`);
/** A town (街道, 镇, 乡) has offices of its own, as a district has: 弥牟镇党委书记, 保和街道办事处. */
export const TOWN = /(?:街道|镇|乡)$/;
/** The stem of a town's name: 大弯 of 大弯街道, 福洪 of 福洪镇. */
const TOWN_STEM = /^(.{2,})(?<!古)(?:街道|镇|乡)$/;
/** The bar or the blank between a line's cell (8号线二期) and the next, of its ends. */
const LINE_CELL = /^(?:[一二三四五六七八九十]期(?:工程)?)?\s*[｜|\t　]\s*/;
/** The ends of a line's stretch, by their stations' names: 十里店—龙潭寺, 红莲—眉山东. */
const ENDS_PAIR = /^([\u4e00-\u9fa5\d]{2,10})[—－–-]([\u4e00-\u9fa5\d]{2,10})(?=$|[、｜|\s])/;
/** What joins two towns named by their stems: 大弯—大同, 清泉、福洪, 弥牟至城厢, 大丰和军屯. */
const STEM_JOINS = '、—至和与及';
const STRETCH = 0x6bb5; // 段
/** A station's name with its mode after it: 春熙路地铁站. */
const MODE_STATION = '地铁站';
/** What follows any place in the name of a laboratory, which is an institution (天府兴隆湖实验室, 天府锦城实验室), not a site. */
const LAB = /^实验室/;
/**
 * What follows a district in the name of a company it owns (成都成华城市建设投资有限责任公司, 成华文旅集团; 锦江宾馆有限责任公司 is the
 * hotel's), of a family farm or a cooperative registered there (成都市龙泉驿区桃源水蜜桃种植家庭农场, …专业合作社; not the district's
 * farms: 龙泉驿区新增家庭农场20家), or in the number of a
 * document its office issues (成华府办发〔2025〕7号).
 */
const COMPANY = /^[\u4e00-\u9fa5]{0,8}?(?:有限公司|有限责任公司|集团(?!化)|[\u4e00-\u9fa5]{0,4}(?=〔(?:19|20)\d\d〕))|^(?![\u4e00-\u9fa5]{0,3}(?:新增|培育|发展|建成|建设|创建|认定|引进|扶持|打造|共有|拥有|现有|示范|各类|[有的等]))[\u4e00-\u9fa5]{2,10}?(?:家庭农场|(?:农民)?专业合作社)/;
/**
 * The part a speech pledges a district will play (贡献新都力量, 展现香城担当, 贡献成华智慧): the district's, and no commitment
 * (records.ts); not a smart upgrade (天府大道智慧化改造).
 */
const PLEDGES = '力量|担当|篇章|样板|智慧(?![\\u4e00-\\u9fa5])|故事';
export const PLEDGED = new RegExp(`^(?:${PLEDGES})`);

/**
 * Words that let a bare short form (青羊, 新都) stand for its district: 青羊还将…, 与郫都协作, 成华北部,
 * 成华又该如何, 成华曾是…, 成华这些新街区, 成华“夜经济”, 新都人, 新都境内, 新都建县已有…, 新都至铁路港, 新都端, 新都携手, a label's 新都：, a speech's 贡献新都力量, 谱写香城篇章, and the verbs a district is the subject of
 * (支持彭州建设…, 推动新津加快融入…).
 */
const DISTRICT_FOLLOW = new RegExp(
	`^(?:将|还|要|在|是|的|又|也|曾|正|已|这|“|[东西南北]部|人|站稳|站在|作为|全区|区域|片区|段|端|城区|老城|协作|合作|协同|联动|携手|共建|一体化|同城化|建设|打造|加快|推进|推动|融入|实施|构建|创建|争创|全力|着力|大力|${PLEDGES}|经验|境内|全境|辖区|建县|建区|至(?![今少多此])|，|。|；|[：:](?!\\d))`
);
/**
 * A place the district holds, named right after it, that the gazetteer lacks: 大邑西岭雪山,
 * 简阳临空经济产业园, 青白江自贸区 (one it has, 新津天府农博园, is seen by the match that follows).
 */
const HOLDS_PLACE = /^[\u4e00-\u9fa5]{0,4}?(?:古镇|街道|景区|新城|产业园|产业城|园区|经济区|开发区|功能区|示范区|合作区|自贸区|自贸试验区|保税区|科技城|医学城|生物城|影视城|大学城|体育中心|体育场|体育馆|湿地|公园|雪山|山|湖|镇)/;
/**
 * Short forms that are no other word, so stand for their district wherever they stand: 郫都这份攻略,
 * “郫都样板”. 新都 (新都市), 金牛 (金牛奖), 成华, 武侯 (武侯祠), 青羊 (青羊宫) and 香城 are other words
 * too, and need the words around them.
 */
const ONLY_A_NAME = new Set(['郫都', '彭州', '邛崃', '崇州', '蒲江', '大邑', '简阳', '青白江', '龙泉驿', '双流', '新津', '温江', '金堂']);
/**
 * A label in 【】 alone: a round-up's 【金牛】, 【成华】 heads the news of that district; so does a name alone in brackets after another's,
 * which says whose that place is: 石板滩新城（新都）.
 */
function bracketed(text: string, start: number, end: number): boolean {
	const open = text.charCodeAt(start - 1);
	const close = text.charCodeAt(end);
	return (open === 0x3010 && close === 0x3011) || (((open === 0xff08 && close === 0xff09) || (open === 0x28 && close === 0x29)) && isHan(text.charCodeAt(start - 2)));
}

/** The kinds whose short forms only the words around them make names (resolve), wherever their full names stood. */
const SHORT_BY_RULE = new Set<PlaceKind>(['district', 'line']);
/** A programme named after a place: 医学城英才计划, “成华英才”引育工程, 郫都人才计划. */
const PROGRAMME = /^(?:英才|人才计划)/;
/**
 * A chain's branch is named after where it stands (四川太极大药房连锁有限公司简阳建设中路店, …公司春熙路店): the shop's name, its address
 * told apart. What runs between the firm and 店 names no work (…公司将在春熙路建设酒店).
 */
const BRANCH_FIRM = /(?:公司|药房|药店)[^\s，。；：:、|｜在将于拟的]{0,6}$/;
const BRANCH_END = /^[^\s，。；：:、|｜在将于拟的]{0,6}?店(?![铺面址内])/;
/** A village's collective, named after it and its town (唐昌街道战旗村股份经济合作联合社): a body, as a company is, its land told apart. */
const COLLECTIVE = /^[\u4e00-\u9fa5]{0,8}?(?:股份)?经济合作(?:联合)?社/;
/** Whether the name from `start` to `end` is inside a chain's branch's name or a village collective's. */
function inBodyName(text: string, start: number, end: number): boolean {
	return (BRANCH_FIRM.test(text.slice(Math.max(0, start - 12), start)) && BRANCH_END.test(text.slice(end, end + 8))) || COLLECTIVE.test(text.slice(end, end + 16));
}
/** Whether a name stands alone in quotes: “北改”, 「中优」. */
function aloneInQuotes(text: string, start: number, end: number): boolean {
	const open = text.charCodeAt(start - 1);
	const close = text.charCodeAt(end);
	return (open === 0x201c && close === 0x201d) || (open === 0x300c && close === 0x300d) || (open === 0x22 && close === 0x22);
}

/** What before a bare short form makes it its district: a speaker's own (咱们新都, 我们成华), or where things go on (在新都开行专列, 从新都装车). */
const LEADS_DISTRICT = /(?:咱们|我们|在|从|赴|到|来到|落户|扎根)$/;
/** A short form inside a list or a route: 蓉北、西博城, 青白江至镇江关. */
const LIST_FOLLOW = /^(?:、|和|与|及|等|至|到|—)/;
/**
 * What makes a two-character river name (沙河, 中河) a river: 沙河流域, 沙河综合治理, 沙河西岸, 沙河北湖段,
 * 沙河洞子口至北湖段, 西河（崇州段）, 沙河交汇口, 沙河滨河绿道, 沙河滨水空间, 沙河流经片区东侧, 沙河出境断面,
 * 毗河跨界水质, 沙河河岸, 沙河“水岸经济”, 沙河边, 沙河水面, 沙河中下游, 与沙河之间, 沙河汛期, 沙河古称, 西河左岸, 西河灌区 (集中河道 holds no 中河),
 * 沙河段, 沙河堤岸, 沙河区级河长, 沙河（成华区境内）; or a sentence about it: 沙河是…, 沙河属城市行洪河道, 沙河由此成为…;
 * or water that flows into it, a walk along it, a bridge or a tunnel across it (新建排口接入沙河, 沿着沙河走一走, 改建跨西河漫水桥).
 */
const RIVER_FOLLOW =
	/^(?:流域|沿岸|沿线|两岸|岸线|[东西南北左右]岸|灌区|[\u4e00-\u9fa5]{1,5}段|[\u4e00-\u9fa5]{1,6}至[\u4e00-\u9fa5]{1,6}段|[（(][\u4e00-\u9fa5]{1,4}段[）)]|[（(][\u4e00-\u9fa5]{1,8}境内[）)]|段(?=[滨沿堤河绿步水])|堤岸|堤防|河堤|(?:区级|市级)?河长|是|由此|属|源头|滨河|滨水|“?水岸|河岸|跨界|流经|出境断面|断面|水系|水环境|水生态|水质|水面|河面|河道|干流|支流|上游|中游|下游|中下游|中上游|边|畔|之间|汛期|古称|综合治理|综合整治|治理|整治|交汇|汇合|分水|生态|绿道|湿地|公园)/;
/** A river's monitoring section named after the town it is at: 锦江黄龙溪断面, 黄龙溪出境断面. */
const WATER_SECTION = /^(?:出境|国控|省控|国考|省考)?断面/;
const RIVER_BEFORE = /(?:接入|汇入|流入|注入|排入|引入|沿着?|跨越?|横跨|下穿)$/;
/** What begins another river's name around a river's: 白沙河 (都江堰), 黑沙河 are not 沙河. */
const OTHER_RIVER = new Set([...'白黑小大金清'].map((c) => c.charCodeAt(0)));
const COLOUR = new Set([...'白黑'].map((c) => c.charCodeAt(0)));
/**
 * Words a name's last characters begin, which make it no place: 天府公园城市 is the planning idea
 * 公园城市, not 天府公园 (a full name before 城市 still is the park: 龙泉山城市森林公园城市“绿心”);
 * 拓宽工业渠道 digs no 工业渠; 大源站点 is a site, not 大源站; 龙泉驿站稳…基本盘 stands firm (站稳,
 * 站在, 站位, 站上新台阶), and is 龙泉驿 (火车南站位列…, 火车南站位于… are the station); 复兴乡村 revives the
 * countryside, not 复兴乡; 集中优势 holds no 中优.
 */
const WORDS_RUN_INTO: { ending: string; next: RegExp; longest: number }[] = [
	{ ending: '公园', next: /^城市/, longest: 4 },
	{ ending: '渠', next: /^道/, longest: Infinity },
	{ ending: '站', next: /^(?:点|稳|在|位(?![列于居])|上新)/, longest: Infinity },
	{ ending: '乡', next: /^村/, longest: Infinity },
	// A quarter named after its river: 沙河堡.
	{ ending: '河', next: /^堡/, longest: Infinity },
	// The regions' short names run into the words their second character begins: 集中优势, 向南拓展, 南北改造, 西控制.
	{ ending: '优', next: /^[势化秀良质先]/, longest: 2 },
	{ ending: '拓', next: /^[展宽]/, longest: 2 },
	{ ending: '改', next: /^[造革善变进]/, longest: 2 },
	{ ending: '控', next: /^制/, longest: 2 }
];

/** What of WORDS_RUN_INTO a name's ending may run into. */
function wordsRunInto(name: string): RegExp[] {
	return WORDS_RUN_INTO.filter((w) => name.length <= w.longest && name.endsWith(w.ending)).map((w) => w.next);
}

function runsIntoWord(words: readonly RegExp[], text: string, end: number): boolean {
	return words.length > 0 && words.some((next) => next.test(text.slice(end, end + 2)));
}

/**
 * A street's ending right after a place's name makes the two a street named after the place: 金沙北路, 二仙桥东路,
 * 九里堤中路, 沙湾路, and one with a hill, a weir or a bridge between (邛崃山北路, 龙泉堰路, 府河桥东路); so does a village's (寿安街道岷江村).
 * The place is not the one meant; the street or village is
 * read by its ending (atlas/endings.ts). A bare 街 after a name is its 街道 or 街头, no street; 郫都村民 are the district's. A street
 * after a town's full name lies in the town (临邛街道西街社区).
 */
const STREET_AFTER = /^(?:[东西南北中][一二三四五]?支?(?:路|街|巷)|路(?![线径网面段])|大道|大街|巷(?!子)|村(?![民委组级社庄落镇集干部两务])|[山堰湖桥塘坝](?:[东西南北中]?路(?![线径网面段])|[东西南北中]?街(?![道头])))/;
const STREET_NAME = /(?:路|街|巷|大道|线)$/;

function namesStreet(name: string, text: string, end: number): boolean {
	return !STREET_NAME.test(name) && !TOWN.test(name) && STREET_AFTER.test(text.slice(end, end + 3));
}

/** What a tour or a series of games calls its stop in a city: 全国巡展成都站, 巡回赛成都站, 巡回演唱会成都站, “…演唱会”成都站. */
const LEG_OF = /(?:巡展|巡演|巡回赛|巡回|大赛|联赛|系列赛|赛事|活动|之旅|演唱会|音乐会|公开赛|锦标赛|大奖赛)[”"」』]?$/;

function legOfTour(name: string, text: string, start: number): boolean {
	return name.endsWith('站') && LEG_OF.test(text.slice(Math.max(0, start - 4), start));
}

/** A numeral of the same kind before a name that starts with one: 29号线 holds no 9号线, 二十九号线 no 十九号线. */
function continuesNumber(name: string, text: string, start: number): boolean {
	const kind = numeralKind(name[0]);
	return kind !== 0 && numeralKind(text[start - 1]) === kind;
}

/**
 * Characters that end a word with a short name's first one, which make the name no place: 科技创新都要
 * (创新), 建成华西医院 (建成), 资金堂 (资金). Only short forms: a full name (新都区) is never read so.
 */
const WORD_BEFORE: Record<string, string> = {
	新: '创更革焕翻全崭最重刷',
	成: '建完形促构达组集生变落合做养赞',
	金: '资基黄现奖租',
	温: '气体高保低'
};

function endsWordBefore(name: string, text: string, start: number): boolean {
	return start > 0 && (WORD_BEFORE[name[0]]?.includes(text[start - 1]) ?? false);
}

/**
 * Names that also say what a district aims to be, after a word ending in 化 or 型: 建设国际化中心城区
 * is 青羊区's goal, not the central districts. A verb in 化 acts on them instead: 优化中心城区功能.
 */
const ALSO_A_GOAL = new Set(['中心城区', '主城区']);
const VERB_IN_HUA = '优强深美绿净亮细活转';

function namesAGoal(name: string, text: string, start: number): boolean {
	if (!ALSO_A_GOAL.has(name)) return false;
	const before = text[start - 1];
	return before === '型' || (before === '化' && !VERB_IN_HUA.includes(text[start - 2]));
}

/** A line by its number: 27号线, 二十七号线, S3线. */
const NUMBERED_LINE = /(?:号|\d)线$/;
/** Rail words that make 成兰, 西成 the names of lines. */
const RAIL_NEAR = /高铁|铁路|动车|线路|列车/;
/** What a brand of freight train puts before the cities it runs for: 中欧班列（成渝）. */
const BRAND_TRAIN = /班列[（(]?$/;
/** 、, the enumeration comma between coordinated names. */
const PAUSE = 0x3001;
const CAR = 0x8f66; // 车
const GE = 0x4e2a; // 个
const ZUO = 0x5ea7; // 座
const POINT = 0x70b9; // 点
const DENG = 0x7b49;
/**
 * Whether the numbered line [start, end) is a bus route's (夜游专线1号线, 公交1号线, 观光巴士2号线, 机场大巴7号线, 园区通勤1号线), not the metro's: so are the lines listed
 * after one (夜游专线1号线、2号线、3号线), and a route that stands in for a line, named after it (2号线接驳专线1).
 */
export function isBusLine(text: string, start: number, end: number): boolean {
	if (BUS_NAMED_AFTER.test(text.slice(end, end + 4))) return true;
	let at = start;
	for (let m; text.charCodeAt(at - 1) === 0x3001 /* 、 */ && (m = LISTED_LINE.exec(text.slice(Math.max(0, at - 6), at - 1))); ) at -= 1 + m[0].length;
	return BUS_LINE.test(text.slice(Math.max(0, at - 3), at));
}
const BUS_LINE = /(?:专线|公交|巴士|大巴|观光|接驳|定制|微循环|通勤)$/;
/** What follows a line's name in the name of a bus route that stands in for it: 2号线接驳专线1, 30号线接驳公交. */
const BUS_NAMED_AFTER = /^(?:接驳)?(?:专线|公交|巴士|摆渡)/;
const LISTED_LINE = /\d{1,2}号线$/;
/** What ends a list of stations before its 站点, 车站 or 站: 等, 等5个, 等五个, 5座 (…火车北站5座车站). */
const STATIONS_COUNTED = /(?:等(?:\d+|[一二两三四五六七八九十]+)?|(?:\d+|[一二两三四五六七八九十]+)(?=[个座]))[个座]?$/;
/** A community after a place's name (桂湖社区), not what a community has (社区综合体, 社区服务) nor an office's work (社区治理和社事局, 社区发展治理). */
const COMMUNITY_AFTER = '社区(?![综服卫食商医养文体公巴]|(?:发展)?治理)';
/**
 * What a place lends its name to, by its kind: 清水河校区, 锦江大道, 肖家河中街, 杨柳河大桥, 龙泉山1号隧道, 锦江宾馆 and 青城山镇 are not the river or
 * the mountain, 武侯大道 is not the district, and 天府机场高速 is a road, not the airport.
 */
const NAMED_AFTER_NATURE = new RegExp(`^(?:校区|大道|大街|[东西南北中]?路|街道|[东西南北中]?街|小区|${COMMUNITY_AFTER}|村|镇|乡|站|大桥|(?:\\d+号)?隧道|中学|小学|大学|医院|宾馆|饭店|酒店|集团|公司)`);
/** A road, a street or a station after a place's name, as the namesakes below read them (文殊院街, 淮州南站; not the 站北社区 of 驷马桥街道站北社区, nor the 站北东街 of 成华区站北东街). */
const ROAD_AFTER = '大道|大街|[东西南北中]?路(?![径线子演网口面段])|[东西南北中正]?街(?![道区巷头景坊])';
const ROAD_NAMESAKE = new RegExp(`^(?:${ROAD_AFTER})$`);
const STATION_AFTER = '站(?![在稳上位点]|[东西南北前后]{1,2}(?:社区|路|街|巷|小区|村))';
/** A hospital's campus by its name, after the hospital's (东部新区院区, not the 新院区 a text builds). */
export const CAMPUS = '(?:(?!新院区)[\\u4e00-\\u9fa5]{1,6}?院区)?';
/**
 * A district's hospital by its kind, with its campus if named: 人民医院, 第二人民医院, 中医医院, 妇幼保健院, 妇女儿童医院, 医疗中心医院,
 * 卫生院; 人民医院东部新区院区 (a 新院区 is the hospital's new site, not a campus's name).
 */
const HOSPITAL = `(?:(?:第[一二三四五六七八九十]+)?人民医院|中医医?院|妇幼保健院|(?:妇女)?儿童医院|医疗中心医院|卫生院)${CAMPUS}`;
const NAMESAKE: Partial<Record<PlaceKind, RegExp>> = {
	river: NAMED_AFTER_NATURE,
	mountain: NAMED_AFTER_NATURE,
	// 武侯大道, 成华大道: a road through the district, not the district (探索郫都路径 is its way); 蒲江河,
	// 金堂峡, 金牛坝, 温江站, 郫县西站, 邛崃山路: a river, a gorge, a place, a station or a mountain named after it (温江区河长制,
	// 河道, 龙泉驿区山泉镇 stay the district's), its own hospital (金牛区人民医院新院区, 温江区妇幼保健院), or a community named like its short form (甘溪镇龙泉社区;
	// 成华区社区养老服务综合体, 龙泉驿区社区巴士 are the district's), or an expressway's service area (龙泉服务区, 新津服务区; not 服务区域).
	district: new RegExp(`^(?:大道|大街|[东西南北中]?路(?![径线子演])|街(?![道区巷])|河(?![长道段])|峡|坝|山(?=路|脉|[，。、；])|(?:[东西南北]|客运|汽车)?${STATION_AFTER}|服务区(?!域)|${HOSPITAL}|${COMMUNITY_AFTER})`),
	// 北湖大道, 宝光寺路: roads named after a park, a lake or a temple (路网, 路口 stay the place's), a
	// school's campus (石室北湖校区), and a station the gazetteer does not know (北湖站; 站在 stands, 站点 is a site).
	landmark: new RegExp(`^(?:${ROAD_AFTER}|校区|(?:车|客运|[东西南北])?${STATION_AFTER}|${COMMUNITY_AFTER})`),
	// 科学城中路, 石板滩站, 营门口立交: a road, a station or an interchange named after a new town or a town; a community named after
	// a park, a temple or an area (桂湖社区, 大慈寺社区); a functional area's hospital (天府新区第二人民医院).
	area: new RegExp(`^(?:${ROAD_AFTER}|(?:客运|[东西南北])?${STATION_AFTER}|立交(?!桥)|${COMMUNITY_AFTER}|${HOSPITAL})`),
	hub: /^(?:高速(?:公路)?(?!发展|增长|运转)|快速路)/,
	// 甘孜县, 阿坝县: a county named after its prefecture (甘孜, 阿坝), not the prefecture.
	outside: /^县/
};
/**
 * An industrial park's name after the name of the place it lies in: 武侯电商产业功能区, 沙渠街道电子信息产业园; not a kind of park the place
 * has (重点产业功能区, 两个产业园), nor a list of its parts, nor what the place works on or holds there (新津区围绕天府智能制造产业园, 新津区举行…).
 */
const INDUSTRY_PARK = String.raw`(?!重点|主导|特色|优势|各类|相关|主要|所有|全部|多个|[一二三四五六七八九十两]个)(?:(?![等和与及的在街镇乡村将把对为以向]|围绕|依托|推进|推动|建设|打造|加快|聚焦|支持|发展|做强|培育|布局|引进|落地|入驻|举行|举办|召开|参观|考察|调研|走进)[\u4e00-\u9fa5]){2,10}?产业(?:功能区|开发园|园区?)`;
/**
 * What makes a site of a district's name (a park, a zone, a works): 崇州国家现代农业产业园, 崇州经济开发区, 武侯电商产业功能区, 青白江高性能纤维材料产业功能区,
 * 简阳临空经济产业园, 双流航空经济区, 双流体育中心, 新津中学, 武侯新城, 武侯立交, 崇州文庙, its heritage (…of a clan: 温江区罗氏宗祠),
 * 天府新区第一污水处理厂 (an industrial park as
 * INDUSTRY_PARK reads it: not 成华区重点产业功能区, nor 锦江区柳江街道等城市更新和产业功能区).
 */
const PARK_AFTER = new RegExp(`^${INDUSTRY_PARK}`);
/**
 * The name of an industrial park right after a place's at `at` (INDUSTRY_PARK), or null. Asked after every 成都 and every town:
 * most have no 产业 after them.
 */
export function parkAfter(text: string, at: number): string | null {
	const next = text.slice(at, at + 14);
	return next.includes('产业') ? (PARK_AFTER.exec(next)?.[0] ?? null) : null;
}

/** A place the gazetteer lacks, told by its name as written or by the name it is known by (fullName). */
export function told(text: string, start: number, end: number, name = text.slice(start, end)): Found {
	return { start, end, surface: text.slice(start, end), place: null, title: false, unknown: true, name };
}
/**
 * What names a heritage site after a place (合江亭遗址, 崇州文庙, 温江区罗氏宗祠); the endings read the sites named
 * otherwise (国营红光电子管厂旧址). Not a site's park, museum or area (金沙遗址公园, 遗址博物馆, 遗址区), nor a street named after one
 * (书院街, 文庙街).
 */
export const HERITAGE = ['遗址', '旧址', '墓群', '宗祠', '书院', '文庙', '武庙', '会馆', '公馆', '民居群', '摩崖造像', '字库塔'];
const GOES_ON = '公园|博物馆|片区|区|社区|群落|[街路巷]';
/** What goes on from a heritage word into another place's name: 遗址公园, 遗址博物馆, 遗址区, 书院街. */
export const HERITAGE_GOES_ON = new RegExp(`^(?:${GOES_ON})`);
const HERITAGE_AFTER = `(?:${HERITAGE.join('|')})(?!${GOES_ON})`;
/** …after a landmark, an area or a mountain, or its era or kind between (宽巷子清代民居群, 天回山崖墓群; not 安仁古镇看公馆)… */
const HERITAGE_SITE = new RegExp(`^(?:[清明唐宋元汉]代|古|崖)?${HERITAGE_AFTER}`);
const HERITAGE_KINDS = new Set<PlaceKind>(['landmark', 'area', 'mountain']);
/** The kinds of school a name ends in. */
const SCHOOLS = '小学|初级中学|高级中学|中学|学校';
/** The end of the name of a school of one of `kinds`, its kind or number before it: 实验小学, 第二初级中学. */
const schoolEnd = (kinds: string) => String.raw`(?:实验|外国语)?(?:第[一二三四五六七八九十]+)?(?:${kinds})`;
/**
 * A school by its own name after its district's, as a list of schools names them (金牛区天回学校, 锦江区红砂幼儿园, 青羊区文家实验中学); not the
 * kinds of school a plan builds or opens (金牛区新建学校, 温江区新开办学校, 锦江区公办幼儿园, 新都区九年一贯制学校), nor the work on them (双流区加快公办幼儿园建设), nor a sentence's words
 * (成华区将新建学校3所), nor another district's (武侯区和双流区小学; 成华区保和初级中学 is 保和's).
 */
const NAMED_SCHOOL = String.raw`(?!新建|新增|新开办|开办|新开|改扩建|扩建|改建|迁建|加快|推进|推动|建设|建成|支持|实施|启动|公办|民办|普惠|一批|各类|多所|全部|所有|现有|义务|九年|十二年|寄宿|优质|城区|农村|乡村|配套|重点|示范|中小|中心|区属|直属|属地|辖区|全区|本区)(?![和与及])(?:(?![将要已拟再还也把对在为的与及等])[一-龥]){2,4}?${schoolEnd(`${SCHOOLS}|幼儿园`)}(?![生校段部门内外])`;
const SITE = new RegExp(
	String.raw`^(?:(?:国家)?现代农业(?:产业)?园区?|经济(?:技术)?开发区|经开区|${INDUSTRY_PARK}|(?:航空|临空)经济区|体育(?:中心|场|馆)(?![内外])|[第一二三四五六七八九十]*(?:中学|小学)(?![生校段部])|${NAMED_SCHOOL}|新城(?![区市])|立交(?!桥)|(?:第[一二三四五六七八九十]+)?(?:污水处理|再生水(?:处理)?|净水)厂|(?:[一-龥]氏)?${HERITAGE_AFTER})`
);
/**
 * A greenway or a park named after a river or a mountain: 走马河绿道, 柏条河生态绿道, 桤木河湿地公园, 江安河体育公园, 龙门山森林绿道, its riverside
 * park (江安河滨河公园, 沱江滨江公园; annotators 21:22 between the park and the river it is shown along). Its riverside greenway is
 * the river's (杨柳河滨河绿道).
 */
const NATURE_SITE = /^(?:(?:生态|湿地|森林|体育)?(?:绿道|公园)|滨[河江]公园)(?![城体建管服])/;
const NATURE = new Set<PlaceKind>(['river', 'mountain']);
/**
 * A school, a clinic, a market or a park named after a town or an area, shown there: 西航港实验小学, 西航港第二初级中学, 绛溪北高级中学,
 * 红光街道社区卫生服务中心, 玉林菜市场, 新川之心公园 (not a school's pupils, campus or grade: 小学生, 小学部; nor a kind of park: 口袋公园; nor
 * parks counted: 新川两个公园).
 */
const TOWN_SITE = new RegExp(
	String.raw`^(?:${schoolEnd(SCHOOLS)}(?![生校段部])|社区卫生服务(?:中心|站)|卫生院|菜市场|农贸市场|(?!口袋|社区|城市|主题|街头|片区|周边|一批|新建|新增|建设|推进|主要|人均|多个|[一二两三四五六七八九十几\d]+[个座处])(?:(?![将在已的和与及])[\u4e00-\u9fa5]){1,4}?公园(?![城体建管服]))`
);
/** A town's or an area's name as a kind of place, not a name of its own: 黄甲街道, 正兴片区. */
const TOWN_WORD = /(?:街道|镇|乡|片区)$/;
/**
 * Namesakes that are places of their own, which no map here shows: a station, a service area, a bridge, a tunnel, a community, a hospital, an
 * expressway named after a hub (天府国际机场高速: too long a name for a road's ending to read).
 */
const TOLD_APART = new RegExp(`^(?:(?:[东西南北]|车|客运|汽车)?站|服务区|大桥|(?:\\d+号)?隧道|社区|高速(?:公路)?|${HOSPITAL})$`);
/** The full name of a place the gazetteer lacks, as written: an expressway's is its 高速公路 (成灌高速 is 成灌高速公路). */
export function fullName(surface: string): string {
	return surface.endsWith('高速') ? `${surface}公路` : surface;
}
/** Water context that makes 锦江 the river rather than the district. */
const WATER = /夜游|沿岸|两岸|岸线|流域|河流|游船|通航|水生态|滨|畔/;
const RIVER_CONTEXT = /河|水|流域|两岸|沿岸|沿线|岸线|滨|夜游|航|游船|绿道|公园|治理|湿地|生态带/;
/**
 * What makes 都江堰 the irrigation works, even in the city's own text: its works, its scenic area and festival, its yearly
 * repairs (岁修), the heritage it is (都江堰作为世界文化遗产和世界灌溉工程遗产), and the mountain it is a World Heritage site with
 * (青城山—都江堰, 青城山、都江堰两大核心景区, 拜水都江堰).
 */
const WORKS_AFTER = /^(?:的?(?:精华灌区|灌区|灌溉|水利|渠首)|(?:清明)?放水节|[^，。；]{0,6}景区|[—\-、]青城山|作为世界(?:文化|灌溉工程)遗产|[^，。；]{0,4}岁修)/;
const WORKS_BEFORE = /(?:青城山[—\-、]|拜水)$/;
/** A dash after it pairs it with another landmark, outside the city's own text: 都江堰—青城山. */
const WORKS_DASH = /^[—\-]/;
/** The city itself is every document's default scope, not a place-specific mention. */
const CITY = 'chengdu';

export interface Geoparser {
	/** `named`: the places the document has named before this text, whose short forms go on naming them. */
	parse(text: string, scope: string, named?: ReadonlySet<string>): Found[];
	/** How many names the matcher holds (for the benchmark's grep pattern list). */
	names: readonly string[];
	/** The station a name with 站 after it names (石门坎 → 石门坎站), as a table's 车站 column gives them, or null. */
	station(name: string): string | null;
}

/** A name the parser reads: the gazetteer's, or one made of a town's stem (see townStems): its quarter, or the stem itself, which may name the town only after its full name. */
type Entry = NameEntry & { afterFull?: boolean; quarter?: boolean };

export function createGeoparser(gazetteer: Gazetteer): Geoparser {
	// Unlocated places outside the city (长江, 镇江关) matter to no map of Chengdu.
	const named = gazetteer.names().filter((e) => !isOfficeOfPlace(e, gazetteer) && !(e.unlocated && e.kind === 'outside'));
	const taken = new Set(named.map((e) => e.name));
	const entries: Entry[] = [...named, ...townStems(gazetteer, taken), ...modeStations(gazetteer, taken), ...wetlands(gazetteer, taken)];
	const matcher = new AhoCorasick(entries.map((e) => e.name));
	// Found once for each name, not for each match: most names run into no word.
	const runsInto = entries.map((e) => wordsRunInto(e.name));
	const districtOf = new Map(
		gazetteer.places.filter((p) => p.kind === 'district').map((p) => [p.id, p])
	);
	// Every name of a district, longest first: a name next to one in a 、 list is a district too.
	const districtNames = [...districtOf.values()]
		.flatMap((p) => [p.name, ...p.aliases, ...p.short])
		.sort((a, b) => b.length - a.length)
		.join('|');
	const DISTRICT_AFTER = new RegExp(`^、(?:${districtNames})`);
	const DISTRICT_BEFORE = new RegExp(`(?:${districtNames})、$`);
	/** 锦江、青羊、金牛…等中心城区: a list of districts, whatever else its names may mean. */
	const amongDistricts = (text: string, start: number, end: number) =>
		(text.charCodeAt(end) === PAUSE && DISTRICT_AFTER.test(text.slice(end, end + 5))) ||
		(text.charCodeAt(start - 1) === PAUSE && DISTRICT_BEFORE.test(text.slice(Math.max(0, start - 5), start)));

	const entryOf = new Map(entries.map((e) => [e.name, e]));
	// Towns by their names' stems (大弯 for 大弯街道, 福洪 for 福洪镇), where no name of the gazetteer is the stem: a stem
	// alone is an everyday word too often (大同, 清泉), so it is read only beside another town of its district's (townPairs).
	const stemTowns = new Map<string, GazetteerPlace[]>();
	// Towns by their names' stems, whatever else the stem names (龙门山 of 龙门山镇, the mountain too): for the items of a list of towns.
	const townsByStem = new Map<string, string[]>();
	// 、 and 和 join most lists: a look at the two characters either side rules out nearly all before a stem is cut out.
	const stemEnds = new PairSet();
	const stemStarts = new PairSet();
	const stemJoins = new UnitSet();
	for (let k = 0; k < STEM_JOINS.length; k++) stemJoins.add(STEM_JOINS.charCodeAt(k));
	for (const p of gazetteer.places) {
		if (p.district === null) continue;
		// A town's, not an old town's (洛带古镇 is 洛带镇's sight), by any of its names: 街子古镇 is 街子镇 too.
		for (const stem of new Set([p.name, ...p.aliases].map((name) => TOWN_STEM.exec(name)?.[1]))) {
			if (!stem) continue;
			if (p.kind === 'area') townsByStem.set(stem, [...(townsByStem.get(stem) ?? []), p.id]);
			// A stem that is a street's name (建设路 of 建设路街道) names the street.
			if ((entryOf.has(stem) && entryOf.get(stem)!.place !== p.id) || STREET_NAME.test(stem)) continue;
			const towns = stemTowns.get(stem);
			if (towns) towns.push(p);
			else stemTowns.set(stem, [p]);
			stemEnds.add(stem.charCodeAt(stem.length - 2), stem.charCodeAt(stem.length - 1));
			stemStarts.add(stem.charCodeAt(0), stem.charCodeAt(1));
		}
	}
	/** The town an item of a list of towns names by its stem (龙门山、白鹿、丹景山、新兴等镇), if one town has that stem. */
	function townOfList(text: string, name: string, end: number): string | undefined {
		const c = text.charCodeAt(end);
		if (c !== 0x3001 /* 、 */ && c !== DENG) return undefined;
		const towns = townsByStem.get(name);
		return towns?.length === 1 && TOWNS_AFTER.test(text.slice(end, end + 40)) ? towns[0] : undefined;
	}

	/** Town stems in pairs of one district, joined as places are (大弯—大同城区, 清泉、福洪, 弥牟至城厢段), that no name found holds. */
	function townPairs(text: string, found: Found[]): Found[] {
		const out: Found[] = [];
		// One look at every character finds the joins: indexOf, join by join, took six passes over the text, each
		// stopping at every 、 or 和. They are read join by join all the same: the pair of the first join in
		// STEM_JOINS takes a stem that two joins share (清泉 in 福洪和清泉、永宁).
		const joins: number[] = [];
		for (let p = 2; p < text.length - 2; p++)
			if (stemJoins.has(text.charCodeAt(p)) && stemEnds.has(text.charCodeAt(p - 2), text.charCodeAt(p - 1)) && stemStarts.has(text.charCodeAt(p + 1), text.charCodeAt(p + 2)))
				joins.push(p);
		if (joins.length > 1) joins.sort((x, y) => STEM_JOINS.indexOf(text[x]) - STEM_JOINS.indexOf(text[y]) || x - y);
		for (const p of joins) {
			const a = stemAt(text, p, -1);
			const b = a && stemAt(text, p + 1, 1);
			// The second stem is not the start of a name of its own: 鹤鸣山 is the mountain, not 鹤鸣镇.
			if (!a || !b || NAME_ENDING.test(text.slice(p + 1 + b.length, p + 2 + b.length))) continue;
			// The district both have a town in (大同 is a town's of three districts; beside 大弯, 青白江区's).
			const first = a.towns.find((t) => b.towns.some((u) => u.district === t.district && u !== t));
			const second = first && b.towns.find((u) => u.district === first.district && u !== first);
			if (!first || !second) continue;
			for (const [start, end, town] of [[p - a.length, p, first], [p + 1, p + 1 + b.length, second]] as const)
				if (!overlapsInOrder(found, start, end) && !out.some((f) => f.start === start))
					out.push({ start, end, surface: text.slice(start, end), place: town.id, title: false });
		}
		return out;
	}

	/** The station a name alone names (石门坎 for 石门坎站), where the gazetteer has one. */
	function stationNamed(name: string): string | null {
		const station = entryOf.get(stationName(name))?.place;
		return station && gazetteer.byId.get(station)!.kind === 'hub' ? station : null;
	}

	/**
	 * The stations a line's row of a table names by their short names, its ends in the cell after the line's (8号线二期｜十里店—龙潭寺、
	 * 莲花—龙港; 13号线一期｜瓦窑滩—龙安): each end is the station of its name, where the gazetteer has one.
	 */
	function lineEnds(text: string, found: Found[]): Found[] {
		const out: Found[] = [];
		for (const f of found) {
			if (f.place === null || f.title || gazetteer.byId.get(f.place)!.kind !== 'line') continue;
			const cell = LINE_CELL.exec(text.slice(f.end, f.end + 12));
			for (let at = cell ? f.end + cell[0].length : -1, pair; at >= 0 && (pair = ENDS_PAIR.exec(text.slice(at, at + 24))); at += pair[0].length + 1) {
				for (const [s, e] of [[at, at + pair[1].length], [at + pair[1].length + 1, at + pair[0].length]]) {
					const name = text.slice(s, e);
					const station = stationNamed(name);
					if (station && !overlapsInOrder(found, s, e)) out.push({ start: s, end: e, surface: name, place: station, title: false });
				}
				if (text.charCodeAt(at + pair[0].length) !== PAUSE) break;
			}
		}
		return out;
	}

	const districtByAdcode = new Map([...districtOf.values()].map((p) => [p.adcode, p.id]));
	/**
	 * A river's stretch named by the town it passes (江安河永宁段, 毗河清泉段): the town, where the river runs through the district
	 * of one town of that stem only.
	 */
	function stretches(text: string, found: Found[]): Found[] {
		const out: Found[] = [];
		for (const f of found) {
			if (f.place === null || f.title || gazetteer.byId.get(f.place)!.kind !== 'river') continue;
			const stem = stemAt(text, f.end, 1);
			if (!stem || text.charCodeAt(f.end + stem.length) !== STRETCH) continue;
			const towns = stem.towns.filter((t) => {
				const district = districtByAdcode.get(t.adcode);
				return district !== undefined && runsThrough(f.place!, district);
			});
			if (towns.length === 1) out.push({ start: f.end, end: f.end + stem.length, surface: text.slice(f.end, f.end + stem.length), place: towns[0].id, title: false });
		}
		return out;
	}

	/**
	 * The items of a list of towns by their stems that no name found holds (锦华路、春熙路…、三圣11个街道): each is the town of its stem
	 * and the list's kind (锦华路街道), though it names a street or a hill too.
	 */
	function townLists(text: string, found: Found[]): Found[] {
		const out: Found[] = [];
		if (!TOWNS_CLOSED.test(text)) return out;
		for (const closer of text.matchAll(TOWNS_CLOSER)) {
			const kinds = TOWN_KINDS[closer[1]];
			const townOf = (stem: string) => {
				for (const kind of kinds) {
					const place = entryOf.get(stem + kind)?.place;
					if (place) return place;
				}
				return undefined;
			};
			let pos = closer.index;
			for (let k = found.length - 1; pos > 0; ) {
				while (k >= 0 && found[k].start >= pos) k--;
				let start: number;
				if (k >= 0 && found[k].end === pos) start = found[k].start;
				else {
					// The first item may run on from the words before it (辖锦官驿、…), so only its last 3 or 2 characters are tried.
					const run = hanBefore(text, pos, Math.max(0, pos - 6));
					const length = run <= 5 && ITEM_SEPARATOR.has(text.charCodeAt(pos - run - 1)) ? run : [3, 2].find((n) => n <= run && townOf(text.slice(pos - n, pos)));
					const place = length ? townOf(text.slice(pos - length, pos)) : undefined;
					if (!length || !place) break;
					start = pos - length;
					out.push({ start, end: pos, surface: text.slice(start, pos), place, title: false });
				}
				if (!ITEM_SEPARATOR.has(text.charCodeAt(start - 1))) break;
				pos = start - 1;
			}
		}
		return out;
	}

	/** The towns whose stem of 3 or 2 characters ends at `at` (dir -1) or starts there (dir 1). */
	function stemAt(text: string, at: number, dir: -1 | 1): { towns: GazetteerPlace[]; length: number } | null {
		for (const length of [3, 2]) {
			const towns = stemTowns.get(dir < 0 ? text.slice(at - length, at) : text.slice(at, at + length));
			if (towns) return { towns, length };
		}
		return null;
	}
	// elided() tries many combinations, and few start and end as some name does: two table
	// look-ups rule most out before a string is hashed for entryOf.
	const startsName = new UnitSet();
	const endsName = new UnitSet();
	for (const { name } of entries) {
		startsName.add(name.charCodeAt(0));
		endsName.add(name.charCodeAt(name.length - 1));
	}

	/** The place a name means here; `beforeName` says another name starts where it ends (新津天府农博园). */
	function resolve(e: NameEntry, text: string, start: number, end: number, scope: string, beforeName: boolean): string | null | undefined {
		const after = text.slice(end, end + 8);
		if (e.ambiguous) {
			const district = e.ambiguous.find((id) => districtOf.has(id));
			const other = e.ambiguous.find((id) => !districtOf.has(id));
			if (!district || !other) return e.ambiguous[0];
			if (amongDistricts(text, start, end)) return district;
			const around = text.slice(Math.max(0, start - 8), end + 8);
			const otherKind = gazetteer.byId.get(other)!.kind;
			if (otherKind === 'river') {
				// Unmistakable water words win even in the district's own text (夜游锦江); the looser
				// ones (治理, 公园) are everyday words of the district's plans.
				if (WATER.test(around) || text.charCodeAt(start - 1) === 0x6cbf /* 沿锦江 */) return other;
				if (scope === district) return district;
				// An office right after the name is the district's, whatever the words around say of water (锦江交警大队…沿线), and so
				// is the work of its communities (锦江社区治理, 锦江社区发展治理): no river has communities of its own.
				if (OFFICE.test(after) || after.startsWith('社区')) return district;
				return RIVER_CONTEXT.test(around) ? other : DISTRICT_FOLLOW.test(after) ? district : other;
			}
			if (otherKind === 'landmark' && (WORKS_AFTER.test(after) || WORKS_BEFORE.test(text.slice(Math.max(0, start - 6), start)))) return other;
			if (scope === district) return district;
			if (otherKind === 'landmark') return WORKS_DASH.test(after) ? other : district;
			return district;
		}
		if (e.short && e.place) {
			// A short form stands for its place inside that place's own scope (医学城 in a text of 温江区), or where the
			// words around it make it a name: 青羊还将…, 蓉北、西博城等商圈, 27号线一期.
			const { kind, adcode } = gazetteer.byId.get(e.place)!;
			if (e.place === scope || (kind !== 'district' && adcode !== null && adcode === gazetteer.byId.get(scope)?.adcode)) return e.place;
			// A line's short form needs a rail word nearby: 成渝、西成、成贵已开通高铁 (not 成渝“双城记”).
			// A numbered one (27号线, S3线) is a line wherever it stands.
			if (kind === 'line') {
				// 中欧班列（成渝） is a train brand, not the 成渝 line.
				if (BRAND_TRAIN.test(text.slice(Math.max(0, start - 3), start))) return undefined;
				// 有轨电车蓉2号线 is a tram's line, not the metro's, 夜游专线1号线 a bus route, and 王泗1号线 a town's school bus.
				if (text.charCodeAt(start - 1) === 0x84c9 /* 蓉 */ || isBusLine(text, start, end) || townBefore(text, start)) return undefined;
				return NUMBERED_LINE.test(e.name) || RAIL_NEAR.test(text.slice(end, end + 12)) ? e.place : undefined;
			}
			// A quoted short form is a name, not the word it may also be: “北改”的主战场, 融入「北改」大局.
			if (LIST_FOLLOW.test(after) || (kind !== 'district' && aloneInQuotes(text, start, end))) return e.place;
			if (kind === 'river' && (RIVER_FOLLOW.test(after) || RIVER_BEFORE.test(text.slice(Math.max(0, start - 2), start)))) return e.place;
			if (kind === 'area' && WATER_SECTION.test(after)) return e.place;
			if (kind === 'district' && (ONLY_A_NAME.has(e.name) || beforeName || DISTRICT_FOLLOW.test(after) || OFFICE.test(after) || COMPANY.test(text.slice(end, end + 14)) || HOLDS_PLACE.test(after) || LEADS_DISTRICT.test(text.slice(Math.max(0, start - 2), start)) || bracketed(text, start, end)))
				return e.place;
			return undefined;
		}
		return e.place;
	}

	/**
	 * Coordinated names that share a head or a tail the text writes once: 久隆、三坝水库 (久隆水库),
	 * 成蒲等铁路 (成蒲铁路), 成渝中线高铁、科创走廊 (成渝中线科创走廊).
	 */
	function elided(text: string, found: Found[]): Found[] {
		const extra: Found[] = [];
		// Called for every paragraph, so no closures are made here: `add` is given what it works on.
		// Pieces are cut out only where the name they would make could start and end as a name does.
		for (const f of found) {
			const name = f.surface;
			// Shared tail: items of two to eight Chinese characters before the found name, separated by 、.
			let at = f.start;
			while (at > 0 && text.charCodeAt(at - 1) === PAUSE && endsName.has(name.charCodeAt(name.length - 1))) {
				const run = hanBefore(text, at - 1, Math.max(0, at - 9));
				let start = -1;
				for (let len = 2; len <= run && start === -1; len++) {
					if (!startsName.has(text.charCodeAt(at - 1 - len))) continue;
					const item = text.slice(at - 1 - len, at - 1);
					for (let k = 1; k < name.length; k++) {
						if (add(text, found, extra, at - 1 - len, at - 1, item, name.slice(k))) {
							start = at - 1 - len;
							break;
						}
					}
				}
				if (start === -1) break;
				at = start;
			}
			// Shared head: an item after the found name (two to eight Chinese characters) that completes
			// with the name's first characters.
			if (f.end < text.length && text.charCodeAt(f.end) === PAUSE && startsName.has(name.charCodeAt(0))) {
				const item = f.end + 1;
				const run = hanAfter(text, item, 8);
				for (let k = name.length - 1; run >= 2 && k > 0; k--) {
					for (let len = run; len > 1; len--)
						// …but not the first characters of a street's name: 天府大道、锦城大道 is no 天府锦城.
						if (endsName.has(text.charCodeAt(item + len - 1)) && !STREET_AFTER.test(text.slice(item + len, item + len + 3)) && add(text, found, extra, item, item + len, name.slice(0, k), text.slice(item, item + len))) break;
				}
			}
		}
		// A name before 等 whose kind the text gives after it: 成蒲等铁路. The matches are those of
		// /([\u4e00-\u9fa5]{2,6})等([\u4e00-\u9fa5]{2,4})/g, found faster: a match starts two to six
		// characters before a 等, so only such starts are tried, left to right, each once.
		let from = 0; // starts before this are tried, or inside the last match
		for (let q = text.indexOf('等', 2); q !== -1; q = text.indexOf('等', from + 2)) {
			let matched = false;
			for (let p = Math.max(from, q - 6); p <= q - 2 && !matched; p++) {
				const m = itemDengKind(text, p);
				if (!m) continue;
				const item = m >> 3;
				const kind = p + item + 1;
				// Names are put together only where one could start and end.
				if (startsName.has(text.charCodeAt(p)))
					for (let len = m & 7; len > 1; len--) {
						const tail = text.slice(kind, kind + len);
						if (endsName.has(text.charCodeAt(kind + len - 1)) && add(text, found, extra, p, p + item, text.slice(p, p + item), tail)) {
							// The items before it in a 、 list share the kind: 蒲名、天温都等快速路.
							for (let at = p; at > 0 && text.charCodeAt(at - 1) === PAUSE; ) at = listedBefore(text, found, extra, at - 1, tail);
							break;
						}
					}
				from = kind + (m & 7);
				matched = true;
			}
			if (!matched) from = q - 1;
		}
		stationsListed(text, found, extra);
		return extra;
	}

	/**
	 * The items of a list of stations told by their places' names: 一品天下、茶店子、沙湾等5个站点 (一品天下站 …), 成都东客站、
	 * 八里庄、二仙桥等站点, 设圣灯公园、龙潭寺等站, 沿线设倪家桥、…、火车北站5座车站, 省体育馆、华西坝、人民北路等地铁站. The list says what its items are, so an
	 * item the gazetteer has no station of (北站西二路) is passed over, not taken as the list's end, and one found as
	 * another place is its station (圣灯公园 is 圣灯公园站).
	 */
	function stationsListed(text: string, found: Found[], extra: Found[]): void {
		for (let q = text.indexOf('站'); q !== -1; q = text.indexOf('站', q + 1)) {
			// 车站, 地铁站: the kind of station the list is of, before its 站.
			const kind = text.charCodeAt(q - 1) === CAR ? 1 : text.startsWith(MODE_STATION, q - 2) ? 2 : 0;
			const car = kind > 0;
			const head = q - kind;
			// Most 站 end a station's own name: one look at the character before rules them out.
			const last = text.charCodeAt(head - 1);
			if (last !== DENG && last !== GE && last !== ZUO && numeralKind(text[head - 1]) === 0) continue;
			const m = STATIONS_COUNTED.exec(text.slice(Math.max(0, head - 6), head));
			// 站 alone ends a list after 等 only (等站, not 5个站台).
			if (!m || (!car && text.charCodeAt(q + 1) !== POINT && !(m[0].startsWith('等') && !isHan(text.charCodeAt(q + 1))))) continue;
			let end = head - m[0].length;
			while (end > 0) {
				// An item found already (成都东客站) is the list's too.
				const known = found.find((f) => f.end === end);
				const item = listedBefore(text, found, extra, end, '站') || (known ? asStation(known) : end - hanBefore(text, end, Math.max(0, end - 8)));
				if (item === end || text.charCodeAt(item - 1) !== PAUSE) break;
				end = item - 1;
			}
		}
	}

	/** Whether a town's name, full or short, ends right at `at`: a route named after it (王泗1号线, 新场2号线). */
	function townBefore(text: string, at: number): boolean {
		for (let k = 2; k <= 4 && k <= at; k++) {
			const place = entryOf.get(text.slice(at - k, at))?.place;
			if (place && TOWN.test(gazetteer.byId.get(place)!.name)) return true;
		}
		return false;
	}

	/**
	 * The office that `next` names after a place's name, if any: a district's or a town's (锦江区商务局, 弥牟镇党委), a company a district
	 * owns, a zone's committee (铁路港经开区管委会).
	 */
	function officeOf(place: string, name: string, next: string): RegExpExecArray | null {
		if (hasOffices(place) || TOWN.test(gazetteer.byId.get(place)!.name)) return OFFICE.exec(next) ?? COMPANY.exec(next) ?? HOLDER_LABELLED.exec(next);
		return ZONE.test(name) ? ZONE_OFFICE.exec(next) : null;
	}

	/**
	 * A place found in a list of stations as its station (圣灯公园 → 圣灯公园站); where it starts. One the gazetteer has no station of is a
	 * station no map shows yet, not the place it is named after (成宜高铁…设三岔湖、天府机场两座车站: 三岔湖站, not the lake).
	 */
	function asStation(f: Found): number {
		const station = entryOf.get(f.surface + '站');
		if (station?.place && f.place !== station.place && gazetteer.byId.get(station.place)!.kind === 'hub') f.place = station.place;
		else if (!station?.place && f.place !== null && gazetteer.byId.get(f.place)!.kind !== 'hub') Object.assign(f, { place: null, unknown: true, name: `${f.surface}站` });
		return f.start;
	}

	/**
	 * The item of a 、 list that ends at `end` (before the 、) as a name with the shared `tail`, added
	 * to extra: where it starts, or 0 when none is a name (which ends the list).
	 */
	function listedBefore(text: string, found: Found[], extra: Found[], end: number, tail: string): number {
		const run = hanBefore(text, end, Math.max(0, end - 8));
		for (let len = 2; len <= run; len++)
			if (startsName.has(text.charCodeAt(end - len)) && add(text, found, extra, end - len, end, text.slice(end - len, end), tail)) return end - len;
		return 0;
	}

	/** Whether [a, b) is a whole name already, of the kind of `place`: 沱江、北河 holds the 沱江, not the 沱江河 a shared tail would make. */
	function whole(found: readonly Found[], a: number, b: number, place: string | null): boolean {
		const f = found.find((f) => f.start === a && f.end === b);
		return f !== undefined && f.place !== null && place !== null && gazetteer.byId.get(f.place)!.kind === gazetteer.byId.get(place)!.kind;
	}

	/**
	 * Adds the elided name head + tail at [start, end) to extra, if it is a place and overlaps no other
	 * name: names found inside it give way (沱江 in 沱江团结、…等水利枢纽 is 沱江团结水利枢纽), one it
	 * cuts through stops it. Callers have checked that head starts and tail ends as some name does.
	 */
	function add(text: string, found: Found[], extra: Found[], start: number, end: number, head: string, tail: string): boolean {
		// Few of the names tried are names: the trie says so without the string made and hashed.
		const e = matcher.indexOfJoined(head, tail) === -1 ? undefined : entryOf.get(head + tail);
		if (!e || !(e.place || e.unlocated) || overlaps(extra, start, end) || whole(found, start, end, e.place) || !clearInside(found, start, end)) return false;
		extra.push({ start, end, surface: text.slice(start, end), place: e.unlocated ? null : e.place, title: false, name: e.of ?? e.name });
		return true;
	}

	/**
	 * Whether the name at `start` follows 、 (or 与, 和, 及), or the 至 of a route (金堂至简阳快速通道),
	 * and a name just found of the same kind as `place`.
	 */
	function endsListOfKind(text: string, found: Found[], start: number, place: string): boolean {
		const last = found[found.length - 1];
		const c = text.charCodeAt(start - 1);
		return (
			last !== undefined &&
			last.end === start - 1 &&
			(joinsList(c) || c === 0x81f3 /* 至 */) &&
			last.place !== null &&
			gazetteer.byId.get(last.place)!.kind === gazetteer.byId.get(place)!.kind
		);
	}

	/** The longest name that starts inside `hit` and runs past its end, or null. */
	function runInto(text: string, hit: Hit): Hit | null {
		for (let k = hit.start + 1; k < hit.end; k++) {
			if (!startsName.has(text.charCodeAt(k))) continue;
			const h = matcher.longestWithin(text, k, text.length);
			if (h && h.end > hit.end) return h;
		}
		return null;
	}

	const through = new Map<string, boolean>();
	/** Whether a river's line passes through the district that is the scope (any other place or scope: true). */
	function runsThrough(place: string, scope: string): boolean {
		const river = gazetteer.byId.get(place)!;
		const district = districtOf.get(scope);
		const outline = district?.geometry;
		if (river.kind !== 'river' || (outline?.type !== 'Polygon' && outline?.type !== 'MultiPolygon')) return true;
		const key = `${place} ${scope}`;
		let yes = through.get(key);
		if (yes === undefined) through.set(key, (yes = coordAll(river.geometry).some((p) => booleanPointInPolygon(p, outline))));
		return yes;
	}

	function isOutside(place: string | null): boolean {
		return place !== null && gazetteer.byId.get(place)!.kind === 'outside';
	}

	/** Whether the name at `start` comes right after the name of the district that holds `place`: 郫都区犀浦. */
	function afterItsDistrict(found: readonly Found[], start: number, place: string): boolean {
		const last = found[found.length - 1];
		const district = last?.end === start && last.place !== null ? districtOf.get(last.place) : undefined;
		return district !== undefined && district.adcode === gazetteer.byId.get(place)!.adcode;
	}

	return {
		names: entries.map((e) => e.name),
		station: stationNamed,
		parse(text, scope, named) {
			const found: Found[] = [];
			const hits = matcher.longest(text);
			for (let i = 0; i < hits.length; i++) {
				const hit = hits[i];
				const e = entries[hit.pattern];
				if (!e.place && !e.ambiguous && !e.unlocated) continue; // not a place: 天府文化, 成渝地区双城经济圈 …
				if (runsIntoWord(runsInto[hit.pattern], text, hit.end)) {
					// The name its first characters make may still be one: 龙泉驿 in 龙泉驿站稳.
					const shorter = matcher.longestWithin(text, hit.start, hit.end - 1);
					if (shorter) hits[i--] = shorter;
					continue;
				}
				// The tail of a number, a tour's stop, a goal, a street's name or a programme's (“成华英才”, 医学城英才计划) is no place.
				if (continuesNumber(e.name, text, hit.start) || legOfTour(e.name, text, hit.start) || namesAGoal(e.name, text, hit.start) || namesStreet(e.name, text, hit.end) || PROGRAMME.test(text.slice(hit.end, hit.end + 4))) continue;
				if (inBodyName(text, hit.start, hit.end)) continue;
				// Another river the gazetteer lacks, whose name runs on into this one's: 白沙河, 黑沙河 (都江堰). Only a colour
				// surely begins its name: the 大 of 扩大沙河绿道 ends a word.
				const before = text.charCodeAt(hit.start - 1);
				// No name starts inside 天府, the city's old byname: 天府河湖文化周 holds no 府河.
				if (before === TIAN && text.charCodeAt(hit.start) === FU) continue;
				if (e.place && OTHER_RIVER.has(before) && gazetteer.byId.get(e.place)!.kind === 'river') {
					if (COLOUR.has(before)) {
						found.push(told(text, hit.start - 1, hit.end));
					}
					continue;
				}
				// A quarter a qualifier names is another one: 外光华片区 is not 光华街道's.
				if (e.quarter && QUALIFIED.has(before)) continue;
				const beforeName = i + 1 < hits.length && hits[i + 1].start === hit.end;
				// A two-character stem names its town only where it ends (道明将…), and only after the town's full name (below).
				const stemRunsOn = e.afterFull && !STEM_ENDS.test(text.slice(hit.end, hit.end + 2));
				let place = (e.short && endsWordBefore(e.name, text, hit.start)) || e.afterFull ? undefined : e.unlocated ? null : resolve(e, text, hit.start, hit.end, scope, beforeName);
				// The last item of a list of its kind (青白江、龙泉驿、新都物流): the items before it were read by the 、 after them.
				if (place === undefined && !stemRunsOn && e.place && endsListOfKind(text, found, hit.start, e.place)) place = e.place;
				// A short form after its place's full name, in the text or before it in the document, goes on naming it:
				// 天府国际生物城…，生物城二期; 成都医学城投资指南 … 医学城已集聚…. A district's and a line's have rules of their own
				// (成渝客专…成渝“一家亲” is no line).
				if (
					place === undefined &&
					e.short &&
					!stemRunsOn &&
					e.place &&
					(holds(found, e.place) || named?.has(e.place)) &&
					!SHORT_BY_RULE.has(gazetteer.byId.get(e.place)!.kind)
				)
					place = e.place;
				// …and so does a town's stem right after its district's name: 郫都区犀浦等地.
				if (place === undefined && e.afterFull && !stemRunsOn && e.place && afterItsDistrict(found, hit.start, e.place)) place = e.place;
				// An item of a list of towns is the town, though its name is also a mountain's: 龙门山、白鹿、丹景山、新兴等镇.
				if (place !== null) place = townOfList(text, e.name, hit.end) ?? place;
				// An industrial park named after the city is a place of its own, which no map here shows: 成都轨道交通产业园.
				const cityPark = place === CITY ? parkAfter(text, hit.end) : null;
				if (cityPark) {
					found.push(told(text, hit.start, hit.end + cityPark.length));
					continue;
				}
				if (place === undefined || place === CITY) {
					// A name left unread gives way to one it runs into: 完成都江堰市 is 都江堰市, not 成都.
					const into = runInto(text, hit);
					if (into) {
						let next = i + 1;
						while (next < hits.length && hits[next].start < into.end) next++;
						hits.splice(i, next - i, into);
						i--;
					}
					continue;
				}
				// A site the gazetteer lacks, named after its district, is shown at the district: 崇州国家现代农业产业园, 武侯电商产业功能区,
				// 天府新区第一污水处理厂 (its zone's office, 崇州经济开发区管委会, is no place); one named after a river or a mountain, along
				// it: 走马河绿道, 桤木河湿地公园, 龙门山森林绿道; a school or a clinic named after a town or an area, at it: 西航港实验小学.
				// (The last item of a list shares its site's word with the items before it, which are read as rivers: 跳蹬河、府河绿道.)
				// (…unless the item before has a site of the same word: 走马河绿道、杨柳河绿道, 棠湖公园、白河公园.)
				const kind = place === null ? null : gazetteer.byId.get(place)!.kind;
				const sited = place === null ? null : hasOffices(place) ? SITE : NATURE.has(kind!) ? NATURE_SITE : kind === 'area' ? TOWN_SITE : null;
				// …and a heritage site named after a landmark, an area or a mountain, at it: 合江亭遗址, 灵岩山摩崖造像.
				const heritage = kind !== null && HERITAGE_KINDS.has(kind) ? HERITAGE_SITE.exec(text.slice(hit.end, hit.end + 16)) : null;
				if (heritage) {
					const end = hit.end + heritage[0].length;
					const name = text.slice(hit.start, end);
					found.push({ start: hit.start, end, surface: name, place, title: false, site: name });
					i = lastWithin(hits, i, end);
					continue;
				}
				if (sited) {
					const site = sited.exec(text.slice(hit.end, hit.end + 16));
					// A town's schools are no school of its name: 黄甲街道学校建设, 正兴片区学校建设 (东安湖学校 is one); nor are a region's schools,
					// markets and parks (中心城区学校, 中心城区农贸市场).
					// (Nor is a park of a name of its own after a town's full name, which only says where it is: 郫筒街道石牛公园.)
					const towns = sited === TOWN_SITE && (((site?.[0] === '学校' || site?.[0].endsWith('公园')) && TOWN_WORD.test(text.slice(hit.start, hit.end))) || text.endsWith('城区', hit.end));
					// A site the gazetteer has after its district's name is its own (新津区天府智能制造产业园): the district only says where it is.
					// (Not a kind of zone that one district's goes by alone: 大邑经开区 is 大邑's, not 经开区's.)
					const known = site !== null && site[0].length > 3 && hits[i + 1]?.start === hit.end && hits[i + 1].end === hit.end + site[0].length;
					if (site && !towns && !known && (sited !== NATURE_SITE || before !== PAUSE || text.endsWith(site[0].slice(-2), hit.start - 1))) {
						const end = hit.end + site[0].length;
						const name = text.slice(hit.start, end);
						const office = ZONE_OFFICE.exec(text.slice(end, end + 5));
						// The zone's office is no place (崇州经济开发区管委会牵头); its holder's title holds one (…管委会主任).
						// A district's site named after its town too (成华区龙潭街道初级中学) is one site, shown at the town.
						const held = sited === SITE && hits[i + 1]?.start === hit.end && hits[i + 1].end < end ? entries[hits[i + 1].pattern] : null;
						const inner = held && !held.short && !held.quarter ? held.place : null;
						const at = inner && TOWN.test(gazetteer.byId.get(inner)!.name) ? inner : place;
						const f: Found = { start: hit.start, end, surface: name, place: at, title: office !== null };
						if (!office) f.site = name;
						else if (!heldAfter(text, end + office[0].length)) f.body = true;
						// …and so is a town's site named after its district first (金牛区天回镇街道小学).
						const last = found[found.length - 1];
						if (f.site && sited === TOWN_SITE && last?.end === hit.start && last.place !== null && !last.title && hasOffices(last.place) && gazetteer.byId.get(last.place)!.adcode === gazetteer.byId.get(place!)!.adcode) {
							found.pop();
							f.start = last.start;
							f.surface = f.site = text.slice(last.start, end);
						}
						found.push(f);
						if (at !== place) i = lastWithin(hits, i, end);
						continue;
					}
				}
				// Not before another name that starts so: 崇州市街子古镇 is the city's town, not a 崇州市街.
				let namesake = kind === null || beforeName ? null : NAMESAKE[kind]?.exec(text.slice(hit.end, hit.end + 12));
				// A town's community goes by its own name: 牛市口街道社区综合体 is the town's; and a street after a town's full name lies in
				// it, named after no town (临邛街道西街社区), as a street named after a station does (驷马桥街道北站东二路; no station is named after a 街道).
				if (namesake && TOWN.test(e.name) && (namesake[0] === '社区' || ROAD_NAMESAKE.test(namesake[0]) || (e.name.endsWith('街道') && namesake[0].endsWith('站')))) namesake = null;
				// A bridge across it is named by what it crosses: 设置跨锦江大桥 is a bridge over the 锦江, not the 锦江大桥.
				else if (namesake?.[0] === '大桥' && text[hit.start - 1] === '跨') namesake = null;
				else if (kind === 'district' && namesake?.[0] === '社区' && FULL_NAME.test(e.name)) namesake = null;
				if (namesake) {
					// A station, a bridge or a tunnel the gazetteer lacks is still a place: it is told as one no map shows (北湖站, 杨柳河大桥).
					if (TOLD_APART.test(namesake[0])) {
						const end = hit.end + namesake[0].length;
						found.push(told(text, hit.start, end, fullName(text.slice(hit.start, end))));
						// A name inside it is its own: 东部新区 of 简阳市人民医院东部新区院区.
						i = lastWithin(hits, i, end);
					}
					continue;
				}
				// A river's other name may be another river's own (the 南河 of 邛崃 and 新津 is not the 锦江's): in a text of a
				// district the river does not run through, it names a river no map shows.
				if (place !== null && e.name !== gazetteer.byId.get(place)!.name && !runsThrough(place, scope)) {
					found.push(told(text, hit.start, hit.end));
					continue;
				}
				const last = found[found.length - 1];
				// A name run on from another city's, or from its name in brackets, is that city's namesake:
				// 重庆高新区, 眉山天府新区, 西部（重庆）科学城.
				if (last && runsOn(text, last, hit.start) && place !== null && place !== last.place && isOutside(last.place)) continue;
				const next = text.slice(hit.end, hit.end + 14);
				const office = place === null ? null : (officeOf(place, e.name, next) ?? LAB.exec(next));
				const title = office !== null;
				// The name of an office or a company is no place (锦江区商务局牵头, 青白江区人民政府办公室); its holder's title holds one
				// (锦江区委书记, 弥牟镇党委书记, 龙泉驿区区长).
				// …nor is a bus route named after its district (郫都26路, 双流3路).
				const body = (office !== null && !HOLDER_OFFICE.test(office[0]) && !heldAfter(text, hit.end + office[0].length)) || (place !== null && hasOffices(place) && BUS_ROUTE.test(next));
				// Two names of one place back to back are one mention: 成资市域铁路S3线.
				if (last && last.end === hit.start && place !== null && last.place === place && !last.title) {
					last.end = hit.end;
					last.surface = text.slice(last.start, hit.end);
					last.title = title;
					if (body) last.body = true;
					continue;
				}
				const f: Found = { start: hit.start, end: hit.end, surface: e.name, place, title };
				if (body) f.body = true;
				if (e.of) f.name = e.of;
				found.push(f);
			}
			const extra = elided(text, found);
			// A stem the elided reading has taken is read once (福洪、清泉片区: 福洪 is 福洪片区's).
			for (const f of [...townPairs(text, found), ...townLists(text, found), ...stretches(text, found), ...lineEnds(text, found)]) if (!extra.some((x) => x.start < f.end && f.start < x.end)) extra.push(f);
			// found is in text order already; the sort is stable, so only the extra ones move.
			const all = extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
			officesListed(text, all);
			return all;
		}
	};
}

/**
 * A town's stem as its short form. One of three characters or more (三道堰 of 三道堰镇, 茶店子 of 茶店子街道) names it
 * where a short form does (its district's texts, a list, quotes, after its full name): such stems are names, not words,
 * but for a few (石板凳 is a bench, 水井坊 a liquor). One of two characters names it only after its full name (道明镇…
 * 道明): many are words as well (中和, 大丰). Any stem before 片区 or 商圈 names the town's quarter (犀浦片区, 龙潭片区, 荷花池商圈,
 * 沙河源片区), and so does one before a plan's centre or cluster (柳城城市主中心, 寿安组团), shown at the town. Stems two towns share, a street's (建设路), a known name's or a word's (幸福, 合作) are
 * left out.
 */
function townStems(gazetteer: Gazetteer, taken: Set<string>): Entry[] {
	// A town may be known by another name of its place (红牌楼街道 of 红牌楼片区), but a town's own name holds its stem before another
	// place's old one does: 三圣 is 三圣街道's, not 三圣花乡's (once 三圣乡).
	const [byName, byAlias] = [new Map<string, string[]>(), new Map<string, string[]>()];
	for (const p of gazetteer.places) {
		if (p.kind !== 'area' || p.adcode === null) continue;
		for (const name of [p.name, ...p.aliases]) {
			const stem = TOWN_STEM.exec(name)?.[1];
			if (!stem || taken.has(stem) || STREET_NAME.test(stem) || NATURE_NAME.test(stem) || WORD_STEMS.has(stem)) continue;
			const byStem = name === p.name ? byName : byAlias;
			const ids = byStem.get(stem) ?? [];
			if (!ids.includes(p.id)) byStem.set(stem, [...ids, p.id]);
		}
	}
	const out: Entry[] = [];
	for (const [stem, ids] of [...byName, ...[...byAlias].filter(([stem]) => !byName.has(stem))]) {
		if (ids.length > 1) continue;
		const [place] = ids;
		if (stem.length >= 3) out.push({ name: stem, place, short: true });
		// Its shopping quarter is the town's too (荷花池商圈), and so are the centre a plan builds there (柳城城市主中心), the
		// cluster named after it (寿安组团) and its old town (大弯老城), unless known as places of their own (建设路商圈).
		for (const part of QUARTERS) if (!taken.has(stem + part)) out.push({ name: stem + part, place, quarter: true });
		// A known quarter of the stem's (玉林片区) may be what the bare stem means.
		if (taken.has(stem + QUARTER)) continue;
		out.push({ name: stem + QUARTER, place, quarter: true });
		if (stem.length < 3) out.push({ name: stem, place, short: true, afterFull: true });
	}
	return out;
}
/**
 * Stations by their name with their mode (春熙路地铁站, 白果林地铁站), or with the development over them (韦家碾TOD, 十陵站TOD is the
 * station's name already; not 成都TOD, the city's): the station, not the street or the quarter it is named after, whether or not the gazetteer
 * knows those.
 */
function modeStations(gazetteer: Gazetteer, taken: Set<string>): Entry[] {
	return gazetteer.places.flatMap((p) =>
		p.kind !== 'hub'
			? []
			: [p.name, ...p.aliases].filter((n) => n.endsWith('站')).flatMap((n) => [MODE_STATION, TOD].filter((mode) => !taken.has(n.slice(0, -1) + mode) && (mode === MODE_STATION || !taken.has(n.slice(0, -1)))).map((mode) => ({ name: n.slice(0, -1) + mode, place: p.id })))
	);
}
const TOD = 'TOD';

/** A wetland park by the name of its wetland (白鹭湾湿地 of 白鹭湾湿地公园), where no other place has that name. */
function wetlands(gazetteer: Gazetteer, taken: Set<string>): Entry[] {
	return gazetteer.places.flatMap((p) =>
		[p.name, ...p.aliases].filter((n) => n.endsWith(WETLAND_PARK) && !taken.has(n.slice(0, -2))).map((n) => ({ name: n.slice(0, -2), place: p.id }))
	);
}
const WETLAND_PARK = '湿地公园';
const QUARTER = '片区';
const QUARTERS = ['商圈', '城市主中心', '城市次中心', '城市副中心', '片区中心', '组团', '老城'];
const QUALIFIED = new Set([...'外内东西南北新老上下中大小'].map((c) => c.charCodeAt(0)));
/** What closes a list of towns after an item: the other items, then 等 and the kind (…、丹景山、新兴等镇, 等重点镇, 等4个街道, 等古镇, 等历史文化名镇). */
const TOWNS_AFTER = /^(?:、[\u4e00-\u9fa5]{2,5})*(?:等(?:[一二三四五六七八九十\d]+个)?|[一二三四五六七八九十\d]+个)(?:重点|山区|中心|特色|偏远|涉山|历史文化名|古|名|场)?(?:乡镇|镇|乡|街道|镇街)/;
/** What closes a list of towns by their stems, with a count: 等4个街道, 11个街道, 等镇 (the stems before it are read by townLists). */
const TOWNS_CLOSER = /(?:等(?:[一二三四五六七八九十\d]+个)?|[一二三四五六七八九十\d]+个)(乡镇|镇街|镇|乡|街道)/g;
/** What every such closer holds, found faster than by the closer itself: 个街道, 等镇. */
const TOWNS_CLOSED = /[个等](?:乡|镇|街道)/;
/** The kinds of town a list's closer names, as their names end. */
const TOWN_KINDS: Record<string, string[]> = { 乡镇: ['镇', '乡'], 镇街: ['镇', '街道'], 镇: ['镇'], 乡: ['乡'], 街道: ['街道'] };
/** What parts the items of a list of towns: 、, 和. */
const ITEM_SEPARATOR = new UnitSet();
for (const c of '、和') ITEM_SEPARATOR.add(c.charCodeAt(0));
/**
 * What may follow a two-character stem that names its town: a stop, a word that begins no name (道明将…, 道明的…,
 * 道明、…), or the part of it meant (福洪、清泉片区, 大弯—大同城区, 弥牟至城厢段, 怀远场镇); 文君街, 菁蓉汇 and 临邛古城 are names of
 * their own.
 */
const STEM_ENDS = /^(?:$|[^\u4e00-\u9fa5]|[将的和与及等在是已也还要正把对从向段]|片区|城区|一带|老?场镇|镇区)/;
/** The last character of a name a stem may begin: 鹤鸣山, 文君井, 红岩寺. */
const NAME_ENDING = /^[山河江湖村街路寺庙桥沟池坝堰湾洞岛宫观塔园井]/;
/** A stem that names the river, the lake or the mountain the town is named after: 跳蹬河, 朝阳湖, 葛仙山. */
const NATURE_NAME = /[河江湖山]$/;
const TIAN = 0x5929; // 天
const FU = 0x5e9c; // 府
/** Town stems that are words too. */
const WORD_STEMS = new Set(['石板凳', '水井坊', ...'天府 光明 复兴 幸福 团结 合作 友爱 胜利 前进 花园 古城 中兴 人和 新兴 公平 太平 东光 高明 新市 新星 和盛 大兴 永兴 兴隆 安乐 普安 回龙 水口 燎原 集贤 三合 五星 红岩 三江 石桥 平安 新场 长秋 白云 金星'.split(' ')]);

/**
 * The districts, towns and zones listed right before an office or its holder name theirs too (锦江、青羊、成华区人民政府; 成都东部新区、
 * 四川天府新区成都直管区、成都高新区管委会; 万春镇、寿安镇负责同志), as the district before a town's office names its own (成华区双桥子街道办事处).
 */
function officesListed(text: string, found: Found[]): void {
	for (let k = found.length - 1; k > 0; k--) {
		if (!found[k].title) continue;
		// Offices alike listed before a holder's title are its holders' too: 郫都区委、彭州市委主要负责同志.
		if (!found[k].body) for (let j = k - 1; j >= 0 && found[j].body && sameOffice(text, found[j], found[j + 1], found[k]); j--) delete found[j].body;
		const before = (j: number) => found[j].end === found[j + 1].start ? j === k - 1 : found[j].end + 1 === found[j + 1].start && text.charCodeAt(found[j].end) === PAUSE;
		for (let j = k - 1; j >= 0 && before(j) && found[j].place !== null && (hasOffices(found[j].place!) || ZONE.test(found[j].surface) || TOWN.test(found[j].surface)); j--) {
			found[j].title = true;
			if (found[k].body) found[j].body = true;
		}
	}
}

/** Whether what lies between a name and the next is the office after `held` and a 、: 郫都区委、 before 彭州市委主要负责同志. */
function sameOffice(text: string, f: Found, next: Found, held: Found): boolean {
	const office = text.slice(f.end, next.start - 1);
	return text.charCodeAt(next.start - 1) === PAUSE && office.length > 0 && text.startsWith(office, held.end);
}

/** The last of `hits` from i on that starts before `end`: the names inside a name told whole, which it skips. */
function lastWithin(hits: readonly { start: number }[], i: number, end: number): number {
	while (i + 1 < hits.length && hits[i + 1].start < end) i++;
	return i;
}

/** Whether a place is among those found. (No closure in the scan of the names: it would cost a context per name.) */
function holds(found: readonly Found[], place: string): boolean {
	for (const f of found) if (f.place === place) return true;
	return false;
}

/** Whether the name at `start` runs on from `last`, or from `last` in brackets: 重庆高新区, （重庆）科学城. */
function runsOn(text: string, last: Found, start: number): boolean {
	if (last.end === start) return true;
	const open = text.charCodeAt(last.start - 1);
	const close = text.charCodeAt(last.end);
	return last.end + 1 === start && ((open === 0xff08 && close === 0xff09) || (open === 0x28 && close === 0x29));
}

/**
 * Whether /([\u4e00-\u9fa5]{2,6})等([\u4e00-\u9fa5]{2,4})/y matches at `at` (an item, 等 and the kind
 * of the items: 成蒲等铁路), without running it at every offset it is asked about: the item's length
 * times 8 plus the kind's, or 0 for no match. The item is greedy, so it may hold a 等 itself.
 */
function itemDengKind(text: string, at: number): number {
	for (let item = hanAfter(text, at, 6); item >= 2; item--) {
		const k = at + item + 1;
		if (text.charCodeAt(at + item) !== DENG) continue;
		const kind = hanAfter(text, k, 4);
		if (kind >= 2) return item * 8 + kind;
	}
	return 0;
}

/** How many Chinese characters (U+4E00–U+9FA5) run from `at`, counting up to `max`. */
function hanAfter(text: string, at: number, max: number): number {
	let n = 0;
	while (n < max && isHan(text.charCodeAt(at + n))) n++;
	return n;
}

/** How many Chinese characters run back from just before `end`, not before `from`. */
function hanBefore(text: string, end: number, from: number): number {
	let n = 0;
	while (end - n > from && isHan(text.charCodeAt(end - n - 1))) n++;
	return n;
}

/** Whether any of `found` overlaps [a, b). */
function overlaps(found: readonly Found[], a: number, b: number): boolean {
	for (const f of found) if (f.start < b && a < f.end) return true;
	return false;
}

/**
 * Whether [a, b) cuts through none of `found` (in text order, as parse() finds them); if so, the
 * names wholly inside it are taken out.
 */
function clearInside(found: Found[], a: number, b: number): boolean {
	let first = found.findIndex((f) => f.end > a);
	if (first === -1 || found[first].start >= b) return true;
	let last = first;
	while (last < found.length && found[last].start < b) {
		if (found[last].start < a || found[last].end > b) return false;
		last++;
	}
	found.splice(first, last - first);
	return true;
}

/** overlaps() for names in text order that overlap no other (what parse() finds): a binary search. */
export function overlapsInOrder(found: readonly Found[], a: number, b: number): boolean {
	const first = firstAbove(found.length, (i) => found[i].end, a);
	return first < found.length && found[first].start < b;
}

/**
 * The first of `n` items whose key (ascending with the index) is above `at`, or n: found by halving,
 * not by a scan, as a paragraph that never breaks may hold thousands of sentences, clauses and
 * mentions, each asked about the others.
 */
export function firstAbove(n: number, key: (i: number) => number, at: number): number {
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (key(mid) <= at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** 锦江区委 is listed as "not a place" so it never counts as a commitment; here it is a mention in a title instead. */
function isOfficeOfPlace(e: NameEntry, gazetteer: Gazetteer): boolean {
	if (e.place || e.ambiguous || e.unlocated) return false;
	const m = /^(.+?)(?:委|人民政府)$/.exec(e.name);
	return !!m && gazetteer.places.some((p) => p.kind === 'district' && p.name === m[1]);
}

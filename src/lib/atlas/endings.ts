// Names read by their ending: streets and roads (望丛中路, 光华大道, 东大街, 枣子巷, 金简仁快速路, 成灌高速,
// 成灌铁路), parks (沙河源公园), greenways (北林绿道), housing estates (抚琴小区), communities (芳草社区), quarters (荷花池片区),
// interchanges (营门口立交), bridges (东门大桥), temples (昭觉寺), former residences (李劼人故居), villages (美满村), amusement parks
// (国色天乡乐园) and rivers (临溪河沿岸). No source names the city's streets or estates (the OSM
// roads of geo/basemap carry no names), and the gazetteer holds few parks and villages, yet they are
// where much of the work is: 打通…路, …大道快速化改造, …小区改造, …村新建…. A name the gazetteer lacks is
// kept as an unknown place, so the reading view says a place was named that the map cannot show.
//
// An ending is plain, a name's start is not: Chinese writes no space before a name. The name is
// taken as the shortest run of characters before the ending that starts where a word must end: a
// stop or a 、, a place found before it, a word that leads a name (经, 沿, 至 …) or a verb (推进, 改造 …).
// So 推进长顺上街 gives 长顺上街, 打通崔家店路 gives 崔家店路, 经南大街至和平街 gives 南大街 and 和平街.
// Endings that common words share (道路, 思路, 集成电路, 一带一路, 步行街, 背街小巷, 高速发展, 公园城市,
// 老旧小区, 乡村, 村(社区)) are turned away by what comes before or after them.
import { firstAbove, fullName, HERITAGE, HERITAGE_GOES_ON, overlapsInOrder, told, type Found } from '../geocode/parse';
import { ByFirstUnit, UnitSet } from '../text/bits';
import { ITEM_NUMBER } from '../text/headings';
import { isHan } from '../text/units';
import { verbRunAt } from './language';

/** Words that say which places, not which place: 省级高速公路, 全市快速路, 国际铁路, 相关路段, 部分路段, 当地社区. */
const WHICH = '省级|市级|区级|全市|全省|全国|全区|国际|国家|相关|有关|相应|对应|所属|部分|重点|主要|重要|现有|已有|周边|沿线|当地|本地|智慧|该|各|全|间';

/** The ends of a name before a temple that make it a place of its own: a district's, a town's, a street's, a hill's, another site's (新津区, 武侯祠). */
const KIND_ENDED = /(?:[区县市镇乡村路街巷山河江湖园站祠寺庙宫观塔楼堂馆桥段]|街道|社区|大道|干流)$/;
/**
 * …and before a heritage site: a district's or a city's, or its short form of two characters (新都区, 都江堰市, 邛崃石笋山摩崖造像), an old
 * town's, whose sites are its own (洛带古镇广东会馆), a street's or a river's course (沱江干流); not a village's or a town's (铁牛村冶铁遗址,
 * 黄龙溪古渡口遗址).
 */
const DISTRICT_ENDED = /^[\u4e00-\u9fa5]{2}$|(?:[区县市段路街巷]|街道|古镇|古城|干流)$/;
/**
 * The names before a square that are places of their own: a long one (西岭雪山映雪广场), or a district's, a town's, a village's, a community's, a
 * station's, a road's, a hill's or a park's (新都区, 铁牛村, 成都东站, 五津西路, 新华公园); a district's or an area's short name is the square's (金牛万达广场, 猛追湾滨河广场).
 */
const SETTLED = /^[\u4e00-\u9fa5]{4,}$|(?:[区县市镇乡村站路街巷山园]|街道|社区)$/;
/** An office's old seat, no site's own name, whatever place it is after: 团结镇政府旧址, 农科村村委会旧址. */
const OFFICE = /(?:政府|村委会|居委会|委员会)$/;

/** What names a small park by the place before it: its gate, its old street, its bank (北门, 老街, 左岸). */
const BY_GATE = /^(?:[东西南北正][门侧]|老街|[左右]岸|滨河)$/;
/** A small park (口袋公园, 小游园), which takes its road's name as a community does. */
const SMALL_PARK: Kind = {
	min: 2,
	most: 5,
	afterRoad: 6,
	generic: new RegExp(`(?:[座个处批些型]|城市|社区|街头|街角|家门口|邻里|新建|新增|建成|打造|一批|多个|${WHICH})$`)
};

interface Kind {
	/** The fewest and most characters of a name before its ending. */
	min: number;
	most: number;
	/** Ends of those characters that make a common word: 道路, 线路, 公路, 集成电路; 步行街; 小巷. */
	generic: RegExp;
	/** What may follow the ending and make it part of a longer word: 路网, 路线, 街道, 街区, 巷子, 高速发展. */
	after?: RegExp;
	/**
	 * Whether a name is read only where its place stands right before it (玉林街道芳草社区), after a colon
	 * (划片范围：洗面桥社区), beside another of its kind in a list (簇锦社区、簇桥社区), or before the work done
	 * there or a part of it (凤溪社区完成…, 南熏社区党群服务中心).
	 */
	placed?: boolean;
	/** For a kind whose ending common words share, what must follow a name for it to be read: a river's banks (临溪河沿岸). */
	before?: RegExp;
	/** …or what may stand before it instead: what runs along a river (沿临溪河新建绿道). */
	led?: RegExp;
	/**
	 * For a kind whose name may be its road's name and the ending (双林中横路社区, 桑荫驿路绿道), the most characters of such a
	 * name before its ending: it is a name wherever it stands.
	 */
	afterRoad?: number;
	/** What may follow the ending of a two-character name and make it a longer word (路段). */
	shortAfter?: RegExp;
	/** The one character that may name one alone after a mark or its town (TOWN_BEFORE), not a word: an old town's streets by their side (东街、北街, ｜正街｜). */
	single?: RegExp;
	/**
	 * For a name that may hold places found inside it, which give way to it (成都中医药大学温江校区 is not 温江), what it
	 * starts with: its start is sought further back until it does (西南财经大学柳林校区, not 大学柳林校区 after 经).
	 */
	holds?: RegExp;
	/** Whether a name may open with the place at its other end: 青白江至广汉快速通道, 彭州至什邡旅游快速通道 (not 什邡快速通道). */
	byEnds?: boolean;
	/**
	 * Whether a name may open with the place's name right before it, one that does not end as this pattern says: a temple's town's short name
	 * (石板滩文昌宫, 新津观音寺; not 新津区观音寺), a heritage site's village or town (铁牛村冶铁遗址, 黄龙溪古渡口遗址). A name so held is one,
	 * though its own words are a kind's (冶铁遗址).
	 */
	byTown?: RegExp;
}

/**
 * A river the sources lack, by what only a river has after its name: banks, a basin, a course, its riverside, its flood works and
 * water (临溪河沿岸, 驿马河沿线, 蒲江河流域, 临溪河畔, 临溪河滨河步道, 白鹿河沿河道路, 出江河防洪治理, 出江河水环境综合治理; not 综合治理 alone, which any
 * work may be), or the label of an item about it (4. 驿马河：龙泉街道城区段，…); not the kinds of river (内河, 江河流域) nor
 * China's great ones (长江流域, 黄河流域).
 */
const RIVER: Kind = {
	min: 1,
	most: 3,
	generic: new RegExp(`(?:^[江河溪]|[大小内外运沿滨临护界母支干主两长黄淮珠条]|城市|城区|中心|${WHICH})$`),
	before: /^(?:沿岸|两岸|水岸|岸线|沿线|[左右]岸|流域|畔|[：:]|干流|支流|[上中下]游|河道|河段|部分河段|滨河|滨水|沿河(?:道路|公路|绿道|步道)|防洪|堤防|水环境|水生态)/,
	led: /沿$/
};

/** An irrigation canal, by its name before 斗渠, 支渠 or 干渠 (see 斗渠 below). */
const CANAL: Kind = { min: 2, most: 5, generic: new RegExp(`(?:[条处座个的各级主总干骨片含大]|[上中下]游|灌区|境内|部分|农田|灌溉|田间|末级|新建|现有|沿线|${WHICH})$`) };
/** A public rental estate, by its name before 公租房 or 公租房小区 (see 公租房 below). */
const PUBLIC_RENTAL: Kind = { min: 2, most: 5, generic: new RegExp(`(?:[级套间批处个的]|本级|市级|区级|新建|筹集|配租|实物|保障性|城市|一批|多个|现有|空置|闲置|发放|申请|入住|${WHICH})$`) };
/** A refuse transfer station, by its name before whichever of its kind's names it ends with (see 垃圾转运站 below). */
const TRANSFER: Kind = { min: 2, most: 6, generic: new RegExp(`^某|(?:[个座处的大小新老旁边侧]|压缩式?|地埋式|社区|城市|生活|附近|周边|${WHICH})$`) };
const PLANT: Kind = {
	min: 2,
	most: 4,
	generic: new RegExp(`(?:[座个家处各新]|城镇|城市|乡镇|农村|集中|配套|分散式|分布式|一体化|地埋式|下沉式|大型|小型|新建|现有|已建|在建|规划|建设|新城|园区|产业园区|工业园区|区域|${WHICH})$`)
};

const SCHOOL: Kind = {
	min: 2,
	most: 6,
	afterRoad: 6,
	generic: new RegExp(`(?:[所座个家批新老级中好初高特附寄完公民普优城乡农按上读学校大]|品质|普惠性|划片|无废|义务教育|阶段|应届|秋季|春季|暑期|寒假|暑假|假期|周末|接收|转入|两镇|部分镇|流入镇|小规模|中职|中心|项目|山区|孩子|学生|住宿|城区|城市|乡村|农村|公办|民办|一贯制|寄宿制|完全|普通|重点|示范|优质|一批|多所|市级|区级|县级|初级|高级|附属|职业|技工|特殊|国际|配套|名校|新建|现有|周边|附近|家门口|片区|辖区|直属|实验|外国语|教育|老年|遵守|参与|进入|走进|离开|返回|回到|前往|选择|爱护|指导|(?<!第[一二三四五六七八九十]*)[一二三四五六七八九十]|^第[一二三四五六七八九十]+|${WHICH})$`),
	// 中学生, 小学部, 学校门口: a school's pupils, parts and gates are no school's name's.
	after: /^(?:生|部|段|门|内|外|周边|校长|教师|老师|学生|家长|食堂)/
};

const VENUE: Kind = {
	min: 2,
	most: 6,
	generic: new RegExp(`(?:[座个家所间级馆类]|城市|市级|区级|县级|镇级|村级|社区|乡村|农家|数字|智慧|口袋|小时|新建|一批|多个|各类|综合|专题|主题|特色|非遗|民营|民办|行业|企业|公共|历史|遗址|考古|小型|大型|流动|分馆|总馆|一流|中国|世界|${WHICH})$`),
	// A town named for its museums (安仁·中国博物馆小镇) is no museum.
	after: /^(?:小镇|聚落|群)/
};

/**
 * A heritage site by its name (老官山汉墓遗址, 国营红光电子管厂旧址, 永宁罗氏宗祠, 绣川书院, 唐昌文庙, 洛带江西会馆, 安仁陈月生公馆,
 * 灵岩山摩崖造像, 街子字库塔), not the kinds a plan protects (考古遗址, 工业遗址, 革命旧址, 古民居群) nor a site's park, museum or area (遗址公园, 遗址区).
 */
/**
 * What a street, a stop, an estate or a quarter named after a site has after the site's name: 武侯祠大街, 城隍庙公交站, 城隍庙小区,
 * 牛王庙片区, 衣冠庙立交.
 */
const NAMED_AFTER_IT = '[东西南北中]?(?:[路街巷]|大街|大道)|社区|村|街道|小区|片区|立交|口袋公园|[小微]游园|公园|商圈|公交站|地铁站|站';
const HERITAGE_SITE: Kind = {
	min: 2,
	most: 10,
	byTown: DISTRICT_ENDED,
	generic: new RegExp(`(?:[古老旧座处个家的类批]|政府|村委会|居委会|考古|工业|历史|文化|革命|红色|重要|重点|文物|大型|传统|家族|一批|多处|各类|城市|乡村|社区|地震|摩崖|石刻|民国|近代|明清|晚清|川西|${WHICH})$`),
	after: HERITAGE_GOES_ON
};

/**
 * A school's campus or branch (西南交通大学犀浦校区, 川大望江校区, 建设路小学龙潭校区, 成都七中林荫校区, 成都市双林小学北湖分校): a site, by its
 * school's name and its own.
 */
const CAMPUS: Kind = {
	min: 4,
	most: 16,
	generic: /^(?:(?!大学|学院|川大|交大|师大|科大|中学|小学|学校|[一二三四五六七八九十]中).)*$/,
	// Not a kind of school alone (实验学校新校区 is 双流中学实验学校新校区).
	holds: /^(?:(?!(?:实验|外国语|附属)(?:学校|中学|小学))[\u4e00-\u9fa5]{2,}(?:大学|学院|中学|小学|学校|(?<=成都)[一二三四五六七八九十]+中)|川大|交大|师大|科大)/
};

/** A market, a 农贸市场 or a 菜市场, by its name; one named after its road (宏济路农贸市场) is read as such; not how near one is (10分钟可达菜市场). */
const MARKET: Kind = {
	min: 2,
	most: 5,
	afterRoad: 6,
	generic: new RegExp(`(?:[个座家所批的新老大小]|标准化|智慧|无废|示范|星级|放心|规范化|社区|城市|城区|乡镇|镇级|周边|附近|可达|${WHICH})$`)
};

/** A metro line's depot by its place (龙泉车辆段, 大丰车辆基地), which a place of its name gives way to; not the kinds a line builds (新建车辆段1座). */
const DEPOT: Kind = { min: 2, most: 4, holds: /^[\u4e00-\u9fa5]/, generic: new RegExp(`(?:[座个处的新]|地铁|轨道|一期|二期|综合|${WHICH})$`) };

const COACH: Kind = { min: 2, most: 6, generic: new RegExp(`(?:[个座处的新老大小]|公路|长途|汽车|城市|城乡|乡镇|农村|综合|一级|二级|三级|${WHICH})$`) };
const CEMETERY: Kind = { min: 2, most: 5, generic: new RegExp(`(?:[座个处家的新老区县市镇村]|公益性|经营性?|农村|城市|城乡|城郊|近郊|乡镇|生态|骨灰|烈士|革命|陵园|${WHICH})$`), after: /^片区/ };
const BUS_STATION: Kind = { min: 2, most: 5, generic: new RegExp(`(?:[个座处的临时]|港湾式|接驳|配套|新建|附近|城市|社区|${WHICH})$`), after: /^点/ };
const KINDS: Record<string, Kind> = {
	路: {
		min: 2,
		most: 5,
		generic: new RegExp(
			`(?:(?<![东西南北])[支一]|[道公铁线思马网出套门水陆进退来去干走跑修让对歧弯近活后前头心丝链生财销电回迷新老小好辅匝便岔夜归正绕通末领引开探季街车段找还顺带问认铺拟]|(?:^|[公花校游庭陵果菜茶园内侧损]|环湖|${WHICH})园|^.?山|进山|出山|十字|丁字|通勤|石板|农村|乡村|林荫|瓶颈|回家|致富|共富|发展|改革|振兴|复兴|奋斗|创业|成长|求学|上学|次差|断头|低洼|积水|产业|资源|旅游|扶贫|通村|入户|机耕|生产|临崖|陡坡|急弯|级|级总|[护巡]|硬化|快速|主干|次干|高速|施工|经营|集中|管制|敏感|拥堵|事故|危险|繁忙|限行|封闭|高发|易发|多发|相交|交叉|平交|提升|改造|渠化|地下环|剩余|其余|${WHICH})$`
		),
		// 双林中横路社区, 水碾河路北社区, 桑荫驿路绿道, 望江路小区, 新鸿路小学, 府青路立交: a community, a greenway, an estate, a school or an interchange named after its road is read as such.
		// (A company's 路桥 is its trade, roads and bridges: 四川蜀川路桥工程有限公司; 路内停车 is parking on the street: 城区路内停车收费.)
		after: /^(?:[线径网面灯费由况演过途程子数基权标侧边测缘肩牙]|内(?:停车|泊位|车位|收费)|桥(?:工程|建设|集团|股份|有限|公司)|[东西南北]?社区|绿道|立交|小区|口袋公园|[小微]游园|农贸市场|菜市场|(?:实验|外国语)?(?:小学|中学|初级中学|学校|幼儿园))/,
		// 重点路段, 剩余路段, 1.4公里路段: a section of a road is named by the road, not by two characters.
		shortAfter: /^段/
	},
	街: {
		min: 2,
		most: 5,
		generic: /(?:[主老古背条大逛走沿临过满长夜开两镇]|商业|步行|美食|特色|风情|小吃|文化|创意|金融|网红|酒吧|示范|潮流|主题)$/,
		single: /^[东西南北正]$/,
		// 南街社区 is a community's name, read as one; 街长 (as 巷长) is its keeper; 街子 is a town (街子古镇, 街子字库塔).
		after: /^(?:[道区坊头巷面景市边角镇乡长子]|社区|小区|口袋公园|[小微]游园|农贸市场|菜市场|(?:实验|外国语)?(?:小学|中学|初级中学|学校|幼儿园))/
	},
	巷: { min: 2, most: 5, generic: /[街小背陋深里老古头串支]$/, after: /^(?:[子道尾长]|社区)/ },
	// An alley called a 巷子 (宽巷子, 井巷子), not the alleys of a quarter (老巷子, 这条巷子); 宽巷子社区 is a community's name.
	巷子: { min: 1, most: 3, generic: new RegExp(`(?:[街小背陋深里老古头串支条些个的进]|${WHICH})$`), after: /^社区/ },
	// 东大街, 下东大街; not 走上大街.
	// (…not 扩大 before 街道: 进一步扩大街道（镇）教学点.)
	大街: { min: 1, most: 4, generic: /^(?:[^东西南北]|.*[上逛满走])$/, after: /^道/ },
	// 青羊大道社区 is a community's name.
	大道: { min: 2, most: 5, generic: /(?:康庄|阳光|光明|金光|发展|幸福|成功|致富|城市|^商贸)$/, after: /^社区/ },
	快速路: { min: 2, most: 5, generic: new RegExp(`(?:城市|区域|新建|多条|骨干|高|车道|${WHICH})$`), after: /^网/ },
	// A fast road by its name (成金青快速通道); not the fast tracks of offices (审批快速通道, 绿色快速通道).
	快速通道: {
		min: 2,
		most: 5,
		byEnds: true,
		generic: new RegExp(`(?:城市|区域|新建|多条|旅游|绿色|审批|服务|办理|办事|政务|专属|维权|救治|就医|医疗|急救|应急|生命|人才|通关|物流|申报|受理|投诉|诉讼|理赔|融资|金融|预审|确权|知识产权|专利|商标|登记|注册|${WHICH})$`)
	},
	// 高速 alone is a road's unless it goes on as the adjective's word.
	高速: {
		min: 2,
		most: 5,
		generic: new RegExp(`(?:实现|保持|继续|经济|持续|产业|发展|城市|新建|多条|${WHICH})$`),
		after: /^(?:发展|增长|运行|运转|列车|动车|铁|磁|飞|行驶|旋|率|度|路|网|时代|通道|移动|互联|宽带|充电|信息|传输|计算)/
	},
	高速公路: { min: 2, most: 5, generic: new RegExp(`(?:城市|区域|新建|多条|车道|${WHICH})$`), after: /^网/ },
	// A railway's name is a short one of its ends (成灌铁路, 成遂渝铁路); 成都铁路枢纽 is a hub.
	铁路: {
		min: 2,
		most: 3,
		generic: new RegExp(`(?:城际|高速|普速|市域|货运|地方|干线|重载|沿江|城市|新建|多条|[单双复]线|站|实现|兼具|具备|下穿|上跨|${WHICH})$`),
		after: /^(?:枢纽|运输|网|局|集团|技术|港|口岸|货|物流|专用|场站|部门|公安|职业|学院|交通)/
	},
	公园: {
		min: 2,
		most: 8,
		generic: new RegExp(`(?:[两大小些]|哪些|更多|宝藏|城市|数据|数字|口袋|社区|主题|宜居|专类|地区|郊野|湿地|体育|森林|生态|文化|遗址|考古|农业|滨河|滨水|街头|游园|中央|一批|新建|新增|多个|综合|特色|示范|儿童|友好|运动|科技|产业|智慧|国家|地质|人均|封闭|环境|带状|家门口|邻里|分钟|自然|乡村|滨江|城区|河流|河湖|站前|住区|片区|山地|湖滨|林盘|[型逛添入成与和及像变完]|立体|空中|屋顶|届时|市属|区属|进出|篮球|足球|${WHICH})$`),
		after: /^(?:城市|式|化|群|体系|绿道|建设|管理|服务|社区|生活圈)/
	},
	// A small park by its name, or by its road's (十陵口袋公园, 莲桂南路口袋公园, 静安路小游园); not the kinds a plan builds (新建口袋公园, 社区小游园).
	口袋公园: SMALL_PARK,
	小游园: SMALL_PARK,
	微游园: SMALL_PARK,
	// A greenway by its name (北林绿道, 熊猫绿道); not the kinds of greenway plans build (社区绿道, 滨河绿道, 区域级绿道).
	绿道: {
		min: 2,
		most: 5,
		afterRoad: 6,
		generic: new RegExp(`(?:[级条段岸处域区形地边游述境线带环网型式局以与和及或]|接驳|青山|滨河|滨水|滨江|滨湖|沿河|沿江|生态|郊野|健身|运动|骑行|步行|慢行|登山|乡村|林盘|公园|环城|环山|环湖|环园|跨河|跨江|都市圈|城际|新建|新增|已建|特色|示范|精品|主题|景观|森林|湿地|田园|堤顶|支线|干线|主线|配套|一批|多个|${WHICH})$`),
		after: /^(?:网|体系|系统|长|[\u4e00-\u9fa5]?巡查)/
	},
	// An estate by its name, or by its road's (望江路小区, 桂湖中路小区).
	小区: {
		min: 2,
		most: 5,
		afterRoad: 6,
		generic: new RegExp(`(?:老旧|安置|移民|集中|统一|就近|就地|异地|示范|居民|物业|物管|商品房|保障房|住宅|院落|新建|已建|完工|存量|多个|不少|城市|拆迁|回迁|农民|集中居住|沿街|改造|无物业|无废|低洼|平安|智慧|安防|绿色|美丽|幸福|宜居|告知|居住|联合|老|新|以后|今后|去年|今年|明年|${WHICH})$`)
	},
	// A public rental estate by its name (锦华苑公租房, 蔡桥公租房; 华盛苑公租房小区 is the estate 华盛苑, no 公租房小区 of its own), not the kinds or what is done with them (市本级公租房, 新建公租房, 长期空置公租房, 发放公租房租赁补贴).
	公租房: PUBLIC_RENTAL,
	公租房小区: PUBLIC_RENTAL,
	// A town's old street by the town's name (天回老街, 华阳老街), not the kinds (百年老街, 临河老街, 这片老街, 好多老街, 留住老街); one after a town the gazetteer
	// knows (彭镇老街) is read as the town.
	老街: { min: 2, most: 4, generic: new RegExp(`(?:[这那些条片种段座处的与同跟多]|[能还也都就]和|留住|守住|保留|走进|回到|百年|临河|临江|沿河|沿江|周边|城市|历史|传统|特色|${WHICH})$`) },
	// An estate by its name alone (锦华苑, 理工东苑), read only where placed, as after its community (香荷社区锦华苑): 苑 ends
	// too many other words (御苑, 学苑) for one to be read where nothing places it; 科华苑社区 is a community's name.
	苑: { min: 2, most: 4, placed: true, generic: new RegExp(`(?:[个座处家所的批新老御学文艺书]|${WHICH})$`), after: /^(?:社区|小区)/ },
	// An old estate by its name (保和新村), or a works' dormitory (量具刃具厂宿舍), as a list of estates to renew names them; not new villagers (组织新村民).
	新村: { min: 2, most: 4, after: /^民/, generic: new RegExp(`(?:[座个片批]|城市|农民|集中|安置|移民|美丽|幸福|水美|和美|宜居|社会主义|${WHICH})$`) },
	// A cemetery by its name (磨盘山公墓, 凤凰陵园), not its kind (公益性公墓, 农村公墓, 生态陵园).
	公墓: CEMETERY,
	陵园: CEMETERY,
	墓园: CEMETERY,
	宿舍: { min: 2, most: 6, generic: new RegExp(`(?:[座栋个间的老旧区层砖]|职工|员工|学生|教师|教职工|集体|单位|人才|青年|${WHICH})$`), after: /^(?:楼|区)/ },
	// A community by its name (凤溪社区); plans build too many kinds of community (产业社区, 康养社区, 入口社区,
	// 15分钟社区生活圈, a county seat's 县城社区; not 长城社区, 锦城社区) for one to be read where nothing places it; nor is one the office of a zone's communities
	// (成都东部新区社区治理和社事局).
	社区: {
		min: 2,
		most: 4,
		placed: true,
		after: /^(?:发展)?治理/,
		afterRoad: 6,
		generic: new RegExp(
			`(?:[进入到下在各全本新老镇村乡式]|县城|主城|全城|进城|(?:前几|这几|近几|近|去|今|明|当|往)年|分钟|入口|产业|康养|养老|人才|青年|科创|创新|创业|运动|健康|生态|共享|邻里|熟人|电商|数字|城乡|所在|示范|智慧|老旧|国际化|未来|完整|幸福|美丽|和美|平安|绿色|低碳|无废|友好|文明|学习型|书香|公园|院落|农村|城市|新型|涉农|拆迁|安置|商品房|居民|相关|试点|重点|涉及|周边|辖区|多个|各个|商圈|街道|${WHICH})$`
		)
	},
	// An urban renewal unit by its name (望平滨河更新单元); not the kinds a plan names (城市更新单元, 重点更新单元), nor a known place's (熊猫塔更新单元
	// is 熊猫塔's).
	更新单元: { min: 2, most: 6, generic: new RegExp(`(?:[东西南北中大小新老个部]|城市|重点|片区|社区|街区|首批|试点|示范|若干|多个|${WHICH})$`) },
	// A quarter by its name (荷花池片区, 量力钢材城片区); not the kinds of quarter plans name (重点片区, 城市更新片区).
	片区: {
		min: 2,
		most: 5,
		generic: new RegExp(
			`^[东西南北中]部|(?:[东西南北中大小新老镇村乡个部底]|[东西南北][侧面边]|老城|新城|主城|古城|城市|城区|更新|重点|功能|核心|产业|商业|居住|站点|站城|生态|农业|旅游|文旅|文创|数字|示范|试点|融合|发展|特色|历史|文化|老旧|连片|城乡|滨河|滨水|沿河|沿江|重大|两大|三大|四大|五大|若干|多个|公园|站前|山地|调研|讲述|成都|开发|工业|科创|经济|综合|密集|低洼|管控|^商贸|${WHICH})$`
		)
	},
	校区: CAMPUS,
	分校: CAMPUS,
	// Not the kinds of market a plan upgrades (标准化农贸市场, 社区农贸市场).
	农贸市场: MARKET,
	菜市场: MARKET,
	// A wholesale market by its name (城北农产品批发市场, 成都农产品中心批发市场), not the kinds (农产品批发市场 alone, 区域性批发市场).
	批发市场: { min: 2, most: 8, generic: new RegExp(`(?:^(?:农产品|农副产品|水产品?|蔬菜|果蔬|二手车|花卉|建材)|[个座家所批的新老大小]|区域性|综合性?|专业|大型|${WHICH})$`) },
	// A bus terminus by its name, as a notice of routes gives it (茶店子公交站, 西华公交站; a hub or a terminus moved: 动物园公交枢纽站, 二仙桥公交首末站);
	// not the kinds of stop (临时公交站, 港湾式公交站), nor stops in general (施工期间如公交站点位置临时调整).
	公交站: BUS_STATION,
	公交枢纽站: BUS_STATION,
	公交首末站: BUS_STATION,
	// A coach station by its name (成都城东客运中心, 茶店子客运站); not the kinds a plan builds (公路客运站, 乡镇客运站, 综合客运中心).
	客运中心: COACH,
	客运站: COACH,
	// A refuse transfer station by its name (天回垃圾转运站, 沙河源生活垃圾压缩转运站); not the kinds a plan builds (压缩式垃圾转运站, 小型垃圾转运站,
	// 生活垃圾压缩转运站) nor one by where it is (某小区旁垃圾转运站).
	垃圾转运站: TRANSFER,
	生活垃圾转运站: TRANSFER,
	垃圾压缩转运站: TRANSFER,
	生活垃圾压缩转运站: TRANSFER,
	// A neighbourhood centre by its name (菁蓉邻里中心, 石板滩邻里中心); not the kinds a plan builds (社区邻里中心, 街区邻里中心, 一站式邻里中心)
	// nor one by where it is (场镇邻里中心, 交叉口邻里中心).
	邻里中心: { min: 2, most: 5, generic: new RegExp(`^号|(?:[个座处的家大小新]|社区|街区|场镇|小区|片区|城市|一站式|综合性|新建|首个|交叉口|路口|${WHICH})$`) },
	车辆段: DEPOT,
	车辆基地: DEPOT,
	// A characteristic town by its name (菁蓉小镇, 道明竹艺小镇, 洛带客家文化小镇), not the kinds a plan builds (特色小镇, 一批康养小镇).
	小镇: { min: 2, most: 6, generic: new RegExp(`(?:^(?:风情|田园|旅游|文旅|康养|休闲|森林|体育|运动|产业|数字|网红|美丽|宜居|中国|生态)|[座个家批的各]|特色|温泉|文创|音乐|博物馆?|主题|度假|茶香|果旅|欧洲|博览|一批|多个|省级|市级|${WHICH})$`) },
	// An interchange by its name (营门口立交, 成渝立交).
	// (…not 立交 of 建立交界: 与芦山县建立交界林区联防机制.)
	// An interchange by its name or its road's (营门口立交, 府青路立交, 人民北路立交), not the kinds (互通式立交, 枢纽立交).
	立交: { min: 2, most: 4, afterRoad: 6, generic: new RegExp(`(?:互通式?|分离式|枢纽|道路|城市|新建|高架|节点|[一二三四五六七八九十]段|${WHICH})$`), after: /^界/ },
	// A works of the city's by its name or its number (洗瓦堰再生水厂, 第三再生水厂, 万兴环保发电厂, 长安垃圾填埋场, 长安静脉产业园); not
	// the kinds a plan builds (城镇污水处理厂, 新城再生水厂, 产业园区污水处理厂).
	// An irrigation canal by its name (苏坡斗渠, 红旗分干渠), not the kinds a plan lines (农田斗渠, 各级支渠, 灌区干支渠, 内江四大干渠, 上游支渠).
	斗渠: CANAL,
	支渠: CANAL,
	干渠: CANAL,
	// A camp by its name (大飞水森林营地, 王泗稻香营地), not the kinds (露营地, 房车营地, 研学实践教育营地, 规范营地) nor where a business is (变更经营地).
	营地: { min: 2, most: 8, generic: new RegExp(`(?:[个处座家的新露经]|房车|帐篷|研学|实践|教育|户外|汽车|自驾|规范|合法|临时|野外|${WHICH})$`) },
	// An expressway's toll station by its name (成佳收费站, 龙泉驿收费站, whose 龙泉驿 gives way to it); not the kinds a road has (匝道收费站, 主线收费站) nor
	// those a notice names by their part in it (项目路段收费站, 可替代收费站).
	收费站: { min: 2, most: 4, holds: /^[\u4e00-\u9fa5]/, generic: new RegExp(`(?:[个座处的新]|高速|匝道|主线|公路|路段|替代|${WHICH})$`) },
	// A substation by its name (110千伏桥楼变电站, 牛市口变电站), not the kinds a plan builds (220千伏变电站, 户内变电站, 新建变电站3座).
	变电站: { min: 2, most: 5, generic: new RegExp(`(?:[座个处的各]|千伏|伏|户内|户外|箱式|专用|临时|移动|区域|枢纽|新建|现有|已有|配套|城市|智能|储能|用户|${WHICH})$`) },
	再生水厂: PLANT,
	污水处理厂: PLANT,
	净水厂: PLANT,
	环保发电厂: PLANT,
	垃圾填埋场: PLANT,
	静脉产业园: PLANT,
	// A reservoir by its name (紫坪铺水库, 久隆水库), not the kinds a plan keeps safe (病险水库, 中小型水库, 山区水库).
	水库: {
		min: 2,
		most: 4,
		generic: new RegExp(`(?:[座个型的库各]|病险|山区|丘陵|平原|骨干|调蓄|蓄水|水源|备用|应急|城市|新建|现有|一批|多座|重点|重要|大中|中小|${WHICH})$`),
		after: /^群/
	},
	// A museum or a gallery by its name (天府美术馆, 成都当代艺术馆, 成都自然博物馆, 明蜀王陵博物馆), not the kinds a plan builds
	// (社区图书馆, 一批博物馆, 非遗展示馆, 口袋图书馆, 24小时城市书房).
	美术馆: VENUE,
	艺术馆: VENUE,
	博物馆: VENUE,
	纪念馆: VENUE,
	图书馆: VENUE,
	文化馆: VENUE,
	科技馆: VENUE,
	// A city study room by its name (东篱城市书房), as a library is.
	城市书房: VENUE,
	// A square by its name (映雪广场, 道源广场, 南熏滨水广场, 仁恒置地广场) or its place's (龙泉音乐广场, 猛追湾滨河广场, 玉林生活广场), not the kinds a plan
	// builds (文化广场, 市民广场, 站前广场, 健身广场, 下沉广场), a park holds (太极广场, 银杏广场) or a toll station (八车道收费广场), a site's side or forecourt (进入西广场, 遗迹馆广场, 综合文化站广场), a dance (广场舞) nor a road named after one (三渡水广场路).
	广场: {
		min: 2,
		most: 6,
		byTown: SETTLED,
		generic: new RegExp(`(?:[座个处家所的新老大小前后内外上中下门侧东西南北馆站房区基]|城市|县城|文化|文体|市民|村民|居民|休闲|健身|站前|中心|入口|集散|游客|商业|主题|景观|生态|中央|公共|社区|院落|小区|党群|服务|演艺|乡村|活动|临时|综合|交通|剧场|景区|村委会|场镇|公园|门诊|密集|硬质|下沉|口袋|音乐|太极|林荫|银杏|古树|雕塑|收费|车道|${WHICH})$`),
		after: /^(?:舞|式|化|群|[路街])/
	},
	// A school by its name (棕北中学, 九江小学, 犀浦实验小学, 成都七中东部学校, 西航港第三小学, 通江中小学, 金湾美湖幼儿园) or its road's (建设路小学), not the kinds
	// a plan builds (公办小学, 城区中学, 九年一贯制学校, 大中小学, 普惠性幼儿园, 高品质幼儿园) nor those a notice of enrolment names (义务教育阶段学校, 应届小学毕业生).
	小学: SCHOOL,
	中学: SCHOOL,
	// (…a middle school by its level too, whose 级 would end a common word before 中学: 九江初级中学, 棕北高级中学.)
	初级中学: SCHOOL,
	高级中学: SCHOOL,
	学校: SCHOOL,
	中小学: SCHOOL,
	幼儿园: SCHOOL,
	// A river's monitoring section by its name (锦江黄龙溪断面, 沱江宏缘断面), which a town of its name inside it gives way to; not the
	// kinds of section (国考断面, 出境断面, 跨界断面, 市界断面, 地表水断面, 入江口断面, 行洪断面).
	断面: {
		min: 2,
		most: 4,
		holds: /^[\u4e00-\u9fa5]/,
		generic: new RegExp(`(?:[国省市区县段]考|[省市区县]界|出境|入境|出川|入川|考核|监测|跨界|交界|干流|支流|河流|水质|地表水|地下水|控制|趋势|背景|对照|省控|市控|国控|自动|(?<![两三])[入出]?[江河]口|行洪|过水|[个处座]|${WHICH})$`)
	},
	// A bridge by its name (东门大桥, 五岔子大桥), not the kinds a plan builds (跨江大桥, 特大桥).
	大桥: { min: 2, most: 4, generic: new RegExp(`(?:[特座]|跨江|跨河|城市|新建|改建|一批|公路|铁路|${WHICH})$`) },
	// A bridge by its old name alone, read only at an end of a river's stretch (自送仙桥至南门大桥, 自八里桥至驷马桥) or in a list of bridges
	// (对踏水桥、八里桥等6座桥梁实施维修加固): too many words end in 桥 (天桥, 便桥, 人行桥, 高架桥) for one to be read anywhere else.
	桥: {
		min: 2,
		most: 3,
		before: /^(?:至|到|[、和][\u4e00-\u9fa5]{2,3}桥)/,
		led: /(?:^|[^\u4e00-\u9fa5])[自从]$|[至到]$|桥[、和]$/,
		// (站西桥北街, 驷马桥路, 驷马桥街道, 八里桥社区, 五桂桥立交 are others'.)
		after: /^(?:[东西南北中]?(?:[路街巷]|大道)|街道|社区|村|镇|片区|小区|站|立交|[头边下])/,
		generic: new RegExp(`(?:[天便拱危铁木石吊浮栈廊的座个处新老旧两三四五小大]|人行|立交|高架|跨线|跨江|跨河|景观|城市|公路|铁路|${WHICH})$`)
	},
	...Object.fromEntries(HERITAGE.map((e) => [e, HERITAGE_SITE])),
	// A tomb, a shrine or a temple by its name (王建墓, 孟知祥墓, 工部祠, 汉昭烈庙, 城隍庙), not the kinds (公墓, 坟墓, 祖墓, 宗祠, 家庙, 寺庙),
	// nor the start of a street, a stop or a quarter named after one (NAMED_AFTER_IT).
	墓: { min: 2, most: 4, generic: new RegExp(`(?:[公坟祖古新老大小座处]|烈士|家族|${WHICH})$`), after: new RegExp(`^(?:[群地葬园区碑穴]|志铭|${NAMED_AFTER_IT})`) },
	祠: { min: 2, most: 4, generic: new RegExp(`(?:[宗家古新老座处]|${WHICH})$`), after: new RegExp(`^(?:堂|庙|${NAMED_AFTER_IT})`) },
	庙: { min: 2, most: 4, byTown: KIND_ENDED, generic: new RegExp(`(?:[寺家古新老座处土]|${WHICH})$`), after: new RegExp(`^(?:[会宇门前后]|${NAMED_AFTER_IT})`) },
	// A temple or a guild hall by its name (关圣宫, 南华宫, 帝主宫), not the kinds of palace (少年宫, 文化宫, 迷宫, 地宫) nor a hotpot (九宫格).
	宫: { min: 2, most: 3, byTown: KIND_ENDED, generic: new RegExp(`(?:[少年迷子皇故行地龙月天冰水座处的古新老]|文化|科技|儿童|妇女|职工|${WHICH})$`), after: new RegExp(`^(?:[殿格颈廷灯门前后内外会宇观]|${NAMED_AFTER_IT})`) },
	// An old walled town by its name (临邛古城, 灌县古城), not the kind (千年古城, 历史文化古城); 古城镇 and 古城遗址 are others'.
	古城: { min: 2, most: 3, generic: new RegExp(`(?:[座个的大小老新逛游来到在]|千年|历史|文化|历史文化|${WHICH})$`), after: /^(?:镇|街道|村|社区|遗址|墙|[东西南北中]?[街路巷])/ },
	// A former residence by its owner's name (李劼人故居, 巴金故居), not the kind (名人故居).
	故居: { min: 2, most: 4, generic: new RegExp(`(?:名人|伟人|名家|文人|作家|历史|革命|[的其旧老]|${WHICH})$`) },
	// An amusement park by its name (国色天乡乐园), not the kinds of one (主题乐园, 室内水上乐园, 全民乐园).
	乐园: { min: 2, most: 5, generic: new RegExp(`(?:[座个家处]|主题|水上|室内|户外|儿童|亲子|全民|欢乐|快乐|童趣|活力|城市|社区|乡村|${WHICH})$`) },
	// A temple by its name (昭觉寺, 石经寺), not words of temples (古寺, 寺庙) nor a road named after one (昭觉寺南路).
	寺: { min: 2, most: 3, byTown: KIND_ENDED, generic: new RegExp(`(?:[古名佛座的在和与及这那]|千年|${WHICH})$`), after: /^(?:[庙院观桥]|[东西南北]?[路街巷]|大道|大桥|社区|陵园|公墓|墓园)/ },
	// A mountain gully by its name (龙漕沟, 任家沟, 小海子沟), not the kinds of ditch (排水沟, 截洪沟, 山洪沟, 泥石流沟, 植草沟, 支沟, 管沟) nor 沟通.
	沟: { min: 2, most: 3, generic: new RegExp(`(?:[山水边冲地代鸿阴明暗深条的道田河大小该此两各植排洪管挖区支溪灰离草]|泥石流|截水|灌溉|农田|沿河|${WHICH})$`), after: /^(?:[通渠河湾头口桥]|水库|水电站|电站|[东西南北]?[路街巷]|社区|村)/ },
	// A cable car by its name (青城山索道, 金骊索道), not the kinds (客运索道, 观光索道).
	索道: { min: 2, most: 5, generic: new RegExp(`(?:[条座的新老待坐乘]|客运|观光|旅游|景区|高山|前山|后山|${WHICH})$`) },
	// An industrial function zone by its name (新都现代交通产业功能区, 高性能纤维材料产业功能区), not the kinds (制造业产业功能区, 各产业功能区).
	产业功能区: { min: 2, most: 10, generic: new RegExp(`(?:[个大各批类级和与及的等]|重点|主要|特色|制造业|服务业|现代|${WHICH})$`) },
	// A small watershed by its name (金峰小流域, 瑞光溪生态清洁小流域), not the kinds a plan treats (重点小流域, 生态清洁小流域).
	小流域: { min: 2, most: 8, generic: new RegExp(`(?:[条个座处的各]|重点|生态清洁|清洁|综合|山区|丘陵|${WHICH})$`) },
	// A lake by its name (月城湖, 翠映湖), not the kinds of lake (人工湖, 景观湖) nor a park, a road or a place named after one (白鹭湖公园, 湖畔路).
	湖: { min: 2, most: 3, generic: new RegExp(`(?:[人大小的个座处该此两各环沿临绕游河岸起止观滨冰制内]|公园|人工|景观|城市|生态|湿地|高原|${WHICH})$`), after: /^(?:[畔边区泊面水心岸底域苑]|公园|湿地|景区|片区|生态城|新城|社区|村|镇|街道|小区|花园|[东西南北中]?(?:[路街巷]|大道)|(?:实验|外国语)?(?:小学|中学|学校|幼儿园))/ },
	// A pagoda by its name (瑞光塔, 回澜塔), not the kinds of tower (电视塔, 水塔, 信号塔, 字库塔) nor a road named after one (白塔路).
	塔: { min: 2, most: 3, generic: new RegExp(`(?:[电水铁灯宝石高古砖木座个处的和与及白]|[杆双]|双子|信号|通信|瞭望|观光|发射|冷却|电视|移动|字库|惜字|${WHICH})$`), after: /^(?:[吊楼林式基身顶群下]|[东西南北]?[路街巷]|大道|社区|村)/ },
	// A settlement among its trees by its name (杨柳湾林盘), not the kinds a plan keeps (川西林盘, 特色林盘) nor their economy or houses (林盘经济, 留住林盘民居).
	林盘: { min: 2, most: 4, generic: new RegExp(`(?:[座个处批的新老大小]|川西|特色|精品|重点|示范|保护|传统|乡村|农村|美丽|生态|田园|景区|周边|沿线|${WHICH})$`), after: /^(?:群|体系|经济|文化|风貌|形态|资源|聚落|民居)/ },
	河: RIVER,
	江: RIVER,
	溪: RIVER,
	村: {
		min: 2,
		most: 4,
		generic: new RegExp(`(?:[农乡镇进驻入到下邻新老渔古名强富弱大小全本每村千万百绕穿]|[偏边远贫困深小大高穷僻荒]山|城中|城郊|行政|自然|建制|山区|先行|示范|重点|空心|贫困|特色|明星|先进|旅游|传统|美丽|试点|样板|和美|宜居|数字|智慧|未来|精品|文明|生态|田园|林盘|集体|涉农|达标|网红|长红|辖区|${WHICH})$`),
		// 村民, 村委, 村级, 村两委 …; 村(社区) is every village's (not 九峰村两处隐患点).
		after: /^(?:[民委组级社庄落镇集干内里口史务规容貌居企寨头医小部（(]|道(?!路)|两委)/
	}
};
/** The endings by their first character, longest first where one ends another (高速公路 before 高速). */
const ENDINGS = new ByFirstUnit<string>();
for (const e of Object.keys(KINDS).sort((a, b) => b.length - a.length)) ENDINGS.add(e, e);
/** The parts of a community named after it: 凤溪社区党群服务中心, 望平社区老旧院落, 倪家桥社区既有住宅, 洗面桥社区的社区食堂, its estates (香荷社区锦华苑, 望平社区望平街70号院, 八里社区府青路三段29号院), a side of its road (东岳社区竹乡路西侧). */
const PART_OF = /^(?:党群服务中心|党委|党支部|党总支|居委会|居民委员会|综合体|老旧院落|院落|老旧小区|既有住宅|的|[\u4e00-\u9fa5]{2,6}(?:小区|苑)|[\u4e00-\u9fa5]{2,8}[路街巷](?:[一二三四五六七八九十]段)?\d+号院|[\u4e00-\u9fa5]{2,8}[路街巷][东西南北]侧)/;
/** What a community is placed by right before it: a colon, 在, 对 (在光华社区新建…, 对金桥社区老场镇实施…). */
const PLACED_AFTER = new Set('：:在对');
/**
 * What stands between a table's cells: bars, as a report prints them (1｜锦江区｜牛市口街道｜大田坎社区), or the blank that
 * ingest makes of the tabs of a table copied as text.
 */
const CELL_BARS = new Set('｜| \t');
/** What follows only a site: 下涧槽社区内, …周边, 下涧槽社区等7个社区, 以桐梓林社区为例, the start of a stretch from it (临溪社区至铁牛村段), its groups (十里社区1组、2组). */
const SITE_AFTER = /^(?:内|周边|一带|等\d*个|为例|至[\u4e00-\u9fa5]{2,6}?(?:村|社区)|(?:\d{1,2}|[一二三四五六七八九十]{1,3})组(?![织成建合团]))/;
/** A word of time or manner between a community and its verb: 金华社区将新建…, 凤溪社区已完成…. */
const ADVERB = /^(?:将|已经|已|正在|正|也|还|拟|率先|先后)/;
/** What follows a community named as the subject of its own news: an honour (骑龙社区入选…, 金华社区获评…), where it lies (白果林社区紧邻…), its own programme in quotes (驸马社区“花农议事会”). */
const SUBJECT_AFTER = /^(?:获评|荣获|入选|被评为|被命名为|被列为|紧邻|毗邻|地处|“)/;
/** A numbered item's number, all that opens the paragraph before a name (1., （二）). */
const ITEM_OPENING = new RegExp(`^${ITEM_NUMBER}\\s*$`);
/** People, whom a place's name never opens with (让市民出站即见公园) nor a numbered item's title goes on to after its place (1.铁佛社区居民反映…). */
const PEOPLE = '市民|居民|群众|游客|学生|村民';
/** The rest of a numbered item's title after the place it opens with, up to its colon or its stop: ：, 背街小巷整治。; not its people's words (居民反映停车难。). */
const ITEM_TITLE_REST = new RegExp(`^(?!${PEOPLE})[^，。；：:、]{0,20}[。：:]`);
/** Per ending read only where placed: another name of the ending, or a village's or a town's, after a 、, a 和 or a route's — (簇锦社区、簇桥社区; 迎祥社区、东林村; 东岳社区和龙黄村; 虹桥社区—复兴社区). */
const NEXT_ITEM = new Map(
	Object.entries(KINDS)
		.filter(([, k]) => k.placed)
		.map(([e]) => [e, new RegExp(`^[、和—][\\u4e00-\\u9fa5]{2,4}(?:${e}|村|街道|镇)`)])
);
/** What lists a name after another: 荷花池社区、北站社区, 升平村和东岳社区, a route's stops (虹桥社区—复兴社区). */
const LISTED_AFTER = new Set('、和—');
/** A name of a village, a community or a town: one before a 、 makes a community listed after it one of them (东林村、迎祥社区). */
export const SETTLEMENT = /(?:社区|村|街道|镇)$/;
/** Who carries out a task, in a list after its label or after an office in a table's cell: 责任单位：镇规划建设办、聚源社区; ｜街道城建办、南街社区｜. */
const DOERS = /(?:(?:责任单位|牵头单位|配合单位)[：:][^。；：:]*|[｜|\t][^｜|\t。；：:]*(?:办|局|队|中心|所|委)、[^｜|\t。；：:]*)$/;

/**
 * Per ending, the characters that end a common word whatever comes before them (道 of 道路, 农 of 农村): the
 * commonest endings are common words, and the character before them rules them out before any walk back. A
 * character is taken only if the pattern says so after any characters tried before it (北支路 is a name, 支路 no; 西航港第三小学 is one,
 * 三小学 no).
 */
const GENERIC_LAST = new Map(
	Object.entries(KINDS).map(([e, k]) => {
		const units = new UnitSet();
		// A character the pattern ends a word with is one its source spells out.
		for (const u of new Set(k.generic.source.match(/[\u4e00-\u9fa5]/g)))
			if (['', '东', '甲', '甲乙', '甲第'].every((before) => k.generic.test(before + u))) units.add(u.charCodeAt(0));
		return [e, units];
	})
);

/** The stem of a community or a greenway named after its road: 双林中横路, 水碾河路北, 桑荫驿路. */
const ROAD_NAMED = /..[路街巷][东西南北]?$/;
/** …its road's ending, whose name before it a verb may make (建设路社区, 建设路小学). */
const ROAD_END = /[路街巷][东西南北]?$/;
/** A courtyard or a dormitory by its number on the street, or on a section of it: 21号院, 12号宿舍, 一段12号院. */
const NUMBERED_ESTATE = /^(?:[一二三四五六七八九十]段)?\d+号(?:大?院|宿舍|小区)/;
const TO = 0x81f3; // 至
/** Streets, which a verb alone may name: 建设路. */
const STREETS = new Set(['路', '街', '巷']);

/**
 * Characters a name never holds: the words of grammar (的, 之, 等, 与 of 轨道与快速路, 至 of 出入口至社区, 从 of 骑行爱好者可从公园一路骑到…, 做 of
 * “先做公园、再做城市” …), a count
 * (一条, 三座, 一批), another road (市域铁路和快速路); nor does one end in 一 (同一小区, 又一村, 西部第一街, 一带一路), start
 * with one of a kind (一家社区食堂) or with people (让市民出站即见公园), or end in a 和 after two characters or more
 * (人行道和小区; 顺和社区 is a name); nor is a unit of length or area one (环湖约12公里绿道), nor does one end in 以 (坚持以片区为单元) or
 * start with when or where (以前小区, 以内小区, 全年绿道), nor is a phase one (北湖生态公园二期绿道).
 */
const GRAMMAR = '的之了着是有为等及或与每各该其这那此条个位座批处在到至对向从我你他请想要但让不做就须';
const NEVER = new RegExp(`[${GRAMMAR}路]|将(?!军)|(?<![东西南北十])一$|^一[家所间]|^..+和$|^(?:${PEOPLE})|^[余多]?(?:平方)?(?:公里|千米|米)$|^万?亩$|以$|^以[前内下上外]|^全年|^[一二三四五六七八九十\\d]+期$`);
/** …but a school that holds a campus may be named after its road: 建设路小学龙潭校区. */
const NEVER_HOLDING = new RegExp(`[${GRAMMAR}]|一$`);

/** Characters that lead a name without being part of it (完成了抚琴西路, 经南大街, 沿光华大道, 沿着中纱帽街, 至和平街, 左转望丛东路, 北起蜀汉路, 返回望丛中路, 走成简快速路, “三纵”为府青路三段, 是宝成铁路, 距镇江寺约300米, 驻文庙街88号, 因东大街管网施工, 含书院西街, 待宋家林路建成后, 首届铁牛村, 东止桂湖东路, 赴羊犀立交, 靠西航港大道一侧, 如北林绿道, 镇辖宝山村, 原西马棚街21号), and the ends of the names of places (成都市龙江路). */
const LEADS = new Set('经沿着至到往向从在对把将以与和及或的并还也但让于自由转即起入去回走为是距驻市县区了因含待届止赴靠如抵辖原');
/** Words that a leading character begins, where it leads nothing: 经济, 经一路 (not 经一环路), 至今, 以来, 由于, 和平 (和平街), 将军 (将军衙门遗址), 原名. */
const NO_LEAD = /^(?:原名|了解|经[一二三四五六七八九十]路|是[否非]|距离|经[济营费验典理纪贸]|为[了主此何民止期]|至[今少多]|着[力眼手重]|在于|以[来上下及外]|自[主然由治行]|由于|对[于外]|向往|从[事而]|和[谐平]|并且|还是|也是|将[来军]|于是|驻[地守点扎村军]|即[将使]|转[型变化移]|起[步来]|入选|入口|去年|走[向进出访廊过]|回[顾收应答归复]|或者|的确|市[场民]|区[域位]|县[域城]|因[为此地而素]|含[量有义]|待[遇定]|如[意今果]|辖[区内])/;
/**
 * Words that lead a name: verbs of going (进入玉林北路, 避开人民南路, 绕行蜀都大道), of reaching (实现公园与绿道衔接), of living (家住洗面桥街), of bordering (南临金河路, 北靠天龙大道)
 * and others (关于, 围绕, 现状九里堤公园, 走进抚琴西路, 按照高速公路、快速路…分类, 东升街道辖区内棠湖中路), a road's part, a riverside, a share or a year (西段蜀都大道, 岷江沿线滨江路,
 * 部分街道小学, 2025年人民南路, 龙潭小学东侧原社区活动用房; 前两年东大街, 施工期间成龙大道, 年底前郫温路, 今年以来成温邛快速路), an old town's street (古镇江城街), the school a community's children go to (主要对口东升小学),
 * what is near (附近红阳社区), hearsay and wishes (听说华盛路, 原来新鸿路, 希望西安中路, 但愿百草路), whom the work suits (为方便岷江村…学生上下学, 优先满足玉林北路社区…居民), what the work takes in hand (并把书院西街…改造成…) or keeps free (减少占用绿道通行空间) or keeps track of (动态掌握菜市场、社区食堂…分布), study and display (研究成温立交, 深挖鱼凫王城遗址, 航拍北林绿道, 线路串联蓉欧新城), what is announced or looked after (副区长宣布公园开园, 共同维护公园环境卫生). The characters before an ending that are one of them name nothing (通过片区, 充分利用片区).
 */
const LEAD_WORDS = /(?:进入|环绕|避开|绕行|绕道|借道|实现|覆盖|前往|经过|途经|停靠|对标|驶入|驶离|驶上|驶出|穿过|去往|来到|到达|配合|关于|围绕|依托|包括|涉及|毗邻|紧邻|靠近|临近|结合|观摩|周边|通过|家住|住在|直奔|总结|车过|先逛|现状|拥有|走进|走入|步入|利用|跨越|跨|届时|由于|正如|如同|境内|承建|连接|坚持|考虑|协调|联合|携手|会同|距离|按照|依照|公布|取消|撤销|暂停|参观|游览|打卡|区内|目前|当前|今年|去年|明年|近期|此前|受理|反映|[开创举承合主]办|[就入攻]读|对口|[还也另又]有|[东西南北][临邻靠接连]|[东西南北中]段|沿线|沿岸|[东西南北内外两一]侧原?|部分|古镇|\d年|[两当往]年|期间|底前|以来|附近|听说|原来|希望|但愿|深挖|研究|航拍|串联|宣布|维护|爱护|暂名|名为|公交|方便|并把|掌握|满足|占用|挤占|[出入]口|千伏)$/;

/** Names in `text` read by their ending that `found` (in text order) does not already hold, as unknown places. */
export function namesByEnding(text: string, found: readonly Found[], out: Found[]): void {
	let last = 0;
	for (let at = 0; at < text.length; at++) {
		const ending = endingAt(text, at);
		if (!ending) continue;
		const t = at;
		const end = t + ending.length;
		// An ending is read once (高速公路 holds no 路 of its own).
		at = end - 1;
		const kind = KINDS[ending];
		// Most endings close a known name (春熙路, 天府大道): one look rules them out.
		const unfollowed = kind.before !== undefined && !kind.before.test(text.slice(end, end + 4));
		if (t < last || GENERIC_LAST.get(ending)?.has(text.charCodeAt(t - 1)) || overlapsInOrder(found, t, end) || kind.after?.test(text.slice(end, end + 4)) || (unfollowed && !kind.led)) continue;
		// A name that holds others may hold one just read (建设路小学龙潭校区): that one gives way.
		const floor = kind.holds ? 0 : last;
		let start = nameStart(text, t, kind, found, floor, last);
		if (kind.holds) start = startWith(kind.holds, text, start, t, kind, found, floor);
		if (start < 0 || (unfollowed && !kind.led!.test(text.slice(Math.max(0, start - 2), start)))) continue;
		const stem = text.slice(start, t);
		// A community or a greenway named after its road (双林中横路社区, 桑荫驿路绿道) is a name wherever it stands.
		const roadNamed = kind.afterRoad !== undefined && ROAD_NAMED.test(stem);
		const one = numberedOne(stem, ending, text.charCodeAt(end));
		const town = kind.byTown && !OFFICE.test(stem) ? (startOfPlaceAt(found, start, kind.byTown) ?? startOfPlaceAt(out, start, kind.byTown)) : undefined;
		if ((generic(kind.generic, stem) && !one && town === undefined) || (kind.holds || roadNamed ? NEVER_HOLDING : NEVER).test(one ? stem.slice(0, -1) : stem) || LEAD_WORDS.test(stem) || holdsVerb(kind.holds ? stem.slice(kind.holds.exec(stem)![0].length) : roadNamed ? stem.slice(0, stem.search(ROAD_END)) : stem, STREETS.has(ending) || roadNamed) || (kind.holds && verbLeads(stem))) continue;
		// A name found inside one that holds places gives way to it, one cut through does not.
		if (kind.holds ? overlapsInOrder(found, start - 1, start) && !endsAt(found, start) : overlapsInOrder(found, start, end)) continue;
		// A temple or a heritage site by the place before it holds the place (石板滩文昌宫, 铁牛村冶铁遗址), which gives way to it.
		if (town !== undefined) start = town;
		while (out.length && out[out.length - 1].start >= start) out.pop();
		// Its road's name is the only one the longer reach may take.
		// (The city's name before it is no part of that reach: 成都营门口立交.)
		if (kind.afterRoad !== undefined && !roadNamed && stem.length - (stem.startsWith(CITY) ? CITY.length : 0) > kind.most) continue;
		if (kind.placed && !roadNamed && !placed(text, start, end, ending, found, out)) continue;
		// The place at its other end opens its name, and gives way to it.
		if (kind.byEnds && text.charCodeAt(start - 1) === TO) start = startOfEndingAt(found, start - 1) ?? start;
		// A small park by a known place's gate or old street holds the place (青龙湖北门小游园, 石板滩老街小游园), which gives way to it.
		if (kind === SMALL_PARK && BY_GATE.test(stem)) start = startOfEndingAt(found, start) ?? start;
		// Two characters before 路段 are no road (重点路段), unless they end a stretch, which names its roads: 二环路西三段至蜀汉路段.
		if (stem.length === 2 && kind.shortAfter?.test(text.slice(end, end + 1)) && text.charCodeAt(start - 1) !== TO) continue;
		// A courtyard by its street number is the estate: 泡桐树街21号院, 水井街12号宿舍, 府青路一段12号院.
		const numbered = STREETS.has(ending) || ending === '大道' ? NUMBERED_ESTATE.exec(text.slice(end, end + 10))?.[0].length ?? 0 : 0;
		out.push(told(text, start, end + numbered, fullName(text.slice(start, end + numbered))));
		last = end + numbered;
	}
}

/**
 * Whether a road's or a street's name ends in its number one (武兴一路, 腾飞一路, 站东一路, 经一路, 友联一街), which 一路 read as "all
 * the way" would turn away: it is one unless a verb of going follows it (绿道一路向南, 可以一路骑到, 一路之隔), and 一带一路, 西部第一街,
 * 同一街道 and a slogan's count (“两坊一街”) are none.
 */
function numberedOne(stem: string, ending: string, next: number): boolean {
	return (ending === '路' || ending === '街') && NUMBERED_ONE.test(stem) && !GOING.has(next);
}
const NUMBERED_ONE = /^(?![二两三四五六七八九十].一$)(?:[经纬]|(?:(?!一)[\u4e00-\u9fa5]){2,3}(?<![第同统唯逐之又]))一$/;
const GOING = new Set([...'向骑走吃察前把拍坐通逛到奔跑去来看玩游畅狂飙之上'].map((c) => c.charCodeAt(0)));

/**
 * Whether the characters before an ending make a common word of it (城市公园, 逛公园, 一批口袋公园). A name may carry words
 * of its kind after its own (凤凰湖湿地公园, 白鹤滩国家湿地公园, 永康森林公园): what stands before them is the name, if it is one.
 */
function generic(pattern: RegExp, stem: string): boolean {
	let rest = stem;
	for (let m = KIND_WORDS.exec(rest); m && m.index >= 2; m = KIND_WORDS.exec(rest)) rest = rest.slice(0, m.index);
	return pattern.test(rest === stem ? stem : rest) || (rest !== stem && pattern.test(stem) && NEVER_NAMED.test(rest));
}
/** Whether `stem` before `ending` makes a common word of it, by the kind's own words (智慧社区, 美丽乡村): no name. */
export function isGenericName(stem: string, ending: string): boolean {
	const kind = KINDS[ending];
	return kind !== undefined && generic(kind.generic, stem);
}
/** Words of a kind that follow a name (小鱼洞地震遗址, 高板工业片区, 十陵口袋公园, 龙潭社区公园, 鱼凫考古遗址公园, 鱼凫遗址博物馆, 空港中央公园, 保和场安置小区, 西航港第一初级中学, 什邡旅游快速通道). */
const KIND_WORDS = /(?:湿地|森林|工业|国家|生态清洁|生态|郊野|体育|实验|外国语|地震|口袋|社区|(?:考古)?遗址|移民|安置|中央|初级|旅游)$/;
/** What stands before them where they name no place: 工业遗址, 城镇, 城市. */
const NEVER_NAMED = /(?:工业|城镇|城市|乡村|社区|区域|全市|全域|新建|新增|一批|多个|[型大小])$/;

/** The ending that starts at `at`, if any. (No closure over the scan's index: one would cost a context per character.) */
function endingAt(text: string, at: number): string | undefined {
	const endings = ENDINGS.get(text.charCodeAt(at));
	if (endings) for (const e of endings) if (text.startsWith(e, at)) return e;
	return undefined;
}

/**
 * Where the name ending at `t` starts: the nearest place before it, `min` to `most` back and not before `floor`, where a word ends or the
 * name read before it does (at `last`: 成雅高速成佳收费站); -1 if none.
 */
function nameStart(text: string, t: number, kind: Kind, found: readonly Found[], floor: number, last: number): number {
	const street = STREET_KINDS.has(kind);
	for (let s = t - 1; s >= Math.max(floor, t - (kind.afterRoad ?? kind.most)); s--) {
		if (!isHan(text.charCodeAt(s))) return -1;
		// A branch is no street's name alone: 建设 before it, the street it branches off, is its name's (建设南支路, not 南支路).
		if (street && text.endsWith('建设', s) && BRANCH_ONLY.test(text.slice(s, t))) continue;
		// Too short a name, unless its kind takes one character after a mark or its town (东街、北街, 晋原街道北街).
		if (t - s < kind.min && !(kind.single?.test(text.slice(s, t)) && (!isHan(text.charCodeAt(s - 1)) || TOWN_BEFORE.test(text.slice(s - 2, s))))) continue;
		// Right after a street just read (南大街至和平街: 至 leads), or where a word ends.
		if ((s === last && last > 0) || wordEndsAt(text, s, found))
			// The city's name before it is its name's, however long: 成都营门口立交.
			return s - CITY.length >= floor && text.endsWith(CITY, s) && wordEndsAt(text, s - CITY.length, found) ? s - CITY.length : s;
	}
	return -1;
}

/** The first start back from `start` where a word ends and the name's characters before `t` match `head`; -1 if none. */
function startWith(head: RegExp, text: string, start: number, t: number, kind: Kind, found: readonly Found[], floor: number): number {
	const limit = Math.max(floor, t - kind.most);
	while (start >= limit && !head.test(text.slice(start, t))) {
		do start--;
		while (start >= limit && isHan(text.charCodeAt(start)) && !wordEndsAt(text, start, found));
		if (start < limit || !isHan(text.charCodeAt(start))) return -1;
	}
	// What is around it is no part of its name: 打造环电子科技大学沙河校区知识经济圈.
	if (start >= limit && text.charCodeAt(start) === AROUND && head.test(text.slice(start + 1, t))) start++;
	return start < limit ? -1 : start;
}
const AROUND = 0x73af; // 环
const CITY = '成都';

/** What an old town's street by its side may follow: the town or the office it is in (晋原街道北街, 安仁镇正街), not a name it ends (青羊正街, 肖家河正街). */
const TOWN_BEFORE = /(?:街道|[镇乡]|城区)$/;
const STREET_KINDS = new Set([KINDS['路'], KINDS['街'], KINDS['巷']]);
const BRANCH_ONLY = /^[东西南北中]?支$/;

/** Whether a word must end at `s`: nothing Chinese before it, a place found, a leading word or a verb. */
function wordEndsAt(text: string, s: number, found: readonly Found[]): boolean {
	if (s === 0 || !isHan(text.charCodeAt(s - 1))) return true;
	// (起 after a direction starts a course, whatever follows: 西起来龙路 is no 起来.)
	if (LEADS.has(text[s - 1])) return !NO_LEAD.test(text.slice(s - 1, s + 2)) || COURSE_FROM.test(text.slice(s - 2, s));
	const before = text.slice(Math.max(0, s - 2), s);
	if (endsAt(found, s) || LEAD_WORDS.test(before) || WORD_ENDS.test(before)) return true;
	// (A verb may give its alternatives in brackets: 新（改、扩）建.)
	for (let k = Math.max(0, s - (text.charCodeAt(s - 2) === BRACKET_CLOSE ? 7 : 4)); k < s; k++) if (verbRunAt(text, k, s) === s - k) return true;
	return false;
}
const BRACKET_CLOSE = 0xff09; // ）
/** Where a course starts: 西起, 北起. */
const COURSE_FROM = /^[东西南北]起$/;
/**
 * Words a name starts right after, that may end a name too (so not LEAD_WORDS): the city's name, which is no place found (成都营门口立交;
 * nameStart takes the city's name in), a line's number (28号线物联大道站), a road's section (人民南路三段小天竺街口, 二环路北一段沙湾路口),
 * a river's bank (毗河南岸北星大道, 沙河右岸府青路桥), a gate (门口学府路, B口外犀安路, 院外金鱼街), a road's class (县道西大路), a house's
 * number (双林北支路18号锦绣花园小区).
 */
const WORD_ENDS = /(?:成都|号线|[一二三四五六七八九十]段|门口|[东西南北左右]岸|[口院]外|[县乡国省]道|\d号)$/;

/**
 * Whether the characters before an ending hold a verb at either end: 月前完成路侧, 高标准建设铁路, 推动镇村
 * name nothing. A street may be named by a verb alone (建设路); nothing else is (加快铁路, 提升村, 改造公园).
 */
function holdsVerb(stem: string, street: boolean): boolean {
	const lead = verbRunAt(stem, 0, stem.length);
	// A street may be named by a verb (建设路, 建设北路), but not by a verb and a character that is no direction: that is the verb's
	// work on a kind (实施整街, 改造园路).
	if (lead > 0 && (!street || (stem.length - lead === 1 && !DIRECTION.test(stem[lead])))) return true;
	// Nor by words, a verb and a direction: that is the verb's work on a street named by its direction (年内建成西街).
	for (let k = street ? 1 : 0; k < stem.length; k++) {
		const verb = verbRunAt(stem, k, stem.length);
		if (verb === stem.length - k || (street && verb > 0 && verb === stem.length - k - 1 && DIRECTION.test(stem[stem.length - 1]))) return true;
	}
	return false;
}

const DIRECTION = /[东西南北中]/;

/** Whether a verb opens a school's name (新建实验学校新校区), not a street's it is named after (建设路小学龙潭校区). */
function verbLeads(stem: string): boolean {
	const verb = verbRunAt(stem, 0, stem.length);
	return verb > 0 && !STREETS.has(stem[verb]);
}

/**
 * Whether the name at [start, end) is placed: right after a place, a colon, 在, 对 or 位于, in a 、 list with another of its
 * ending or another settlement (东林村、迎祥社区), among who carries out a task (责任单位：…、聚源社区), as the subject or the place of
 * work done, a verb or one of its parts right after it (凤溪社区完成…, 在光华社区新建…, 南熏社区党群服务中心), as the subject of its
 * own news (金华社区将新建…, 骑龙社区入选…), or as a site (…社区内,
 * …社区等7个社区, 以…社区为例).
 */
function placed(text: string, start: number, end: number, ending: string, found: readonly Found[], out: readonly Found[]): boolean {
	// Right after a place, known or read just before (香荷社区锦华苑).
	if (endsAt(found, start) || out[out.length - 1]?.end === start || PLACED_AFTER.has(text[start - 1]) || text.endsWith('位于', start)) return true;
	// The label of a numbered item, the work there after its colon: 1.铁佛社区：新建社区食堂1处.
	// …or the place its title names the work of: （五）万福社区背街小巷整治。.
	if (ITEM_OPENING.test(text.slice(0, start)) && ITEM_TITLE_REST.test(text.slice(end, end + 22))) return true;
	// A table's cell after its place's cell (书院街街道｜和平街社区), or a cell of its own (｜棕东社区｜, the row's last: ｜肖林社区), a note in brackets after it or not
	// (｜北街社区（党群服务中心二楼）｜).
	if (CELL_BARS.has(text[start - 1]) && (endsAt(found, start - 1) || CELL_BARS.has(text[end]) || end === text.length || text[end] === '（')) return true;
	// Listed after another of its kind or another settlement, known or not: 荷花池社区、北站社区, 升平村和东岳社区; or a stop after another on a route (虹桥社区—复兴社区).
	if (LISTED_AFTER.has(text[start - 1]) && (text.endsWith(ending, start - 1) || SETTLEMENT.test(text.slice(start - 3, start - 1))) && (endsAt(found, start - 1) || out[out.length - 1]?.end === start - 1)) return true;
	if (NEXT_ITEM.get(ending)!.test(text.slice(end, end + 7))) return true;
	// Among who carries out a task: 责任单位：镇规划建设办、聚源社区; ｜街道城建办、南街社区｜.
	if (DOERS.test(text.slice(Math.max(0, start - 40), start))) return true;
	const adverb = ADVERB.exec(text.slice(end, end + 2))?.[0].length ?? 0;
	if (SUBJECT_AFTER.test(text.slice(end, end + 4)) || (adverb && verbRunAt(text, end + adverb, end + adverb + 4) > 0)) return true;
	return verbRunAt(text, end, end + 4) > 0 || PART_OF.test(text.slice(end, end + 14)) || SITE_AFTER.test(text.slice(end, end + 6));
}

/** Whether a name of `found` (in text order) ends at `s`. */
function endsAt(found: readonly Found[], s: number): boolean {
	return startOfEndingAt(found, s) !== undefined;
}

/** Where a name found or read before ends at `s` starts, if it is short and does not end as `ended` says (石板滩, 新津, not 新津区). */
function startOfPlaceAt(found: readonly Found[], s: number, ended: RegExp): number | undefined {
	const name = nameEndingAt(found, s);
	return name && s - name.start <= 4 && !ended.test(name.surface) ? name.start : undefined;
}

/** Where the name of `found` that ends at `s` starts, if one does. (Not a closure in the scan: it would cost a context per ending.) */
function startOfEndingAt(found: readonly Found[], s: number): number | undefined {
	return nameEndingAt(found, s)?.start;
}

/** The name of `found` (in text order) that ends at `s`, if any. */
function nameEndingAt(found: readonly Found[], s: number): Found | undefined {
	const first = firstAbove(found.length, (i) => found[i].end, s - 1);
	return first < found.length && found[first].end === s ? found[first] : undefined;
}

// What a sentence of a Chinese policy text commits to: its verb phrase, theme, target years and
// figures. Word lists are tuned to the register of work reports and plenary decisions.
import { ByFirstUnit } from '../text/bits';
import { ITEM_NUMBER } from '../text/headings';
import { isBullet, isColon, isHan, isPictograph, isSpace } from '../text/units';
import type { Theme } from '../types';

/** What 实现 reaches that makes it work done or to do: …养老服务站实现全覆盖, 接驳公交实现全覆盖 (annotators 18:1). */
const COVERED = /^[^，。；]{0,16}全覆盖/;
/**
 * What 治理 counts that makes it works, not governance: 在青城山镇、玉堂街道治理山洪沟6条, 治理河道18公里 (not a lot's measure, told
 * after its course: 治理河长约4.3公里).
 */
const TREATED = /^(?!河长)[^，。；]{0,10}?\d+(?:\.\d+)?万?(?:座|处|条|公里|亩|平方米|平方公里)/;
/** Adverbs that lead a verb (加快推进, 大力发展, 基本形成, 同步更新, 优先保障, 率先实现: annotators 6:0). */
const ADVERBS = ['主动', '奋力', '大力', '全力', '着力', '持续', '积极', '全面', '深入', '稳步', '力争', '确保', '基本', '继续', '相继', '先后', '严格', '同步', '优先', '逐步', '率先'];
/** Words that frame a clause (依托淮州新城…) without committing anything on their own. */
const FRAMES = ['依托', '围绕', '聚焦', '突出', '重点'];
/** Verbs that commit only with an adverb: 大力发展 commits, 发展潜力 does not. */
const WEAK = ['发展', '服务', '形成', '保障', '开放', '更新', '治理', '协同', '联动', '连接', '引领', '带动', '聚集', '集聚', '融入', '对接', '衔接', '统筹', '关注', '焕新', '保留', '关闭', '推开', '缓解', '控制', '承载', '限制', '亮相', '实现', '成型', '具备'];
/** Verbs that commit by themselves (加快 is also a verb: 加快东进区域整体成势). */
const STRONG = [
	'加快', '加速', '加紧', '策划',
	'推进', '推动', '建设', '打造', '建成', '开工', '实施', '提升', '布局', '构建', '培育', '深化', '创造',
	'完善', '启动', '争取', '支持', '规划', '开通', '投运', '建立', '创建', '扩大', '优化', '强化', '落实',
	'促进', '做强', '做优', '做大', '做靓', '做实', '做精', '活化', '建强', '壮大', '升级', '改造', '保护', '修复', '修缮', '新建', '续建', '谋划', '筹建',
	'引进', '引入', '招商', '举办', '举行', '承办', '探索', '共建', '拓展', '增强', '加强', '开展', '完成', '提速', '提质', '提档',
	'贯通', '通车', '运营', '投用', '落地', '招引', '塑造', '擦亮', '彰显', '植入', '营造', '筑牢',
	'申建', '申报', '获批', '建好', '用好', '办好', '突破', '增加', '新增', '疏解', '整治', '补齐', '延伸', '连通',
	// Reported work of a review section: what was finished, opened or recognised, and forests tended (老君山、修觉山森林抚育1.2万亩).
	'入选', '评定', '增绿', '增景', '抚育', '完工', '竣工', '打通', '加密', '出台', '获评', '复航', '开园', '开街', '开馆', '开业', '开门迎客', '开门营业', '变身为', '进入收尾', '进展顺利', '压缩至', '统一规整',
	'投产', '挂牌', '揭牌', '通航', '试运营', '新开', '新开工', '新开通', '启用', '落成',
	'抓好', '做好', '编制', '加大', '健全', '夯实', '巩固', '扩建', '改建', '迁建', '修建', '兴建', '提高',
	// …and those that give their alternatives in brackets: 新（扩）建陡沟河污水处理厂二期, 改（扩）建学校3所.
	'新（扩）建', '新（改）建', '改（扩）建', '新（改、扩）建', '新（改扩）建', '改扩建',
	'畅通', '开行', '开辟', '设立', '组建', '签约', '投入使用', '投入运营', '推出', '开设', '签署', '签订',
	'延长', '增设', '设置', '实行', '调整', '推行', '打击', '压缩', '纳入', '列入', '压实', '履行', '排查', '严守', '落户', '入驻', '推广', '投入', '改善', '筹集', '充实',
	// What is done to wrongdoing at a place: 聚焦…等旅游集中区域，严查违规建设 (annotators 9:0), 依法查处, 已责令10月20日前整改 (12:0), 对在府青路…占道经营的…依法予以劝导、纠正, 规范…街巷夜间经营秩序, 督促郫都区…对清水河…限期整改; and to a risk there in a flood
	// season, where goods and crews are stocked for it (金堂县要重点防范沱江干流…洪水叠加; 晋原街道、沙渠街道等平坝地区要重点管控秸秆焚烧; 市级在金堂县…预置防汛抢险物资仓库; 在火车北站、
	// 营门口立交等重点部位前置抢险队伍), what a river chief checks there (重点检查柏条河…违法建设情况), the drills held there (在桂湖公园、东安湖公园各组织1次综合应急演练), and the rule a
	// reservoir keeps to in it (三岔湖、龙泉湖等大中型水库将严格执行汛限水位).
	'严查', '查处', '责令', '重点覆盖', '纠正', '重点防范', '重点管控', '重点检查', '预置', '前置', '演练', '严格执行', '规范', '督导', '严控', '限期整改',
	// …and where a flood is held back, what blocks a river is cleared, or a command post is moved up to (重点防守…洪河社区段,
	// 重点清除桥涵阻水障碍, 指挥部前移至洛带镇).
	'重点防守', '清除', '前移至', '清掏',
	// …and a stop moved or renamed by a notice (建设北路二段站向北迁移约80米, 建设南支路站更名为东郊记忆站), and idle land taken back (依法收回).
	'迁移', '更名', '依法收回', '予以收回', '无偿收回', '有偿收回',
	// A rule on a place is a commitment to its protection, and says what it forbids: the phrase
	// reads 严禁新建, never 新建 alone. Where a notice's rules apply is its too (本通告适用于锦江区、青羊区…; 四川天府新区、成都高新区参照执行), and what land a plan
	// withholds (原则上不安排经营性建设用地供应).
	'适用于', '参照执行', '严禁', '禁止', '不安排', '禁停', '禁飞', '禁放', '禁泳', '不得', '不准', '不再新增', '不再新批', '不再新建', '不再审批', '不再保留',
	// Works and services of news and of a department's reply: 主体结构全面封顶, 计划9月开诊, 新校区正式招生 (首招, 招收, 新开办), 增开小交路列车, 重点场所每日加演, 各安排备用列车2列, 增派 or 加派站务人员,
	// 在绿道增投共享单车, 末班车时间顺延, a line's milestones (全线轨通, 实现“洞通”, 进入铺轨阶段, 全线轨道已铺通, 正在进行附属结构施工),
	// and what an operator stops or closes for a while (万盛站至光华公园站区段临时停运, 出入口封闭施工, 暂停客运服务; a museum or a park on a holiday: 除夕闭馆;
	// car parks on a race day: …周边停车场车辆只出不进; farm stays before a storm: …露营地19日18时起一律停止接待).
	'在建', '封顶', '开诊', '开学', '招生', '招收', '首招', '开办', '上线运行', '交付', '交付使用', '交付入住', '预留', '增开', '加开', '加演', '安排备用', '增派', '加派', '增投', '顺延', '新设', '再建', '轨通', '洞通', '铺轨', '铺通', '施工', '停运', '封闭', '暂停', '停止接待', '停止营业', '停止使用', '试鸣', '停止供水', '暂停供水', '停止供气', '暂停供气', '闭馆', '闭园', '只出不进',
	// …and of a reservoir, a tunnel, a bridge, a plant put on the grid (简阳燃机调峰电站2025年实现并网发电) or a bonded zone: 李家岩水库正式下闸蓄水, 隧洞累计掘进突破40公里, 跨成绵高速公路转体桥成功合龙,
	// 综保区二期通过验收并封关运行; what a reservoir lets out in a flood (李家岩水库开启溢洪道闸门泄洪, 三岔湖按调度方案预泄腾库); and lights switched on
	// for a holiday (开启东大街、红星路沿线建筑景观照明, 新春灯会将在东安湖公园亮灯).
	'下闸蓄水', '开启', '亮灯', '掘进', '合龙', '通过验收', '封关', '泄洪', '预泄', '腾库', '并网发电',
	// …and overhead lines put underground (架空线入地, 飞线全部入地).
	'入地',
	// Trees planted: 计划栽植银杏、香樟…约1.2万株, a tree-planting site's 银杏、樱花栽植, 梨树补植, 在驿都大道增植樱花.
	'栽植', '补植', '补种', '增植',
	// People moved out of harm's way: 龙池镇、青城山镇转移3280人 (not a 转移支付, a fiscal transfer).
	'转移',
	// 重点向天府新区…倾斜, 重点解决崇州、大邑山区季节性缺水问题, 在锦江、武侯试点….
	'倾斜', '解决', '试点',
	// 重点配套空港新城、绛溪北 (配套 alone is a noun: 停车配套, 配套设施); 进一步丰富岷江、西河沿岸夜间消费场景 (丰富 alone is as often
	// what a place is: 旅游资源丰富).
	'重点配套', '进一步丰富',
	// A race started where its gun goes off, and run where its course passes: 将于…在金沙遗址博物馆东门鸣枪起跑, 赛道途经青羊区、金牛区….
	'鸣枪起跑', '鸣枪开跑', '鸣枪', '赛道途经',
	// Where an event's venue is, or a race's start and finish: 主会场设在桤泉镇, 德源街道专场设在菁蓉镇创客公园, 分会场设在成都国际铁路港, 在成都东部新区设主会场, 起点设在兴隆湖; where
	// shows or pupils are placed (巡演…重点安排在都江堰文庙、龙门山镇宝山村; annotators 6:0).
	'主会场设在', '分会场设在', '分会场分别设在', '会场设在', '专场设在', '起点设在', '终点设在', '安排在', '设主会场', '设分会场',
	// …and a race's course, its spectators and a notice's service points, centres and offices (主赛场设在…河段, 观赛区设在…, 玉林片区服务点设在…,
	// 临时过渡点设在…, 服务中心设在…, 街区服务站设在…, 主办公地点设在…).
	'赛场设在', '赛区设在', '观赛区设在', '服务点设在', '培训点设在', '过渡点设在', '停车场设在', '新闻中心设在', '安置点设在', '服务中心设在', '服务站设在', '办公地点设在',
	// Where new sites are put, as a plan's 站点选址 tells it: 东部新区设于三岔街道、石盘街道.
	'设于',
	// A hazard watched over where it is: 紧盯龙门山、龙泉山沿线地质灾害隐患点, 重点盯防龙泉驿区…工业园区雨季溢流污染, 在…易拥堵节点安排专人值守.
	'紧盯', '盯防', '值守',
	// …and the care a river or a mountain is given: 守护好沱江和龙泉山, 巡查锦江沿线排口, 管护好白河.
	'守护', '巡查', '管护',
	// Water a river is given, and the reservoirs let out for it: 科学调度紫坪铺水库…水量, 全年为锦江补水不少于6亿立方米; and fish released into it
	// (在岷江、沱江…21个放流点位，放流齐口裂腹鱼…).
	'科学调度', '补水', '放流',
	// …and water let out to the fields a canal or a reservoir irrigates: 团结水库4月15日起向淮口街道、土桥镇放水, 东风渠北干渠灌片4月8日起开闸供水.
	'放水', '开闸供水', '开闸放水',
	// Drainage and river works, and the pipes laid: 疏通排水箱涵, 清淤疏浚河道, 主要沿淮州大道、职教大道敷设.
	'疏通', '疏浚', '清淤', '敷设', '铺设',
	// Ground dug for works, and water carried where supply fails: 在绛溪河河床开挖截潜流工程3处, 向禾丰镇…山区村组送水.
	'开挖', '送水',
	// What a site is developed as: 崔家店站TOD则以“工业遗存+新消费”为主题进行开发 (开发 alone is as often a noun: 城镇开发边界, 开发强度).
	'进行开发',
	// What is brought back: 恢复双向通行, 恢复湿地生态.
	'恢复',
	// Measures taken at a place, means sent there, support given for what is built there: 对…交叉口适时采取临时封闭、分流措施,
	// 在龙门山…部署消防救援无人机, 对在淮州新城等园区新建的…项目，按…给予最高2000万元补助; and lamps put up along a road (在…过境段采用双侧布灯).
	'采取', '部署', '给予', '布设', '布灯',
	// The stations a shuttle is run to: 开行赛事接驳专线3条，分别接驳3号线植物园站、27号线三圣寺站.
	'分别接驳',
	// Work a place is given: 石板滩新城要承接先进制造项目, 把17号线二期…列为全年“必保”项目, 永久场所选址兴隆湖西侧, 确定人民公园…为临时避险安置场所.
	'承接', '列为', '选址', '确定',
	// Upkeep a tender buys: 锦江绿道锦江区段维护管养, 道路养护; and the repairs works get before the floods: 对毗河上的3座拦河闸进行了安全鉴定和检修,
	// 堤防加固, 泵站维修.
	'养护', '管养', '检修', '维修', '加固',
	// …and what a city cleans before a holiday: 对人民南路沿线雕塑、喷泉进行清洗, 重点街道家具清洗维护.
	'清洗',
	// A town abolished, its villages moved to another (撤销唐元镇，将其所辖行政区域整体划归唐昌镇管辖; 青杠树村划入友爱镇).
	'撤销', '划归', '划入', '划转',
	// …and a school merged into another (撤销…岷江小学，并入…寿安小学).
	'并入',
	// Where land and houses are taken for a project: 本项目征收范围位于金牛区荷花池街道, 征收范围涉及新都街道东街社区, 拟征收土地涉及唐昌镇战旗村
	// (not 被征收人, 征收决定).
	'征收范围位于', '征收范围涉及', '征收范围包括', '征收土地涉及', '征收土地位于', '征收集体土地',
	// Waste disposed of together, projects added again (青白江区、新都区依托…项目协同处置装修垃圾; 淮州新城再添“链主”项目).
	'处置', '再添',
	// A plan drawn up for a place, what was built there pulled down, a measure tried out, a work finished, a gap filled,
	// a place equipped: 联合制定毛河…方案, 拆除违规围挡 (拆违 for short: …拆违及拆后空间利用点位清单), 抚琴西南路5号院…垃圾桶撤除, 清理府河天回段滩地违建, 腾退违建, 试行…巡护,
	// 安装完毕, 补足…轨道覆盖, 配置AED设备.
	'制定', '拆除', '拆违', '撤除', '清理', '腾退', '试行', '完毕', '补足', '配置',
	// A place opened to the public again or for good (望江楼公园于4月12日起恢复开放, 免费开放成都方志馆分馆, 场馆持续向市民低免开放), not
	// 开放 alone, which is as often openness (扩大高水平对外开放); school grounds opened in turn (在寒暑假和周末向周边居民有序开放, 错时向社会开放).
	'恢复开放', '重新开放', '正式开放', '正式对外开放', '正式对外办公', '免费开放', '低免开放', '低收费开放', '向市民开放', '对市民开放', '向公众开放', '对公众开放', '向游客开放', '向社会开放', '对社会开放', '立即开放', '有序开放', '错时开放',
	// A station, a stop or a service put right or changed: 出入口加建, 停车扩容1200个, 客运站外迁, 上客区迁至地下停车场, 企业迁入新都工业东区, 空载试运行,
	// D口临时关闭 (not a web page's 【关闭】), 更换主机并恢复运行, 新划非机动车停放区.
	'加建', '扩容', '外迁', '迁至', '迁入', '复垦', '停止生产', '试运行', '临时关闭', '更换', '恢复运行', '恢复通行', '新划', '施划', '划设', '划定', '划为',
	// A river's management range drawn, stretch by stretch: 本次划界河段起于都江堰市外江闸，流经…，止于….
	'划界',
	// A water main joined to the new one where it is moved or renewed (对沙湾路…DN800供水主管进行迁改碰口, 新旧管碰口).
	'碰口',
	// Traffic moved round works (建设北路二段交通导改至西侧半幅通行; annotators 7:0), and a bus route through other roads
	// (线路改经红光大道、百草路运行; annotators 18:0).
	'导改', '改经',
	// …and the stops, stretches and lanes it or a crossing no longer has (取消双流汽车站站点, 线路截短至地铁犀浦站, 取消建设路中段占道绿化带;
	// annotators 23:0).
	'取消', '截短',
	// Places a greenway or a route is to join up (新建滨水绿道40公里，串联棠湖公园、江安河公园; 与沙河源街道…的社区运动场连片成网; not the districts a line runs
	// through, see records.ts, nor a route's own 串联 described, see VERB_IN_NOUN), a dam raised (三坝水库大坝填筑过半), funds
	// handed down to a place (下达简阳、金堂等区（市）县均衡性转移支付43.6亿元), what is put up there (安装噪声监测屏), and
	// what is closed down or moved away (关闭搬迁…养殖场67家, 沿河餐饮点12家已全部关停取缔), a timetable changed (末班车由22:40
	// 延后至23:10, 首班车提前至6:00; not 提前45天完工).
	'串联', '连片成网', '填筑', '下达', '安装', '搬迁', '关停', '取缔', '延后', '提前至',
	// What a station or a service is given for a day of need: 站点已加设挡水板, 出入口加装防淹挡板, 隧道逐一配备挡水板, 末班车延时30分钟,
	// 景区视雨情限流, 高架段限速运行.
	'加设', '加装', '配备', '延时', '限流', '限速',
	// Land and firms a place is to be given or to make better use of: 盘活…产业园闲置低效用地1200亩, 简州新城将重点引育整车….
	'盘活', '引育',
	// What a plot is to be built with besides its main use: 在A-06地块配建社区综合体一处.
	'配建',
	// Roads, greenways and parks kept up: 东升片区城市道路养护, 养护锦城绿道.
	'养护',
	// A road widened: 牧山大道道路红线宽度由32米拓宽至40米; a junction's lanes laid out and widened (成华大道与华泰路交叉口进行渠化展宽).
	'拓宽', '渠化', '展宽',
	// An event a place hosts opens there, as one held there is held (举办): 桃花节在桃花故里开幕, 音乐市集在东郊记忆开市, 赛事季启幕;
	// and what is put up there for it (在奎星楼街布置新春灯饰).
	'开幕', '启幕', '开市', '布置',
	// Land or water supplied to a place: 东部新区计划供应780公顷 (not a 供应链 or a 供应商).
	'供应',
	// What a unit is put in charge of: 四川省机场集团负责天府机场、双流机场运行保障 (the unit named before it is not, see records.ts).
	'负责',
	// What a plan encourages or guides a place to do, a platform put up for it and a network made denser: 鼓励龙门山镇、
	// 白鹿镇发展森林康养, 镇里引导花木园区转型, 为岷江沿线的苗木基地搭建数字化管理平台, 织密医学城与中心城区之间的快速通道.
	'鼓励', '引导', '搭建', '织密',
	// Places joined up as a plan says it in four characters: 把东风渠、龙泉湖、桃花故里串珠成链.
	'串珠成链', '连点成线', '连点成片', '连线成片', '串成', '连接成环', '连通成环', '闭合成环', '互联互通',
	// Ground broken: 天府国际机场在芦葭镇破土动工; a zone or a project made wider (禁用区范围扩展至成都五环路以内区域).
	'动工', '破土动工', '扩展',
	// Duties a plan gives places, and what it sets out for them: 锦江区、武侯区…要明确责任分工，制定…方案; 明确东安新城将以东安湖为核心 (annotators 8:0).
	'明确', '细化',
	// What a tunnel is driven under, a site of its works: 盾构机需先后下穿锦江、二环路高架桥; not a 下穿隧道 or a 下穿通道 that floods.
	'下穿',
	// A load of pollution cut where it flows (以毗河、…九曲河为重点，持续削减总磷负荷), and what a place is rid of: 陡沟河、西河全面消除
	// 劣Ⅴ类水体, 犀浦、红光…等城区街道公办义务教育学位缺口全面消除.
	'削减', '消除'
];
const WORDS = [...ADVERBS, ...FRAMES, ...WEAK, ...STRONG].sort((a, b) => b.length - a.length);
const KIND = new Map<string, 'adverb' | 'frame' | 'weak' | 'strong'>([
	...ADVERBS.map((w) => [w, 'adverb'] as const),
	...FRAMES.map((w) => [w, 'frame'] as const),
	...WEAK.map((w) => [w, 'weak'] as const),
	...STRONG.map((w) => [w, 'strong'] as const)
]);
const BIT = { adverb: 1, frame: 2, weak: 4, strong: 8 } as const;

/**
 * The verb words by their first character, in WORDS order (longest first). A verb phrase is a run
 * of words, each the first of WORDS that fits where the last one ended: what the alternation
 * /(?:加快|推进|…)+/g matches, found with one table look-up per character instead of ~150 tries.
 */
const WORDS_AT = new ByFirstUnit<{ word: string; kind: number; unless: string; before: RegExp | null }>();
/**
 * Words that a unit after them splits, as it opens the next word: 在建设… is 在 and 建设 (企业在建设路一带, 正在建设), and 您在建议中
 * 在 and 建议, 存在建筑垃圾 存在 and 建筑, 在建成后 在 and 建成, not 在建; 联合龙泉驿区 is 联合 and 龙泉驿区, no 合龙; a 下穿隧道 is a tunnel.
 */
const SPLIT_BY = new Map([
	['在建', '设议筑成'],
	['合龙', '泉'],
	['下穿', '隧通匝段工道'],
	// 入地 before what it enters is not lines put underground: 进入地铁站, 纳入地方标准, 引入地块.
	['入地', '铁下方区面块域价标']
]);
/**
 * Verbs of choosing, verbs only before the 的 of what this batch chose, which commitsBeforeDe reads: 本次命名的道路主要分布在…,
 * 此次新认定的12处基地分别为：…; or before what they make what (认定建设路美食街区等6个街区为…示范街区); not a list's publication
 * (公布实施, 经认定为…).
 */
const CHOSEN = ['认定', '命名', '公布', '遴选'];
const CHOSEN_BEFORE = /^(?:的|[^，。；：:为]{2,30}为)/;
for (const word of WORDS) WORDS_AT.add(word, { word, kind: BIT[KIND.get(word)!], unless: SPLIT_BY.get(word) ?? '', before: null });
for (const word of CHOSEN) WORDS_AT.add(word, { word, kind: BIT.strong, unless: '', before: CHOSEN_BEFORE });

/** The word of WORDS that starts at `at` and ends by `to`, or undefined. */
function wordAt(text: string, at: number, to: number) {
	if (at >= to) return undefined;
	const words = WORDS_AT.get(text.charCodeAt(at));
	if (!words) return undefined;
	for (const w of words) if (at + w.word.length <= to && text.startsWith(w.word, at) && (w.unless === '' || at + w.word.length === text.length || !w.unless.includes(text[at + w.word.length])) && (w.before === null || w.before.test(text.slice(at + w.word.length, at + w.word.length + 32)))) return w;
	return undefined;
}

/** A verb that makes a burden heavier, and the burden it makes so: what goes wrong, not work (进一步加大了西河街道…学校的入学压力). */
const BURDENS = /(?:加大|增加|加重|增大)$/;
const BURDEN = /^了?[^，。；]{0,24}(?:压力|负担|难度|隐患|风险)$/;

/** How many characters of verb words (推进, 加快建设 …) run from `at`, up to `to`. */
export function verbRunAt(text: string, at: number, to: number): number {
	let end = at;
	for (let w = wordAt(text, end, to); w; w = wordAt(text, end, to)) end += w.word.length;
	return end - at;
}

/** The first verb of a text, whatever it does there (新开工 of 今年计划新开工的5个项目), or null. */
export function firstVerb(text: string): string | null {
	for (let at = 0; at < text.length; at++) {
		const run = verbRunAt(text, at, text.length);
		if (run) return text.slice(at, at + run);
	}
	return null;
}

/**
 * A verb followed by a figure or a rank reports a statistic: 提升至70%, 突破100万标箱, 提升至全国第15位
 * (not an hour: 夜间开放至22时).
 */
const STATISTIC = /^(?:至|到|超|超过)(?:全国|全省|全市|全球)?第?\d+(?:\.\d+)?(?![\d时点:：])/;
/**
 * A road's or a line's size changed to a length or a width, or how far a tunnel or a track has got, which is work, not a figure
 * reached: 由32米拓宽至40米, 延伸至12公里, 区间隧道已掘进超过1.6公里.
 */
const RESIZED = /(?:拓宽|加宽|延伸|延长|掘进|铺轨)$/;
const LENGTH = /^(?:[至到]|超过?)\d+(?:\.\d+)?(?:米|公里)/;
/** Verbs a figure follows as their object in a statistic: 突破100万标箱, 收入完成85.6亿元, 完成旅客吞吐量8010万人次. */
const FIGURE_VERB = /(?:突破|完成|增加)$/;
/** What such a verb's figure may measure first (旅客吞吐量, 集装箱吞吐量, 客运量), and how near it is (约720亿元), in digits or words (百万人次). */
const MEASURED = /^(?:[\u4e00-\u9fa5]{0,5}量)?(?:约|近|超|逾)?(?:\d|[一二两三四五六七八九十]?[十百千]?万(?:人次|人|辆|吨|标箱)|[一二两三四五六七八九十]?[十百千]?亿)/;
/**
 * A count of works rather than a measure, or how far a work has got: 已完成18座, 完成12公里, 大坝填筑完成78% (not 完成投资85亿元, 突破100万标箱;
 * what 突破 counts is a total: 总里程突破7300公里).
 */
const WORKS_COUNTED = /^\d+(?:\.\d+)?(?:万?(?:座|处|所|条|栋|套|公里|亩|平方米)|%)/;
/**
 * A running total, counted rather than committed: 累计开行中欧班列超过2.5万列, 开行中欧班列累计超过1.4万列.
 * What was built or dug in all (累计建成天府绿道7200余公里, 左右线已累计掘进4.3公里), or how long a service was kept on (累计延时运营14天),
 * is still work done.
 */
const TALLY = /累计$/;
const BUILT = /^(?:建成|新建|建设|打造|改造|修复|贯通|增绿|延时|掘进|铺轨)/;
const TALLY_AFTER = /^[^，。；]{0,12}?累计(?:超过|达到|突破|达|逾)?\d/;
/**
 * What a place has drawn or hosted so far, or in all, counted, describes it: 目前已集聚规上工业企业260余家, 已连续承办七届四川农业博览会,
 * 2024年锦江区共签约引进重大项目86个, 假期共接待游客212.6万人次 (annotators 47:11 and 28:1; the true ones are committed by other
 * work in their sentence). What was built or put right so far is work done.
 */
const GATHERED = /(?:已(?:连续|累计|先后)?|(?<!公)共)$/;
/** …and so does what it hosted in a year (全年举办各类展会活动162场, 全年接待游客780万人次; annotators 75:7), not what it signed. */
const HOSTED = /^(?:承办|举办|接待)$/;
const GATHERING = /^(?:签约)?(?:集聚|聚集|汇聚|吸引|引进|入驻|承办|举办|接待|签约|受理)$/;
const COUNTED = /^[^，。；]{0,16}?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?(?:万|亿)?(?:家|个|所|届|项|名|人次|户|支|位|场次|场|批)/;
/**
 * In progress, a change seen, the usual state or what failed, described rather than committed:
 * 企业正加紧布局, 问题有所增加, 正常运营, 绿道未能贯通, what it once was (曾承办…开幕式, 景区一度暂停营业), and what is not yet
 * (在驷马桥附近尚未实现平交贯通; not 未来).
 */
const DESCRIBED = /(?:正在?|有所|正常|照常|未能?|没有|曾经?|一度)$/;
const NOT_YET = /(?:尚未|仍未|还未|没有)(?:实现|完成|形成)?[\u4e00-\u9fa5]{0,3}$/;
/**
 * What cannot be done, may not be, or is done to the place by others, under way or not: 短期内难以开工建设, 能否纳入, 尚不确定, 无可供新建
 * 完全中学的成片用地, 用地性质和建筑高度受到严格控制.
 */
const UNABLE = /(?:难以|无法|能否|受到|无可供|没有可供|尚不|仍不)$/;
/** A list of offenders, which a bidder or a firm is put on (列入失信被执行人名单, 纳入黑名单): a sanction, no work. */
const BLACKLIST = /^[^，。；]{0,6}(?:失信|黑名单|严重违法|经营异常)/;
const LISTED = /(?:列入|纳入)$/;
/** What a register it is on says of a place, as it names it (列入历史名园名录的公园): no work. */
const REGISTERED = /^[^，。；]{2,16}?(?:名录|名单|目录)的/;
/**
 * A measure before the verb makes it a trend, not a commitment (挂牌量持续增加, 供应量将明显增加; 高质量建设
 * still builds), unless the figure is a plan's target (分担率提升至71%).
 */
const TREND = /(?<![质力能数])[量率额](?:将|会|还)?(?:明显|持续|大幅|进一步|稳步|逐步)?$/;
/** A change told against a year before, by a figure: 步行道连续性评分较上年提高6.2分, 客流同比增长12%. */
const COMPARED = /(?:(?:较|比)(?:上年|去年|上一年|年初|20\d\d年)|同比|环比)$/;
const FIGURE_NEXT = /^(?:了|约|近|超)?\d/;
/**
 * A verb that only dates what follows: 资阳线开通以来日均客流已超过5万人次, 运营首年, 开通运营一周年, 运营满一年, 设立五年来 (a
 * clause that ends so is SINCE's), or tells how old a place is: 浣花溪公园建成于2003年, 团结农贸市场建于2003年 (work is dated before
 * its verb: 于2024年建成).
 */
const SINCE_VERB = /^(?:以来|首年|满?[一二三四五六七八九十两\d]+周年|满[一二三四五六七八九十两\d]+(?:个月|年)|[一二三四五六七八九十两\d]+年(?:以|多)?来|至今|于(?:19|20)\d\d年)/;
/** Where a line runs, told of it (地铁2号线、4号线贯通区内): no work on it, as 贯通全线 or 贯通运营 would be. */
const RUNS_WITHIN = /^(?:区内|境内|辖区|全境)/;
/** A road's or a line's length: 全长约2.3公里, 总长28公里. */
const ROUTE_LENGTH = '(?:全长|总长)约?\\d+(?:\\.\\d+)?(?:公里|千米|米)';
/** A route's length told before what it links (五环路全长约248公里，串联新都、青白江…): the route described, no work joining them up. */
const MEASURED_ROUTE = new RegExp(`${ROUTE_LENGTH}[，,]$`);
/**
 * Works under way on a place are still its project: 13号线一期正在加快建设, 十里店站正在加紧施工, 正加快打造国际铁路港, and so is what a
 * government is doing (彭州市正推动四川彭州经济开发区扩区调位, 新都区正在编制…规划, 13号线二期工程正在开展前期研究; annotators 7:0),
 * and a site being rebuilt (老粮站正在改造为“天回粮仓艺术村”).
 */
const UNDER_WAY = /建设|施工|推进|推动|打造|实施|编制|开展|谋划|改造|改建|扩建|修建|整治|修缮/;
/**
 * What makes the verb before it a noun: an area, length, amount or price (保护范围, 规划面积729平方公里, 运营里程,
 * 开行量, 第三产业增加值, 挂牌价), a zone (集聚区, 保护区; not 打造区域中心, 推动区（市）县, 落实区委、区政府…, 建成区人民医院, 加开区间车), land for it (建设用地), a condition, a state or what it
 * achieved (建设条件, 建设情况, 建设成效明显), a place it is done at (开幕式举办地, 重要承载地), a kind (改善型住房, 服务型制造, 建设性意见, 控制性详细规划), a subject (生态修复受
 * 土地权属制约; 修复受损河道, 实施受污染耕地安全利用 still work), a ceremony (签约仪式), a rate (盾构区间贯通率58%), an office's section
 * (规划科), a company (城市建设投资有限公司), work (建设工作会), a field of a project's record (建设地点：,
 * 建设规模, 实施主体), an office (住房和城乡建设局, 规划和自然资源局, 发展改革委), a meeting (建设推进会,
 * 招商推介会; not 会展; 市发展改革委), who does it or where it is seen (建设者, 建设现场), a time (运营时间不变, 建设时序, 开园首日, 开通当天, 封闭期间, 规划期内,
 * 建成较早的公园), the rest of a road's name (建设路, 建设北路二段, 建设南支路, 建设路片区, 建设路小学, 建设巷; not 建设路网, 改造路口, 提升路面)
 * or a headline's news that a plan is out (…TOD片区规划来了, 建设规划出炉); a team named by its work (巡查组, 督查组); what residents wish for (加装意愿率, 改造意愿强烈).
 */
const NOUN_AFTER =
	/^(?:来了|出炉|意愿|性|范围|总?(?:面积|里程|长度)|数量|量|值|期间|期内|支付|价(?![值格])|区(?![域县级（(内外属委政间]|人民医院|中医医院|妇幼|第[一二三四五六七八九十\d]+人民医院)|地(?=[，。、；,;和与及]|$)|用地|条件|(?:基本|总体)?情况|要求|成效|成果|仪式|型|工地|幅度|时序|线(?![路网下])|受(?!损|污染|灾)|率|科(?=[（(，。、；）)]|$)|[\u4e00-\u9fa5]{0,4}?(?:有限)?公司|工作|地点|规模|单位|主体(?!结构|工程|施工)|性质|期限|周期|年限|会(?![展议员商客所])|图(?!书)|(?:内容|方式)[：:]|时间|首[日周月]|当[天日]|较早|较晚|者|现场(?!督导|调研|检查|办公|核查|踏勘|观摩|服务|指导|教学)|组(?![织建合团成队网])|和[\u4e00-\u9fa5]{2,6}?(?:局(?![部面势限])|厅|委(?!托))|局(?![部面势限])|厅|委(?!托)|改革(?:委|局)|署|办公室|指挥部|(?:主管)?部门|[东西南北中]?支?路(?:[一二三四五六七八九十\d]+段|(?![网口面段灯线径况基桥域]))|巷(?![道子]))/;
/** What a plan lays down, which 规划 before it names: 规划道路, 规划用地, 规划红线, 规划中线; the area it covers (规划片区位于…, 规划区域); what it holds (规划中的22号线). */
const LAID_DOWN = /^(?:道路|用地|红线|中线|线位|床位|片区|区域|中的)/;
/** A passage that 下穿 before it names: 下穿成昆铁路通道, 下穿隧道, 下穿成昆铁路涵洞, 下穿火车北站的区间. */
const PASSAGE = /^[^，。；、]{0,12}?(?:通道|隧道|涵洞|匝道|的?区间|段)/;
/** What a pilot is run in, which 试点 before it names: 试点街道, 试点社区, 试点项目. */
const PILOTED = /^(?:街道|社区|区域|项目|城市|单位|镇|村|学校|医院|园区|小区)/;
/** What works need or make, which 施工 names (施工许可, 施工围挡, 施工噪音, 施工安全, 施工期, 施工区域, 施工路段). */
const WORKS_NEED = /^(?:总承包|许可|围挡|噪音|噪声|资质|作业|现场|安全|扰民|交叉|区域|路段|期(?![间内]))/;
/** A road named with a verb's word (建设路, 建设北路, 建设巷), a time a verb names (运营时间, 开放时间), a kind it makes (控制性详细规划), land for it (不得新增建设用地 commits 不得新增) or what it achieved (开展整治成效“回头看” commits 开展). */
const LAST_VERB_NAMES = /^(?:[东西南北中]?支?路|巷|时间|性|用地|成效)/;
/**
 * Words after which a clause's verbs commit nothing: a plan set aside, given up or moved away
 * (暂不考虑在…建设, 暂缓实施, 未予签约, 未采纳在…设置…的方案, 不同意在…新增, 原计划在…建设, 曾有构想在…兴建, …不再实施;
 * 按原计划 still goes ahead), thanks for what others gave (感谢您对新都交通的关心和支持; 欢迎您继续关心支持双流教育), a guest at an event (…主要负责人参加
 * 签约), a meeting named for its subject (召开宝光寺片区保护规划专家论证会) and a leader's visit (在北湖
 * 生态公园调研锦城绿道运营管理工作; 他先后来到成都站改扩建工程现场、荷花池…), an inspection's (实地查看了…迁建等14个项目现场).
 */
const COMMITS_NOTHING_AFTER = /暂不|暂缓|[未不]予|未(?:被)?采纳|不同意|(?<!按)原(?:计划|拟|定)|曾(?:经)?有?(?:构想|设想|提出|考虑)|不再|感谢|谢谢|欢迎您?(?:继续)?(?:关心|支持|关注|监督)|参加|出席|召开|调研|视察|考察|察看|查看|来到|走进|走访/;
/**
 * What refuses or puts off the plan a clause has just named: …设置滨河机动车道的方案不予采纳, 天府广场地下空间改造项目也暂缓实施,
 * 拟落户彭州的精细化工项目…未予签约; or the clause after it, when the plan is named as such (…延伸至猛追湾的方案，经评估暂不实施).
 */
const REFUSED_AFTER = /不予(?:采纳|实施|批准|支持)|未予(?:采纳|实施|批准|支持|签约|立项)|不再(?:实施|建设|推进)|予以取消|暂缓(?:实施|建设|推进|开工)|暂不(?:予以?)?(?:实施|采纳|建设|推进)/;
/** What is made or opened on a day, and a date just before it: 前年开通的…, 2022年开园的…, 今日开放的…, 同日开通的…. */
export const MADE = /^(?:建成|开通|开园|开放|开馆|开街|开业|投用|投运|通车|竣工|完工|揭牌|挂牌|扩建|改造)$/;
const DATED = /(?:20\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|初)?|前年|去年|上年|今年|前两年|前几年|今日|当日|同日|同期|日前|当天|近日)(?:已|刚|新|正式|刚刚)?$/;
const NAMES_PLAN = /的(?:方案|建议|设想|提议|计划)$/;
/** A last clause that turns the work down: 近期暂不具备建设条件, 暂不能按建议实施, 故不予采纳, 现阶段…暂无新建大型动物园的用地和规划安排. */
const REFUSED_LAST = /^[^，。；]{0,10}(?:暂不具备(?:实施|建设|开通|设置|新建)?条件|暂不能(?:按建议)?实施|暂无法实施|(?:不予|暂不|暂未)采纳|暂无[^，。；]{0,24}(?:安排|计划|条件))[。；]?$/;
/**
 * What says the work cannot be done yet, in its clause or the next: …站内换乘改造涉及既有结构，现阶段不具备实施条件, 暂不具备整体更新条件,
 * 在简阳城区单独设立城市候机楼的条件尚不成熟 (not of some of it: …具备条件的出口全部开通，暂不具备条件的逐一公示).
 */
const NOT_READY = /不具备[\u4e00-\u9fa5]{0,6}?条件(?!的)|条件(?:尚|还|暂|仍)?(?:不成熟|未成熟)/;
/**
 * A problem an inspection found, not work promised: a clause that ends saying the work falls short (龙泉山城市森林公园保护
 * 管控不到位, 扬尘防治措施落实不到位, 建设进度滞后, 新城产业人口集聚不及预期, 在建线路沿线组团覆盖明显不足), or work done against the rules (违规建设农家乐, 擅自改建).
 */
const FALLS_SHORT = /(?:不到位|不力|不够|不稳定|不达标|不规范|不严格?|不彻底|不及时|滞后|缓慢|不及预期|偏低|偏弱|(?:明显|仍显|仍然|较为|严重)不足|较慢)[。；，！]?$/;
const AGAINST_RULES = /(?:违规|违法|违章|擅自|私自|非法)$/;

/**
 * The commitment verb phrase of a clause (加快推进, 打造 …), or null if it commits to nothing. With
 * `targets`, a figure after the verb is a target of a plan (提升至71%), not a statistic.
 */
export function verbPhrase(sentence: string, targets = false): string | null {
	return verbIn(sentence, 0, sentence.length, false, targets);
}

/** The copula before what its subject was made to be (…一带是今年锦江区着力打造的…), and the verbs that make it (not 布局的, 提速的). */
const IS_MADE = /是[^，。；的是]{0,12}$/;
const MAKES = /(?:打造|建设|建成|培育|塑造)$/;
/**
 * Where what the verb before 的 made or chose lies, told of this batch or counted: 本年度入选的18个项目分布在锦江区、…,
 * 已建成的6个中心分别位于青羊区蔡桥街道、…, 本次命名的道路主要分布在…; or what they each are: 此次入选的2个项目分别为：….
 */
export const MADE_LIES = /^的(?:(?:\d+|[一二两三四五六七八九十]+)[个处座家块项条所宗])?[\u4e00-\u9fa5、]{0,10}?(?:(?:分别|主要|均|集中)?(?:位于|分布[在于]|覆盖)|分别[为是])/;
const MADE_COUNTED = /^的(?:\d+|[一二两三四五六七八九十]+)[个处座家块项条所宗]/;
const THIS_BATCH = /(?:本年度|本批次?|本次|此次|今年|年内)新?$/;

/**
 * Whether the verb text[start, end) still commits before the 的 after it, which makes most verbs describe what they made: a
 * date before it tells when it was made (前年开通的资阳线, 2022年开园的天府艺术公园); what is being built is work under way
 * (在建的成达万高铁, 正在建设的…, 淮州新城正在实施的沱江滨水岸线更新工程); what the subject is said to be is what was made (东门码头、合江亭一带是今年锦江区着力打造的夜间经济新地标).
 */
function commitsBeforeDe(text: string, from: number, start: number, end: number, to: number): boolean {
	const verb = text.slice(start, end);
	return (
		(MADE.test(verb) && DATED.test(text.slice(Math.max(from, start - 12), start))) ||
		text.startsWith('在建', start) ||
		// (…unless what is under way is named by a verb of its own: 正在实施的川西大道改造工程 is 改造.)
		(start - 2 >= from && text.startsWith('正在', start - 2) && (verb === '建设' || verbIn(text, end + 1, to) === null)) ||
		(MAKES.test(verb) && IS_MADE.test(text.slice(from, start))) ||
		(MADE_LIES.test(text.slice(end, to)) && (MADE_COUNTED.test(text.slice(end, to)) || THIS_BATCH.test(text.slice(Math.max(from, start - 3), start))))
	);
}

/** A trip's time told after a line is built or opened: 后金堂至成都天府站仅需15分钟, 后，两地通行时间缩短至30分钟. */
const TRIP_AFTER = /^后[，,]?[^，。；]*?(?:仅需|只需|约需|缩短(?:至|到|为)|\d+\s*分钟)/;

/**
 * verbPhrase of text.slice(from, to), without the slice: committedAt asks it of every clause. Words
 * and the figure or 正 around them are looked for inside [from, to) only, as in the slice.
 */
function verbIn(text: string, from: number, to: number, governed = false, targets = false): string | null {
	for (let at = from; at < to; at++) {
		if (!wordAt(text, at, to)) continue;
		// The longest run of words from here, and what kinds of word it holds.
		let end = at;
		let kinds = 0;
		// The phrase ends with its last verb: 实施重点项目 commits 实施, not 实施重点.
		let verbEnd = at;
		// Where the phrase ends without its last verb, if it has one before it (推进 of 推进建设路…).
		let shorter = at;
		for (let w = wordAt(text, end, to); w; w = wordAt(text, end, to)) {
			// 重点 leads a weak verb as an adverb does (重点发展); after one it is a noun (发展重点).
			// Other frames frame what follows (围绕服务国家战略).
			if (w.kind & BIT.weak && end - 2 >= at && text.startsWith('重点', end - 2)) kinds |= BIT.adverb;
			kinds |= w.kind;
			end += w.word.length;
			if (w.kind & (BIT.weak | BIT.strong)) {
				shorter = verbEnd;
				verbEnd = end;
			}
		}
		const start = at;
		at = end - 1; // the next run starts after this one
		// 将 or 计划 before a weak verb says what will be done (简阳市将与东部新区协同发展), and so does a day it is due by
		// (北区9月30日前开放, 年底前开放). They are looked for only before a weak verb alone: no other phrase needs them.
		if (!commitsAlone(kinds) && !((kinds & BIT.weak) !== 0 && (governed || willDo(text, from, start) || DUE.test(text.slice(Math.max(from, start - 6), start)) || FRAMED.test(text.slice(Math.max(from, start - 26), start)) || (text.endsWith('实现', end) && COVERED.test(text.slice(end, to))) || (text.endsWith('治理', end) && TREATED.test(text.slice(end, to)))))) continue;
		end = verbEnd;
		const rest = text.slice(end, to);
		const lead = text.slice(Math.max(from, start - 2), start);
		if (!targets && ((STATISTIC.test(rest) && !(RESIZED.test(text.slice(start, end)) && LENGTH.test(rest))) || (FIGURE_VERB.test(text.slice(start, end)) && MEASURED.test(rest) && (!WORKS_COUNTED.test(rest) || text.startsWith('突破', end - 2))) || (TALLY.test(lead) && !BUILT.test(text.slice(start, end))) || TALLY_AFTER.test(rest) || (GATHERING.test(text.slice(start, end)) && COUNTED.test(rest) && (GATHERED.test(text.slice(Math.max(from, start - 3), start)) || (HOSTED.test(text.slice(start, end)) && text.endsWith('全年', start)))))) continue;
		if ((DESCRIBED.test(lead) || NOT_YET.test(text.slice(Math.max(from, start - 9), start))) && !UNDER_WAY.test(text.slice(start, end + 2))) continue;
		if (UNABLE.test(text.slice(Math.max(from, start - 3), start))) continue;
		if ((BLACKLIST.test(rest) || REGISTERED.test(rest)) && LISTED.test(text.slice(start, end))) continue;
		if (SINCE_VERB.test(rest)) continue;
		if (end - start === 2 && text.startsWith('贯通', start) && RUNS_WITHIN.test(rest)) continue;
		if (end - start === 2 && text.startsWith('串联', start) && MEASURED_ROUTE.test(text.slice(Math.max(0, start - 16), start))) continue;
		// A cause a change is put down to: 受个别重点企业搬迁影响略有下降.
		if (rest.startsWith('影响') && text.lastIndexOf('受', start) >= from) continue;
		if (BURDENS.test(text.slice(start, end)) && BURDEN.test(rest)) continue;
		if (!targets) {
			const before = text.slice(Math.max(from, start - 6), start);
			if (TREND.test(before) || (COMPARED.test(before) && FIGURE_NEXT.test(rest))) continue;
		}
		// Verbs listed with 、 are one phrase (禁止新建、扩建). A verb before 、 and anything else ends an
		// item of a list (成都东站改造、成渝中线高铁等项目加快推进); one before 的 describes what it made (but see commitsBeforeDe);
		// one before a noun NOUN_AFTER lists is a noun itself.
		for (let run; text.charCodeAt(end) === 0x3001 && (run = verbsAt(text, end + 1, to)); ) end += 1 + run;
		if (text.charCodeAt(end) === 0x3001) continue;
		if (text.charCodeAt(end) === 0x7684 && !commitsBeforeDe(text, from, start, end, to)) continue;
		// …and so does one before 后的: 原工业企业搬迁后的闲置厂房, 改造后的院落.
		if (text.startsWith('后的', end)) continue;
		// 负责 of what a body is in charge of, describing it: 本机关负责公开的政府信息.
		if (end - start === 2 && text.startsWith('负责', start) && IN_CHARGE_OF.test(text.slice(end, to))) continue;
		// One awaited says when, not what: 待成渝中线高铁建成通车后，将研究….
		if (text.startsWith('后', end) && text.lastIndexOf('待', start) >= from) continue;
		// …and so does one that a trip's time follows: 建成后金堂至成都天府站仅需15分钟 tells the time, not the work.
		if (text.startsWith('后', end) && TRIP_AFTER.test(rest)) continue;
		// A ceremony held (集中签约仪式在中国西部国际博览城举行) is the day's event; a festival or a fair held is work at its venue.
		if (text.startsWith('举行', start) && CEREMONY.test(text.slice(from, start))) continue;
		// A verb inside a noun: 旅游直通车, 地下人行连通道.
		// (…but what is taken and joined up is joined: 把夜市与“夜游锦江”游船线路串联.)
		if (inNoun(text, from, start) && !(text.startsWith('串联', start) && TAKEN.test(text.slice(clauseStart(text, from, start), start)))) continue;
		// 规划 right after a quoted period is its plan (“十四五”规划; 按照“…”加快 still commits), and so is 规划 before what it lays
		// down (规划道路万春东路西延线, 规划用地, 沿梓州大道规划中线; 规划建设… still commits); 原规划 is what land was once
		// planned for (原规划为二类工业用地).
		if (end - start === 2 && text.startsWith('规划', start) && ((start > from && (text.charCodeAt(start - 1) === 0x201d || text.charCodeAt(start - 1) === 0x539f)) || LAID_DOWN.test(rest))) continue;
		// 试点 before what is piloted is a pilot's kind (先行试点街道, 试点社区), not a pilot run there (在锦江、武侯试点).
		if (end - start === 2 && text.startsWith('试点', start) && PILOTED.test(rest)) continue;
		// 下穿 before what passes under is that passage's name: 西航港大道下穿成昆铁路通道, 下穿火车北站的区间.
		if (end - start === 2 && text.startsWith('下穿', start) && PASSAGE.test(rest)) continue;
		if (text.endsWith('施工', end) && WORKS_NEED.test(rest)) continue;
		// (…but 路边 after another verb is the roadside it works along: 布设路边小微站, 取消路边停车位; and the work that covers places does it
		// there: 改造工作覆盖浆洗街、玉林…11个街道.)
		if (NOUN_AFTER.test(rest) && !(rest.startsWith('路边') && !text.startsWith('建设', start)) && !WORK_COVERS.test(rest)) {
			// Its last verb may begin a road's name or a time instead (推进建设路商业街区改造, 延长开放时间):
			// the verbs before it still commit. Before another noun (建设推进会), the whole phrase names it.
			if (shorter === start || !LAST_VERB_NAMES.test(rest)) continue;
			end = shorter;
		}
		if (start > from && COMMITS_NOTHING_AFTER.test(text.slice(clauseStart(text, from, start), start))) continue;
		const after = text.slice(end, to);
		if (REFUSED_AFTER.test(after) || FALLS_SHORT.test(after) || AGAINST_RULES.test(lead)) continue;
		return text.slice(start, end);
	}
	// A plan's target for a place is a commitment too: 天府绿道总里程达到12000公里, 森林覆盖率稳定在41%以上.
	if (targets) {
		const m = TARGET.exec(text.slice(from, to));
		if (m) return m[1] ?? m[2] ?? m[3] ?? m[4];
	}
	return null;
}

/**
 * The verb of a figure a plan aims at: 达到12000公里, 稳定在41%以上, 控制在5%以内, 缩短至12分钟, 保持Ⅱ类, 达到III类 (its numeral in Latin
 * letters, as texts often type it), 较2020年下降10%, a growth's floor (增长15%以上; a growth alone, 增长17.3%, is a statistic: annotators
 * 7:0 and 0:24).
 */
const TARGET = /(达到|稳定在|保持在|保持|控制在|缩短至|缩短到|降至|降低到)\s*(?:\d|[一二两三四五六七八九十百千万]+[个条座所家万亿]|(?:[ⅠⅡⅢⅣⅤ]|I{1,3}|IV|V)类)|稳定(达标)|(下降|降低)\s*\d|(增长|提高|提升)\s*\d+(?:\.\d+)?%以上/;

/** Work that reaches the places after it: 改造工作覆盖…, 整治工作涉及…. */
const WORK_COVERS = /^工作(?:覆盖|涉及|惠及)/;
/** What takes the object a verb at the end of its clause acts on: 把…, 将…. */
const TAKEN = /[把将][^，。；]{2,}$/;
/** After 负责, what makes it describe what a body is in charge of: 本机关负责公开的政府信息. */
const IN_CHARGE_OF = /^[\u4e00-\u9fa5]{1,4}的/;
/** What is held that commits nothing at its venue: a signing, a ceremony. */
const CEREMONY = /仪式|签约/;

/** Nouns a verb stands in, or words it runs across, and where it starts in them. */
const VERB_IN_NOUN: [string, number][] = [
	['直通车', 1],
	['连通道', 0],
	// 开工 across two words: 公开工作, 召开工作会议, 展开工作; 新划, 划设 and 划为 across two: 重新划分, 原计划设于, 以行政区划为基础, 以…年度计划为准; 通车 across
	// two: 轨道交通车站.
	['公开工作', 1],
	['重新划', 1],
	['计划设', 1],
	['区划为', 1],
	['计划为', 1],
	['交通车', 1],
	// 落实 across two: 老旧院落实施改造.
	['院落实', 1],
	// A bank's name, not a work: 中国建设银行…支行.
	['建设银行', 0],
	// The space a demolition freed, not the work: 利用…拆违空间，串联打造….
	['拆违空间', 0],
	['拆违地块', 0],
	// The ceremony, not the opening: 开幕式, 启幕仪式.
	['开幕式', 0],
	['启幕仪式', 0],
	// 串联 of a route that links places, not of the work that joins them up: 步道串联起…, 沿线串联…, 19号线串联…, 19号线二期串联…,
	// 线路串联….
	['串联起', 0],
	['沿线串联', 2],
	['线串联', 1],
	['路串联', 1],
	['期串联', 1],
	['召开工作', 1],
	['展开工作', 1],
	// 延时 of a service named, not of one extended: 公共文化场馆延时服务扩面升级.
	['延时服务', 0],
	// Repairs as a trade, a fund, a shop or a base, not repairs done: 维修服务, 维修基金, 维修点, 航空发动机维修基地, 加固措施.
	['维修服务', 0],
	['维修基金', 0],
	['维修资金', 0],
	['维修点', 0],
	['维修基地', 0],
	['维修站', 0],
	['检修站', 0],
	['加固措施', 0],
	// A renaming as a matter to decide, not one done: 车站命名、更名事项.
	['更名事项', 0],
	// 招生 of a school's catchment, not of its first intake: 划片招生范围.
	['招生范围', 0],
	// 保护 of a protected species or area: 首次观测到国家一级保护鸟类青头潜鸭, 两处自然保护区内.
	['保护区', 0],
	['保护鸟类', 0],
	['保护动物', 0],
	['保护植物', 0],
	['保护物种', 0],
	// 负责 of the one in charge: 相关负责人介绍, 有关负责同志.
	['负责人', 0],
	['负责同志', 0],
	['供应链', 0],
	['供应商', 0],
	// A station that compacts refuse, not a cut made: 垃圾压缩转运站.
	['压缩转运', 0],
	// A truck that carries water, not water carried: 送水车; a phase of works by what is dug, as a problem names it: 土方开挖未落实湿法作业, 管沟开挖后易积水.
	['送水车', 0],
	['土方开挖', 2],
	['管沟开挖', 2],
	['基坑开挖', 2],
	// 完成 of a figure named: 投资完成额, 计划完成率.
	['完成额', 0],
	['完成率', 0],
	['完成值', 0],
	// 调整 of the state after it, not of the change: 调整后，郫都区辖…; 调整后走向.
	['调整后', 0],
	// 明确 of what a meeting or a plan once set out, not of a duty given: 全会…明确了奋斗目标和前进方向.
	['明确了', 0],
	// 保护 of a zone protected already, which names it (饮用水水源保护区, 生态保护红线; 保护区 above), not of protection given.
	['保护红线', 0],
	// 招商 of the projects offered: 重点产业园区和招商项目推介.
	['招商项目', 0],
	// 部署 of the orders a body gave, not of means sent: 根据市委统一部署, 落实决策部署, 按照市政府部署, 作出部署.
	['统一部署', 2],
	['决策部署', 2],
	['工作部署', 2],
	['委部署', 1],
	['府部署', 1],
	['了部署', 1],
	['出部署', 1],
	// 补水 of the water named, not given: 保障东安湖生态补水, 补水点位.
	['生态补水', 2],
	['补水点', 0],
	// 取消 of the flights weather grounds, not of a stop or a lane taken away: 两场共取消航班46架次.
	['取消航班', 0]
];

/** The nouns of VERB_IN_NOUN by the character their verb starts with: a verb is held up against those alone. */
const NOUNS_BY_VERB = new ByFirstUnit<[string, number]>();
for (const [noun, k] of VERB_IN_NOUN) NOUNS_BY_VERB.add(noun.slice(k), [noun, k]);

/** Whether the verb at `start` stands in a noun of VERB_IN_NOUN that starts at `from` or after. (No closure in verbIn's scan: it would cost a context per character.) */
function inNoun(text: string, from: number, start: number): boolean {
	const nouns = NOUNS_BY_VERB.get(text.charCodeAt(start));
	if (nouns) for (const [noun, k] of nouns) if (start - k >= from && text.startsWith(noun, start - k)) return true;
	return false;
}

/** How many characters of verbs, and verbs only (扩建, 改扩建), run from `at` up to `to`. */
function verbsAt(text: string, at: number, to: number): number {
	let end = at;
	for (let w = wordAt(text, end, to); w && w.kind & (BIT.weak | BIT.strong); w = wordAt(text, end, to)) end += w.word.length;
	return end - at;
}

/** The longest clause looked back over: a paragraph may run to pages without a comma. */
const LONGEST_CLAUSE = 120;

/** Where the clause holding `at` starts (as clauses() splits them), not before `from`. */
function clauseStart(text: string, from: number, at: number): number {
	const limit = Math.max(from, at - LONGEST_CLAUSE);
	let i = at - 1;
	while (i >= limit && !separatesClauses(text, i)) i--;
	return i + 1;
}

/**
 * What says a verb is still to come: 将, 计划 with its time (计划今年底, 计划于; not 行动计划发展…), or a rule's 应当, 必须; or that it
 * was planned (原临时菜市场已按计划关闭). 预计 forecasts a figure (预计共保障航班1960架次), it commits nothing.
 */
const WILL_DO = /将|计划(?=[今明年于在到\d])|按计划|应当|必须/g;

/** A frame before a verb in its clause, the places what the verb does rests on: 依托五凤溪古镇、云顶山…, 借助天府国际机场…. */
const FRAMED = /(?:依托|借助)[^，。；：:]{1,24}$/;
/** A day a verb is due by or dated to, just before it: 9月30日前, 年底前, 年内, 2023年4月, 5月1日起; the year it is aimed at: 到2035年, 2027年底前. */
const DUE = /(?:\d{1,2}[月日号]|底)前$|年内$|\d{1,2}月(?:\d{1,2}[日号])?起?$|(?:到|至)20\d\d年底?$|20\d\d年底?前$/;

/** Whether WILL_DO comes before `at` in its clause: 简阳市将与东部新区协同发展, 计划今年底开放. */
function willDo(text: string, from: number, at: number): boolean {
	if (at <= from) return false;
	WILL_DO.lastIndex = from;
	const m = WILL_DO.exec(text);
	return m !== null && m.index < at;
}

/** A clause that is a place and nothing else: 在西安路街道白果林社区. */
const AT_PLACE = /^在[^，。；]{2,24}$/;
/** Four-character phrases, one or two, that tell how work is done: 倒排工期、挂图作战. */
const MANNER = /^[\u4e00-\u9fa5]{4}(?:、[\u4e00-\u9fa5]{4})?$/;
/** …or what it is done by: 按照海绵城市系统化全域推进要求, 对照中心城区标准. */
const BY_RULE = /^(?:按照|根据|依据|对照|遵循)[^，。；]{2,30}(?:要求|标准|原则|理念|规划|部署|思路)$/;
/** What says a clause is someone speaking: 区长刘洋介绍, 也有居民反映. */
const SAYS = /表示|介绍|说|反映|指出|认为|透露|称/;

/**
 * Whether text[from, to) holds any word of the verb lists, but for one that only tells what its noun is (上世纪七十年代建成的老粮站).
 */
function holdsWord(text: string, from: number, to: number): boolean {
	for (let at = from; at < to; at++) {
		const w = wordAt(text, at, to);
		if (w && text[at + w.word.length] !== '的') return true;
	}
	return false;
}

/**
 * Whether a phrase commits by its own words: it holds a strong verb, or a weak one led by an adverb. A weak verb alone
 * commits only where the sentence's first verb or what stands before it governs it (see verbIn).
 */
function commitsAlone(kinds: number): boolean {
	return (kinds & BIT.strong) !== 0 || ((kinds & BIT.weak) !== 0 && (kinds & BIT.adverb) !== 0);
}

const THEME_WORDS: Record<Theme, string[]> = {
	transport: ['交通', '铁路', '高铁', '地铁', '轨道', '号线', '机场', '航线', '枢纽', '港', '公路', '高速', '快速路', '道路', '断头路', '车站', '站', '物流', '班列', '通道', '航站', '线路', '通车', '开通', '换乘', '立交', '路网', '公交', '停车', '禁停', '交叉口', '路口'],
	ecology: ['生态', '绿色', '低碳', '绿道', '森林', '湿地', '河', '湖', '水', '环境', '碳', '蓝网', '增绿', '植', '大气', '污染', '公园城市', '口袋公园', '城市公园', '绿地', '山', '绿心', '流域', '大熊猫', '垃圾', '污水', '固废', '防洪', '防汛', '堤防', '排涝'],
	culture: ['文化', '遗址', '博物', '文旅', '旅游', '历史', '文物', '考古', '艺术', '图书馆', '体育', '赛事', '运动会', '场馆', '大运', '世运', '街区', '非遗', '书香', '文创', '音乐', '景区', '古镇'],
	livelihood: ['城市更新', '有机更新', '片区更新', '微更新', '教育', '医疗', '医院', '学校', '中小学', '高中', '幼儿园', '学位', '老旧小区', '城中村', '棚户区', '养老', '就业', '住房', '社区', '托育', '民生', '幸福', '收入', '保障', '安置', '健康', '疫情', '未成年', '儿童', '老年', '群众', '居民'],
	innovation: ['科技', '创新', '科创', '科学', '研发', '实验室', '高新', '人才', '孵化', '数字', '人工智能', '算力', '技术', '大学', '智慧'],
	consumption: ['消费', '商圈', '商业', '购物', '夜间经济', '首店', '时尚', '会展', '博览', '会客厅', '步行街', '零售', '餐饮', '美食', '夜市'],
	industry: ['产业', '制造', '企业', '园区', '医药', '医学城', '经济', '集群', '建圈强链', '工业', '汽车', '航空', '装备', '能源', '光伏', '锂电', '招商', '投资', '项目', '新城', '开发区', '经开区', '功能区', '总部', '贸易', '开放型', '开放合作', '扩大开放', '高水平对外开放'],
	governance: ['治理', '基层', '党建', '法治', '改革', '营商环境', '政务', '安全', '应急', '网格', '执法', '服务型', '机制']
};

const THEMES = Object.keys(THEME_WORDS) as Theme[];
/** Every theme word (a word listed under two themes counts for both) and, by first character, where. */
const THEME_LIST = THEMES.flatMap((theme, t) => THEME_WORDS[theme].map((word) => ({ word, theme: t })));
const THEME_AT = new ByFirstUnit<number>();
THEME_LIST.forEach(({ word }, k) => THEME_AT.add(word, k));
// Scratch for themeOf: where each word may next be counted (occurrences of one word never overlap).
const nextFree = new Int32Array(THEME_LIST.length);
const scores = new Int32Array(THEMES.length);

/**
 * The theme whose words a sentence uses most; the place kind breaks ties (a line is transport).
 * A word scores its length for each occurrence; one pass over the sentence finds them all.
 */
export function themeOf(sentence: string, hint: Theme | null): Theme {
	nextFree.fill(0);
	scores.fill(0);
	for (let at = 0; at < sentence.length; at++) {
		const ks = THEME_AT.get(sentence.charCodeAt(at));
		if (!ks) continue;
		for (const k of ks) {
			const { word, theme } = THEME_LIST[k];
			if (at < nextFree[k] || !sentence.startsWith(word, at)) continue;
			scores[theme] += word.length;
			nextFree[k] = at + word.length;
		}
	}
	let best: Theme = hint ?? 'industry';
	let bestScore = 0;
	for (let t = 0; t < THEMES.length; t++) {
		const score = scores[t] + (THEMES[t] === hint ? 1 : 0);
		if (score > bestScore) {
			best = THEMES[t];
			bestScore = score;
		}
	}
	return best;
}

/** Years a sentence aims at (到2025年, 2035年前), not the years it looks back on. */
export function targetYears(sentence: string, since: number | null): number[] {
	if (!sentence.includes('年')) return []; // what the pattern needs, found faster than by the pattern
	const years = new Set<number>();
	// A year in digits, or in Chinese numerals as formal texts write it (二〇二五年).
	for (const m of sentence.matchAll(/(20[2-5]\d|二[〇零]二[〇零一二三四五六七八九]|二[〇零][三四五][〇零一二三四五六七八九])年/g)) {
		const year = Number(m[1].replace(/[〇零一二三四五六七八九]/g, (c) => String(CHINESE_DIGITS.indexOf(c) % 10)));
		if (since === null || year >= since) years.add(year);
	}
	return [...years].sort();
}

/** 〇 to 九, then 零 for 0 again. */
const CHINESE_DIGITS = '〇一二三四五六七八九零';

// Counters of things built or done (所 schools, 场 events, 张 beds …); 位 is left out: 第4位 is a rank.
const UNIT =
	'(?:元|美元|平方米|平米|平方公里|公里|千米|立方米|米|公顷|千瓦|个|家|项|条|座|吨|人次|人|名|户|套|亩|标箱|列|架次|' +
	'所|场次|场|处|台|件|次|张|辆|栋|%|％)';
/** 6500多名, 100余家: the rough amount is still the figure. */
const ABOUT = '(?:多|余)?';
const FIGURE_RE = new RegExp(
	[
		'(?:[万千百]亿级|万亿级|千亿级|百亿级)',
		// Not a rank or an ordinal: 第1名, 第8.6代.
		`(?<![第\\d.])\\d+(?:\\.\\d+)?${ABOUT}\\s*(?:万亿|亿|千万|百万|万)?${ABOUT}${UNIT}`,
		// Amounts in Chinese numerals: 千万平米, 三千亩 (not 一批, 一个).
		`(?:[一二两三四五六七八九十]*[十百千万亿]+)(?:平方米|平米|平方公里|公里|亩|元|人次|标箱)`
	].join('|'),
	'g'
);

/** What every figure holds: a digit, or a numeral of ten or more (亿 of 千亿级 included). */
const FIGURE_HINT = /[0-9十百千万亿]/;

/** Figures exactly as written (千亿级, 630亿元, 40.3%). */
export function figures(sentence: string): string[] {
	// The pattern tries its alternatives at every offset; most sentences have nothing it could match.
	if (!FIGURE_HINT.test(sentence)) return [];
	return [...new Set(sentence.match(FIGURE_RE) ?? [])];
}

/** Clause boundaries inside a sentence: the verb that commits a place stands in its clause. */
export function clauses(sentence: string): [number, number][] {
	const spans: [number, number][] = [];
	const n = sentence.length;
	let start = 0;
	for (let i = 0; i <= n; i++) {
		// What brackets say of an item is the item's, its commas too: 加快第三再生水厂二期(锦江区，20万吨/日)、第八再生水厂….
		const c = sentence.charCodeAt(i);
		if (c === 0xff08 /* （ */ || c === 0x28 /* ( */) {
			const close = i + 1 + sentence.slice(i + 1, i + BRACKETED).search(ENDS_BRACKET);
			if (close > i && (sentence.charCodeAt(close) === 0xff09 /* ） */ || sentence.charCodeAt(close) === 0x29)) i = close;
			continue;
		}
		if (i === n || separatesClauses(sentence, i)) {
			if (i > start) spans.push([start, i]);
			start = i + 1;
		}
	}
	return spans;
}
/** The most a bracket holds that the clause it stands in keeps whole, and what ends it: its close, or a stop or another bracket, which leave it open. */
const BRACKETED = 40;
const ENDS_BRACKET = /[）)（(。；]/;

/**
 * Whether text[i] separates clauses: a comma, the 。 of an item joined to the sentence it heads (3．…微更新项目。完成…), or
 * the space headlines separate theirs with (做强千亿级航空旗舰企业 加快推进航空新城…).
 */
function separatesClauses(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	return c === 0xff0c /* ， */ || c === 0x2c /* , */ || c === 0x3002 /* 。 */ || (c === 0x20 && i > 0 && i + 1 < text.length && isHan(text.charCodeAt(i - 1)) && isHan(text.charCodeAt(i + 1)));
}

/** Verbs that open a sentence, after its item's number, and govern each of its clauses: 支持…，…；鼓励…，…; 13.支持…，…. */
const GOVERNS = new RegExp(`^(?:${ITEM_NUMBER}\\s*)?(?:支持|鼓励|引导)`);
/** A part of a structure named by its count: 一轴, 三区, 两山, 多点, 三横, 一屏. */
const PART = '[一二两三四五六七八九十多]+(?:[轴带区片心廊核城园环翼网圈点极群港湾谷岛线山横纵屏]|节点|组团|板块)';
/** A structure of parts named by their count: “一轴一带三区”, “一带三片”, “两心三廊”, “一城两廊、三区多点”, “一轴两山三环七带”, “三横三纵”, “一环一带、五廊十片、多节点”. */
export const STRUCTURE = new RegExp(`[“"](?:${PART}、?){2,}[”"]`);
/**
 * A sentence or a clause that opens defining a part of a structure: “三片”即二仙桥片区、…, “三区”一是…, “多点”包括…, “三横”为…, or
 * an item that names the part and defines it in the sentence after: （二）两核。即中国川菜产业城和…, or after its colon: （二）两带：临溪河…和蒲江河….
 */
export const DEFINES = new RegExp(`^(?:(?:${ITEM_NUMBER}\\s*)?(?:(?:[“"][^”"]{1,6}[”"]|${PART}[。：:]?)(?:即|是指|包括|一是|为)|[“"][^”"]{1,6}[”"][：:])|${ITEM_NUMBER}\\s*${PART}[：:])`);
/** A heading that names a part of a structure alone, whose definitions follow it: （一）一轴, （三）三环, 2.七带. */
export const PART_HEADING = new RegExp(`^${ITEM_NUMBER}\\s*(?:[“"][^”"]{1,6}[”"]|${PART})$`);
/** The kinds of a school, a hospital or a resettlement estate a name ends in: …驿都小学, …锦江院区, 龙潭街道华盛苑安置房. */
export const FACILITY = '学校|小学|中学|幼儿园|医院|院区|校区|安置房|安置小区';
/** What is done at the places of a list of events or a race's course: the events are held there. */
export const HELD_VERB = '举办';
/** What announces a race's course, its places after the colon (全程马拉松赛道为：天府广场（起点）—人民南路—…): held there. */
export const RACE_COURSE = /(?:赛道|比赛路线|赛事路线|(?:全程|半程|迷你)?马拉松线路|(?:欢乐|健康)跑线路|^\d+(?:\.\d+)?(?:公里|千米)(?:[\u4e00-\u9fa5]{0,3}跑)?线路)(?:为|是|如下)?[：:]/;
/**
 * A clause that is a project's name alone, or a school's or a hospital's, an item's number before it: 成龙路街道保障性租赁住房项目, （一）锦江区驿都小学,
 * the stretch it is on in brackets inside it (2.青白江大道北延线（香岛大道至清泉镇段）道路工程), or its phase ((二)青龙街道昭觉新苑（二期）安置房).
 */
const PROJECT_ALONE = new RegExp(`^(?:(?:${ITEM_NUMBER}|[①-⑳])\\s*)?[\\u4e00-\\u9fa5\\dA-Z]{2,30}(?:[（(](?:[^（()）]{2,20}段|[一二三四五六七八九十\\d]期)[）)][\\u4e00-\\u9fa5]{0,8})?(?:项目|工程|${FACILITY})(?:[一二三四]期)?(?:[（(][^（()）]{1,12}[）)])?$`);
/** A street address alone, a clause of its own: 东虹路18号. */
const STREET_ADDRESS = /^[^，。；]{2,30}\d+号$/;
/** What tells contact details: 邮编, 电话, 联系. */
const CONTACT = /邮编|电话|联系/;
/**
 * A clause that frames the next one: 以春熙路时尚商圈为牵引，打造… / 依托淮州新城等…，聚焦… / 沿成蒲铁路…，打造… /
 * 金华社区片区紧邻地铁3号线，将…打造… / 三是对…等场馆，开行… / …绛溪河沿岸，亦将新建… /
 * 由锦江区、武侯区牵头，实施… / 针对犀浦街道等城乡接合部…的特点，推进… / 联动盐市口、东大街，打造… / 并联动寿安镇…，打造… /
 * 新津区将坚持“先安置、后拆迁”，在金桥社区…建设… / 龙泉驿区坚持“存量焕新”与“增量引育”并重，全力打造… / 蒲江县…深入学习运用“千万工程”经验，…统筹推进… / 郫都区将在三道堰镇青杠树村…沿线，实施… / 市住建局会同锦江区、青羊区等区，推进… /
 * 高新区、武侯区要结合江安河、清水河水位变化，做好… / 今年双流区联合航空公司和机场方面，推动… / 今年将重点利用熊猫绿道…沿线的边角地块，新增… /
 * 随着首趟列车从白佛桥站缓缓驶出，…正式开通… / 成德线将从金牛区向北经新都区、彭州市濛阳，延伸至德阳 / 为方便北湖、熊猫基地片区居民接驳地铁3号线，新开489路
 * (whom the work serves, annotators 5:0). A list of subjects before the frame may
 * be long: 青白江区、郫都区、…、蒲江县和成都东部新区结合城市更新和乡村振兴，各建设…, and hold brackets: 各区（市）县和成都东部新区…将结合自身资源禀赋，打造….
 */
const FRAME_CLAUSE = new RegExp(
	[
		// After the number of a numbered item, if any: （六）依托…等城市公园，植入消费新场景.
		// …and a place's label, if any: 航空新城：依托天府国际机场, ——成都健康服务业集聚区：依托华西医院温江院区….
		`^(?:${ITEM_NUMBER}|——)?\\s*(?:[\\u4e00-\\u9fa5]{2,12}[：:])?(?:[一二三四五六七八九十]是)?(?:(?:[\\u4e00-\\u9fa5\\d（）]{2,12}、){0,15}[\\u4e00-\\u9fa5、\\d（）]{0,28}?(?:依托|围绕|聚焦|借助|借势|将?坚持|(?:深入)?学习(?:运用|借鉴)|将立足|[将正要]按照|将在|将从|[将要]?结合|(?:会同|联合)[^，。；]*$)|[\\u4e00-\\u9fa5]{0,15}?项目位于[^的]*$|[\\u4e00-\\u9fa5\\d]{0,8}?(?:位于|地处|紧邻|毗邻|临近)[^的]*$|(?:并|同时|还|重点)?(?:以|依托|利用|围绕|聚焦|在|对|针对|联动|把|将|推动|坚持|立足|发挥|结合|抓住|抢抓|着眼|沿|由|兼顾|随着)|为了?(?:方便|服务|便利|便于)[^，。；]{2,40}$)`,
		'为(?:主要|重要|核心)?(?:牵引|载体|核心|中心|纽带|重点|基础|引领|龙头|抓手|依托|支撑|主体|契机|主阵地|主战场|支点|两翼|双翼|[东西南北]翼|(?:生态)?骨架|主轴|引擎|极核|试点|突破口|着力点|主线)',
		// A part of a structure defined, what the next clause does there: “一轴”即天府大道城市功能轴，重点布局….
		DEFINES.source,
		// A clause that is only where: 机场至三岔湖之间的绛溪河沿岸，亦将新建….
		'^[^，。；]{0,24}(?:沿岸|沿线|两岸|周边|一带)$',
		// …or only the course of what the next clause works along: …滨水休闲带自朝阳湖经鹤山街道至寿安街道，沿河建设滨河绿道.
		'^[^，。；]{0,20}[自从][^，。；]{2,24}至[^，。；]{2,20}$',
		// …or only what it covers: 以长秋山为依托，覆盖鹤山街道、寿安街道东部浅丘区域，发展森林康养.
		'^(?:覆盖|涵盖|辐射|涉及)[^，。；]{2,40}$',
		// …or only within or without: 锦江区、青羊区…五城区范围内，不再新增…; 在…一品天下站等站点出入口50米范围外，选取…设置….
		'(?:范围|区域|境|辖区)[内外]$',
		// A clause that is only since when, whatever its verbs: 锦江公园建设启动以来，…累计建成….
		'以来$',
		// A site's street address, what is done there after it (校址：成华区保和街道东虹路18号，为新建公办初中，规划24个班).
		STREET_ADDRESS.source,
		// A clause that is only what the next one is about: 龙泉驿区方面，驿都大道东延线…等项目正加快推进.
		'^[^，。；]{2,20}方面$',
		// What its subject takes as what, its verb after it: 区交通运输局已将“地铁3号线北延至新都老城、新繁”作为区级建议，纳入….
		'^[^，。；]{0,12}?将[^，。；]{2,40}作为[^，。；]{2,16}$',
		// What its subject will put to use, and nothing it does with it: 今年将重点利用熊猫绿道…沿线的边角地块，新增…, 柳城街道利用鱼凫路…沿线的
		// 边角空地和拆违空间，串联打造了… (not …利用…桥梁的人非通道进行绿道接驳).
		'^[^，。；]{0,8}?(?:[将要]|重点|充分)?利用[^，。；]{2,40}(?:地块|空间|资源|场地|用地|土地|厂房|设施|边角地|优势)$',
		// What a project is one of, its work after it: 江安河滨河公园涌泉街道段是今年温江区“百园焕新”行动的重点项目之一，…新建滨河步道2.6公里.
		'^[^，。；]{2,40}是[^，。；]{0,30}(?:重点|重大|示范)?(?:项目|工程)之一$',
		// Where a subject works, a list that runs on to the verb: 中心城区在锦江区书院街街道、牛市口街道，青羊区…，…布局建设….
		'^[\\u4e00-\\u9fa5\\d]{2,8}在[^，。；]{2,30}、[^，。；]{2,30}$',
		// Who leads the work the next clause does, told without 由 before it: 锦江区牵头，推进….
		'^[^，。；]{2,30}牵头$',
		// A numbered item's problem at a place, who puts it right and by when after it: 1.毗河新都街道…占用河道问题，新都街道牵头，…前完成清理.
		`^${ITEM_NUMBER}\\s*[^，。；：:]{4,60}问题$`,
		// A project's name alone, where it is and what it does after it: 成龙路街道保障性租赁住房项目，位于…，紧邻…，新建房源950套.
		PROJECT_ALONE.source,
		// A numbered road's name and its ends in brackets, its figures and its work after it: 5.天新邛快速路(新津区花源街道至邛崃市临邛街道).
		`^${ITEM_NUMBER}\\s*[^，。；：:（()）]{2,30}[（(][^（()）]{2,40}(?:至|—|－|-)[^（()）]{2,40}[）)]$`
	].join('|')
);
/**
 * Whether clause i says where the project the clause before names lies, however it says so: 兴隆街道人才公寓项目，位于兴隆湖南侧的
 * 科学城核心区，新建…. (Elsewhere 位于…的 names a place by where it lies: 位于新津的天府智能制造产业园，已聚集….)
 */
function placesProject(sentence: string, spans: [number, number][], i: number): boolean {
	return i > 0 && LIES_AT.test(sentence.slice(...spans[i])) && PROJECT_ALONE.test(sentence.slice(...spans[i - 1]));
}
const LIES_AT = /^(?:位于|地处)/;
/**
 * A project and where it lies in one clause, its work after its figures: 成都市第二人民医院龙潭院区位于成华区龙潭街道，规划床位1000张，一期工程已于…建成开诊;
 * an item of a list of them, its number and its label's colon before (②成都市成华区保和初级中学：位于保和街道东虹路北侧、天鹅社区内，…，今年秋季招收…).
 */
const NAMED_LIES_AT = new RegExp(`^(?:(?:${ITEM_NUMBER}|[①-⑳])\\s*)?[\\u4e00-\\u9fa5][\\u4e00-\\u9fa5\\dA-Z（）()]{1,29}?[：:]?(?:位于|地处)[^，。；的]{2,30}$`);

/** A clause that opens with a district, a street, a town, a community or a village as its subject: 金牛区营门口街道花照壁社区将…. */
const SUBJECT_FIRST = /^(?![请向在对由经按据起止自从至])(?:(?:(?!位于|走进|来到|进入|前往|地处)[\u4e00-\u9fa5]){2,8}?(?:区|县|市|街道|镇|乡|社区|村))+(?![\u4e00-\u9fa5]{0,2}[的之])/;
/** A clause that ends where its subject is done or held: …在东安湖体育公园小球馆进行. */
const HELD_AT = /在[^，。；]{2,40}?(进行|开展)$/;
/** What points back to the places named before it: 上述站点, 上述区域, 对周边道路. */
const REFERS_BACK = /上述(?:站点|区域|景区|点位|路段|场馆|地点|车站|公园|街区|道路|片区|场所)|对其?周边/;
/** What leaves the places before it out of the work: 不含, 不包括, 除外. */
const LEFT_OUT = /不含|不包括|除外/;
/** A clause that ends on the trouble its places have: …雨污管网混接问题突出, …积水问题较为严重. */
const TROUBLE_HERE = /(?:问题|矛盾|隐患)(?:较为|比较|十分|尤为)?(?:突出|严重|集中|较多)$/;
/** A clause that opens with what the work before it joins up (see committedAt). */
const JOINS = /^(?:分别)?(?:串联|连接)/;
/**
 * A clause in which what that work made joins places up, after it in the sentence: …去年10月建成开放，12公里的健身步道串联起东安湖…;
 * …延伸至金牛区，27号线一期则串联起金牛区、郫都区和高新区 (annotators 48:13 for 串联起; not a route described alone: 锦江公园…全长约11公里，
 * 串联起合江亭…).
 */
const MADE_JOINS = /^[^，。；]{2,16}?(?:则|还|也|又)?串联起/;
/** A change against a year before or a rank, opening a clause: 同比增长15.4%, 较上年提高…, 数量居全市前列, 位居全市前列. */
const JUDGED_NEXT = /^(?:(?:同比|环比|较上年|比上年|较去年|比去年)(?:增长|提高|上升|下降|减少|增加)|(?:数量|总量|规模|增速|总数)?(?:位居|位列|排名|居(?=全|中心|同类|前)))/;
const DIGIT = /\d/;
/** A clause that gives an example, which frames nothing: 以成都淮州新城为例. */
const AN_EXAMPLE = /为例$/;
/** A clause that opens with the areas the work beside it serves (see committedAt). */
const SERVES = /^(?:并|同时)?(?:重点|主要)?(服务|辐射|覆盖|带动)/;
/** Works under way at a place, named by their site: …施工现场, …建设现场. */
const WORK_SITE = /(施工|建设)现场/;
/** A clause that tells how long a place has been as it is, not what is done to it: 已开通运营多年, 已建成二十年. */
const LONG_SO = /已[\u4e00-\u9fa5]{1,8}?(?:多年|[一二两三四五六七八九十\d]+(?:多|余)?年(?:之久|了)?)$/;
/** A clause that says since when: its verbs date what follows, they commit nothing. */
const SINCE = /以来$/;

/**
 * A clause that ends in the sites of a project list: …12号院, …院落群, …八里小区, …3个院落, …社区, …抚琴小区（西区）, …机车厂宿舍, …川化生活区; or the spots of a list of works:
 * 沙湾路与二环路交叉口, 府青路三段下穿隧道, 蜀汉路东段, 下东大街.
 */
const SITES = /(?:院|院落|院落群|小区|社区|宿舍|生活区|村|(?<!线)路|街|巷|段|交叉口|路口|隧道|立交|桥)(?:[（(][^（）()]{1,6}[）)])?[，,]?$/;
/**
 * A clause that lists the stations a line sets: 设圣灯公园、龙潭寺等站, 设红牌楼、…驷马桥等站18座, 沿线设倪家桥、…5座车站, 全线设有光华村站、…等车站, 主要车站有永宁站、…大慈寺站 (not 建设, 增设,
 * 设置, 设施, nor the one station a place has: 该区设有北湖站), or the interchanges an expressway sets (全线设石板滩、福洪等互通式立交7处).
 */
const SETS_STATIONS = /(?<![建增新预铺开假陈摆架])设(?:(?![置立施计备想有])[^，。；]{2,40}?(?:等|(?:\d+|[一二两三四五六七八九十]+)座)?|有[^，。；]{2,40}?(?:等|(?:\d+|[一二两三四五六七八九十]+)座))(?:车站|站点|站|互通(?:式立交)?|立交)(?:(?:\d+|[一二两三四五六七八九十]+)[座处])?[。；]?$|^(?:主要|沿线)(?:车站|站点)(?:有|包括|为)[^，。；]{2,80}?站等?[。；]?$/;
/**
 * A clause that tells the route a line, a road or a corridor runs: 西起青羊区瓦窑滩站, 东至龙泉驿区龙安站, 途经青羊、武侯…四个区, 中途经过郫都区…, 经青羊区至金牛区,
 * 由高洪村站开往大面街道, 自地铁幸福梅林站发车, 从白佛桥站开往郫都区犀浦街道, 自机投桥站向东, 经成龙大道、三圣街道红砂村、江家堰返回幸福梅林站, 线路成都段途经新都区、青白江区,
 * 横跨双流、高新…四区, 跨越龙泉山北段后经金堂县淮口街道, 折向北经成华区保和街道, 穿越金牛区、青羊区, 经四川天府新区直管区正兴街道进入双流区永安镇, 北接高新区新经济活力区, 南连天府总部商务区 (not 东连续, 南接受); a line by three stops or more, after its item's name or not (1.空铁联运线：成都国际铁路港—成都第二绕城高速—…;
 * not two: 成都—重庆); a river's course (蒲江河自西向东流经鹤山街道、寿安街道).
 */
const ROUTE = /^(?:(?:\d{1,2}[.．、]\s*)?[^，。；：:]{2,24}线[：:])?[^，。；：:—－]{2,16}(?:[—－][^，。；：:—－]{2,16}){2,}$|(?:西起|东起|南起|北起|起于|起自)|^(?:线路|该线|全线|[^，。；]{0,6}段)途经|^从[^，。；]{2,16}(?:出发|发车|始发)$|^[\u4e00-\u9fa5]{2,8}?(?:自[东西南北]向[东西南北])?流经|[由自从][^，。；]{2,16}(?:发车|始发|开往)|[由自从][^，。；]{2,20}(?:引出|接出)$|^(?:再|又)?折?向[东西南北]{1,2}(?:经|延伸|穿越)|自[^，。；]{2,16}向[东西南北]|^(?:[，,]?(?:东至|西至|南至|北至|止于|途经|中途经过|经(?=[^，。；]{2,40}?(?:至|返回|进入)|[^，。；]{2,12}$)(?![^，。；]*(?:同意|批准|研究|审议|审核|审定|核准|协商|会商|调查|排查|核查|测算|评估|论证|检测|决定))|横跨|跨越|穿越|贯穿|[东西南北][接连](?!受|续|年|日)))/;
/** What a line's route is told of when the sentence has no other verb: 此次开通的13号线一期西起…, 这是新开的接驳线路1301路，从东安湖站出发…. */
const MADE_BEFORE = /(?:开通|建成|开工|通车|新开|开行)(?:运营)?的/;
/** A bus route by its name or number, from where it leaves: Z5路由…发车, 园区通勤专线7号线由…发车, K12路自地铁龙潭寺站发出. */
const RUNS_FROM = /^[^，。；]{0,12}?(?:[A-Z]?\d+路|专线\d*号?线?|公交)(?:[^，。；由自]{0,8})?[由自][^，。；]{2,20}(发车|始发|发出)/;
/** What lists the parts of a whole: 包括, 主要涵盖…. */
const COVERS = '(?:主要|重点|具体)?(?:包括|涵盖|涉及|覆盖)';
/** What a survey found, which the parts after it only locate: 排查出C、D级危险住房312栋. */
const SURVEY_FOUND = /(?:排查|摸排|普查|调查|检查|发现)出/;
/** The item a sentence goes on about, named again: 该地块, 此单元, 地块. */
export const THIS_UNIT = '(?:(?:该|此|本)?(?:地块|宗地|单元|片区|项目|区域))?';
/** A clause that lists the parts of the one before: 其中包括…, 包括…, 涵盖…, 涉及…等路段, 分别位于…, 主要分布在…, 宗地分布于…, a zone's 范围涵盖…, its focus (重点是…). */
const PARTS = new RegExp(`^(?:其中|重点(?:是|为)|(?:(?:规划)?范围)?${COVERS}|分别(?:为|是|位于)|${THIS_UNIT}(?:主要)?分布(?:在|于))`);
/**
 * A sentence of a zone's extent: 范围主要包括建设路街道、府青路街道部分区域, 规划范围为龙泉山城市森林公园全域，北起…, a zone's parts
 * after its name (（一）生态保育区。主要包括龙泉山主脊线两侧…等区域, 主要分布于金堂县三溪镇…), or where what the sentence before names lies (…。位于荷花池街道…,
 * …地块。该地块位于成龙大道以东…).
 */
export const EXTENT = new RegExp(`^(?:(?:规划)?范围(?:为|${COVERS})|${THIS_UNIT}(?:主要)?(?:分布于|位于)(?![：:])|主要包括(?![：:]))`);

/** What leads a predicate whose subject is the clause before: 也将, 还将, 均要, 将, 预计, 定于, 均计划 (not 计划 alone: …竞得…用地，计划打造…). */
const SUBJECT_OF = /^(?:(?:也|还|均|都|亦|同样)?(?:将|要|已|正在|计划于|定于|预计|由(?![此于])|划为)|(?:也|还|均|都|亦|同样)计划)/;
/**
 * A rule's ban after the places it is on (人民公园、百花潭公园等历史名园，禁止拆除古建筑; …生态敏感区域，原则上不安排…用地供应), unless they only make an
 * address (…天仙桥南路3号）报告，不得迟报).
 */
const BANNED = /^(?:(?:原则上)?(?:禁止|严禁|不得|不准|不安排))/;
/**
 * Whether a clause of the sentence is nothing but a site's edges, two or more (东至车城东七路、南至经开区南四路、北至成简快速路), or one, the
 * others in clauses of their own beside it (…，东至一环路西三段，西至二环路西三段，北至营门口路，南至抚琴西路); a course's end is none
 * (西起…，东至龙安站).
 */
export function isEdges(clause: string, sentence: string): boolean {
	return EDGES.test(clause) || (EDGE.test(clause) && (sentence.match(EDGE_OPENS)?.length ?? 0) > 1);
}
const EDGES = /^[东西南北](?:至|临|接|抵|邻|靠)[^，。；、]{2,24}(?:、[东西南北](?:至|临|接|抵|邻|靠)[^，。；、]{2,24})+$/;
const EDGE = /^[东西南北](?:至|临|接|抵|邻|靠)[^，。；、]{2,24}$/;
const EDGE_OPENS = /(?:^|[，,：:])[东西南北](?:至|临|接|抵|邻|靠)/g;
/**
 * A subject bound to what the next clause does, by a first clause with no verb of its own: 东部新区要切实扛起主战场责任，全面落实…,
 * 龙泉驿区、新都区、…、新津区要对照中心城区标准，重点推进….
 */
const BOUND = /^[\u4e00-\u9fa5、]{2,40}?(?:要|须|必须)(?:切实|坚决|主动)?(?:扛起|担起|当好|做到|坚持|牢记|对照|参照)/;
/** A road or a line told with its length, what the next clause does to it after: 滨江东路（雄州大桥至沱江三桥段）全长约2.3公里，按…标准建设. */
const MEASURED_SUBJECT = new RegExp(`^[\\u4e00-\\u9fa5\\d]{2,20}(?:[（(][^（()）]{2,30}[）)])?${ROUTE_LENGTH}$`);
const ADDRESS = /\d+号/;
/**
 * A rank among others or a share of the whole: 位居全市前三, 排名全省第一, 位列副省级城市第2, 位居全市前列, 占全市比重达41.3%, 占比43%; a place in a
 * ranking's top list (连续五年入选全国综合实力百强区, 跻身全国工业百强区), not in a list of models (入选国家级示范区).
 */
export const RANKED = /(?:位居|位列|排名|排在|居|分列)(?:全国|全省|全市|全区|同类城市|副省级城市|中西部)?(?:前[一二三四五六七八九十\d]+|前列|第[一二三四五六七八九十\d]+|首位|榜首)|居前(?![进往行])|占(?:全国|全省|全市|全区)|占比|(?:入选|跻身|进入|蝉联)[^，。；]{0,14}(?:[百千十]强|五十强|强[区县市]|百佳|排行榜|榜单)/;
/** A clause of what work is fitted to: 结合成华区实际, 结合温江区情. */
const FITTED_TO = /^结合[^，。；]{1,16}(?:实际|区情|县情|市情|特点|资源禀赋)$/;
/** The parts of a total told by their figures together or each alike: 其中春熙路、交子公园两大商圈合计引进首店312家, 其中…接待量均超过400万人次. */
const SHARE_OF_TOTAL = /^其中[^，。；]*?(?:合计|均|共计|累计)[^，。；]{0,12}\d/;
/** An item of a 一是…二是… list that is a name and nothing else: 二是西河滨河夜经济带. */
const NAMED_ITEM = /^[一二三四五六七八九十]是[\u4e00-\u9fa5、—]{2,20}$/;

/** When a predicate says its verb happens, before it: 年内开园, 2026年底前建成, 下半年开工, 今年下半年将…, 汛前完成…, 计划2025年6月底前交付. */
const WHEN = /^(?:计划|预计|力争)?(?:(?:主)?汛(?:期)?前|(?:今年|明年)(?:年内|年底前?|上半年|下半年)?|年内|年底前?|上半年|下半年|20\d\d年(?:底前?|内|上半年|下半年|[一二三四]季度|\d{1,2}月(?:底前?)?)?)/;
/** Where a predicate at `at` goes on past when it says its verb happens, if it says so first. */
function afterWhen(sentence: string, at: number): number {
	// (Looked for in the next characters only: 计划2025年6月底前 is the longest.)
	return at + (WHEN.exec(sentence.slice(at, at + 14))?.[0].length ?? 0);
}

/** A clause of what a site was before the work: 原规划为仓储用地, 现状为闲置厂房. */
const WAS = /^(?:原(?:规划|用地性质)?为|现状(?:为|是))/;
/**
 * A clause that only places a project by what it stands beside (新川路与宁波路交叉口东北侧, 天府总部商务区湖畔路以东, 东临锦江) or
 * says what kind it is (为九年一贯制学校).
 */
const BESIDE = /^(?:[^，。；]{2,24}(?:[东西南北]{1,2}[侧角]|以[东西南北])|[东西南北][临靠邻][^，。；]{2,16}|为[^，。；]{2,16}(?:学校|小学|中学|初中|高中|幼儿园|医院))$/;
/** …of which the side of the roads it stands on is its address, where the project's work is done too (成华大道以东、华泰路以北; not 东郊记忆北侧). */
const ROAD_SIDE = /^(?:[^，。；、]{1,16}(?:路|街|大道|巷)(?:[东西南北一二三四五六七八九十]+段)?(?:[东西南北]{1,2}侧|以[东西南北])、?)+$/;
/** …but the side of a road an item names, its stretch in brackets, is where the work the next clause tells is done: 1.宏济路（宏济中路至一环路东五段）东侧，新增泊位18个. */
const SIDE_OF_ROAD = /(?:路|街|巷|大道|段)(?:[（(][^（）()]{1,16}[）)])?(?:[东西南北]{1,2}侧|两侧)(?:辅道)?$/;

/**
 * A clause of what a project is near, how far from it, what it mostly holds or whom it is for: 紧邻西南交通大学犀浦校区,
 * 距地铁6号线望丛祠站约600米, 以一室户、两室户为主, 主要面向…青年人才.
 */
const PROJECT_TOLD = /^(?:(?:紧邻|毗邻|邻近|靠近)[^，。；]{2,24}|距[^，。；]{2,24}?(?:约|仅|不足)?\d+(?:\.\d+)?(?:米|公里)|以[^，。；]{2,20}为主|(?:主要)?面向[^，。；]{2,30})$/;
/** A clause of a project's figures: 总投资50亿元, 占地300亩, 全长42公里, 规划床位1000张, 房源320套. */
const PROJECT_FIGURES = /^(?:[一二三四]期)?(?:总投资|计划投资|估算投资|占地|(?:规划|建设)?用地|(?:建筑|规划|用地|总(?:建筑|用地|占地)?)?面积|全长|总长|(?:规划|设置|设计|开放|核定)?床位|(?:规划|设计)?办学规模|(?:新增)?学位\d|(?:筹集|提供|新增)?房源)/;

/**
 * Whether a place in clause i of a sentence is the object of a commitment: its own clause has a
 * verb phrase, or it sits in a framing clause and the next clause commits. `way` is the way the
 * clauses are being walked, if they are (1 ahead, -1 back): a walk goes on only that way, or an item
 * that names its site (二是X，) and a list run on past its comma would send each other back and forth.
 */
export function committedAt(sentence: string, spans: [number, number][], i: number, targets = false, way: -1 | 0 | 1 = 0): string | null {
	if (i + 1 < spans.length && NAMES_PLAN.test(sentence.slice(...spans[i])) && REFUSED_AFTER.test(sentence.slice(...spans[i + 1]))) return null;
	// (Looked for in the clause and the next, not the sentence: a sentence may be a whole paragraph's thousands of clauses.)
	const near = sentence.slice(spans[i][0], spans[Math.min(i + 1, spans.length - 1)][1]);
	if ((near.includes('不具备') || near.includes('成熟')) && NOT_READY.test(near)) return null;
	// A sentence that ends turning the work down turns down all it told of the work: 经核查，永安湖森林公园…不得新建经营性设施，暂不能按建议实施.
	if (REFUSED_LAST.test(sentence.slice(...spans[spans.length - 1]))) return null;
	const own = sentence.slice(...spans[i]);
	// A ranking or a share is a statistic, whatever was done to earn it: 其中锦江区、武侯区、成华区建成数量位居全市前三, 合计完成投资占全市比重达41.3%;
	// so are the parts of a total told by their figures (其中春熙路、交子公园两大商圈合计引进首店312家). What the work is fitted to
	// (结合成华区实际，制定本方案) is no site of it (annotators 3:1; c400-a reads 结合玉林片区实际编制本方案 as the plan renewing 玉林).
	if (RANKED.test(own) || SHARE_OF_TOTAL.test(own) || FITTED_TO.test(own)) return null;
	// …and so is a figure the next clause compares with a year before or ranks: 铁路港全年开行铁海联运班列1320列，同比增长15.4%;
	// 成华区新增既有住宅加装电梯326部，数量居全市前列 (annotators 0:57 and 0:16).
	if (i + 1 < spans.length && DIGIT.test(own) && JUDGED_NEXT.test(sentence.slice(spans[i + 1][0], spans[i + 1][0] + 8))) return null;
	// Nor is how long a place has been as it is: 地铁1号线科学城站已开通运营多年; nor what a site's edges run along, told clause by
	// clause (位于柏合街道，东至车城东七路、南至经开区南四路，…拟重点引进…).
	if (LONG_SO.test(own) || isEdges(own, sentence)) return null;
	const verb = SINCE.test(own) ? null : verbIn(sentence, spans[i][0], spans[i][1], false, targets);
	if (verb) return verb;
	// Where the clause's subject is done or held, its verb bare at its end: 小组赛分别在成都市龙泉中学、…进行, 修剪作业全部安排在夜间进行.
	const held = HELD_AT.exec(own);
	if (held) return held[1];
	// The site of works under way, as news sees it: 记者在成渝中线高铁（东部新区段）施工现场看到, 三坝水库工程建设现场机器轰鸣.
	const site = WORK_SITE.exec(own);
	if (site) return site[1];
	// Who carries out the work the clauses before tell, after a comma (…，重点清除桥涵阻水障碍，责任单位：区水务局、十陵街道), carries it out, as
	// on a line of its own.
	if (i > 0 && DUTY_CLAUSE.test(own)) return nearestVerb(sentence, spans, i - 1, -1, targets);
	// What a frame leads to commits with a weak verb, as the frame does: 以天鹅社区、昭觉寺社区为重点，统筹成都动物园、昭觉寺周边…业态.
	if (i > 0 && FRAME_CLAUSE.test(sentence.slice(...spans[i - 1])) && !AN_EXAMPLE.test(sentence.slice(...spans[i - 1]))) {
		const weak = verbIn(sentence, spans[i][0], spans[i][1], true, targets);
		if (weak) return weak;
	}
	// What the work the clause before tells joins up is its place too: 新建环明月村绿道二期…42公里，串联起明月村、铁牛村; 开通定制通勤公交8条，
	// 连接华阳…与天府软件园.
	// (…past its course and figures: 该段绿道沿江安河两岸布局，东起大件路，西至…，全长约9.2公里，串联起武侯区金花桥街道….)
	if (i > 0 && JOINS.test(sentence.slice(spans[i][0], spans[i][0] + 4))) {
		let j = i - 1;
		while (j > 0 && (PROJECT_FIGURES.test(sentence.slice(...spans[j])) || ROUTE.test(sentence.slice(...spans[j])))) j--;
		const built = verbIn(sentence, spans[j][0], spans[j][1], false, targets);
		if (built) return built;
	}
	if (i > 0 && MADE_JOINS.test(own)) {
		const built = nearestVerb(sentence, spans, i - 1, -1, targets);
		if (built) return built;
	}
	// The areas the work beside it serves are its places too (annotators 50:5): 南部区域医疗中心依托…，服务天府新区直管区、双流区、新津区，
	// …年内竣工验收; 新建社区老年助餐服务点30个，重点覆盖东升街道、西航港街道….
	const serves = SERVES.exec(own);
	if (serves && spans.length > 1) {
		const beside = (j: number) => j >= 0 && j < spans.length && verbIn(sentence, spans[j][0], spans[j][1], false, targets) !== null;
		if (beside(i - 1) || beside(i + 1)) return serves[1];
	}
	// The stations a line sets and the route it runs are its work's: 8号线二期由十里店站向北延伸，设圣灯公园、龙潭寺等站 (the clause
	// before), 17号线二期在我区设建设北路、人民塘等站，建成后将串联… (the first after), 这条线路西起…，东至…，新增一条…通道; or, if
	// nothing else in the sentence is done, what made the line: 此次开通的13号线一期西起…，东至….
	const route = ROUTE.test(own);
	if (route || SETS_STATIONS.test(own)) {
		const v = nearestVerb(sentence, spans, i - 1, -1, targets) ?? nearestVerb(sentence, spans, i + 1, 1, targets);
		if (v) return v;
		const made = route ? MADE_BEFORE.exec(sentence.slice(spans[0][0], spans[i][1])) : null;
		if (made) return made[0].slice(0, -1);
		// …or a bus route's own run, told from where it leaves: Z5路由蒲江县汽车客运站发车，经鹤山街道、大兴镇，至甘溪镇明月村.
		const runs = route ? RUNS_FROM.exec(sentence.slice(spans[0][0], spans[i][1])) : null;
		if (runs) return runs[1];
	}
	// 支持A建设…，B、C发展…: the support covers every clause, so B and C commit with their weak verb.
	if (i > 0 && GOVERNS.test(sentence.slice(spans[0][0], spans[0][0] + 8))) {
		const governed = verbIn(sentence, spans[i][0], spans[i][1], true, targets);
		if (governed) return governed;
	}
	// A part of a structure the sentence names before it, what builds the structure builds it: 构建“一港三城”的空间格局：
	// “一港”即成都天府国际机场，“三城”即空港新城、….
	if (i > 0 && DEFINES.test(own))
		for (let j = i - 1; j >= 0; j--)
			if (STRUCTURE.test(sentence.slice(...spans[j]))) return verbIn(sentence, spans[j][0], spans[j][1], false, targets);
	// 新开工项目60个，其中包括…: the parts of what the clause before commits to, past its figures
	// (开工项目9个，总投资86亿元，包括…).
	if (i > 0 && PARTS.test(own)) {
		let j = i - 1;
		while (j > 0 && PROJECT_FIGURES.test(sentence.slice(...spans[j]))) j--;
		// (Not where what a survey found lies: 全市排查出C、D级危险住房312栋，主要分布在金牛区荷花池街道….)
		if (way === 1 || SURVEY_FOUND.test(sentence.slice(...spans[j]))) return null;
		// …else what the whole has done to it after them: …仍有3处点位治理效果未达预期，包括…交叉口等，已纳入今年清单继续治理.
		const after = i + 1 < spans.length && SUBJECT_OF.test(sentence.slice(spans[i + 1][0], spans[i + 1][0] + 6));
		return committedAt(sentence, spans, j, targets, -1) ?? (after ? verbIn(sentence, spans[i + 1][0], spans[i + 1][1], false, targets) : null);
	}
	// The places the work the clause before did has made what they are now (…新建社区绿道126公里，金牛区沙河源、武侯区玉林等片区实现“出门见绿”;
	// 完成川西林盘保护修复37个，大邑县安仁镇…等林盘成为网红打卡地; annotators 17:0), not its examples (如…等已成为…) nor what years of it
	// have made of them (近年来，成都市持续推进川西林盘保护修复，…等已成为全国知名的乡村旅游目的地; annotators 0:8).
	if (i > 0 && MADE_SO.test(own) && !OVER_YEARS.test(sentence.slice(0, spans[i][0]))) {
		const made = verbIn(sentence, spans[i - 1][0], spans[i - 1][1], false, targets);
		if (made) return made;
	}
	// A subject whose predicate is a clause of its own, nothing but a verb phrase (成都金融城三期，建成投用;
	// 地铁19号线三期、25号线一期，加快建设), or led by what says it is theirs (…韦家碾站等既有站点，也将
	// 结合周边存量用地开展TOD综合开发). A clause with an object of its own is another commitment.
	// After when, if it says so first: 龙泉驿区表示，今年下半年将依托…举办….
	const from = i + 1 < spans.length ? afterWhen(sentence, spans[i + 1][0]) : 0;
	const predicate = i + 1 < spans.length ? sentence.slice(from, from + 6) : '';
	if (SUBJECT_OF.test(predicate) || (BANNED.test(predicate) && !ADDRESS.test(own)) || (i + 1 < spans.length && (BOUND.test(own) || MEASURED_SUBJECT.test(own) || (LISTED_SUBJECTS.test(own) && verbRunAt(own, 0, own.length) === 0)))) {
		const next = verbIn(sentence, spans[i + 1][0], spans[i + 1][1], false, targets);
		if (next) return next;
		// …or through the frame it opens: 高新区表示，将依托…，补齐….
		if (way !== -1 && FRAME_CLAUSE.test(sentence.slice(from, spans[i + 1][1]))) {
			const framed = committedAt(sentence, spans, i + 1, targets, 1);
			if (framed) return framed;
		}
	}
	// A list of subjects that goes on after a comma is the subject of the verb it goes on to: one district's streets before the next's (届时，
	// 金牛区天回镇街道，新都区大丰街道、三河街道部分区域将停止供水), or any list before 以及 (锦江区…全域，以及成都高新区南部园区…，划为地下水禁采区).
	if (way !== -1 && i + 1 < spans.length && ((DISTRICT_STREETS.test(own) && STREETS_GO_ON.test(sentence.slice(spans[i + 1][0], spans[i + 1][0] + 16))) || sentence.startsWith('以及', spans[i + 1][0]))) {
		const theirs = committedAt(sentence, spans, i + 1, targets, 1);
		if (theirs) return theirs;
	}
	// A subject whose clause does nothing the lexicon knows, its predicate going on after a comma with a verb first: 金牛区营门口街道花照壁社区将
	// “妇女儿童之家”与社区美空间一体设计，设置亲子阅读角….
	// (Not what the subject is said to be: 新津区是四川天府新区的重要组成部分，…; nor a clause led by anything but a place: 深入挖掘大熊猫、古蜀金沙等文化价值，做强….)
	if (way !== -1 && i + 1 < spans.length && SUBJECT_FIRST.test(own) && !own.includes('是') && verbRunAt(sentence, spans[i + 1][0], spans[i + 1][1]) > 0) {
		const next = verbIn(sentence, spans[i + 1][0], spans[i + 1][1], false, targets);
		if (next) return next;
	}
	// Past a project's figures (八里庄站TOD综合开发项目，总投资42亿元，2026年二季度开工). (What it stands beside is no subject: …，东郊记忆北侧，
	// 面积约1680平方米，计划2025年10月完工.)
	let k = i + 1;
	while (k < spans.length && k <= i + 3 && PROJECT_FIGURES.test(sentence.slice(...spans[k]))) k++;
	const roadSide = SIDE_OF_ROAD.test(own);
	if (k < spans.length && (!BESIDE.test(own) || (k === i + 1 && roadSide))) {
		// After when, if it says so first: 北湖生态公园二期 年内开园.
		const a = afterWhen(sentence, spans[k][0]);
		let b = spans[k][1];
		while (b > a && !isHan(sentence.charCodeAt(b - 1))) b--; // its stop
		if (b > a && verbRunAt(sentence, a, b) === b - a) {
			const next = verbIn(sentence, a, b, false, targets);
			if (next?.length === b - a) return next;
		}
		// A clause that only names the sites of the work the clause after it opens on (its verb may come later: 新建的…管道…完工), as a plan's list of projects does:
		// 望平社区望平街12号院、香香巷3号院，实施外立面整治…; 杉板桥社区…共14个院落，实施连片改造.
		if (k === i + 1 && (SITES.test(own) || roadSide) && verbRunAt(sentence, a, b) > 0) {
			const next = verbIn(sentence, a, b, false, targets);
			if (next) return next;
		}
	}
	// An item that names where it is first, then the work there: 二是西河滨河夜经济带，在唐安西路至永康东路段布设夜市摊区; 三是街子古镇夜游区，
	// 依托味江水岸打造灯光秀.
	if (way !== -1 && i + 1 < spans.length && NAMED_ITEM.test(own)) {
		const v = committedAt(sentence, spans, i + 1, targets, 1);
		if (v) return v;
	}
	// A list that runs on past a comma commits with the clause it goes on from: 支持郫都区唐昌镇战旗村、友爱镇农科村，崇州市道明镇
	// 竹艺村、白头镇五星村，彭州市…等创建…. (A frame is no list: what it leads to commits it.)
	// …and so do the named items of a list, their places in brackets: 重点打造“熊猫之旅”（熊猫基地—…），“世遗之旅”（都江堰景区—青城山—…）.
	if (way !== 1 && i > 0 && NAMED_STOPS.test(own) && NAMED_STOPS.test(sentence.slice(...spans[i - 1]))) {
		const v = committedAt(sentence, spans, i - 1, targets, -1);
		if (v) return v;
	}
	if (way !== 1 && i > 0 && RUN_ON_LIST.test(own) && !FRAME_CLAUSE.test(own) && listRunsOn(sentence, spans, i)) {
		const v = committedAt(sentence, spans, i - 1, targets, -1);
		if (v) return v;
	}
	// Who serves where, clause after clause, the verb after the last one's 各: 1号线、18号线在火车南站，2号线、7号线在成都东客站，1号线、7号线在火车北站各安排备用列车2列.
	if (AT_ONLY.test(own)) {
		let j = i + 1;
		while (j < spans.length && AT_ONLY.test(sentence.slice(...spans[j]))) j++;
		const each = j < spans.length ? EACH_AT.exec(sentence.slice(...spans[j])) : null;
		const v = each && verbIn(sentence, spans[j][0] + each[0].length, spans[j][1], false, targets);
		if (v) return v;
	}
	// Stations' exits listed clause by clause commit with the verb the last one takes: 天府广场站A、B、E出口，锦江宾馆站全部出口，华西坝站C出口临时关闭.
	if (isExits(own)) {
		let j = i + 1;
		while (j < spans.length && isExits(sentence.slice(...spans[j]))) j++;
		const exits = j < spans.length ? EXITS.exec(sentence.slice(...spans[j])) : null;
		const v = exits && verbIn(sentence, spans[j][0] + exits[0].length, spans[j][1], false, targets);
		if (v) return v;
	}
	// A list of subjects run over commas commits with the verb after its 等: 崇州市街子古镇、元通古镇，邛崃市平乐古镇，…蒲江县西来古镇等推出….
	// …the list what a notice's item does to them (（一）将锦江区红星路三段、总府路，青羊区同仁路…等…周边道路停车泊位，由二类收费区域调整为一类收费区域).
	if (goesOnListing(own.slice(DISPOSED.exec(own)?.[0].length ?? 0)) && !EXCEPT.test(own)) {
		let j = i + 1;
		while (j < spans.length && goesOnListing(sentence.slice(...spans[j]))) j++;
		const last = j < spans.length ? sentence.slice(...spans[j]) : '';
		const deng = last.indexOf('等');
		if (j > i && deng > 0 && RUN_ON_LIST.test(last.slice(0, deng))) {
			const v = verbIn(sentence, spans[j][0] + deng, spans[j][1], false, targets) ?? (way !== -1 && DISPOSED.test(own) ? committedAt(sentence, spans, j, targets, 1) : null);
			if (v) return v;
		}
		// …or with the verb its last item takes (地铁1号线天府广场站、锦城广场站，2号线春熙路站，7号线金沙博物馆站将视客流情况采取…措施).
		const subject = j > i && deng < 0 ? LAST_ITEM_WILL.exec(last) : null;
		if (subject && PLACE_ENDS.test(subject[1])) {
			const v = verbIn(sentence, spans[j][0] + subject[0].length, spans[j][1], false, targets);
			if (v) return v;
		}
	}
	// …and so does the object that goes on past it: 重点排查天府新区…在建项目深基坑和临时围堰，以及龙泉驿区、简阳市龙泉山…的隐患点.
	if (way !== 1 && i > 0 && sentence.startsWith('以及', spans[i][0])) return committedAt(sentence, spans, i - 1, targets, -1);
	const addressed = i > 0 && ROAD_SIDE.test(own) && FRAME_CLAUSE.test(sentence.slice(...spans[i - 1]));
	// A question frames no work: 对于市民关心的建设路小吃街是否会受影响，该负责人明确，小吃街不在本次征收范围内.
	if (own.includes('是否')) return null;
	// Places a clause after works at by pointing back to them: …等站点客流较大，市交通运输局将…在上述站点增派站务人员; …等区域客流集中，
	// 交警部门将视情对周边道路实施临时交通管制.
	// (Not those it leaves out: 管护范围不含桂湖公园、宝光寺等…，上述场所由相关管理单位自行管护.) So do the places of a trouble the clause
	// after puts right: 营门口街道银沙路片区…雨污管网混接问题突出，年内完成雨污分流改造.
	if (!LEFT_OUT.test(own))
		for (let j = i + 1; j < spans.length && j <= i + 2; j++) {
			if (!REFERS_BACK.test(sentence.slice(...spans[j])) && !(j === i + 1 && TROUBLE_HERE.test(own))) continue;
			const v = verbIn(sentence, spans[j][0], spans[j][1], false, targets);
			if (v) return v;
		}
	if (!FRAME_CLAUSE.test(own) && !placesProject(sentence, spans, i) && !NAMED_LIES_AT.test(own) && !addressed) return null;
	// An address to write to frames no work: 望丛中路998号，…农田建设管理科（邮编611730）.
	if (STREET_ADDRESS.test(own) && CONTACT.test(sentence)) return null;
	// A frame may lead a chain of frames (依托淮州新城…，聚焦…六大领域，大力实施…), and a project's
	// place its figures (该项目位于…，总投资50亿元，建成后…).
	// A list the frame opens may run on past its commas, up to its 等 (对彭州市龙门山镇、小鱼洞镇，崇州市文井江镇…等山区乡镇实行…).
	const listing = own.includes('、');
	for (let j = i + 1, k = 0; j < spans.length && k < 3; j++) {
		const clause = sentence.slice(...spans[j]);
		if (listing && goesOnListing(clause) && PLACE_ENDS.test(clause) && verbIn(sentence, spans[j][0], spans[j][1], true, targets) === null) continue;
		const v = verbIn(sentence, spans[j][0], spans[j][1], false, targets);
		// …and a project's place, its course after it (位于成华区、新都区，起于…，止于…，全长约62公里，按双向八车道标准扩容), and its
		// figures, however many (…，办学规模36个班，学位1620个，2024年9月投用).
		// …and what it was before (原规划为仓储用地，拟调整为…), what it stands beside and what kind it is (…，新川路与宁波路交叉口东北侧，
		// 为九年一贯制学校，规划小学36个班), what it is part of (位于水井坊街道水井坊社区，作为锦江公园子街巷的组成部分，实施…), and what it is
		// near, how far, what it holds and whom it is for (…望丛东路166号，距地铁6号线望丛祠站约600米，…，以一室户、两室户为主，计划…交付入住).
		if (v === null && (ROUTE.test(clause) || PROJECT_FIGURES.test(clause) || WAS.test(clause) || BESIDE.test(clause) || PART_OF_WHOLE.test(clause) || PROJECT_TOLD.test(clause))) continue;
		k++;
		if (v) return v;
		// What the frames lead to commits with a weak verb too: 依托天府国际机场，发展临空经济; not what a place is said to be
		// (…位于成都市青白江区，是全省重要的对外开放平台).
		if (!FRAME_CLAUSE.test(clause) && !placesProject(sentence, spans, j) && !clause.startsWith('是')) {
			const weak = verbIn(sentence, spans[j][0], spans[j][1], true, targets);
			// After a place alone (在…社区，), a clause with no verb at all only tells the scene: the work may come after it
			// (在西安路街道白果林社区，曾经…飞线全部入地，院坝里新建了…); so does one of four characters after any frame, which
			// tells how (聚焦成渝中线高铁…等重大交通项目，倒排工期、挂图作战，加快构建…), and so does what it is done by (以…等易涝片区为重点，
			// 按照海绵城市系统化全域推进要求，实施…).
			// A speaker there (…区长刘洋介绍，…) is no scene: what is said is.
			if (weak === null && BY_RULE.test(clause)) continue;
			if (weak !== null || !(AT_PLACE.test(own) || MANNER.test(clause)) || SAYS.test(clause) || holdsWord(sentence, spans[j][0], spans[j][1])) return weak;
		}
	}
	// A project's place with no work after it is where the work its name tells is done: ④区人民医院新院区二期建设项目，位于郫筒街道，总投资约5.2亿元.
	if (placesProject(sentence, spans, i)) return verbIn(sentence, spans[i - 1][0], spans[i - 1][1], false, targets);
	// A focus that ends the sentence narrows what a clause before commits to (past a project's
	// figures): …实施城市更新项目56个，总投资约180亿元，重点聚焦火车北站片区、蓉北商圈….
	if (i + 1 < spans.length || !FOCUS.test(own)) return null;
	for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
		const v = verbIn(sentence, spans[j][0], spans[j][1], false, targets);
		if (v) return v;
	}
	return null;
}

/** A character of a listed name, or a line's number in it: 春熙路站, 地铁2号线春熙路站. */
const LIST_CHAR = '(?:[\\u4e00-\\u9fa5]|\\d{1,2}号线)';
/**
 * A clause that is names and nothing else, the items of a list that runs on: 崇州市道明镇竹艺村、白头镇五星村, 蒲江县明月村,
 * 都江堰市七里诗乡等特色林盘聚落, 地铁2号线春熙路站、中医大省医院站.
 */
const RUN_ON_LIST = new RegExp(`^${LIST_CHAR}{2,10}(?:、${LIST_CHAR}{2,10})*(?:等[\\u4e00-\\u9fa5]{0,8})?[；;]?$`);
/**
 * A list of names closed by its 等 and their kind, a subject of its own whose predicate is the next clause: 四川大学江安校区、西南交通大学犀浦校区等高校体育场馆，
 * 在…有序开放 (not the resources a design draws on: 选取金沙、金牛、凤凰山等沿线文化元素，打造了多座特色车站).
 */
/** A district's streets or towns, a clause of their own (金牛区天回镇街道), and a clause that goes on with another's (新都区大丰街道、…). */
const STREET = String.raw`[\u4e00-\u9fa5]{2,7}?(?:街道|镇|乡)`;
const DISTRICT_STREET = String.raw`[\u4e00-\u9fa5]{1,6}?(?:区|县|市)${STREET}`;
const DISTRICT_STREETS = new RegExp(String.raw`^(?:${ITEM_NUMBER}\s*)?${DISTRICT_STREET}(?:、${STREET})*$`);
const STREETS_GO_ON = new RegExp(`^(?:和|及)?${DISTRICT_STREET}`);
const LISTED_SUBJECTS = new RegExp(`^${LIST_CHAR}{2,12}(?:、${LIST_CHAR}{2,12})+等[\\u4e00-\\u9fa5]{1,8}(?<!元素|资源|价值|符号|品牌)$`);
/** A clause that ends in a named item and its places in brackets, as a list of routes gives them: “世遗之旅”（都江堰景区—青城山—街子古镇）. */
const NAMED_STOPS = /[“"][^“”"]{1,12}[”"][（(][^（）()]{2,60}[）)]$/;
/** Years of work told as background: 近年来, 多年来, 长期以来. */
const OVER_YEARS = /(?:近|多)年来|长期以来/;
/** A list of places the work before has made something: …、…等林盘成为网红打卡地, …等片区实现“出门见绿”. */
const MADE_SO = /^(?!如)[^，。；]{2,80}等[\u4e00-\u9fa5“”]{0,10}(?:成为|实现)/;
/** An item's number and the 将 that makes what it lists the object of a verb to come: （一）将…. */
const DISPOSED = new RegExp(`^(?:${ITEM_NUMBER}\\s*)?将`);
/** Whether a clause is only items of a list that goes on after it, its 等 still to come: 崇州市街子古镇、元通古镇. */
function goesOnListing(clause: string): boolean {
	return RUN_ON_LIST.test(clause) && !clause.includes('等');
}
/** The verb of the nearest clause from spans[from] on, stepping by `step` (-1 back, 1 ahead), that has one; else null. */
function nearestVerb(sentence: string, spans: [number, number][], from: number, step: -1 | 1, targets: boolean): string | null {
	for (let j = from; j >= 0 && j < spans.length; j += step) {
		const v = verbIn(sentence, spans[j][0], spans[j][1], false, targets);
		if (v) return v;
	}
	return null;
}

/** Who carries out a task, named after it: 责任单位：, 牵头单位：, 实施主体为. */
export const DUTY = '(?:责任|牵头|配合|实施)(?:单位|部门|主体)(?:[：:]|为)';
const DUTY_CLAUSE = new RegExp(`^${DUTY}`);

/** What a site is part of, a clause of its own: 作为锦江公园子街巷的组成部分 (as a frame of its own, the whole is only background). */
const PART_OF_WHOLE = /^作为[^，。；]{2,30}(?:组成部分|一部分)$/;
/** A clause that says only who is at which place (1号线、18号线在火车南站), and the one that ends such clauses with what each does there (…在火车北站各安排…). */
const AT_ONLY = /^[^，。；：:在]{2,30}在[^，。；：:各]{2,16}$/;
const EACH_AT = /^[^，。；：:在]{2,30}在[^，。；：:]{2,24}?各/;
/** The last item of a list run over commas, and the 将 its verb comes after: 7号线金沙博物馆站将…. */
const LAST_ITEM_WILL = /^((?:[\u4e00-\u9fa5]|\d{1,2}号线){2,12}?)(?:均将|也将|还将|将|均|也)/;
/** A station's exits, as a metro notice names them: 天府广场站A、B、E出口, 锦江宾馆站全部出口. */
const EXITS = /^[\u4e00-\u9fa5]{2,10}站(?:[A-H]\d?(?:、[A-H]\d?)*|全部|部分)出口/;
/** Whether a clause is a station's exits and nothing else. */
function isExits(clause: string): boolean {
	return EXITS.exec(clause)?.[0].length === clause.length;
}
/** How the last item of a clause that only goes on with a list of places ends: 崇州市文井江镇, 都江堰市龙池镇、青城山镇. */
const PLACE_ENDS = /(?:镇|乡|街道|[区县市村]|社区|路|街|大道|[河江湖山站]|号线|公园|片区)$/;
/** Whether the clauses before clause i are a list that runs on to it: items back to one with a 、. */
function listRunsOn(sentence: string, spans: [number, number][], i: number): boolean {
	for (let j = i - 1; j >= 0; j--) {
		const clause = sentence.slice(...spans[j]);
		// (…or the course a route runs: 向东经新都区石板滩街道，青白江区福洪镇、清泉镇，….)
		if (clause.includes('、') || ROUTE.test(clause)) return true;
		if (!RUN_ON_LIST.test(clause)) return false;
	}
	return false;
}

/** A clause of what the sentence leaves aside: 除东安湖、凤凰山两大片区外. */
const EXCEPT = /^除|外$/;
/** A clause of the places the work before it centres on: 重点聚焦…, 主要集中在…. */
const FOCUS = /^(?:重点|主要)?(?:聚焦|集中在|集中于)/;

/** Splits a paragraph into sentences at sentence ends and colons, keeping their offsets. */
export function sentences(text: string): [number, number][] {
	const spans: [number, number][] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		// (A unit's note's colon ends nothing: 目标任务（单位：公里）：.)
		if (endsSentence(text.charCodeAt(i)) && !(isColon(text.charCodeAt(i)) && UNIT_NOTE.test(text.slice(Math.max(0, i - 3), i)))) {
			// A closing quote belongs to the sentence it closes, and so do the emoji after its stop.
			let end = i + 1;
			while (end < text.length && (closesQuote(text.charCodeAt(end)) || isPictograph(text.charCodeAt(end)))) end++;
			pushTrimmed(text, start, end, spans);
			start = end;
			i = end - 1;
		}
	}
	pushTrimmed(text, start, text.length, spans);
	return spans;
}

/** The head of a note of units in brackets, up to its colon: （单位：公里）. */
const UNIT_NOTE = /[（(]单位$/;

/** 。！？；：!?; (compared in ranges first: most characters lie between the ASCII and the full-width marks) */
function endsSentence(c: number): boolean {
	if (c >= 0xff01) return c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff1a;
	if (c > 0x3f) return c === 0x3002;
	return c === 0x21 || c === 0x3f || c === 0x3b;
}

/** ”’」』）】 */
function closesQuote(c: number): boolean {
	return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x3011;
}

/** Blanks and the marks a line may open with, a post's emoji among them (🔹江安河生态公园：…): no sentence starts with them. */
function isLead(c: number): boolean {
	return isSpace(c) || isPictograph(c) || isBullet(c);
}

function pushTrimmed(text: string, start: number, end: number, spans: [number, number][]) {
	while (start < end && isLead(text.charCodeAt(start))) start++;
	while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
	if (end > start) spans.push([start, end]);
}

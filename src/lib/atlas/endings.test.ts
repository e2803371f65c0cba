// Names by their ending: streets, roads, parks, housing estates and villages. The sentences are written for these tests in the register of the seeds,
// and the gazetteer is the real one (geo/): a street added to it later turns from unknown to known.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../geocode/gazetteer';
import { createGeoparser, type Found } from '../geocode/parse';
import { namesByEnding } from './endings';

const geo = (name: string) => JSON.parse(readFileSync(new URL(`../../../geo/${name}`, import.meta.url), 'utf8'));
const parser = createGeoparser(loadGazetteer(geo('places.geojson'), geo('curated.json'), geo('unlocated.json')));
const named = (text: string) => {
	const out: Found[] = [];
	namesByEnding(text, parser.parse(text, 'city'), out);
	return out.map((f) => f.surface);
};
/** Each text names nothing by its endings. */
const nothingIn = (texts: string[]) => {
	for (const text of texts) expect(named(text), text).toEqual([]);
};

describe('names by their ending', () => {
	it('takes a street, an avenue, a lane and a road by their endings', () => {
		expect(named('打通金府路北延线，实施迎宾大道快速化改造。')).toEqual(['金府路', '迎宾大道']);
		expect(named('盐道街、黉门街完成街巷微更新，同步改造和尚街。')).toEqual(['盐道街', '黉门街', '和尚街']);
		expect(named('枣子巷特色街区二期开街。')).toEqual(['枣子巷']);
		expect(named('提升熊猫王国乐园游览品质，建设室内水上乐园和主题乐园。')).toEqual(['熊猫王国乐园']);
		expect(named('养护范围为东升街道辖区内棠湖中路、白衣上街。')).toEqual(['棠湖中路', '白衣上街']);
		expect(named('目前玉林北路已完成改造，今年抚琴西路开工。')).toEqual(['玉林北路', '抚琴西路']);
		// A hotline's words: what it takes in and what callers report are no names, nor are the road sections where trouble is frequent.
		expect(named('本月受理公园诉求1842件，居民反映科华北路夜间施工，违停高发路段集中。')).toEqual(['科华北路']);
		// A numbered road (经一路) is no road led by 经 (经一环路).
		expect(named('改造经一路小区，车辆经一环路绕行，经南大街至和平街。')).toEqual(['经一路小区', '一环路', '南大街', '和平街']);
		// After a verb's 了 (完成了…), and a road named after a temple is the road.
		expect(named('今年又完成了抚琴西路、抚琴东北路沿线院落整治，建成投用了昭觉寺南路北延线。')).toEqual(['抚琴西路', '抚琴东北路', '昭觉寺南路']);
		// Because of (因东大街管网施工), and an old town's street (古镇江城街).
		expect(named('因东大街管网施工临时封闭，游览古镇江城街。')).toEqual(['东大街', '江城街']);
		expect(named('推进仁厚巷、小通巷和金丝巷子院落修缮，走进老巷子，这条巷子不长。')).toEqual(['仁厚巷', '小通巷', '金丝巷子']);
		// A river by its banks, its basin or its riverside; not the kinds of river, nor China's great ones.
		expect(named('小石河沿岸风貌提升，确保蒲河流域水质稳定，改造思蒙河滨河步道，依托蒲河水岸打造灯光秀，实施金鸡河防洪治理。')).toEqual(['小石河', '蒲河', '思蒙河', '蒲河', '金鸡河']);
		// …or along it, or by an item's label of it.
		expect(named('做好驿马河沿线排涝准备。\n4. 小石河：龙泉街道城区段，汛前完成河道清淤。')).toEqual(['驿马河', '小石河']);
		expect(named('连接白鹿镇与通济镇的白鹿河沿河道路完成加宽改造。')).toEqual(['白鹿河']);
		expect(named('推进长江流域、黄河流域生态保护，整治内河两岸和江河流域，小溪沿岸种树，打造新城滨江岸线，推进跳蹬河综合治理。')).toEqual([]);
		// …or by what runs along it.
		expect(named('沿小石河新建绿道15公里，沿河布设步道，沿内河种树。')).toEqual(['小石河']);
		// A street's or an alley's keeper (街长, 巷长) and a side alley (西侧支巷) are no names.
		expect(named('由街道班子成员担任街长、社区书记担任巷长，打通晋吉南路西侧支巷。')).toEqual(['晋吉南路']);
		expect(named('推进金淮快速路南段建设，开展成温邛高速扩容前期工作。')).toEqual(['金淮快速路', '成温邛高速']);
		expect(named('加快推进成灌铁路公交化运营。')).toEqual(['成灌铁路']);
		// A fast road by its name, not an office's fast track; a road named after 还有 (同日开工的还有…).
		expect(named('同日开工的还有香岛大道北延线，建成后将与成金青快速通道衔接。')).toEqual(['香岛大道', '成金青快速通道']);
		expect(named('开辟审批绿色快速通道，设立人才快速通道。')).toEqual([]);
		// …nor the kind a tourist road is, after a known place's name (西岭雪山旅游快速通道) or alone; nor the kinds of rural road.
		expect(named('建成西岭雪山旅游快速通道，打造旅游快速通道，建成旅游公路、产业路和资源路186公里，新建生产路15.2公里。')).toEqual([]);
		expect(named('完成山区临水临崖路段防护设施建设，全面落实县、乡、村三级路长责任。')).toEqual([]);
		// A village before its road (铁溪村道路, not a 村道) and a community a stretch starts from (临溪社区至铁牛村段) are places; the villages of
		// a district are not (辖区村道路面修补).
		expect(named('完成至铁溪村道路拓宽，临溪社区至铁牛村段实现白改黑，辖区村道路面修补。')).toEqual(['铁溪村', '临溪社区', '铁牛村']);
		// A community by its groups (十里社区1组、2组), not by a group of people it forms.
		expect(named('位于石板滩街道天宫社区3组、4组，十里社区1组、2组，石马社区6组。')).toEqual(['天宫社区', '十里社区', '石马社区']);
		expect(named('各单位，十里社区一组织开展活动。')).toEqual([]);
		// An old town's streets by their side, after a mark or their town (东街、北街, 晋原街道北街), not after a verb (改善东街) nor out of a name they end (青羊正街).
		expect(named('老城区东街、南街、西街、北街等传统街巷，晋原街道北街｜正街｜1处。')).toEqual(['东街', '南街', '西街', '北街', '北街', '正街']);
		expect(named('封闭青羊正街、肖家河正街，改善东街交通。')).not.toContain('正街');
		expect(named('改善东街交通。')).not.toContain('东街');
		// A community whose name ends in 城 (长城社区, 锦城社区), not a town's or a county seat's communities (县城社区).
		expect(named('涉及长城社区、黄河社区，锦城社区完成改造。')).toEqual(['长城社区', '黄河社区', '锦城社区']);
		expect(named('推动县城社区、全城社区完成改造。')).toEqual([]);
		// …nor a road chief by rank (县级总路长, 村级路长), a road warden (村级护路员) or roads made hard (全部通硬化路).
		expect(named('设立县级总路长1名、村级路长112名，聘用村级护路员205名，建制村全部通硬化路。')).toEqual([]);
		// A town's old street by the town's name, not the kinds; one after a town the gazetteer knows is read as the town.
		expect(named('天回镇街道将启动天回老街保护性更新，实施彭镇老街改造，提升中和老街。')).toEqual(['天回老街', '中和老街']);
		nothingIn(['推进临河老街和这片老街改造，打造百年老街，认识了好多老街，留住老街记忆，还能和老街坊聊天。']);
		// A park may carry 中央 after its name (空港中央公园), but a city's central park is no name.
		expect(named('在片区中部新增空港中央公园，建设城市中央公园。')).toEqual(['空港中央公园']);
		expect(named('《计划》按照高速公路、快速路、同城化通道分类推进。')).toEqual([]);
		// A fast road between two places is named by both ends: the first is the name's.
		expect(named('开工建设青白江至广汉快速通道、彭州至什邡旅游快速通道。')).toEqual(['青白江至广汉快速通道', '彭州至什邡旅游快速通道']);
		// A works by its name or its number, not the kinds a plan builds.
		expect(named('加快第三再生水厂、陡沟河再生水厂建设，推进万兴环保发电厂扩能，推动长安垃圾填埋场修复，依托长安静脉产业园。')).toEqual([
			'第三再生水厂',
			'陡沟河再生水厂',
			'万兴环保发电厂',
			'长安垃圾填埋场',
			'长安静脉产业园'
		]);
		// …its number ending in 一 too (第十一), which no other word of one does (统一).
		expect(named('加快第十一再生水厂建设，统一污水处理厂运营。')).toEqual(['第十一再生水厂']);
		expect(named('建成城镇污水处理厂，新城同步建设再生水厂，各新建1座再生水厂，完善产业园区污水处理厂。')).toEqual([]);
		// A reservoir by its name, its area too; not the kinds a plan keeps safe.
		expect(named('在鲁班水库库区开展清四乱，统筹做好黄泥堰水库调度。')).toEqual(['鲁班水库', '黄泥堰水库']);
		expect(named('开展病险水库除险加固，全市中小型水库和山区水库安全度汛，保障水库群联合调度。')).toEqual([]);
		// A courtyard by its street number is the estate; a number alone is the street's.
		expect(named('泡桐树街21号院、水井街12号宿舍改造，红星路二段12号。')).toEqual(['泡桐树街21号院', '水井街12号宿舍', '红星路']);
		expect(named('新开工府青路一段12号院等点位加装电梯。')).toEqual(['府青路一段12号院']);
		// A road named with 园 (龙园路) is a road; a park's or a garden's path is none.
		expect(named('学校主出入口设于龙园路，改造公园园路、花园路、校园路。')).toEqual(['龙园路']);
		// An estate named after its road is the estate.
		expect(named('改造望江路小区、桂湖中路小区，沿街小区同步整治。')).toEqual(['望江路小区', '桂湖中路小区']);
		// An old estate by its name, a works' dormitory; not the kinds a plan builds or renews.
		expect(named('改造保和新村、量具刃具厂宿舍，打造水美新村，改善职工宿舍和老厂区宿舍。')).toEqual(['保和新村', '量具刃具厂宿舍']);
		// (…nor new villagers: 组织新村民.)
		expect(named('组织新村民、手艺人与原住村民共同参与。')).toEqual([]);
		// A school by its name, not the kinds a plan builds nor a pupil's school; 开办 and 就读 lead a name.
		expect(named('新开办九江小学，就读棕北中学，犀浦实验小学、德源实验学校投用，成都七中东部学校开学。')).toEqual([
			'九江小学',
			'棕北中学',
			'犀浦实验小学',
			'德源实验学校',
			'成都七中东部学校'
		]);
		// …or by its number after its place's name (西航港第三小学, 天府第七中学); a number alone names no school.
		expect(named('确保西航港第三小学按期投用，推进锦城第三小学改扩建，天府第七中学初中部投用。')).toEqual(['西航港第三小学', '锦城第三小学', '天府第七中学']);
		// …or by its level, whose 级 ends no common word there (初级中学, 高级中学 are the school's kind).
		expect(named('将对九江初级中学实施改扩建，棕北高级中学投用，新建初级中学1所。')).toEqual(['九江初级中学', '棕北高级中学']);
		// …or by its road's (建设路小学, 新鸿路小学, 府青路小学), not the schools a notice of enrolment speaks of.
		expect(named('成都市建设路小学 | 建设路街道：建设路社区；成都市新鸿路小学（多校划片）。')).toEqual(['建设路小学', '建设路社区', '新鸿路小学']);
		nothingIn(['做好2025年义务教育阶段学校招生入学工作，招收应届小学毕业生，今年秋季小学一年级同步招生。']);
		// …nor schools in the holidays (2025年暑期学校体育场地免费开放名单), nor those that take pupils in (接收学校).
		nothingIn(['2025年暑期学校体育场地免费开放名单', '寒假学校操场照常开放。', '学生就近转入接收学校，两镇学校统一配车。']);
		// …nor the schools a programme or a region holds (项目学校, 山区学校, 部分镇学校).
		nothingIn(['2025年度项目学校名单', '山区学校、人口流入镇学校和部分镇学校优先安排。']);
		// (The school a community's children go to is its name alone: 主要对口东升小学.)
		expect(named('该社区适龄儿童主要对口东升小学。')).toEqual(['东升小学']);
		// …and schools of all grades and kindergartens by their names, not their kinds.
		expect(named('通江中小学已建成投用，金湾美湖幼儿园已投入使用，新建普惠性幼儿园3所、高品质幼儿园2所，丰富大中小学课程。')).toEqual(['通江中小学', '金湾美湖幼儿园']);
		// A bracketed verb is no part of the name after it: 新（扩）建陡沟河污水处理厂.
		expect(named('新（扩）建陡沟河污水处理厂二期、新（改、扩）建棕北中学')).toEqual(['陡沟河污水处理厂', '棕北中学']);
		nothingIn(['新建第三小学，建成投用第一小学，打造西部第一街。']);
		// Nor is a road's curb or a park's path a road: 破损路缘石, 园区范围内园路.
		nothingIn(['破损路缘石更换，园区范围内园路翻新。']);
		// …nor where it is or what state it is in (部分园路, 环湖园路, 南侧园路, 破损园路), nor a park by who owns it or the way in (市属公园, 进出公园).
		nothingIn(['封闭部分园路，改造环湖园路及南侧园路，修复破损园路。', '全市市属公园免费开放，游客进出公园请走东门。']);
		expect(named('新建中小学5所，全市中小学，城区中学，公办小学，九年一贯制学校，实验小学，孩子上小学，中学生，小学部，乡村小规模学校，无废学校。')).toEqual([]);
		// A characteristic town by its name, not the kinds a plan builds.
		expect(named('2.菁蓉小镇（郫都区德源街道），5.道明竹艺小镇（崇州市道明镇），培育一批特色小镇，打造康养小镇、温泉小镇。')).toEqual(['菁蓉小镇', '道明竹艺小镇']);
		// …nor a kind of school by what it teaches or whom (社区教育学校（老年学校）, 特殊教育学校), nor a rule a pupil keeps at school (应遵守学校…), nor 扩大 before 街道.
		expect(named('依托3个镇社区教育学校（老年学校），寄宿制学校、特殊教育学校要做好防范，学员应遵守学校各项管理制度，将进一步扩大街道（镇）教学点招生规模。')).toEqual([]);
		// …nor a verb's school: 市民可选择学校和时段, 请爱护学校设施, 区教育局指导学校做好开放工作.
		expect(named('市民可选择学校和时段，请爱护学校设施，区教育局指导学校做好开放工作。')).toEqual([]);
		// Kinds of greenway and park a plan builds: around a lake, across a river, of the metropolitan area; a residential or a hill park.
		expect(named('推动纳入都市圈绿道规划，新建跨河绿道桥，建设住区公园和山地公园，打造河湖公园，骑行爱好者可从公园一路骑到金马河畔。')).toEqual([]);
		// …nor a length or an area before the kind.
		expect(named('对环湖约12公里绿道实施品质提升，新建3千米绿道和20亩公园。')).toEqual([]);
		// …nor what is done at a crossing, a greenway built already or round a park, a kind of interchange, or what a plan takes as its unit.
		expect(named('对双林路与二环路东二段相交路口进行渠化改造，提升路口通行能力。')).toEqual(['双林路']);
		nothingIn(['实施平交路口渠化和安全防护工程。']);
		expect(named('启动十陵东路延伸段剩余路段建设，其余路段明年完工。')).toEqual(['十陵东路']);
		// …nor a low-lying or flooded stretch (牛市口低洼路段, 积水路段).
		expect(named('在牛市口低洼路段、滨河积水路段预置移动泵车。')).toEqual([]);
		nothingIn(['部分已建绿道重建轻管，天府农博园环园绿道提升，设置互通式立交2座，坚持以片区为单元统筹城市更新。']);
		// A post's questions and boasts about parks name none (哪些公园, 更多公园, 宝藏公园), nor does a kind of playground.
		nothingIn(['春天去哪些公园？更多公园等你打卡，还有哪些小公园和宝藏公园？新建儿童活力乐园。']);
		// …nor a title a park is awarded, nor a kind of park (美丽宜居公园, 专类公园, 地区公园).
		nothingIn(['公布第三批“美丽宜居公园”名单，含专类公园5个、地区公园3个。']);
		nothingIn(['建设煎茶、新兴至丹景台方向登山绿道15公里。']);
		// …nor a verb and a character that is no direction before a street's ending, nor when or where (以前小区, 全年绿道); 建设北路 is a road.
		expect(named('实施整街改造，改造园路2公里，全年绿道建设，以内小区改造，建设北路、建设巷改造。')).toEqual(['建设北路', '建设巷']);
		// …nor by words, a verb and a direction, the verb's work on a street named by its direction; a bus stop by its road is its road's.
		expect(named('启动灌县古城街区提升，年内建成西街美食长廊，公交建设北路二段站迁移。')).toEqual(['建设北路']);
		// …and a branch of one is named after it: 建设南支路 (南支路 alone names nothing).
		expect(named('东至建设南支路，西至双林路。')).toEqual(['建设南支路', '双林路']);
		// A phase is no name: 北湖生态公园二期绿道.
		expect(named('完成北湖生态公园二期绿道及配套设施提升工程，建成3期步道。')).toEqual([]);
		// Nor a quarter's parks, what people will see, or a slogan's words.
		expect(named('加快航空新城片区公园绿地建设，让市民出站即见公园，坚持“先做公园、再做城市”。')).toEqual([]);
		expect(named('交通：轨道与快速路织密东西通道，建设东岸滨湖绿道。')).toEqual([]);
		// A museum or a gallery by its name, not the kinds a plan builds, nor a town named for its museums.
		expect(named('参观天府美术馆、成都当代艺术馆，建设蜀锦织绣博物馆。')).toEqual(['天府美术馆', '成都当代艺术馆', '蜀锦织绣博物馆']);
		// A heritage site by its name, not the kinds a plan protects nor a site's park…
		expect(named('公布将军衙门遗址、国营红光电子管厂旧址、绣川书院为文物保护单位。')).toEqual(['将军衙门遗址', '国营红光电子管厂旧址', '绣川书院']);
		// 街子 is a town, not a street's end.
		expect(named('修缮街子字库塔。')).toEqual(['街子字库塔']);
		// …and a street named after one is a street, where an office is seated (驻 leads it).
		expect(named('保护考古遗址、工业遗址和革命旧址，实施红色遗址修缮，建设遗址公园，驻文庙街88号。')).toEqual(['文庙街']);
		// A cemetery by its name, not its kind, nor a cemetery area by its cemetery (北郊公墓片区 is named as an area).
		expect(named('前往磨盘山公墓、环绕皇恩寺陵园祭扫。新建公益性公墓3处，建设生态陵园，规范经营公墓。')).toEqual(['磨盘山公墓', '皇恩寺陵园']);
		// …nor what a building is of its era or its region (两处民国公馆, 展示川西公馆风貌), nor what a dormitory is built of (三层清水砖宿舍).
		expect(named('修缮两处民国公馆，展示川西公馆风貌，改造三层清水砖宿舍。')).toEqual([]);
		expect(named('新建社区图书馆12个，建成一批博物馆，提升区级文化馆，建设世界一流博物馆，做靓安仁·中国博物馆小镇。')).toEqual([]);
		// A city study room by its name, as a library is; not the kinds (24小时城市书房, 口袋图书馆).
		expect(named('东篱城市书房、杉板桥城市书房开放，新建24小时城市书房6个、口袋图书馆12个。')).toEqual(['东篱城市书房', '杉板桥城市书房']);
		// A square by its name, or by a district's or an area's short name before it (龙泉音乐广场, 猛追湾滨河广场); not a village's, a station's or a
		// long place's before it (铁牛村丰收广场, 成都东站西广场, 西岭雪山映雪广场), the kinds a plan builds or a park holds, a dance, nor a road named after one.
		expect(named('在映雪广场、仁恒置地广场举办活动，龙泉音乐广场和猛追湾滨河广场同步亮灯。')).toEqual(['映雪广场', '仁恒置地广场', '龙泉音乐广场', '猛追湾滨河广场']);
		expect(named('铁牛村丰收广场开放，车辆驶入成都东站西广场，游客从西岭雪山映雪广场出发。')).toEqual(['铁牛村', '丰收广场', '映雪广场']);
		nothingIn(['新建文化广场2处、市民广场1个，改造站前广场。', '公园内设太极广场、银杏广场，居民在广场跳广场舞。', '改建为八车道收费广场，车辆可经可替代收费站驶离。']);
		expect(named('沿三渡水广场路步行。')).toEqual(['三渡水广场路']);
		// A stop's road a notice cancels: 取消 leads the name, as a verb would.
		expect(named('站点调整：取消桂湖中路站点。')).toEqual(['桂湖中路']);
		// 是 leads a name as 为 does; what a railway is said to do is none (实现铁路、地铁换乘, 兼具铁路文化).
		expect(named('成都站始建于1952年，是成昆铁路的起点，实现铁路、地铁零距离换乘，兼具铁路文化。')).toEqual(['成昆铁路']);
	});

	it('takes a direction or a part of the name with it: 人民中路, 长顺上街, 东大街, 一环路', () => {
		expect(named('改造人民中路、长顺上街沿线低效楼宇。')).toEqual(['人民中路', '长顺上街']);
		expect(named('改造后的东大街沿线新增口袋公园。')).toEqual(['东大街']);
		expect(named('优化一环路、中环路沿线交通组织。')).toEqual(['一环路', '中环路']);
		expect(named('对一品天下大街实施夜间经济街区提升，完成交大路改造。')).toEqual(['一品天下大街', '交大路']);
	});

	it('leaves out the words and verbs that lead a name: 经, 沿, 至, 左转, 进入, 覆盖, 推进', () => {
		expect(named('经东大街至和平街，左转星辉西路，再进入羊市街。')).toEqual(['东大街', '和平街', '星辉西路', '羊市街']);
		expect(named('沿着中纱帽街慢慢走。')).toEqual(['中纱帽街']);
		expect(named('建成开放测试道路68公里，覆盖驿都大道、车城大道等主干道。')).toEqual(['驿都大道', '车城大道']);
		expect(named('家住红墙巷12号院的陈阿姨说，将现状九里堤公园向北扩展。')).toEqual(['红墙巷12号院', '九里堤公园']);
		expect(named('项目东至长顺街，南临金河路，北靠天龙大道。')).toEqual(['长顺街', '金河路', '天龙大道']);
		expect(named('线路距镇江寺约300米，距离文殊院街500米。')).toEqual(['镇江寺', '文殊院街']);
		// …and a road's part, a riverside, a share or a year before it.
		expect(named('实施西段蜀都大道沿线交通组织优化，借鉴2025年人民南路施工经验，实施岷江沿线滨江路改造。')).toEqual(['蜀都大道', '人民南路', '滨江路']);
		expect(named('区教育局将改造龙潭小学东侧原社区活动用房，增加学位。')).toEqual(['龙潭小学']);
		// A junction, a branch road and a pavement are a street's too.
		expect(named('在金沙北路口设置导改设施，封闭金沙北支路，修复羊市街人行道。')).toEqual(['金沙北路', '金沙北支路', '羊市街']);
		expect(named('推进建设路、府青路沿线外立面整治。')).toEqual(['建设路', '府青路']);
		// A test drive on a mock crossing is on no road: 测试车正在模拟路口进行路测.
		expect(named('几辆自动驾驶测试车正在模拟路口进行路测。')).toEqual([]);
		expect(named('全年打通崔家店路等断头路3条。')).toEqual(['崔家店路']);
		expect(named('“三纵”为抚琴西路、营门口路。定位为主干路，改为步行街。')).toEqual(['抚琴西路', '营门口路']);
		expect(named('走进抚琴西路旁的老院落，但望平片区仍待更新。')).toEqual(['抚琴西路', '望平片区']);
		// An urban renewal unit by its name, not the kinds a plan names, nor a known place's.
		expect(named('1.望平滨河更新单元。2.熊猫塔更新单元。划定城市更新单元12个，推进重点更新单元建设，纳入武侯区西部更新单元。')).toEqual(['望平滨河更新单元']);
		expect(named('该路段公交线路临时停靠蜀西路口站，春熙路对标上海南京路。')).toEqual(['蜀西路', '上海南京路']);
		expect(named('14条线路临时绕行蜀都大道、顺城大街，车辆借道红星路。')).toEqual(['蜀都大道', '顺城大街', '红星路']);
		// A numbered part of a road's name (东一路), not a section's crossing (二段路口).
		expect(named('经龙树东一路绕行，蜀汉路与营门口路二段路口禁止左转，这一路段同一路口。')).toEqual(['龙树东一路', '蜀汉路', '营门口路']);
		// The road that ends a stretch, before its 段, however short its name; not a section named by two characters.
		expect(named('提升磨底河（二环路西三段至蜀汉路段）两岸，完成重点路段和蜀汉路段改造。')).toEqual(['蜀汉路']);
	});

	it('starts a name after the place before it: 高新区锦城大道', () => {
		expect(named('联系地址：成都市高新区锦城大道366号')).toEqual(['锦城大道']);
	});

	it('does not take a common word with a street’s ending', () => {
		nothingIn([
			'共建“一带一路”，走好高质量发展之路。',
			'做强集成电路产业，建设“四好农村路”，照亮回家路。',
			'整治背街小巷，大街小巷干净整洁，志愿者走上街头。',
			'让市民“出了地铁就上绿道”，推开窗就能看见绿道。',
			'小河绕村而过，在A-06地块配建社区综合体一处。',
			'打造特色街区和步行街，推进街镇职能转变。',
			'SM广场今年推出“深夜食堂”主题街。',
			'实现居民步行5分钟可达便利店、10分钟可达菜市场。',
			'推动经济高速发展，完善城市快速路网和道路网络。',
			'完善国际铁路枢纽功能，加快市域铁路和快速路网建设。',
			'到划片学校参加审核，实施主线拓宽和节点立交改造，新建下穿铁路通道。',
			'改造方案须经小区业主表决，各区普遍将学校建设纳入计划。',
			'相关路段实行交通管制，公交线路临时调整，计划9月前完成路侧设备部署。',
			'由区教育局统筹安排到相应学校就读，对应小学、所属社区不变。',
			'前几年社区启动老旧院落改造。',
			'打造“首发经济示范街”，建成美丽街角650个。',
			'改造东门入口，实现公园与滨江步道无缝衔接。',
			'建设城市大道，开展车路协同试点车路建设，走出一条新路。',
			'打造西部第一街，同一小区的居民说柳暗花明又一村。',
			'在十字路口打通支路，剩余路段已纳入重点管理路段，联合小区物业整治人行道和小区周边，想反映小区停车难，办事不出村。'
		]);
	});

	it('takes a school’s campus by its school’s name and its own, over a place found inside it', () => {
		expect(named('围绕电子科技大学沙河校区、西南财经大学柳林校区布局创新带，联动川大望江校区周边街区。')).toEqual([
			'电子科技大学沙河校区',
			'西南财经大学柳林校区',
			'川大望江校区'
		]);
		// 温江 is found inside it, 建设路 read inside it: both give way.
		expect(named('温江拥有成都中医药大学温江校区，建设路小学龙潭校区同步开学。')).toEqual(['成都中医药大学温江校区', '建设路小学龙潭校区']);
		// …and a school's branch by its place (成都市双林小学北湖分校 is not 北湖).
		expect(named('（二）成都市双林小学北湖分校。')).toEqual(['双林小学北湖分校']);
		// …and a refuse transfer station by its name, not by where it is.
		expect(named('新建天回垃圾转运站，改造某小区旁垃圾转运站和2座压缩式垃圾转运站。')).toEqual(['天回垃圾转运站']);
		// A neighbourhood centre by its name, not the kinds a plan builds nor one by where it is.
		expect(named('菁蓉邻里中心开业，打造街区邻里中心，在场镇邻里中心设服务点，建设社区邻里中心。')).toEqual(['菁蓉邻里中心']);
		expect(named('沙河源生活垃圾压缩转运站、天回垃圾压缩转运站提标改造，新建生活垃圾压缩转运站3座。')).toEqual(['沙河源生活垃圾压缩转运站', '天回垃圾压缩转运站']);
		// An irrigation canal by its name (苏坡斗渠, 红旗分干渠), not the kinds a plan lines (农田斗渠, 灌区干支渠, 上游支渠).
		expect(named('向苏坡斗渠、苏坡六斗渠补水，整治农田斗渠12条、灌区干支渠和上游支渠。')).toEqual(['苏坡斗渠', '苏坡六斗渠']);
		// A substation by its name, past its voltage (110千伏桥楼变电站), not the kinds a plan builds (220千伏变电站, 箱式变电站).
		expect(named('新建110千伏桥楼变电站，改造牛市口变电站，新建220千伏变电站2座、箱式变电站1座。')).toEqual(['桥楼变电站', '牛市口变电站']);
		expect(named('原线路转至成都城东客运中心和华阳客运站发班，新建3座乡镇客运站和1个综合客运中心。')).toEqual(['成都城东客运中心', '华阳客运站']);
		expect(named('新增滨江绿道南至瑞光塔，改造电视塔、水塔和金融城双子塔周边，保护惜字塔。')).toEqual(['瑞光塔']);
		expect(named('龙门山镇辖宝山村，沿龙漕沟、任家沟设置警示牌，清理排洪沟、山洪沟和植草沟，加强沟通。')).toEqual(['宝山村', '龙漕沟', '任家沟']);
		// A former place's 原 leads its name (原西马棚街21号, 原义兴村), but not a former name (东安湖体育公园（原名皇冠湖体育中心）) nor a road's stalls (原占道经营路段).
		expect(named('对原西马棚街21号院内危旧房屋拆除重建，原义兴村、原兴隆村合并。')).toEqual(['西马棚街21号院', '义兴村', '兴隆村']);
		nothingIn(['东安湖体育公园（原名皇冠湖体育中心）', '对新街等原占道经营路段开展常态巡查']);
		expect(named('对庙子沟水库实施除险加固。')).toEqual(['庙子沟水库']);
		expect(named('月城湖环湖步道临时封闭，翠映湖游船停运；落实河长制湖长制，整治人工湖、景观湖和公园湖。')).toEqual(['月城湖', '翠映湖']);
		expect(named('金骊索道停运检修，游客可乘坐索道下山，新建观光索道和客运索道各1条。')).toEqual(['金骊索道']);
		expect(named('在华西医院周边协调四川大学华西校区开放泊位，联合西南民族大学航空港校区共建实训基地。')).toEqual(['四川大学华西校区', '西南民族大学航空港校区']);
		// A kind of school alone names none: its school's name is the one before (双流中学实验学校), and a verb is none.
		expect(named('东升街道的双流中学实验学校新校区已具备开学条件，新建实验学校新校区。')).toEqual(['双流中学实验学校新校区']);
		// What is around it is no part of it.
		expect(named('打造环电子科技大学沙河校区知识经济圈。')).toEqual(['电子科技大学沙河校区']);
		// 成都七中 is a school's name as the city says it.
		expect(named('成都七中林荫校区完成改造。')).toEqual(['成都七中林荫校区']);
		// A campus of no school named is no name.
		nothingIn(['新建学校校区3个，推进大学校区改造，老校区提升。']);
		// Nor are the schools of a district's ground, or those a bureau runs.
		nothingIn(['安排市直属学校与新建学校结对，推动辖区学校体育场地开放。']);
	});

	it('takes a park, a housing estate and a village', () => {
		expect(named('推进沙河源公园、北湖生态公园建设，完成永陵公园提升。')).toEqual(['沙河源公园', '永陵公园']);
		expect(named('抚琴街道抚琴小区完成改造，并在东光小区开展居民议事。')).toEqual(['抚琴小区', '东光小区']);
		expect(named('在山泉镇美满村举办枇杷节，完成桃源村至美满村环线道路拓宽。')).toEqual(['美满村', '桃源村', '美满村']);
		// A verb of going leads a road's name (走成简快速路), not a street named for it (走马街).
		expect(named('现在走成洛快速路四十分钟就到了，走马街完成改造。')).toEqual(['成洛快速路', '走马街']);
		// A street's name that a community's name holds is the community's.
		expect(named('重点推进南街社区、政府街社区老旧院落改造。')).toEqual(['南街社区', '政府街社区']);
		// A village named for its hill is a name; a village in the hills is not (偏远山村).
		expect(named('推动战旗村、宝山村等示范村带动偏远山村发展。')).toEqual(['宝山村']);
		// A village's fame is no village: 从“网红村”向“长红村”转变.
		expect(named('推动竹艺村从“网红村”向“长红村”转变。')).toEqual([]);
		// 幸福 names villages (幸福村) as often as it praises them.
		expect(named('幸福村、鱼凫村一带的川西林盘被纳入统一保护修复。')).toEqual(['幸福村', '鱼凫村']);
		// A village's two committees (村两委) are no village's name; two sites after its name (九峰村两处隐患点) are its.
		expect(named('启动白鹿镇九峰村两处地质灾害隐患点群众避让搬迁，加强村两委建设。')).toEqual(['九峰村']);
	});

	it('takes a community only where its place, a colon or another community stands beside it', () => {
		expect(named('涉及玉林街道芳草社区、玉林社区等老旧院落。')).toEqual(['芳草社区', '玉林社区']);
		expect(named('划片范围：洗面桥社区。')).toEqual(['洗面桥社区']);
		// …or opens a numbered item as its label, the work there after the colon.
		expect(named('1.铁佛社区：新建社区食堂1处。')).toEqual(['铁佛社区']);
		expect(named('（二）金鱼社区：改造社区养老服务综合体1处。')).toEqual(['金鱼社区']);
		// …or opens a numbered item's title, naming the work there (（五）万福社区背街小巷整治。); not a sentence of its own.
		expect(named('（五）万福社区背街小巷整治。完成3条背街小巷路面黑化。')).toEqual(['万福社区']);
		expect(named('1.铁佛社区居民反映停车难。')).toEqual([]);
		expect(named('2.倪家桥社区既有住宅加装电梯。')).toEqual(['倪家桥社区']);
		expect(named('在光华社区新建口袋公园2个，南熏社区党群服务中心完成改造。')).toEqual(['光华社区', '南熏社区']);
		expect(named('在洗面桥社区住了四十多年，洗面桥社区党委书记介绍。')).toEqual(['洗面桥社区', '洗面桥社区']);
		expect(named('新建幼儿园位于望平社区内，涉及2个街道的双林社区等5个社区。以黄忠社区为例。对金桥社区老场镇实施微更新。')).toEqual(['望平社区', '双林社区', '黄忠社区', '金桥社区']);
		expect(named('双凤社区居民反映停车难。')).toEqual([]);
		// …or as the subject of its own news: its verb after a word of time (将, 已), an honour, where it lies, its programme in quotes.
		expect(named('今年，金华社区将新建游客中心；骑龙社区入选省级示范村，白果林社区紧邻地铁站。推广驸马社区“花农议事会”经验。')).toEqual(['金华社区', '骑龙社区', '白果林社区', '驸马社区']);
		expect(named('未来社区将成为重点，智慧社区已覆盖全区，双凤社区将以居民为主体。')).toEqual([]);
		// A community in a list with villages places itself, as one with communities does, and so does one among who carries out a task.
		expect(named('已完成铁牛村、临溪社区、两河村林盘保护，完成汪安村、上安社区2个川西林盘保护修复。')).toEqual(['铁牛村', '临溪社区', '两河村', '汪安村', '上安社区']);
		expect(named('责任单位：镇社会事务办、迎祥社区、东林村。责任单位：镇规划建设办、聚源社区')).toEqual(['迎祥社区', '东林村', '聚源社区']);
		// …after a 和 too (涉及东岳社区和龙黄村).
		expect(named('涉及东岳社区和龙黄村共17个村民小组')).toEqual(['东岳社区', '龙黄村']);
		// …after a village and a 和 (桂花村和东关社区), and placed by a side of its road (东岳社区竹乡路西侧).
		expect(named('主要分布在五星村、桂花村和东关社区。')).toEqual(['五星村', '桂花村', '东关社区']);
		expect(named('在竹韵嘉苑安置小区（东岳社区竹乡路西侧）统一安置')).toEqual(['竹韵嘉苑', '东岳社区', '竹乡路']);
		// …or a stop after another on a route (永兴村—虹桥社区—复兴社区).
		expect(named('停靠站点：永兴村村委会—虹桥社区—复兴社区（新增）—安仁镇学校')).toEqual(['永兴村', '虹桥社区', '复兴社区']);
		// …or in a table's cell, after an office: ｜街道城建办、南街社区｜.
		expect(named('4｜井盖缺失1处｜补装井盖｜街道城建办、南街社区｜5月18日前')).toEqual(['南街社区']);
		// …nor one an office of communities is named after.
		expect(named('成都东部新区社区治理和社事局、玉林社区治理委员会要加强黄忠社区建设。')).toEqual(['黄忠社区']);
		// A table's cell after its street's cell places it; a community named after a temple or an avenue is a community.
		expect(named('1｜锦江区｜书院街街道｜和平街社区｜消防设施更新')).toEqual(['和平街社区']);
		expect(named('4｜棕东农贸市场提档升级｜棕东社区｜2025年12月')).toEqual(['棕东农贸市场', '棕东社区']);
		expect(named('5｜静安小区周边道路错时共享泊位｜新都街道｜35｜19:00—次日8:00｜肖林社区')).toEqual(['静安小区', '肖林社区']);
		expect(named('1｜柳城街道｜街道社会治理综合服务中心｜北街社区（党群服务中心二楼）｜每周一上午')).toContain('北街社区');
		expect(named('3\t老旧院落改造\t倪家桥社区\t已完成')).toEqual(['倪家桥社区']);
		expect(named('1｜锦江区｜牛市口街道｜大田坎社区、净居寺社区｜雨污分流')).toEqual(['大田坎社区', '净居寺社区']);
		expect(named('4｜青羊区｜金沙街道｜青羊大道社区｜加装电梯11部')).toEqual(['青羊大道社区']);
		expect(named('5｜金牛区｜荷花池街道｜荷花池社区、北站社区｜燃气管道更新')).toEqual(['北站社区']);
		// …and so does the blank a table copied as text leaves between its cells (its tabs made blanks).
		expect(named('1 锦江区 牛市口街道 静居寺社区 静居寺路12号院 312')).toEqual(['静居寺社区', '静居寺路12号院']);
		// …and so does the estate a list of estates to renew names after it, by its name or its street number; an estate
		// by its 苑 is read only there (not 御苑, 学苑).
		expect(named('1．望平社区望江街70号院：建成于1991年。3．香荷社区锦华苑：建成于1998年。9．东秀社区理工东苑（二仙桥东三路11号）：')).toEqual(['望平社区', '望江街70号院', '香荷社区', '锦华苑', '东秀社区', '理工东苑', '二仙桥东三路']);
		expect(named('8．八里社区府青路三段29号院：建成于1990年。20．胜利社区保和场安置小区（成洛大道北侧）：')).toEqual(['八里社区', '府青路三段29号院', '胜利社区', '成洛大道']);
		// …but a community named after its estate is the community (科华苑社区).
		expect(named('科华苑社区完成改造。')).toEqual(['科华苑社区']);
		// A quarter or an avenue of trade is a kind (商贸片区, 商贸大道), one with a place's name before it a name.
		expect(named('推进五块石商贸片区业态更新，加快蓉北商贸大道沿线商业综合体建设，提升商贸大道品质。')).toEqual(['五块石商贸片区', '蓉北商贸大道']);
		nothingIn(['锦华苑居民反映停车难。', '打造皇家御苑，建设一批文化苑。', '1．望平社区居民反映停车难。']);
		// An estate may carry words of its kind after its name: 鹿鸣安置小区; not the kinds of estate (集中安置小区, 移民安置小区).
		expect(named('对鹿鸣安置小区实施改造，新建集中安置小区3个，建设移民安置小区。')).toEqual(['鹿鸣安置小区']);
		// …but one named after its road is a name wherever it stands.
		expect(named('双林中横路社区居民反映停车难，水碾河路北社区同步改造。')).toEqual(['双林中横路社区', '水碾河路北社区']);
		// So is a greenway (桑荫驿路绿道); and 连接 leads a name (连接文龙路).
		expect(named('新建桑荫驿路绿道，连接文龙路。')).toEqual(['桑荫驿路绿道', '文龙路']);
		expect(named('坚持片区统筹、连片更新。')).toEqual([]);
		expect(named('在详细规划修编中统筹考虑公园绿地布局。')).toEqual([]);
		// Words of a kind that say which part, not which place: 配套绿道, 北侧片区.
		expect(named('月亮湖湿地公园南入口及配套绿道提升工程，静惠山公园北侧片区城市更新项目开工建设。')).toEqual(['月亮湖湿地公园', '静惠山公园']);
		expect(named('建设航空经济片区、城市综合片区、数字文创片区、滨河片区，优化人口密集片区，新建环山绿道、站前公园。')).toEqual([]);
		// A former residence by its owner's name, not the kind.
		expect(named('加强名人故居保护，修缮巴金故居、郭沫若故居，完成李劼人故居展陈提升。')).toEqual(['巴金故居', '郭沫若故居', '李劼人故居']);
		// 跨越 leads a name as 跨 does.
		expect(named('高架区间先后跨越成彭高速。')).toEqual(['成彭高速']);
		// A road named after a mountain (邛崃山路), not a mountain road (盘山路, 上山路).
		expect(named('推动保和街道邛崃山路沿线停车，修建盘山路，上山路很陡。')).toEqual(['邛崃山路']);
		expect(named('建设产业社区、康养社区，推进大熊猫国家公园入口社区建设，打造15分钟社区生活圈。')).toEqual([]);
	});

	it('takes a quarter and an interchange by their names, not the kinds of quarter plans name', () => {
		expect(named('启动沙湾片区和量力钢材城片区更新，优化营门口立交节点。')).toEqual(['沙湾片区', '量力钢材城片区', '营门口立交']);
		// (Not 建立交界: 与芦山县建立交界林区联防机制; nor a way into the hills: 场镇进山路口.)
		nothingIn(['与雅安市芦山县建立交界林区联防机制。', '在䢺江镇场镇进山路口设检查站。', '利用三段立交桥下空间，提升篮球公园场地。']);
		expect(named('推进重点片区、城市更新片区建设，完善北部片区和站前片区配套。')).toEqual([]);
	});

	it('takes a market by its name, not the kinds a plan upgrades', () => {
		expect(named('锦江区：盐市口街道青石桥农贸市场。光华街道光华农贸市场完成改造。')).toEqual(['青石桥农贸市场', '光华农贸市场']);
		expect(named('推进标准化农贸市场和社区农贸市场建设，打造无废农贸市场，新建农贸市场3个。')).toEqual([]);
		// One named after its road or street is the market, as an estate so named is the estate; a 菜市场 too.
		expect(named('改造宏济路农贸市场、西安中路菜市场，实施金鱼街小区、茶店子东街小区改造。')).toEqual(['宏济路农贸市场', '西安中路菜市场', '金鱼街小区', '茶店子东街小区']);
		expect(named('新建标准化菜市场3个，改造社区菜市场。')).toEqual([]);
	});

	it('takes a river’s monitoring section by its name, over a town of its name (锦江黄龙溪断面), not the kinds of section', () => {
		expect(named('锦江黄龙溪断面、江安河二江寺断面水质稳定，沱江宏缘断面总磷浓度下降，蒲江河两河口断面达标。')).toEqual(['黄龙溪断面', '二江寺断面', '宏缘断面', '两河口断面']);
		nothingIn(['国考、省考断面水质优良率保持100%，岷江、沱江干流成都段出境断面水质稳定。', '全市12个国考断面全部达标，新增水质自动监测断面5个。', '全市地表水断面水质优良率保持100%。', '开展跨市界断面联合监测。', '黄堰河入江口断面氨氮指标波动，弃土影响行洪断面。']);
	});

	it('takes a road numbered one (武兴一路, 腾飞一路), not 一路 as all the way (绿道一路向南, 可以一路骑到, 一路之隔)', () => {
		expect(named('公交82路改经佳灵路、武兴一路运行，腾飞一路与西航港大道交叉口新建。')).toEqual(['佳灵路', '武兴一路', '腾飞一路', '西航港大道']);
		// …and a grid's first road or a street numbered one (经一路, 友联一街), not the first of a kind (西部第一街, 同一街道) nor a slogan's count.
		expect(named('集中打通经一路、经三路、纬一路，启动友联一街改造，打造西部第一街，推动“两坊一街”联动发展。')).toEqual(['经一路', '经三路', '纬一路', '友联一街']);
		nothingIn(['从这里沿绿道一路向南，可以一路骑到黄龙溪。', '它与东郊记忆一路之隔。']);
	});

	it('starts a road’s name past the side of the road before it: 三环路内侧成龙大道段', () => {
		expect(named('完成三环路内侧成龙大道段提升。')).toEqual(['成龙大道']);
	});

	it('takes a bus terminus by its name, not a kind of stop', () => {
		expect(named('由西华公交站发车，至茶店子公交站止。')).toEqual(['西华公交站', '茶店子公交站']);
		expect(named('增设港湾式公交站和临时公交站，优化周边公交站布局，新建接驳公交站。')).toEqual([]);
		expect(named('施工期间如公交站点位置临时调整，以公交集团发布的信息为准。')).toEqual([]);
		// …and a hub or a terminus by its name, moved or not (动物园公交枢纽站, 二仙桥公交首末站).
		expect(named('起点迁移至动物园公交枢纽站，二仙桥公交首末站迁至理工大学公交首末站。')).toEqual(['动物园公交枢纽站', '二仙桥公交首末站', '理工大学公交首末站']);
	});

	it('takes an old walled town by its name, not the kind, nor another place of its name', () => {
		expect(named('推进临邛古城保护提升，保护千年古城风貌，晚上逛古城，4月以来古城客流增长，古城西街改造。')).toEqual(['临邛古城', '古城西街']);
	});

	it('takes a park whose name carries words of its kind (月亮湖湿地公园), not a kind of park (城市森林公园, 工业遗址公园)', () => {
		expect(named('建设月亮湖湿地公园，推进白鹤滩国家湿地公园保护，加快建设永康森林公园。')).toEqual(['月亮湖湿地公园', '白鹤滩国家湿地公园', '永康森林公园']);
		// …a pocket park too (十陵口袋公园), not the kinds a plan builds.
		expect(named('口袋公园：十陵口袋公园、大弯口袋公园。新建口袋公园12个，建设一批口袋公园，打造社区口袋公园。')).toEqual(['十陵口袋公园', '大弯口袋公园']);
		// …and a community park (龙潭社区公园), not the kind.
		expect(named('规划建设龙潭社区公园，新建社区公园3个，打造一批社区公园。')).toEqual(['龙潭社区公园']);
		// …and an archaeological park or a site's museum (鱼凫考古遗址公园, 鱼凫遗址博物馆), not the kinds (遗址公园, 工业遗址片区).
		expect(named('规划建设鱼凫考古遗址公园，同步建设鱼凫遗址博物馆。')).toEqual(['鱼凫考古遗址公园', '鱼凫遗址博物馆']);
		expect(named('建设遗址公园，打造考古遗址公园，保护工业遗址片区。')).toEqual([]);
		// …and an industrial area by its place (高板工业片区), not the kind (新建工业片区, 一批工业片区).
		expect(named('重点推进高板工业片区标准厂房建设，新建工业片区2个，打造一批工业片区。')).toEqual(['高板工业片区']);
		// A name is not cut inside a word it holds (自行车).
		expect(named('建设斜源镇山地自行车公园。')).toEqual(['山地自行车公园']);
		expect(named('提升城市森林公园品质，建设工业遗址公园和城镇湿地公园，打造一批口袋公园。')).toEqual([]);
		// …nor what a place turns into (老厂房变公园).
		expect(named('抚琴片区更新：老厂房变公园')).toEqual([]);
		expect(named('建成约4.5万平方米的立体公园，推动站点片区综合开发，力争到2025年底片区新增总部企业8家。')).toEqual([]);
	});

	it('starts a name after a word that leads it: 正如泡桐树街, 境内成南高速, 承建金凤凰大道', () => {
		expect(named('正如泡桐树街的老树，境内成南高速、德简高速全线贯通，由集团承建金凤凰大道。')).toEqual(['泡桐树街', '成南高速', '德简高速', '金凤凰大道']);
	});

	it('starts a name after what leads it in a list, a plan, a citizen’s words or an event: 含书院西街, 待宋家林路建成, 听说华盛路, 首届铁牛村, 暂名龙潭学府路', () => {
		expect(named('改造范围：含书院西街、镗钯街，待宋家林路建成后调整，力争年底前郫温路通车，施工期间成龙大道半幅通行。')).toEqual(['书院西街', '镗钯街', '宋家林路', '郫温路', '成龙大道']);
		expect(named('听说华盛路要拓宽，原来新鸿路上有诊所，附近红阳社区、团结社区居民希望西安中路也改造，但愿百草路早日开通。')).toEqual(['华盛路', '新鸿路', '红阳社区', '团结社区', '西安中路', '百草路']);
		// …and whom the work suits (为方便岷江村、金马河沿线学生上下学).
		expect(named('为方便岷江村、永宁村学生上下学，开通学生定制公交。')).toEqual(['岷江村', '永宁村']);
		expect(named('包月泊位优先满足玉林北路社区、倪家桥社区无固定车位居民。')).toEqual(['玉林北路社区', '倪家桥社区']);
		expect(named('施划停放区18处，减少占用绿道通行空间，不得占用中环路。')).toEqual(['中环路']);
		// Parking on the street is no road's name (城区路内停车收费, 武侯区路内停车).
		expect(named('城区路内停车收费调整，规范武侯区路内泊位管理。')).toEqual([]);
		// A metro station's exit leads the street it opens on (A、C、F出入口东大街, 南入口东大街).
		expect(named('A、C、F出入口东大街及红星路三段人行道设施带')).toEqual(['东大街', '红星路']);
		// A public rental estate by its name, not the kinds or what is done with them.
		expect(named('（一）蔡桥公租房。推出市本级公租房1286套，探索将长期空置公租房免费提供，发放公租房租赁补贴。')).toEqual(['蔡桥公租房']);
		expect(named('1｜华盛苑公租房小区｜320套；新建公租房小区2个。')).toEqual(['华盛苑']);
		expect(named('对院落进行了统一改造，并把书院西街一处废弃的自行车棚改造成邻里客厅。')).toEqual(['书院西街']);
		expect(named('建设数字地图，动态掌握菜市场、社区食堂等网点分布。')).toEqual([]);
		expect(named('举办首届铁牛村音乐季和第五届北林绿道骑行节，航拍北林绿道，深挖鱼凫王城遗址，同步研究成温立交匝道。')).toEqual(['铁牛村', '北林绿道', '北林绿道', '鱼凫王城遗址', '成温立交']);
		// …and what is announced or looked after: 宣布西来老街正式开街; not 宣布公园 nor 维护公园 (副区长宣布公园开园, 共同维护公园环境卫生).
		expect(named('副县长宣布西来老街正式开街。副区长宣布公园开园。请共同维护公园环境卫生。')).toEqual(['西来老街']);
		expect(named('副区长赴羊犀立交调研，靠西航港大道一侧开放B口，如北林绿道提升项目，今年以来成温邛快速路车流增长。')).toEqual(['羊犀立交', '西航港大道', '北林绿道', '成温邛快速路']);
		// A provisional or a new name, after what gives it: 暂名龙潭学府路, 命名为…
		expect(named('新增一条城市支路，暂名龙潭学府路，新建道路（暂名：锦丰北街），该路命名为龙港东街，南抵成华大道。')).toEqual(['龙潭学府路', '锦丰北街', '龙港东街', '成华大道']);
		// A word that ends what stands before it, and may end a name too: a road's section (人民南路三段小天竺街口), a river's bank
		// (毗河南岸北星大道), a gate (B口外犀安路), a road's class (县道西大路); not inside a name (营门口路).
		expect(named('人民南路三段小天竺街口，二环路北一段沙湾路口，毗河南岸北星大道，B口外犀安路，院外金鱼街，县道西大路，营门口路。')).toEqual(['人民南路', '小天竺街', '沙湾路', '北星大道', '犀安路', '金鱼街', '西大路', '营门口路']);
		// …and after a house's number: 双林北支路18号锦绣花园小区.
		expect(named('地址：双林北支路18号锦绣花园小区物业用房。')).toEqual(['双林北支路', '锦绣花园小区']);
		// An expressway's toll station by its name, right after the expressway read before it too (成雅高速成佳收费站), a known place in it giving way
		// (龙泉驿收费站); not a kind of toll station (匝道收费站).
		expect(named('经成雅高速成佳收费站或成渝高速龙泉驿收费站上高速，匝道收费站暂停使用。')).toEqual(['成雅高速', '成佳收费站', '龙泉驿收费站']);
		// A tomb, a shrine or a temple by its name; not the kinds, nor a street or a quarter named after one (武侯祠大街, 牛王庙片区).
		expect(named('修缮王建墓、孟知祥墓、工部祠和汉昭烈庙。')).toEqual(['王建墓', '孟知祥墓', '工部祠', '汉昭烈庙']);
		nothingIn(['推进公墓建设，整治坟墓，修缮宗祠，逛庙会。']);
		expect(named('改造武侯祠大街，提升牛王庙片区和城隍庙小区。')).toEqual(['武侯祠大街', '牛王庙片区', '城隍庙小区']);
		// A wholesale market by its name; not the kinds.
		expect(named('推进城北农产品批发市场搬迁，建设区域性批发市场和农产品批发市场。')).toEqual(['城北农产品批发市场']);
		// A camp by its name; not the kinds, nor where a business is (变更经营地).
		expect(named('规范大飞水森林营地、王泗稻香营地管理。')).toEqual(['大飞水森林营地', '王泗稻香营地']);
		nothingIn(['禁止在野外露营地搭帐篷，建设房车营地3处和研学实践教育营地，办理变更经营地手续。']);
		// …and after a course's start, whatever follows it (西起来龙路, no 起来).
		expect(named('该路西起来龙路，东至驿都大道。')).toEqual(['来龙路', '驿都大道']);
		expect(named('沙河右岸府青路桥下游，江安河左岸堤顶路。')).toEqual(['府青路', '堤顶路']);
	});

	it('takes the city’s name in, however long the name: 成都营门口立交, 成都中医药大学温江校区; an expressway is named in full', () => {
		expect(named('改造成都营门口立交，支持成都中医药大学温江校区建设。')).toEqual(['成都营门口立交', '成都中医药大学温江校区']);
		const out: Found[] = [];
		namesByEnding('推进成灌高速扩容', [], out);
		expect(out.map((f) => f.name)).toEqual(['成灌高速公路']);
	});

	it('does not take the words a road, a street or a park ends: 还路于民, 顺路, 找路, 镇街, 河流公园', () => {
		expect(named('白天还路于民，下班顺路接孩子，在车堆里找路，西部镇街和古镇街，建设河流公园，逛完公园再走。')).toEqual([]);
		// …nor a kind of road, of community or of railway: 地下环路, 嵌入式社区服务设施, a station's railway (货运站铁路遗存).
		expect(named('同步建设地下环路，开展嵌入式社区服务设施建设，依托原八里庄货运站铁路遗存建设公园。')).toEqual([]);
		// …nor a trip's way or how far it is: 少跑路, 往返办证的平均路程, 过河路程.
		expect(named('让群众办事少跑路，往返城区办证路程远，过河路程由1.6公里缩短。')).toEqual([]);
	});

	it('takes a metro depot by its place, over the place (龙泉车辆段, 大丰车辆基地), not a kind of depot', () => {
		expect(named('目前全线21座车站已完成装修，龙泉车辆段具备接车条件。')).toEqual(['龙泉车辆段']);
		expect(named('成都地铁27号线大丰车辆基地开工。')).toEqual(['大丰车辆基地']);
		nothingIn(['全线新建车辆段1座、停车场1座。', '地铁车辆段上盖开发。']);
	});

	it('takes a bridge and a temple by their names, not the kinds a plan builds or words of temples', () => {
		expect(named('改造东门大桥，推进昭觉寺保护，提升石经寺、兴福寺周边环境。')).toEqual(['东门大桥', '昭觉寺', '石经寺', '兴福寺']);
		expect(named('新建跨江大桥，保护古寺和寺庙，打通静居寺路，建成红岩寺大桥。')).toEqual(['静居寺路', '红岩寺大桥']);
		// A bridge by its old name alone only at an end of a stretch (自苏坡桥至送仙桥), not a kind of bridge, nor one elsewhere.
		expect(named('清水河：自苏坡桥至送仙桥，长约4.2公里；沙河从八里桥到驷马桥。')).toEqual(['苏坡桥', '送仙桥', '八里桥', '驷马桥']);
		// …and in a list of bridges, however it ends (对踏水桥、八里桥等6座桥梁…, 百花大桥和彩虹桥); not a list of kinds of bridge.
		expect(named('对踏水桥、八里桥等6座桥梁实施维修加固，提升百花大桥和彩虹桥照明。')).toEqual(['踏水桥', '八里桥', '百花大桥', '彩虹桥']);
		nothingIn(['自人行桥至天桥新建步道。', '从高架桥至立交桥。', '改造送仙桥周边。', '新建便桥3座。', '新建人行桥、跨线桥和便桥。']);
		expect(named('自红星路至站西桥北街，经驷马桥路至八里桥社区。')).toEqual(['红星路', '站西桥北街', '驷马桥路']);
		expect(named('三环路川陕立交至五桂桥立交段新增辅道。')).toEqual(['川陕立交', '五桂桥立交']);
		// …and by its road's name (府青路立交, 建设路立交), not the kinds of interchange.
		expect(named('二环路东二段（建设路立交至双桥子立交），改造府青路立交，新建互通式立交。')).toEqual(['建设路立交', '双桥子立交', '府青路立交']);
		// A temple or a guild hall of 宫 by its name (关圣宫, 南华宫), not the kinds of palace nor a hotpot (九宫格).
		expect(named('先后修建关圣宫、南华宫、帝主宫等会馆庙宇。')).toEqual(['关圣宫', '南华宫', '帝主宫']);
		nothingIn(['青少年宫、劳动人民文化宫开放，参观地宫和迷宫，吃九宫格火锅。']);
		// A temple by its town's short name right before it holds the town (石板滩文昌宫, 新津观音寺); not after the town's full name (新津区观音寺),
		// nor after another site (武侯祠汉昭烈庙).
		expect(named('修缮石板滩文昌宫、新津观音寺和新津区观音寺，武侯祠汉昭烈庙。')).toEqual(['石板滩文昌宫', '新津观音寺', '观音寺', '汉昭烈庙']);
		// An industrial function zone by its name, not the kinds.
		expect(named('推进新都现代交通产业功能区、高性能纤维材料产业功能区建设，深入推进产业功能区建设，支持制造业产业功能区。')).toEqual(['新都现代交通产业功能区', '高性能纤维材料产业功能区']);
		// A small watershed by its name, its kind's words after its own (瑞光溪生态清洁小流域); not the kinds a plan treats.
		expect(named('实施金峰小流域、瑞光溪生态清洁小流域综合治理，建设重点小流域和生态清洁小流域3条。')).toEqual(['金峰小流域', '瑞光溪生态清洁小流域']);
		// A heritage site holds its village's or its town's name before it, though its own words are a kind's (铁牛村冶铁遗址, 黄龙溪古渡口遗址);
		// not a district's short form (邛崃石笋山摩崖造像), an old town's (洛带古镇广东会馆) nor an office's old seat (农科村村委会旧址).
		expect(named('对铁牛村冶铁遗址、黄龙溪古渡口遗址、邛崃石笋山摩崖造像、洛带古镇广东会馆和农科村村委会旧址实施保护。')).toEqual(['铁牛村冶铁遗址', '黄龙溪古渡口遗址', '石笋山摩崖造像', '广东会馆', '农科村']);
	});

	it('takes a small park by its name, its road’s or a known place’s gate (静安路小游园, 青龙湖北门小游园), not the kinds a plan builds', () => {
		expect(named('新建莲桂南路口袋公园、静安路小游园和十陵口袋公园。')).toEqual(['莲桂南路口袋公园', '静安路小游园', '十陵口袋公园']);
		expect(named('2.青龙湖北门小游园：位于十陵街道。')).toEqual(['青龙湖北门小游园']);
		nothingIn(['新建口袋公园5个，打造社区小游园，建成一批口袋公园和小游园。']);
	});

	it('takes a settlement among its trees by its name (杨柳湾林盘), not the kinds a plan keeps or their economy', () => {
		expect(named('位于金花桥街道的杨柳湾林盘经过微更新，②杨柳湾林盘')).toEqual(['杨柳湾林盘', '杨柳湾林盘']);
		expect(named('保护修复川西林盘120个，打造特色林盘20个，发展林盘经济，新打造林盘院落10处，整治景区林盘，新增林盘公园绿地，留住林盘民居。')).toEqual([]);
	});

	it('takes a greenway by its name, not the kinds of greenway plans build', () => {
		expect(named('温江区建成北林绿道二期，依托金马河堤顶绿道串联和盛镇。')).toEqual(['北林绿道']);
		expect(named('建设社区绿道、区域级绿道和全域绿道，坚持以绿道串联林盘与绿道，打造绿道网，聘请绿道长，沿鹿溪河建设运动绿道12公里。')).toEqual([]);
	});

	it('does not take a common word with the ending of a park, an estate or a village', () => {
		nothingIn([
			'建设践行新发展理念的公园城市示范区，新增口袋公园50个，打造未来公园社区。',
			'改造老旧小区300个，推进无物业小区治理，实施小区治理三年攻坚。',
			'全面推进乡村振兴，实现村(社区)全覆盖，培育先行村、重点村，提升村级服务能力。',
			'人均公园绿地面积达到15平方米，让市民在公园里喝茶。',
			'打造15分钟公园生活圈，建设幼儿园及邻里公园，开展达标村创建，新建双向六车道快速路21公里，打通站点出入口至社区的“最后一公里”。',
			'红牌楼、簇桥商圈社区商业提升。',
			'推动公园管理机构与属地公安派出所、街道社区建立联合巡查机制。',
			'实施华阳街道、正兴街道低洼片区排水改造，划定历史城区重点风貌管控片区。',
			// Kinds of park and road a plan builds, and a list of them (绿道与公园).
			'以自然公园为基底、以城市公园和乡村公园为节点，加强与大型公园的接驳，建设滨江公园3处，提升老城区公园绿地品质。',
			'补齐绿道与公园的消费场景，同步实施林荫路和慢行道建设。',
			'打通断头路、瓶颈路6条，让老工业片区走得通，以后小区门口就有便民菜店，去年小区加装了电梯。',
			'改造为双向八车道高速公路，新建双线铁路约388公里，园区像公园。',
			// The words of a feature story: 走街串巷, 一家社区食堂, 让老公园焕发新活力, 孩子要跨片区上学, 当地社区, 充分利用片区.
			'记者走街串巷，在一家社区食堂里看到，改造让老公园焕发新活力。以前孩子要跨片区上学，当地社区介绍，将充分利用片区资源。',
			'由于公园面积较小，推动山区镇村发展，整治沿街小区外立面。'
		]);
	});

	it('does not take a name the gazetteer already knows', () => {
		expect(named('持续擦亮春熙路商圈金字招牌，优化天府大道沿线交通。')).toEqual([]);
	});
});

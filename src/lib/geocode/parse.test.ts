// Behaviour of the geoparser on the names the Chengdu texts make hard: one name for several places,
// compounds that are not places at all, short forms that need a scope, titles, lists and elisions.
// Expected places are read off the Chinese text, not off the parser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './gazetteer';
import { createGeoparser, type Found } from './parse';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../geo/${name}`, import.meta.url), 'utf8'));
const gazetteer = loadGazetteer(read('places.geojson'), read('curated.json'), read('unlocated.json'));
const parser = createGeoparser(gazetteer);

const parse = (text: string, scope = 'city'): Found[] => parser.parse(text, scope);
/** [surface, place] of every name found, in reading order. */
const pairs = (text: string, scope = 'city') => parse(text, scope).map((f) => [f.surface, f.place]);
const places = (text: string, scope = 'city') => parse(text, scope).map((f) => f.place);

describe('锦江: district, river, or a longer name', () => {
	it('锦江区 is the district', () => {
		expect(pairs('锦江区将深入实施创新驱动发展战略')).toEqual([['锦江区', 'jinjiang']]);
	});

	it('bare 锦江 in the district’s own scope is the district', () => {
		expect(pairs('持续提升锦江共担城市功能和发展重任的能力水平', 'jinjiang')).toEqual([['锦江', 'jinjiang']]);
		expect(places('不断加强法治锦江、智慧锦江、平安锦江建设', 'jinjiang')).toEqual(['jinjiang', 'jinjiang', 'jinjiang']);
	});

	it('锦江 with water words around it is the river', () => {
		expect(pairs('提升打造夜游锦江等10个生态价值转化示范品牌')).toEqual([['锦江', 'jinjiang-river']]);
		expect(pairs('锦江沿岸')).toEqual([['锦江', 'jinjiang-river']]);
		expect(pairs('锦江、沱江流域水生态综合治理不断深化')).toEqual([
			['锦江', 'jinjiang-river'],
			['沱江', 'tuojiang']
		]);
	});

	it('锦江 before its communities’ work is the district (锦江社区治理), not the river nor a community named 锦江社区', () => {
		expect(pairs('加强锦江社区治理')).toEqual([['锦江', 'jinjiang']]);
		expect(pairs('推进锦江社区发展治理和社区服务')).toEqual([['锦江', 'jinjiang']]);
		// A town's community so named is a community no map shows.
		expect(parse('九江街道锦江社区').map((f) => [f.surface, f.place])).toEqual([
			['九江街道', 'jiujiangjiedao'],
			['锦江社区', null]
		]);
	});

	it('锦江 and 都江堰 in a list of districts are districts (锦江、青羊、金牛…等中心城区)', () => {
		expect(places('支持锦江、青羊、金牛、武侯、成华等中心城区开展老旧小区改造')).toEqual([
			'jinjiang',
			'qingyang',
			'jinniu',
			'wuhou',
			'chenghua',
			'zhongyouquyu'
		]);
		expect(places('推动彭州、都江堰发展生态旅游')).toEqual(['pengzhou', 'dujiangyan']);
		// A list of rivers stays one: 沱江 is no district.
		expect(places('推进锦江、沱江水环境治理')).toEqual(['jinjiang-river', 'tuojiang']);
	});

	it('都江堰 is the irrigation works by its works and its scenic area, and the city elsewhere', () => {
		expect(places('推进都江堰精华灌区建设')).toEqual(['dujiangyanshuiligongcheng']);
		expect(places('提升都江堰景区品质，拜水都江堰')).toEqual(['dujiangyanshuiligongcheng', 'dujiangyanshuiligongcheng']);
		expect(places('保护都江堰的灌溉体系')).toEqual(['dujiangyanshuiligongcheng']);
		expect(places('支持都江堰建设国际旅游城市')).toEqual(['dujiangyan']);
	});

	it('都江堰 is the works in the city’s own text too, by its scenic area, its festival and 青城山', () => {
		const works = 'dujiangyanshuiligongcheng';
		expect(places('都江堰景区全年接待游客超过1000万人次', 'dujiangyan')).toEqual([works]);
		expect(places('每年清明节期间举办都江堰清明放水节', 'dujiangyan')).toEqual([works]);
		expect(places('青城山、都江堰两大核心景区客流占全市七成', 'dujiangyan')).toEqual(['qingchengshan', works]);
		expect(places('举办青城山—都江堰双遗马拉松', 'dujiangyan')).toEqual(['qingchengshan', works]);
		// …and by the heritage it is and its yearly repairs.
		expect(places('都江堰作为世界文化遗产和世界灌溉工程遗产，今冬春岁修已全面完工', 'dujiangyan')).toEqual([works]);
		expect(places('都江堰今冬春岁修已于3月上旬全面完工')).toEqual([works]);
		expect(places('支持都江堰建设国际旅游城市', 'dujiangyan')).toEqual(['dujiangyan']);
		expect(places('都江堰—彭州旅游环线', 'dujiangyan')).toEqual(['dujiangyan', 'pengzhou']);
	});

	it('夜游锦江 and 锦江沿岸 stay the river inside the district’s own scope', () => {
		expect(places('打造夜游锦江品牌', 'jinjiang')).toEqual(['jinjiang-river']);
		expect(places('锦江沿岸', 'jinjiang')).toEqual(['jinjiang-river']);
		expect(places('锦江区将依托锦江、沙河两条河流', 'jinjiang')).toEqual(['jinjiang', 'jinjiang-river', 'shahe']);
	});

	it('沿锦江 and 锦江畔 are the river, before any verb', () => {
		expect(places('沿锦江打造消费场景')).toEqual(['jinjiang-river']);
		expect(places('在锦江畔举办音乐季')).toEqual(['jinjiang-river']);
		expect(places('锦江打造国际消费中心城市核心区')).toEqual(['jinjiang']);
	});

	it('锦江公园 and 锦江城市会客厅 are places of their own (longest match)', () => {
		expect(pairs('加快建设锦江公园', 'jinjiang')).toEqual([['锦江公园', 'jinjiang-park']]);
		expect(pairs('以锦江城市会客厅为载体打造国际交流交往引领区', 'jinjiang')).toEqual([
			['锦江城市会客厅', 'jinjiangchengshihuiketing']
		]);
	});

	it('南河 is the 锦江 where the 锦江 flows, another river elsewhere (邛崃, 新津)', () => {
		expect(pairs('加快南河两岸城市更新')).toEqual([['南河', 'jinjiang-river']]);
		expect(pairs('加快南河两岸城市更新', 'qingyang')).toEqual([['南河', 'jinjiang-river']]);
		expect(parse('深入实施南河、白沫江流域综合治理', 'qionglai').map((f) => [f.surface, f.place, f.unknown])).toEqual([
			['南河', null, true],
			['白沫江', 'baimojiang', undefined]
		]);
		expect(places('南河城市生态廊道项目', 'xinjin')).toEqual([null]);
		// The river's own name is no other's: 锦江 in a text of 邛崃 is still the 锦江.
		expect(places('锦江沿岸', 'qionglai')).toEqual(['jinjiang-river']);
	});
});

describe('龙泉: 龙泉驿区 against the mountain and its compounds', () => {
	it('龙泉驿区 is the district', () => {
		expect(pairs('龙泉驿区')).toEqual([['龙泉驿区', 'longquanyi']]);
	});

	it('龙泉山, 龙泉山城市森林公园 and 龙泉汽车城 are not the district', () => {
		expect(pairs('提升打造龙泉山观日出')).toEqual([['龙泉山', 'longquanshan']]);
		expect(pairs('实施龙泉山城市森林公园增绿增景7万亩')).toEqual([['龙泉山城市森林公园', 'longquanshan-forest-park']]);
		expect(pairs('依托龙泉汽车城等5个协同发展地')).toEqual([['龙泉汽车城', 'longquanqichecheng']]);
	});
});

describe('天府 compounds', () => {
	it('天府新区, 天府国际机场 and 天府绿道 are places', () => {
		expect(pairs('天府新区、天府国际机场、天府绿道')).toEqual([
			['天府新区', 'tianfuxinqu'],
			['天府国际机场', 'tianfu-airport'],
			['天府绿道', 'tianfu-greenway']
		]);
	});

	it('天府文化, 天府粮仓, 天府实验室 and 天府工匠 are not places', () => {
		expect(parse('让天府文化“活起来”“潮起来”')).toEqual([]);
		// …nor does a name start inside 天府 (天府河湖文化周 holds no 府河).
		expect(parse('举办第二届“天府河湖文化周”')).toEqual([]);
		expect(pairs('整治府河')).toEqual([['府河', 'jinjiang-river']]);
		expect(parse('打造更高水平“天府粮仓”')).toEqual([]);
		expect(parse('全力争创第二批天府实验室')).toEqual([]);
		expect(parse('引育一批高层次人才和卓越工程师、“天府工匠”队伍')).toEqual([]);
	});

	it('水井坊 is the block, the liquor brand’s names are not places', () => {
		expect(pairs('推进水井坊、文殊院片区业态提升')).toEqual([
			['水井坊', 'shuijingfang'],
			['文殊院', 'wenshuyuan']
		]);
		expect(parse('水井坊酒业、水井坊股份')).toEqual([]);
	});

	it('天府文化公园 is a place although 天府文化 is not', () => {
		expect(pairs('青羊还将加快推进天府文化公园建设').map(([, p]) => p)).toContain('tianfuwenhuagongyuan');
	});
});

describe('railway stations by the metro stops named for them, and names left bare on purpose', () => {
	it('成都南站 and 成都天府站 (天府新站) are the stations 火车南站 and 天府站 stand for; 火车东站 is 成都东站', () => {
		expect(places('成都南站、成都天府站、天府新站、火车东站')).toEqual(['huochenanzhan', 'tianfuzhan', 'tianfuzhan', 'chengdu-east-station']);
	});

	it('a station named with its mode is the station, not the street or the square: 春熙路地铁站, 天府广场、春熙路地铁站', () => {
		expect(pairs('春熙路地铁站C口临时封闭')).toEqual([['春熙路地铁站', 'chunxiluzhan']]);
		expect(places('天府广场、春熙路地铁站客流较大')).toEqual(['tianfuguangchangzhan', 'chunxiluzhan']);
		expect(places('春熙路步行街客流较大')).toEqual(['chunxilu']);
	});

	it('places a cited page puts in a district or by a metro stop: 虹口, 丹景山, 天府牧山数字新城, 飞沙堰', () => {
		expect(places('虹口、丹景山、天府牧山数字新城、飞沙堰')).toEqual(['hongkou', 'danjingshan', 'mushan-digital-city', 'feishayan']);
	});

	it('the quarter around a hub by the name its source gives it: 火车北站片区 is 蓉北商圈, 火车北站 the station', () => {
		expect(places('加快火车北站片区综合改造，优化火车北站交通组织')).toEqual(['rongbeishangquan', 'huochebeizhan']);
	});

	it('a park by the head of its name, as its district’s news call it: 鲁家滩, 鲁家滩湿地 (鲁家滩湿地公园)', () => {
		expect(places('鲁家滩湿地迎来客流高峰，鲁家滩二期将开工')).toEqual(['lujiatanshidigongyuan', 'lujiatanshidigongyuan']);
	});

	it('towns named by their stems beside another of their district’s (大弯—大同, 清泉、福洪) are those towns; a stem alone is not', () => {
		expect(pairs('以大弯—大同城区为西翼，推进龙泉山城市森林公园（福洪、清泉片区）增绿增景')).toEqual([
			['大弯', 'dawanjiedao'],
			['大同', 'datongjiedao'],
			['龙泉山城市森林公园', 'longquanshan-forest-park'],
			['福洪', 'fuhongzhen'],
			['清泉片区', 'qingquanzhen']
		]);
		expect(places('大同小异，清泉石上流，草池、贾家')).toEqual(['caochijiedao', 'jiajiajiedao']);
		// The items of a list of towns are towns, though a name is also a mountain's; a list of mountains is not.
		expect(places('把龙门山、白鹿、丹景山等镇的景点串珠成链')).toEqual(['longmenshanzhen', 'bailuzhen', 'danjingshanzhen']);
		expect(places('登龙门山、丹景山等名山')).toEqual(['longmenshan', 'danjingshan']);
		// …whatever kind of town closes it: 等古镇, 等历史文化名镇.
		expect(places('白鹿、洛带等历史文化名镇节假日游客集中')).toEqual(['bailuzhen', 'luodaizhen']);
		// …or a count of them, with or without 等; a stem that names a street or a hill too is its town there, the first item's read
		// from its end (辖锦官驿…): 锦华路街道, 狮子山街道.
		expect(places('锦江区辖锦官驿、锦华路、春熙路、沙河、狮子山、三圣6个街道')).toEqual(['jinjiang', 'jinguanyijiedao', 'jinhualujiedao', 'chunxilujiedao', 'shahejiedao', 'shizishanjiedao', 'sanshengjiedao']);
		expect(places('工程涉及书院街、成龙路等2个街道')).toEqual(['shuyuanjiejiedao', 'chenglonglujiedao']);
		expect(places('全区共有11个街道，沿沙河、春熙路布点')).toEqual(['shahe', 'chunxilu']);
		// A town may be known by another of its names' stems: 街子 of 街子古镇, which is 街子镇 too.
		expect(pairs('以街子、元通、怀远三大古镇为支撑')).toEqual([
			['街子', 'jiezi-guzhen'],
			['元通', 'yuantongzhen'],
			['怀远', 'huaiyuanzhen']
		]);
		// …and a river's stretch named by the one town of that stem it runs by: 江安河永宁段, 毗河清泉段 (not a stem no river names).
		expect(pairs('完成江安河永宁段岸线整治，推进毗河清泉段水生态治理，永宁段路面改造')).toEqual([
			['江安河', 'jianganhe'],
			['永宁', 'yongningjiedao'],
			['毗河', 'pihe'],
			['清泉', 'qingquanzhen']
		]);
		// …where the second ends as a town's name would: 鹤鸣山 is the mountain.
		expect(places('安仁古镇、花水湾、鹤鸣山等景区人气攀升', 'dayi')).toEqual(['anren-guzhen', 'huashuiwanzhen', 'hemingshan']);
		// A two-character stem names its town after the town's full name, where the stem ends (道明将…), not in a name of
		// its own (文君井, 菁蓉汇) nor where no full name came before.
		expect(places('推进道明镇竹艺村建设。道明将打造竹编产业')).toEqual(['daomingzhen', 'zhuyicun', 'daomingzhen']);
		expect(places('道明将打造竹编产业')).toEqual([]);
		// …and before its 场镇, the town's built-up centre (聚源场镇老街风貌整治).
		expect(places('聚源镇今年将完成聚源场镇老街风貌整治')).toEqual(['juyuanzhen', 'juyuanzhen']);
		// A town's own name holds its stem before another place's old name does: 三圣 is 三圣街道's, not 三圣花乡's (once 三圣乡).
		expect(places('三圣街道实施成龙大道三圣段整治，提升三圣花乡')).toEqual(['sanshengjiedao', 'sanshengjiedao', 'sanshenghuaxiang']);
		// …or right after its district's name, not another district's.
		expect(places('郫都区犀浦等地、新都区大丰等地')).toEqual(['pidu', 'xipujiedao', 'xindu', 'dafengjiedao']);
		expect(places('锦江区犀浦等地')).toEqual(['jinjiang']);
		// A wetland park by the name of its wetland.
		expect(places('提升白鹭湾湿地服务功能')).toEqual(['bailuwanshidigongyuan']);
		// A station's development (TOD) after its short name is at the station; not the city's (成都TOD).
		expect(places('推进韦家碾TOD项目，打造成都TOD品牌')).toEqual(['weijianianzhan']);
		// A line's row of a table names its stretch's ends by their stations' short names, in the cell after the line's.
		expect(places('8号线二期｜十里店—龙潭寺、莲花—龙港｜空载试运行')).toEqual(['metro-8', 'shilidianzhan', 'longtansizhan', 'lianhuazhan', 'longgangzhan']);
		expect(places('8号线二期将延伸，十里店—龙潭寺段')).toEqual(['metro-8']);
		// A river's monitoring section named after its town is at the town.
		expect(places('锦江出境黄龙溪断面水质达到Ⅱ类')).toEqual(['jinjiang-river', 'huanglongxizhen']);
		expect(places('黄龙溪水质达到Ⅱ类')).toEqual([]);
		expect(places('文君街道…修复文君井、文君街')).toEqual(['wenjunjiedao', 'wenjunjing']);
		// A quarter a qualifier names is another one: 外光华片区.
		expect(places('打造外光华片区')).toEqual([]);
		// A town's quarter by its stem (犀浦片区), however short; not a stem that is a word too (幸福片区).
		expect(pairs('启动荷花池片区和犀浦片区更新，打造幸福片区')).toEqual([
			['荷花池片区', 'hehuachijiedao'],
			['犀浦片区', 'xipujiedao']
		]);
		// …and its shopping quarter (荷花池商圈), unless that is a place of its own (建设路商圈); not a word's (幸福商圈).
		expect(pairs('在荷花池商圈举办服装消费节，提升建设路商圈、幸福商圈')).toEqual([
			['荷花池商圈', 'hehuachijiedao'],
			['建设路商圈', 'jianshelu']
		]);
		// …and its old town, which a plan renews.
		expect(pairs('推进大弯老城有机更新')).toEqual([['大弯老城', 'dawanjiedao']]);
		// …and the centre a plan builds there.
		expect(pairs('建设柳城城市主中心和金马城市次中心')).toEqual([
			['柳城城市主中心', 'liuchengjiedao'],
			['金马城市次中心', 'jinmajiedao']
		]);
		// A stem that is a street's name is the street's (建设路 of 建设路街道).
		expect(places('推进建设路、府青路沿线整治')).toEqual([]);
	});

	it('a town’s stem of three characters is its short form (三道堰 in a text of 郫都, in a list, after its full name), unless it names a river or a bench', () => {
		expect(pairs('欢迎大家到三道堰看水乡', 'pidu')).toEqual([['三道堰', 'sandaoyanzhen']]);
		expect(places('欢迎大家到三道堰看水乡')).toEqual([]);
		expect(places('在荷花池、驷马桥一带')).toEqual(['hehuachijiedao', 'simaqiaojiedao']);
		expect(places('家住茶店子街道的居民说，茶店子变化很大')).toEqual(['chadianzijiedao', 'chadianzijiedao']);
		// …whatever name of its place the town is known by: 红牌楼街道 of 红牌楼片区.
		expect(places('推动红牌楼、簇桥社区商业提档升级', 'wuhou')).toEqual(['hongpailou', 'cuqiao']);
		// 跳蹬河 is the river the 街道 is named after; 石板凳 is a bench.
		expect(places('推进跳蹬河、府河治理，坐在石板凳、长椅上', 'chenghua').filter((p) => p === 'tiaodenghejiedao' || p === 'shibandengjiedao')).toEqual([]);
	});

	it('a place’s short form stands for it in its district’s own texts: 医学城 is 温江’s 成都医学城 there, not in 金牛 or 东部新区', () => {
		expect(pairs('在医学城工作了8年', 'wenjiang')).toEqual([['医学城', 'chengdu-yixuecheng']]);
		expect(pairs('推进天回镇片区开发，打造国际医学城', 'jinniu').filter(([s]) => s === '医学城')).toEqual([]);
		expect(pairs('成都未来医学城二期开工', 'jianyang')).toEqual([['成都未来医学城', 'chengdu-weilaiyixuecheng']]);
		// …and 经开区 is 龙泉驿's 成都经济技术开发区 there, not 彭州's.
		expect(pairs('以经开区、东安新城为主战场', 'longquanyi').filter(([s]) => s === '经开区')).toEqual([['经开区', 'chengdu-jingkaiqu']]);
		expect(pairs('推进经开区扩区调位', 'pengzhou').filter(([s]) => s === '经开区')).toEqual([]);
		// So 宝光 of 宝光桂湖 in 新都, 玉林 and 少城 in their districts' texts, 安仁 in 大邑's; 玉林 alone elsewhere is the city of 广西.
		expect(pairs('实施宝光桂湖景区提质工程', 'xindu')).toEqual([['宝光', 'baoguangsi'], ['桂湖', 'guihugongyuan']]);
		expect(pairs('推进玉林、倪家桥片区“小店经济”示范', 'wuhou')[0]).toEqual(['玉林', 'yulin']);
		expect(pairs('打造安仁至新场“川西林盘”示范带', 'dayi')[0]).toEqual(['安仁', 'anren-guzhen']);
		expect(pairs('游客前往安仁参观', 'city')).toEqual([]);
		expect(pairs('少城历史文化街区', 'qingyang')).toEqual([['少城', 'shaocheng']]);
		// 东郊 is 成华's old industrial quarter there, and by its full names anywhere; elsewhere it is any town's east side.
		expect(pairs('东郊老厂区宿舍改造', 'chenghua')).toEqual([['东郊', 'dongjiao']]);
		expect(pairs('成都东郊工业区', 'city')).toEqual([['成都东郊工业区', 'dongjiao']]);
		expect(pairs('县城东郊新建物流园', 'jintang')).toEqual([]);
		expect(pairs('广西玉林客商来蓉考察', 'city')).toEqual([]);
		// …and 空港商务区 is 双流's business district by its airport there, not one of 东部新区's 空港新城.
		expect(pairs('空港商务区新增总部企业12家', 'shuangliu')).toEqual([['空港商务区', 'guojikonggangshangquan']]);
		expect(pairs('推动空港商务区首批商务楼宇封顶', 'dongbuxinqu')).toEqual([]);
		// So is its 航空经济区, which its district's own name before it does not hide: 双流区航空经济区.
		expect(pairs('双流区航空经济区和空港商务区高质量发展', 'shuangliu')).toEqual([['双流区', 'shuangliu'], ['航空经济区', 'shuangliu-hangkong-jingjiqu'], ['空港商务区', 'guojikonggangshangquan']]);
		expect(pairs('壮大航空经济区规模', 'city')).toEqual([]);
		// Its committee is an office, as a zone's is: 牵头单位：航空经济区管委会.
		expect(parse('牵头单位：航空经济区管委会', 'shuangliu').map((f) => [f.surface, f.title])).toEqual([['航空经济区', true]]);
	});

	it('a short form after its place’s full name goes on naming it: 天府国际生物城…生物城二期; alone it names nothing', () => {
		expect(places('在天府国际生物城，今年将加快生物城二期建设')).toEqual(['tianfuguojishengwucheng', 'tianfuguojishengwucheng']);
		expect(places('加快生物城二期建设')).toEqual([]);
		// A line's short form needs its rail word still: 成渝客专 is the line, 成渝“一家亲” no line.
		expect(places('成渝客专加快建设，成渝“一家亲”心手相连')).toEqual(['chengyugaosutielu']);
	});

	it('…and after the document named it before: 成都医学城投资指南 … 医学城已集聚; not in a programme’s name', () => {
		const named = new Set(['chengdu-yixuecheng', 'zhongyouquyu', 'nantuoquyu']);
		expect(parser.parse('医学城已集聚创新平台86个', 'city', named).map((f) => f.place)).toEqual(['chengdu-yixuecheng']);
		expect(parser.parse('实施“医学城英才计划”', 'city', named).map((f) => f.place)).toEqual([]);
		expect(places('深化“成华英才”引育工程，建设成华人才公寓', 'chenghua')).toEqual(['chenghua']);
		// The words the regions' short names are halves of stay words: 集中优势, 向南拓展.
		expect(parser.parse('集中优势资源，向南拓展空间', 'city', named).map((f) => f.place)).toEqual([]);
	});

	it('a quoted short form is a name (“北改”的主战场), the bare word inside another is not (集中优势)', () => {
		expect(places('作为成都“北改”的主战场，金牛区')).toEqual(['beigaiquyu', 'jinniu']);
		expect(places('香城加快融入「北改」大局')).toEqual(['xindu', 'beigaiquyu']);
		expect(places('坚持“中优”与东进、南拓协同')).toEqual(['zhongyouquyu', 'dongjinquyu', 'nantuoquyu']);
		expect(places('集中优势资源，推动北改革开放')).toEqual([]);
	});

	it('水井坊 and 玉林 alone are a liquor brand and a city of 广西; their 街区 and 片区 are places', () => {
		expect(places('品鉴水井坊酒，途经广西玉林')).toEqual([]);
		expect(places('提升水井坊历史文化街区、玉林片区')).toEqual(['shuijingfang', 'yulin']);
	});
});

describe('成渝: strategy word or railway', () => {
	it('成渝地区双城经济圈 is not a place', () => {
		expect(parse('坚定不移推动成渝地区双城经济圈建设')).toEqual([]);
	});

	it('成渝高铁 and 成渝中线高铁 are lines', () => {
		expect(pairs('成渝高铁')).toEqual([['成渝高铁', 'chengyugaosutielu']]);
		expect(pairs('提速建设成渝中线高铁')).toEqual([['成渝中线高铁', 'chengyuzhongxiangaosutielu']]);
		expect(gazetteer.byId.get('chengyugaosutielu')!.kind).toBe('line');
		expect(gazetteer.byId.get('chengyuzhongxiangaosutielu')!.kind).toBe('line');
	});

	it('中欧班列（成渝） is a train brand, not the 成渝 line, though 线路 follows', () => {
		expect(parse('加密中欧班列（成渝）线路')).toEqual([]);
	});

	it('a functional area’s text gives 成渝 no rail word: the line and the area have no district, which is no shared one', () => {
		expect(parse('加快推进成渝（兴隆湖）综合性科学中心建设', 'tianfuxinqu').map((f) => f.place)).toEqual(['xinglonghu']);
		expect(parse('成渝地区双城经济圈建设', 'dongbuxinqu')).toEqual([]);
	});
});

describe('titles and offices', () => {
	// Whether the text names places only as offices: no mentions, read for the words around them.
	const bodies = (text: string, scope = 'city') => {
		const found = parse(text, scope);
		return found.length > 0 && found.every((f) => f.title && f.body);
	};

	it('a district inside an official’s title is a mention flagged title', () => {
		const found = parse('成都市锦江区委书记陈志勇说');
		expect(found.map((f) => [f.surface, f.place, f.title])).toEqual([['锦江区', 'jinjiang', true]]);
	});

	it('a town’s officials are titles too (弥牟镇党委书记); its office is no place (保和街道办事处)', () => {
		expect(parse('曾任弥牟镇党委书记').map((f) => [f.place, f.title])).toEqual([['mimuzhen', true]]);
		// …and a district's deputies to the congress; their delegation is no place.
		expect(parse('针对青白江区代表提出的建议').map((f) => [f.place, f.title])).toEqual([['qingbaijiang', true]]);
		expect(bodies('周敏（龙泉驿区代表团）')).toBe(true);
		expect(bodies('由保和街道办事处负责')).toBe(true);
		expect(parse('在保和街道新建社区公园').map((f) => [f.place, f.title])).toEqual([['baohejiedao', false]]);
		// …nor does a town with a district's bureau it works with name an office: the town is where they work.
		for (const text of ['九江街道会同区水务局完成改造', '西航港街道和区水务局要督促施工单位', '玉林街道联合区综合执法局开展整治'])
			expect(parse(text).map((f) => f.title)).toEqual([false]);
	});

	it('an office’s name is no place (青羊区人民政府, 锦江区商务局); its holder’s title holds one (新都区委书记)', () => {
		expect(parse('中共成都市新都区委书记').map((f) => [f.place, f.title])).toEqual([['xindu', true]]);
		expect(bodies('青羊区人民政府')).toBe(true);
		expect(bodies('由锦江区商务局、武侯区商务局牵头')).toBe(true);
		// …nor the office in charge of a field (青白江区规划主管部门, 成都高新区经济运行主管部门); a district that sets up its own does work (金牛区还建立了由区级主管部门牵头…).
		expect(bodies('报青白江区规划主管部门审定')).toBe(true);
		expect(bodies('金牛区还建立了由区级主管部门牵头的联合审查机制')).toBe(false);
		// …nor a branch's named after its district (成都农村产权交易所郫都分所, 郫都支行).
		expect(bodies('成都农村产权交易所郫都分所交易大厅', 'pidu')).toBe(true);
		expect(bodies('郫都区委、彭州市政府任组长')).toBe(true);
		// …nor a residents' or villagers' committee by its full name, a custodian (青城山镇青城社区居民委员会); its short name is where it sits (明月村村委会).
		expect(bodies('由青城山镇青城社区居民委员会负责管护')).toBe(true);
		expect(bodies('起点设在甘溪镇明月村村委会')).toBe(false);
		// …nor a community named after it: 四川天府新区社区治理和社事局 is the new district's office of community affairs.
		expect(bodies('四川天府新区社区治理和社事局')).toBe(true);
		// …nor a congress's or a party's numbered body, nor a numbered event of its own (annotators leave all of them out).
		expect(bodies('中国共产党简阳市第十四届委员会第九次全体会议通过')).toBe(true);
		expect(bodies('中国共产党成都市双流区第十五届委员会第九次全体会议公报')).toBe(true);
		expect(bodies('在成都市新都区第十九届人民代表大会第五次会议上')).toBe(true);
		expect(bodies('办好郫都区第十一届运动会')).toBe(true);
		// A committee's main leader is a holder's title, whoever's committees are listed before it.
		const held = (text: string) => parse(text).map((f) => [f.place, f.title, f.body ?? false]);
		expect(held('龙泉驿区委主要负责同志表示')).toEqual([['longquanyi', true, false]]);
		expect(held('郫都区委、彭州市委主要负责同志任组长')).toEqual([['pidu', true, false], ['pengzhou', true, false]]);
		expect(parse('郫都区委、彭州市政府主要负责同志').map((f) => f.body ?? false)).toEqual([true, false]);
		expect(bodies('温江区交通运输局相关负责人表示')).toBe(true);
		// A district's or a town's own spokesman holds its name, as an official's title does: a mention, no commitment.
		expect(parse('青白江区相关负责人表示，万春镇、寿安镇负责同志介绍').map((f) => [f.place, f.title, f.body])).toEqual([
			['qingbaijiang', true, undefined],
			['wanchunzhen', true, undefined],
			['shouanzhen', true, undefined]
		]);
		expect(parse('青羊区将努力').map((f) => [f.place, f.title])).toEqual([['qingyang', false]]);
		// The districts listed before an office name its offices too: 锦江、青羊、成华区人民政府.
		expect(bodies('锦江、青羊、成华区人民政府为责任主体')).toBe(true);
		expect(parse('锦江、青羊、成华区将努力').map((f) => f.title)).toEqual([false, false, false]);
		// …and the district before a town's office (成华区双桥子街道办事处), an office's 管理办公室 too; not a district before a town.
		expect(bodies('征收实施单位：成都市成华区双桥子街道办事处。')).toBe(true);
		expect(bodies('成都市成华区房屋征收与补偿管理办公室')).toBe(true);
		// …and a service's station, post or office (成华区排水管理站, 青羊区市政设施管理所); not a district that builds one.
		expect(bodies('值守单位：成华区排水管理站')).toBe(true);
		expect(bodies('青羊区市政设施管理所')).toBe(true);
		expect(parse('锦江区将新建排水管理站3座').map((f) => f.title)).toEqual([false]);
		// …and its river chiefs' office (锦江区河长办, 青白江区河长制办公室), not a river chief, who is a person.
		expect(bodies('牵头单位：锦江区河长办')).toBe(true);
		expect(bodies('青白江区河长制办公室')).toBe(true);
		expect(bodies('锦江区河长张三巡河')).toBe(false);
		// …and the group that leads a district's or a zone's work (郫都区乡村振兴工作领导小组, 成都医学城建设领导小组).
		expect(bodies('郫都区乡村振兴工作领导小组办公室')).toBe(true);
		expect(bodies('成立成都医学城建设领导小组')).toBe(true);
		expect(parse('在成华区双桥子街道新建社区公园').map((f) => f.title)).toEqual([false, false]);
		// A district's police brigade (锦江交警大队) is an office, not the river; so is one named by its district alone in a notice
		// of the traffic police (第二分局锦江大队).
		expect(bodies('锦江交警大队将在沿线增派警力')).toBe(true);
		expect(bodies('温江交警在光华大道新增护学岗14处')).toBe(true);
		expect(bodies('第一分局武侯大队、第二分局锦江大队将增派警力')).toBe(true);
		expect(bodies('锦江区消防救援大队、青羊区消防救援大队')).toBe(true);
	});

	it('a laboratory named after a place is an institution, no place: 天府兴隆湖实验室, 天府锦城实验室', () => {
		expect(bodies('支持天府兴隆湖实验室、天府锦城实验室加快建设永久场所')).toBe(true);
		expect(parse('永久场所选址兴隆湖西侧').map((f) => [f.place, f.title])).toEqual([['xinglonghu', false]]);
	});

	it('a company a district owns is no place: 成都成华城市建设投资有限责任公司', () => {
		expect(bodies('实施单位为成都成华城市建设投资有限责任公司')).toBe(true);
		// …nor a group it owns (成华文旅集团), nor the number of a document its office issues (成华府办发〔2025〕7号).
		expect(bodies('鼓励成华文旅集团等国有企业参与片区更新', 'chenghua')).toBe(true);
		expect(bodies('成华府办发〔2025〕7号', 'chenghua')).toBe(true);
		expect(parse('成华区推进集团化办学', 'chenghua').map((f) => [f.place, f.title])).toEqual([['chenghua', false]]);
		expect(parse('成华区引进公司总部20家').map((f) => [f.place, f.title])).toEqual([['chenghua', false]]);
		// …nor a family farm or a cooperative registered there (成都市龙泉驿区桃源水蜜桃种植家庭农场, 崇州市怀远藤编专业合作社); the district's own farms are its.
		expect(bodies('1｜成都市龙泉驿区桃源水蜜桃种植家庭农场｜水果种植', 'longquanyi')).toBe(true);
		expect(bodies('陈德明（崇州市怀远藤编专业合作社）')).toBe(true);
		expect(parse('龙泉驿区新增家庭农场20家').map((f) => [f.place, f.title])).toEqual([['longquanyi', false]]);
	});

	it('the functional areas’ officials are titles too (天府新区党工委书记, 东部新区管委会主任); their offices are no places', () => {
		expect(parse('天府新区党工委书记表示').map((f) => [f.place, f.title])).toEqual([['tianfuxinqu', true]]);
		expect(parse('东部新区管委会主任表示').map((f) => [f.place, f.title])).toEqual([['dongbuxinqu', true]]);
		expect(bodies('东部新区管委会相关负责人说')).toBe(true);
		expect(bodies('四川天府新区成都管理委员会印发')).toBe(true);
		expect(bodies('责任单位：天府新区成都管委会')).toBe(true);
		// …nor their bureaus.
		expect(bodies('发布单位：成都国际铁路港经开区投资服务局')).toBe(true);
		expect(bodies('四川天府新区成都直管区公园城市局')).toBe(true);
		// …and those listed before one of them: an addressee line.
		expect(bodies('成都东部新区、成都高新区、四川天府新区成都直管区管委会：')).toBe(true);
		expect(bodies('责任单位：成都东部新区、四川天府新区成都直管区、成都高新区管委会，市住建局')).toBe(true);
		// A zone's committee is an office too: 铁路港经开区管委会.
		expect(bodies('成都国际铁路港经开区管委会各局（中心）：')).toBe(true);
		expect(parse('推进铁路港经开区建设').map((f) => [f.place, f.title])).toEqual([['tielugang-jingkaiqu', false]]);
		// …and so is a zone's office (…管理局): 成都科学城管理局, 天府总部商务区管理局.
		expect(parse('成都科学城管理局、天府总部商务区管理局，有关直属国有企业').map((f) => f.title)).toEqual([true, true]);
		expect(parse('加快成都科学城建设').map((f) => f.title)).toEqual([false]);
	});

	it('布局 after a district is a verb, not an office (…局), nor are 局面, 局地, 局部', () => {
		expect(parse('在双流、龙泉驿布局城市配送中心').map((f) => [f.place, f.title])).toEqual([
			['shuangliu', false],
			['longquanyi', false]
		]);
		expect(bodies('龙泉驿区公园城市局')).toBe(true);
		expect(bodies('青羊区公园城市建设和城市更新局')).toBe(true);
		expect(bodies('锦江区融媒体中心')).toBe(true);
		expect(bodies('“智慧蓉城”青羊区分中心')).toBe(true);
		expect(parse('锦江区扭转被动局面').map((f) => [f.place, f.title])).toEqual([['jinjiang', false]]);
		// Nor is local (局地) or partial (局部): 金牛区、成华区局地最大小时降雨量.
		expect(parse('金牛区、成华区局地最大小时降雨量达98.6毫米，锦江区局部积水').map((f) => [f.place, f.title])).toEqual([
			['jinniu', false],
			['chenghua', false],
			['jinjiang', false]
		]);
	});

	it('a district head (区长, 副区长) is a title as much as a party secretary', () => {
		expect(parse('成都市锦江区区长徐江表示').map((f) => [f.place, f.title])).toEqual([['jinjiang', true]]);
		expect(parse('青羊区副区长说').map((f) => [f.place, f.title])).toEqual([['qingyang', true]]);
		// …and so is the report its government gives.
		expect(parse('2025年邛崃市政府工作报告').map((f) => [f.place, f.title, f.body ?? false])).toEqual([['qionglai', true, false]]);
		expect(parse('青羊区委常委、副区长说').map((f) => [f.place, f.title])).toEqual([['qingyang', true]]);
		// …as is the one in charge of a field, or the executive one.
		expect(parse('由新都区、青白江区分管副区长任召集人').map((f) => [f.place, f.title])).toEqual([['xindu', true], ['qingbaijiang', true]]);
		expect(parse('金牛区常务副区长表示').map((f) => [f.place, f.title])).toEqual([['jinniu', true]]);
		// …and a town's deputy head, as its head is (曾凡荣（洛带镇副镇长）).
		expect(parse('曾凡荣（洛带镇副镇长）、王建华（洛带镇分管副镇长）').map((f) => [f.place, f.title])).toEqual([['luodaizhen', true], ['luodaizhen', true]]);
	});

	it('a district’s news account is no mention of the district: 锦江发布, 郫都发布公众号', () => {
		expect(parse('原创　锦江发布　2025年05月22日').map((f) => [f.surface, f.body ?? false])).toEqual([['锦江', true]]);
		expect(parse('关注郫都发布公众号').map((f) => [f.surface, f.body ?? false])).toEqual([['郫都', true]]);
		expect(parse('郫都发布消息称').map((f) => [f.surface, f.body ?? false])).toEqual([['郫都', false]]);
	});

	it('a bus route named after its district is no mention of the district: 郫都26路, 双流3路', () => {
		expect(parse('新开郫都26路，双流3路延长运营，郫都区126个项目').map((f) => [f.surface, f.body ?? false])).toEqual([
			['郫都', true],
			['双流', true],
			['郫都区', false]
		]);
		// …nor an express route so named (龙泉快线1路).
		expect(parse('龙泉快线1路调整走向').map((f) => [f.surface, f.body ?? false])).toEqual([['龙泉', true]]);
	});
});

describe('metro lines', () => {
	it('a list of line sections gives one mention per line', () => {
		expect(pairs('开通试运营地铁8号线二期、10号线三期')).toEqual([
			['地铁8号线', 'metro-8'],
			['10号线', 'metro-10']
		]);
	});

	it('knows lines numbered in Chinese numerals (十号线, 二十七号线)', () => {
		expect(places('推进地铁8号线二期、十号线三期、二十七号线一期建设')).toEqual(['metro-8', 'metro-10', 'metro-27']);
		expect(places('开通地铁十八号线')).toEqual(['metro-18']);
	});

	it('knows a regional line by its S number wherever it stands: 成资市域铁路S3线', () => {
		expect(places('成资市域铁路S3线开通运营')).toEqual(['metro-s3']);
	});
});

describe('公园城市', () => {
	it('is the planning idea, not a park that ends its first words', () => {
		expect(places('奋力建设践行新发展理念的天府公园城市')).toEqual([]);
		expect(places('推进天府公园提质改造')).toEqual(['tianfugongyuan']);
		expect(places('建设龙泉山城市森林公园城市“绿心”')).toEqual(['longquanshan-forest-park']);
	});
});

describe('short names in lists', () => {
	it('reads the last item of a list of districts as a district too', () => {
		expect(places('推动青白江、龙泉驿、新都物流和汽车产业发展')).toEqual(['qingbaijiang', 'longquanyi', 'xindu']);
	});

	it('reads a short name after 与, 和 or 及 a district, and before a word of working together or a verb', () => {
		expect(places('推进龙泉驿与简阳协同发展')).toEqual(['longquanyi', 'jianyang']);
		expect(places('加强与郫都协作，深化与青白江合作')).toEqual(['pidu', 'qingbaijiang']);
		expect(places('推进宽窄巷子和新都物流')).toEqual(['kuanzhaixiangzi']);
		// The subject of a verb: 支持彭州建设…, 推动新津加快融入….
		expect(places('支持彭州建设川西旅游目的地，推动新津加快融入天府新区')).toEqual(['pengzhou', 'xinjin', 'tianfuxinqu']);
	});

	it('reads a short district name at the end of a route from another: 金堂至简阳快速通道', () => {
		expect(places('加快成都金堂至简阳快速通道建设')).toEqual(['jintang', 'jianyang']);
	});

	it('does not read a short name after a list of another kind', () => {
		expect(places('推进宽窄巷子、新都物流')).toEqual(['kuanzhaixiangzi']);
	});
});

describe('中心城区: the central districts, or what a district aims to be', () => {
	it('is the area, but not after a word ending in 化 or 型', () => {
		expect(places('打通中心城区“断头路”')).toEqual(['zhongyouquyu']);
		expect(places('全力打造航空新城 加快建设国际化中心城区')).toEqual(['qingyanghangkongxincheng']);
		expect(places('优化中心城区功能')).toEqual(['zhongyouquyu']);
	});
});

describe('metro lines by number', () => {
	it('reads the suburban lines of a list that writes 市域铁路 once: 成德、成眉、成资市域铁路', () => {
		expect(places('成德、成眉、成资市域铁路相继开通运营')).toEqual(['chengdexian', 'chengmeixian', 'metro-s3']);
	});

	it('a number holds no line its last digits name: 29号线 is not 9号线, 二十九号线 not 十九号线', () => {
		expect(parse('推进地铁29号线、二十九号线建设')).toEqual([]);
		expect(places('推进19号线、十九号线建设')).toEqual(['metro-19', 'metro-19']);
	});
});

describe('short names resolve by scope', () => {
	it('青羊 is 青羊区 inside its own scope', () => {
		expect(pairs('青羊区将努力以“人文青羊·航空新城”的加速建设', 'qingyang')).toEqual([
			['青羊区', 'qingyang'],
			['青羊', 'qingyang'],
			['航空新城', 'qingyanghangkongxincheng']
		]);
	});

	it('bare 新都 and 香城 are 新都区 in the xindu scope', () => {
		expect(pairs('建设美丽新都', 'xindu')).toEqual([['新都', 'xindu']]);
		expect(pairs('推进香城细管提质增效', 'xindu')).toEqual([['香城', 'xindu']]);
	});

	it('a township whose 乡 begins 乡村 is no township: 复兴乡村, but 复兴乡 and 集贤乡山泉村 are', () => {
		expect(places('推动复兴乡村文化')).toEqual([]);
		expect(places('原复兴乡、集贤乡山泉村')).toEqual(['fuxingxiang', 'jixianxiang']);
	});

	it('a name that ends the word before it gives way to the name it runs into: 完成都江堰市', () => {
		expect(places('完成都江堰市至虹口旅游公路改造')).toEqual(['dujiangyan', 'hongkou']);
		expect(places('建成都江堰精华灌区')).toEqual(['dujiangyanshuiligongcheng']);
		expect(places('建成都市圈同城化示范区')).toEqual([]);
	});

	it('a short name whose first character ends the word before it is no name: 创新都要, 建成华西医院', () => {
		expect(parse('科技创新都要以企业为主体，城市更新都要坚持留改拆并举', 'xindu')).toEqual([]);
		expect(places('建成华西医院东院区二期', 'chenghua')).toEqual(['huaxi-yiyuan']);
		expect(pairs('推进成华区建设，做强成华片区', 'chenghua')).toEqual([
			['成华区', 'chenghua'],
			['成华', 'chenghua']
		]);
	});

	it('a short district name before a place it holds is the district: 大邑西岭雪山, 彭州龙门山湔江河谷', () => {
		expect(places('推进大邑西岭雪山、彭州龙门山湔江河谷生态旅游区建设')).toEqual(['dayi', 'xilingxueshan', 'pengzhou', 'longmenshanjianjianghegu']);
		// 大邑 is no other word, so it is the county wherever it stands; 金牛 is one (金牛奖).
		expect(places('推动大邑文旅发展')).toEqual(['dayi']);
		expect(places('荣获金牛奖')).toEqual([]);
		expect(places('加快双流综合保税区建设，推进温江鱼凫新城')).toEqual(['shuangliu', 'wenjiang']);
		expect(places('推动青白江自贸区扩容，建设双流综合保税区')).toEqual(['qingbaijiang', 'shuangliu']);
		expect(places('提升双流体育中心、温江大学城配套')).toEqual(['shuangliu', 'wenjiang']);
		// A place it has: the match that follows says so.
		expect(pairs('推进新津天府农博园建设')).toEqual([
			['新津', 'xinjin'],
			['天府农博园', 'tianfunongboyuan']
		]);
	});

	it('a short name that is no other word is its district anywhere: 郫都这份攻略, “郫都样板”', () => {
		expect(places('春日限定！郫都这份游玩攻略请收好')).toEqual(['pidu']);
		expect(places('乡村振兴的“郫都样板”')).toEqual(['pidu']);
		expect(places('欢迎大家来龙泉驿看比赛')).toEqual(['longquanyi']);
		// 新都 and 成华 are other words too: alone, outside their scope, they stay unread.
		expect(places('新都市主义的街区设计')).toEqual([]);
	});

	it('a stretch of a river or greenway in a district, and the district’s town, are the district: 府河郫都段, 简阳城区', () => {
		expect(places('重点推进府河郫都段、南河青羊段建设')).toEqual(['jinjiang-river', 'pidu', 'jinjiang-river', 'qingyang']);
		expect(places('加快建设沱江绿道金堂段')).toEqual(['tuojiang', 'jintang']);
		expect(places('启动简阳城区老旧小区改造，打造新都老城文旅街区')).toEqual(['jianyang', 'xindu']);
	});

	it('沙河 is the river on a bank or a stretch of it, where it meets another, or what flows into it: 沙河西岸, 沙河北湖段, 接入沙河', () => {
		expect(places('府青路二段以东至沙河西岸区域')).toEqual(['shahe']);
		expect(places('完成沙河北湖段清淤疏浚')).toEqual(['shahe', 'beihushengtaigongyuan']);
		expect(places('完成沙河洞子口至北湖段河道清淤')).toEqual(['shahe', 'dongzikou', 'beihushengtaigongyuan']);
		expect(places('沙河综合整治提升工程（二期）')).toEqual(['shahe']);
		expect(places('涉及沙河交汇口的，要做好衔接')).toEqual(['shahe']);
		expect(places('新建排口1处接入沙河')).toEqual(['shahe']);
		expect(places('推动沙河滨河绿道与商圈慢行系统贯通')).toEqual(['shahe']);
		expect(places('深化毗河跨界水质共保')).toEqual(['pihe']);
		// A river's name that is no everyday word is the river wherever it stands (将毗河纳入…); 中河 still needs a water word.
		expect(places('将毗河纳入市级幸福河湖建设')).toEqual(['pihe']);
		expect(places('将中河纳入市级幸福河湖建设')).toEqual([]);
		expect(places('实施沙河滨水空间更新')).toEqual(['shahe']);
		expect(places('实施沙河河岸生态修复二期工程')).toEqual(['shahe']);
		expect(places('深化沙河“水岸经济”示范带建设')).toEqual(['shahe']);
		expect(places('沙河流经片区东侧')).toEqual(['shahe']);
		expect(places('沙河出境断面水质稳定达到Ⅲ类')).toEqual(['shahe']);
		// Its banks, waters and reaches, and a walk along it.
		expect(places('陈建华已经在沙河边走了四十多分钟')).toEqual(['shahe']);
		expect(places('夕阳落在沙河水面上')).toEqual(['shahe']);
		expect(places('明年枯水期将对沙河中下游开展清淤')).toEqual(['shahe']);
		expect(places('推进东郊记忆与沙河之间的慢行连接')).toEqual(['dongjiaojiyi', 'shahe']);
		expect(places('沿着沙河走一走')).toEqual(['shahe']);
		// A stretch, a bank, its river chief, its part in a district, or a sentence about it.
		expect(places('驷马桥沙河段滨水步道贯通')).toEqual(['shahe']);
		expect(places('启动沙河堤岸生态提升工程')).toEqual(['shahe']);
		expect(places('沙河区级河长介绍')).toEqual(['shahe']);
		expect(places('完成沙河（成华区境内）滨水空间改造')).toEqual(['shahe', 'chenghua']);
		expect(places('另外，沙河是我区重要的生态廊道')).toEqual(['shahe']);
		expect(places('经研究，沙河属城市行洪河道')).toEqual(['shahe']);
		// Other rivers end so too.
		// …and are told as rivers no map shows when their name surely begins so (白沙河), else left out (扩大沙河绿道).
		expect(pairs('对白沙河受损堤段进行临时封堵，实施白沙河综合整治')).toEqual([['白沙河', null], ['白沙河', null]]);
		expect(pairs('依托白沙河、深溪沟开展漂流')).toEqual([['白沙河', null]]);
		expect(places('扩大沙河绿道覆盖')).toEqual([]);
		expect(places('推进集中河段整治')).toEqual([]);
		expect(places('实施西河（崇州段）堤防提升工程')).toEqual(['xihe', 'chongzhou']);
		// A bank on either hand, the fields it waters, a bridge across it.
		expect(places('取水口设在三江街道西河左岸')).toEqual(['sanjiangjiedao', 'xihe']);
		expect(places('实施西河灌区续建配套与节水改造')).toEqual(['xihe']);
		expect(places('改建跨西河漫水桥2座')).toEqual(['xihe']);
		// 东客站, as people call 成都东站.
		expect(places('锦江绿道在东客站片区与沙河绿道衔接')).toEqual(['jinjiang-park', 'chengdu-east-station', 'shahe']);
	});

	it('a road named after a district is not the district: 武侯大道, 成华大道 (探索郫都路径 is)', () => {
		expect(places('道路工程北起武侯大道，南至三环路川藏立交')).toEqual(['sanhuanlu']);
		expect(places('成华大道沿线')).toEqual([]);
		expect(places('探索郫都路径')).toEqual(['pidu']);
	});

	it('a river, a gorge, a road or a place named after a district is not the district: 蒲江河, 金堂峡, 金牛坝, 邛崃山路 (温江区河长制 is)', () => {
		expect(places('蒲江河水质达标')).toEqual(['pujianghe']);
		expect(places('沱江金堂峡段岸线')).toEqual(['tuojiang', 'jintangxia']);
		expect(places('加快金牛坝片区城市更新', 'jinniu')).toEqual([]);
		expect(places('落实温江区河长制')).toEqual(['wenjiang']);
		// A road or a range named after the mountains a city is named after (邛崃山路, 邛崃山，); 龙泉驿区山泉镇 is the district's.
		expect(places('推动保和街道邛崃山路沿线停车泊位潮汐管理')).toEqual(['baohejiedao']);
		// (成都平原 is a place no map shows.)
		expect(places('西部为邛崃山，中部为成都平原')).toEqual([null]);
		expect(places('龙泉驿区山泉镇红花村')).toEqual(['longquanyi', 'shanquanzhen']);
		// A community named like a district's short form is the community (甘溪镇龙泉社区); after the full name, 社区 is the district's.
		expect(pairs('包括龙泉社区和明月村', 'pujiang')).toEqual([['龙泉社区', null], ['明月村', 'mingyuecun']]);
		expect(places('推进成华区社区养老服务综合体和龙泉驿区社区巴士建设')).toEqual(['chenghua', 'longquanyi']);
		// Not before another name that starts so: 崇州市街子古镇 is the city's town.
		expect(places('在崇州市街子古镇，青石板街两旁')).toEqual(['chongzhou', 'jiezi-guzhen']);
		// A station named after a district is a place no map shows; 站点 is a site.
		expect(pairs('推进崇州站站城一体化综合开发')).toEqual([['崇州站', null]]);
		expect(pairs('研究在郫县西站、安德站增开通勤列车')).toEqual([['郫县西站', null]]);
		// …and so is a coach station named after it (郫都客运站, 新津汽车站).
		expect(pairs('由郫都客运站始发，经新津汽车站至战旗村')).toEqual([['郫都客运站', null], ['新津汽车站', null], ['战旗村', 'zhanqicun']]);
		// …and an expressway's service area (龙泉服务区, 新津服务区), not the area a district serves (服务区域).
		expect(pairs('龙泉服务区、新津服务区新建充电桩')).toEqual([['龙泉服务区', null], ['新津服务区', null]]);
		expect(pairs('青白江区服务区域内的企业')).toEqual([['青白江区', 'qingbaijiang']]);
		expect(places('在简阳站点片区布局公共服务设施')).toEqual(['jianyang']);
	});

	it('a riverside greenway a source names is a place of its own, drawn along its river: 毗河绿道 (沿毗河 is the river)', () => {
		expect(places('1. 毗河绿道驿站公厕（新建）')).toEqual(['pihe-greenway']);
		expect(places('年内实现东风渠绿道全线贯通')).toEqual(['dongfengqu-greenway']);
		expect(places('沿毗河新建绿道6公里')).toEqual(['pihe']);
	});

	it('a county named after its prefecture is not the prefecture: 甘孜县 (甘孜州, 甘孜 are)', () => {
		expect(places('龙泉驿区援建的甘孜县康北果蔬冷链物流中心')).toEqual(['longquanyi']);
		expect(places('向甘孜州、阿坝州投入帮扶资金')).toContain('ganzi');
		expect(places('甘孜的游客')).toEqual(['ganzi']);
	});

	it('a district’s short form with its part or its people, in a speaker’s mouth, or where things go on: 成华北部, 新都人, 咱们新都, 在新都', () => {
		expect(places('成华北部群众出行更加便捷')).toEqual(['chenghua']);
		// …or an adverb of what it does or did: 成华又该如何, 成华曾是.
		expect(places('2025年，成华又该如何答好这道题')).toEqual(['chenghua']);
		// …or alone in brackets after a place, whose district it says: 石板滩新城（新都）; not in a word's brackets.
		expect(places('协同石板滩新城（新都）完善产业配套')).toEqual(['shibantanxincheng', 'xindu']);
		expect(places('（新都）')).toEqual([]);
		// …or a headline's word after it: 成华这些新街区, 成华“夜经济”再升温.
		expect(places('烟火气拉满！成华这些新街区上新了')).toEqual(['chenghua']);
		expect(places('成华“夜经济”再升温')).toEqual(['chenghua']);
		expect(places('作为老工业基地，成华曾是成都最大的工业区')).toEqual(['chenghua']);
		expect(places('咱们新都人出门')).toEqual(['xindu']);
		expect(places('新都建县已有两千三百余年')).toEqual(['xindu']);
		expect(places('展现香城担当、贡献新都力量')).toEqual(['xindu', 'xindu']);
		expect(places('新都境内石佛站同步投用')).toEqual(['xindu', 'shifozhan']);
		expect(places('从咱们新都去天府机场那边')).toEqual(['xindu', 'tianfu-airport']);
		// …or where things go on in it: 在新都开行专列, 从新都装车.
		expect(places('积极争取中欧班列在新都开行专列，从新都装车到铁路港只要40分钟')).toEqual(['xindu', 'xindu', 'guojitielugang']);
		expect(places('新都开行专列')).toEqual([]);
		// …or as an end of a way, the end of a route, a partner, or a label: 新都至铁路港, 新都端, 青白江新都携手, 新都：.
		expect(places('打通新都至铁路港的通道，新都端首末站延伸，青白江新都携手打造陆港')).toEqual(['xindu', 'guojitielugang', 'xindu', 'qingbaijiang', 'xindu']);
		expect(places('【新都：打造大港区西大门】')).toEqual(['xindu']);
		expect(places('科技创新都至关重要')).toEqual([]);
		// A round-up's label in 【】 (its paragraphs are each of one district).
		expect(places('**【金牛】市八医院新院区开诊**')).toEqual(['jinniu', 'dibarenminyiyuan']);
		expect(places('新都市场')).toEqual([]);
	});

	it('北湖 is 北湖生态公园, a road named after it is not: 北湖二期开园, 北湖大道 (北湖路网 is the park’s)', () => {
		expect(places('北湖二期开园')).toEqual(['beihushengtaigongyuan']);
		expect(places('北湖凝萃公园')).toEqual(['beihuningcuigongyuan']);
		expect(places('建设北湖大道')).toEqual([]);
		expect(places('石室北湖校区初中部扩建完成')).toEqual([]);
		expect(places('完善北湖路网')).toEqual(['beihushengtaigongyuan']);
		// Nor is a station named after it that the gazetteer does not know, or one named after a new town:
		// those are places no map shows.
		expect(pairs('成华区设北湖站等4座')).toEqual([
			['成华区', 'chenghua'],
			['北湖站', null]
		]);
		expect(parse('成华区设北湖站等4座')[1]).toMatchObject({ unknown: true, name: '北湖站' });
		expect(places('新都区设石板滩站等5座，服务石板滩新城')).toEqual(['xindu', null, 'shibantanxincheng']);
		// A community named after a station (站北社区) is no station of the town before it.
		expect(pairs('推进驷马桥街道站北社区更新')).toEqual([['驷马桥街道', 'simaqiaojiedao']]);
		// …nor is a street named so (站北东街) a station of the district before it.
		expect(pairs('地址：成华区站北东街125号')).toEqual([['成华区', 'chenghua']]);
		// A bridge named after a river is a place of its own too.
		expect(pairs('实施杨柳河大桥拆除重建')).toEqual([['杨柳河大桥', null]]);
		// A bridge across a river is named by what it crosses: the river.
		expect(pairs('设置跨锦江大桥一座')).toEqual([['锦江', 'jinjiang-river']]);
		// A district's hospital is a place of its own (金牛区人民医院新院区 is built), not the district.
		expect(pairs('建成金牛区人民医院新院区，扩建温江区妇幼保健院、温江区妇女儿童医院')).toEqual([
			['金牛区人民医院', null],
			['温江区妇幼保健院', null],
			['温江区妇女儿童医院', null]
		]);
		// …with its campus, and the places its campus is named after; a county's 医疗中心医院 too.
		expect(pairs('建成简阳市人民医院东部新区院区')).toEqual([['简阳市人民医院东部新区院区', null]]);
		expect(pairs('邛崃市医疗中心医院新院区投用')).toEqual([['邛崃市医疗中心医院', null]]);
		// A functional area's hospital, as a district's.
		expect(pairs('加快建设东部新区第一人民医院')).toEqual([['东部新区第一人民医院', null]]);
		// And a tunnel named after a mountain.
		expect(pairs('龙泉山1号隧道增设照明')).toEqual([['龙泉山1号隧道', null]]);
		expect(pairs('龙泉山隧道限速80公里')).toEqual([['龙泉山隧道', null]]);
		expect(places('科学城中路改造')).toEqual([]);
		// An industrial park named after the city is a place of its own; a kind of park the city has is none.
		expect(pairs('依托成都轨道交通产业园，推进成都市重点产业园区建设')).toEqual([['成都轨道交通产业园', null]]);
		expect(pairs('成都海峡两岸科技产业开发园完成低效工业用地整治')).toEqual([['成都海峡两岸科技产业开发园', 'haixia-liangan-keji-chanye-kaifayuan']]);
		// An interchange named after a town is the interchange, which the text's ending reads (atlas/endings.ts).
		expect(places('在营门口立交、金府立交桥下空间植入运动设施')).toEqual([]);
		// A community named after a park, a temple or a town: a place of its own that no map shows.
		expect(pairs('新都街道桂湖社区完成2个小区改造，书院街街道大慈寺社区和平街16号院')).toEqual([
			['新都街道', 'xindujiedao'],
			['桂湖社区', null],
			['书院街街道', 'shuyuanjiejiedao'],
			['大慈寺社区', null]
		]);
		// Not what a community has, nor a town's.
		expect(places('桂湖社区综合体投用，牛市口街道社区综合体建成')).toEqual(['guihugongyuan', 'niushikoujiedao']);
	});

	it('knows 摩诃池 and its misspelling 摩河池 without 公园, and 铁路港 for the rail port', () => {
		expect(places('加快推进摩河池遗址保护展示工程')).toEqual(['mohechigongyuan']);
		expect(places('摩诃池开凿于隋代')).toEqual(['mohechigongyuan']);
		expect(places('依托铁路港加快打造内陆开放高地，推进铁路港经开区建设')).toEqual(['guojitielugang', 'tielugang-jingkaiqu']);
	});

	it('郫县豆瓣 is a bean paste, not 郫县 (the old name of 郫都区)', () => {
		expect(places('可以体验郫县豆瓣、唐昌布鞋等非遗手作')).toEqual([]);
		expect(places('原郫县撤县设区')).toEqual(['pidu']);
		// So are a dish and an archaeological culture named after their places.
		expect(places('开发简阳羊肉汤预制菜')).toEqual([]);
		expect(places('新发现宝墩文化时期聚落点3处，宝墩遗址考古公园加快建设')).toEqual(['baodunyizhi']);
	});

	it('香城 means nothing outside its scope, and 香城英才计划 is a programme, not a place', () => {
		expect(parse('推进香城细管提质增效', 'qingyang')).toEqual([]);
		expect(parse('实施“香城英才计划”', 'xindu')).toEqual([]);
	});

	it('a chain’s branch or a village’s collective named after where it stands is a body’s name, its address told apart; a firm’s work at a place is not', () => {
		expect(places('1｜四川太极大药房连锁有限公司简阳建设中路店｜简阳市简城街道建设中路41号')).toEqual(['jianyang', 'jianchengjiedao']);
		expect(places('四川太极大药房连锁有限公司春熙路店')).toEqual([]);
		expect(places('该公司将在春熙路建设旗舰店')).toEqual(['chunxilu']);
		// …as is a village's collective named after it and its town.
		expect(places('出让人：唐昌街道战旗村股份经济合作联合社；宗地位置：唐昌街道战旗村2组')).toEqual(['tangchangzhen', 'zhanqicun']);
	});
});

describe('the named water of the basemap', () => {
	it('knows rivers, canals and lakes no policy row names, from their OSM names', () => {
		expect(places('推进东风渠、江安河水环境综合治理')).toEqual(['dongfengqu', 'jianganhe']);
		expect(places('加快万安湖片区建设')).toEqual(['wananhu']);
	});

	it('a campus, road, station, town or firm named after a river, mountain or hub is not it: 清水河校区, 青城山镇, 锦江宾馆, 天府机场高速', () => {
		expect(places('支持电子科技大学清水河校区周边创新生态打造，拓宽锦江大道')).toEqual(['dianzi-keda-qingshuihe']);
		expect(places('改造肖家河中街3号院')).toEqual([]);
		expect(places('锦江宾馆有限责任公司、岷江集团等单位负责人参加')).toEqual([]);
		expect(places('都江堰市青城山镇、彭州市龙门山镇')).toEqual(['dujiangyan', 'qingchengshanzhen', 'pengzhou', 'longmenshanzhen']);
		// A place no map shows, by an alias, is named by its gazetteer name: 绕城高速 is 成都绕城高速公路.
		expect(parser.parse('沿绕城高速两侧各500米', 'city').map((f) => [f.surface, f.place, f.name])).toEqual([['绕城高速', null, '成都绕城高速公路']]);
		// An expressway named after a hub is a place no map shows, named in full: 天府机场高速公路.
		expect(parser.parse('推进天府机场高速北线建设，提升天府国际机场能级', 'city').map((f) => [f.surface, f.place, f.name])).toEqual([
			['天府机场高速', null, '天府机场高速公路'],
			['天府国际机场', 'tianfu-airport', undefined]
		]);
		expect(places('推进清水河、锦江沿岸绿道建设')).toEqual(['qingshuihe', 'jinjiang-river']);
	});

	it('a name run on from another city’s is that city’s: 重庆高新区 is not 成都高新区', () => {
		expect(places('支持重庆高新区与成都高新区共建科技创新合作区')).toEqual(['chongqingshi', 'gaoxin']);
		expect(places('推动重庆、高新区协同')).toEqual(['chongqingshi', 'gaoxin']);
		// So is one after that city's name in brackets.
		expect(places('与西部（重庆）科学城、西部(重庆)科学城协同')).toEqual(['chongqingshi', 'chongqingshi']);
		expect(places('推动中国西部（成都）科学城建设')).toEqual(['xibukexuecheng-chengdu']);
	});

	it('reads a two-character river as one where the words after it say so, or in a list', () => {
		expect(places('推进沙河综合治理')).toEqual(['shahe']);
		// A stretch by the district it runs through: 毗河青白江区段.
		expect(places('毗河青白江区段部分断面水质波动')).toEqual(['pihe', 'qingbaijiang']);
		expect(places('整治东风渠、工业渠沿线')).toEqual(['dongfengqu', 'gongyequ']);
		expect(places('拓宽工业渠道')).toEqual([]);
		expect(places('沙河、府河沿线')).toEqual(['shahe', 'jinjiang-river']);
		expect(places('深入实施集中河道清淤行动')).toEqual([]);
		expect(places('沙河片区')).toEqual([]);
	});
});

describe('spellings, coordinated names and elisions', () => {
	it('the misspelling 摩河池公园 resolves to 摩诃池公园', () => {
		expect(pairs('加快推进驷马河城市地标、东门遗址公园、摩河池公园、祠堂街').find(([s]) => s === '摩河池公园')).toEqual([
			'摩河池公园',
			'mohechigongyuan'
		]);
		expect(gazetteer.byId.get('mohechigongyuan')!.name).toBe('摩诃池公园');
	});

	it('a compound of two places (春熙路—太古里) gives a mention to each', () => {
		expect(pairs('巩固春熙路—太古里国际消费核心区地位')).toEqual([
			['春熙路', 'chunxilu'],
			['太古里', 'taikooli']
		]);
	});

	it('coordinated names sharing a written-once tail each find their place', () => {
		const found = parse('加快成德临港经济、成眉高新技术、成资临空经济产业协作带和交界地带融合发展');
		expect(found.map((f) => [f.surface, f.place])).toEqual([
			['成德临港经济', 'chengdelingangjingjichanyexiezuodai'],
			['成眉高新技术', 'chengmeigaoxinjishuchanyexiezuodai'],
			['成资临空经济产业协作带', 'chengzilinkongjingjichanyexiezuodai']
		]);
		// The spans are the characters the text actually writes.
		const text = '加快成德临港经济、成眉高新技术、成资临空经济产业协作带和交界地带融合发展';
		for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.surface);
	});

	it('久隆、三坝水库: the located reservoir is found, the unlocated one is reported without a place', () => {
		expect(pairs('加快建设久隆、三坝水库，基本建成李家岩水库')).toEqual([
			['久隆', null],
			['三坝水库', 'sanbashuiku'],
			['李家岩水库', 'lijiayanshuiku']
		]);
	});

	it('the items before 等 in a 、 list share its kind: 蒲名、天温都等快速路', () => {
		expect(pairs('加快建设五环路贯通工程和蒲名、天温都等快速路')).toEqual([
			['五环路', 'wuhuanlu'],
			['蒲名', 'pumingkuaisulu'],
			['天温都', 'tianwendoukuaisulu']
		]);
		expect(pairs('建设甲乙、天温都等快速路')).toEqual([['天温都', 'tianwendoukuaisulu']]);
	});

	it('a name inside an elided one gives way to it: 沱江团结等水利枢纽 is the dam, not the river', () => {
		expect(pairs('积极推进引大济岷、沱江团结等水利枢纽工程')).toEqual([
			['引大济岷', 'yindajimingongcheng'],
			['沱江团结', 'tuojiangtuanjieshuilishuniu']
		]);
		// The gazetteer's name of an unlocated one goes with it: 久隆 is 久隆水库.
		expect(parse('加快建设久隆、三坝水库')[0]).toMatchObject({ surface: '久隆', place: null, name: '久隆水库' });
	});

	it('a name that is whole already is not cut into an elided one of its kind: 沱江、北河 holds the 沱江, not the 沱江河', () => {
		expect(pairs('依托沱江、北河水域举办龙舟赛')).toEqual([
			['沱江', 'tuojiang'],
			['北河', 'beihe']
		]);
	});

	it('a site the gazetteer lacks, named after its district, is shown at the district: 崇州国家现代农业产业园, 武侯新城', () => {
		expect(parse('推进崇州国家现代农业产业园建设，打造武侯电商产业功能区、武侯新城，建设天府新区第一污水处理厂').map((f) => [f.surface, f.place, f.site])).toEqual([
			['崇州国家现代农业产业园', 'chongzhou', '崇州国家现代农业产业园'],
			['武侯电商产业功能区', 'wuhou', '武侯电商产业功能区'],
			['武侯新城', 'wuhou', '武侯新城'],
			['天府新区第一污水处理厂', 'tianfuxinqu', '天府新区第一污水处理厂']
		]);
		expect(parse('新建金牛区第二再生水厂和天府新区净水厂').map((f) => [f.surface, f.place, f.site])).toEqual([
			['金牛区第二再生水厂', 'jinniu', '金牛区第二再生水厂'],
			['天府新区净水厂', 'tianfuxinqu', '天府新区净水厂']
		]);
		expect(parse('推进新津中学改扩建，温江中学生参加').map((f) => [f.surface, f.place, f.site])).toEqual([
			['新津中学', 'xinjin', '新津中学'],
			['温江', 'wenjiang', undefined]
		]);
		// …a school by its own name after its district's, not a kind of school the district builds.
		expect(parse('新建金牛区天回学校、锦江区红砂幼儿园，金牛区新建学校3所，锦江区公办幼儿园2所').map((f) => [f.surface, f.place, f.site])).toEqual([
			['金牛区天回学校', 'jinniu', '金牛区天回学校'],
			['锦江区红砂幼儿园', 'jinjiang', '锦江区红砂幼儿园'],
			['金牛区', 'jinniu', undefined],
			['锦江区', 'jinjiang', undefined]
		]);
		// …whose own name may hold a 和, but not start with one.
		expect(parse('成华区保和初级中学').map((f) => [f.surface, f.site])).toEqual([['成华区保和初级中学', '成华区保和初级中学']]);
		expect(parse('武侯区和平小学').map((f) => [f.surface, f.site])).toEqual([['武侯区', undefined]]);
		// …nor opens.
		expect(parse('今秋温江新开办中小学幼儿园12所').map((f) => [f.surface, f.site])).toEqual([['温江', undefined]]);
		// …nor the work on them.
		expect(parse('指导郫都区、双流区加快公办幼儿园建设').map((f) => [f.surface, f.site])).toEqual([
			['郫都区', undefined],
			['双流区', undefined]
		]);
		// …nor a sentence's words before one: 成华区将新建学校3所.
		expect(parse('成华区将新建学校3所，青羊区还要建小学').map((f) => [f.surface, f.site])).toEqual([
			['成华区', undefined],
			['青羊区', undefined]
		]);
		// Not a kind of zone the district has, a list of its parts, nor the zone's office.
		expect(parse('培育成华区重点产业功能区，推进锦江区柳江街道等城市更新和产业功能区建设，崇州经济开发区管委会牵头').map((f) => f.site)).toEqual([undefined, undefined, undefined, undefined]);
		expect(parse('新津区围绕天府智能制造产业园布局').map((f) => f.site)).toEqual([undefined, undefined]);
		expect(parse('新津区举行天府智能制造产业园重大项目集中开工活动').map((f) => f.surface)).toEqual(['新津区', '天府智能制造产业园']);
		// A site the gazetteer has is its own, the district before it only where it is; a zone's kind alone (经开区) is no such site.
		expect(parse('新津区天府智能制造产业园').map((f) => [f.surface, f.site])).toEqual([
			['新津区', undefined],
			['天府智能制造产业园', undefined]
		]);
		expect(parse('大邑经开区全年新签约项目').map((f) => [f.surface, f.site])).toEqual([['大邑经开区', '大邑经开区']]);
		// The zone's office is no place at all; its holder's title holds its district.
		expect(parse('崇州经济开发区管委会牵头，崇州经济开发区管委会主任表示').map((f) => [f.surface, f.title, f.body])).toEqual([
			['崇州经济开发区', true, true],
			['崇州经济开发区', true, undefined]
		]);
	});

	it('a school, a clinic or a market named after a town or an area is shown there, in a list too: 西航港实验小学, 绛溪北高级中学', () => {
		expect(parse('推进红光街道社区卫生服务中心迁建').map((f) => [f.surface, f.site])).toEqual([['红光街道社区卫生服务中心', '红光街道社区卫生服务中心']]);
		expect(parse('改造红光街道菜市场').map((f) => [f.surface, f.site])).toEqual([['红光街道菜市场', '红光街道菜市场']]);
		expect(parse('建成投用棠湖中学黄甲校区、西航港街道实验小学，推进绛溪北第一小学和绛溪北高级中学建设，绛溪北小学生').map((f) => [f.surface, f.place, f.site])).toEqual([
			['西航港街道实验小学', 'xihanggangjiedao', '西航港街道实验小学'],
			['绛溪北第一小学', 'jiangxibei', '绛溪北第一小学'],
			['绛溪北高级中学', 'jiangxibei', '绛溪北高级中学'],
			['绛溪北', 'jiangxibei', undefined]
		]);
		// …named after its district first, one site at the town: 金牛区天回镇街道小学, 成华区龙潭街道初级中学.
		expect(parse('新建金牛区天回镇街道小学、成华区龙潭街道初级中学').map((f) => [f.surface, f.place, f.site])).toEqual([
			['金牛区天回镇街道小学', 'tianhuizhenjiedao', '金牛区天回镇街道小学'],
			['成华区龙潭街道初级中学', 'longtanjiedao', '成华区龙潭街道初级中学']
		]);
		// …but not a town's schools: 黄甲街道学校建设.
		expect(parse('加快东升街道、黄甲街道学校建设').map((f) => [f.surface, f.site])).toEqual([
			['东升街道', undefined],
			['黄甲街道', undefined]
		]);
		// …and a park by its own name, not a kind of park nor 公园城市.
		expect(parse('新川之心公园二期开放，新川口袋公园，空港新城公园城市建设，新川两个公园').map((f) => [f.surface, f.site])).toEqual([
			['新川之心公园', '新川之心公园'],
			['新川', undefined],
			['空港新城', undefined],
			['新川', undefined]
		]);
		// …nor a park of a name of its own after a town's full name, which only says where it is (郫都区郫筒街道石牛公园内).
		expect(parse('郫都区郫筒街道石牛公园内').map((f) => [f.surface, f.site])).toEqual([
			['郫都区', undefined],
			['郫筒街道', undefined]
		]);
		// …nor what is said before a park (中心城区将在人民公园, 北改区域新增口袋公园), nor a region's schools and markets.
		expect(parse('中心城区将在人民公园增设停车场，北改区域新增口袋公园，中心城区学校和农贸市场').map((f) => [f.surface, f.site])).toEqual([
			['中心城区', undefined],
			['人民公园', undefined],
			['北改区域', undefined],
			['中心城区', undefined]
		]);
	});

	it('a greenway or a park named after a river or a mountain is shown along it: 走马河绿道, 桤木河湿地公园, 龙门山森林绿道', () => {
		expect(parse('新建江安河体育公园').map((f) => [f.surface, f.site])).toEqual([['江安河体育公园', '江安河体育公园']]);
		expect(parse('建成走马河绿道，提升桤木河湿地公园，贯通龙门山森林绿道').map((f) => [f.surface, f.place, f.site])).toEqual([
			['走马河绿道', 'zoumahe', '走马河绿道'],
			['桤木河湿地公园', 'qimuhe', '桤木河湿地公园'],
			['龙门山森林绿道', 'longmenshan', '龙门山森林绿道']
		]);
		// The river's riverside greenway is told by the river; a list's items share the greenway; 公园城市 is no park.
		expect(parse('建设杨柳河滨河绿道，加快建设跳蹬河、府河绿道，推进沙河公园城市建设').map((f) => f.site)).toEqual([undefined, undefined, undefined]);
		// Its riverside park is a park of its own, shown along it.
		expect(parse('江安河滨河公园二期开园，沱江滨江公园提升').map((f) => [f.place, f.site])).toEqual([
			['jianganhe', '江安河滨河公园'],
			['tuojiang', '沱江滨江公园']
		]);
		// An item after one with a site of the same word has its own: 走马河绿道、杨柳河绿道.
		expect(parse('建成走马河绿道、杨柳河绿道').map((f) => f.site)).toEqual(['走马河绿道', '杨柳河绿道']);
	});

	it('a heritage site named after a landmark, an area or a district is shown at it: 合江亭遗址, 温江文庙', () => {
		expect(parse('加快合江亭遗址保护，修缮温江文庙').map((f) => [f.surface, f.place, f.site])).toEqual([
			['合江亭遗址', 'hejiangting', '合江亭遗址'],
			['温江文庙', 'wenjiang', '温江文庙']
		]);
		// Not a site's park or museum, a street named after one, nor what is seen there.
		expect(parse('建设金沙遗址博物馆，锦江区书院街街道，去安仁古镇看公馆建筑群').map((f) => f.site)).toEqual([undefined, undefined, undefined, undefined]);
	});

	it('a street or a station named after a landmark or an area is its own place: 文殊院街, 淮州南站', () => {
		expect(places('对文殊院街、人民中路沿线进行微循环改造')).toEqual([]);
		expect(pairs('建成淮州南站')).toEqual([['淮州南站', null]]);
	});

	it('成蒲等铁路 is the 成蒲 railway', () => {
		expect(pairs('成蒲等铁路公交化列车加密运行')).toEqual([['成蒲', 'chengputielu']]);
	});

	it('成渝 in a list of high-speed lines is the 成渝 line', () => {
		expect(places('实现成兰、成自宜新建设高铁线路和成渝、西成、成贵已开通高铁线路的市域范围内5G网络覆盖')).toEqual([
			'chenglantielu',
			'chengziyigaosutielu',
			'chengyugaosutielu',
			'xichenggaosutielu',
			'chengguigaosutielu'
		]);
	});

	it('成都 itself is the default scope, not a mention', () => {
		expect(parse('成都市')).toEqual([]);
	});
});

describe('metro stations', () => {
	it('a station named with 站 is the station, not the street it is named after (TOD 综合开发)', () => {
		expect(pairs('推进春熙路站、天府广场站TOD综合开发')).toEqual([
			['春熙路站', 'chunxiluzhan'],
			['天府广场站', 'tianfuguangchangzhan']
		]);
		expect(pairs('以春熙路时尚商圈为牵引')).toEqual([['春熙路', 'chunxilu']]);
	});

	it('a coach station named after a landmark is a place of its own (金沙车站); the tram’s 蓉2号线 is the tram, no metro line', () => {
		expect(pairs('完善城北客运中心、金沙车站等客运站')).toEqual([
			['城北客运中心', 'chengbei-keyun-zhongxin'],
			['金沙车站', null]
		]);
		expect(places('中心城区车站克服管线密集等困难')).toEqual(['zhongyouquyu']);
		expect(places('优化有轨电车蓉2号线运营组织，推进地铁2号线建设')).toEqual(['rong2-tram', 'metro-2']);
		// …and a bus route named by a line's number, listed with others, is no metro line either.
		expect(places('新开夜游专线1号线、2号线、3号线，乘客可在地铁1号线换乘，2号线、3号线同步延时')).toEqual(['metro-1', 'metro-2', 'metro-3']);
		expect(places('新开通机场大巴7号线，可换乘地铁7号线')).toEqual(['metro-7']);
		// …nor one that stands in for a line, named after it (2号线接驳专线1).
		expect(places('开行2号线接驳专线1、30号线接驳公交，地铁2号线停运')).toEqual(['metro-2']);
		// …nor a route named after a town, a school bus's or a power line's (王泗1号线, 10kV三圣2号线).
		expect(places('王泗1号线｜王泗镇学校｜静林村—黎庵村｜6:50；换乘地铁2号线')).toEqual(['wangsizhen', 'metro-2']);
	});

	it('a landmark a station is named after is the landmark without 站: 武侯祠, 杜甫草堂', () => {
		expect(places('武侯祠、杜甫草堂等景区推出特色活动')).toEqual(['wuhouci', 'dufucaotang']);
		expect(places('推进武侯祠站TOD综合开发')).toEqual(['wuhoucizhan']);
	});

	it('站点 is a site: 大源站点 holds no 大源站', () => {
		expect(places('推进大源站点改造')).toEqual([]);
		expect(places('推进大源站改造')).toEqual(['dayuanzhan']);
	});

	it('a list of stations told by their places (…等5个站点) names the stations, passing over an item that is none', () => {
		expect(pairs('重点推进一品天下、茶店子、沙湾、北站东一路等5个站点TOD综合开发')).toEqual([
			['一品天下', 'yipintianxiazhan'],
			['茶店子', 'chadianzizhan'],
			['沙湾', 'shawanzhan']
		]);
		expect(places('优化成都东客站、八里庄、二仙桥等站点周边接驳')).toEqual(['chengdu-east-station', 'balizhuangzhan', 'erxianqiaozhan']);
		expect(places('在省体育馆、华西坝、人民北路等地铁站增设挡水板')).toEqual(['shengtiyuguanzhan', 'huaxibazhan', 'renminbeiluzhan']);
		// A line's stations set (设…等站, 设…5座车站), a park among them as its station.
		expect(pairs('8号线二期设圣灯公园、龙潭寺等站，18号线设骡马市、火车北站2座车站')).toEqual([
			['8号线', 'metro-8'],
			['圣灯公园', 'shengdenggongyuanzhan'],
			['龙潭寺', 'longtansizhan'],
			['18号线', 'metro-18'],
			['骡马市', 'luomashizhan'],
			['火车北站', 'huochebeizhan']
		]);
		expect(places('提升圣灯公园，火车北站等站台')).toEqual(['shengdenggongyuan', 'huochebeizhan']);
		// A place the gazetteer has no station of is a station no map shows yet, not the place (天府机场站 is the airport's, by its name).
		expect(parse('成宜高铁将在东部新区设三岔湖、天府机场两座车站').map((f) => [f.surface, f.place, f.name])).toEqual([
			['成宜高铁', 'chengziyigaosutielu', undefined],
			['东部新区', 'dongbuxinqu', undefined],
			['三岔湖', null, '三岔湖站'],
			['天府机场', 'tianfu-airport', undefined]
		]);
		// Without 等 nothing says the names are stations: they are the quarters.
		expect(places('八里庄、二仙桥一带都市工业楼宇')).toEqual(['balizhuang', 'erxianqiaojiedao']);
	});

	it('成都站 is the railway station (火车北站), but not a tour’s stop in the city: 全国巡展成都站', () => {
		expect(places('建设成都站、成都东站、成都西站')).toEqual(['huochebeizhan', 'chengdu-east-station', 'xizhan']);
		expect(places('2024全国巡展成都站开幕')).toEqual([]);
		expect(places('中国网球巡回赛成都站在双流区举行')).toEqual(['shuangliu']);
		expect(places('“星河回响”2024巡回演唱会成都站、“2025巡回演唱会”成都站将在凤凰山体育公园举行')).toEqual(['fenghuangshantiyugongyuan']);
	});

	it('a station before 稳, 在 or 位 stands: 龙泉驿站稳… is the district, not the station', () => {
		expect(places('龙泉驿站稳汽车产业基本盘')).toEqual(['longquanyi']);
		expect(places('成都科学城站在新的起点上')).toEqual(['xibukexuecheng-chengdu']);
		expect(places('在龙泉驿站换乘')).toEqual(['longquanyizhan']);
		// A station ranks and lies somewhere.
		expect(places('火车南站位列全网客流前三')).toEqual(['huochenanzhan']);
		expect(places('火车南站位于武侯区')).toEqual(['huochenanzhan', 'wuhou']);
	});

	it('a river before 堡 names the quarter called after it: 沙河堡 is no river', () => {
		// …even once the document has named the river.
		expect(parser.parse('“沙河堡”地处沙河之畔，新建沙河堡站。', 'city', new Set(['shahe'])).map((f) => [f.surface, f.place])).toEqual([
			['沙河堡', 'shahepu'],
			['沙河', 'shahe'],
			['沙河堡站', null]
		]);
	});
});

describe('former names', () => {
	it('reads the counties that became districts by their old names (郫县, 双流县, 新津县)', () => {
		expect(places('推进郫县、双流县、新津县撤县设区工作')).toEqual(['pidu', 'shuangliu', 'xinjin']);
	});
});

describe('parts of 高新区', () => {
	it('reads 高新南区 as 高新区 (shown there) and 高新西区 as a place of its own in 郫都区', () => {
		expect(places('推进高新西区、高新南区产业升级')).toEqual(['gaoxin-west', 'gaoxin']);
	});

	it('reads 新川 as the science park by its short name, and 新川路站 as the station', () => {
		expect(places('新川居民出行更便捷，新川路站增设出入口')).toEqual(['xinchuan', 'xinchuanluzhan']);
	});
});

describe('a place a street is named after', () => {
	it('gives way to the street: 金沙北路, 火车南站东路 and 铁路港大道 are streets, read by their ending', () => {
		expect(places('在金沙北路口设置导改设施')).toEqual([]);
		expect(places('具体为：火车南站东路、火车南站西路')).toEqual([]);
		expect(places('铁路港大道北延线建成通车')).toEqual([]);
		// …and so is one with a hill, a weir or a bridge between the name and its ending (邛崃山北路, 龙泉堰路, 府河桥东路); not the place and its hill.
		expect(places('邛崃山北路、龙泉堰路、府河桥东路更名')).toEqual([]);
		expect(places('龙泉山城市森林公园，邛崃市天台山')).toEqual(['longquanshan-forest-park', 'qionglai', 'tiantaishan']);
		// (…nor its hill's 街头 or 街道: 走遍邛崃山街头巷尾.)
		expect(places('走遍邛崃山街头巷尾')).toEqual(['qionglai']);
		expect(places('与寿安街道岷江村签订结对协议')).toEqual(['shouanjiedao']);
		// …but a town's full name is no street's: the street after it lies in the town.
		expect(places('临邛街道西街社区、文君街道长庆社区完成改造，推进城厢镇北街整治')).toEqual(['linqiongjiedao', 'wenjunjiedao', 'chengxiangzhen']);
		// …as is a street named after a station (驷马桥街道北站东二路: no station is named after a 街道).
		expect(places('驷马桥街道北站东二路3号院完成改造')).toEqual(['simaqiaojiedao']);
		expect(places('郫都区村民')).toEqual(['pidu']);
		// …nor does a list of streets share a head: 天府大道、锦城大道 names no 天府锦城.
		expect(places('“三纵”为天府大道、锦城大道')).toEqual(['tianfudadao']);
		// Its 街道 and its 街头 are the place's.
		expect(places('金沙街道新建口袋公园')).not.toEqual([]);
	});
});

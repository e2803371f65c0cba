// What a sentence of a policy text commits to. The sentences are the seeds' own; the expected verbs,
// themes, years and figures are read off the Chinese.
import { describe, expect, it } from 'vitest';
import { clauses, committedAt, figures, sentences, targetYears, themeOf, verbPhrase } from './language';

/** The verb clause k of sentence s commits with. */
const at = (s: string, k = 0) => committedAt(s, clauses(s), k);

describe('verbPhrase', () => {
	it('finds an adverb-led verb phrase', () => {
		expect(verbPhrase('加快推进航空新城片区开发建设')).toBe('加快推进');
		expect(verbPhrase('大力实施绿色低碳产业建圈强链行动')).toBe('大力实施');
	});

	it('launching events, opening shops or signing an agreement at a place commits it: 推出, 开设, 签署', () => {
		expect(verbPhrase('宽窄巷子、武侯祠等重点景区要推出特色文化活动')).toBe('推出');
		expect(verbPhrase('成都将在天府国际机场、双流国际机场开设免税店')).toBe('开设');
		expect(verbPhrase('德阳市旌阳区与成都市新都区签署合作协议')).toBe('签署');
		expect(verbPhrase('鼓励龙门山镇、白鹿镇发展森林康养')).toBe('鼓励');
		expect(verbPhrase('（一）建强龙泉汽车城核心承载区')).toBe('建强');
		expect(verbPhrase('持续做靓夜游锦江品牌')).toBe('持续做靓');
		expect(verbPhrase('龙泉驿区将把东风渠、龙泉湖、桃花故里串珠成链')).toBe('串珠成链');
		expect(verbPhrase('进一步织密医学城与中心城区之间的快速通道')).toBe('织密');
		expect(verbPhrase('在寿安镇，政府为岷江沿线的苗木基地搭建数字化管理平台')).toBe('搭建');
	});

	it('a verb that gives its alternatives in brackets is one: 新（扩）建, 新（改、扩）建', () => {
		expect(verbPhrase('新（扩）建陡沟河污水处理厂二期（龙泉驿区）')).toBe('新（扩）建');
		expect(verbPhrase('新（改、扩）建中小学5所')).toBe('新（改、扩）建');
		expect(verbPhrase('改扩建金堂中学学生宿舍及食堂')).toBe('改扩建');
	});

	it('extending a service, adding or setting up facilities and putting a rule in force commit: 延长, 增设, 设置, 实行, 推行', () => {
		expect(verbPhrase('延长地铁1号线、2号线服务时间')).toBe('延长');
		expect(verbPhrase('在春熙路、宽窄巷子周边增设夜间临时停车泊位3000个以上')).toBe('增设');
		expect(verbPhrase('在天府国际机场和双流国际机场设置世运会服务专区')).toBe('设置');
		expect(verbPhrase('对龙门山镇、虹口乡等沿河景区实行汛期临时封闭管理')).toBe('实行');
		expect(verbPhrase('在华西坝片区推行“停车+接驳”模式')).toBe('推行');
	});

	it('a verb before 区 names a zone, not a commitment: 集聚区, 示范区 (打造区域中心 still commits)', () => {
		expect(verbPhrase('春熙路、宽窄巷子等夜间消费集聚区日均夜间客流量超过150万人次')).toBeNull();
		expect(verbPhrase('打造区域消费中心')).toBe('打造');
		expect(verbPhrase('推动区（市）县协同发展')).toBe('推动');
		// …and the 区 of a district's committee and government: 全面落实区委、区政府决策部署.
		expect(verbPhrase('玉林街道将全面落实区委、区政府决策部署')).toBe('全面落实');
		// …and of a district's own hospital: 建成区人民医院新院区 (not 城市建成区面积).
		expect(verbPhrase('建成区人民医院新院区、新都区妇幼保健院')).toBe('建成');
		expect(verbPhrase('城市建成区面积达到500平方公里')).toBeNull();
		// A heading of how the work stands names no work: 中心城区公园绿地建设基本情况.
		expect(verbPhrase('中心城区公园绿地建设基本情况')).toBeNull();
	});

	it('关注 commits as a weak verb: 重点关注白水河、湔江等山区河流 (备受关注 does not)', () => {
		expect(verbPhrase('彭州市、都江堰市要重点关注白水河、湔江等山区河流')).toBe('重点关注');
		expect(verbPhrase('天府国际机场备受关注')).toBeNull();
	});

	it('a weak verb commits only with an adverb', () => {
		expect(verbPhrase('大力发展高质高效的开放型经济')).toBe('大力发展');
		expect(verbPhrase('锦江区该如何更好把握发展机遇')).toBeNull();
		// A measure rolled out (全面推开), not a door pushed open.
		expect(verbPhrase('在锦江、青羊5个中心城区和成都高新区全面推开')).toBe('全面推开');
		expect(verbPhrase('他推开门')).toBeNull();
		// Firms or people gathered somewhere tell what is there (兴隆湖周边集聚各类科研人员超过4万人); gathering them is work.
		expect(verbPhrase('兴隆湖周边集聚各类科研人员超过4万人')).toBeNull();
		expect(verbPhrase('120余家企业集聚于医学城二期')).toBeNull();
		expect(verbPhrase('空港新城近年来加快集聚航空物流、电子信息等产业')).toBe('加快集聚');
		// What a work will achieve, not what was achieved.
		expect(verbPhrase('届时将实现天府国际机场与简州新城的快速联通')).toBe('实现');
		expect(verbPhrase('实现了天府国际机场与简州新城的快速联通')).toBeNull();
		// A need eased step by step (逐步缓解), and schools provided where a plan focuses (重点配套), not 配套 the noun.
		expect(verbPhrase('逐步缓解双流区、东部新区优质高中学位不足的问题')).toBe('逐步缓解');
		expect(verbPhrase('重点配套空港新城、绛溪北和天府奥体城周边')).toBe('重点配套');
		expect(verbPhrase('围绕宝光寺周边停车配套等问题')).toBeNull();
		// An event's venue, not an office's seat.
		expect(verbPhrase('主会场设在桤泉镇')).toBe('主会场设在');
		expect(verbPhrase('德源街道专场设在菁蓉镇创客公园')).toBe('专场设在');
		expect(verbPhrase('领导小组办公室设在市农业农村局')).toBeNull();
		expect(verbPhrase('起点设在四川天府新区兴隆湖')).toBe('起点设在');
		// …and a race's course, its spectators and a notice's service points.
		expect(verbPhrase('观赛区设在南河两岸滨河绿道及修觉山观景台')).toBe('观赛区设在');
		expect(verbPhrase('玉林片区服务点设在玉林北路与玉林中路交叉口')).toBe('服务点设在');
		// …and a service centre's, a station's or a moved office's new site (a body's office housed in a bureau stays above).
		expect(verbPhrase('街区服务站设在莲桂西路80号')).toBe('服务站设在');
		expect(verbPhrase('东部新区公证处主办公地点设在成都东部新区政务服务中心')).toBe('办公地点设在');
		expect(verbPhrase('要紧盯龙门山、龙泉山沿线地质灾害隐患点')).toBe('紧盯');
		expect(verbPhrase('重点盯防龙泉驿区、青白江区工业园区雨季溢流污染')).toBe('重点盯防');
		expect(verbPhrase('在公馆老街与树人街交汇处等易拥堵节点安排专人值守')).toBe('值守');
		// A town's duty on its own ground (annotators 13:0 on 要压实/落实/履行属地责任).
		expect(verbPhrase('安仁镇、新场镇要切实履行属地责任')).toBe('履行');
		// …and cared for: a river or a mountain kept, a river's outfalls inspected; not the team named so.
		expect(verbPhrase('守护好沱江和龙泉山')).toBe('守护');
		expect(verbPhrase('巡查锦江沿线排口')).toBe('巡查');
		expect(verbPhrase('管护好白河')).toBe('管护');
		expect(verbPhrase('巡查组发现锦江沿线排口')).toBeNull();
		// Services stepped up at a place: more bikes put there, a last train held back.
		expect(verbPhrase('共享单车企业将在锦城绿道、锦江公园等骑行热点区域增投车辆')).toBe('增投');
		expect(verbPhrase('地铁10号线双流机场2航站楼站的末班车时间将顺延')).toBe('顺延');
		expect(verbPhrase('科学调度紫坪铺水库和都江堰渠首水量')).toBe('科学调度');
		expect(verbPhrase('全年为锦江补水不少于6亿立方米')).toBe('补水');
		expect(verbPhrase('团结水库4月15日起向淮口街道、土桥镇放水')).toBe('放水');
		expect(verbPhrase('东风渠北干渠灌片4月8日起开闸供水')).toBe('开闸供水');
		expect(verbPhrase('天府新区设于兴隆街道兴隆湖东侧、籍田街道')).toBe('设于');
		expect(verbPhrase('拟征收土地涉及唐昌镇战旗村、永安村')).toBe('征收土地涉及');
		expect(verbPhrase('项目拟征收集体土地约312.6亩')).toBe('征收集体土地');
		expect(verbPhrase('2025成都马拉松将于10月26日7时30分在金沙遗址博物馆东门鸣枪起跑')).toBe('鸣枪起跑');
		expect(verbPhrase('赛道途经青羊区、金牛区、锦江区')).toBe('赛道途经');
		expect(verbPhrase('猛追湾街道拆违1.2万平方米')).toBe('拆违');
		expect(verbPhrase('利用拆违空间打造口袋公园')).toBe('打造');
		// …and where houses are taken for a project, not who has them taken or what decides it.
		expect(verbPhrase('本项目征收范围位于金牛区荷花池街道')).toBe('征收范围位于');
		expect(verbPhrase('被征收人可以选择货币补偿')).toBeNull();
		expect(verbPhrase('被征收人对本征收决定不服的')).toBeNull();
		// …and the agreements districts sign.
		expect(verbPhrase('彭州市与什邡市签订合作协议')).toBe('签订');
		// …and what a district is to guard against in a flood season, or stock for it.
		expect(verbPhrase('金堂县要重点防范沱江干流及北河洪水叠加')).toBe('重点防范');
		expect(verbPhrase('晋原街道、沙渠街道等平坝地区要重点管控秸秆焚烧')).toBe('重点管控');
		expect(verbPhrase('游客要注意防范山洪')).toBeNull();
		expect(verbPhrase('市级在金堂县、新津区分别预置防汛抢险物资仓库')).toBe('预置');
		expect(verbPhrase('该站原计划设于龙潭中路')).toBeNull();
		expect(verbPhrase('按调度方案运行')).toBeNull();
		expect(verbPhrase('沿河补水点位')).toBeNull();
		// A reservoir's release in a flood, or the gates it opens for it, people moved out of harm's way; not a fiscal transfer.
		expect(verbPhrase('李家岩水库7月21日14时起泄洪')).toBe('泄洪');
		expect(verbPhrase('李家岩水库开启溢洪道闸门泄洪')).toBe('开启');
		// Lights a notice switches on for a holiday (开启东大街、红星路沿线建筑景观照明, 新春灯会将在东安湖公园亮灯).
		expect(verbPhrase('开启东大街、红星路、总府路沿线建筑景观照明')).toBe('开启');
		expect(verbPhrase('“龙腾东安湖”新春灯会将在东安湖公园亮灯')).toBe('亮灯');
		expect(verbPhrase('都江堰市龙池镇、青城山镇转移3280人')).toBe('转移');
		// Drains and culverts cleared out (雨水管网进行了清掏, a heading's 暗渠（涵）清掏).
		expect(verbPhrase('武侯区对机投桥、簇桥片区的雨水管网进行了清掏')).toBe('清掏');
		expect(verbPhrase('（二）暗渠（涵）清掏')).toBe('清掏');
		// Trees planted, the verb after what is planted too (a tree-planting site's 银杏、樱花栽植).
		expect(verbPhrase('计划栽植银杏、香樟、桂花等乡土树种约1.2万株')).toBe('栽植');
		expect(verbPhrase('文家街道锦城公园青羊段银杏、樱花栽植')).toBe('栽植');
		expect(verbPhrase('龙泉驿区在驿都大道增植樱花、桃花')).toBe('增植');
		expect(verbPhrase('青龙街道在北湖生态公园周边拆后地块补植乔木1100余株')).toBe('补植');
		expect(verbPhrase('简阳市获得均衡性转移支付43.6亿元')).toBeNull();
		// A road widened to a width is work, not a figure reached.
		expect(verbPhrase('牧山大道道路红线宽度由32米拓宽至40米')).toBe('拓宽');
		expect(verbPhrase('成华大道与华泰路交叉口进行渠化展宽')).toBe('渠化展宽');
		// A rule others follow (四川天府新区、成都高新区参照执行), and a plant put on the grid (简阳燃机调峰电站2025年实现并网发电).
		expect(verbPhrase('龙泉驿区体育中心、郫都区体育中心参照执行')).toBe('参照执行');
		expect(verbPhrase('永陵博物馆、成都自然博物馆：除夕闭馆，其余时间正常开放')).toBe('闭馆');
		expect(verbPhrase('比赛当日，天府广场、春熙路周边停车场车辆只出不进')).toBe('只出不进');
		expect(verbPhrase('东安湖体育公园屋面光伏项目年内并网发电')).toBe('并网发电');
		expect(verbPhrase('服务半径提升至500米')).toBeNull();
		// A verb before 期间 names a time: 封闭期间 车辆经…绕行.
		expect(verbPhrase('封闭期间一品天下大街南北向车辆经蜀汉路绕行')).toBeNull();
		// Land or water supplied to a place, not a supply chain.
		expect(verbPhrase('东部新区计划供应780公顷')).toBe('供应');
		expect(verbPhrase('打造航空物流供应链中心')).toBe('打造');
		expect(verbPhrase('天府国际机场供应链服务中心')).toBeNull();
		// What a measure eases where (重点缓解春熙路周边停车难), not what eased (熊猫基地周边交通拥堵明显缓解).
		expect(verbPhrase('熊猫基地周边交通拥堵明显缓解')).toBeNull();
		expect(verbPhrase('新增公共停车泊位2万个，重点缓解春熙路、盐市口等商圈周边停车难')).toBe('新增');
		expect(verbPhrase('重点缓解春熙路、盐市口等商圈周边停车难')).toBe('重点缓解');
	});

	it('重点 leads a weak verb as an adverb does: 重点发展; after it, it is a noun: 发展重点', () => {
		expect(verbPhrase('蒲江县、金堂县重点发展绿色食品和节能环保产业')).toBe('重点发展');
		expect(verbPhrase('找准发展重点')).toBeNull();
		// Other frames frame what follows.
		expect(verbPhrase('围绕服务国家战略，加快把国家战略势能转化为城市发展实效')).toBe('加快');
	});

	it('a weak verb after 将 ("will") or 应当 ("shall") commits: it says what will be done', () => {
		expect(verbPhrase('简阳市将与东部新区协同发展')).toBe('协同发展');
		expect(verbPhrase('简阳市与东部新区协同发展')).toBeNull();
		// …and so does one its clause's frame leads to: what rests on the places is done.
		expect(verbPhrase('金堂县依托五凤溪古镇、云顶山发展文旅产业')).toBe('发展');
		expect(verbPhrase('金堂县五凤溪古镇、云顶山发展文旅产业')).toBeNull();
		// A line that will link two places, not a road that links them.
		expect(verbPhrase('地铁30号线一期将连接成都东站与龙泉驿')).toBe('连接');
		expect(verbPhrase('道路连接成都东站与龙泉驿')).toBeNull();
		// So does a rule's 应当 or 必须: what a body must do.
		expect(verbPhrase('市水务部门应当通过东风渠保障东安湖生态补水')).toBe('保障');
		expect(verbPhrase('市水务部门通过东风渠保障东安湖生态补水')).toBeNull();
		// So does 计划 with its time; 预计 forecasts a figure.
		expect(verbPhrase('崔家店站TOD项目计划今年底开放商业部分')).toBe('开放');
		expect(verbPhrase('双流机场将继续保留')).toBe('继续保留');
		expect(verbPhrase('保留老树和湖面')).toBeNull();
		expect(verbPhrase('按照行动计划开放')).toBeNull();
		expect(verbPhrase('双流机场、天府国际机场预计共保障航班1960架次')).toBeNull();
	});

	it('a place opened again or for good commits; openness alone does not', () => {
		expect(verbPhrase('位于望江路街道的望江楼公园于4月12日起恢复开放')).toBe('恢复开放');
		expect(verbPhrase('东安湖体育公园等大运会场馆持续向市民低免开放')).toBe('低免开放');
		expect(verbPhrase('洗面桥社区等社区食堂已于2025年9月底前全部开门营业')).toBe('开门营业');
		expect(verbPhrase('在犀浦街道双柏社区，一块闲置多年的边角地变身为口袋公园')).toBe('变身为');
		expect(verbPhrase('宝墩考古遗址公园一期工程已进入收尾阶段')).toBe('进入收尾');
		expect(verbPhrase('新都区、青白江区境内主体工程进展顺利')).toBe('进展顺利');
		expect(verbPhrase('对人民北路沿街老旧商住楼外立面、防盗网和雨棚进行统一规整')).toBe('统一规整');
		expect(verbPhrase('将新都区主要接驳线路高峰发车间隔压缩至8分钟以内')).toBe('压缩至');
		// …and the state a work is set to reach (力争…具备初期运营条件), not a state alone (具备条件的出口) nor one it lacks.
		expect(verbPhrase('力争成都市域铁路成德线年内具备初期运营条件')).toBe('具备');
		expect(verbPhrase('地铁站具备条件的出口已有3个')).toBeNull();
		expect(verbPhrase('老君山、修觉山森林抚育1.2万亩')).toBe('抚育');
		expect(verbPhrase('凤凰湖湿地公园提档升级后重新开放')).toBe('提档升级');
		expect(verbPhrase('东门遗址公园正式对外开放')).toBe('正式对外开放');
		expect(verbPhrase('免费开放成都方志馆分馆7个')).toBe('免费开放');
		expect(verbPhrase('世运会场馆分两批向社会开放')).toBe('向社会开放');
		expect(verbPhrase('水井坊街道也陆续有一批社区食堂开门迎客')).toBe('开门迎客');
		expect(verbPhrase('成都对外开放的窗口')).toBeNull();
		// Opened to its public: 于春节前对市民开放, 已向市民开放.
		expect(verbPhrase('确保二仙桥公园于2026年春节前对市民开放')).toBe('对市民开放');
		expect(verbPhrase('锦江绿道九眼桥至望江楼段已向市民开放')).toBe('向市民开放');
	});

	it('a station, a stop or a service put right or changed commits', () => {
		expect(verbPhrase('7号线西北桥站出入口加建')).toBe('加建');
		expect(verbPhrase('凤凰山体育公园周边停车扩容1200个')).toBe('扩容');
		expect(verbPhrase('茶店子客运站外迁')).toBe('外迁');
		expect(verbPhrase('东客站东广场网约车上客区迁至地下停车场B2层')).toBe('迁至');
		expect(verbPhrase('企业迁入新都工业东区石板滩片区标准化厂房')).toBe('迁入');
		// …and a kiln shut and its ground farmed again, or no longer kept: 关停后的窑场，原则上复垦为耕地; 砖瓦窑全部停止生产; 山区镇不再保留砖瓦窑.
		expect(verbPhrase('丹景山镇关停后的窑场，原则上复垦为耕地')).toBe('复垦');
		expect(verbPhrase('沿岸500米范围内的砖瓦窑全部停止生产')).toBe('停止生产');
		expect(verbPhrase('龙门山镇、白鹿镇等山区镇内不再保留砖瓦窑')).toBe('不再保留');
		expect(verbPhrase('成都东部新区出入境接待大厅自2025年4月1日起正式对外办公')).toBe('正式对外办公');
		expect(verbPhrase('17号线二期今日起空载试运行')).toBe('试运行');
		expect(verbPhrase('2号线、3号线春熙路站D口临时关闭')).toBe('临时关闭');
		expect(verbPhrase('川大望江校区站B口电梯已于11月3日更换主机并恢复运行')).toBe('更换');
		expect(verbPhrase('将于本月底前在天府三街站周边新划非机动车停放区12处')).toBe('新划');
		// Not a web page's button, nor the words across two others: 重新划分, 原计划设于.
		expect(verbPhrase('【打印】【关闭】')).toBeNull();
		expect(verbPhrase('重新划分学区')).toBeNull();
		expect(verbPhrase('原计划设于天府广场地下空间')).toBeNull();
		expect(verbPhrase('部分道路、桥梁、公园及轨道交通车站命名、更名事项')).toBeNull();
	});

	it('a ban commits the places it is on, named in the clause before (not an address)', () => {
		expect(at('人民公园、百花潭公园等列入历史名园名录的公园，禁止拆除古建筑', 0)).toBe('禁止拆除');
		expect(at('龙泉山城市森林公园、环城生态区等生态敏感区域，原则上不安排经营性建设用地供应', 0)).toBe('不安排');
		expect(at('请向区应急管理局（成都市锦江区天仙桥南路3号）报告，不得迟报', 0)).toBeNull();
	});

	it('the stations a line sets commit with its work, before them or after: 设圣灯公园、龙潭寺等站', () => {
		expect(at('8号线二期由十里店站向北延伸，设圣灯公园、龙潭寺等站，计划年底建成', 1)).toBe('延伸');
		expect(at('线路自机投桥站向东北延伸，全长约26公里，设红牌楼、武侯祠、人民北路、驷马桥等站18座，计划三季度开通', 2)).toBe('延伸');
		// …and so do the districts its course runs through, told of the line or its section.
		expect(at('线路成都段途经新都区、青白江区，设站6座，建成后成都与德阳之间将实现半小时通达', 0)).toBe('建成');
		expect(at('游客途经青白江区', 0)).toBeNull();
		// …where it leaves the line before it and the way it heads (自一期终点机投桥站引出，向东北经武侯区、金牛区…).
		const course = '17号线二期自一期终点机投桥站引出，向东北经武侯区、金牛区，止于龙泉驿区高洪站，新建车站17座';
		expect([at(course, 0), at(course, 1)]).toEqual(['新建', '新建']);
		// …and the places an expressway crosses, the list of its course run on past a comma, and the interchanges it sets.
		const expressway = '项目起于成华区龙潭街道，向东经新都区石板滩街道，青白江区福洪镇、清泉镇，跨越龙泉山北段后经金堂县淮口街道，由双向四车道扩容为双向八车道，全线设石板滩、福洪等互通式立交7处';
		expect([2, 3, 5].map((k) => at(expressway, k))).toEqual(['扩容', '扩容', '扩容']);
		// …and a line's, as it turns (折向北经…), goes through (穿越…) or passes into (经…进入…).
		const ring = '二期工程自金融城东站引出，向东经锦江区三圣街道，折向北经成华区保和街道，穿越金牛区、青羊区，经正兴街道进入双流区永安镇，至黄田坝站闭合成环';
		expect([2, 3, 4].map((k) => at(ring, k))).toEqual(['闭合成环', '闭合成环', '闭合成环']);
		expect(at('17号线二期在我区设建设北路、人民塘等站，建成后将串联八里庄', 0)).toBe('建成');
		expect(at('沿线设倪家桥、骡马市、火车北站3座车站，加快建设', 0)).toBe('加快建设');
		expect(at('13号线一期于2019年开工建设，全线设有光华村站、杜甫草堂站等车站', 1)).toBe('开工建设');
		// Not what a place has or what is set up in it.
		expect(at('该区设有北湖站，居民出行方便', 0)).toBeNull();
	});

	it('knows the verbs of pipes laid, of venues set and of sites developed: 沿…敷设, 设主会场, 为主题进行开发', () => {
		expect(at('新建污水主干管约12.6公里，主要沿淮州大道、职教大道敷设', 1)).toBe('敷设');
		// …of ground dug and water carried (开挖截潜流工程, 向…山区村组送水), not of a truck that carries it (送水车) or a phase of works a problem names (土方开挖未落实…).
		expect(verbPhrase('东部新区草池街道在绛溪河河床开挖截潜流工程3处')).toBe('开挖');
		expect(verbPhrase('分片包干向禾丰镇、涌泉镇等镇的山区村组送水')).toBe('送水');
		expect(verbPhrase('高升桥东路（地铁3号线高升桥站B口旁）｜送水车')).toBeNull();
		expect(verbPhrase('土方开挖未落实湿法作业，大风天气易起尘')).toBeNull();
		expect(at('活动在成都东部新区设主会场，在郫都区等10个区（市）县设分会场', 1)).toBe('设分会场');
		expect(at('成华区崔家店站TOD则以“工业遗存+新消费”为主题进行开发')).toBe('进行开发');
	});

	it('who carries out the work, named after it, carries it out: …，实施主体为大面街道', () => {
		expect(at('2. 陡沟河：重点清除桥涵阻水障碍，实施主体为大面街道', 1)).toBe('重点清除');
		expect(at('重点清除桥涵阻水障碍，大面街道配合', 1)).toBeNull();
	});

	it('a clause that only names the sites or the spot of a work commits with the verb of the next clause, which opens on one', () => {
		expect(at('望平社区望平街12号院、香香巷3号院，实施外立面整治')).toBe('实施');
		expect(at('沙湾路与二环路交叉口，新建雨水管道1.2公里，5月底前完成')).toBe('新建');
		expect(at('府青路三段下穿隧道，新建强排泵站1座')).toBe('新建');
		expect(at('抚琴街道抚琴西南路社区：抚琴小区（西区），实施雨污分流')).toBe('实施');
		expect(at('二仙桥街道二仙桥社区：机车厂宿舍，实施燃气管道改造')).toBe('实施');
		// …or the side of a road where it is done, its stretch in brackets; not a landmark's side (below).
		expect(at('1.宏济路（宏济中路至一环路东五段）东侧，新增泊位18个')).toBe('新增');
		// …or a list of names closed by its 等 and their kind, the next clause its predicate; not the resources a design draws on.
		expect(at('四川大学江安校区、西南交通大学犀浦校区等高校体育场馆，在寒暑假和周末向周边居民有序开放')).toBe('有序开放');
		expect(at('选取金沙、金牛、凤凰山等沿线文化元素，打造了多座特色车站')).toBeNull();
		expect(at('2.交子大道（益州大道北段至天府大道北段）南侧辅道，新增夜间限时停车泊位44个')).toBe('新增');
		expect(at('二仙桥北路，东郊记忆北侧，新增泊位30个', 1)).toBeNull();
		// …whatever word the work's clause opens on after when (新建的…管道…刚刚完工).
		expect(at('高新区天府大道中段与天府三街交叉口，今年新建的1.4公里雨水管道6月中旬刚刚完工')).toBe('完工');
		// …or before the flood season (汛前完成…).
		expect(at('4. 驿马河：龙泉街道城区段，汛前完成河道清淤4.2公里')).toBe('完成');
		// Not a line told of (…的地铁线路), nor a spot the next clause does not open on a verb at.
		expect(at('27号线是成都首条全自动运行的地铁线路，开通后将分担客流')).toBeNull();
		expect(at('沙湾路与二环路交叉口，去年汛期积水严重')).toBeNull();
	});

	it('the places a work has made what they are commit with it (…修复37个，…等林盘成为网红打卡地), not its examples (如…等已成为…)', () => {
		expect(at('完成川西林盘保护修复37个，大邑县安仁镇、邛崃市平乐镇等林盘成为网红打卡地', 1)).toBe('完成');
		expect(at('坚持办赛营城一体推进，东安湖、凤凰山等片区成为城市新地标', 1)).toBe('推进');
		expect(at('口袋公园数量增至386个，如合江亭口袋公园、草市街口袋公园等已成为网红打卡地', 1)).toBeNull();
		expect(at('水质优良率保持100%，兴隆湖、青龙湖等湖泊湿地已成为热门去处', 1)).toBeNull();
		expect(at('近年来，成都市持续推进川西林盘保护修复，崇州市道明镇竹艺村、蒲江县明月村等已成为全国知名的乡村旅游目的地', 2)).toBeNull();
	});

	it('what a work joins up commits with it (新建…绿道，串联起…), not what a route described joins', () => {
		const s = '今年，蒲江新建环明月村绿道二期等线路42公里，串联起明月村、铁牛村等12个乡村旅游点';
		expect(at(s, 2)).toBe('新建');
		expect(at('这条步道全长3公里，串联起明月村、铁牛村', 1)).toBeNull();
		// …told of what the work made, after it (annotators 48:13).
		expect(at('“大运健身环”去年10月建成开放，12公里的健身步道串联起东安湖与车城大道沿线的7个社区运动场', 1)).toBe('建成开放');
		expect(at('10号线三期由太平园站向北延伸至金牛区，27号线一期则串联起金牛区、郫都区和高新区', 1)).toBe('延伸');
		expect(at('锦江公园全长约11公里，沿线串联起合江亭、东门码头', 1)).toBeNull();
		// …past the course and the figures told between (东起…，西至…，全长…).
		const greenway = '该段绿道沿江安河两岸布局，东起大件路，西至双流区九江街道江安社区，全长约9.2公里，串联起武侯区金花桥街道、双流区九江街道的5个社区';
		expect(at(greenway, 4)).toBe('布局');
		// …and what it links (连接).
		expect(at('开通定制通勤公交8条，连接华阳、麓山大道沿线居住区与天府软件园', 1)).toBe('开通');
		expect(at('这条步道全长3公里，连接明月村、铁牛村', 1)).toBeNull();
	});

	it('the areas a work beside it serves commit with it (…，服务天府新区直管区、双流区，…年内竣工验收), not those a description serves', () => {
		const s = '南部区域医疗中心依托成都市第七人民医院天府院区，服务天府新区直管区、双流区、新津区，妇女儿童中心医院天府院区年内竣工验收';
		expect(at(s, 1)).toBe('服务');
		expect(at('西部区域医疗中心依托成都市第五人民医院，辐射温江区、郫都区，启动市五医院医学城院区二期建设', 1)).toBe('辐射');
		expect(at('项目投用后，将重点服务西河街道、洛带镇群众，并辐射新都区石板滩街道', 2)).toBe('辐射');
		expect(at('该医院始建于1950年，服务郫都区、温江区', 1)).toBeNull();
	});

	it('a project and where it lies, told in one clause, commit with its work after its figures', () => {
		const s = '成都市第二人民医院龙潭院区位于成华区龙潭街道，规划床位1000张，一期工程已于2024年12月建成开诊';
		expect(at(s, 0)).toBe('建成开诊');
		expect(at(s, 1)).toBeNull();
		// Not a place told of, nor what lies by a river (位于…的).
		expect(at('该区位于成都东部，气候温和', 0)).toBeNull();
		// …or with the work its name tells, where none comes after, however it is numbered (④, 1.).
		expect(at('④区人民医院新院区二期建设项目，位于郫筒街道，总投资约5.2亿元', 1)).toBe('建设');
		expect(at('1.区人民医院新院区二期建设项目，位于郫筒街道', 1)).toBe('建设');
		// …and an item of a list of them, numbered and labelled, its work after its figures.
		expect(at('②成都市成华区保和初级中学：位于保和街道东虹路北侧、天鹅社区内，规划办学规模30个班，今年秋季招收七年级新生10个班', 0)).not.toBeNull();
		// One district's streets, a clause of their own, go on with the next district's to its verb (annotators 9:0).
		expect(at('届时，金牛区天回镇街道，新都区大丰街道、三河街道部分区域将停止供水', 1)).toBe('停止供水');
		expect(at('（三）金牛区天回镇街道、沙河源街道，成华区龙潭街道、青龙街道等老工业集中区内，已列入城市更新单元', 0)).toBe('列入');
		expect(at('金牛区天回镇街道，气候温和', 0)).toBeNull();
		// …and a list of subjects that goes on with 以及 after a comma, to the verb of what follows it.
		expect(at('锦江区、青羊区全域，以及成都高新区南部园区，将新建公园', 0)).toBe('新建');
		expect(at('锦江区、青羊区全域，以及成都高新区南部园区，划为地下水禁采区', 0)).toBe('划为');
		// …and a place that opens a clause as its subject, the clause doing nothing the lexicon knows, its predicate going on with a verb first (46 held-out texts
		// better, 14 worse); not what a subject is said to be, nor a clause led by anything but a place.
		expect(at('金牛区营门口街道花照壁社区将“妇女儿童之家”与社区美空间一体设计，设置亲子阅读角、母婴室', 0)).toBe('设置');
		expect(at('新津区是四川天府新区的重要组成部分，建设南拓区域', 0)).toBeNull();
		expect(at('深入挖掘大熊猫、古蜀金沙等文化价值，做强国际音乐季', 0)).toBeNull();
		// (…nor one that only says where a place is: 走进位于成华区熊猫大道1375号的成都大熊猫繁育研究基地，新开放的扩建区….)
		expect(at('走进位于成华区熊猫大道1375号的成都大熊猫繁育研究基地，新开放的扩建区一期游人如织', 0)).toBeNull();
		// …and where a clause's subject is done or held, its verb bare at its end (小组赛在…进行).
		expect(at('乒乓球团体赛在东安湖体育公园小球馆进行', 0)).toBe('进行');
		expect(at('乒乓球团体赛在东安湖体育公园小球馆进行分组抽签', 0)).toBeNull();
		// …what is named by its number, too: an entrance, a station's line (3号入口位于…，主要服务…; 13号线华西坝站位于…，沿…布置).
		expect(at('3号入口位于东安湖体育公园西侧，主要服务乘坐接驳公交的游客', 0)).toBe('服务');
		// …nor what the place is said to be.
		expect(at('成都国际铁路港经济技术开发区位于成都市青白江区，是全省重要的对外开放平台，规划面积约93平方公里', 0)).toBeNull();
		expect(at('4. 位于锦江、江安河沿岸的场所，汛期由所在街道决定是否启用', 0)).toBeNull();
		// …past what the site was before: 原规划为仓储用地.
		expect(at('双流区地块位于西航港大道以南，紧邻成都双流国际机场，原规划为仓储用地，拟调整为航空物流用地', 0)).toBe('调整');
	});

	it('a figure the next clause compares with a year before is a statistic: …开行铁海联运班列1320列，同比增长15.4%', () => {
		expect(at('铁路港全年开行铁海联运班列1320列，同比增长15.4%', 0)).toBeNull();
		expect(at('铁路港全年开行铁海联运班列1320列，服务企业200家', 0)).toBe('开行');
		expect(at('今年以来，成华区新增既有住宅加装电梯326部，数量居全市前列', 1)).toBeNull();
	});

	it('a ranking is a statistic, whatever was done to earn it: 建成数量位居全市前三', () => {
		expect(at('2023年，全市共建成口袋公园112个，其中锦江区、武侯区、成华区建成数量位居全市前三', 2)).toBeNull();
		expect(at('从区域分布看，东部新区、成都高新区开工项目总投资分列前三位', 1)).toBeNull();
		expect(at('其中锦江区建成口袋公园30个', 0)).toBe('建成');
		// …nor the parts of a total told by their figures together or alike (annotators 36:0 across the held-out sets).
		expect(at('全年引进各类首店786家，其中春熙路、交子公园两大商圈合计引进首店312家', 1)).toBeNull();
		expect(at('其中成都博物馆、武侯祠博物馆接待量均超过400万人次', 0)).toBeNull();
		expect(at('其中成都东部新区、双流区新建学校居前', 0)).toBeNull();
		expect(at('其中，成都高新区、四川天府新区合计完成投资占全市比重达41.3%，龙泉驿区新开工产业项目数量位居全市前列', 1)).toBeNull();
		expect(at('其中，成都高新区、四川天府新区合计完成投资占全市比重达41.3%，龙泉驿区新开工产业项目数量位居全市前列', 2)).toBeNull();
		// A place in a ranking's top list is ranked; one in a list of models is named a model for its work.
		expect(at('青白江区连续五年入选全国综合实力百强区', 0)).toBeNull();
		expect(at('青白江区入选国家级生态文明建设示范区', 0)).toBe('入选');
	});

	it('what the work is fitted to is no site of it: 结合成华区实际', () => {
		expect(at('结合成华区实际，制定本方案', 0)).toBeNull();
		expect(at('结合温江实际，推进公园城市建设', 0)).toBeNull();
		expect(at('结合二仙桥片区更新，在东郊记忆北侧地块配建公共停车场', 0)).toBe('配建');
	});

	it('下穿 is the work of a tunnel driven under a place, not a passage’s name: 盾构机下穿锦江; 下穿隧道, 下穿成昆铁路通道', () => {
		expect(verbPhrase('盾构机先后3次下穿锦江、沙河等河道')).toBe('下穿');
		expect(verbPhrase('人民北路二段下穿隧道积水深度超过40厘米')).toBeNull();
		expect(verbPhrase('对西航港大道下穿成昆铁路通道实施排水泵站扩容')).toBe('实施');
		expect(verbPhrase('锦华路一段下穿成昆铁路涵洞')).toBeNull();
		expect(verbPhrase('其中下穿火车北站的区间于本月初贯通')).toBe('贯通');
	});

	it('入地 is overhead lines put underground (蜀州中路架空线入地), not what enters a place after it: 进入地铁站', () => {
		expect(verbPhrase('推进蜀州中路、唐安东路架空线入地')).toBe('推进');
		expect(verbPhrase('蜀州中路架空线入地')).toBe('入地');
		expect(verbPhrase('乘客由东侧进入地铁站')).toBeNull();
	});

	it('削减 and 消除 are work on what flows where it is cut, and on what a place is rid of: 持续削减总磷负荷, 全面消除劣Ⅴ类水体', () => {
		expect(at('以毗河、绛溪河为重点，持续削减总磷负荷')).toBe('持续削减');
		expect(at('陡沟河、西河全面消除劣Ⅴ类水体')).toBe('全面消除');
	});

	it('试点 before what is piloted names the pilot’s kind: 先行试点街道', () => {
		expect(verbPhrase('金牛区抚琴街道等先行试点街道居民分类知晓率较高')).toBeNull();
		expect(verbPhrase('在锦江、武侯试点垃圾分类')).toBe('试点');
	});

	it('an item of a 一是…二是… list that only names its place commits with the work after it, through its frame', () => {
		expect(at('二是西河滨河夜经济带，在唐安西路至永康东路段布设夜市摊区')).toBe('布设');
		expect(at('三是街子古镇夜游区，依托味江水岸打造灯光秀')).toBe('打造');
		expect(at('一是锦江区，全年接待游客500万人次')).toBeNull();
		// An item that names its place before a list run on past its comma: neither sends the walk back to the other.
		expect(at('二是湔江、白水河及其支沟沿岸，特别是银厂沟、回龙沟等泥石流易发沟道')).toBeNull();
		// The named items of a list run over commas, their places in brackets, commit with the verb of the first.
		const routes = '重点打造“熊猫之旅”（熊猫基地—都江堰熊猫谷），“世遗之旅”（都江堰景区—青城山），组织旅行社开展线路推广';
		expect(at(routes, 1)).toBe('重点打造');
		expect(at('“世遗之旅”（都江堰景区—青城山）游客最多，“古镇之旅”（黄龙溪古镇—洛带古镇）次之', 1)).toBeNull();
	});

	it('the route a line runs commits with its work, or with what made it when nothing else is done: 西起…，东至…', () => {
		const line30 = '这条线路西起双流区双流机场2航站楼东站，东至龙泉驿区龙泉驿火车站南站，新增一条东西向骨干通道';
		expect(at(line30, 0)).toBe('新增');
		expect(at(line30, 1)).toBe('新增');
		expect(at('此次开通的13号线一期西起青羊区瓦窑滩站，东至龙泉驿区龙安站，全长29.07公里', 1)).toBe('开通');
		// …a bus route's too, from where it sets out (从…出发, 由…发车).
		expect(at('这是新开的接驳线路1301路，从东安湖站出发，经东篱路、东安湖北路，全程约6公里', 1)).toBe('新开');
		// …or a bus route's own run, told from where it leaves (Z5路由…发车，经…，至…).
		const run = 'Z5路由蒲江县汽车客运站发车，经鹤山街道、大兴镇，至甘溪镇明月村，全长约21公里';
		expect([0, 1, 2, 3].map((k) => at(run, k))).toEqual(['发车', '发车', '发车', null]);
		// …from 自 too, where it sets off (K12路自地铁龙潭寺站发出，经…), though 发出 alone commits nothing (发出通知).
		expect([0, 1].map((k) => at('K12路自地铁龙潭寺站发出，经成洛大道进入龙泉驿区十陵街道，全长约21.6公里', k))).toEqual([null, '发出']);
		expect(at('新开公交1203路，由高洪村站开往龙泉驿区大面街道', 1)).toBe('新开');
		expect(at('新开的接驳线路1303路由车城大道站发车', 0)).toBe('新开');
		// …自…发车, and the stops it passes on its way to its end or back (经…至…, 经…返回…).
		const loop = '新开1302路，自地铁幸福梅林站发车，经成龙大道、三圣街道红砂村、江家堰返回幸福梅林站，顺时针单向环线运行';
		expect([1, 2].map((i) => at(loop, i))).toEqual(['新开', '新开']);
		expect(at('新开1301路，由地铁龙安站发车，经驿都大道、成龙大道、青龙湖湿地公园至十陵公交站', 2)).toBe('新开');
		expect(at('新开的1127路从白佛桥站开往郫都区犀浦街道', 0)).toBe('新开');
		expect(at('市民从春熙路出发，经东大街到达九眼桥', 0)).toBeNull();
		// …a line by its stops alone, three or more, after its item's name or not (not two: 成都—重庆).
		expect(at('成都国际铁路港—成都第二绕城高速—成都天府国际机场，推进国际班列与国际航空货运有效衔接', 0)).toBe('推进');
		expect(at('1.空铁联运线：成都国际铁路港—成都第二绕城高速—成都天府国际机场，推进国际班列与国际航空货运有效衔接', 0)).toBe('推进');
		expect(at('成都国际铁路港—成都天府国际机场，推进国际班列与国际航空货运有效衔接', 0)).toBeNull();
		// …and the course a river flows, with the work after it (蒲江河自西向东流经鹤山街道、寿安街道，重点实施…), not with none.
		expect(at('蒲江河自西向东流经鹤山街道、寿安街道，重点实施河道生态修复和滨河绿道建设', 0)).toBe('重点实施');
		expect(at('蒲江河自西向东流经鹤山街道、寿安街道，全长约40公里', 0)).toBeNull();
		// A road's route told with nothing done on it commits nothing.
		expect(at('二环路西起蜀汉路，东至牛市口，全长28公里', 1)).toBeNull();
		// A corridor's ends are its route too (北接…，南连…); a district's neighbours told are no route's.
		const corridor = '沿天府大道中轴，北接高新区新经济活力区，南连天府总部商务区和成都科学城，串联华阳、万安等街道';
		expect(at(corridor, 1)).toBe('串联');
		expect(at(corridor, 2)).toBe('串联');
		expect(at('双流区位于成都市西南部，东接天府新区直管区，北连武侯区和成都高新区', 1)).toBeNull();
		// A stop on the way told in a clause of its own is on the route; a body's consent is not.
		expect(at('起于涌泉街道，经天府街道，止于永宁街道，全长12.6公里，同步实施江安河河岸生态修复', 1)).toBe('同步实施');
		expect(at('经锦江区政府同意，实施春熙路街区更新')).toBeNull();
	});

	it('drawing up a plan, pulling down what was built, trying a measure out and finishing a work commit: 制定, 拆除, 试行, 完毕', () => {
		expect(verbPhrase('机车厂站至人民塘站区间疏散平台安装完毕')).toBe('安装完毕');
		expect(verbPhrase('在金牛公园、黄忠公园等人流密集场所配置AED设备60台')).toBe('配置');
		expect(verbPhrase('补足天府新区的轨道覆盖短板')).toBe('补足');
		expect(verbPhrase('金牛区清理府河天回段滩地违建及砂石堆场21处')).toBe('清理');
		expect(verbPhrase('青羊区腾退违建3.8万平方米')).toBe('腾退');
		expect(verbPhrase('彭州市、新都区要联合制定毛河“一河一策”达标方案')).toBe('制定');
		expect(verbPhrase('金牛区已拆除沙河绿道沿线违规围挡0.8公里')).toBe('拆除');
		expect(verbPhrase('温江区在江安河绿道试行“数字孪生”巡护')).toBe('试行');
		// Drainage and river works.
		expect(verbPhrase('下东大街，疏通排水箱涵')).toBe('疏通');
		expect(verbPhrase('对毗河新都段清淤疏浚8公里')).toBe('清淤疏浚');
		// What is brought back.
		expect(verbPhrase('草堂北路恢复双向各一个机动车道通行')).toBe('恢复');
		expect(verbPhrase('推进湔江河谷湿地生态恢复')).toBe('推进');
	});

	it('a verb before 工地, 幅度 or 线 is a noun: 施工工地, 改善幅度, 跑道延长线 (完成线下工程 still commits)', () => {
		expect(verbPhrase('这个位置正好在天府机场跑道延长线上')).toBeNull();
		expect(verbPhrase('成眉线眉山段完成线下工程招标')).toBe('完成');
		expect(verbPhrase('加快开通线路12条')).toBe('加快开通');
		expect(verbPhrase('紧挨地铁17号线西大街站施工工地')).toBeNull();
		expect(verbPhrase('改善幅度排名前三位的依次是简阳市、金堂县')).toBeNull();
		expect(verbPhrase('都江堰、彭州受限于生态保护要求')).toBeNull();
		expect(verbPhrase('西大街站工地加快施工')).toBe('加快施工');
	});

	it('the works and services of news and of a reply commit: 封顶, 开诊, 开学, 交付使用, 预留, 增开, 再建', () => {
		expect(verbPhrase('成都市中心医院主体结构全面封顶')).toBe('全面封顶');
		expect(verbPhrase('郫都区人民医院新院区计划9月开诊')).toBe('开诊');
		expect(verbPhrase('建设路小学龙潭校区和配套幼儿园同步开学')).toBe('同步开学');
		expect(verbPhrase('人才社区二期交付使用')).toBe('交付使用');
		expect(verbPhrase('沿线站点同步预留TOD开发条件')).toBe('同步预留');
		expect(verbPhrase('早高峰会在钟楼站增开小交路列车')).toBe('增开');
		expect(verbPhrase('国庆假期期间，锦江剧场、悦来茶园等重点场所每日加演')).toBe('加演');
		expect(verbPhrase('在岷江、沱江两大水系的21个放流点位，放流齐口裂腹鱼约280万尾')).toBe('放流');
		expect(verbPhrase('在宝光寺东侧再建一个立体停车楼')).toBe('再建');
		expect(verbPhrase('6号线将加开临时列车')).toBe('加开');
		expect(verbPhrase('2号线在成都东客站至春熙路站区段加开区间车12列次')).toBe('加开');
		expect(verbPhrase('春熙路站、宽窄巷子站增派站务人员')).toBe('增派');
		expect(verbPhrase('天府广场站、熊猫大道站加派站务人员')).toBe('加派');
		expect(verbPhrase('1号线、7号线在火车北站各安排备用列车2列')).toBe('安排备用');
		expect(verbPhrase('区财政安排资金2000万元')).toBeNull();
		// A line's milestones.
		expect(verbPhrase('10月28日，成眉市域铁路全线轨通')).toBe('轨通');
		expect(verbPhrase('市域铁路成德线（S11）全线轨道已铺通')).toBe('铺通');
		expect(verbPhrase('13号线一期实现全线“洞通”')).toBe('洞通');
		expect(verbPhrase('天府大道北延线跨成绵高速公路转体桥成功合龙')).toBe('合龙');
		// …but 联合龙泉驿区 is 联合 and 龙泉驿区.
		expect(verbPhrase('同时联合龙泉驿区、简阳市在三岔湖举办露营节')).toBe('举办');
		expect(verbPhrase('三岔湖、龙泉湖、老鹰水库等大中型水库将严格执行汛限水位')).toBe('严格执行');
		expect(verbPhrase('规范奎星楼街、泡桐树街等街巷夜间经营秩序')).toBe('规范');
		// A burden made heavier is what goes wrong, not work; the effort made greater is work.
		expect(verbPhrase('进一步加大了西河街道、同安街道学校的入学压力')).toBeNull();
		expect(verbPhrase('加大西河街道学校建设力度')).toBe('加大');
		// How old a place is tells no work; work is dated before its verb.
		expect(verbPhrase('浣花溪公园建成于2003年，部分游步道使用年限较长')).toBeNull();
		expect(verbPhrase('浣花溪公园于2003年建成')).toBe('建成');
		// A school's first intake, not its catchment; a barrier built up, a relic repaired, measures taken at a place.
		expect(verbPhrase('花源街道的新津实验小学天府农博园校区正式招生')).toBe('招生');
		expect(verbPhrase('金牛实验中学天回校区今年首招初一新生12个班')).toBe('首招');
		expect(verbPhrase('石化基地智慧安全监管平台已于去年底上线运行')).toBe('上线运行');
		// What a plan's area is to host commits with its adverb (重点承载); the place a thing is done at is a noun (承载地, 举办地).
		expect(verbPhrase('东部城市功能区重点承载成都医学城和高品质居住功能')).toBe('重点承载');
		expect(verbPhrase('金堂县是成都东进的重要承载地和产业协作带的节点')).toBeNull();
		expect(verbPhrase('东安湖体育公园是成都大运会开幕式举办地。')).toBeNull();
		expect(verbPhrase('石室中学北湖校区高中部今年首次招收高一新生')).toBe('招收');
		expect(verbPhrase('武侯区今秋开办龙江路小学簇桥分校')).toBe('开办');
		expect(verbPhrase('双林小学划片招生范围为双林社区')).toBeNull();
		expect(verbPhrase('筑牢龙门山、龙泉山生态屏障')).toBe('筑牢');
		expect(verbPhrase('修缮巴金故居')).toBe('修缮');
		expect(verbPhrase('对北星大道与天龙大道交叉口等节点适时采取临时封闭、分流措施')).toBe('采取');
		// Means sent to a place are deployed; the orders a body gave are not: 根据市委统一部署, 会议对…进行了部署.
		expect(verbPhrase('在龙门山、龙泉山等森林防火重点区域部署消防救援无人机')).toBe('部署');
		expect(verbPhrase('按照市委部署，锦江区召开会议')).toBeNull();
		expect(verbPhrase('按设备投资额的10%给予最高2000万元补助')).toBe('给予');
		// A town abolished, its villages moved; a sign changed alongside.
		expect(verbPhrase('撤销唐元镇，将其所辖行政区域整体划归唐昌镇管辖')).toBe('撤销');
		expect(verbPhrase('三道堰镇青杠树村划入友爱镇')).toBe('划入');
		expect(verbPhrase('并入成都市温江区寿安小学')).toBe('并入');
		expect(verbPhrase('德源大道沿线的公交站名和道路指示牌同步更新')).toBe('同步更新');
		// Where a notice's rules apply.
		expect(verbPhrase('本通告适用于锦江区、青羊区行政区域内共享单车的停放管理')).toBe('适用于');
		expect(verbPhrase('确定人民公园、浣花溪公园等为临时避险安置场所')).toBe('确定');
		expect(verbPhrase('一、新评定国家3A级旅游景区（共14家）')).toBe('评定');
		// Sites offered to investors, not the projects a fair offers.
		expect(verbPhrase('锦城绿道沿线可经营驿站及商业空间12处，本次统一对外招商')).toBe('招商');
		expect(verbPhrase('金堂县2025年重点产业园区和招商项目推介')).toBeNull();
		// A lane changed; not the state after a change.
		expect(verbPhrase('调整总府路东向西进口道车道功能')).toBe('调整');
		expect(verbPhrase('调整后，郫都区辖7个街道和3个镇')).toBeNull();
		// What is laid out at a place, what is strictly limited there.
		expect(verbPhrase('在东门码头至合江亭沿线布设滨水灯光秀')).toBe('布设');
		expect(verbPhrase('在国道318线甘溪镇过境段等交通流量较大路段采用双侧布灯')).toBe('布灯');
		expect(verbPhrase('分别接驳3号线植物园站、27号线三圣寺站和范家巷站')).toBe('分别接驳');
		expect(verbPhrase('对人民南路沿线雕塑、喷泉进行清洗')).toBe('清洗');
		expect(verbPhrase('龙泉山城市森林公园等生态敏感区域严格限制景观照明')).toBe('严格限制');
		expect(verbPhrase('限制景观照明')).toBeNull();
		// What will open, not what was shown off once.
		expect(verbPhrase('6号线望丛祠站、18号线西博城站等站点的TOD项目将陆续亮相')).toBe('亮相');
		expect(verbPhrase('新车型亮相')).toBeNull();
		// Land withheld, land not to be added, what is secured first; 建设用地 is land, not work.
		expect(verbPhrase('龙泉山城市森林公园原则上不安排经营性建设用地供应')).toBe('不安排');
		expect(verbPhrase('龙泉山主脊线两侧各500米范围内不得新增建设用地')).toBe('不得新增');
		// …as 整治成效 is what was achieved, not work: the work before it commits (开展整治成效“回头看”).
		expect(verbPhrase('将对锦江区、青羊区开展整治成效“回头看”')).toBe('开展');
		expect(verbPhrase('优先保障成都东部新区空港新城、简州新城')).toBe('优先保障');
		expect(verbPhrase('战旗村敲响全省农村集体经营性建设用地入市“第一槌”')).toBeNull();
		expect(verbPhrase('青白江区、新都区依托现有项目协同处置装修垃圾')).toBe('协同处置');
		expect(verbPhrase('淮州新城、青白江再添“链主”项目')).toBe('再添');
		expect(verbPhrase('根据市政府统一部署，会议对下一步工作进行了部署')).toBeNull();
	});

	it('a verb followed by a figure is a statistic, not a commitment', () => {
		expect(verbPhrase('中心城区绿色出行分担率提升至70%')).toBeNull();
		expect(verbPhrase('城市公交“同网、同质、同价”扩大至14个区')).toBeNull();
		expect(verbPhrase('一般公共预算收入完成85.6亿元')).toBeNull();
		expect(verbPhrase('东部新区地区生产总值完成约720亿元')).toBeNull();
		expect(verbPhrase('龙泉驿区城市更新项目投资完成额在东部各区中排名第一')).toBeNull();
		expect(verbPhrase('集装箱吞吐量突破100万标箱')).toBeNull();
		expect(verbPhrase('天府绿道总里程突破7300公里')).toBeNull();
		// A change told against a year before, by a figure.
		expect(verbPhrase('人民南路沿线步行道连续性评分较上年提高6.2分')).toBeNull();
		expect(verbPhrase('较上年提高人民南路服务水平')).toBe('提高');
		// A count of works done is no statistic.
		expect(verbPhrase('已完成18座')).toBe('完成');
		// …and so is how far a work has got (annotators 13:0).
		expect(verbPhrase('三坝水库大坝填筑完成78%')).toBe('填筑完成');
		expect(verbPhrase('完成沙河沿线绿道提升12公里')).toBe('完成');
		expect(verbPhrase('高标准农田建设完成1.2万亩')).toBe('建设完成');
		expect(verbPhrase('国际铁路港完成集装箱吞吐量61万标箱')).toBeNull();
		expect(verbPhrase('航空枢纽全年完成旅客吞吐量8010万人次')).toBeNull();
		// A project's measure of work is still its work.
		expect(verbPhrase('完成老旧小区改造300个')).toBe('完成');
		expect(verbPhrase('成都经开区综合排名提升至全国第15位')).toBeNull();
		// An hour is no figure reached.
		expect(verbPhrase('人民公园将夜间开放至22时')).toBe('开放');
	});

	it('the phrase ends with its last verb, not a word that leads its object', () => {
		expect(verbPhrase('今年将实施重点项目210个')).toBe('实施');
		expect(verbPhrase('天府国际机场新开国际航线10条')).toBe('新开');
		expect(verbPhrase('新开工跨三环路人行通道5处')).toBe('新开工');
		expect(verbPhrase('我们新开通了天府国际机场至温江区的直达机场大巴')).toBe('新开通');
		expect(verbPhrase('绿道将串联三圣花乡、兴隆湖等城市公园')).toBe('串联');
		expect(verbPhrase('猛追湾、望平坊、祠堂街持续焕新')).toBe('持续焕新');
		expect(verbPhrase('抓好简州新城配套基础设施')).toBe('抓好');
		expect(verbPhrase('东安湖体育公园已投入使用')).toBe('投入使用');
		// 统筹 leads a verb (统筹推进) but commits nothing alone: 统筹资源力量.
		expect(verbPhrase('统筹推进东部新区建设')).toBe('统筹推进');
		expect(verbPhrase('统筹资源力量，持续优化公共服务供给')).toBe('持续优化');
	});

	it('a verb that ends an item of a list is a noun: 成都东站改造、…等项目加快推进', () => {
		expect(verbPhrase('天府国际机场二期、成都东站改造、成渝中线高铁等项目加快推进')).toBe('加快推进');
	});

	it('a leader’s round of visits and a plan refused after it is named commit nothing: 他先后来到…, …的方案不予采纳', () => {
		expect(verbPhrase('他先后来到成都站改扩建工程现场、荷花池、蓉北商圈')).toBeNull();
		// …and an inspection's (实地查看了…迁建等14个项目现场).
		expect(verbPhrase('实地查看了天温都快速路、温江区妇幼保健院迁建等14个项目现场')).toBeNull();
		expect(verbPhrase('在江安河南岸设置滨河机动车道的方案不予采纳')).toBeNull();
		expect(verbPhrase('会议未采纳在二仙桥公园内设置临时停车场的方案')).toBeNull();
		expect(verbPhrase('天府广场地下空间改造项目也暂缓实施')).toBeNull();
		expect(verbPhrase('一个拟落户彭州的精细化工项目因不符合生态环境准入要求未予签约')).toBeNull();
		// …or in the clause after it, when it is named as a plan: …的方案，经评估暂不实施.
		const refused = '此前提出的71路延伸至猛追湾的方案，经评估暂不实施';
		expect(at(refused)).toBeNull();
		const taken = '71路延伸至猛追湾，经评估明年实施';
		expect(at(taken)).toBe('延伸');
		// Places joined up (串联), marked out (划定), or a dam raised (填筑); not a route that links places (线路串联, 串联起).
		expect(verbPhrase('新建滨水绿道40公里，串联棠湖公园、江安河公园')).toBe('新建');
		expect(verbPhrase('串联棠湖公园、江安河公园')).toBe('串联');
		expect(verbPhrase('并与沙河源街道、天回镇街道的社区运动场连片成网')).toBe('连片成网');
		expect(verbPhrase('在宽窄巷子站出入口周边划定非机动车停放区')).toBe('划定');
		expect(verbPhrase('三坝水库大坝填筑过半')).toBe('填筑');
		expect(verbPhrase('下达简阳、金堂等区（市）县均衡性转移支付43.6亿元')).toBe('下达');
		expect(verbPhrase('我局在杉板桥公园东侧广场安装噪声监测屏')).toBe('安装');
		expect(verbPhrase('东部新区、简阳市关闭搬迁绛溪河沿岸禁养区内养殖场67家')).toBe('关闭搬迁');
		expect(verbPhrase('沿河餐饮点12家已全部关停取缔')).toBe('关停取缔');
		expect(verbPhrase('科学城站、五根松站开往韦家碾站方向末班车由22:40延后至23:10')).toBe('延后');
		expect(verbPhrase('比赛当日，地铁4号线、7号线首班车将提前至6:00发车')).toBe('提前至');
		expect(verbPhrase('较计划提前45天完工')).toBe('完工');
		// The 建设 of a department's name: 各区（市）县住房城乡建设（交通）主管部门, 成都高新区建设主管部门.
		expect(verbPhrase('成都东部新区、成都高新区建设主管部门')).toBeNull();
		// A verb before 的 describes what it made, unless a date says when it was made.
		expect(verbPhrase('新建的资阳线')).toBeNull();
		expect(verbPhrase('前年开通的资阳线')).toBe('开通');
		expect(verbPhrase('2022年开园的天府艺术公园')).toBe('开园');
		expect(verbPhrase('同日开通的地铁10号线三期')).toBe('开通');
		// 在建设… is 在 and 建设, not 在建: 在建设路打造…, 正在建设的…; 在建 itself still is work under way.
		expect(verbPhrase('在建设路打造消费新场景')).toBe('打造');
		expect(verbPhrase('正在建设的成达万高铁')).toBe('建设');
		expect(verbPhrase('源自淮州新城正在实施的沱江滨水岸线更新工程')).toBe('实施');
		expect(verbPhrase('在建的成达万高铁')).toBe('在建');
		// …nor is 您在建议中 (在 and 建议); a text that ends in 在建 still is.
		expect(verbPhrase('您在建议中还提到东升街道接待寺社区部分学生“就学远”问题')).toBeNull();
		expect(verbPhrase('成达万高铁在建')).toBe('在建');
		// …nor 存在建筑垃圾 (存在 and 建筑).
		expect(verbPhrase('杨柳河、羊马河入岷江口附近存在建筑垃圾非法倾倒点位')).toBeNull();
		// …or what its subject is said to have been made: …一带是锦江区着力打造的…新地标 (not a pace or a layout: 发展提速的, “东进”布局的).
		expect(verbPhrase('东门码头、合江亭一带是今年锦江区着力打造的夜间经济新地标')).toBe('着力打造');
		expect(verbPhrase('2024年是新津撤县设区后发展提速的关键一年')).toBeNull();
		expect(verbPhrase('淮州新城是成都市“东进”布局的郊区新城')).toBeNull();
		expect(verbPhrase('线路串联双流区、成都高新区、锦江区')).toBeNull();
		expect(verbPhrase('19号线串联双流机场与天府机场')).toBeNull();
		expect(verbPhrase('19号线二期串联天府机场1号2号航站楼站与双流机场2航站楼东站')).toBeNull();
		expect(verbPhrase('步道串联起龙泉驿区、简阳两地的8个村落')).toBeNull();
		expect(verbPhrase('沿线串联熊猫基地、东郊记忆等特色场景')).toBeNull();
		// …but what is taken and joined up is joined.
		expect(verbPhrase('同时把夜市与“夜游锦江”游船线路串联')).toBe('串联');
		// A verb that only dates what follows: 开通以来, 运营首年, 开通运营一周年, 运营满一年.
		expect(verbPhrase('资阳线开通以来日均客流已超过5万人次')).toBeNull();
		expect(verbPhrase('东部新区设立五年来')).toBeNull();
		expect(verbPhrase('资阳线运营首年日均客运量2.1万人次')).toBeNull();
		expect(verbPhrase('成资S3线运营满一年，日均客流量达5.2万人次')).toBeNull();
		expect(verbPhrase('川青铁路青白江东至镇江关段开通运营一周年')).toBeNull();
		expect(verbPhrase('资阳线开通以来，加快建设沿线站城一体项目')).toBe('加快建设');
		// An idea once floated (曾有构想在…兴建) commits nothing, nor what a place once went through (一度暂停营业), what a change is put
		// down to (受…搬迁影响) or what a plan holds (规划中的22号线).
		for (const text of ['早年曾有构想在三岔湖兴建大型主题乐园', '虹口、龙池等景区一度暂停营业', '永宁街道、金马街道受个别重点企业搬迁影响略有下降', '陆肖站是地铁6号线与规划中的22号线换乘站点'])
			expect(verbPhrase(text)).toBeNull();
		// Repairs done commit (检修, 维修, 加固); repairs as a trade or a shop do not.
		expect(verbPhrase('新都区对辖区内毗河上的3座拦河闸进行了安全鉴定和检修')).toBe('检修');
		for (const text of ['沿九里堤中路补充早餐店、维修点等基本业态', '驿站提供饮用水和自行车维修服务']) expect(verbPhrase(text)).toBeNull();
		// …and so does one that tells where a line runs (贯通区内), unlike work that joins it up (贯通运营).
		expect(verbPhrase('地铁2号线、4号线贯通区内')).toBeNull();
		expect(verbPhrase('地铁27号线与8号线贯通运营')).toBe('贯通运营');
		// …nor one that tells what a route links after its length (全长约248公里，串联…).
		expect(verbPhrase('五环路全长约248公里，串联新都、青白江、龙泉驿等区')).toBeNull();
		expect(verbPhrase('新建滨水绿道40公里，串联棠湖公园、江安河公园')).toBe('新建');
		// Directing resources, solving a problem and a pilot commit: 倾斜, 解决, 试点.
		expect(verbPhrase('重点向天府新区、东部新区等人口净流入区域倾斜')).toBe('倾斜');
		expect(verbPhrase('重点解决崇州、大邑山区季节性缺水问题')).toBe('重点解决');
		expect(verbPhrase('在锦江、武侯试点“夜间经济集聚区”')).toBe('试点');
	});

	it('a verb awaited commits nothing: 待…建成通车后 (a project’s 建成后将成为… still commits)', () => {
		expect(verbPhrase('待成渝中线高铁建成通车后')).toBeNull();
		// …as does one a trip's time follows; what is being built is under way.
		expect(verbPhrase('建成后金堂至成都天府站仅需15分钟左右')).toBeNull();
		expect(verbPhrase('在建的成达万高铁设淮州站')).toBe('在建');
		expect(verbPhrase('项目建成后将成为成华东部的“城市客厅”')).toBe('建成');
		expect(verbPhrase('沙河金牛段滨河绿道完成提档升级后')).toBe('完成提档升级');
	});

	it('a verb before 的 describes what it made: 工业遗址改造的文创街区', () => {
		expect(verbPhrase('再去东郊记忆感受工业遗址改造的文创街区')).toBeNull();
		expect(verbPhrase('双流区正在实施的川西大道改造工程预计2025年完工')).toBe('改造');
	});

	it('a verb before 范围 or 面积 names an area: 规划面积729平方公里', () => {
		expect(verbPhrase('东部新区规划面积729平方公里')).toBeNull();
		expect(verbPhrase('在龙泉山城市森林公园保护范围内')).toBeNull();
		// …and 规划 before what a plan lays down names it: a planned road is no plan made.
		expect(verbPhrase('小区至金星站之间的规划道路万春东路西延线尚未建成')).toBeNull();
		expect(verbPhrase('规划建设万春东路西延线')).toBe('规划建设');
		// …and so does 规划 before the area a plan covers (annotators 0:7).
		expect(verbPhrase('规划片区位于温江区东部、成都医学城核心区北侧')).toBeNull();
	});

	it('a verb before a field of a project’s record or an office is a noun: 建设地点：, 城乡建设局', () => {
		expect(verbPhrase('建设地点：成都市锦江区春熙路街道辖区内')).toBeNull();
		expect(verbPhrase('建设规模：改造老旧小区12个')).toBe('改造');
		expect(verbPhrase('实施主体为锦江区')).toBeNull();
		expect(verbPhrase('招标人：成都市锦江区住房和城乡建设局')).toBeNull();
		expect(verbPhrase('公众可通过成都市规划和自然资源局网站提交意见')).toBeNull();
		expect(verbPhrase('加快建设和改造局部路段')).toBe('加快建设');
		expect(verbPhrase('由市发展改革委牵头推进')).toBe('推进');
		expect(verbPhrase('加快建设内容产业园')).toBe('加快建设');
		expect(verbPhrase('改造局部路段')).toBe('改造');
	});

	it('a verb before 里程, 量, 值, 工作 or a meeting’s 会 is a noun: 运营里程达到601.7公里, 开行量, 增加值, 建设工作会, 建设推进会', () => {
		expect(verbPhrase('年末全市轨道交通运营里程达到601.7公里')).toBeNull();
		expect(verbPhrase('青白江区召开成都国际铁路港建设推进会')).toBeNull();
		// …and before 者 or 现场: who does the work, where it is seen (【同期声】空港新城建设者 赵师傅; 【画面：空港新城建设现场】).
		expect(verbPhrase('【同期声】东部新区空港新城建设者 赵师傅')).toBeNull();
		expect(verbPhrase('【画面：东部新区空港新城建设现场，塔吊林立】')).toBeNull();
		expect(verbPhrase('加快建设会展中心')).toBe('加快建设');
		expect(verbPhrase('打造城市会客厅')).toBe('打造');
		expect(verbPhrase('国际铁路港中欧班列开行量同比增长15%')).toBeNull();
		expect(verbPhrase('成华区第三产业增加值1122.4亿元')).toBeNull();
		// A time too, though the verbs before it still commit.
		expect(verbPhrase('2号线、17号线等其余线路运营时间不变')).toBeNull();
		// …or the day it happened: 开园首日…入园人数约4.2万人次 is a count of that day.
		expect(verbPhrase('开园首日北湖生态公园二期入园人数约4.2万人次')).toBeNull();
		expect(verbPhrase('开通当天，18号线客流突破10万人次')).toBeNull();
		expect(verbPhrase('蓉北商圈假期客流突破百万人次')).toBeNull();
		expect(verbPhrase('春熙路站将延长运营时间30分钟')).toBe('延长');
		expect(verbPhrase('近日，成华区召开2024年城市建设工作会')).toBeNull();
	});

	it('a verb that begins a road’s name is no verb: 西至建设路，北至二仙桥东路', () => {
		expect(verbPhrase('东至二环路东二段，西至建设路，北至二仙桥东路')).toBeNull();
		expect(verbPhrase('位于建设北路二段')).toBeNull();
		expect(verbPhrase('双林北支路、建设南支路、府青路二段')).toBeNull();
		expect(verbPhrase('建设巷、建设南支路一带的烧烤夜宵店')).toBeNull();
		expect(verbPhrase('推动建设巷、杉板桥路等街巷植入社区商业')).toBe('推动');
		expect(verbPhrase('推进建设路商业街区改造')).toBe('推进');
		expect(verbPhrase('提升建设路片区品质')).toBe('提升');
		expect(verbPhrase('加快建设路网')).toBe('加快建设');
		// …but 路边 after another verb is the roadside it works along (布设路边小微站), after 建设 still the road's side (建设路边的小区).
		expect(verbPhrase('按照约1公里的间距布设路边小微站')).toBe('布设');
		expect(verbPhrase('建设路边的小区')).toBeNull();
		// …and the work that covers places does it there (改造工作覆盖…), not the work a report tells of (建设工作情况).
		expect(verbPhrase('改造工作覆盖浆洗街、玉林等11个街道的27个社区')).toBe('改造');
		expect(verbPhrase('建设工作情况')).toBeNull();
		expect(verbPhrase('改造路口12处')).toBe('改造');
		// Whatever the road's name goes on with: a school, a community, a boundary.
		expect(verbPhrase('对口小学：成都市建设路小学、成华区猛追湾小学')).toBeNull();
		expect(verbPhrase('建设北路二段以东、杉板桥路以北区域')).toBeNull();
		expect(verbPhrase('提升路面平整度')).toBe('提升');
	});

	it('a guest at a signing, a ceremony, what was achieved and a company’s name commit nothing; a project that 落户 or 入驻 does', () => {
		expect(verbPhrase('双流区、温江区等区（市）县主要负责人参加签约')).toBeNull();
		expect(verbPhrase('集中签约仪式在中国西部国际博览城举行')).toBeNull();
		expect(verbPhrase('盾构区间贯通率58%')).toBeNull();
		// …nor what residents wish for (加装意愿率超过六成, 群众改造意愿强烈).
		expect(verbPhrase('金牛区抚琴街道居民加装意愿率超过六成')).toBeNull();
		expect(verbPhrase('群众改造意愿强烈')).toBeNull();
		// The works themselves commit.
		expect(verbPhrase('文翁石室站主体结构施工，盾构区间贯通率58%')).toBe('施工');
		expect(verbPhrase('送至郫都区公园城市建设局规划科（郫筒街道望丛东路19号）')).toBeNull();
		expect(verbPhrase('建成科创生态岛2号、3号馆')).toBe('建成');
		expect(verbPhrase('新都区召开宝光寺片区保护规划专家论证会')).toBeNull();
		expect(verbPhrase('成华区委书记率队在北湖生态公园调研锦城绿道运营管理工作')).toBeNull();
		expect(verbPhrase('龙泉山东坡生态修复受土地权属制约')).toBeNull();
		expect(verbPhrase('修复受损河道3公里')).toBe('修复');
		// Only in its own clause: what the visit asks for still commits.
		expect(verbPhrase('金牛区委书记赴荷花池市场调研，要求加快推进荷花池片区城市更新')).toBe('加快推进');
		expect(verbPhrase('2025年是“十四五”规划收官之年')).toBeNull();
		expect(verbPhrase('按照“筑城兴业、品质聚人”加快东进区域整体成势')).toBe('加快');
		expect(verbPhrase('近年来我市锦江公园建设成效明显')).toBeNull();
		expect(verbPhrase('成都菁蓉湖城市建设投资有限公司')).toBeNull();
		expect(verbPhrase('跨境电商物流项目将落户成都国际铁路港')).toBe('落户');
		expect(verbPhrase('某金融科技企业区域总部项目将入驻交子公园金融商务区')).toBe('入驻');
		expect(verbPhrase('简阳市、龙泉驿区要压实属地责任')).toBe('压实');
		expect(verbPhrase('今年青羊将投入12亿元')).toBe('投入');
		expect(verbPhrase('将在天府新区、高新区新筹集人才公寓1万套')).toBe('筹集');
		expect(verbPhrase('火车北站站前地铁换乘通道完成主体结构')).toBe('完成');
		expect(verbPhrase('十里店站、双流区段高架区间正在加紧施工')).toBe('加紧施工');
		expect(verbPhrase('项目实施主体为成华区政府')).toBeNull();
		expect(verbPhrase('持续改善兴隆湖水生态')).toBe('持续改善');
		expect(verbPhrase('全线网将陆续推广“刷脸”乘车')).toBe('推广');
		expect(verbPhrase('与会人员实地察看了柏条河生态缓冲带建设情况')).toBeNull();
	});

	it('thanks and a condition commit nothing; 纳入 or 列入 a plan does', () => {
		expect(verbPhrase('再次感谢您对新都交通和教育事业的关心和支持')).toBeNull();
		expect(verbPhrase('欢迎您继续关心支持双流教育和城市建设工作')).toBeNull();
		expect(verbPhrase('该线路客流需求和建设条件尚需进一步论证')).toBeNull();
		expect(verbPhrase('力争将地铁3号线北延纳入下一轮建设规划')).toBe('纳入');
		expect(verbPhrase('二仙桥片区城市有机更新项目（一期）已列入成华区2024年国民经济和社会发展年度计划')).toBe('列入');
		// …but not a list of offenders.
		expect(verbPhrase('在投标截止时间前被“信用中国”网站列入失信被执行人名单的')).toBeNull();
		expect(verbPhrase('对违规企业纳入黑名单管理')).toBeNull();
	});

	it('a notice that moves or renames a stop commits it: 迁移, 更名', () => {
		expect(verbPhrase('建设北路二段站（40561、40562）向北迁移约80米至电子科技大学沙河校区正门南侧')).toBe('迁移');
		expect(verbPhrase('建设南支路站（40588、40589）更名为东郊记忆站')).toBe('更名');
	});

	it('a measure’s trend commits nothing (挂牌量持续增加), a plan’s target does; an adjective in 型 is no verb', () => {
		expect(verbPhrase('青羊区、武侯区的老旧小区挂牌量持续增加')).toBeNull();
		expect(verbPhrase('成华区、龙泉驿区的供应量将明显增加')).toBeNull();
		expect(verbPhrase('中心城区绿色出行分担率提升至71%', true)).toBe('提升');
		// A target reached at a figure (达到, 稳定在) has no verb of work, yet a plan commits to it.
		expect(verbPhrase('全市天府绿道总里程达到12000公里', true)).toBe('达到');
		expect(verbPhrase('全市天府绿道总里程达到12000公里')).toBeNull();
		expect(verbPhrase('中心城区平均急救反应时间缩短至12分钟以内', true)).toBe('缩短至');
		expect(verbPhrase('全市森林覆盖率稳定在41%以上', true)).toBe('稳定在');
		expect(verbPhrase('两地合作达到新高度', true)).toBeNull();
		expect(verbPhrase('确保沱江出境断面水质稳定达标', true)).toBe('达标');
		// A water class typed in Latin letters, and a fall by a figure.
		expect(verbPhrase('岷江干流水质稳定达到II类', true)).toBe('达到');
		expect(verbPhrase('三岔湖水质稳定达到III类', true)).toBe('达到');
		expect(verbPhrase('岷江干流成都段水质稳定保持Ⅱ类', true)).toBe('保持');
		expect(verbPhrase('岷江干流成都段水质稳定保持Ⅱ类')).toBeNull();
		expect(verbPhrase('龙泉湖总磷浓度较2020年下降10%', true)).toBe('下降');
		expect(verbPhrase('龙泉湖总磷浓度较2020年下降10%')).toBeNull();
		// A growth's floor is a target; a growth alone, a statistic.
		expect(verbPhrase('青城山—都江堰景区夜间游客接待量增长15%以上', true)).toBe('增长');
		expect(verbPhrase('成都国际铁路港综合保税区进出口额增长17.3%', true)).toBeNull();
		expect(verbPhrase('龙泉山城市森林公园桃花节在桃花故里开幕')).toBe('开幕');
		expect(verbPhrase('东安湖体育公园曾承办大运会开幕式')).toBeNull();
		expect(verbPhrase('青羊区在奎星楼街、祠堂街布置新春灯饰')).toBe('布置');
		// A headline's news that a plan is out commits to nothing yet.
		expect(verbPhrase('一图读懂丨新津站TOD片区规划来了！')).toBeNull();
		expect(verbPhrase('东部新区建设规划出炉')).toBeNull();
		expect(verbPhrase('盘活简阳临空经济产业园闲置低效用地1200亩')).toBe('盘活');
		// 落实 across two words is none: 老旧院落实施改造.
		expect(verbPhrase('对营门口路沿线老旧院落实施连片改造')).toBe('改造');
		expect(verbPhrase('简州新城将重点引育整车及零部件企业')).toBe('重点引育');
		expect(verbPhrase('高质量建设西部(成都)科学城')).toBe('建设');
		expect(verbPhrase('金融城板块多个改善型项目开盘即售罄')).toBeNull();
		expect(verbPhrase('推动服务型制造发展，打造生产性服务业集群')).toBe('打造');
	});

	it('a change seen (有所增加), the usual state (正常运营) or a failure (未能贯通) is described, not committed', () => {
		expect(verbPhrase('大邑县安仁镇游客激增带来的垃圾清运问题有所增加')).toBeNull();
		expect(verbPhrase('地铁13号线与3号线的换乘站新南门站目前正常运营')).toBeNull();
		expect(verbPhrase('锦江绿道在东客站片区与沙河绿道未能贯通')).toBeNull();
		expect(verbPhrase('熊猫绿道与沙河绿道在驷马桥附近尚未实现平交贯通')).toBeNull();
		expect(verbPhrase('海滨公园、双桂公园等建成较早的公园设施老化')).toBeNull();
		expect(verbPhrase('加快未来科技城建设')).toBe('加快');
		expect(verbPhrase('地铁4号线骡马市站、宽窄巷子站照常运营')).toBeNull();
		// …nor is what cannot be done, may not be, or is done to a place by others, under way or not.
		expect(verbPhrase('地铁3号线北延线能否纳入及建设时序尚不确定')).toBeNull();
		expect(verbPhrase('地铁3号线北延线短期内难以开工建设')).toBeNull();
		expect(verbPhrase('桂湖片区用地性质和建筑高度受到严格控制')).toBeNull();
		expect(verbPhrase('桂湖片区现阶段无可供新建完全中学的成片用地')).toBeNull();
		// What a line or a route links, described (沿线串联…); the districts a line 串联 are left to records.ts.
		expect(verbPhrase('新增大邑县安仁镇垃圾清运车辆')).toBe('新增');
	});

	it('works commit (封闭施工, 正在进行主体结构施工); what works need or make does not (施工许可, 施工围挡, 施工噪音)', () => {
		expect(verbPhrase('人民公园站C出入口封闭施工')).toBe('封闭施工');
		expect(verbPhrase('4号线万盛站至光华公园站区段临时停运')).toBe('停运');
		expect(verbPhrase('桃源村等沟谷地带的农家乐、民宿、露营地19日18时起一律停止接待')).toBe('停止接待');
		// …and where a zone is drawn (…的以下镇（街道）划为禁采区), not a division's 区划 nor a plan's 计划 before 为.
		expect(verbPhrase('公共供水管网已覆盖的新都街道、大丰街道划为禁采区')).toBe('划为');
		expect(verbPhrase('以街道、社区行政区划为基础，参照道路、河流等自然界线')).toBeNull();
		expect(verbPhrase('具体项目以区住建和交通局最终公布的年度计划为准')).toBeNull();
		// …and what a plan's work covers first (annotators 95:2): 山区镇重点覆盖湔江干支流沿岸及银厂沟…等景区.
		expect(verbPhrase('山区镇重点覆盖湔江干支流沿岸及银厂沟、回龙沟等景区')).toBe('重点覆盖');
		// …and an air-raid siren test, where it sounds (…防空警报器统一试鸣。试鸣范围包括…).
		expect(verbPhrase('全市行政区域内已建成的各类防空警报器统一试鸣')).toBe('试鸣');
		// …and a site taken out of use (原正街集市停止使用).
		expect(verbPhrase('自2025年3月起，原正街集市停止使用')).toBe('停止使用');
		// …and a supply cut for works on its mains (…部分区域将停止供水), not where pressure only drops (其余区域降压供水).
		expect(verbPhrase('届时，新都区大丰街道、三河街道部分区域将停止供水')).toBe('停止供水');
		expect(verbPhrase('其余区域降压供水')).toBeNull();
		expect(verbPhrase('万盛站、杨柳河站暂停客运服务')).toBe('暂停');
		expect(verbPhrase('天府机场于2021年6月正式启用')).toBe('启用');
		expect(verbPhrase('天府奥体公园体育场馆群预计2027年落成')).toBe('落成');
		// What a station or a service is given for a day of need.
		expect(verbPhrase('犀浦站、韦家碾站等38座低洼站点已加设挡水板')).toBe('加设');
		expect(verbPhrase('对地铁1号线低洼区段的站点出入口加装防淹挡板')).toBe('加装');
		expect(verbPhrase('对人民北路等下穿隧道逐一配备挡水板')).toBe('配备');
		expect(verbPhrase('天府永兴实验室永久场所选址鹿溪河南岸')).toBe('选址');
		// 严格 leads a verb as 大力 does; control is work where it is strict (严格控制), a plan's name where not (控制性详细规划).
		expect(verbPhrase('在崇州市、大邑县等西部区域严格控制秸秆焚烧')).toBe('严格控制');
		expect(verbPhrase('编制控制性详细规划')).toBe('编制');
		// What was polluted is the work's object, not its subject: 实施受污染耕地安全利用 (生态修复受土地权属制约 is a subject).
		expect(verbPhrase('在新津区等粮食主产区实施受污染耕地安全利用示范')).toBe('实施');
		expect(verbPhrase('地铁1号线、2号线末班车延时30分钟')).toBe('延时');
		expect(verbPhrase('1号线、7号线累计延时运营14天')).toBe('延时运营');
		expect(verbPhrase('天府人文艺术图书馆等公共文化场馆延时服务扩面升级')).toBe('升级');
		expect(verbPhrase('兴隆湖、白鹭湾湿地公园首次观测到国家一级保护鸟类青头潜鸭')).toBeNull();
		expect(verbPhrase('崇州鞍子河、大邑黑水河两处自然保护区内，野生大熊猫频频被拍到')).toBeNull();
		expect(verbPhrase('加强自然保护区管理')).toBe('加强');
		expect(verbPhrase('春熙路站将视客流采取限流措施')).toBe('采取限流');
		// What a unit is in charge of (负责…运行保障), not the one in charge (相关负责人介绍).
		expect(verbPhrase('四川省机场集团负责天府机场运行保障')).toBe('负责');
		expect(verbPhrase('成华区相关负责人介绍')).toBeNull();
		expect(verbPhrase('不属于本机关负责公开的政府信息')).toBeNull();
		expect(verbPhrase('地铁17号线高架段遇8级以上大风将限速运行')).toBe('限速');
		// 关闭 commits as other weak verbs do: what will close does, a page's 关闭 button does not.
		expect(verbPhrase('大熊猫基地将于中午前后关闭部分户外展区')).toBe('关闭');
		// …and so does what was closed as planned.
		expect(verbPhrase('十陵街道原临时菜市场因占用规划道路用地，已按计划关闭')).toBe('关闭');
		expect(verbPhrase('十陵街道原临时菜市场已关闭')).toBeNull();
		expect(verbPhrase('关闭窗口')).toBeNull();
		expect(verbPhrase('韦家碾站、杜家碾站正在进行主体结构施工')).toBe('施工');
		expect(verbPhrase('您申请获取的施工许可证不属于本机关负责公开的政府信息')).toBeNull();
		expect(verbPhrase('地铁13号线施工围挡影响出行')).toBeNull();
		// The stretch under works is no work: what is done on it is (对途经施工路段的公交线路作如下调整).
		expect(verbPhrase('对途经施工路段的公交线路作如下调整')).toBe('调整');
		expect(verbPhrase('反映建设路夜间施工噪音扰民')).toBeNull();
		// Only 施工 names them so: other verbs act on them.
		expect(verbPhrase('在九眼桥、望江楼公园沿线增设噪声监测点')).toBe('增设');
		expect(verbPhrase('沿锦江加强安全巡查')).toBe('加强');
	});

	it('相继 and 先后 lead a verb as adverbs do: 祠堂街、摩诃池公园相继开放', () => {
		expect(verbPhrase('祠堂街、东门遗址公园、摩诃池公园相继开放')).toBe('相继开放');
		expect(verbPhrase('天府人文艺术图书馆、成都中国书法馆先后开馆')).toBe('先后开馆');
	});

	it('a weak verb commits when a day it is due by comes just before it: 北区9月30日前开放', () => {
		expect(verbPhrase('新华公园北区9月30日前开放')).toBe('开放');
		expect(verbPhrase('二期年底前开放')).toBe('开放');
		// …or the year it is aimed at: 到2035年实现….
		expect(verbPhrase('到2035年实现中心城区至天府国际机场45分钟可达')).toBe('实现');
		expect(verbPhrase('2027年底前实现双向通行')).toBe('实现');
		// …or dated to: a list's 望平街滨河夜市　2023年4月开放.
		expect(verbPhrase('望平街滨河夜市　2023年4月开放')).toBe('开放');
		expect(verbPhrase('北湖二期东区6月开放')).toBe('开放');
		expect(verbPhrase('新华公园北区夜间开放')).toBeNull();
	});

	it('a verb inside a noun commits nothing: 旅游直通车, 地下人行连通道', () => {
		expect(verbPhrase('宽窄巷子每天有旅游直通车发往都江堰景区')).toBeNull();
		expect(verbPhrase('龙潭生活垃圾压缩转运站提标改造')).toBe('改造');
		expect(verbPhrase('因祠堂街片区地下人行连通道工程需要')).toBeNull();
		expect(verbPhrase('宽窄巷子至都江堰景区开通旅游直通车')).toBe('开通');
	});

	it('a problem an inspection found commits nothing: …不到位, …滞后, 违规建设; 严禁违规建设 still does', () => {
		expect(verbPhrase('龙泉山城市森林公园保护管控不到位')).toBeNull();
		expect(verbPhrase('李家岩水库灌区配套工程建设进度滞后')).toBeNull();
		expect(verbPhrase('地铁13号线、27号线等在建线路沿线组团覆盖明显不足')).toBeNull();
		expect(verbPhrase('山泉镇部分区域违规建设农家乐')).toBeNull();
		expect(verbPhrase('严禁违规建设')).toBe('严禁');
		// …and waters where swimming is banned, as a list announces them (以下水域为重点禁泳水域：).
		expect(verbPhrase('以下水域为重点禁泳水域：')).toBe('重点禁泳');
		// The problem named as what is to be solved: the work is promised.
		expect(verbPhrase('加快解决李家岩水库灌区建设进度滞后问题')).toBe('加快解决');
	});

	it('upkeep commits: 锦江绿道锦江区段维护管养, 道路养护', () => {
		expect(verbPhrase('锦江绿道锦江区段维护管养')).toBe('管养');
		expect(verbPhrase('做好天府大道日常养护')).toBe('做好');
		expect(verbPhrase('天府大道日常养护')).toBe('养护');
	});

	it('开工 across two words is no verb: 公开工作, 召开工作会议', () => {
		expect(verbPhrase('2024年我区政府信息公开工作取得一定成效')).toBeNull();
		expect(verbPhrase('金牛区召开工作推进会')).toBeNull();
		expect(verbPhrase('金牛区3个项目集中开工')).toBe('开工');
	});

	it('a price is no commitment: 宽窄巷子周边挂牌价仍在5万元', () => {
		expect(verbPhrase('宽窄巷子、人民公园周边部分“老破小”挂牌价仍在5万元/平方米')).toBeNull();
		// …but a check of prices is work: 开展价格和食品安全检查.
		expect(verbPhrase('对锦里、宽窄巷子等餐饮集中区域开展价格和食品安全检查')).toBe('开展');
		expect(verbPhrase('提升宽窄巷子文化价值')).toBe('提升');
	});

	it('a running total is a statistic: 累计开行中欧班列超过2.5万列', () => {
		expect(verbPhrase('成都国际铁路港累计开行中欧班列超过2.5万列')).toBeNull();
		expect(verbPhrase('成都国际铁路港累计开行中欧班列超过2.5万列', true)).toBe('开行');
		expect(verbPhrase('成都国际铁路港开行中欧班列累计超过1.4万列')).toBeNull();
		// How far a tunnel has got, so far or in all, is work done.
		expect(verbPhrase('机投桥站至白佛桥站区间隧道已掘进超过1.6公里')).toBe('掘进');
		expect(verbPhrase('龙泉山隧道左右线已累计掘进4.3公里')).toBe('掘进');
	});

	it('what a plan makes solid commits, as what it makes strong does: 做实菁蓉镇创新策源功能', () => {
		expect(verbPhrase('做实菁蓉镇创新策源功能')).toBe('做实');
	});

	it('an office named for development is no work, a visit on site is: 市发展改革委将会同…定期开展现场督导', () => {
		expect(verbPhrase('市发展改革委将会同东部新区、简阳市定期开展现场督导')).toBe('开展');
		expect(verbPhrase('简阳市发展改革局负责人')).toBeNull();
	});

	it('what is made richer commits, not what is rich: 进一步丰富岷江、西河沿岸夜间消费场景, 旅游资源丰富', () => {
		expect(verbPhrase('进一步丰富岷江、西河沿岸夜间消费场景')).toBe('进一步丰富');
		expect(verbPhrase('都江堰市旅游资源丰富')).toBeNull();
	});

	it('率先 leads a weak verb as other adverbs do: 锦江区、青羊区率先实现全覆盖', () => {
		expect(verbPhrase('2025年，全市已有锦江区、青羊区、金牛区率先实现这一项目全覆盖')).toBe('率先实现');
		expect(verbPhrase('锦江区实现这一目标')).toBeNull();
		// …and so does what 实现 reaches, full coverage (annotators 18:1).
		expect(verbPhrase('新场社区、川王社区养老服务站实现全覆盖')).toBe('实现');
		// …and what 治理 counts, works (not governance, nor a lot's measure).
		expect(verbPhrase('并在青城山镇、玉堂街道治理山洪沟6条')).toBe('治理');
		expect(verbPhrase('青城山镇基层治理成效明显')).toBeNull();
		expect(verbPhrase('江安河九江段治理河长约4.3公里')).toBeNull();
	});

	it('ground broken and places strung into one commit: 破土动工, 串成一条…, 连接成环', () => {
		expect(verbPhrase('同月27日，天府国际机场在芦葭镇破土动工')).toBe('破土动工');
		expect(verbPhrase('年内将禁用区范围扩展至成都五环路以内区域')).toBe('扩展');
		expect(verbPhrase('建设北路二段交通导改至西侧半幅通行')).toBe('导改');
		expect(verbPhrase('1.316路：线路改经红光大道、百草路运行')).toBe('改经');
		expect(verbPhrase('重点安排在都江堰文庙、龙门山镇宝山村、安仁古镇等点位')).toBe('重点安排在');
		// Heritage brought back to use and a village's trade refined: 活化利用回澜塔, 做精道明镇竹艺村.
		expect(verbPhrase('活化利用回澜塔、鹤林寺等文物资源')).toBe('活化');
		expect(verbPhrase('做精道明镇竹艺村')).toBe('做精');
		expect(verbPhrase('终点由双流汽车站延伸至双流西站，取消双流汽车站站点')).toBe('延伸');
		expect(verbPhrase('取消双流汽车站站点')).toBe('取消');
		expect(verbPhrase('线路截短至地铁犀浦站')).toBe('截短');
		// Flights weather grounds are no work: 两场共取消航班46架次.
		expect(verbPhrase('成都双流国际机场、成都天府国际机场22日晚共取消航班46架次')).toBeNull();
		expect(verbPhrase('严查违规建设、违规排污和侵占河道行为')).toBe('严查');
		expect(verbPhrase('已责令10月20日前整改')).toBe('责令');
		expect(verbPhrase('对在双庆路等摊区以外区域占道经营的，由城管执法部门依法予以劝导、纠正')).toBe('纠正');
		// …and what a river chief sees to on the rivers, or holds their basins' use of water to.
		expect(verbPhrase('重点督导金马河、杨柳河等跨区（市）县河流突出问题')).toBe('重点督导');
		expect(verbPhrase('区级河长巡河要重点检查柏条河、徐堰河饮用水水源保护区内违法建设情况')).toBe('重点检查');
		expect(verbPhrase('督促郫都区、温江区、彭州市分别对清水河、杨柳河、湔江突出问题限期整改')).toBe('限期整改');
		expect(verbPhrase('严控岷江、沱江流域用水总量')).toBe('严控');
		expect(verbPhrase('在火车北站、营门口立交等重点部位前置抢险队伍和移动泵车62台套')).toBe('前置');
		// …and where the drills for it are held (在桂湖公园、东安湖公园各组织1次综合应急演练).
		expect(verbPhrase('活动开始前在桂湖公园、东安湖公园各组织1次综合应急演练')).toBe('演练');
		expect(verbPhrase('把鲁家滩、江安河和沿线花木基地串成一条生态经济带')).toBe('串成');
		expect(verbPhrase('并与锦城绿道、北林绿道连接成环')).toBe('连接成环');
		expect(verbPhrase('实现区域级绿道与龙泉山城市森林公园、环城生态区互联互通')).toBe('互联互通');
		expect(verbPhrase('环城生态区“六河百湖”水系格局基本成型')).toBe('基本成型');
	});

	it('duties a plan gives places commit: …要明确责任分工, 细化防汛应急预案', () => {
		expect(verbPhrase('锦江区、武侯区、都江堰市要明确责任分工')).toBe('明确');
		expect(verbPhrase('各区要细化防汛应急预案')).toBe('细化');
		// …not what a meeting once set out.
		expect(verbPhrase('成都市委全会描绘了成都未来发展宏伟蓝图，明确了奋斗目标和前进方向')).toBeNull();
	});

	it('what land was once planned for, or what stands after a move, is no work: 原规划为二类工业用地, 搬迁后的闲置厂房', () => {
		expect(verbPhrase('原规划为二类工业用地（M2），现状为原工业企业搬迁后的闲置厂房')).toBeNull();
		expect(verbPhrase('规划为二类工业用地')).toBe('规划');
	});

	it('what a place has drawn or hosted so far, counted, is a statistic: 目前已集聚规上工业企业260余家', () => {
		expect(verbPhrase('天府智能制造产业园位于花桥街道、普兴街道一带，目前已集聚规上工业企业260余家')).toBeNull();
		expect(verbPhrase('自2018年起已连续承办七届四川农业博览会')).toBeNull();
		// …or in all: 共签约引进, 共接待 (but not works: 共排查整治“四乱”问题31处).
		expect(verbPhrase('2024年锦江区共签约引进重大项目86个')).toBeNull();
		expect(verbPhrase('今年以来东安湖体育公园已举办大型演唱会和体育赛事18场')).toBeNull();
		expect(verbPhrase('假期期间，都江堰市共接待游客212.6万人次')).toBeNull();
		expect(verbPhrase('双流区在白河沿线共排查整治“四乱”问题31处')).toBe('排查整治');
		// …or in a year, what it hosted (not what it signed: 全年签约重大项目57个 is work reported).
		expect(verbPhrase('中国西部国际博览城全年举办各类展会活动162场')).toBeNull();
		expect(verbPhrase('全年签约重大项目57个')).toBe('签约');
		// …but not what it will draw, nor what it drew without a count.
		expect(verbPhrase('力争集聚规上工业企业300家')).toBe('力争集聚');
		expect(verbPhrase('已引进京东方等龙头企业')).toBe('引进');
	});

	it('a figure after its object is still a commitment', () => {
		expect(verbPhrase('完成投资500亿元')).toBe('完成');
		expect(verbPhrase('新增学位1.2万个')).toBe('新增');
	});

	it('work described as under way by others is not a commitment; works under way on a place are', () => {
		expect(verbPhrase('光伏、锂电、氢能等高端能源装备相关的研发和生产企业正加紧布局')).toBeNull();
		expect(verbPhrase('13号线一期、18号线三期正在加快建设')).toBe('加快建设');
		expect(verbPhrase('青白江区正加快打造国际铁路港，正在加快推进天府大道北延线')).toBe('加快打造');
		expect(verbPhrase('区内企业正加紧布局低空经济')).toBeNull();
		// …and what a government is doing: pushing a zone's expansion, drafting a plan.
		expect(verbPhrase('彭州市正推动四川彭州经济开发区扩区调位')).toBe('推动');
		expect(verbPhrase('新都区正在编制文化旅游发展规划')).toBe('编制');
		expect(verbPhrase('13号线二期工程正在开展前期研究')).toBe('开展');
		// …and planning work (annotators 2:0).
		expect(verbPhrase('正谋划“空港+轨道”综合开发')).toBe('谋划');
		expect(verbPhrase('我们正在谋划空港综保区二期')).toBe('谋划');
		// …and a site being rebuilt.
		expect(verbPhrase('一处老粮站正在改造为“天回粮仓艺术村”')).toBe('改造');
	});
});

describe('clauses and frames', () => {
	const sentence = '以春熙路时尚商圈为牵引，打造国际消费中心城市核心区';

	it('splits a sentence into clauses at commas', () => {
		expect(clauses(sentence).map(([a, b]) => sentence.slice(a, b))).toEqual(['以春熙路时尚商圈为牵引', '打造国际消费中心城市核心区']);
	});

	it('keeps what brackets say of an item in its clause, commas and all, and a bracket left open splits as if it were none', () => {
		const split = (s: string) => clauses(s).map(([a, b]) => s.slice(a, b));
		expect(split('加快第三再生水厂二期(锦江区，20万吨/日)、第十再生水厂（金牛区，25万吨/日）建设，推进洗瓦堰再生水厂提标改造')).toEqual([
			'加快第三再生水厂二期(锦江区，20万吨/日)、第十再生水厂（金牛区，25万吨/日）建设',
			'推进洗瓦堰再生水厂提标改造'
		]);
		expect(split('建设公园（含绿道，推进治理。完成改造，提升')).toEqual(['建设公园（含绿道', '推进治理', '完成改造', '提升']);
	});

	it('a place in a framing clause is committed by the next clause’s verb', () => {
		expect(at(sentence)).toBe('打造');
		expect(at('针对犀浦街道等城乡接合部人口流动大的特点，推进网格化服务管理')).toBe('推进');
		expect(at('联动盐市口、东大街和红星路，打造国际消费核心区')).toBe('打造');
		expect(at('并联动寿安镇鱼凫王墓等文物点，打造文化旅游线路')).toBe('打造');
		expect(at('以新川创新科技园和未来科技城为两翼，推动科技成果就地转化')).toBe('推动');
		expect(at('以地铁6号线沙湾站为支点，推动沙湾片区商务楼宇提质')).toBe('推动');
		expect(at('我们将以成都未来医学城为主要载体，加快建设医疗器械产业园')).toBe('加快建设');
		expect(at('武侯区将以“微网实格”为基础，把城市管理力量下沉到网格，推动问题在一线发现')).toBe('推动');
	});

	it('a subject is committed by a clause that is nothing but its verb, or led by 将 or 已: 成都金融城三期，建成投用; …等既有站点，也将…开展…', () => {
		expect(at('成都金融城三期，建成投用。')).toBe('建成投用');
		expect(at('地铁19号线三期、地铁25号线一期，加快建设；')).toBe('加快建设');
		// …after when it happens, as an infographic's line puts it: 北湖生态公园二期 年内开园.
		expect(at('北湖生态公园二期 年内开园')).toBe('开园');
		expect(at('成都金融城三期，2026年底前建成投用。')).toBe('建成投用');
		expect(at('北湖生态公园二期，年内客流超过百万')).toBeNull();
		// …past the project's figures.
		expect(at('八里庄站TOD综合开发项目，总投资42亿元，2026年二季度开工；')).toBe('开工');
		// …past what the project is near, how far, what it holds and whom it is for, and after when it is planned for.
		expect(at('位于郫筒街道望丛东路166号，距地铁6号线望丛祠站约600米，房源320套，以一室户、两室户为主，计划2025年6月底前交付入住。')).toBe('交付入住');
		expect(at('位于犀浦街道西源大道与天河路交叉口东南侧，紧邻西南交通大学犀浦校区，房源680套，计划2025年8月投用。')).toBe('投用');
		expect(at('位于德源街道菁蓉汇7号楼北侧，主要面向青年人才，计划2025年7月投用。')).toBe('投用');
		expect(at('龙华寺站B口、三官堂站D口暂缓开放，预计2026年1月底前投用。')).toBe('投用');
		expect(at('位于郫筒街道，距地铁站约600米，群众反映出行不便。')).toBeNull();
		// A clause with an object of its own commits that object, not the subject before it.
		expect(at('深入挖掘大熊猫、古蜀金沙等文化价值，做强“蓉城之秋”国际音乐季等品牌')).toBeNull();
		expect(at('保障世界运动会在天府新区举办的场馆运行，推动天府国际会议中心扩容')).toBeNull();
		// …unless the clause is led by what makes it the subject's: 也将, 已, 正在, 定于.
		expect(at('4号线十陵站、1号线韦家碾站等既有站点，也将结合周边存量用地开展TOD综合开发')).toBe('开展');
		expect(at('江安河绿道温江区段由于淤积较重，将于7月28日前完成清淤')).toBe('完成清淤');
		expect(at('成都轨道交通13号线一期工程已具备空载试运行条件，定于2025年8月26日起正式启动空载试运行')).toBe('启动');
		// …or by when it is expected or planned, all of a list (均计划), not one company's plan told after what it did (…竞得…用地，计划打造…).
		expect(at('其中，龙泉驿区的驿都大道东延线、新都区的新都大道北延线等，均计划年内完工。', 1)).toBe('完工');
		expect(at('其中白鹭湾湿地、幸福梅林各2座，江家艺苑1座，预计9月底前全部投入使用。', 2)).toBe('投入使用');
		expect(at('今年4月，华润置地以总价56.8亿元竞得天府站北侧两宗商住用地，计划打造集商业、办公、住宅于一体的综合体。', 1)).toBeNull();
	});

	it('who serves where, clause after clause, commits with what each does after the last one’s 各', () => {
		const spare = '返程高峰期间，1号线、18号线在火车南站，2号线、7号线在成都东客站，1号线、7号线在火车北站各安排备用列车2列，视客流情况适时加开';
		expect([1, 2, 3].map((i) => at(spare, i))).toEqual(['安排备用', '安排备用', '安排备用']);
		// Without 各 the clauses are no such list: 春熙路在锦江区 says where a place is.
		expect(at('春熙路在锦江区，天府广场在青羊区，两地均有地铁站', 0)).toBeNull();
	});

	it('the parts a clause lists (包括…) are what the clause before commits to, past its figures', () => {
		const s = '开工项目9个，总投资86亿元，包括锦江城市会客厅二期、攀成钢片区城市更新项目等。';
		expect(at(s, 2)).toBe('开工');
	});

	it('a chain of frames passes the commitment on: 依托…，聚焦…，大力实施…', () => {
		const s = '依托淮州新城等6个主要承载地，聚焦动力电池及储能、光伏、氢能六大领域，大力实施绿色低碳产业建圈强链行动';
		expect(at(s)).toBe('大力实施');
	});

	it('a clause that only says what the next is about frames it: 龙泉驿区方面，…等项目正加快推进 (annotators 8:1)', () => {
		expect(at('龙泉驿区方面，驿都大道东延线和东安湖北路等项目正加快推进')).toBe('加快推进');
		expect(at('东部新区方面，空港新城今年计划新建保障性租赁住房1.2万套')).toBe('新建');
	});

	it('a frame after a list of its subjects still frames: 新都区、青白江区要依托…，大力发展…', () => {
		const s = '新都区、青白江区要依托成都国际铁路港，大力发展临港经济';
		expect(at(s)).toBe('大力发展');
		// …and what it centres on: 以…太平园站为中心，启动….
		expect(at('武侯区则以地铁3号线、7号线交会的太平园站为中心，启动太平园片区城市更新')).toBe('启动');
	});

	it('an object that goes on past a comma (，以及…) commits with the verb it goes on from, and only with one', () => {
		const s = '重点排查天府新区在建项目深基坑和临时围堰，以及龙泉驿区、简阳市龙泉山东西两侧坡面的地质灾害隐患点';
		expect(at(s, 1)).toBe('重点排查');
		expect(at('以武侯祠为代表的三国文化遗存，以及青城山世界文化遗产，共同构成了历史文化名城的鲜明底色', 1)).toBeNull();
	});

	it('what its subjects must take into account, or whom they work with, frames too: 高新区、武侯区要结合…，做好…; 双流区联合…，推动…', () => {
		const s = '高新区、武侯区要结合江安河、清水河水位变化，做好沿线泵站联合调度';
		expect(at(s, 0)).toBe('做好');
		expect(at('斑竹园站将结合毗河生态带和天府绿道，建设站前公园和慢行系统', 0)).toBe('建设');
		expect(at('今年双流区联合航空公司和机场方面，推动双流国际机场航线结构优化', 0)).toBe('推动');
		// …and what they put to use: 今年将重点利用熊猫绿道…沿线的边角地块，新增….
		expect(at('在中心城区，今年将重点利用熊猫绿道、锦江绿道沿线的边角地块，新增小型多样的运动场地', 1)).toBe('新增');
		expect(at('近期将利用成新蒲快速路现有桥梁的人非通道进行绿道接驳，远期视金马河综合治理进展再行研究', 1)).toBeNull();
		expect(at('在老城区，柳城街道利用鱼凫路、文化路沿线的边角空地和拆违空间，串联打造了4个口袋公园', 1)).toBe('串联打造');
		// …and what a site is part of.
		expect(at('位于水井坊街道水井坊社区，作为锦江公园子街巷的组成部分，实施绿化提升和外立面整治', 0)).toBe('实施');
		// …and what a project is one of.
		expect(at('江安河滨河公园涌泉街道段是今年温江区“百园焕新”行动的重点项目之一，沿江安河北岸新建滨河步道2.6公里', 0)).toBe('新建');
		// …and what they take as what: 区交通运输局已将…作为区级建议，纳入….
		expect(at('区交通运输局已将“地铁3号线北延至新都老城、新繁”作为区级建议，纳入我区向市级报送的城市轨道交通线网规划修编意见', 0)).toBe('纳入');
		// A subject bound to the work after it by a charge it takes up.
		expect(at('东部新区要切实扛起主战场、主引擎责任，全面落实空港新城建设', 0)).toBe('全面落实');
		// …or to measure up to a standard, however long the list of subjects (annotators 16:0 on such subjects before a frame).
		expect(at('龙泉驿区、新都区、温江区、双流区、郫都区、新津区要对照中心城区标准，重点推进驿都大道积水点整治', 0)).toBe('重点推进');
		// However many subjects it has.
		expect(at('青白江区、郫都区、新津区、简阳市、都江堰市、彭州市、邛崃市、崇州市、金堂县、大邑县、蒲江县和成都东部新区结合城市更新和乡村振兴，各建设公共停车场3至5处', 0)).toBe('建设');
		expect(at('各区（市）县和成都东部新区、四川天府新区、成都高新区将结合自身资源禀赋，打造一批“夜间消费新地标”', 0)).toBe('打造');
	});

	it('what a frame leads to commits with a weak verb: 依托天府国际机场，发展临空经济', () => {
		expect(at('简阳市将依托天府国际机场，发展临空经济')).toBe('发展');
		// What the work is strung along frames it too (annotators 20:2).
		expect(at('简阳市和金堂县近年来以沱江为纽带，统筹推进产业振兴')).toBe('统筹推进');
		// …in its own clause too.
		expect(at('以天鹅社区、昭觉寺社区为重点，统筹成都动物园、昭觉寺周边“文旅+社区”商业业态，规范昭觉寺南路沿线经营秩序', 1)).toBe('统筹');
		expect(at('成都动物园客流较大，统筹周边商业业态，规范昭觉寺南路沿线经营秩序', 1)).toBeNull();
		// A weak verb inside a chained frame is a noun: …绿色低碳服务六大领域，大力实施….
		const t = '依托淮州新城，聚焦光伏、绿色低碳服务六大领域，大力实施建圈强链行动';
		expect(at(t)).toBe('大力实施');
	});

	it('a frame reaches past four characters that tell how (…等重大交通项目，倒排工期、挂图作战，加快构建…) and what it is done by (按照…要求)', () => {
		expect(at('聚焦成渝中线高铁、成达万高铁等重大交通项目，倒排工期、挂图作战，加快构建“轨道上的双城经济圈”', 0)).toBe('加快构建');
		expect(at('聚焦成渝中线高铁、成达万高铁等重大交通项目，这些项目工期普遍紧张，加快构建“轨道上的双城经济圈”', 0)).toBeNull();
		// …and past what the work is done by.
		expect(at('以金牛区驷马桥、荷花池等易涝片区为重点，按照海绵城市系统化全域推进要求，实施源头减排和末端调蓄工程', 0)).toBe('实施');
	});

	it('a place alone (在…社区，) frames the work after the scene it sets, not what a speaker there says', () => {
		expect(at('在西安路街道白果林社区，曾经私搭乱建的飞线全部入地，院坝里新建了健身角和晾晒区')).toBe('入地');
		expect(at('在西安路街道白果林社区，曾经私搭乱建的飞线不见了，院坝里新建了健身角和晾晒区')).toBe('新建');
		expect(at('在温江区分会场，温江区区长刘洋介绍，温江区今年以来已新签约生物医药项目21个')).toBeNull();
		// A verb that only tells what the scene's site is (…建成的老粮站) is no verb of the clause.
		expect(at('在天回镇街道，一处上世纪七十年代建成的老粮站，将改造为艺术村')).toBe('改造');
	});

	it('a frame after a dash’s label frames what it leads to, a link made among it (——…：依托…，衔接…)', () => {
		expect(at('——成都健康服务业集聚区：依托华西医院温江院区等医疗资源，建设临床试验基地', 0)).toBe('建设');
		expect(at('金马街道物流配套点：依托光华大道交通优势，衔接成都双流国际机场航空货运通道，布局医药冷链物流', 1)).toBe('衔接');
	});

	it('whom the work serves frames it: 为方便北湖、熊猫基地片区居民接驳地铁3号线，新开489路', () => {
		expect(at('为方便北湖、熊猫基地片区居民接驳地铁3号线、7号线，新开489路', 0)).toBe('新开');
		expect(at('为服务高新区交子公园周边企业职工通勤，新开G129路，工作日早晚高峰运营', 0)).toBe('新开');
	});

	it('a frame after a place’s label still frames: 航空新城：依托天府国际机场，重点发展…; 石板滩新城：位于新都区东部，…', () => {
		expect(at('1. 航空新城：依托天府国际机场，重点发展航空物流等产业')).toBe('重点发展');
		const t = '石板滩新城：位于新都区东部，重点承接先进制造业转移';
		expect(at(t)).toBe('重点承接');
	});

	it('who says it will, and what it will do through a frame: 高新区表示，将依托…，补齐…; 龙泉驿区表示，今年下半年将依托…举办…', () => {
		expect(at('高新区表示，将依托高新西区现有企业，补齐设计、材料等环节')).toBe('补齐');
		expect(at('龙泉驿区表示，今年下半年将依托东安湖体育公园举办国际田联挑战赛')).toBe('举办');
		expect(verbPhrase('市应急局要充实双流区、郫都区3个市级防汛物资仓库储备')).toBe('充实');
	});

	it('a frame after its subject and a year still frames: 青羊区计划2026年依托杜甫草堂…，建设…', () => {
		const s = '青羊区计划2026年依托杜甫草堂和浣花溪公园，建设浣花溪诗歌文化片区';
		expect(at(s)).toBe('建设');
	});

	it('what a subject takes as its main line frames the work after it: 青白江区将以“港城一体”为主线，推动…', () => {
		expect(at('2026年，青白江区将以“港城一体、产城融合”为主线，推动铁路港枢纽能级提升', 1)).toBe('推动');
	});

	it('支持 at the head of a sentence governs its later clauses: their weak verbs commit (…，彭州市发展…)', () => {
		expect(at('支持都江堰市建设国际旅游城市，彭州市、邛崃市发展绿色食品产业', 1)).toBe('发展');
		// …after its item's number too.
		expect(at('13.支持成华区东郊记忆，高新区交子公园等夜间消费集聚区差异化发展', 1)).toBe('发展');
		const t = '加快建设天府国际机场，彭州市发展潜力巨大';
		expect(at(t, 1)).toBeNull();
	});

	it('a list that runs on past a comma commits with the clause it goes on from: 支持…战旗村、…农科村，…竹艺村、…五星村', () => {
		const t = '支持唐昌镇战旗村、友爱镇农科村，道明镇竹艺村、白头镇五星村，龙门山镇宝山村等创建示范点';
		expect(at(t, 1)).toBe('支持');
		// Not after a clause that is no list, nor a list after a statistic.
		expect(at('加快建设天府国际机场，道明镇竹艺村、白头镇五星村', 1)).toBeNull();
		expect(at('全市客流增长12%、营收增长8%，道明镇竹艺村、白头镇五星村', 1)).toBeNull();
		// Items of one name each, up to the list's 等: …，蒲江县明月村，都江堰市七里诗乡等特色林盘聚落.
		const one = '重点保护修复战旗村、农科村，道明竹艺村、五星村，蒲江县明月村，都江堰市七里诗乡等特色林盘聚落';
		expect([2, 3].map((k) => at(one, k))).toEqual(['重点保护修复', '重点保护修复']);
		// A clause that goes on past its names says something of its own: …，东安湖公园成为市民休闲新去处.
		expect(at('完成人民公园、百花潭公园提质改造，天府艺术公园、东安湖公园成为市民休闲新去处', 1)).toBeNull();
		expect(at('加快建设天府国际机场，彭州市宝山村', 1)).toBeNull();
	});

	it('a clause that lists the parts of the one before commits with it: …新开工项目60个，其中包括…', () => {
		expect(at('东部新区今年将新开工项目60个，其中包括简阳市三岔湖片区旅游度假区、成都未来医学城二期等', 1)).toBe('新开工');
		expect(at('金牛区将启动第二批22条背街小巷整治，重点包括营门口街道花照壁中横街、九里堤街道九里堤北路等', 1)).toBe('启动');
		// …as does its focus (重点是…).
		expect(at('各公园管理单位要对园内水体开展全面排查，重点是人民公园、百花潭公园等公园，每周开展不少于2次喷洒', 1)).toBe('开展全面排查');
		// …and the extent of a zone it builds.
		expect(at('启动建设乡村振兴示范区，范围涵盖甘溪镇、西来镇等5个镇', 1)).toBe('启动建设');
		expect(at('全市地区生产总值增长6%，其中锦江区增长7%', 1)).toBeNull();
		// …or, where the whole commits nothing, with what is done to it after them.
		expect(at('去年清单中仍有3处点位治理效果未达预期，包括天府大道与天府三街交叉口等，已纳入今年清单继续治理', 1)).toBe('纳入');
		expect(at('去年清单中仍有3处点位治理效果未达预期，包括天府大道与天府三街交叉口等，通行效率较低', 1)).toBeNull();
		// …as 涉及 lists the streets the work is on.
		expect(at('今年计划完成18条背街小巷整治，涉及武侯祠大街、洗面桥街等路段，重点解决路面破损', 1)).toBe('完成');
		// …and 分布在 where the projects are.
		expect(at('双流区分会场当天集中开工项目21个，总投资204亿元，主要分布在天府国际生物城、成都芯谷和西航港街道', 2)).toBe('开工');
		// …or of the plots a notice sells.
		expect(at('规划和自然资源局决定以挂牌方式出让五宗国有建设用地使用权，宗地分布于西航港、黄甲四个街道', 1)).toBe('挂牌');
		// …not where what a survey found lies.
		expect(at('全市排查出C、D级危险住房312栋，主要分布在金牛区荷花池街道、成华区跳蹬河街道', 1)).toBeNull();
		// …and the venues of a day's events, each a place of it.
		expect(verbPhrase('分会场分别设在天府新区、新都区、郫都区')).toBe('分会场分别设在');
	});

	it('a route, a neighbour, an occasion, an area or a 三是对… frames the next clause: 沿成蒲铁路…，打造…; …紧邻地铁3号线，将…打造…; …五城区范围内，不再新增…', () => {
		expect(at('以大熊猫国家公园为依托，沿成蒲铁路、天邛高速和川西旅游环线，打造乡村振兴示范走廊', 1)).toBe('打造');
		expect(at('金华社区片区紧邻地铁3号线军区总医院站，将结合站点综合开发打造北部城区活力中心')).toBe('打造');
		expect(at('下一步，金牛区将以世运会为契机，加快推进凤凰山片区城市更新', 1)).toBe('加快推进');
		expect(at('三是对新都香城体育中心、双流体育中心等场馆，开行定制公交专线')).toBe('开行');
		expect(at('东进区域要以成都东部新区为主阵地，加快建设空港新城')).toBe('加快建设');
		expect(at('凤凰山体育公园要借助世运会契机，持续引进国际国内高水平赛事')).toBe('持续引进');
		// What is brought in to a place: 在水井坊、望江楼公园一带引入非遗市集.
		expect(at('并在水井坊、望江楼公园一带引入非遗市集和露天音乐会')).toBe('引入');
		// …or where the focus is: 重点在…等地，依托…改扩建….
		expect(at('重点在金堂县竹篙镇、彭州市濛阳街道等地，依托中心镇卫生院改扩建县域医疗卫生次中心')).toBe('改扩建');
		expect(at('机场至三岔湖之间的绛溪河沿岸，亦将新建一条长约12公里的滨水绿道')).toBe('新建');
		expect(at('由锦江区、武侯区牵头，实施九眼桥至望江楼公园段岸线提升')).toBe('实施');
		// A list of sites, who works on them after it: …等易涝点，由属地区政府组织整治.
		expect(at('新都区新都大道与蜀龙大道交叉口、龙泉驿区驿都大道与龙泉大道交叉口等易涝点，由属地区政府组织整治')).toBe('整治');
		expect(at('锦江区春熙路片区客流较大，由此带动周边消费')).toBeNull();
		expect(at('锦江区牵头，推进春熙路—盐市口商圈智慧化改造')).toBe('推进');
		// A numbered item's problem at a place, who puts it right and by when after it; not a problem told without its number.
		expect(at('1.毗河新都街道北新干线毗河大桥下游废旧船只及浮筒占用河道问题，新都街道牵头，2025年11月30日前完成清理')).toBe('完成清理');
		expect(at('毗河新都街道段存在垃圾堆放问题，已引起关注')).toBeNull();
		// A frame's focus, and what it also covers (兼顾…), frame the work after them.
		expect(at('以安仁古镇、新场古镇为重点，兼顾西岭雪山、花水湾等景区，办好春节文旅活动', 1)).toBe('办好');
		expect(at('高新区正按照“推窗见绿、出门入园”的目标，加快建设新川至锦江沿线滨水绿廊')).toBe('加快建设');
		// Where a subject works, a list that runs on past its commas to the verb.
		expect(at('中心城区在锦江区书院街街道、牛市口街道，青羊区少城街道、草市街街道，高新区桂溪街道、芳草街街道布局建设社区健身中心')).toBe('布局建设');
		// …a line among its subjects: 13号线一期在骡马市站、文殊院站等施工区域，我们提前实施了交通导改.
		expect(at('13号线一期在骡马市站、文殊院站等施工区域，我们提前实施了交通导改')).toBe('实施');
		expect(at('锦江区、青羊区、金牛区、武侯区、成华区五城区范围内，不再新增大型批发市场')).toBe('不再新增');
		// …or what the area framed covers, between its frame and its work.
		expect(at('以长秋山为依托，覆盖鹤山街道、寿安街道东部浅丘区域，发展森林康养和露营旅居', 1)).toBe('发展');
		expect(at('锦江公园以锦江干流为主轴，全长约49公里，涉及锦江区、青羊区等5个区，统筹推进滨水空间更新', 2)).toBe('统筹推进');
		// …or a project's name alone, where it is told after it.
		expect(at('成龙路街道保障性租赁住房项目，位于成龙大道二段与锦华路三段交汇处东北侧，新建房源860套')).toBe('新建');
		// …its name in Latin letters too (TOD), where it lies before it.
		expect(at('位于四川天府新区的西博城站TOD项目，紧邻中国西部国际博览城，将建设会展配套酒店')).toBe('建设');
		// …however it says where it lies (位于…的…); elsewhere 位于…的 names a place by where it lies, which frames nothing.
		expect(at('兴隆街道人才公寓项目，位于兴隆湖南侧的科学城核心区，新建房源1800套')).toBe('新建');
		expect(at('兴隆街道人才公寓项目，位于兴隆湖南侧的科学城核心区，新建房源1800套', 1)).toBe('新建');
		expect(at('位于新津的天府智能制造产业园，已聚集企业120余家')).toBeNull();
		// …or a numbered school's, its figures, however many, between where it lies and what is done.
		expect(at('（一）锦江区驿都小学，位于三圣街道红砂社区迎晖路与三圣大道交汇处，办学规模36个班，学位1620个，2024年9月投用')).toBe('投用');
		expect(at('（二）成华区龙潭实验学校（九年一贯制），位于龙潭街道同乐社区华泰路东侧，办学规模54个班，学位2430个，2024年9月投用', 1)).toBe('投用');
		expect(at('锦江区驿都小学，办学规模36个班，学位1620个，生源充足')).toBeNull();
		// …or a resettlement estate's, its phase in brackets inside its name.
		expect(at('（二）青龙街道昭觉新苑（二期）安置房，位于昭觉寺横路东侧、川陕路以西，房源312套，预计2026年6月交付')).toBe('交付');
		// Places a clause after works at by pointing back to them (上述站点, 对周边道路); not those it leaves out (不含…，上述场所由…自行管护).
		expect(at('地铁4号线宽窄巷子站、2号线春熙路站等站点客流较大，市交通运输局将在上述站点增派站务人员')).toBe('增派');
		expect(at('宽窄巷子、锦里等区域客流集中，交警部门将视情对周边道路实施临时交通管制')).toBe('实施');
		expect(at('管护范围不含桂湖公园、宝光寺等文物保护单位，上述场所由相关管理单位自行管护')).toBeNull();
		// …and the places of a trouble the clause after puts right.
		expect(at('营门口街道银沙路片区、九里堤街道九里堤北路片区雨污管网混接问题突出，年内完成雨污分流改造')).toBe('完成');
		// A question frames no work: what is said after it of what it asks commits nothing there.
		expect(at('对于市民关心的建设路小吃街是否会受影响，该负责人明确，小吃街不在本次征收范围内')).toBeNull();
		// …and so do the roads whose side it stands on, its address; not a landmark beside it.
		expect(at('项目位于成华区龙潭街道，成华大道以东、华泰路以北，规划床位1000张，2025年完成主体结构封顶', 1)).toBe('完成');
		expect(at('11.二仙桥口袋公园。位于二仙桥街道二仙桥北路，东郊记忆北侧，面积约1680平方米，计划2025年10月完工', 2)).toBeNull();
		// …or a site's street address (校址：…), what is done there after it; not an address to write to.
		expect(at('成华区保和街道东虹路18号，为新建公办初中，规划24个班')).toBe('新建');
		expect(at('郫都区郫筒街道望丛中路998号，郫都区农业农村局农田建设管理科（邮编611730）')).toBeNull();
		// …past its total floor area (总建筑面积).
		expect(at('项目位于成华区龙潭街道，成华大道以东、华泰路以北，规划床位1000张，总建筑面积约21万平方米，2025年完成主体结构封顶')).toBe('完成');
		// …past what it stands beside and what kind it is, a campus's too.
		expect(at('成都高新新川学校，位于中和街道新川社区，新川路与宁波路交叉口东北侧，为九年一贯制学校，规划小学36个班')).toBe('规划');
		expect(at('天府新区华阳实验小学滨河校区，位于华阳街道二江寺社区，东临锦江，规划36个班')).toBe('规划');
		// …a site where it lies, its area, then its work.
		expect(at('位于东湖街道静居寺路与二环路东五段交叉口西南角，面积约860平方米，计划2025年5月完工')).toBe('完工');
		// How long a place has been as it is commits nothing.
		expect(at('地铁1号线科学城站、兴隆湖站已开通运营多年')).toBeNull();
		expect(at('地铁1号线科学城站已开通运营')).toBe('开通运营');
		// …a hospital's campus, its phase and its site in brackets after its name, its first phase's beds its figures.
		expect(at('成都市第三人民医院蜀西院区(青羊区蔡桥街道蜀鑫路)，一期床位600张，6月开诊运行')).toBe('开诊');
		expect(at('四川大学华西医院锦江院区二期(锦江区三圣街道迎晖路)，新增床位500张，年内完成竣工验收')).toBe('新增');
		// …a numbered road's, its ends in brackets.
		expect(at('5.天新邛快速路(新津区花源街道至邛崃市临邛街道)，全长约38.4公里，年内全线建成通车')).toBe('建成通车');
		expect(at('5.天新邛快速路(新津区花源街道至邛崃市临邛街道)，全长约38.4公里，车流量较大')).toBeNull();
		// A site of works under way, as news sees it.
		expect(at('记者在成渝中线高铁（东部新区段）施工现场看到，桥梁墩柱已陆续立起', 0)).toBe('施工');
		expect(at('三坝水库工程建设现场机器轰鸣，运输车辆往来穿梭', 0)).toBe('建设');
		// What goes on as the work is done, the work's clause after it, is at the work's site: 随着首趟列车从白佛桥站缓缓驶出，…正式开通.
		expect(at('随着首趟列车从白佛桥站缓缓驶出，成都地铁13号线一期正式开通初期运营', 0)).toBe('开通');
		// …and where a line will run from, its course, before the clause that extends it: 成德线将从金牛区向北经新都区，延伸至德阳.
		expect(at('成德线将从金牛区向北经新都区、彭州市濛阳，延伸至德阳', 0)).toBe('延伸');
		// …and a road told with its length in its own clause, what is done to it after.
		expect(at('滨江东路（雄州大桥至沱江三桥段）全长约2.3公里，按城市次干路标准建设')).toBe('建设');
		expect(at('锦江绿道全长约11公里，沿线景色优美')).toBeNull();
		// …and a project named with the stretch it is on in brackets inside its name.
		expect(at('2.青白江大道北延线（香岛大道至清泉镇段）道路工程，全长6.8公里，按城市主干路标准建设')).toBe('建设');
		// …or outside it, the list of stations run over commas, a line's number and all.
		expect(at('在地铁1号线天府广场站、骡马市站，地铁2号线春熙路站、中医大省医院站，地铁7号线一品天下站等站点出入口50米范围外，选取人行道较宽路段设置集中停放点位')).toBe('设置');
		// A clause that is only next to a place frames nothing without a verb after it.
		expect(at('金华社区片区紧邻地铁3号线，交通便利')).toBeNull();
	});

	it('a focus that ends a sentence takes the verb before it: …实施城市更新项目56个，重点聚焦火车北站片区', () => {
		expect(at('今年金牛区将实施城市更新项目56个，总投资约180亿元，重点聚焦火车北站片区、蓉北商圈和天回镇三大片区', 2)).toBe('实施');
		expect(at('聚焦火车北站片区，打造城北商业中心')).toBe('打造');
	});

	it('a clause that neither commits nor frames commits nothing', () => {
		expect(at('以成都淮州新城为例，目前已聚集了通威太阳能、通合新能源等多家企业', 1)).toBeNull();
	});
});

describe('sentences', () => {
	it('splits at sentence ends and colons, keeping a closing quote with its sentence', () => {
		const text = '“我们将加快推进航空新城片区开发建设。”何勋说，青羊还将加快推进天府文化公园建设。锦江区该如何更好把握发展机遇？';
		expect(sentences(text).map(([a, b]) => text.slice(a, b))).toEqual([
			'“我们将加快推进航空新城片区开发建设。”',
			'何勋说，青羊还将加快推进天府文化公园建设。',
			'锦江区该如何更好把握发展机遇？'
		]);
	});

	it('does not split at the colon of a note of units', () => {
		const text = '各区（市）县2025年新建绿道目标任务（单位：公里）：龙泉驿区45';
		expect(sentences(text).map(([a, b]) => text.slice(a, b))).toEqual(['各区（市）县2025年新建绿道目标任务（单位：公里）：', '龙泉驿区45']);
	});

	it('keeps the emoji and the 】 after a stop with its sentence', () => {
		const text = '【东部新区又有大动作！🚄】近日，天府国际机场T3航站楼前期工作已经启动 ✈️。据了解…';
		expect(sentences(text).map(([a, b]) => text.slice(a, b))).toEqual([
			'【东部新区又有大动作！🚄】',
			'近日，天府国际机场T3航站楼前期工作已经启动 ✈️。',
			'据了解…'
		]);
	});

	it('starts a sentence past the emoji or the bullet a line opens with', () => {
		const text = '🔹江安河生态公园：位于永宁街道，计划年底开工。● 金马河绿道提档升级';
		expect(sentences(text).map(([a, b]) => text.slice(a, b))).toEqual(['江安河生态公园：', '位于永宁街道，计划年底开工。', '金马河绿道提档升级']);
	});
});

describe('targetYears', () => {
	it('finds the year a sentence aims at', () => {
		expect(targetYears('到2035年，践行新发展理念的公园城市示范区建设目标全面实现，基本建成中国西部具有全球影响力和美誉度的社会主义现代化国际大都市', 2022)).toEqual([2035]);
		expect(targetYears('到2025年，初步建成践行新发展理念的公园城市示范区', 2020)).toEqual([2025]);
		expect(targetYears('到二〇二五年，建成天府绿道1万公里', 2020)).toEqual([2025]);
		expect(targetYears('二零三五年基本实现社会主义现代化', 2020)).toEqual([2035]);
	});

	it('a year before the document’s own year is looked back on, not a target', () => {
		expect(targetYears('2023年，全市上下深入学习贯彻党的二十大精神', 2024)).toEqual([]);
		expect(targetYears('2023年是成都发展史上极为特殊、极不平凡的一年', 2024)).toEqual([]);
	});

	it('the document’s own year is still a target', () => {
		expect(targetYears('高标准办好2024年成都世界园艺博览会', 2024)).toEqual([2024]);
	});
});

describe('figures', () => {
	it('keeps figures exactly as written', () => {
		const s = '产业建圈强链深入推进，成都发展史上投资体量最大的单体工业项目、总投资630亿元的京东方第8.6代AMOLED生产线项目开工建设，新增2个千亿级产业集群。';
		const found = figures(s);
		expect(found).toContain('630亿元');
		expect(found).toContain('千亿级');
		expect(found.some((f) => f.includes('8.6'))).toBe(false); // 第8.6代 is a model, not an amount
	});

	it('finds 千亿级 in a headline and percentages with their sign', () => {
		expect(figures('做强千亿级航空旗舰企业 加快推进航空新城片区开发建设')).toEqual(['千亿级']);
		expect(figures('森林覆盖率达40.3%')).toEqual(['40.3%']);
	});

	it('keeps amounts written in Chinese numerals (千万平米)', () => {
		const found = figures('聚焦做强千亿级航空旗舰企业、培育千亿级航空产业生态、建设千万平米高端产业载体目标。');
		expect(found).toEqual(['千亿级', '千万平米']);
	});

	it('counts schools, events and beds, rough amounts included, but not ranks', () => {
		expect(figures('新建中小学5所，开展全民健身活动超6500场次')).toEqual(['5所', '6500场次']);
		expect(figures('吸引6500多名运动员，引进企业100余家')).toEqual(['6500多名', '100余家']);
		expect(figures('排名提升至第15名，居全国城市第4位')).toEqual([]);
	});

	it('a sentence without amounts has no figures', () => {
		expect(figures('加快推进天府文化公园建设')).toEqual([]);
	});
});

describe('themeOf', () => {
	it('a night market is consumption, whatever park it is by', () => {
		expect(themeOf('5｜圣灯公园夜市｜白莲池街道｜民兴路圣灯公园东门外广场｜50｜—', 'ecology')).toBe('consumption');
	});

	it('urban renewal is livelihood: where people live is renewed', () => {
		expect(themeOf('加快推进猛追湾、望平坊、青羊坊等片区有机更新。', null)).toBe('livelihood');
		expect(themeOf('推进成都东站片区城市更新。', 'transport')).toBe('livelihood');
	});

	it('a crossing and a ban on parking are transport: 交叉口, 路口, 禁停', () => {
		expect(themeOf('人民北路与二环路交叉口渠化改造', null)).toBe('transport');
		expect(themeOf('在天府广场、盐市口等28个路口实施信号灯智能配时', 'culture')).toBe('transport');
		expect(themeOf('春熙路（含南段、北段）及中山广场禁停', null)).toBe('transport');
	});

	it('a metro line sentence is transport', () => {
		expect(themeOf('开通试运营地铁8号线二期、27号线一期', null)).toBe('transport');
		expect(themeOf('推进温江区与郫都区、双流区交界区域路网贯通。', null)).toBe('transport');
		expect(themeOf('推进凤凰大道、光华大道西延线提升改造，打通断头路8条。', null)).toBe('transport');
		// A road's name (熊猫大道) says where, not what: the greenway is ecology.
		expect(themeOf('推动熊猫大道沿线景观提升，建成熊猫基地至东郊记忆“熊猫绿道”。', null)).toBe('ecology');
	});

	it('a park opened to the public is ecology; openness to the world is industry', () => {
		expect(themeOf('经过近8个月的提升改造，望江楼公园于4月12日起恢复开放。', 'ecology')).toBe('ecology');
		expect(themeOf('金牛公园提质改造工程于6月底完工并恢复开放；', 'ecology')).toBe('ecology');
		expect(themeOf('高新区将进一步扩大高水平对外开放。', null)).toBe('industry');
	});

	it('greening 龙泉山城市森林公园 is ecology', () => {
		expect(themeOf('实施龙泉山城市森林公园增绿增景7万亩。', null)).toBe('ecology');
		expect(themeOf('保护利用大熊猫繁育研究基地。', null)).toBe('ecology');
		expect(themeOf('在新都区、青白江区、金堂县布局建设3座垃圾焚烧发电厂。', null)).toBe('ecology');
		expect(themeOf('在成华区、金牛区、武侯区新建口袋公园50个。', null)).toBe('ecology');
	});

	it('a 春熙路 商圈 sentence is consumption', () => {
		expect(themeOf('以春熙路时尚商圈为牵引，打造国际消费中心城市核心区', null)).toBe('consumption');
	});

	it('schools and old housing estates are livelihood, whatever else the sentence builds', () => {
		expect(themeOf('加快成都医学城三期建设，新引进医药健康项目40个以上。', null)).toBe('industry');
		expect(themeOf('在郫筒街道新建一所高中。', null)).toBe('livelihood');
		expect(themeOf('慎终如始抓好疫情防控。', null)).toBe('livelihood');
		expect(themeOf('支持锦江、青羊等中心城区开展老旧小区改造。', null)).toBe('livelihood');
	});

	it('the Universiade is sport, not a university (大学生运动会)', () => {
		expect(themeOf('办好第31届世界大学生夏季运动会后续场馆运营。', null)).toBe('culture');
	});

	it('the place kind breaks a tie', () => {
		expect(themeOf('加快推进成蒲建设', 'transport')).toBe('transport');
		expect(themeOf('加快推进成蒲建设', 'ecology')).toBe('ecology');
	});
});

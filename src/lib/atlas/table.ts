// Project tables (序号 项目名称 建设地点 建设内容 总投资 …) as copied from a plan or a list of key
// projects: one row a line, cells separated by blanks, or one cell a line, as a table copied from a
// web page comes. A row is a commitment to build what it names where it says, though it holds no
// verb: the table's 建设… columns say what is done. A plan's box of projects (专栏2 重大交通基础设施项目)
// lists them the same way, a kind a line (轨道交通：…), and so does a list a line announces
// (2024年市级重大交通项目：), an item a line (①天府国际机场三期工程；).
import { ITEM_NUMBER, LIST_LEVEL, ordinalLevel } from '../text/headings';
import { isBlank } from '../text/units';
import { FACILITY, firstVerb, HELD_VERB, sentences, verbPhrase, verbRunAt } from './language';

/** The name field a project told on one line opens with: 项目名称, or a road's, a bridge's, a line's (道路名称：…；起止点：…). */
const RECORD_NAME = '(?:项目|道路|工程|线路|桥梁|地块)名称';
/** How a project's name ends: …项目, …工程（二期）. */
export const PROJECT = '(?:项目|工程)(?:[（(][^（()）]*[）)])?';
/** An item's name before its colon and what it says of it: 东部新区生活垃圾焚烧发电项目：位于…. */
const NAME_BEFORE_COLON = String.raw`[^，。；：:\s]{2,30}[：:]\s*\S`;
/** The mark an item of a list may open with instead of a number: a hyphen, a bullet, a dash (——四川天府新区：…). */
const MARK = '[-•·*]|——?';
/** A label and what it heads, a count or a size after it maybe: 轨道交通：地铁13号线一期、…, 青羊区：天府文化公园二期、…, 崇州市（6.2万亩）：隆兴镇1.5万亩、…. */
const LABELLED = String.raw`[\u4e00-\u9fa5][\u4e00-\u9fa5\d]{1,11}(?:[（(][^（()）]{1,12}[）)])?[：:]\s*\S`;
/** Where a signed project is to be built: 落位区域, 落户地点, 选址. */
const LANDING = '(?:落位|落户|落地)(?:区域|地点|位置)|选址';
/** Where a project is built: 建设地点, 项目地址, 施工地点, 项目坐落, 落位区域. */
const SITE = `(?:建设|实施|施工|项目)(?:地点|地址|坐落)|${LANDING}`;
/** The field of the ends of a road, a line or a bus route: where its work is done (起止点：三环路—绕城高速, 起讫站：双流西站—新津站), a changed route's old ends too (原起讫点：). */
const ROUTE_FIELD = '(?:改造|施工|建设|整治|作业)?起止点|(?:调整[前后]|原)?起讫点|起止范围|起止位置|起止路段|起(?:止|讫)站点?|(?:施工|管制|作业|改造)?路段[（(]起止点[）)]';
/**
 * The fields of where a bus route runs, as a notice of new and changed routes gives them: its course, its stops and their changes,
 * its termini's hours and the stations it meets (线路走向：, 调整后走向：, 设置站点：, 沿途站点：, 设站（共10站）：, 站点变化：, 运营时间：,
 * 首末班时间：, 接驳换乘：); not its old course (原线路走向：).
 */
const COURSE_FIELD = '(?:调整后)?(?:线路|路线)?走向|(?:调整后)?(?:运行|行驶)(?:线路|路线)|返程|(?:设置|增设|调整后|沿途|途经|停靠|主要|(?:成都)?境内)站点(?:[（(][^（()）]{1,8}[）)])?|沿途停靠(?:站点?)?|设站(?:[（(][^（()）]{1,8}[）)])?|站点(?:设置|调整|变化)|运营时间|首末班(?:车)?时间|(?:接驳)?换乘(?:接驳)?|服务(?:范围|对象)';
/**
 * Who answers for a reservoir's or a pond's safety, as a column names them: the government's, its department's and its keeper's
 * (政府责任人, 主管部门责任人, 管理单位责任人), and the three of the flood season (行政责任人, 技术责任人, 巡查责任人).
 */
const CARETAKER = '政府|主管部门|管理单位|行政|技术|巡查';
/** What a table's measures do to the places of its rows (an alert's level may lead them: 橙色预警减排措施): 整治措施, 治理内容, 防治措施, 改造内容, 管控措施要求, 布置内容 (a festival's decorations), 主要更新内容, 设置内容. */
const MEASURES = '整治|治理|防治|改造|整改|提升|保护|养护|维修加固|维修|加固|管控|布置|修复|更新|设置|减排';
/** Columns, or an item's fields, of whom a site serves, or when (服务范围, 接种时间, 办理时间, 办公时间), or the towns and communities a team serves (服务街道, 重点服务社区). */
const SERVES_COLUMN = /^(?:(?:日常|主要)?(?:服务|接种|门诊|办理|受理|办公)(?:范围|时间)|(?:重点)?服务(?:街道|社区|片区|区域|镇|村))$/;
const SERVED_VERB = '服务';
/** A column of where each row's spot is set. */
const SET_AT = '设置位置';
/** Devices fitted at a site, as a column names them (预警设施: 水位计、信息屏、挡车杆). */
const FITTED = '(?:预警|监测|警示|监控|安全防护)设施';
const FITTED_COLUMN = new RegExp(`^${FITTED}$`);
/** The units a column counts in: 公里, 座, 口 (ponds, wells), 株. */
const UNIT = '万?(?:公里|千米|米|平方米|立方米|个|座|处|户|株|吨|亩|元|套|间|辆|人|盏|家|条|台|根|棵|块|张|片|口|尾)';
/** A column of a quantity by its unit (改造泵房（座）, 清淤长度（公里）, 堤防（护岸）新建加固（公里）, 山坪塘整治（口）). */
const COUNTED_COLUMN = `[\\u4e00-\\u9fa5A-Za-z（）()]{2,14}[（(]${UNIT}[）)]`;
/** A column of the ways round the work a notice advises: 建议绕行路线, 绕行线路. */
export const DETOURS = '(?:建议)?绕行(?:路线|线路|方案)';
/** What a zone is banned from, or limited in, by its name, and the season of it after: 禁飞区, 限飞区, 禁渔区和禁渔期, 禁捕区域, 禁烟区域, 限养区范围 (of large dogs). */
const BANS = '禁飞|限飞|禁渔|禁捕|禁钓|禁烟|限养|禁养';
const BANNED_ZONE = `(?:${BANS})(?:区域?|水域)(?:[和及](?:${BANS})期)?`;
/** The hours a measure's places are named with: 二、限制遛犬区域及时段. */
const WITH_HOURS = '[和及]时段';
/** Moving people out of harm's way, as a drill or a flood plan's table names it (转移区域｜人数｜疏散路线｜避难场所). */
const EVACUATION = '转移|疏散|撤离';
/** Columns of the district, the town or the community each row's work is in. */
/** A rating's score, as a column names it: 考评得分, 综合得分, 评分. */
const SCORE = '(?:考评|考核|测评|评价|综合|平均)?(?:得分|分数|评分)(?:[（(]分[）)])?';
const PLACE_COLUMN_NAME = '区（市）县|区县|辖区|属地|街道（镇）|镇（街道）|街道（社区）|社区（村）|村（社区）|社区|片区|区域';
/**
 * A column of names that are places with no address: bridges' (桥梁名称), the roads, bridges and estates a notice names (标准名称, 原名称),
 * hazard points' by their gully or slope and their kind (隐患点名称: 任家沟泥石流), compounds' a notice names (小区名称: 望江名门), or
 * ponds, reservoirs, parks, gardens and farms by their own names (山坪塘名称: 大堰塘, 花园名称, 家庭农场名称).
 */
const NAMES_ALONE = /^(?:桥梁|标准|原|隐患点|小区|院落|山坪塘|塘堰|水库|公园|花园|(?:家庭)?农场)名称$/;
/**
 * The columns of a notice's table of place names (序号｜标准名称｜罗马字母拼写｜起止点｜…｜命名理由): it names each road, bridge or estate, or
 * renames it (更名理由); where each runs or lies and why it is so named are aside.
 */
const NAMING = '(?:命名|更名)(?:理由|依据|含义|寓意|由来)|罗马字母拼写|汉语拼音';
const NAMING_COLUMN = new RegExp(`^(?:${NAMING})$`);
/** How to get to a place, as a column or a list's label names it: 交通指引, 交通方式, 乘车路线, 出行方式, 到达方式. */
export const WAY_THERE = '交通(?:指引|方式|线路|路线|提示)|乘车(?:路线|指引)|出行(?:路线|方式)|到达方式';
/** The stations nearest a place, or the roads and landmarks around it, as a column names them: 最近地铁站, 周边道路及地标; where a new exit leads (主要通达方向); or how to get there (交通指引). */
const NEAREST = `(?:最近|就近|周边|附近|临近)?(?:地铁站|地铁|公交站)|周边(?:主要)?(?:道路|地标|轨道交通|交通|区域|设施)(?:[及和](?:道路|地标|交通|区域|设施))?|(?:主要)?通达方向|周边(?:主要)?目的地|(?:主要)?换乘[与及和]景点|${WAY_THERE}`;
/** An address, as a column or a field names it: 地址, 详细地址, a school's 学校地址, a shop's 经营地址, a car park's 停车场地址, a service point's 服务点地址, a station's 兵役登记站地址. */
const ADDRESS = '(?:详细|学校|经营|办公|办园|办学|楼宇|停车场|门店|场馆|公园|工作室|服务|项目|小区|[\\u4e00-\\u9fa5]{1,5}[站点]|考场|原|(?:承接)?营业厅)?地址(?:（小区名称）)?';
/**
 * A river's chief, as a column names the chiefs (区级河长, 河长), a street's (区级街巷长, 路长) or a forest's (市级林长): the chief is the verb of a table of them,
 * a river's 河长 whatever water it is.
 */
const CHIEF = '(?:[区县市镇乡村]|街道|社区|镇（街道）|村（社区）)?级?(?:河长|湖长|河湖长|街巷长|路长|林长)';
const CHIEF_COLUMN = new RegExp(`^${CHIEF}$`);
const CHIEF_OF = /(街巷长|路长|林长)$/;
const CHIEF_VERB = '河长';
/** A river's stretch in a chief's care, by its ends (河段起止点, 河段（范围）): where the care starts and stops, no site of work. */
const STRETCH = '河段(?:起止点|[（(]范围[）)]|范围)';
const STRETCH_COLUMN = new RegExp(`^${STRETCH}$`);
/** Columns of a plot's bounds, one side each (东至｜南至｜西至｜北至): its edges, no site of its work. */
const BOUNDS_COLUMN = /^[东南西北]至$/;
/** A column of where a route or a street starts and ends (起止点, 起讫点), which a table of their chiefs sets aside as a river's stretch. */
const ROUTE_COLUMN = new RegExp(`^(?:${ROUTE_FIELD})$`);
/**
 * A column of the road or the stretch each row works on or closes, by its name: 道路名称, 路段名称, 管制路段 (beside its ends, 起止点), 道路（街巷）名称
 * with the other kind it may be in brackets.
 */
const ROAD_COLUMN = /^(?:(?:道路|街巷|桥梁)(?:[（(](?:道路|街巷|桥梁)[）)])?(?:名称)?|路段名称|(?:管制|施工|作业|调整|封闭|整治)路段)$/;
/** A column of a road or a stretch by its name (道路名称, 路段名称), and one of the stretch of it a row controls (限行路段, 管制路段), which beside the name says only its ends. */
const ROAD_NAME_COLUMN = /^(?:(?:道路|街巷)(?:[（(](?:道路|街巷)[）)])?|路段)名称$/;
const STRETCH_OF_ROAD = /^[\u4e00-\u9fa5]{2}路段$/;
/** A column of how each row is dealt with: 调整方式, 处置方式. */
const WAY = '(?:调整|处置)方式';
/** A school's catchment (划片范围, 招生范围), or where an exam venue's candidates come from (主要考生来源). */
const CATCHMENT = '(?:(?:划片|招生(?:服务)?)范围|(?:主要)?考生来源)';
/**
 * A column of a school's catchment or a venue's candidates, or of the districts an evacuation base takes in (主要承接区域), whose places
 * say whom it takes in, no site of work (see rowCells).
 */
const TAKES_IN = `(?:${CATCHMENT}|(?:主要)?承接区域)`;
const CATCHMENT_COLUMN = new RegExp(`^${TAKES_IN}$`);
/** What a trouble is put down to, as a column names it (主要拥堵原因, 积水成因): where it comes from, not what is fixed. */
/** What a notice sets around a school, as a column names it: 护学通道, 接送区, 护学岗. */
const SCHOOL_RUN = '护学(?:通道|岗)(?:点位)?|(?:临时)?接送(?:区|点)';
/** An exam's venues, as a table names them: 考点编号, 考点名称, 考场数. */
const EXAM = '考点(?:编号|名称)|考场数|(?:原承担)?考试(?:科目|车型)|(?:业务)?承接考场';
/** The towns, communities or villages a project touches, as a field or a column names them: 涉及街道, 涉及村（社区）, 主要涉及村（社区）, 涉及社区及组. */
const INVOLVED = '(?:主要)?涉及(?:街道|镇|社区|村)(?:（(?:社区|村|街道|镇)）)?(?:及组)?';
/** A place's history, as a column names it: 历史沿革及文化内涵, 地名由来. */
const HISTORY = '(?:历史沿革|(?:地名)?由来|(?:历史)?文化内涵)(?:及(?:文化内涵|由来|含义))?';
const CAUSE = '(?:主要)?(?:拥堵|积水|内涝|事故|问题)?(?:原因|成因)(?:及处置情况)?';
/** What a table finds wrong at its rows' places, as a column names it: 存在问题, 主要隐患, 隐患情况, 主要污染物及风险, 交办问题, 调查核实情况, 主要拥堵原因 (see PROBLEM_COLUMN). */
const PROBLEM = `(?:(?:存在|主要|交办)?(?:问题|隐患|风险|危险因素|病害)(?:描述)?|(?:隐患|风险)情况|主要污染物(?:及风险)?|(?:调查)?核实情况|行政区域|${CAUSE})`;
/** Column names of a project table. */
/** What a place is opened or put into service by (开放时间, 投运时间, 开市时间, a clinic's 开诊时间): its columns are named so. */
const OPENS = '开放|开园|开通|开业|开市|开诊|投用|投运|启用';
/** Whom a place opens to, before its opening column's name: 对社会车辆开放时间. */
const OPEN_TO = '对社会车辆|对社会|对外|对公众|假期|节假日';
const COLUMN_NAME = String.raw`(?:序号|渠道|水源|供水(?:镇|街道)(?:[（(][^（()）]{1,4}[）)])?|轮灌片区(?:[（(][^（()）]{1,8}[）)])?|第[一二三四五六七八九十]轮(?:放水)?|控灌面积(?:[（(][^（()）]{1,6}[）)])?|(?:计划)?放水量(?:[（(][^（()）]{1,8}[）)])?|装机容量(?:[（(][^（()）]{1,6}[）)])?|收费情况|发车时间|户主|家庭人口(?:[（(]人[）)])?|原?(?:房屋|住房)面积(?:[（(][^（()）]{1,6}[）)])?|安置方式|村民小组|兑换(?:点地址|时间)|(?:主要|应用)场景|[\d\u4e00-\u9fa5]{0,6}(?:参与|覆盖|整改|可达)率(?:[（(][^（()）]{1,4}[）)])?|(?:安排|下达|拨付)资金(?:[（(][^（()）]{1,6}[）)])?|可?替代(?:收费站|出入口|站点)|(?:暂停服务|暂停|取消)站点|接驳线路|[上下]车点|途经[\u4e00-\u9fa5（）、]{2,14}|[\u4e00-\u9fa5]{2,4}频次|调整时段|(?:施工)?阶段|交通组织(?:方式|方案)|(?:主要)?绕行道路|实施日期|接驳(?:地铁|轨道)(?:站|站点|车站)|调整方式|(?:项目|工程|处置|服务|管养|养护|行业)?类别|(?:非遗)?项目|标段(?:名称)?|(?:区间)?起点(?:[（(]上车点[）)])?|(?:区间)?终点(?:[（(]下车点[）)])?|止点|(?:监测|行驶|通行)?方向|(?:最高)?投标限价(?:[（(][^）)]*[）)])?|线路(?:名称|编号|（区域）)?|(?:主要)?服务(?:学校|对象)|(?:重点)?服务(?:街道|社区|片区|区域|镇|村)|[\u4e00-\u9fa5]{0,4}规划师|[\u4e00-\u9fa5]{0,4}牵头单位|(?:停靠|沿途|途经)站点|停靠点|停靠(?:村|社区)(?:（(?:社区|村)）)?|周次|随车医院|服务日|时段|[\u4e00-\u9fa5]{0,6}许可证(?:编?号)?|(?:预售|销售)(?:楼栋|面积(?:[（(][^）)]*[）)])?)|(?:途经|所属|经停|停靠)线路|(?:早班|晚班|首班|末班|首站)发车(?:时间)?|配车数|调整类型|(?:线路)?走向|(?:运营|经营|营业|运行)(?:时间|时段|日期)|区段|散场时段|(?:最小)?行车间隔|加开列车(?:数)?|(?:发车|发班)间隔|设置时段|(?:供水|送水|供应|供餐|服务)(?:方式|时间|时段)|[\u4e00-\u9fa5]{0,6}价格(?:[（(][^（()）]{1,6}[）)])?|首末班(?:车)?时间|(?:现行|调整后|延时后|延长后|调整前|原|机场|市区)?(?:首班|末班)(?:车)?(?:始发)?(?:时间)?|运行区段|往[^｜|\s]{1,8}方向(?:首班|末班)[^｜|\s]{0,4}|车站|[\u4e00-\u9fa5]{0,4}站点|站名|(?:可)?换乘(?:线路|提示|轨道交通|地铁)?|名称|${ADDRESS}|(?:主出入口)?门牌(?:号)?|${TAKES_IN}|${CHIEF}|${STRETCH}|(?:流经|所在|所属)(?:${PLACE_COLUMN_NAME})|所在商圈(?:（街区）)?|所在绿道(?:及位置)?|四至(?:范围)?|[东南西北]至|(?:宗地|地块)编号|租赁期限|引入业态|属地(?:街道|镇|镇（街道）|街道（镇）)|(?:实施)?批次|认[建养](?:方式|期限)|主营(?:商品|产品|业务|业态|品类)|职务|(?:牵头)?联系(?:部门|单位)|(?:配合|协同|协办)(?:部门|单位)|(?:主要)?职责|对口(?:小学|初中|学校)|(?:小学|初中|高中)学校|(?:建成|始建)?年代|类型|(?:新址)?(?:${OPEN_TO})?(?:${OPENS})(?:时间|日期|时段|季节|范围)|可容纳[\u4e00-\u9fa5]{0,6}(?:[（(][^（()）]{1,8}[）)])?|(?:运营|运维|管理|经营|主办|承办|协办|作业)(?:单位|主体|者)|(?:免费|低收费)?开放(?:项目|内容|安排|单位|场地|政策)(?:及时段)?|(?:\d{4}年度?)?(?:重点|主要|重大)?(?:赛事|文化|体育|文体|展览)?(?:活动|赛事|展览)(?:[和及]活动)?(?:安排|计划)?|(?:咨询|联系|预约)(?:电话|方式)|(?:体检|实施|医疗)机构|(?:巡回)?体检点|联系人及(?:联系)?(?:电话|方式)|拟?(?:支持|补助|奖励|补贴)金额(?:[（(][^）)]*[）)])?|(?:扶持|支持)内容|资金(?:主要)?用途|申报(?:单位|企业)|(?:所在)?商业载体|(?:引进)?首店(?:类型|情况|品牌)|(?:\d{4}年度?)?新?引进首店(?:[（(][^）)]*[）)])?|(?:开设|举办|活动|场景|演出|放映|展览)地点|(?:举办|展览|演出)场馆|展期|放映点|故事片|科教片|举办地|(?:比赛|竞赛)(?:时间|日期|地点|场地|场馆)|组别|主要项目|主会场|起终点(?:及(?:线路|路线))?|计划(?:实施|完成|开工|施工)?时间|报名(?:方式|时间|渠道)|(?:初检|体检|复检)(?:时间|日期|地点)|(?:举办|活动|展映|放映|演出|表演)(?:时间|日期|场次|时段)|(?:主要)?(?:展映|放映|演出)?(?:影片|剧目|节目|剧（节）目|影院|剧场)|开演时间|(?:承演|演出)单位|(?:预计|提供|需求)?岗位(?:数)?(?:[（(][^）)]*[）)])?|(?:主要)?(?:用工|招聘)?行业|(?:主要)?(?:放流|花木|苗木)?(?:树种|品种)|(?:计划)?放流(?:水域|地点|时间|日期)|科属|出发地|目的地|${DETOURS}|绕行方向|场次|日期|农历|河(?:[（(]湖[）)])?段|主要内容|(?:已完成|剩余(?:主要)?)(?:工程|工作|内容|任务)|下一?阶段(?:计划|工作)|(?:每周|每日)?演出安排|(?:主要)?服务(?:项目|内容|功能)|特色(?:服务|内容|项目|活动|课程|品类)|范围|分(?:中心|馆|校区?)|(?:律师)?驻站时间|${COUNTED_COLUMN}|(?:受益|改造|更换|安装|涉及|检查)户数|[园校馆站厂原新]址|(?:原|临时|新|调整后)站位|(?:停止营业的|承接)?营业厅(?:名称)?|(?:办园|办学)规模|(?:\d{4}年)?(?:春季|秋季)?(?:计划)?招生(?:学位|人数|计划)|(?:主要)?(?:作业|施工|实施|安装)(?:路段|时段|时间|范围|内容|区域|期限)|株数|占道(?:情况|方式)|(?:设置|设立)地点|(?:值守|值班|执勤)(?:时间|时段|方式|单位|人数|电话|力量|人员|地点)(?:[（(][^（()）]{1,4}[）)])?|(?:\d{4}年度?)?(?:建设|运行|实施)情况|海拔(?:[（(][^（()）]{1,4}[）)])?|第一责任人|(?:主要|重点)?防范对象|布防(?:设施|设备|力量)|新增出入口|(?:首批)?(?:开通)?出入口(?:数量?|编号|名称)?(?:[（(]个[）)])?|所在行政区|(?:步行)?距离(?:[（(][^（()）]{1,6}[）)])?|级别|(?:派驻|设立)(?:单位|机构)|(?:收运|收集|清运)时间(?:[（(][^（()）]{1,10}[）)])?|(?:临时|夜间)?(?:封闭|关闭|开放|替代|备用)(?:出入口|通道)(?:[/／、](?:出入口|通道))?|(?:夜间)?闭园时间|(?:学生|青少年|老年人)?免费(?:时段|时间|场次)|(?:计划)?启用(?:等级|条件|时间|时段)|停放时段|每场限额(?:[（(][^（()）]{1,6}[）)])?|(?:核定)?生态流量(?:[（(][^（()）]{1,8}[）)])?|(?:泄放|监测)方式|户型及?(?:建筑)?面积(?:[（(][^（()）]{1,8}[）)])?|月?租金(?:标准)?(?:[（(][^（()）]{1,12}[）)])?|教学点|(?:开设|开放)?课程|上课时间|技术状况(?:等级)?|管理措施|限载标准|(?:门?票价|[\u4e00-\u9fa5]{0,4}收?费标准)(?:[（(][^）)]*[）)])?|(?:日常|主要)?(?:服务|接种|门诊|办公|受理|办理)(?:业务)?(?:范围|时间)|(?:受理|办理)业务|服务窗口|(?:银行)?网点|(?:春节|国庆|五一|清明|端午|中秋|元旦|节假日)(?:期间|假期)?(?:服务|开放)?安排|${FITTED}|(?:封闭|警戒|预警)水位|封闭(?:日期|时间|时段|方式|范围|路段)|(?:停止经营|关停|关闭|停业)(?:日期|时间|范围)|(?:预计|计划)?恢复(?:通行|开放|供水|供气|供电)?(?:时间|日期)?|(?:主要)?经营(?:品类|范围|类别)|养护内容|渠系(?:[（(]河道[）)])?|(?:主要)?取水口门?|(?:第[一二三四五]轮)?放水(?:时间|日期)|涉及(?:道路|小区(?:（单位）)?|院落(?:及单位)?)|(?:主要)?受益(?:镇|街道|村|社区|区域|范围)(?:[（(][^（()）]{1,4}[）)])?|供水(?:区域|范围)|(?:创立|成立|始创)(?:时间|年份)|(?:所属)?行业|主营业态|所在街区|(?:主要)?(?:展演|演出|体验|活动)(?:[（(][^（()）]{1,6}[）)])?(?:内容|项目|形式)|(?:调整|限速)路段|适用车道|(?:原|调整后|现行)?限速值?(?:[（(][^）)]*[）)])?|(?:估测)?树龄(?:[（(][^）)]*[）)])?|保护(?:级别|等级)|管护责任单位|(?:${BANS})(?:区段|河段|水域|区域|区?范围)(?:[（(][^（()）]{1,8}[）)])?|(?:${BANS})原因|(?:管理|管控)(?:类型|类别)|(?:重点)?(?:监控|禁烧)(?:区域|范围)|(?:集合|报名|报到|签到)地点|${NEAREST}|起点站|终点站|(?:主要)?衔接方向|周边单位|主题|(?:重点)?栖息地|[\u4e00-\u9fa5]{0,4}种类|巡护(?:区域|范围|路线)|(?:主要)?途经(?:主要)?(?:区域|站点|道路|路段)|途经[\u4e00-\u9fa5]{0,4}(?:点位|景点)|${ROUTE_FIELD}|起止车站|(?:线路|河段|照明|\d+公里组)?(?:长度|里程)(?:[（(][^）)]*[）)])?|划定范围|(?:${BANS})岸线宽度(?:[（(][^（()）]{1,6}[）)])?|(?:\d+公里组)?关门时间|(?:对应)?赛程|(?:检查|抽查|督查)(?:日期|时间|时段|对象)|[\u4e00-\u9fa5]{0,4}(?:安检|检查)队|(?:评定|检查|抽查)结果|补给(?:内容|物资)|(?:车站|站点)数|目标年限|指标(?:名称)?|(?:指标)?属性|\d{4}年|(?:\d{4}年)?(?:基数|基期值|现状值?)|目标值|(?:\d{4}年度?|年度)(?:建设|工作|计划)?目标|${SCORE}|${SITE}|(?:主要|重点)?(?:配套)?建设(?:[（(](?:提升|改造)[）)])?内容(?:及(?:规模|范围))?|(?:主要|建设)范围|(?:试点|覆盖)(?:社区|村|街道|镇|片区)|(?:招标)?控制价(?:[（(][^）)]*[）)])?|(?:计划)?工期|建设规模|(?:主要)?工程量|(?:建设|项目)?性质|建设(?:年限|时序)|[\u4e00-\u9fa5]{0,4}能力(?:[（(][^）)]*[）)])?|建设起止年限|所[在属](?:街道|区域|区县|区（市）县|地|区|社区|线路|道路)|跨越(?:河流|河道|道路|铁路|对象)(?:[（(][^）)]*[）)])?|[\u4e00-\u9fa5]{0,2}点位(?:名称)?|(?:临时|应急)?(?:纳凉|避暑|饮水|取水|供水|服务|休息|供应)点|供应(?:品种|品类|内容)|(?:计划|预计)(?:开通|通车|投用|投运|开放|运营|建成)(?:时间)?|[\u4e00-\u9fa5]{0,4}(?:[（(][\u4e00-\u9fa5]{1,4}[）)][\u4e00-\u9fa5]{0,4})?位置|[\u4e00-\u9fa5]{2,6}能力(?:[（(][^（()）]{1,12}[）)])?|总投资(?:[（(][^）)]*[）)])?|(?:\d{1,2}[-—–~至]\d{1,2}月)?(?:累计)?完成(?:投资)?(?:[（(][^）)]*[）)])?|(?:形象|建设|项目|工程|当前)?进(?:度|展)|推进情况|进展情况|完成情况|完成率|(?:计划)?(?:开工|完成|完工)(?:时间|时限)|(?:计划|预计)(?:开工|完成|完工)|(?:年度|\d{4}年度?)?(?:计划|预算|协议|签约|估算)?(?:投资|安排)(?:资金)?(?:[（(][^）)]*[）)])?|年度计划|预算金额(?:[（(][^）)]*[）)])?|(?:房源|住房|建设)?数量|(?:楼)?栋数|(?:预计|居民|惠及|涉及|受益)?户数|[\u4e00-\u9fa5]{0,2}小区(?:（院落）)?数?|(?:计划)?施工(?:时间|日期|时段)|(?:房源|投入|(?:已|本批次)?配租)?套数|房源(?:[（(][^）)]*[）)])?|(?:计划|预计)?交付(?:时间|日期|状态|情况)|安置(?:项目|小区|房源)(?:名称)?|其中住宅(?:[（(][^）)]*[）)])?|(?:主要)?户型(?:[（(][^）)]*[）)])?|学段|(?:\d{4}年)?(?:春季|秋季)?(?:开设)?班级(?:数)?|示范村(?:[（(]社区[）)])?|创建(?:等级|类型)|责任区(?:域|范围)?|(?:开放|纳凉|避暑|服务|休息)区域|位置指引|主要山体(?:、[\u4e00-\u9fa5]{2,4})*|(?:提供|新增|规划)学位(?:数)?|景区(?:[（(]场馆[）)])?|(?:青少年|学生|老年人)?优惠(?:内容|措施|政策|方式)|${NAMING}|原名称|(?:工程|拟命名|拟定)站名|原站名(?:[（(][^（()）]{1,6}[）)])?|(?:更名后|新)(?:站名|名称)|结构类型|长度[/／]宽度(?:[（(][^）)]*[）)])?|(?:实施|建设|责任|运营|管护|养护)主体|(?:管理|建设)单位|(?:环境影响)?评价(?:机构|单位)|环评(?:机构|单位)|供餐单位|(?:主要)?供餐对象|配送方式|预计(?:采购|开工|完成|完工)?时间|责任单位|牵头单位|属地(?:大队|单位|部门)|物业(?:服务|管理)?(?:企业|公司)|(?:处理|处置)措施(?:及整改(?:时限|期限))?|备注|等级|(?:占地|划定|建成|改造|新建|地块|建筑|用地|冰面)?面积(?:[（(][^）)]*[）)])?|其中[：:]?(?:新建|改造提升|改造|提升|新增)(?:面积)?(?:[（(][^）)]*[）)])?|验收(?:结论|结果|时间|日期)|(?:行业)?主管(?:海关|部门|单位)|主导(?:作物|产业|品种)|(?:单场)?(?:预计|可)?(?:人数|容纳(?:人数|人员))(?:[（(][^）)]*[）)])?|所在河流|河(?:流|道)(?:（(?:水库|点位)）)?|${HISTORY}|${PROBLEM}|${INVOLVED}|(?:重点)?覆盖(?:范围|区域)|[\u4e00-\u9fa5]{2,4}类型|(?:主要)?(?:配套)?(?:市政)?道路(?:（路段）)?|(?:危险|重点)水域|(?:整改|治理|整治)(?:要求|时限|期限)|水库|(?:重点)?部位|${PLACE_COLUMN_NAME}|街道|[\u4e00-\u9fa5]{2,4}名称(?:[（(][\u4e00-\u9fa5]{1,4}[）)])?|利用(?:方式|类型|功能|范围|方向)|(?:主要|候船|候车|配套|服务)设施|建设(?:类型|方式|形式)|${WAY}|(?:新增|其中|停靠|共享|开放)?(?:充电|停)?(?:床位|学位|车位|泊位|摊位|餐位)(?:数)?(?:[（(][^）)]*[）)])?|(?:拟采取|采取)?(?:主要)?(?:防护|防范|安全|应急|交通组织|[\u4e00-\u9fa5]{2}预警)?(?:${MEASURES})?措施(?:要求)?|(?:主要|风险管控[/／])?(?:${MEASURES})(?:内容|要求|范围|工程|方式)|(?:原|修复后|移出后|后续|现状|平时|战时)?(?:土地|规划)?用途|规模|(?:管制|管控|限行|禁行|限时|禁停)(?:路段|时间|时段|范围|区域|方式|类型|措施)|(?:主要|涉及|设置)?路段|(?:穿越|通行)方式|(?:禁燃|禁放)(?:范围|区域)|高速公路|服务区|(?:建成|完工|竣工|完成)(?:年份|年限)|楼栋(?:及?单元)?|拟?(?:增设|加装|安装)?台数|(?:住宅|建筑)?层数|(?:使用)?登记(?:日期|时间)|[\u4e00-\u9fa5]{2,5}[（(][\u4e00-\u9fa5]{1,4}[）)]名称|(?:清淤|疏浚|整治|治理|施工)河段|(?:主要)?清除内容|[\u4e00-\u9fa5]{2,4}数量(?:[（(][^（()）]*[）)])?|编号|(?:(?:处理|处置)(?:和|及)?)?整改情况|办结情况|(?:${EVACUATION})(?:区域|范围|对象|路线|人数)|人数|[\u4e00-\u9fa5]{0,4}场所|(?:避险|应急|临时|集中)?安置(?:点|地点)|${SCHOOL_RUN}|${EXAM}|镇|组|(?:灾害|隐患)类型|威胁(?:户数|人数|人口|户[/／]人|对象)|包片(?:领导|干部)|(?:监测|整治|整改|治理|防灾|防汛|保管|${CARETAKER})?责任人|(?:主要)?储备物资|监测(?:人|员)(?:及联系(?:电话|方式))?|避险(?:场所|地点))`;
/** The supplies a notice cuts: 停电, 停水, 停气; and a metro's service (停运). */
export const SUPPLY_CUTS = '停电|停水|停气|停运';
/**
 * Columns of a table of cuts in supply (停电时间｜停电线路（设备）｜停电范围｜工作内容), which are no project's fields: a notice's 停水范围： is
 * read as such (see records' CUT_FIELD).
 */
const CUT_COLUMNS = `(?:${SUPPLY_CUTS})(?:时间|日期|范围|区域|路段|线路|原因)(?:[（(][^（()）]{1,6}[）)])?|工作内容`;
const COLUMN = new RegExp(`^(?:${COLUMN_NAME}|${CUT_COLUMNS})$`);
/** Longer than any column's name (建设内容及规模, 总投资（亿元）…): no need to ask. */
const COLUMN_LENGTH = 24;
/** The fields of a water source's protection zone, each the area it draws: 一级保护区：水域为…；陆域为…, 二级保护区：…, 准保护区：…. */
const ZONE_FIELD = '(?:一级|二级|准)保护区';
const FIELD_NAME = `(?:${COLUMN_NAME}|${INVOLVED}|(?:${SUPPLY_CUTS}|降压)(?:时间|日期|范围|区域)|项目地点|主要内容|校址|实施主体|(?:建设|代建|设计|施工|监理)单位|建设周期|用地情况|项目性质|(?:用地|出让)?面积|(?:土地|规划)?用途|用地性质|${ROUTE_FIELD}|${COURSE_FIELD}|原(?:线路)?走向|调整内容|发班间隔|票价|(?:宗地|地块)位置|项目编号|招标人|招标代理机构|(?:项目)?审批机关|批准文号|资金来源|(?:计划)?工期|招标范围|(?:施工|养护|维护|实施|项目)?范围|${ZONE_FIELD})`;
/**
 * A project's field told on a line of its own, under its name, numbered or not (所在区域：锦江区, 建设内容：…, 1.建设地点：…). Asked of every
 * paragraph: a colon looked for first, within a field's reach, turns most away before the field names are tried one by one.
 */
export const PROJECT_FIELD = new RegExp(`^(?=[^：:]{0,60}[：:])(?:${ITEM_NUMBER}\\s*)?${FIELD_NAME}[：:]`);
/** A field of a project told on one line with the others, after a blank, a ； or a 。 (项目名称：…　建设地点：…; …项目。建设地点：…。年度进展：…). */
const INLINE_FIELD = new RegExp(`(?<=^|[\\s；;。])(${FIELD_NAME})[：:]`, 'g');
/**
 * A plot of land offered, told as a record (地块名称：WJ2024-07号地块　位置：温江区涌泉街道　面积：约86亩　用途：工业用地), or by its
 * number, its fields after it (宗地一：宗地编号JN08(252)：2025-027 / 宗地位置：…): it commits with its 出让.
 */
/** What is done with a plot a notice names: it is sold. */
const PLOT_VERB = '出让';
/** The header of a table of the plots a notice sells, one a row by its number and where it lies, who sells it maybe between: 宗地编号　宗地位置　净用地面积（亩）…, 宗地编号｜出让人｜宗地位置｜…. */
const PLOTS_HEADER = /^(?:序号[\s|｜]+)?(?:宗地|地块)编号(?:[\s|｜]+[^\s|｜]+)?[\s|｜]+[^\s|｜]*位置[\s|｜]/;
/** A plot a notice or a brochure offers, by its number and where it lies: 地块1：LQY-2025-03号地块。位于柏合街道，东至…. */
const PLOT_ITEM = /^(?:宗地|地块)[一二三四五六七八九十\d]{1,2}[：:]\s*[A-Z\d][A-Z\d\-－—]*号?(?:地块|宗地)?[。，,]\s*位于/;
export const PLOT = new RegExp(`^(?:${ITEM_NUMBER}\\s*|(?:宗地|地块)[一二三四五六七八九十\\d]+[：:]\\s*)?(?:地块名称[：:]|(?:宗地|地块)编号)`);
/**
 * A school's catchment, a line of a zoning list (成都市双林小学　划片范围：双桥子街道双林社区、…; （一）成都市双林小学。划片范围：…), or one
 * under the school's heading, its part's or its own (小学部划片范围：…; 划片范围：…): the places it is drawn over.
 */
const ZONING = new RegExp(`^(?:(?:${ITEM_NUMBER}\\s*)?[^，。；：:]{2,30}(?:小学|中学|学校|幼儿园)(?:[（(][^（）()]{1,8}[）)])?[。\\s]*|(?:小学|初中|高中)部)?${CATCHMENT}[：:]`);
const COLON = /[：:]/;
/**
 * The heading of a list of schools' catchments, each an item (三、小学划片范围（涉及调整及新开办学校） / 1.成都市盐道街小学（本部）：春熙路街道…); not
 * one of what the schools are as well (二、各校办学情况及招生服务范围).
 */
const ZONING_HEADING = new RegExp(`^${ITEM_NUMBER}(?:(?!情况)[^，。；：:]){0,8}${CATCHMENT}(?:[（(][^（()）]{1,16}[）)])?$`);
/**
 * A month of an events calendar, its events and their venues: 3月：第114届全国糖酒商品交易会同期消费活动（中国西部国际博览城）；龙泉驿区桃花故里
 * “花漾消费周”。 Its places are where the events are held.
 */
const CALENDAR_ROW = /^(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:[上中下]旬|份)?[：:][^。；]*(?:节|季|周|展|会|赛|集|嘉年华|活动|仪式)/;
/**
 * The line of a project told field after field on one line: its name's field first (1.项目名称：…　建设地点：…), its numbered name
 * as a sentence of its own (1．锦江区水井坊片区城市更新项目。建设地点：…。年度进展：…), or its numbered name set apart by a space, as
 * a table's row pasted as text is (2.天府国际生物城生物医药孵化园（三期）  建设地点：…  建设内容：…).
 */
const RECORD = new RegExp(`^(?:(?:${ITEM_NUMBER}\\s*)?(?:${RECORD_NAME}|项目)[：:]|${ITEM_NUMBER}\\s*(?:[^，。；：:]{2,40}${PROJECT}。|[^，。；：:\\s]{2,40}\\s+)(?=${FIELD_NAME}[：:]))`);

/** The fields of a project told on one line, by name, their values as spans of the line; null for any other line. */
function recordFields(text: string): { name: string; span: [number, number] }[] | null {
	// Asked of every paragraph: one look rules out nearly all.
	if (!text.includes('：') && !text.includes(':')) return null;
	const at = RECORD.exec(text);
	if (!at) return null;
	const fields: { name: string; span: [number, number] }[] = [];
	for (const m of text.slice(at[0].length).matchAll(INLINE_FIELD)) {
		const start = at[0].length + m.index;
		if (fields.length) fields[fields.length - 1].span[1] = start;
		fields.push({ name: m[1], span: [start + m[0].length, text.length] });
	}
	return fields.length ? fields : null;
}

/**
 * The title of a box of projects: 专栏2 重大交通基础设施项目, 专栏3：生态保护修复重点工程, 专栏1　2025年两区消费提质重点项目清单; or of a plan's
 * spatial layout, a part a line (专栏5-1　“十四五”彭州市文旅空间布局重点 / 一核：天彭城市文旅核心（天彭街道、致和街道）).
 */
const BOX = /^专栏\s*[\d一二三四五六七八九十]*(?:[-—－]\d+)?\s*[:：]?\s*[\u4e00-\u9fa5、“”\d]{0,24}(?:(?:项目|工程)(?:清单|名单|表)?|空间布局(?:重点)?|规划线路)(?:[（(][^（）()]{2,16}[）)])?$/;

/**
 * The line that announces a list of projects, an item a line: 2024年市级重大交通项目：, 重点工程清单：,
 * 部分重点项目如下：, …重点建设项目如下(项目规模以最终批复为准)：, a numbered group's heading (一、产业项目), the title of a report of their progress (附件：2025年上半年区级重点项目推进情况表（部分）)
 * or of an annex that lists them or the tasks of each place (附件：成都市2025年全民健身设施补短板工程项目清单, 附件：…高标准农田建设镇（街道）任务清单),
 * 附件 perhaps on a line of its own (附件 / 2026年成都市全民健身设施建设项目清单), or 附： and their count (附:2026年计划建成通车重点公路项目(9个)).
 */
const LIST = new RegExp(`^(?:[^，。；：:]{0,30}(?:项目|工程)(?:清单|名单)?(?:如下)?(?:[（(][^（()）]{1,20}[）)])?[：:]|${ITEM_NUMBER}[^，。；：:]{0,16}(?:项目|工程)(?:(?:计划|安排)?(?:清单|名单|表)(?:[（(][^（()）]{1,8}[）)])?)?|(?:附件\\d*[：:]\\s*)?[^，。；：:]{0,30}(?:项目|工程)(?:推进|进展|完成|实施|建设)情况(?:一览)?表(?:[（(][^（()）]{1,8}[）)])?|(?:附[件表]\\d*[：:]\\s*)?[^，。；：:]{0,40}(?:(?:项目|工程)(?:清单|名单|(?:一览)?表)|任务(?:清单|分解表))(?:[（(][^（()）]{1,12}[）)])?|附[：:]\\s*[^，。；：:]{0,40}(?:项目|工程)[（(][^（()）]{1,12}[）)])$`);

/** Works and bans whose extent a heading may name as where they are done: not a plan's own area (规划范围) nor a zone's (保护范围). */
const SCOPED_WORK = '搬迁|改造|整治|拆迁|腾退|禁火|停水|停气|停电|降压|严管|建设';
/**
 * A numbered heading of the places a measure applies to, a place a line after it: 二、禁停区域 (then 1. 春熙路；),
 * 一、渠化改造类（10个）, 一、拟推荐申报国家4A级旅游景区（3家）, （二）分时段管制路段 (then 1. 望江路（九眼桥南桥头至科华北路口），7:45—11:00；),
 * 二、招商驿站清单 (then a table of the greenway's stations).
 * Its own verb is what the items commit with; a heading with none lists nothing.
 */
const PLACES_LIST = new RegExp(`^${ITEM_NUMBER}[^，。；：:]{0,16}(?:区域|节点|点位|类|景区|街区|路段|桥梁|场?馆(?:开放安排)?|驿站|试点|开放学校|(?:${SCOPED_WORK})范围|${BANNED_ZONE})(?:${WITH_HOURS})?(?:(?:[（(][^（()）]{1,2}[）)])?(?:清单|名单))?(?:[（(][^（()）]{1,12}[）)])?$`);
/** …and the work whose extent such a heading names (二、搬迁范围, then （一）武侯新城片区。主要涉及…; 二、停水区域, then （一）道路沿线：…). */
const SCOPE = new RegExp(`(${SCOPED_WORK})(?:范围|区域)$`);
/** Such a heading of the venues or schools opened to the public: 二、开放场馆名单, 二、免费开放场馆, 一、开放学校名单, 二、各区（市）县主要场馆开放安排. */
const OPENED = /((?:免费|低收费)?开放)(?:场馆|学校|安排)/;
/** Such a heading of the facilities to be built, counted, a place's own a line: （一）社区养老服务综合体（45个） / 1.锦江区（3个）：书院街街道、…. */
const FACILITIES_COUNTED = new RegExp(`^${ITEM_NUMBER}[^，。；：:]{0,16}(?:综合体|助餐点|服务站|服务中心|驿站|${FACILITY})[（(]\\d+(?:个|所|处|座)[）)]$`);
/** A heading of the work its items are given, counted: （一）依法收回（4宗）, （二）限期动工开发（6宗） / 1.公平街道江安河以东…地块…; not an item of its own (2.驿都大道改造项目(9个)). */
const WORK_COUNTED = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)\s*[\u4e00-\u9fa5]{2,12}[（(]\d+(?:宗|个|处|项|座|所|条|块)[）)]$/;
/** Such a heading with its items after it in its own paragraph, told one by one (（一）重点防范区域。一是龙门山镇、…；二是…): its items'. */
const PLACES_RUN_IN = new RegExp(`^(${ITEM_NUMBER}[^，。；：:]{0,16}区域)。(?=[一二三四五六七八九十]是|[（(]?1[）)、.．])`);
/**
 * A table's title, numbered or not, that names sites or projects: 表1　…建设点位（部分）, 附表2 2025年…改造项目清单, 附表：2025年重点推进TOD项目
 * （部分）, 附件：2024—2026年重点产业功能区建设清单, 表1　2024年各区（市）县充电基础设施建设目标任务; or a plan's table or an overview's, an attachment's or not (附件：2024年…停车设施建设计划表,
 * 成都今年计划开通线路一览, 附：2024年秋季成华区新建学校（幼儿园）投用情况一览表).
 */
const TABLE_TITLE = /^(?:[一二三四五六七八九十]+、\s*)?(?:(?:(?:附)?表\s*\d{1,2}|附表|附件\s*\d{0,2})[\s　:：]+([^，。；]{4,60}(?:点位表?|项目|清单|名[单录]|计划表?|目标任务|任务表|责任表|明细表?|(?:推进|进展|完成)情况)(?:[（(][^（()）]{1,8}[）)])?)|(?:附(?:[件表]\s*\d{0,2})?[\s　:：]+)?([^，。；：:]{4,60}(?:计划(?:安排)?表|一览表?|建设目标|点位表|重点(?:道路|路段|街巷))(?:[（(][^（()）]{1,8}[）)])?))$/;
/** The title of a table of the land an expropriation takes: …拟征收土地面积汇总表, …拟征收土地情况表. */
const TAKEN_LAND_TITLE = /征收(?:集体)?土地[^，。；：:]{0,8}(?:汇总表|情况表|一览表?|清单|明细表?)$/;
const TAKEN_VERB = '征收';
/**
 * The title of a table of a line's stations: 表1　17号线二期车站一览表, 附件：地铁30号线一期工程车站名单, 13号线一期换乘站一览表, …车站信息一览表, …车站名称表; or of a
 * bus route's stops: K12路站点及换乘信息一览表.
 */
const LINE_STATIONS_TITLE = /(?:(?:\d+号线|[一-龥]{2}线)[^，。；：:]{0,12}(?:车站|换乘站)|[A-Z]?\d+路站点(?:及[^，。；：:]{1,6})?)(?:信息|名称)?(?:一览表?|表|名单|清单)$/;
const STATION_VERB = '设站';
/** The end of a schedule's title: …亮灯时间安排表, …开放时段安排一览表, …赛道分段管制时间表. */
const SCHEDULE_TITLE = /(?:时间|时段)(?:安排)?(?:表|一览表?)$/;
/** A title of the sites an inspection checked, and what it found: …重点检查情况一览表, …抽查结果表. */
const INSPECTED_TITLE = /(检查|抽查|督查)(?:情况|结果)(?:一览)?表$/;
/** A title of projects, or an overview of them: …重点项目, …建设项目（部分）, …重点推介项目一览. */
const PROJECTS_TITLE = /项目(?:一览表?)?(?:[（(][^（()）]{1,8}[）)])?$/;
/** What a notice does to the spots it names, or the devices it fits: sets them. */
const SPOT_VERB = '设置';
/**
 * A title of the spots a notice sets: …停放区重点点位表, 首批闲置地块利用点位一览, …网约车上车点一览表, 应急避难场所一览表 (not a list of key points: …重点一览表; nor
 * where to ask: 各街道助餐服务咨询点一览表, a contact list).
 */
const SPOTS_TITLE = /(?:(?<![重难特要亮焦观起终节基优缺热景]|咨询|联系|推荐)点位?|避难场所|避险场所)(?:表|一览表?|清单|明细)$/;

/**
 * The work of a table whose title names none: the spots a notice sets are set (武侯区共享单车、电动自行车停放区重点点位表), and projects
 * are built (附表：2025年成华区生态环境重点项目（部分）, 表1　2024年成都市轨道交通TOD综合开发重点推介项目一览).
 */
function untoldWork(title: string): string | null {
	return SPOTS_TITLE.test(title) ? SPOT_VERB : PROJECTS_TITLE.test(title) ? '建设' : null;
}
/** What a list of places a notice names does to them. */
export const DESIGNATED_VERB = '认定';
/** Such a heading of the places a notice names as models: 一、夜间经济示范街区（15个）, 二、特色商业街区. */
/** A list by name: …名单, …名录. */
const NAMES_LIST = /名[单录](?:[（(][^（()）]*[）)])?$/;
const DESIGNATES = /(?:示范|特色|精品|标杆|样板)[\u4e00-\u9fa5]{0,4}(?:街区|景区|点位|节点|场景|航线)/;
/** What a plan does to the areas or the roads such a heading names, where it is said by a noun (重点防范区域, 重点管控区域, 分时段管制路段, 提高限速值路段). */
const AREA_MEASURE = new RegExp(`防范|防控|管控|管制|监测|巡护|整治|治理|保护|限速|限载|限行|禁行|限制|封闭|${BANS}`);
const MEASURED_PLACES = new RegExp(`(?:区域|路段|桥梁|${BANNED_ZONE})(?:${WITH_HOURS})?(?:[（(][^（()）]*[）)])?$`);

/**
 * The title of a list of events, a place's a line (附件：2025年春节期间部分区（市）县主要文旅活动一览 / 锦江区：三圣花乡梅花节、…), or a date's
 * (暑期部分活动一览： / 7月26日　夏日骑行嘉年华　锦城绿道江家艺苑段): held there.
 */
const ACTIVITIES = /^(?:附(?:件\d*)?[：:]\s*)?[^，。；：:]{0,30}活动(?:一览表?|安排表|清单)[：:]?$/;

/** The title of a list of sites a notice watches over, and how: …重点监管源名单（节选）, …扬尘管控重点工地名单. */
const WATCHED_LIST = /(监管|管控|监控)[^，。；：:]{0,8}(?:名单|清单|名录)(?:[（(][^（()）]{1,8}[）)])?$/;
/**
 * The title of a list of places a notice designates, or will make such (…示范街区培育名单, 示范村（社区）名单, …生活垃圾分类示范小区名单, …区级文物保护单位名单; a part of its notice: 一、拟命名名单, 一、认定名单, 一、…拟扶持名单（36家）), a place an item (2024年度成都市夜间经济示范街区名单(20个) /
 * 1.春熙路—太古里：…): named as such. Not a news link's that one was chosen (三道堰镇入选…重点镇（乡）名录), nor an inventory's edition
 * (…名录（2025年版）) or a list of shelters (全区应急避难场所名录; not a batch of them newly named: 第一批应急避难场所名录): their rows are
 * there already; what is new or upgraded says so in its own row.
 */
const DESIGNATED = /^(?:附件\d*[：:]?\s*)?(?:(?!入选)[^，。；：:]){0,30}(?:街区|场景|社区|小区|院落|民宿|村庄?|镇|公园|景区|片区|园区|基地|街道|示范单位|(?<!避难)场所|建筑|文物保护单位|文保单位|传习所|工坊|工作室|古树名木|农村路|集聚区|夜市|市集|步行街|农场|空间|(?:文化)?遗产(?:保护)?|拟?新?(?:命名|认定|扶持)[^，。；：:（(]{0,16}?)[”"]?(?:[（(][^（()）]{1,8}[）)])?(?:培育|创建)?(?:名单|名录)(?:[（(](?![^（()）]*年版)[^（()）]{1,12}[）)])?$/;

/** The title of a batch's list, of places newly designated whatever they are: 第一批应急避难场所名录, …首批服务站点名单, 附件：成都市首批河湖库垂钓区名录, …试点区域（第一批）一览表. */
const BATCH = /^(?:附件\d*[：:]?\s*)?(?:(?!入选)[^，。；：:]){0,30}(?:(?:首批|第[一二三四五六七八九十\d]{1,3}批)[^，。；：:]{1,20}(?:名单|名录)(?:[（(][^（()）]{1,12}[）)])?|[（(](?:首批|第[一二三四五六七八九十\d]{1,3}批)[）)](?:名单|名录|一览表?))$/;

/** The title of a table of stretches or spots: …清洗维护路段表, …点位表. */
const STRETCHES_TITLE = /^[^，。；：:]{2,30}(?:路段|点位)表$/;
/** A list's title by the sites it builds or opens: 二、2024年新建“司机之家”名单; not what it records (新增备案托育机构名单). */
const WORKS_LIST = new RegExp(`^(?:${ITEM_NUMBER}\\s*)?[^，。；：:]{0,20}(?:新建|改扩?建|扩建|建成|改造|新开)[^，。；：:]{1,20}名[单录](?:[（(][^（()）]{1,12}[）)])?$`);
/**
 * The heading of the heritage sites whose protection zones a notice draws, a site an item (一、保护范围和建设控制地带 / （一）锦江区 /
 * 1.华兴街基督教青年会旧址（锦江区春熙路街道华兴正街） / 保护范围：东至…): each is zoned where it is; the bounds only draw the zones' edges.
 */
const PROTECTED_ZONES = new RegExp(`^(?:${ITEM_NUMBER}\\s*)?[^，。；：:]{0,20}保护范围(?:和|及|与)建设控制地带$`);
export const ZONED_VERB = '划定';

/**
 * The heading of the course of a race or a parade, a section a line (一、比赛路线 / （一）全程马拉松：天府广场（起点）—人民南路一段—…; 二、赛道设置; 一、赛事项目及线路), or
 * a notice's attachment of it (附：2026成都马拉松赛比赛线路): held there.
 */
/** A course told as a chain from its start: 起点鲁家滩湿地公园→金马河绿道→…, 由桃花故里景区广场出发，…. */
const COURSE_LINE = /^(?:起点|起于|由)[^。]{2,40}?(?:→|—|出发)/;
const COURSE_LIST = new RegExp(`^(?:${ITEM_NUMBER}|附(?:件\\d*)?[：:]\\s*)[^，。；：:]{0,16}(?:(?:比赛|赛事|赛道|巡游|游行|活动)(?:项目[及和与])?(?:路线|线路)|赛道设置)$`);

/** What a list's adjustment does to the places of each of its parts. */
const ADJUSTMENTS = '保留|整合|合并|更名|新增|新认定|认定|撤销|取消';
/**
 * The heading of a part of a list's adjustment, what is done to the places of each paragraph under it: 二、保留的产业功能区 /
 * （一）中心城区。主要包括：锦江区春熙路时尚活力区，…; 三、整合的产业功能区; 五、新认定的产业功能区; its 的 left out after a year
 * or before a list's 名单 (一、2024年新认定普惠性民办幼儿园, 二、新增定点医药机构名单; not 三、更名理由, 一、认定基本情况).
 */
const ADJUSTED = new RegExp(`^[一二三四五六七八九十]+、(?:\\d{4}年度?)?(${ADJUSTMENTS})(?:的|(?<=年度?(?:${ADJUSTMENTS}))|(?=[\\u4e00-\\u9fa5]{0,10}名[单录]))[\\u4e00-\\u9fa5]{2,12}(?:[（(][^（()）]{1,8}[）)])?$`);

/**
 * The heading of the routes a notice opens or changes, each an item that names its route first (一、新开天府国际机场机场大巴线路 /
 * （一）天府机场—天府广场线（机场大巴6号线）。自…出发，经…): what is done to each; or of the shuttles it runs, run (二、景区直通车 /
 * 1.宽窄巷子—熊猫基地直通车。在…发车，途经…).
 */
const ROUTES = new RegExp(`^[一二三四五六七八九十]+、(?:(新开|开通|调整|优化|延伸|恢复)[\u4e00-\u9fa5]{0,16}(?:线路|专线)|[\u4e00-\u9fa5]{0,8}(?:直通车|旅游专线))$`);
const RUN_VERB = '开行';
/** What the heading `text` of routes does to them, if it is one (see ROUTES). */
export function routesVerb(text: string): string | null {
	const routes = ROUTES.exec(text);
	return routes ? (routes[1] ?? RUN_VERB) : null;
}
/** The title of how special lines run: 桃花节旅游专线运行安排, …接驳专线开行安排表. */
const RUNS_TITLE = /专线(?:运行|运营|开行)安排表?$/;
/**
 * An item that names its route first, however long what follows: （一）天府机场—天府广场线（机场大巴6号线）。自…; or its number and its ends
 * after a colon, its fields told after it: （一）12路：蒲江县客运中心—甘溪镇明月村 / 1.线路走向：… / 2.停靠站点：….
 */
const ROUTE_ITEM = new RegExp(`^${ITEM_NUMBER}\\s*[^，。；：:]{1,24}(?:线|路|专线|直通车)(?:[（(][^（()）]{1,12}[）)])?(?:。|[：:][^，。；：:]{2,30}[—－-][^，。；：:]{2,30}$)`);
/** A numbered field of a route's item: 1.线路走向：…, 2.停靠站点：…, 4.运营时间：…, 6.开通说明：…. */
const ROUTE_ITEM_FIELD = /^\d{1,2}[.．、]\s*[\u4e00-\u9fa5]{2,6}[：:]/;

/** A heading of the first rank: 三、设置停放点. */
export const FIRST_RANK = /^[一二三四五六七八九十]+、/;
/** An item numbered in Arabic figures: 1., 2．, 3、. */
export const ARABIC_ITEM = /^\d{1,2}[.．、]/;

/** The title of a list of what lies around places: …周边主要目的地一览表, …车站周边主要目的地. */
const AROUND_TITLE = /周边(?:主要)?(?:目的地|景点)(?:一览表?|表|清单)?$/;
/** A column of the name a notice proposes: 拟命名站名, 拟定名称. */
const PROPOSED_NAME = /^拟(?:命名|定)(?:站名|名称)$/;
/** A word of a column some table below is read by (名称, 建设, 开放时间, 禁渔区段, 集合地点 …): a sentence without one is no such header. */
const HEADER_WORD = /名称|护学|安装|限时|施工|兑换|线路|开通|站名|建设|改造|提升|整治|指标|时限|车站|年份|优惠|林长|举办|开放|禁|展演|演出|放映|设施|停|课程|值守|泄放|集合|安置|避难|避险|[放供]水|体检|停靠|义诊|检查|调整|比赛|会场|租赁|认[建养]|责任人|限[飞养]/;

/**
 * The verb a project table's rows commit with, if `text` is its header row (three or more column
 * names, among them a name and a 建设… column, or a column of measures: 整治措施), a box's title, a list's
 * announcement, a heading of the places a measure applies to, of a race's course or of a part of a
 * list's adjustment; null otherwise.
 */
export function tableVerb(text: string): string | null {
	if (text.startsWith('专栏')) return BOX.test(text) ? '建设' : null;
	// A list of what lies around places is a guide, whatever it names them by: 新增出入口周边主要目的地一览表.
	if (text.includes('周边') && AROUND_TITLE.test(text)) return null;
	// A numbered list's heading may say what its projects do (二、2025年城镇老旧小区改造项目名单（节选）); else they are built.
	// Every list's announcement names its projects, works or tasks: one look rules out nearly every paragraph.
	const projects = text.includes('项目') || text.includes('工程');
	if ((projects || text.includes('任务')) && LIST.test(text) && !RATING.test(text)) return (/[：:]$/.test(text) ? null : verbPhrase(text)) ?? '建设';
	// A table's numbered title that names its sites or projects and their work: 表1　2025年…充电设施首批建设点位（部分）.
	const titled = TABLE_TITLE.exec(text);
	// (An attachment's title that names no work, or a list of designated places (附件：…示范片区名单, …街区培育名单), is read as below.)
	const titleVerb = titled?.[1] ? verbPhrase(titled[1]) : null;
	// (…and one whose title names no work does what its kind of table does: see untoldWork.)
	// (…else, where that names nothing either, a batch's list: 表1 第二批低空经济试点区域名单.)
	if (titled?.[1] && !(text.startsWith('附件') && (titleVerb === null || DESIGNATED.test(text)))) {
		// (A list of the projects a rating ranked names no work: 表1　2025年度住宅物业服务项目考评优秀项目名单.)
		const work = titleVerb ?? (RATING.test(titled[1]) ? null : untoldWork(titled[1]));
		if (work || !BATCH.test(titled[1])) return work;
	}
	// (An overview's title that names no work may still be a list of events, …主要文旅活动一览, or of spots or projects: see untoldWork.)
	const overview = titled?.[2] ? (verbPhrase(titled[2]) ?? untoldWork(titled[2])) : null;
	if (overview) return overview;
	// (…or the land an expropriation takes, by plot or by village: 表1　拟征收土地面积汇总表, 唐安路建设工程拟征收土地情况表.)
	if (TAKEN_LAND_TITLE.test(text)) return TAKEN_VERB;
	// (…or a line's stations: 表1　17号线二期车站一览表, each a station the line sets.)
	if (LINE_STATIONS_TITLE.test(text)) return STATION_VERB;
	// (…or the sites an inspection checked: 2025年中央厨房和集体用餐配送单位重点检查情况一览表, as a 检查日期 column says.)
	const inspected = INSPECTED_TITLE.exec(text);
	if (inspected) return inspected[1];
	// (…or a schedule's, by the work whose hours it gives: 重点区域景观照明亮灯时间安排表, as 开放时间 is a column's.)
	const hours = SCHEDULE_TITLE.exec(text)?.index ?? -1;
	if (hours >= 2 && verbRunAt(text, hours - 2, hours) === 2) return text.slice(hours - 2, hours);
	// (A list of places by name is of places designated: 三、参与景区名单（按区〔市〕县排列）.)
	if (PLACES_LIST.test(text)) return verbPhrase(text) ?? SCOPE.exec(text)?.[1] ?? (MEASURED_PLACES.test(text) ? (AREA_MEASURE.exec(text)?.[0] ?? null) : DESIGNATES.test(text) ? DESIGNATED_VERB : OPENED.exec(text)?.[1] ?? (NAMES_LIST.test(text) ? DESIGNATED_VERB : null));
	if (FACILITIES_COUNTED.test(text)) return verbPhrase(text) ?? '建设';
	if (WORK_COUNTED.test(text)) {
		// (…or designates them: 一、机器人应用示范场景（26个）.)
		const work = verbPhrase(text) ?? (DESIGNATES.test(text) ? DESIGNATED_VERB : null);
		if (work) return work;
	}
	// (…or a part of the spots a notice sets, and how: 一、疏导点设置情况.)
	if (SPOTS_PART.test(text)) return SPOT_VERB;
	if (ACTIVITIES.test(text) || COURSE_LIST.test(text)) return HELD_VERB;
	if (ZONING_HEADING.test(text)) return '划片';
	// A table of the plots a notice puts up for sale (宗地编号　宗地位置　净用地面积（亩）　土地用途): each is sold where it lies.
	if (PLOTS_HEADER.test(text)) return PLOT_VERB;
	const adjusted = ADJUSTED.exec(text)?.[1] ?? routesVerb(text) ?? (RUNS_TITLE.test(text) ? RUN_VERB : null);
	if (adjusted) return adjusted;
	if (DESIGNATED.test(text)) return DESIGNATED_VERB;
	// (…or a list of the sites a notice watches over: 2025年度成都市大气环境重点监管源名单（节选）, …扬尘管控重点工地名单.)
	const watched = WATCHED_LIST.exec(text);
	if (watched) return watched[1];
	// (…a batch's by what was done to it where its title says: 第二批新增医保定点零售药店名单.)
	if (BATCH.test(text)) return verbPhrase(text) ?? DESIGNATED_VERB;
	if (PROTECTED_ZONES.test(text)) return ZONED_VERB;
	// (…and a list of sites by the work its title names: 二、2024年新建“司机之家”名单.)
	// …or a table of the stretches or spots whose work its title names: 2026年春节前重点街道家具清洗维护路段表.
	if (WORKS_LIST.test(text) || STRETCHES_TITLE.test(text)) {
		const work = verbPhrase(text);
		if (work) return work;
	}
	const works = WORKS_COLUMN.exec(text);
	const cells = projects || works || text.startsWith('线路') || HEADER_WORD.test(text) ? headerCells(text) : null;
	if (!cells || cells.length < 3) return null;
	// A notice's table of place names names each (命名), or renames it where it says why (更名理由); so does one of the names it
	// proposes for stations, where each is (工程站名｜拟命名站名｜所在区｜车站位置).
	if (cells.some((c) => NAMING_COLUMN.test(c))) return cells.some((c) => c.startsWith('更名')) ? '更名' : NAMED_VERB;
	if (cells.some((c) => PROPOSED_NAME.test(c))) return NAMED_VERB;
	// A table of targets (序号 指标 2024年基数 2025年目标 2027年目标; a plan's 类别 指标 2020年 2025年 属性, its years the base and the
	// target, each 预期性 or 约束性): each row's place is to reach its figures.
	if (cells.some((c) => c.startsWith('指标')) && (cells.some((c) => TARGET_COLUMN.test(c)) || (cells.some((c) => c.endsWith('属性')) && cells.filter((c) => YEAR_COLUMN.test(c)).length > 1))) return TARGET_VERB;
	// A table of what is fixed where (序号 所在河流 区（市）县 排口位置 存在问题 整治措施 完成时限), or of the roads a notice controls (序号 所在区域 管制路段
	// 管制时间): its rows are fixed or controlled so.
	if (works) return works[1] ?? works[2] ?? works[3] ?? works[4] ?? works[5] ?? TASK_VERB;
	// A table of scores ranks its rows, no work (序号｜所属街道｜项目名称｜项目地址｜物业服务企业｜考评得分), but those it finds wanting are put right
	// (…｜考评得分｜主要问题｜整改时限).
	if (cells.some((c) => SCORE_COLUMN.test(c))) return cells.some((c) => RECTIFY_COLUMN.test(c)) ? RECTIFIED_VERB : null;
	// A table of projects by name (or of lines: 线路 起止点 所在区 当前进度 计划开通; of service areas: 高速公路｜服务区｜所在区（市）县｜完成年份)
	// that says how they are built, how far they have got or where each is. …or by where each is (区（市）县 街道（镇） 社区（村） 建设内容).
	const named = cells.some((c) => c.startsWith('项目') || c.endsWith('名称') || c === '安置项目' || c === '线路' || c === '标段' || c === '服务区' || PLACE_COLUMN.test(c));
	// (A table of the permits a notice publishes (序号｜区域｜项目名称｜预售许可证号｜项目坐落｜…; 施工许可证编号) issues them for where each project is.)
	if (named && cells.some((c) => PERMIT_COLUMN.test(c))) return PERMIT_VERB;
	// (Homes let at a rent (序号｜项目名称｜所在区域｜项目地址｜房源套数｜…｜租金标准（元/平方米·月）) are let, not built.)
	if (cells.some((c) => RENT_COLUMN.test(c))) return LET_VERB;
	// (Households moved, by how and where each is resettled (户主｜…｜安置方式｜安置地点｜进展), are resettled, not built for.)
	if (cells.includes('安置方式')) return RESETTLED_VERB;
	if (named && cells.some((c) => BUILDING_COLUMN.test(c) || PROGRESS_COLUMN.test(c) || SITE_COLUMN.test(c))) return '建设';
	// (…or by the kind of works and where each is done: 工程类别｜主要建设内容｜实施位置.)
	if (cells.some((c) => BUILDING_COLUMN.test(c) && c.endsWith('内容')) && cells.some((c) => WHERE_COLUMN.test(c))) return '建设';
	// A table of routes and how each changes (线路　调整类型　走向　运营时间: 新开, 加密): each is adjusted along its course.
	if (cells.includes('线路') && (cells.includes('调整类型') || cells.includes('调整方式'))) return '调整';
	// A table of routes and their hours (线路　起讫点　运营时间　途经主要区域; 线路　起点站　终点站　现行末班　延时后末班), as a notice attaches the
	// routes it runs, or their stops (线路｜服务日｜时段｜停靠点｜具体位置, a mobile library's): each is run along its course.
	if (cells.some((c) => ROUTE_NAME_COLUMN.test(c)) && cells.some((c) => RUNS_COLUMN.test(c) || TRAINS_COLUMN.test(c))) return '开行';
	// A table of places and when each opens (名称｜所在区域｜开放时间｜最近地铁站), as news of new parks lists them: each is opened; or
	// what each offers for a holiday (区（市）县｜景区（场馆）｜优惠内容｜备注): each offers it.
	// …and so on for each column that names what is done at each row's place (see VERB_COLUMNS).
	const verbOf = (column: RegExp, verb?: string) => {
		const m = cells.map((c) => column.exec(c)).find((m) => m !== null && (verb !== undefined || Boolean(m[1])));
		return m ? (verb ?? m[1]) : undefined;
	};
	for (const [column, verb] of VERB_COLUMNS) {
		const done = verbOf(column, verb);
		if (done) return done;
	}
	// A table of named works and when each is to be done (序号｜区域｜道路名称｜起止点｜类型｜计划完工): each is done so.
	// …or when or whether each is handed over (房源名称｜房源位置｜主要户型（套内建筑面积）｜交付状态, as an expropriation's resettlement homes).
	const due = named ? (verbOf(DUE_COLUMN) ?? verbOf(HANDED_COLUMN)) : undefined;
	if (due) return due;
	// A table of a line's stations and their first and last trains (序号｜车站｜可换乘线路｜往蜀鑫路方向首班/末班), as a notice of its opening
	// attaches it: each station is run.
	if (cells.some((c) => STATION_COLUMN.test(c)) && cells.some((c) => TRAINS_COLUMN.test(c))) return '运营';
	// A table of rivers and their chiefs (河流（湖泊）名称｜河段（范围）｜流经镇（街道）｜区级河长): each river is in its chief's care, where it flows.
	const chief = cells.find((c) => CHIEF_COLUMN.test(c));
	if (chief) return CHIEF_OF.exec(chief)?.[1] ?? CHIEF_VERB;
	// A table of tasks, each with who carries it out and by when (序号 河流（水库） 重点部位 责任单位 完成时限): its rows' places are
	// where they are carried out.
	return cells.some((c) => c === '责任单位' || c === '牵头单位') && cells.some((c) => c.endsWith('时限')) ? TASK_VERB : null;
}
const PLACE_COLUMN = new RegExp(`^(?:${PLACE_COLUMN_NAME})$`);
/** A column of where a project is (项目地址, 建设地点): its rows are projects, built there (序号｜所在街道｜小区（院落）名称｜项目地址｜楼栋及单元｜电梯数量（部）). */
const SITE_COLUMN = new RegExp(`^(?:(?:项目|建设)(?:地点|地址)|${LANDING})$`);
/** A column of a rating's scores: 考评得分, 综合得分. */
const SCORE_COLUMN = new RegExp(`^(?:${SCORE})$`);
/** A column of the number of a permit a notice publishes (预售许可证号, 施工许可证编号), and the work it names. */
const PERMIT_COLUMN = /许可证(?:编?号)?$/;
const PERMIT_VERB = '核发';
/** A column of what each row builds: 建设内容, 主要建设内容, 重点建设（提升）内容, 建设规模, 主要配套建设内容. */
const BUILDING_COLUMN = /^(?:主要|重点)?(?:配套)?建设/;
/** A column of a year's target, and what a table of targets has its rows' places do. */
const TARGET_COLUMN = /^(?:\d{4}年度?(?:工作)?目标|目标值)$/;
/** A column of a year's figures alone: 2020年, 2025年. */
const YEAR_COLUMN = /^\d{4}年$/;
const TARGET_VERB = '达到';
const NAMED_VERB = '命名';
const TASK_VERB = '落实';
/**
 * A column of the measures a table's rows take, of the roads a notice controls (管制路段, 限行路段), of the areas a ban watches over (重点监控区域) or of the areas a plan evacuates (转移区域),
 * and what they do; measures that name no work (序号 所在区 积水点位 主要措施) are each row's own to say (汛前清掏、配置移动泵车1台), else carried out.
 */
const WORKS_COLUMN = new RegExp(`(?:^|[\\s|｜])(?:(?:拟采取|采取)?(?:主要)?(?:防护|防范|安全|应急|[\u4e00-\u9fa5]{2}预警)?(${MEASURES})?措施(?:要求)?|(?:主要|风险管控[/／])?(${MEASURES})(?:内容|要求|工程|方式)|(?:重点)?(管制|监控|禁燃|禁放|禁烧|限行|禁行)(?:路段|范围|区域)|(${EVACUATION})(?:区域|范围|对象)|(?:处理|处置)(?:和|及)?(整改)情况)(?=$|[\\s|｜])`);

/** Whether `text` is a row of column names alone (序号 项目名称 建设地点 建设内容): it names no work, though 建设 is in it. */
export function isHeaderRow(text: string): boolean {
	return headerCells(text) !== null;
}

/** The cells of a row of two or more column names, or null. */
function headerCells(text: string): string[] | null {
	// Asked of every sentence: most start with no column's first character, found without splitting them.
	if (text.length > 200 || !(COLUMN_START.has(text.charCodeAt(0)) || NAME_FIRST.test(text))) return null;
	// Brackets may be half-width (区(市)县, 床位(张)).
	const cells = text.split(GAP).filter(Boolean).map((c) => c.replace(/\(/g, '（').replace(/\)/g, '）'));
	return cells.length >= 2 && cells.every((c) => COLUMN.test(c) || BARE_COLUMN.test(c)) && !cells.every((c) => BARE_COLUMN.test(c)) ? cells : null;
}
const WAY_COLUMN = new RegExp(`^${WAY}$`);
/** What parts a row's cells, to find the one a column names: a bar, or blanks. */
const BAR = /[|｜]/;
const BLANKS = /\s+/;
/** A row of two cells between a bar, no sentence: 锦江区｜春熙路、红星路三段. */
const PAIR_ROW = /^[^|｜。；]{1,30}[|｜][^|｜。]+$/;
/** An event's time and place: columns beside others (演出名称｜时间｜地点｜票价（元）), but no field names of a project's (时间：…, 地点：… under an event's name). */
const BARE_COLUMN = /^(?:时间|地点)$/;
/** A header that opens with a name's column, whatever it names: 码头名称｜…. */
const NAME_FIRST = /^[\u4e00-\u9fa5]{1,4}名称[\s|｜]/;
/** The first characters of the column names, and the bar a Markdown row opens with. */
const COLUMN_START = new Set([...'序类项线建实总年目责牵备标车名场编所初房学区出镇街河演展活赛社安考站|｜'].map((c) => c.charCodeAt(0)));

/**
 * A row of such a table: a number, then two or more cells separated by blanks or bars (1 成都东站综合枢纽改造
 * 成华区 35); or a line of a box, its kind of project before a colon (轨道交通：地铁13号线一期、…, 6.站城融合类：…) or, in three
 * cells or more, before the blanks a table copied as text leaves between them (干线铁路　成渝中线高铁　　成都段约95公里, 地铁8号线二期	莲花站—太平园站	…, 市域铁路成眉线(S5线)成都段	科学城站—视高站	…,
 * 1号线　韦家碾　科学城　22:50　23:20).
 */
export function isTableRow(text: string): boolean {
	if (NOTE.test(text) || TOTAL.test(text)) return false;
	// A row between bars is one whatever its first cell holds (成都轨道交通8号线三期, 京东方第8.6代…项目).
	if (BARRED.test(text)) return text.replace(PIPES, ' ').trim().split(' ').length >= 2;
	if (CSV_ROW.test(text)) text = text.replace(COMMAS, ' ');
	return TABLE_ROW.test(text);
}
const TABLE_ROW = new RegExp(String.raw`^(?:\d{1,3}[.、．]?\s*${NAME_BEFORE_COLON}|(?:\d{1,3}|[①-⑳])(?:[.、]\s*|\s+)\S+\s+\S|\d{1,2}号线\S{0,6}\s+\S+\s+\S|${LABELLED}|[\u4e00-\u9fa5A-Z][\u4e00-\u9fa5\dA-Z()（）-]{1,19}\s+\S+\s+\S)`);

/** A row of a table between bars: 1｜锦江区｜牛市口街道｜大田坎社区, 荷香苑｜荷花池街道北站东一路｜312套. */
export function isBarredRow(text: string): boolean {
	return BARRED.test(text) && isTableRow(text);
}

/** A row of three cells or more set apart by tabs, as a table copied as text keeps them (锦江区	4200	12	30). */
export function isTabbedRow(text: string): boolean {
	return TABBED.test(text);
}
const TABBED = /^[^\t]+(?:\t[^\t]+){2,}$/;

/**
 * An item of a list, a row between bars or commas of the table it is laid out in (1｜锦江区｜牛市口街道｜大田坎社区; 1,京东方…项目,高新区,…), or the projects of one
 * place after its label (青羊区：天府文化公园二期、浣花溪公园综合提升); not the note under it (备注：…).
 */
function isListOrTableRow(text: string): boolean {
	return !NOTE.test(text) && (isListItem(text) || isBarredRow(text) || (CSV_ROW.test(text) && isTableRow(text)) || isLabelledItem(text) || DATED_ROW.test(text));
}
/**
 * An item of a box of projects, a row of its table, one circled (①简州站综合交通枢纽（成渝中线高铁）) or labelled (（1）新建：…,
 * 地铁6号线北延线：望丛祠站—三道堰站，…).
 */
function isBoxItem(text: string): boolean {
	const first = text.charCodeAt(0);
	return (first >= CIRCLED_ONE && first <= CIRCLED_TWENTY) || isTableRow(text) || isLabelledItem(text);
}
/** An item after its label, numbered or not, that is no project's field: 青羊区：天府文化公园二期、…, （1）新建：菁蓉大道东延段、…. */
function isLabelledItem(text: string): boolean {
	return LABELLED_ROW.test(text) || (NUMBERED_LABEL.test(text) && !FIELD_ITEM.test(text));
}
const CIRCLED_ONE = 0x2460; // ①
const CIRCLED_TWENTY = 0x2473; // ⑳
/** A row of a calendar, its date's cell first: 7月26日　天府绿道·夏日骑行嘉年华　锦城绿道江家艺苑段, 8月2日—3日　…. */
const DATED_ROW = /^\d{1,2}月\d{1,2}日(?:\s*[—–~至-]\s*(?:\d{1,2}月)?\d{1,2}日)?\s+\S+\s+\S/;
/** A numbered item's name before a colon and what it says of it, however long: 1.春熙路—太古里：全市夜间消费核心区域，…. */
const NUMBERED_LABEL = new RegExp(`^${ITEM_NUMBER}\\s*${NAME_BEFORE_COLON}`);
const LABELLED_ROW = new RegExp(`^(?:(?:${MARK})\\s*)?${LABELLED}`);

/** The note of a table's units: （单位：户、栋；“电梯”为计划加装部数）, 单位：万元. */
const UNITS = /^[（(]?(?:计量)?单位[：:][^（()）]*[）)]?$/;
/** …or a note on how to read it, in brackets: （按所在区〔市〕县排序，括号内为街区主要范围）. */
const READING_NOTE = /^[（(][^（()）]{4,40}[）)]$/;

/** A header row, by its first column. */
const HEADER = /^[|｜]?\s*序号[\s|｜]/;

/** Whether a row leaves a quoted cell open: an odd number of ASCII double quotes. */
function opensQuote(text: string): boolean {
	let n = 0;
	for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n++;
	return n % 2 === 1;
}

/** An item of a heading of routes: its route named first. */
function isRouteItem(text: string): boolean {
	return ROUTE_ITEM.test(text) || ROUTE_ITEM_FIELD.test(text);
}

/**
 * An item of a heading's places (二、禁停区域, 二、招商点位): a short one, or one told by its number or named in its first
 * sentence, however long.
 */
/**
 * An item under a heading of places: a place's as isPlaceItem reads it, or any numbered one that lists its places, however long, and
 * does nothing of its own to them (（四）大熊猫国家公园成都片区、龙溪—虹口国家级自然保护区…，白水河…); not a group's heading ((二)盐市口街道), nor
 * one whose own verb says what is done (3. 支持各区（市）县打造…).
 */
/** An item under a heading of the work its items are given, counted (（一）依法收回（4宗） / 1.公平街道…地块…。该宗地2016年12月出让…): any numbered one, however long. */
function isCountedItem(text: string): boolean {
	return LIST_ITEM.test(text);
}
function isPlaceOrItem(text: string): boolean {
	return isPlaceItem(text) || (LIST_ITEM.test(text) && CLAUSE_MARK.test(text) && verbPhrase(text) === null);
}
const CLAUSE_MARK = /[，。；]/;
function isPlaceItem(text: string): boolean {
	// (…or a numbered one laid out as a table's row, however long its cells: 1. 成都市体育中心｜青羊区顺城大街2号｜室外田径场每日…免费开放.)
	return isListItem(text) || SITE_ITEM.test(text) || NAMED_FIRST.test(text) || LABELLED_PLACES.test(text) || KIND_FIRST.test(text) || (LIST_ITEM.test(text) && isBarredRow(text));
}
/** An item whose first sentence is the kind of places it lists: （一）山脉和自然保护地。龙门山彭州段…，葛仙山、丹景山等…. */
const KIND_FIRST = new RegExp(`^${ITEM_NUMBER}\\s*[^，。；：:、\\s]{2,12}。`);
/**
 * An item that labels its places, then lists them (1.岷江干流及金马河：都江堰市、崇州市、温江区沿河段。重点做好…; 1.龙门山沿线：彭州市龙门山镇、
 * 磁峰镇，都江堰市龙池镇…。), or names a place, its address in brackets, then what it offers (5.成都大熊猫繁育研究基地（成华区熊猫大道1375号）：
 * 8月7日—17日…，每晚19:30—22:30…。): its label and its list are the places the heading names.
 */
const LABELLED_PLACES = new RegExp(`^${ITEM_NUMBER}\\s*(?:[^，。；：:]{2,24}|[^，。；：:（(]{2,24}[（(][^（()）]{1,24}[）)])[：:](?:[^。；：:]|\\d[：:]\\d){2,120}(?:。|$)`);
/** A site a notice numbers, what it is and where after it: 1号点位：锦城绿道江家艺苑一级驿站。位于锦江区三圣街道…. */
const SITE_ITEM = /^\d{1,3}号(?:点位|地块|宗地|场地|站点)[：:]/;
/**
 * An item its first sentence names, its district in brackets (1.春熙路步行街(锦江区)。以首店经济…著称。街区北起…), or a quarter's name alone
 * ((一)武侯新城片区。主要涉及…).
 */
const NAMED_FIRST = new RegExp(`^${ITEM_NUMBER}\\s*(?:[^，。；：:、\\s]{2,24}[（(][^（()）]{1,12}[）)]|[^，。；：:、\\s（(]{2,12}(?:片区|区域|板块))。`);

/**
 * An item of an announced list of projects: short, after its mark (①天府国际机场三期工程；, （2）…, - …); not a field of the
 * project a heading names (（三）双流区东升街道保障性住房项目, then 1．项目位置：…, 2．房源数量：…).
 */
function isListItem(text: string): boolean {
	return (text.length <= 60 || ITEM_THEN_FIELDS.test(text)) && LIST_ITEM.test(text) && !FIELD_ITEM.test(text);
}
/** An item whose first sentence names it, its fields after: 1.牛市口街道静居寺社区东篱路9号院等4个院落。改造内容：…. */
const ITEM_THEN_FIELDS = new RegExp(`^[^。]{2,60}。(?:${FIELD_NAME}|[\\u4e00-\\u9fa5]{2,4}内容)[：:]`);
const FIELD_ITEM = new RegExp(`^${ITEM_NUMBER}\\s*[\\u4e00-\\u9fa5]{0,4}(?:位置|地址|数量|价格|进度|配套|面积|时间|对象|条件|方式|电话|概况|简介)[：:]`);
/** What opens an item of a list: its number or mark. */
export const LIST_ITEM = new RegExp(`^(?:${ITEM_NUMBER}|[①-⑳]|${MARK})\\s*[^\\s。]`);

/**
 * What separates the cells of a row: blanks, the bars of a table written in Markdown (| 1 | 成都东站改造
 * | 成华区 |), or the commas of one saved as CSV (1,成都东站改造,成华区: read with full-width commas).
 */
const GAP = /[\s|｜,，]+/;
const PIPES = /\s*[|｜]\s*/g;
/** The note under a table (备注：1.形象进度“/”表示…), or the copies a notice is sent to (抄送：…): no row, though it opens as a box's line does. */
const NOTE = /^(?:备注|注|附注|说明|来源|资料来源|数据来源|抄送|主送)[：:]/;
/** A table's row of totals, which is no project: 合计	—	23个	8010. */
const TOTAL = /^[|｜]?\s*(?:合计|总计|小计)(?:[\s|｜,，：:]|$)/;
/** A row in bars: | 1 | 成都东站改造 |, or 1｜成都东站改造｜成华区 as a report prints one, or with no number (8号线二期｜西航港客运中心—龙潭寺东｜7.81公里). */
const BARRED = /^(?:[|｜]|\d{1,3}\s*[|｜]|[^|｜。；]{1,30}[|｜][^|｜]*[|｜])/;
const CSV_ROW = /^\d{1,3}[,，]/;
const COMMAS = /[,，]/g;
/**
 * The last cells of a row broken across two lines, as a web page's table is copied: its figures and
 * date alone (5120　2025年5月).
 */
const RUNS_ON = /^[\d,.，]+(?:[\s\u3000]+[\d,.，年月日]+)*$/;
/** The line under a Markdown table's header: |---|:--:|. */
const RULE = /^[|｜]?(?:\s*:?-{3,}:?\s*[|｜]?)+$/;

/**
 * The heading of a group of rows inside a table: 一、交通基础设施（8项）, （一）续建项目, 二、现代服务业项目（190个，年度计划投资612亿元）, （三）商业载体引进首店奖励（5个，拟支持资金305万元）, 一、锦江流域, （一）交通, （一）火车站周边, a district's name alone (锦江区), counted (锦江区（4处）) (not
 * 三、保障措施, a part of the text after it).
 */
const GROUP = new RegExp(`^${ITEM_NUMBER}[^，。；：:\\s]{2,20}?(?:[（(]\\d+[项个处所座条](?:[，,][^（()）]{1,24})?[）)]|(?:项目|工程|类|流域)(?:[（(]\\d+[项个][，,][^（()）]{1,24}[）)])?)$|^[（(][一二三四五六七八九十]+[）)][\\u4e00-\\u9fa5]{2,8}$|^[\\u4e00-\\u9fa5]{1,6}[区县市](?:[（(]\\d+[处个项所][）)])?$`);

/** Whether texts[j] heads a group of the rows after it, and so goes on with the table. */
function groups(texts: readonly string[], j: number, isRow: (text: string) => boolean): boolean {
	// (A group may hold groups of its own: 四、基础设施项目（236个，…） / （一）交通 / 21	成都轨道交通13号线一期	….)
	return GROUP.test(texts[j]) && j + 1 < texts.length && (isRow(texts[j + 1]) || (GROUP.test(texts[j + 1]) && j + 2 < texts.length && isRow(texts[j + 2])));
}

/**
 * The title of a notice that makes known the places rated or named (关于公布2024年度成都市乡村民宿集聚区和精品民宿评定结果的通知), under which
 * each part that counts its places (一、成都市乡村民宿集聚区（10个）) names them so.
 */
/** What a title of the places or projects a rating ranked says: 考评优秀项目名单, 考核结果. */
const RATING = /考评|考核|测评|评比|得分|排名/;
const RATED_TITLE = /(?:公布|公示|命名)[^，。；]{2,50}(?:评定|认定|评选|复核)结果|道路命名的?(?:公告|通告)/;
const RATED_PART = new RegExp(`${FIRST_RANK.source}[^，。；：:]{2,30}[（(]\\d+(?:个|家|处|所|条)[）)]$`);

/** The most columns a table laid out a cell a line is looked for with. */
const MAX_COLUMNS = 12;
/** The number that opens a row laid out a cell a line. */
const ROW_NUMBER = /^\d{1,3}$/;

/** Any paragraph of a part: each holds places of the part's kind (（一）中心城区。主要包括：…). */
const isParagraph = (text: string) => text.length > 0;

/** A cell on a line of its own: short, and no sentence. */
function isCell(text: string): boolean {
	return text.length <= 80 && !/[。！？]$/.test(text);
}

/**
 * For each paragraph, the verb its places commit with as a row of a project table, or null where
 * it is no row. Rows follow their header: a line each (1 成都东站综合枢纽改造 成华区 35), or a cell a
 * line under a header laid out so too (序号 / 项目名称 / 建设地点 / 总投资, then 1 / 成都东站综合枢纽改造 /
 * 成华区 / 35): each cell is then a row of its own, committing the places it names.
 */
export function tableRows(texts: readonly string[]): (string | null)[] {
	const rows: (string | null)[] = new Array(texts.length).fill(null);
	const rated = RATED_TITLE.test(texts[0] ?? '');
	for (let i = 0; i < texts.length; i++) {
		// A project told on one line is a row of its own, whatever is around it.
		if (recordFields(texts[i])) {
			rows[i] = PLOT.test(texts[i]) ? PLOT_VERB : '建设';
			continue;
		}
		if (ZONING.test(texts[i])) {
			rows[i] = '划片';
			continue;
		}
		if (CALENDAR_ROW.test(texts[i])) {
			rows[i] = HELD_VERB;
			continue;
		}
		if (PLOT_ITEM.test(texts[i])) {
			rows[i] = PLOT_VERB;
			continue;
		}
		const runIn = PLACES_RUN_IN.exec(texts[i]);
		if (runIn) {
			rows[i] = tableVerb(runIn[1]);
			continue;
		}
		// (An attachment's title may stand on the line after its 附件: 附件 / 2024年城市公厕新建改造主要点位清单.)
		const headingVerb = tableVerb(texts[i]) ?? (ANNEX_ALONE.test(texts[i - 1] ?? '') ? tableVerb(`附件：${texts[i]}`) : null) ?? (rated && RATED_PART.test(texts[i]) ? DESIGNATED_VERB : null);
		// (A part of sites by their own items, each told by its hours of service or of opening, serves or opens at each: 一、就业服务站 / （一）…就业服务站 /
		// 地址：… / 服务时间：…; 一、停车场基本情况 / （一）同仁路公共停车场 / 地址：… / 泊位：… / 开放时间：…; or each told where it lies, does
		// the work its heading names: 二、各车站新增出入口详细情况 / （一）1号线兴隆湖站C口 / C口位于….)
		const each = headingVerb === null ? (hoursVerb(texts, i) ?? toldVerb(texts, i)) : null;
		const served = each !== null;
		const verb = headingVerb ?? each;
		// The first of a list of attachments heads no table: the next items are the others (附件：1.2025年…活动安排表 / 2.…精品线路).
		if (verb && ANNEX_FIRST.test(texts[i]) && ANNEX_SECOND.test(texts[i + 1] ?? '')) continue;
		if (verb) {
			const places = served || PLACES_LIST.test(texts[i]) || FACILITIES_COUNTED.test(texts[i]) || SPOTS_PART.test(texts[i]);
			// The places of 二、禁停区域 run to the next heading of its rank (三、…), through its sub-headings ((一)…).
			const counted = WORK_COUNTED.test(texts[i]);
			const course = COURSE_LIST.test(texts[i]);
			const named = ACTIVITIES.test(texts[i]) || DESIGNATED.test(texts[i]) || BATCH.test(texts[i]) || course || ZONING_HEADING.test(texts[i]) || PROTECTED_ZONES.test(texts[i]) || counted;
			const item = counted ? isCountedItem : places ? isPlaceOrItem : ADJUSTED.test(texts[i]) ? isParagraph : ROUTES.test(texts[i]) ? isRouteItem : LIST.test(texts[i]) || named ? isListOrTableRow : BOX.test(texts[i]) ? isBoxItem : null;
			// Items under a heading of the first rank end at the next (二、禁停区域 … 三、…), as do the places of a measure's and
			// the items of a list of events or of designated places (… / 二、工作要求).
			const endsAtPart = places || named || FIRST_RANK.test(texts[i]);
			// …and the items of a heading of a lower rank at the next of its own ((一)重点防范区域 … (二)重点防范时段).
			const rank = Math.max(ordinalLevel(texts[i]), LIST_LEVEL);
			const endsPart = (text: string) => {
				const level = endsAtPart ? ordinalLevel(text) : 0;
				return level > 0 && level <= rank;
			};
			let j = i + 1;
			// A note of the table's units or of its order may stand between its title and its header (（单位：户、栋）).
			if (UNITS.test(texts[j] ?? '') || READING_NOTE.test(texts[j] ?? '')) j++;
			// …and a list of named places may say what it holds before its header does (一、第六批历史建筑名录 / 本批历史建筑共30处，… /
			// 序号  名称  地址…), as a measure's may say why (二、提高限速值路段 / 近年来，… / 序号｜道路名称｜调整路段…).
			else if ((named || places || (rated && RATED_PART.test(texts[i]))) && !isHeaderRow(texts[j] ?? '') && isHeaderRow(texts[j + 1] ?? '')) j++;
			// A list's table has a header of its own (序号｜区（市）县｜街道（镇）｜社区｜主要改造内容), a Markdown one its rule; a
			// project table's header is read as such in turn. Under its header, a row is one however its cells are set apart
			// (1	锦江区	春熙路夏日潮购季	…).
			const under = HEADER.test(texts[j] ?? '') || isHeaderRow(texts[j] ?? '');
			if (under) j++;
			// (A header that names the work itself, 主要建设内容, heads the table it opens where no title does.)
			const headed = under || HEADER.test(texts[i]) || isHeaderRow(texts[i]);
			// A header between bars has its rows between bars: a numbered field after them is the text's again (2.8 招标范围：…).
			const header = under ? texts[j - 1] : headed ? texts[i] : '';
			const rowOf = BARRED.test(header) ? isBarredRow : isTableRow;
			const isRow = item === null ? rowOf : (text: string) => (item(text) || (headed && rowOf(text))) && !endsPart(text);
			if (RULE.test(texts[j] ?? '')) j++;
			// In a table with a header, a group's heading goes on with it even where it names work of its own ((二)先进制造业项目, its
			// rows under the header above it).
			for (; j < texts.length; j++) {
				const text = texts[j];
				// An unnumbered title's list goes on through its parts, each a table of its own under a heading that names no work
				// (…认定名单 / 一、…孵化器（16家） / 序号｜… / 二、…众创空间（18家） / 序号｜…).
				if (header !== texts[i] && ordinalLevel(texts[i]) === 0 && ordinalLevel(text) > 0 && tableVerb(text) === null && isHeaderRow(texts[j + 1] ?? '')) {
					j++;
					continue;
				}
				const row = isRow(text);
				const runsOn = RUNS_ON.test(text);
				const ownWork = tableVerb(text) !== null;
				// (A list of named places may tell each after its item, in paragraphs of their own: 1．斑竹林景区（新津区） / 景区位于新津区兴义镇… / 2．…;
				// 1.东门码头城市阅读空间 / 地址：… / 开放时间：… / 交通：… / 2.….)
				// (…as may the places of a group under a heading of places, after the group's short heading, the last group's too: （三）步行街区 /
				// 宽窄巷子历史文化片区、文殊坊、祠堂街。 / 二、….)
				const grouped = places && GROUP_HEADING.test(texts[j - 1]) && !COLON.test(text);
				const told = (named || places) && !row && ordinalLevel(text) === 0 && !LIST_ITEM.test(text) && (itemAhead(texts, j + 1, (t) => isRow(t) || endsPart(t)) || grouped);
				// (A group's subtotal goes on with the table: 小计｜｜｜7200｜… / 6｜新场镇｜宏福村｜….)
				const subtotal = TOTAL.test(text);
				if (!(row || runsOn || told || subtotal || groups(texts, j, isRow)) || (ownWork && !(headed && groups(texts, j, isTableRow)))) break;
				// (…its address among them, where it is: 地址：锦江区水井坊街道东门街.)
				// (…or, under a heading of places, the places of its group after the group's heading, a paragraph that does nothing of its own and
				// is no field: （一）公园 / 人民公园、百花潭公园….)
				// (…or, under a course's heading, a group's course after the group's: （一）公路精英组（约68公里） / 起点鲁家滩湿地公园→金马河绿道→….)
				if (told && (ADDRESS_FIELD.test(text) || (grouped && verbPhrase(text) === null) || (course && COURSE_LINE.test(text)))) rows[j] = verb;
				// (A group's heading that only names its district is no item: （二）青羊区; annotators 96:17.)
				if (runsOn || told || subtotal || !row || ownWork || DISTRICT_GROUP.test(text)) continue; // the end of the row before, which committed its places, a place's account, or a group's heading
				rows[j] = verb;
				// A cell Excel quoted because it holds a line break ("金牛区 / 成华区") goes on on the next line.
				if (opensQuote(text) && j + 1 < texts.length) rows[++j] = verb;
			}
			i = j - 1;
			continue;
		}
		// A table that names no work of its own (序号 场所名称 所在街道 地址 … 备注): a row that says its own (…	2025年提升改造) does it
		// to all it names.
		// …and its rows under a part whose heading names the work do that (三、设置点位及经营时间 / （一）夜市 / 序号｜名称｜设置位置｜…).
		const header = headerCells(texts[i]);
		if (header) {
			// (…or, where no part's heading names it, the service each gives and to whom: 序号｜门诊名称｜地址｜服务范围｜接种时间; or where each
			// is set: 序号｜所在区（市）县｜道路名称｜设置位置｜主要衔接方向.)
			const part = partVerb(texts, i) ?? (header.some((c) => SERVES_COLUMN.test(c)) ? SERVED_VERB : header.includes(SET_AT) && !AS_IS_PART.test(texts[partHeading(texts, i)] ?? '') ? SPOT_VERB : null);
			// (A header of two cells between a bar has rows of one bar: 区域｜重点点位 / 锦江区｜春熙路、红星路三段.)
			const pairs = header.length === 2 && PAIR_ROW.test(texts[i]);
			// (…or what its column of how each is dealt with says, its first verb whatever it is: 调整方式｜… / …｜关闭｜….)
			const way = header.findIndex((c) => WAY_COLUMN.test(c));
			const wayOf = (row: string) => (way < 0 ? null : firstVerb(row.split(BARRED.test(row) ? BAR : BLANKS)[way] ?? ''));
			let j = i + 1;
			for (; j < texts.length && (isTableRow(texts[j]) || (pairs && PAIR_ROW.test(texts[j]))); j++) rows[j] = verbPhrase(texts[j]) ?? wayOf(texts[j]) ?? part;
			i = j - 1;
			continue;
		}
		let columns = 0;
		while (columns < MAX_COLUMNS && i + columns < texts.length && texts[i + columns].length <= COLUMN_LENGTH && COLUMN.test(texts[i + columns])) columns++;
		const down = columns >= 3 ? tableVerb(texts.slice(i, i + columns).join(' ')) : null;
		if (!down) continue;
		// Each row opens with its number and holds up to one cell a column; an empty cell leaves no
		// line, so the next row's number may come early.
		let j = i + columns;
		while (j < texts.length && ROW_NUMBER.test(texts[j])) {
			const next = String(Number(texts[j]) + 1);
			rows[j] = down;
			let k = j + 1;
			for (; k < texts.length && k - j < columns && isCell(texts[k]) && texts[k] !== next; k++) rows[k] = down;
			j = k;
		}
		i = j - 1;
	}
	return rows;
}

/** What is done at each site of the part `i` heads, an item each, told by its hours of service or of opening within its first fields (（一）… / 地址：… / 服务时间：…): served or opened there; null for none. */
function hoursVerb(texts: readonly string[], i: number): string | null {
	if (!FIRST_RANK.test(texts[i]) || !itemBelow(texts, i)) return null;
	for (let k = i + 2; k < i + 2 + HOURS_REACH && k < texts.length; k++) {
		// (A field is named as a table's column is: 服务时间：, 开放时间：.)
		const field = FIELD_NAME_OF.exec(texts[k])?.[1];
		if (field === undefined) continue;
		if (SERVES_COLUMN.test(field)) return SERVED_VERB;
		const opens = OPENS_COLUMN.exec(field);
		if (opens) return opens[1];
	}
	return null;
}
/** The work the heading of the part `i` heads names (二、各车站新增出入口详细情况: 新增; 三、项目安排: 建设), if it tells each of its items in a paragraph after it, where it lies first (（一）… / C口位于…). */
function toldVerb(texts: readonly string[], i: number): string | null {
	const projects = PROJECTS_PART.test(texts[i]);
	if (!(projects || TOLD_PART.test(texts[i])) || !itemBelow(texts, i)) return null;
	const account = texts[i + 2] ?? '';
	if (ordinalLevel(account) > 0 || FIELD_NAME_OF.test(account) || !LIES_FIRST.test(account)) return null;
	return verbPhrase(texts[i]) ?? (projects ? '建设' : null);
}
/** A part's heading of how each of its items is: 二、各车站新增出入口详细情况. */
const TOLD_PART = new RegExp(`${FIRST_RANK.source}[^，。；：:]{2,24}情况$`);
/** …or of the projects it names, which are built: 三、项目安排, 二、重点项目. */
const PROJECTS_PART = new RegExp(`${FIRST_RANK.source}[^，。；：:]{0,8}项目(?:安排|清单)?$`);
/** An account that opens with where its item lies: C口位于…. */
const LIES_FIRST = /^[^，。；：:]{0,12}(?:位于|地处)/;
/** Whether the paragraph after the heading `i` is an item below it: （一）…, or 1.… under 二、…. */
function itemBelow(texts: readonly string[], i: number): boolean {
	const next = texts[i + 1] ?? '';
	return ordinalLevel(next) > ordinalLevel(texts[i]) || ARABIC_ITEM.test(next);
}
/** The name of a field, before its colon: 服务时间：…. */
const FIELD_NAME_OF = /^([\u4e00-\u9fa5]{2,8})[：:]/;
/** How many fields after an item its hours may come. */
const HOURS_REACH = 5;

/**
 * The verb of the heading of the first rank a few paragraphs before `i` (三、设置点位及经营时间), past the tables of its groups before
 * (（一）夜市 / 序号｜… / 1｜建设路夜市｜… / （二）临时摊区), or null.
 */
function partVerb(texts: readonly string[], i: number): string | null {
	// A heading right above that names spots sets them, as does its part's (（六）临时供水点： / 序号｜供水点位置｜…; 三、纳凉点分布 / （一）… / 序号｜…).
	if (SPOTS_HEADING.test(texts[i - 1] ?? '')) return SPOT_VERB;
	// …as does the work a sentence right above announces it with: …第一批重点站点停放区设置情况如下：, 对以下12座城市桥梁实施限载通行.
	const above = texts[i - 1] ?? '';
	const announced = ANNOUNCED.exec(above);
	// (…or tasks it announces, carried out at each row: 各区（市）县具体任务见下表：; or the spots it sets: 各站点如下：.)
	// (…or, where it says only that they follow, what the sentence does: 沿线共设置7个打卡点（CP）及补给站，具体如下：.)
	const work = announced ? (verbPhrase(announced[1]) ?? (TASKS.test(announced[1]) ? TASK_VERB : SPOTS_ANNOUNCED.test(announced[1]) ? SPOT_VERB : BARE_ANNOUNCEMENT.test(announced[1]) ? verbPhrase(above.slice(sentences(above).at(-1)![0])) : null)) : FOLLOWING.test(above) ? verbPhrase(above.slice(0, above.search(SENTENCE_END) + 1 || undefined)) : null;
	if (work) return work;
	const part = partHeading(texts, i);
	return part < 0 ? null : (verbPhrase(texts[part]) ?? (SPOTS_HEADING.test(texts[part]) ? SPOT_VERB : null));
}
/** Where the heading of the first rank a few paragraphs before `i` is, past the tables of its groups before, or -1. */
function partHeading(texts: readonly string[], i: number): number {
	for (let k = i - 1, others = 0; k >= 0 && others < PART_REACH; k--) {
		if (FIRST_RANK.test(texts[k])) return k;
		if (!isTableRow(texts[k]) && !isHeaderRow(texts[k]) && ordinalLevel(texts[k]) <= LIST_LEVEL) others++;
	}
	return -1;
}
/** A part's heading of how things are now (一、基本情况, 二、现状): the spots its tables give are there already. */
const AS_IS_PART = /(?:情况|现状|概况)$/;
/** The last clause of a sentence that announces a table below it: …，第一批重点站点停放区设置情况如下：, …临时排涝泵站设置情况见下表：. */
const ANNOUNCED = /([^，。；：:,;]{2,30}?)(?:情况)?(?:如下表?|详?见下表)(?:[（(][^（()）]{1,30}[）)])?[：:]$/;
/** A sentence that does its work to the rows below it, in its first sentence: 自2024年7月1日起，对以下12座城市桥梁实施限载通行。. */
const FOLLOWING = /^[^。；]{0,30}以下(?:\d+|[一二两三四五六七八九十]+)?[个座处条家所项批宗]?/;
const SENTENCE_END = /[。；]/;
/** What a sentence announces as tasks: 各区（市）县具体任务, 重点任务安排. */
const TASKS = /任务(?:安排|分工|清单)?$/;
/** What makes 点 a heading's point, no spot a notice sets: 重点, 难点, 起点, 景点. */
const NO_SPOT = '(?<![重难特要亮焦观起终节基优缺热景])';
/** What announces a table without naming what it holds: …，具体如下：. */
const BARE_ANNOUNCEMENT = /^(?:具体|详细|分别)$/;
/** Spots a sentence announces a table of: 各站点如下：, 具体点位如下：. */
const SPOTS_ANNOUNCED = new RegExp(`${NO_SPOT}(?:站点|点位)$`);
/** A heading that names spots a notice sets, or how they lie, a table of them under it: （六）临时供水点：, 三、纳凉点分布, 三、点位明细; not a heading's point (NO_SPOT). */
const SPOTS_HEADING = new RegExp(`^${ITEM_NUMBER}\\s*(?:临时|应急)?[\\u4e00-\\u9fa5]{0,6}${NO_SPOT}点位?(?:分布|设置|布局|名单|名录|明细|清单)?(?:[（(][^（()）]{1,12}[）)])?[：:]?$`);
/** A part's heading of the spots a notice sets, its items the spots: 一、疏导点设置情况, 二、检查站设置. */
const SPOTS_PART = new RegExp(`^[一二三四五六七八九十]+、[\\u4e00-\\u9fa5]{1,6}${NO_SPOT}[点站]设置(?:情况)?$`);
/** A group's short heading: （一）公园, （三）步行街区. */
const GROUP_HEADING = new RegExp(`^${ITEM_NUMBER}\\s*[\\u4e00-\\u9fa5]{2,10}$`);
/** A list's group by its district alone: （一）锦江区, （二）郊区新城（7处）. */
const DISTRICT_GROUP = /^[（(][一二三四五六七八九十]+[）)]\s*[\u4e00-\u9fa5]{1,8}?(?:[区县市]|新区|中心城区|郊区新城)(?:[（(]\d+[处个家项][）)])?$/;
/** Whether a list's next item, or the heading that ends it, comes within a few paragraphs from `from`, past paragraphs that tell the item before it. */
function itemAhead(texts: readonly string[], from: number, isRow: (text: string) => boolean): boolean {
	for (let k = from; k < texts.length && k < from + TOLD_REACH; k++) {
		// (The next group's heading may come first: （二）青羊区.)
		if (LIST_ITEM.test(texts[k]) || ordinalLevel(texts[k]) > 0) return isRow(texts[k]);
	}
	return false;
}
/** How many paragraphs may tell a list's item after it: its fields (地址, 开放时间, 交通, 简介) and a few lines more. */
const TOLD_REACH = 6;
/** How many paragraphs other than a table's or its groups' headings may stand between a table and its part's heading: a note or two (本年度共设置… / （一）夜市 / …). */
const PART_REACH = 4;

/** Columns of a place's name (名称, 建筑名称), in a table of places with their addresses: a name, whether the gazetteer has it or not; not a shop's, a brand's, a firm's, a trader's, a stall's or a service point's (店铺名称, 退税商店名称, 药店名称, 品牌名称, 经营者名称, 服务点名称, 供应点名称, 网点名称, 献血点名称), nor a canteen's, which serves its community (食堂名称). */
const NAME_COLUMN = /^(?!项目|工程|线路|标段|道路|指标|店铺|门店|商店|退税商店|药店|药房|商户|企业|单位|经营|品牌|服务点|供应点|销售点|网点|献血点|采血点|食堂|助餐点)[\u4e00-\u9fa5]{0,4}名称$/;
/** A field of an address: 地址：…. */
export const ADDRESS_FIELD = new RegExp(`^${ADDRESS}[：:]`);
/** Columns of how many homes a housing project offers (房源套数, 房源（套）). */
const HOMES_COLUMN = /^(?:房源|套数)/;
/** Columns of where a body or a service is set up (设立地点, 设置地点). */
const SET_UP_COLUMN = /^(?:设置|设立)地点$/;
/** Columns of a place's address (地址: 红星路二段85号), which says where it is, as a 建设地点 does, and is no site of its own. */
const ADDRESS_COLUMN = new RegExp(`^${ADDRESS}$`);
/** Columns of when a work is planned to be done (计划完工, 预计通车时间): what is done to it. */
const DUE_COLUMN = /^(?:计划|预计)(开工|完工|建成|通车|开通|投用)(?:时间|日期)?$/;
/** Columns of what a place offers for a holiday (优惠内容: 免费开放, 门票8折). */
const OFFERS_COLUMN = /^(优惠)(?:内容|措施|政策|方式)$/;
/** Columns of when homes are handed over, or whether they are yet (交付状态: 现房, 期房). */
const HANDED_COLUMN = /^(?:计划|预计)?(交付)(?:时间|日期|状态|情况)$/;
/** Columns of when or how a place opens (开放时间, 开放安排; a venue's 免费开放项目及时段): what is done to it. */
const OPENS_COLUMN = new RegExp(`^(?:计划|预计|拟)?(?:免费|低收费|${OPEN_TO})?(${OPENS})(?:项目及)?(?:时间|日期|时段|安排|季节)$`);
/** Columns of the hours a spot is set for (设置时段): set there. (Where it is set, 设置位置, may tell where a spot already is, under 一、基本情况: it sets the spot only where nothing else names the work; see SET_AT.) */
const SET_COLUMN = /^(设置)时段$/;
/** Columns of the rent homes are let at (租金标准（元/平方米·月）) or of how many are let (已配租套数): a table of homes let, as public rental housing is allocated. */
const RENT_COLUMN = /^(?:月?租金|(?:已|本批次)?配租套数)/;
const LET_VERB = '配租';
/** Columns of the hours a post is kept (值守时间), who keeps it (值守单位) or where (值班地点), or how a flow is let out (泄放方式): kept, or let out, there. */
const KEPT_COLUMN = /^(值守|值班|泄放)(?:时间|时段|方式|单位|地点)$/;
/** Columns of how much of what was found is put right (整改率, 已整改（处）): put right there. */
const RECTIFIED_COLUMN = /^(?:已)?(整改)(?:率|[（(][^（()）]{1,4}[）)])$/;
/** Columns of the money given to each place's work (安排资金（万元）, 下达资金): given there. */
const FUNDED_COLUMN = /^(安排|下达|拨付)资金(?:[（(][^（()）]{1,6}[）)])?$/;
const RESETTLED_VERB = '安置';
/** Columns of when a points-exchange point opens (兑换时间): a point set there. */
const EXCHANGE_COLUMN = /^兑换时间$/;
/** Columns of how often a route delivers or collects (配送频次): delivered along it. */
const DELIVERED_COLUMN = /^(配送|收运|清运)频次$/;
/** Columns of what each depot stocks (主要储备物资): stocked there. */
const STOCKED_COLUMN = /^(?:主要)?(储备)物资$/;
/** Columns of the trains a line adds (加开列车): added over the section each row runs. */
const ADDED_TRAINS_COLUMN = /^(加开)列车/;
/** Columns of the hours a place lets people in free (免费时段): opened then. */
const FREE_HOURS_COLUMN = /^(?:学生|青少年|老年人)?免费(?:时段|时间|场次)$/;
const OPENED_VERB = '开放';
/** Columns of the classes a place runs (开设课程): run there. */
const TAUGHT_COLUMN = /^(开设)课程$/;
/** Columns of where or when a supply is cut (停电范围, 停水区域, 停水路段, 停水日期): cut there. */
const CUT_COLUMN = new RegExp(`^(${SUPPLY_CUTS})(?:范围|区域|路段|日期|时间)$`);
/** Columns of what is performed or screened where (主要展演（体验）内容, 放映日期): performed or screened there. */
const SHOWN_COLUMN = /^(?:主要|每周|每日)?(展演|演出|放映)/;
/** Columns of the stretches or the waters a ban covers (禁渔区段（起止点）): banned there. */
const BANNED_COLUMN = new RegExp(`^(${BANS})`);
/** Columns of when or where an event is held (举办时间, as a schedule of job fairs gives it; 举办地点, 举办场馆): held where its row says. */
const HELD_COLUMN = /^(举办)(?:时间|日期|地点|地|场馆)$/;
/** Columns of the money a notice grants each row (拟支持金额（万元）, 补助金额): granted, whatever else the row does there. */
const GRANT_COLUMN = /^拟?(支持|补助|奖励|补贴)金额/;
/** Columns of a route's ends after its change (调整后起讫点), as a table of routes before and after gives them: changed there. */
const CHANGED_COLUMN = /^(调整)后起讫点$/;
/** Columns of the gates a park opens at night (夜间开放出入口): opened there. */
const GATES_COLUMN = /^夜间(开放)(?:出入口|通道)$/;
/**
 * Columns of how long a site is leased out for (租赁期限), as a notice of its public lease gives them, or how a plot of green is adopted and
 * for how long (认养方式, 认养期限), as a call for its adopters gives them: leased or adopted there.
 */
const LEASED_COLUMN = /^(租赁|认养|认建)(?:方式|期限)$/;
/** Columns of where a games' events are played (比赛地点), or where a stage of it has its main venue (主会场): held there. */
const PLAYED_COLUMN = /^(?:(?:比赛|竞赛)(?:地点|场地|场馆)|主会场)$/;
/** Columns of where people gather for an event (集合地点): held there. */
const GATHER_COLUMN = /^集合地点$/;
/** Columns of who supplies a school's meals (供餐单位), or when a canteen serves them (供餐时段): meals supplied there. */
const MEALS_COLUMN = /^(供餐)(?:单位|时段|时间)$/;
/** Columns of the stretch or the hours works take (施工范围, 施工时段), or a service's on the roads (作业起止点), or where things are fitted (安装路段): worked on there. */
const WORKED_COLUMN = /^(?:计划)?(施工|作业|安装)(?:范围|区域|路段|时段|时间|日期|期限|起止点)$/;
/** Columns of the names of shows, exhibitions, events or a festival's venues (演出名称｜时间｜地点｜票价（元）, 分会场名称｜活动地点｜…): each held where its row says. */
const SHOW_COLUMN = /^(?:演出|展览|活动|赛事|分?会场)名称$/;
/** Columns of when or how a site is closed for works (封闭日期, 封闭方式), or a market for good (停止经营时间), or what of a scenic spot is (关闭范围): closed there. */
const CLOSED_COLUMN = /^(封闭|停止经营|关停|关闭|停业)(?:日期|时间|时段|方式|范围)$/;
/** Columns of when water is let into a canal for irrigation (第一轮放水时间, 第一轮放水): let in there. */
const RELEASE_COLUMN = /^(?:第[一二三四五]轮)?(放水)(?:时间|日期)?$/;
/** Columns of when a closed place opens again (恢复开放时间): reopened there. */
const REOPENED_COLUMN = /^(恢复(?:开放|营业))(?:时间|日期)$/;
/** Columns of when or where the elderly are given their health checks (体检时间, 巡回体检点): checked there. */
const CHECKUP_COLUMN = /^(?:巡回)?(体检)(?:时间|日期|点)$/;
/** Columns of the villages a mobile service stops at (停靠村（社区）) or where its doctors see people free (义诊站点): served there. */
const VISITED_COLUMN = /^(停靠(?=村|社区)|义诊(?=(?:站点|地点)$))/;
/** Columns of the areas or towns a canal supplies with water (供水区域, 供水镇（街道）), as a plan of irrigation gives them: supplied there. */
const SUPPLIED_COLUMN = /^(供水)(?:区域|范围|镇|街道)(?:[（(][^（()）]{1,4}[）)])?$/;
/** Columns of when each was or is inspected (检查日期, 抽查时间, 检查时段): inspected there, as a notice of school canteens checked gives them. */
const INSPECTED_COLUMN = /^(检查|抽查|督查)(?:日期|时间|时段)$/;
/** Columns of the hours a place is controlled (管控时段): controlled there, as a race's crossings are (not 管制时间, which a work's own column goes with). */
const CONTROLLED_COLUMN = /^(管控|限时|禁停)(?:时段|时间)$/;
/** Columns of who answers for a reservoir's or a pond's safety (CARETAKER): each row's place is in their care, as a river is in its chief's (落实). */
const CARETAKER_COLUMN = new RegExp(`^(?:${CARETAKER})责任人$`);
/** Columns of who watches over each hazard (监测员及联系电话, 监测人, 监测责任人): monitored there, whatever shelter each has. */
const WATCHED_COLUMN = /^监测(?:责任)?(?:人|员)/;
const WATCHED_VERB = '监测';
/** Columns of the shelters a notice readies for people moved out of harm's way (避险安置点, 应急避难场所): set there. */
const SHELTER_COLUMN = /^(?:避险|应急|临时|集中)?(?:安置点|安置场所|避难场所|避险场所)$/;
/** Columns of an exam's venues by their name (考点名称): set there. */
const EXAM_VENUE_COLUMN = /^考点名称$/;
/** Columns of what a notice sets around a school (护学通道, 接送区, 护学岗): set there. */
const SCHOOL_RUN_COLUMN = new RegExp(`^(?:${SCHOOL_RUN})$`);
/** Columns of how many lifts or the like a row will have fitted (拟增设台数): fitted there. */
const FITTED_COUNT_COLUMN = /^拟?(增设|加装|安装)台数$/;
/** When what was found at a place must be put right, as a column or a field names it: 整改时限, 整改期限. */
const RECTIFY_DUE = '整改(?:时限|期限)';
/** Columns of it (整改期限, 处理措施及整改时限): put right there. */
const RECTIFY_COLUMN = new RegExp(`^(?:(?:处理|处置)措施及)?${RECTIFY_DUE}$`);
/** …a paragraph's field of it (…。责任单位：寿安镇；整改时限：6月15日前。): the paragraph's problem is put right where it is. */
export const RECTIFY_FIELD = new RegExp(`${RECTIFY_DUE}[：:]`);
export const RECTIFIED_VERB = '整改';
/**
 * Columns of how many homes get the work, by their kind (兜底改造户（户）, 补贴改造户（户）), or how many of a kind of works are done, by
 * their unit (山坪塘整治（口）, 提灌站改造（座）, 提升农房（户）, 更新补植（株）): done there.
 */
const WORK_COUNT_COLUMN = new RegExp(`^[\\u4e00-\\u9fa5]{0,8}?(改造|提升|维修|加固|新建|重建|搬迁|整治|治理|修复|补植|栽植)(?:户(?:数)?(?:[（(]户[）)])?|(?:农房|房屋|住房)?[（(]${UNIT}[）)])$`);
/**
 * The columns that say what is done at each row's place, in the order they are asked, each with the work it names: the word it opens
 * with (开放时间: 开放, 禁渔区段: 禁渔), or the one given (预警设施: 设置, 集合地点: 举办).
 */
const VERB_COLUMNS: readonly (readonly [RegExp, string?])[] = [
	[GRANT_COLUMN],
	[FITTED_COLUMN, SPOT_VERB],
	[GATHER_COLUMN, HELD_VERB],
	[SHOW_COLUMN, HELD_VERB],
	[PLAYED_COLUMN, HELD_VERB],
	[LEASED_COLUMN],
	[WORKED_COLUMN],
	[MEALS_COLUMN],
	[OPENS_COLUMN],
	[FREE_HOURS_COLUMN, OPENED_VERB],
	[ADDED_TRAINS_COLUMN],
	[STOCKED_COLUMN],
	[DELIVERED_COLUMN],
	[EXCHANGE_COLUMN, SPOT_VERB],
	[FUNDED_COLUMN],
	[RECTIFIED_COLUMN],
	[OFFERS_COLUMN],
	[SET_COLUMN],
	[HELD_COLUMN],
	[BANNED_COLUMN],
	[SHOWN_COLUMN],
	[CUT_COLUMN],
	[TAUGHT_COLUMN],
	[KEPT_COLUMN],
	[CLOSED_COLUMN],
	[RELEASE_COLUMN],
	[SUPPLIED_COLUMN],
	[CHECKUP_COLUMN],
	[REOPENED_COLUMN],
	[VISITED_COLUMN],
	[WATCHED_COLUMN, WATCHED_VERB],
	[SHELTER_COLUMN, SPOT_VERB],
	[SCHOOL_RUN_COLUMN, SPOT_VERB],
	[EXAM_VENUE_COLUMN, SPOT_VERB],
	[FITTED_COUNT_COLUMN],
	[WORK_COUNT_COLUMN],
	[RECTIFY_COLUMN, RECTIFIED_VERB],
	[CONTROLLED_COLUMN],
	[INSPECTED_COLUMN],
	[CARETAKER_COLUMN, TASK_VERB],
	[GATES_COLUMN],
	[CHANGED_COLUMN]
];
/** Columns of the business that runs a row's site or does its work (经营单位: 龙泉驿区鸿鑫烟花爆竹零售点, 施工单位; the hospital whose doctors go along, 随车医院): a firm's name, its places no work's site. */
const BUSINESS_COLUMN = /^(?:(?:经营|运营|申报|施工|监理|设计|供餐|派驻|设立|(?:环境影响)?评价|环评)(?:单位|主体|企业|者|户|机构)(?:名称)?|物业(?:服务|管理)?(?:企业|公司)|随车医院)$/;
/** Columns of the stations nearest a place (最近地铁站), or the roads and landmarks around it (周边道路及地标): the way there, no work's site. */
const NEAREST_COLUMN = new RegExp(`^(?:${NEAREST})$`);
/** Columns of a timetable's first or last services, or a school bus's morning and evening runs or its first stop's (首班/末班, 往蜀鑫路方向首班/末班, 早班发车, 首站发车时间). */
const TRAINS_COLUMN = /[首末早晚]班|首站发车/;
/** Columns of when or where a route runs (运营时间, 运行时间, 运营日期, 发车时间, a mobile library's 停靠点), beside its name: run there. */
const RUNS_COLUMN = /^(?:运营时间|运行时间|运营日期|发车时间|停靠点)$/;
/** Columns of a route's name or number (线路, 线路名称, 线路编号, a shuttle's 接驳线路). */
const ROUTE_NAME_COLUMN = /^(?:接驳)?线路(?:名称|编号)?$/;
/** Columns of a place's history (历史沿革及文化内涵, 地名由来): the places they tell of are the past, no work's site. */
const HISTORY_COLUMN = new RegExp(`^(?:${HISTORY})$`);
/** Columns of a line's stations, each by its name without 站 (石门坎), or of those a route feeds (接驳地铁站): the station. */
const STATION_COLUMN = /^(?:车站|站点|站名)(?:名称)?$|^接驳(?:地铁|轨道)(?:站|站点|车站)$/;
/** A station in a cell's list, and the lines after it in brackets: 玉石（30号线）、西河（4号线）. */
const LISTED_STATION = /[^、（(）)]+(?:[（(][^（()）]*[）)])?/g;
/** Where the note of a listed station's lines starts, or its end if none. */
const LINES_NOTE = /[（(]|$/;
/** Columns of the lines a station changes to (可换乘线路, a bus stop's 可换乘轨道交通): lines running already, no work of the row's. */
const TRANSFER_COLUMN = /^(?:(?:可)?换乘(?:线路|提示|轨道交通|地铁)?|(?:途经|所属|经停)线路)$/;
/**
 * Columns of what holds the work up (存在问题) or of the hazards to fix (主要隐患), of a complaint, where it was made and what was found (交办问题, 行政区域, 调查核实情况), or
 * of what a trouble is put down to (主要拥堵原因): a place named there is where the trouble is, not what is committed.
 */
const PROBLEM_COLUMN = new RegExp(`^${PROBLEM}$`);
/** Columns of the roads traffic goes round a work by (主要绕行道路), beside the stretch worked on: the way round, no site of the work. */
const DETOUR_COLUMN = /^(?:主要)?绕行道路$/;
/** The columns whose places a row sets aside, in the order it gives them: no site of its work. */
const ASIDE_COLUMNS = [PROBLEM_COLUMN, TRANSFER_COLUMN, NEAREST_COLUMN, CATCHMENT_COLUMN, STRETCH_COLUMN, BOUNDS_COLUMN, BUSINESS_COLUMN, HISTORY_COLUMN, DETOUR_COLUMN];
/** Columns of where the work is done (a road's ends among them): a place named there locates the project the row names. */
const WHERE = String.raw`(?:${ZONE_FIELD}|${SITE}|(?:施工|养护|维护|实施|项目|封闭|建设)?范围|施工区域|${INVOLVED}|校址|所[在属](?:街道|区域|区县|区（市）县|地|区|片区)|片区|(?:项目|宗地|地块|取水口|所在|实施|建设)?位置|${ROUTE_FIELD}|${COURSE_FIELD})`;
const WHERE_COLUMN = new RegExp(`^${WHERE}$`);
/** A column of where each thing named is (所在位置), which as an address does makes the names places: 名称｜保护级别｜所在位置. */
const LOCATED_COLUMN = /^所在位置$/;
/** The field under a project's name that says where it is done (建设地点：龙泉驿区龙泉街道、东安街道; 1.建设地点：唐昌镇战旗村、…; a new school's 地址：龙潭街道华盛路…). */
export const WHERE_FIELD = new RegExp(`^(?:${ITEM_NUMBER}\\s*)?(?:${WHERE}|${ADDRESS})[：:]`);
/** Columns of how far the work has got: 形象进度 (or 进度) 已完工, 主体施工, 前期; 建成年份 2022年（已建成）, 2027年（计划）. */
const PROGRESS_COLUMN = /^(?:(?:形象|建设|项目|工程|当前)?进(?:度|展)|推进情况|进展情况|完成情况|(?:建成|完工|竣工|完成)(?:年份|时间|年限))$/;

/** A list of attachments' word on a line of its own, before the title of the one attached: 附件, 附件2：, 附表. */
const ANNEX_ALONE = /^附[件表]\d*[：:]?$/;
/** The first and the second title of a list of attachments: 附件：1.…, 2.…. */
export const ANNEX_FIRST = /^附件\d*[：:]\s*1[.．、]/;
const ANNEX_SECOND = /^2[.．、]/;

/** The cells of a row of a table, by what their columns hold (see rowCells). */
export interface RowCells {
	/**
	 * Cells that name what holds the work up, or the lines and stations beside it: their places commit nothing. (Who does the work
	 * is no cell set aside: a district or a town in a 责任单位 or a 牵头单位 column works on its own ground; annotators 159:2.)
	 */
	aside: [number, number][];
	/** Cells that say where the work is done. */
	where: [number, number][];
	/** The text of its progress cell, if it has one. */
	progress: string | null;
	/** Cells of a 车站 column, a station each by its name without 站. */
	stations: [number, number][];
	/** Cells of a 名称 column of a table of places and their addresses: a place's name each. */
	names: [number, number][];
	/** Cells of a column of who runs or sends the service (运营单位, 派驻单位): a body's name that fills one is an organisation's, no place. */
	organs: [number, number][];
}

/**
 * For each paragraph that is a row of a table, its cells by what their columns hold, or null. Rows are
 * those written in Markdown (| 1 | 改造泡桐树街 | 青羊区 | 市住建局 |), and the rows after a header of column names, one a
 * line with blanks between the cells, as many cells as the header (a cell with a blank in it leaves
 * its row unread).
 */
export function rowCells(texts: readonly string[]): (RowCells | null)[] {
	const rows: (RowCells | null)[] = new Array(texts.length).fill(null);
	// The kind of each column (PROBLEM_COLUMN, …), or undefined for a column of none of them.
	let columns: (RegExp | undefined)[] = [];
	// The column of free text (建设内容), whose commas a row saved as CSV cannot tell from its own; -1 if none.
	let prose = -1;
	// The rank of the heading of a list of schools' catchments whose items go on, or 0.
	let catchments = 0;
	for (let i = 0; i < texts.length; i++) {
		const text = texts[i];
		// A school's catchment says whose children it takes in, not where work is done (annotators 3:1): the school enrols, what
		// its catchment names is aside (成都市双林小学　划片范围：双桥子街道双林社区、…), and so is all an item under a heading of
		// catchments names after its school (二、小学招生划片范围 / （一）新都街道 / 1.新都区实验小学：新都街道龙虎社区、…), up to the next
		// part of the heading's rank.
		const level = ordinalLevel(text);
		if (ZONING_HEADING.test(text)) {
			catchments = level;
			continue;
		}
		if (catchments && level > 0 && level <= catchments) catchments = 0;
		const zoned = ZONING.exec(text);
		// (A table's row under it sets aside its catchment's column alone, as below: 所属街道｜学校名称｜学校地址｜划片范围.)
		if (zoned || (catchments && !BARRED.test(text))) {
			const from = zoned ? zoned[0].length : text.search(COLON) + 1;
			rows[i] = { aside: [[from, text.length]], where: [], progress: null, stations: [], names: [], organs: [] };
			continue;
		}
		const fields = recordFields(text);
		if (fields) {
			const of = (column: RegExp) => fields.filter((f) => column.test(f.name)).map((f) => f.span);
			const progress = of(PROGRESS_COLUMN)[0];
			rows[i] = { aside: of(PROBLEM_COLUMN), where: of(WHERE_COLUMN), progress: progress ? text.slice(...progress) : null, stations: [], names: [], organs: [] };
			continue;
		}
		const barred = BARRED.test(text);
		if (RULE.test(text)) continue;
		const cells = barred ? cellsOf(text) : null;
		if ((barred && RULE.test(texts[i + 1] ?? '')) || isHeaderRow(text)) {
			const names = barred ? cells!.map(([a, b]) => text.slice(a, b)) : text.split(GAP).filter(Boolean);
			columns = names.map((name) => [PROBLEM_COLUMN, WHERE_COLUMN, PROGRESS_COLUMN, STATION_COLUMN, TRANSFER_COLUMN, NEAREST_COLUMN, CATCHMENT_COLUMN, STRETCH_COLUMN, BOUNDS_COLUMN, ADDRESS_COLUMN, NAME_COLUMN, BUSINESS_COLUMN, HISTORY_COLUMN, DETOUR_COLUMN].find((c) => c.test(name)));
			// (A column of names is of places only beside one of their addresses, or where it names bridges: 桥梁名称.)
			// (…and not where a column of its own says where each is set up: 派出庭名称｜设立单位｜设立地点｜办公地址, the name a body's.)
			const addressed = columns.includes(ADDRESS_COLUMN) || names.some((name) => LOCATED_COLUMN.test(name));
			if (!addressed || names.some((name) => SET_UP_COLUMN.test(name))) columns = columns.map((c, k) => (c === NAME_COLUMN && !NAMES_ALONE.test(names[k]) ? undefined : c));
			// (…and a housing project's name beside its address is its estate's: 项目名称｜项目地址｜房源套数.)
			if (names.some((name) => HOMES_COLUMN.test(name)) && (addressed || columns.includes(WHERE_COLUMN))) columns = columns.map((c, k) => (names[k] === '项目名称' ? NAME_COLUMN : c));
			// (In a table of place names, all but the names is aside, as a stretch's ends are.)
			if (names.some((name) => NAMING_COLUMN.test(name))) columns = columns.map((c) => (c === NAME_COLUMN ? c : STRETCH_COLUMN));
			// (…and in a table of streets' chiefs, where each street starts and ends: 街巷名称｜起止点｜所属街道｜区级街巷长.)
			// …or in a table of roads or stretches closed or worked on, each by its name in a column of its own: 道路名称｜施工路段（起止点）, 管制路段｜起止点.
			// (…and beside a road's name, its stretch is told by its ends: 道路名称｜限行路段 (成都绕城高速至麓山大道).)
			else if (names.some((name) => CHIEF_COLUMN.test(name) || ROAD_COLUMN.test(name))) {
				const named = names.some((name) => ROAD_NAME_COLUMN.test(name));
				columns = columns.map((c, k) => (ROUTE_COLUMN.test(names[k]) || (named && STRETCH_OF_ROAD.test(names[k])) ? STRETCH_COLUMN : c));
			}
			prose = names.findIndex((name) => PROSE_COLUMN.test(name));
			continue;
		}
		if (!barred && !(columns.length && isTableRow(text))) {
			if (!GROUP.test(text)) columns = [];
			continue;
		}
		const row = cells ?? (CSV_ROW.test(text) ? csvCells(text, columns.length, prose) : blankCells(text));
		if (!barred && row.length !== columns.length) continue;
		const at = (column: RegExp) => row.filter((_, k) => columns[k] === column);
		const aside = ASIDE_COLUMNS.flatMap(at);
		const progress = at(PROGRESS_COLUMN)[0];
		// (A cell may list stations, each with its lines: a route's 接驳地铁站, 玉石（30号线）、西河（4号线）.)
		const stations = at(STATION_COLUMN).flatMap(([a, b]) => [...text.slice(a, b).matchAll(LISTED_STATION)].map((m): [number, number] => [a + m.index, a + m.index + m[0].search(LINES_NOTE)]));
		const named = at(NAME_COLUMN);
		// A place's address says where it is, as a project's 建设地点 does: where its name is no place the map knows, it is drawn there.
		const where = [...at(WHERE_COLUMN), ...at(ADDRESS_COLUMN)];
		const organs = at(BUSINESS_COLUMN);
		if (aside.length || where.length || progress || stations.length || named.length)
			rows[i] = { aside, where, progress: progress ? text.slice(progress[0], progress[1]) : null, stations, names: named, organs };
	}
	return rows;
}

/** Columns of free text, whose cells may hold commas: 建设内容, 建设规模. */
const PROSE_COLUMN = /内容|规模/;

/**
 * The cells of a row saved as CSV (its commas full-width by now, as Chinese around them makes them), as spans of its
 * text: one a comma; where the row has more commas than columns, the extra ones are its free-text column's, the
 * cells before it counted from the left and those after it from the right.
 */
function csvCells(text: string, columns: number, prose: number): [number, number][] {
	const cells = cellsBetween(text, 0, (c) => c === 0x2c || c === 0xff0c);
	if (cells.length <= columns || prose < 0) return cells;
	const after = columns - prose - 1;
	return [...cells.slice(0, prose), [cells[prose][0], cells[cells.length - after - 1][1]], ...cells.slice(cells.length - after)];
}

/** The cells of a row with blanks between them, as spans of its text. */
function blankCells(text: string): [number, number][] {
	const cells: [number, number][] = [];
	for (const m of text.matchAll(/\S+/g)) cells.push([m.index, m.index + m[0].length]);
	return cells;
}

const isBar = (c: number) => c === 0x7c || c === 0xff5c;

/** The cells of a row written in Markdown, as spans of its text, blanks around them left out. */
function cellsOf(text: string): [number, number][] {
	return cellsBetween(text, isBar(text.charCodeAt(0)) ? 1 : 0, isBar);
}

/** The spans between the separators of text from `from` on, blanks around them left out; an empty last one (| a | b |) is none. */
export function cellsBetween(text: string, from: number, separates: (c: number) => boolean): [number, number][] {
	const cells: [number, number][] = [];
	let a = from;
	for (let i = a; i <= text.length; i++) {
		if (i < text.length && !separates(text.charCodeAt(i))) continue;
		let s = a;
		let e = i;
		while (s < e && isBlank(text.charCodeAt(s))) s++;
		while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
		if (i < text.length || s < e) cells.push([s, e]);
		a = i + 1;
	}
	return cells;
}

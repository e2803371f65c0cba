import { describe, expect, it } from 'vitest';
import { isHeaderRow, isTableRow, rowCells, tableRows, tableVerb, WHERE_FIELD } from './table';

describe('project tables', () => {
	it('knows a header row by its column names, and commits its rows with 建设', () => {
		expect(tableVerb('序号 项目名称 建设地点 建设内容及规模 总投资（亿元）')).toBe('建设');
		expect(tableVerb('序号\t项目名称\t建设地点\t总投资(亿元)')).toBe('建设');
		// A budget's table of the year's allocations.
		expect(tableVerb('序号｜项目名称｜建设地点｜2025年安排')).toBe('建设');
		expect(tableVerb('序号 项目名称 建设地点 年度计划投资（亿元）')).toBe('建设');
		// A report of progress: what was spent and how far the works are.
		expect(tableVerb('序号\t项目名称\t建设地点\t总投资\t年度计划投资\t1-6月完成投资\t形象进度\t推进情况')).toBe('建设');
		// A notice's table of the plots it puts up for sale, each row a plot by its number: sold where it lies.
		expect(tableRows(['宗地编号　宗地位置　净用地面积（亩）　土地用途', 'SL2024-12(251)　西航港街道空港社区　25.0685　工业用地', '二、出让条件'])).toEqual([null, '出让', null]);
		// (…who sells it maybe between: 宗地编号｜出让人｜宗地位置.)
		expect(tableRows(['序号｜宗地编号｜出让人｜宗地位置｜土地面积（平方米）｜土地用途', '3｜PD2024-JY-13｜三道堰镇青杠树村股份经济合作社｜三道堰镇青杠树村5组｜4120.55｜商业用地'])).toEqual([null, '出让']);
		// (…its bounds one side a column, its edges aside: 宗地位置｜东至｜南至｜西至｜北至.)
		const bounds = ['附件1：拍卖出让宗地四至一览表', '序号｜宗地编号｜宗地位置｜东至｜南至｜西至｜北至', '3｜XD2025-27(252/211)｜新都区大丰街道｜规划道路｜蓉都大道｜北星大道｜皇花社区现状用地'];
		expect(tableRows(bounds)).toEqual([null, null, '出让']);
		expect(rowCells(bounds)[2]?.aside.map(([a, b]) => bounds[2].slice(a, b))).toEqual(['规划道路', '蓉都大道', '北星大道', '皇花社区现状用地']);
		// …its cells between bars.
		expect(tableRows(['序号｜宗地编号｜宗地位置｜净用地面积（亩）｜土地用途', '2｜WH07(251):2024-018｜武侯区簇桥街道｜31.5547｜住宅'])).toEqual([null, '出让']);
		// …or the main of it (主要建设内容), by district.
		expect(tableRows(['序号\t区（市）县\t项目名称\t主要建设内容\t完成时限', '23\t锦江区\t春熙路、太古里周边共享停车\t盘活停车泊位1200个\t2025年6月'])).toEqual([null, '建设']);
		// …or what each pilot community builds or upgrades (序号｜区（市）县｜街道（镇）｜试点社区｜重点建设（提升）内容), past a note.
		const pilots = ['一、试点社区名单及重点建设内容', '本年度试点社区覆盖9个区（市）县。', '序号｜区（市）县｜街道（镇）｜试点社区｜重点建设（提升）内容', '3｜锦江区｜三圣街道｜幸福社区｜结合幸福梅林景区客流，新增连锁便利店'];
		expect(tableRows(pilots)).toEqual([null, null, null, '建设']);
		// …or a year's review of what was done (序号　项目名称　所在区（市）县　建设内容　完成情况).
		expect(tableRows(['序号　项目名称　所在区（市）县　建设内容　完成情况', '2　通江大道　青白江区、金堂县　新建快速路14.8公里　已建成通车'])).toEqual([null, '建设']);
		expect(tableVerb('| 序号 | 项目名称 | 所在街道 | 建设内容 | 完成时限 |')).toBe('建设');
		// A cell Excel quoted because it holds a line break goes on on the next line, and the rows after it are rows still.
		expect(tableRows(['序号 项目名称 建设地点 总投资', '3 锦城公园北片区生态修复 "金牛区', '成华区" 12.6', '4 鲁家滩湿地公园二期 温江区 3.4'])).toEqual([null, '建设', '建设', '建设']);
		// The note under it is no row.
		expect(tableRows(['序号 项目名称 建设地点 总投资', '1 成都地铁13号线一期 青羊区 283.7', '备注：1.形象进度“/”表示暂无统计。'])).toEqual([null, '建设', null]);
		expect(tableRows(['序号｜项目名称｜建设地点｜2025年安排', '2｜成渝中线高速铁路（成都段）｜金牛区、成华区、简阳市｜12.3', '合计｜139.7'])).toEqual([null, '建设', null]);
		// A list of procurement intentions, with its budget and expected date; a row broken across two lines goes on.
		expect(tableVerb('序号\t项目名称\t建设地点\t建设内容\t预算金额（万元）\t预计时间')).toBe('建设');
		// A table of work by where each is, district, town and community.
		expect(tableVerb('序号\t区（市）县\t街道（镇）\t社区（村）\t建设内容\t完成时限')).toBe('建设');
		expect(tableVerb('序号\t区（市）县\t街道（镇）\t人口（万人）\t面积')).toBeNull();
		// …its brackets half-width, how each is built and when it opens among its columns.
		expect(tableVerb('序号\t区(市)县\t街道(镇)\t社区\t建设方式\t床位(张)\t建筑面积(㎡)\t计划投运时间')).toBe('建设');
		expect(tableVerb('序号\t区(市)县\t街道\t街巷名称\t主要整治内容\t计划完工时间')).toBe('整治');
		// …and the stretch each is done over, and its size (整治范围, 规模).
		expect(tableVerb('序号｜道路（桥梁）名称｜整治范围｜所属街道｜主要整治内容｜规模')).toBe('整治');
		// …or the range of a ban in each (禁燃范围).
		expect(tableVerb('序号｜街道（镇）｜禁燃范围｜面积（平方公里）')).toBe('禁燃');
		// …or the controls each is held to, by who builds it (建设单位｜管控措施要求).
		expect(tableVerb('序号｜工地名称｜所在区（市）县｜所在街道（镇）｜建设单位｜管控措施要求')).toBe('管控');
		// …its place an address, and the year's target among its columns.
		expect(tableVerb('序号\t项目名称\t建设地址\t床位(张)\t2025年目标')).toBe('建设');
		expect(
			tableRows(['序号 项目名称 建设地点 建设内容 预算金额（万元） 预计时间', '8 江安河公园（二期）建设项目 柳城街道 滨河景观带约2.4公里', '5120 2025年5月', '21 杨柳河（温江段）水环境综合治理工程 公平街道 河道清淤约5.1公里 3860 2025年6月'])
		).toEqual([null, '建设', null, '建设']);
	});

	it('knows a table of lines by their progress, its rows opening with a line’s number', () => {
		const table = ['线路\t起止点\t所在区\t当前进度\t计划开通', '地铁8号线二期\t莲花站—太平园站\t双流区、武侯区\t隧道全线贯通\t2026年下半年', '市域铁路成眉线(S5线)成都段\t科学城站—视高站\t天府新区直管区\t桥梁下部结构完成\t2026年', '二、交通疏解'];
		expect(tableRows(table)).toEqual([null, '建设', '建设', null]);
		expect(rowCells(table)[1]?.progress).toBe('隧道全线贯通');
		// Not a list of lines with nothing said of how they are built or how far they have got.
		expect(tableVerb('线路\t起止点\t票价')).toBeNull();
	});

	it('knows the title of a box of projects (专栏), and commits its lines with 建设', () => {
		expect(tableVerb('专栏2 重大交通基础设施项目')).toBe('建设');
		expect(tableVerb('专栏3：生态保护修复重点工程')).toBe('建设');
		expect(tableVerb('专栏1 “十四五”主要指标')).toBeNull();
		// A box of a plan's spatial layout lists its parts as a box of projects does.
		expect(tableVerb('专栏5-1　“十四五”彭州市文旅空间布局重点')).not.toBeNull();
		expect(isTableRow('轨道交通：地铁13号线一期、17号线二期。')).toBe(true);
		expect(isTableRow('第四章 打造公园城市交通体系')).toBe(false);
		// A numbered project, however long its name, before a colon and what it is.
		expect(isTableRow('2.东部新区生活垃圾焚烧发电项目：位于成都东部新区三岔街道，一期处理能力1500吨/日。')).toBe(true);
		expect(tableRows(['专栏3　生活垃圾处理重点项目', '5.天府新区厨余垃圾处理项目：位于四川天府新区新兴街道，处理能力500吨/日。'])).toEqual([null, '建设']);
		// A box copied as text: its header, then a kind, a project and what it builds, blanks between them.
		const box = ['专栏1　“十五五”铁路及轨道交通重点项目', '类别　　　项目名称　　　建设内容　　　目标年限', '干线铁路　成渝中线高铁　　　成都段约95公里　　2027年建成', '（三）完善快速路网络。'];
		expect(tableRows(box)).toEqual([null, null, '建设', null]);
		// …its rows numbered with circled numbers.
		const circled = ['专栏2　天府国际生物城重点项目', '序号　项目名称　建设地点　计划完工', '①　生物城CDMO中试基地　双流区永安镇　2026年', '（三）完善交通。'];
		expect(tableRows(circled)).toEqual([null, null, '建设', null]);
		// …or an item a line, circled, no header over them: up to the plan's next heading.
		const items = ['专栏1　“十五五”重大交通项目', '①简州站综合交通枢纽（成渝中线高铁）', '②成简快速路提档升级工程', '六、筑牢生态屏障', '1.推进龙泉山城市森林公园建设。'];
		expect(tableRows(items)).toEqual([null, '建设', '建设', null, null]);
		// …its title closed by its years, its items each a kind of work before the names (（1）新建：…), or a box of the lines a plan lays
		// out, each before its course (地铁6号线北延线：望丛祠站—三道堰站，…).
		const kinds = ['专栏2　主次干道重点项目（2026—2030年）', '（1）新建：菁蓉大道东延段、郫彭路。', '（2）改扩建：望丛中路、郫花路。', '六、轨道交通'];
		expect(tableRows(kinds)).toEqual([null, '建设', '建设', null]);
		const lines = ['专栏3　城市轨道交通规划线路', '地铁6号线北延线：望丛祠站—三道堰站，长约10.5公里，近期实施。', '七、公交'];
		expect(tableRows(lines)).toEqual([null, '建设', null]);
	});

	it('knows a numbered heading of the places a measure applies to, and commits its items with its verb', () => {
		const lines = ['二、禁停区域', '（一）道路及街巷', '1. 春熙路（含南段、北段）及中山广场；', '2. 大慈寺山门前广场；', '三、设置停放点'];
		expect(tableRows(lines)).toEqual([null, '禁停', '禁停', '禁停', null]);
		expect(tableRows(['一、渠化改造类（10个）', '1. 盐市口东御街与人民南路交叉口（锦江区，2025年9月）'])).toEqual([null, '渠化改造']);
		expect(tableRows(['一、拟推荐申报国家4A级旅游景区（3家）', '1. 成都天府艺术公园（金牛区）'])).toEqual([null, '申报']);
		// …each item told after it in a paragraph of its own, up to the next heading (not a page's furniture after the last).
		// …or in its fields, its address where it is, up to the next item or group (not past the last: a page's furniture may follow).
		// (A group's heading that only names its district is no item: （二）青羊区; annotators 96:17.)
		expect(tableRows(['一、新开放场馆（13处）', '1.东门码头城市阅读空间', '地址：锦江区水井坊街道东门街', '开放时间：周二至周日9:00—21:00', '交通：地铁2号线东门大桥站C口步行约400米', '（二）青羊区', '2.光华公园城市阅读空间', '地址：青羊区光华街道光华公园东门内'])).toEqual([null, '新开', '新开', null, null, null, '新开', null]);
		// (…the last item's too, where the next part's heading ends the list.)
		expect(tableRows(['一、新开放场馆（13处）', '1.东门码头城市阅读空间', '地址：锦江区水井坊街道东门街', '开放时间：周二至周日9:00—21:00', '二、工作要求'])).toEqual([null, '新开', '新开', null, null]);
		expect(tableRows(['一、拟评定为国家3A级旅游景区（2家）', '1．明月村景区（蒲江县）', '景区位于蒲江县甘溪镇。', '2．斑竹林景区（新津区）', '景区位于新津区兴义镇。', '二、公示时间'])).toEqual([null, '评定', null, '评定', null, null]);
		// A no-fly or no-fireworks notice's zones.
		expect(tableRows(['一、禁飞区域', '（四）人员密集区域。', '1. 天府广场区域：东至顺城大街；'])).toEqual([null, '禁飞', '禁飞']);
		expect(tableRows(['二、禁放区域', '1. 春熙路；'])).toEqual([null, '禁放']);
		// …or the bridges a notice limits or closes, in a table under it past a note, or as its items (一、限载通行桥梁（10座） / 以下桥梁… /
		// 序号｜桥梁名称｜所在位置｜跨越河流（沟渠）｜技术状况等级｜管理措施; 二、封闭交通桥梁（5座） / （一）宝珠桥（新场镇宝珠村，跨西河支渠）。…).
		expect(tableRows(['一、限载通行桥梁（10座）', '以下桥梁技术状况等级为四类，实行限载通行：', '序号｜桥梁名称｜所在位置｜跨越河流（沟渠）｜技术状况等级｜管理措施', '1｜涌泉桥｜王泗镇涌泉村6组｜灌溉支渠｜四类｜限载10吨', '二、封闭交通桥梁（5座）', '以下桥梁自7月8日起全封闭：', '（一）宝珠桥（新场镇宝珠村，跨西河支渠）。桥梁主拱圈多处开裂。', '三、有关要求'])).toEqual([null, null, null, '限载', null, null, '封闭', null]);
		// …or the roads whose speed limit is changed, in a table under it past a note on why (二、提高限速值路段 / 近年来，… / 序号｜道路名称｜调整路段｜…).
		expect(tableRows(['二、提高限速值路段', '近年来，天府大道、剑南大道等南向通道相继完成路口渠化改造。', '序号｜道路名称｜调整路段｜适用车道｜原限速值（km/h）｜调整后限速值（km/h）', '1｜天府大道中段｜三环路至绕城高速（双向）｜主道｜60｜70', '三、降低限速值路段'])).toEqual([null, null, null, '限速', null]);
		// …by the zone's name (二、常态化禁飞区, 二、季节性禁渔区和禁渔期, 一、常年禁捕区域), its items however long where they do nothing of their own
		// past a paragraph that says what the zone is; not an item with a verb of its own.
		const waters = ['一、常年禁捕区域', '以下水域实行全年禁止天然渔业资源的生产性捕捞：', '（一）岷江干流成都段。自都江堰市紫坪铺水库坝下起，流经崇州市、温江区，至新津区止。', '（六）兴隆湖、东安湖、青龙湖等城市公园景观湖泊，锦江中心城区段（含府河、南河）等城市河道。', '二、季节性禁渔区和禁渔期', '（一）河流。锦江、江安河、走马河。', '三、禁渔期间禁止行为'];
		expect(tableRows(waters)).toEqual([null, null, '禁捕', '禁捕', null, '禁渔', null]);
		expect(tableRows(['二、常态化禁飞区', '（一）民用机场净空保护区。成都双流国际机场、成都天府国际机场跑道两侧各10公里范围内的区域。'])).toEqual([null, '禁飞']);
		expect(tableRows(['二、重点街区', '3. 支持各区（市）县打造“一区一特色”商业街区，如新都区桂湖—宝光片区。'])).toEqual([null, null]);
		// …and the places of each group under it, a paragraph of their own after the group's heading, the last group's too; and a
		// measure's places named with their hours (二、限制遛犬区域及时段).
		const dogs = ['一、全天禁止遛犬区域', '下列公园、广场和步行街区全天禁止遛犬：', '（一）公园', '人民公园、百花潭公园、文化公园。', '（三）步行街区', '宽窄巷子历史文化片区、文殊坊、祠堂街。', '二、限制遛犬区域及时段', '下列区域每日7:00至22:00禁止遛犬：', '（一）南河青羊段两岸滨河绿道（含百花潭公园段以外的滨河步道及绿地）；', '三、其他'];
		expect(tableRows(dogs)).toEqual([null, null, '禁止', '禁止', null, '禁止', null, null, '限制', null]);
		// …and the zones trucks are kept out of, and their hours (二、限行区域和时段 / （一）龙泉城区限行区域 / 1.区域范围：…).
		expect(tableRows(['二、限行区域和时段', '（一）龙泉城区限行区域', '1.区域范围：驿都大道（不含）、龙都北路（含）合围区域内的所有道路。', '三、通行证办理'])).toEqual([null, null, '限行', null]);
		// …and a table of the stretches a ban covers (禁渔区段（起止点）).
		expect(tableRows(['序号｜区（市）县｜水域名称｜禁渔区段（起止点）｜长度（公里）｜管理类型', '1｜都江堰市｜岷江｜紫坪铺水库坝下至鱼嘴｜约5.8｜常年禁捕'])).toEqual([null, '禁渔']);
		// …or the stations offered to operators (二、招商驿站清单), in a table under it.
		expect(tableRows(['二、招商驿站清单', '序号｜驿站名称｜所属绿道｜所在区域｜具体位置｜建筑面积（㎡）', '1｜幸福梅林驿站｜锦城绿道｜锦江区｜三圣街道幸福梅林景区西侧｜386.5'])).toEqual([null, null, '招商']);
		// …or the pilots of a work chosen (（一）步行街改造提升试点（5条）), each a row of the table under it.
		expect(tableRows(['（一）步行街改造提升试点（5条）', '序号｜名称｜所在区（市）县｜区位范围｜主要特色及改造提升方向', '1｜春熙路步行街｜锦江区｜北起总府路，南至东大街｜国际知名商业街区'])).toEqual([null, null, '改造提升试点']);
		// The extent of a work, each quarter of it named first (二、搬迁范围 / （一）武侯新城片区。主要涉及…); not a plan's own area.
		const moves = ['二、搬迁范围', '（一）武侯新城片区。主要涉及武兴路、武兴一路至武兴五路、武科东一路至武科东四路、武科西一路至武科西五路沿线的制鞋、皮革制品企业58家，用地约1210亩。', '三、安置去向'];
		expect(tableRows(moves)).toEqual([null, '搬迁', null]);
		expect(tableRows(['二、规划范围', moves[1]])).toEqual([null, null]);
		// …and a building work's, its towns an item each (三、建设范围 / （一）王泗镇：黄土村、义兴村；).
		expect(tableRows(['三、建设范围', '（一）王泗镇：黄土村、义兴村、金星村；', '（二）新场镇：宏福村、石桥村；', '四、建设内容'])).toEqual([null, '建设', '建设', null]);
		// …and a cut in supply's, by its area (二、停水区域 / （一）道路沿线：…), not a plan's area.
		expect(tableRows(['二、停水区域', '（一）道路沿线：蜀汉路、营门口路、花照壁西顺街。', '三、停气区域', '（一）营门口路两侧居民及商业用户；'])).toEqual([null, '停水', null, '停气']);
		// …or where the water's pressure drops (（四）降压范围 / 西安路街道、抚琴街道部分区域供水压力降低).
		expect(tableRows(['（四）降压范围', '西安路街道、抚琴街道部分区域供水压力降低，多层及高层用户可能出现短时无水。'])).toEqual([null, '降压']);
		// …and strict parking control's (一、严管范围 / （一）医院周边道路。…), its attached table of stretches by district and the units around them
		// controlled as its column says (辖区｜道路名称｜起止点｜周边单位｜管控方式).
		expect(tableRows(['一、严管范围', '（一）医院周边道路。四川大学华西医院周边国学巷、电信路、小天竺街。'])).toEqual([null, '严管']);
		expect(tableRows(['附表：中心城区违法停车严管路段一览表', '序号｜辖区｜道路名称｜起止点｜周边单位｜管控方式', '1｜武侯区｜国学巷｜全段｜四川大学华西医院｜电子抓拍、拖移'])).toEqual([null, null, '管控']);
		expect(tableRows(['二、规划区域', '（一）道路沿线：蜀汉路、营门口路、花照壁西顺街。'])).toEqual([null, null]);
		// …a ban's, each item the kind of places it lists first, past what the heading's first paragraph says of them all.
		const ban = ['二、禁火范围', '彭州市行政区域内的林地、草地均为禁火区域。重点管控区域如下：', '（一）山脉和自然保护地。龙门山彭州段，葛仙山、丹景山等中部丘陵林区，白水河国家级自然保护区。', '三、禁止行为'];
		expect(tableRows(ban)).toEqual([null, null, '禁火', null]);
		// A traffic notice's roads, closed or controlled, by the heading of each kind of control, and its attachment's table of them.
		const roads = ['二、管制路段', '（一）全封闭管制路段（5:00—12:30）', '1. 人民南路（一环路口至二环路口）双向主道及辅道；', '（二）分时段管制路段', '1. 望江路（九眼桥南桥头至科华北路口），7:45—11:00；', '三、交通组织及绕行建议'];
		expect(tableRows(roads)).toEqual([null, null, '封闭', null, '管制', null]);
		expect(tableRows(['序号｜管制路段｜起止点｜管制时间｜管制方式', '5｜望江路｜九眼桥—科华北路口｜7:45—11:00｜分时段'])).toEqual([null, '管制']);
		// A list of places by name, each with its address in brackets and what it offers, times among it.
		// …and a list of venues, what they are for in brackets (一、展销馆（点）名单 / （一）… / 序号｜区（市）县｜展销馆名称｜地址｜营业时间).
		expect(tableRows(['一、展销馆（点）名单', '（一）消费帮扶产品展销馆', '序号｜区（市）县｜展销馆名称｜地址｜营业时间', '1｜市级｜成都市消费帮扶产品展销中心｜青羊区长顺上街126号｜9:30—21:30'])).toEqual([null, null, null, '认定']);
		expect(tableRows(['三、参与景区名单（按区〔市〕县排列）', '5.成都大熊猫繁育研究基地（成华区熊猫大道1375号）：8月7日—17日世运会赛事期间，对减免对象免首道门票，每日限额5000人，实行实名预约。', '6.夜游锦江（九眼桥至合江亭航段）：8月1日—31日每晚19:30—22:30，减免对象购买游船票享5折优惠。'])).toEqual([null, '认定', '认定']);
		// …and an unnumbered title's list through its parts, each a table of its own (…认定名单 / 一、…孵化器（16家） / 序号｜… / 二、…众创空间（18家） / 序号｜…).
		const parts = ['2024年度成都市科技企业孵化器和众创空间认定名单', '一、成都市科技企业孵化器（16家）', '序号｜名称｜运营主体｜所在地', '1｜菁蓉汇硬科技孵化器｜成都高新技术产业开发区创新创业服务中心｜高新区益州大道北段', '二、成都市众创空间（18家）', '序号｜名称｜运营主体｜所在地', '1｜东郊记忆音乐创客空间｜成都东郊记忆文化创意产业有限公司｜成华区建设南支路4号东郊记忆'];
		expect(tableRows(parts)).toEqual([null, null, null, '认定', null, null, '认定']);
		// A list of historic buildings with what protecting each requires, grouped by district.
		expect(tableRows(['序号　名称　地址　建成年代　保护要求', '（一）锦江区（2处）', '1　暑袜北一街原邮电职工宿舍楼　锦江区春熙路街道暑袜北一街12号　1956年　保持红砖外墙'])).toEqual([null, null, '保护']);
		// A table of projects by name and where each is: 项目地址.
		expect(tableRows(['序号｜所在街道｜小区（院落）名称｜项目地址｜楼栋及单元｜电梯数量（部）', '1｜府青路街道｜府青苑｜府青路二段18号｜2栋1单元｜1'])).toEqual([null, '建设']);
		// A table of service areas along expressways and the year each is done.
		expect(tableRows(['（一）高速公路服务区超充站（2025—2027年）', '序号｜高速公路｜服务区｜所在区（市）县｜完成年份', '1｜成渝高速公路｜龙泉服务区｜龙泉驿区｜2025年'])).toEqual([null, null, '建设']);
		// A drill's or a flood plan's table of the areas it evacuates, their routes and shelters.
		expect(tableRows(['七、疏散路线及应急避难场所', '序号｜转移区域｜人数｜疏散路线｜避难场所', '1｜龙门山镇宝山村｜约180人｜宝山村—彭白路—通济镇｜通济镇中心小学'])).toEqual([null, null, '转移']);
		// A list's projects by place, each after its place's label, until the next heading of the list's rank.
		expect(tableRows(['三、重点项目清单', '青羊区：天府文化公园二期、浣花溪公园综合提升。', '成都高新区：新川之心公园建设。', '四、保障措施', '加强组织领导。'])).toEqual([null, '建设', '建设', null, null]);
		// A heading of places with no verb lists nothing.
		expect(tableRows(['二、重点区域', '1. 春熙路；'])).toEqual([null, null]);
		// A notice's sites, each told by its number, however long, under the heading's groups, up to the next part.
		const sites = [
			'二、招商点位',
			'（一）锦城绿道（3处）',
			'1号点位：锦城绿道江家艺苑一级驿站。位于锦江区三圣街道锦城公园江家艺苑景区内，建筑面积1260平方米，另含室外平台约600平方米。建议业态为川西特色餐饮、茶饮及非遗展示，租期5年。',
			'三、租赁条件',
			'1号点位租期5年。'
		];
		expect(tableRows(sites)).toEqual([null, '招商', '招商', null, null]);
	});

	it('knows a list of projects announced by a line, an item a line, and commits its items with 建设', () => {
		const lines = ['2024年市级重大交通项目：', '①天府国际机场三期工程；', '（2）成都东站改扩建；', '3. 地铁27号线二期。', '以上项目均要求年内开工。'];
		expect(tableRows(lines)).toEqual([null, '建设', '建设', '建设', null]);
		// Announced items are rows; the same lines after a table's header are not.
		expect(tableRows(['序号 项目名称 建设地点', '1.加快建设成都东站。'])).toEqual([null, null]);
		expect(tableVerb('今年要抓好以下项目：')).toBe('建设');
		expect(tableVerb('本次集中开工的部分重点项目如下：')).toBe('建设');
		// …a note in brackets before its colon.
		expect(tableVerb('各区(市)县2026年天府绿道和口袋公园重点建设项目如下(项目规模以最终批复为准):')).toBe('建设');
		expect(tableRows(['一、产业项目', '1.京东方第6代柔性显示生产线扩能项目（高新区）', '二、基础设施项目', '1.成都外环铁路（蒲江至邛崃段）'])).toEqual([null, '建设', null, '建设']);
		// The fields of the one project a heading names are no list of projects.
		expect(tableRows(['（三）双流区东升街道配售型保障性住房项目', '1．项目位置：位于双流区东升街道藏卫路中段西侧。', '2．房源数量：380套。'])).toEqual([null, null, null]);
		expect(tableVerb('三、加快推进重大项目建设')).toBeNull();
		expect(tableVerb('加快建设，推进重点项目：')).toBeNull();
		// A numbered list's heading may say what its projects do, and its table may have a header of its own.
		const renewal = ['二、2025年城镇老旧小区改造项目名单（节选）', '序号｜区（市）县｜街道（镇）｜社区｜主要改造内容', '1｜锦江区｜牛市口街道｜大田坎社区｜雨污分流', '2｜青羊区｜草市街街道｜双眼井社区｜屋面防水', '三、2025年城市更新单元名单'];
		expect(tableRows(renewal)).toEqual([null, null, '改造', '改造', null]);
		// …with a note of its units between the heading and the header.
		const units = ['四、2025年城镇老旧小区改造项目清单（第一批）', '（单位：户、栋；“电梯”为计划加装部数）', '序号\t区（市）县\t街道\t社区\t小区名称\t户数', '1\t锦江区\t牛市口街道\t静居寺社区\t静居寺路12号院\t312', '合计\t—\t—\t—\t23个\t8010', '注：其余小区清单另行公布。'];
		expect(tableRows(units)).toEqual([null, null, null, '改造', null, null]);
		// Under its header, a row is one however its cells are set apart: a list of events, a plan's table of projects.
		const events = ['2025成都夏季消费季重点活动安排表', '序号 区（市）县 活动名称 时间 地点', '1 锦江区 春熙路夏日潮购季 6月20日—8月31日 春熙路、太古里', '备注：活动时间以实际为准。'];
		expect(tableRows(events)).toEqual([null, null, '举办', null]);
		const plan = ['一、2025年城镇老旧小区改造项目计划表', '序号 街道 小区名称 楼栋数 主要改造内容 计划完工时间', '1 猛追湾街道 双林北横路5号院 6 外墙整治 2025年9月', '二、工作要求'];
		expect(tableRows(plan)).toEqual([null, null, '改造', null]);
		// A report of their progress, an item a project with its 建设地点 and what was done.
		const progress = ['附件：2025年上半年区级重点项目推进情况表（部分）', '1.北湖生态公园二期（建设地点：龙潭街道）。完成湖体扩容和生态驳岸建设，园内绿道与锦城绿道实现连通，计划年底开放。', '成都市成华区发展和改革局'];
		expect(tableRows(progress)).toEqual([null, '建设', null]);
		// An annex that lists them, its header's columns whatever they are.
		const annex = ['附件：成都市2025年全民健身设施补短板工程项目清单', '序号　区（市）县　项目名称　项目类型　完成时限', '1　锦江区　三圣花乡体育公园　体育公园　2025年11月', '成都市体育局办公室'];
		expect(tableRows(annex)).toEqual([null, null, '建设', null]);
		expect(tableVerb('附表：成都市2025年医疗卫生服务体系建设重点项目表（部分）')).toBe('建设');
		expect(tableVerb('附件：度假区提升重点项目清单（2025—2027年）')).toBe('提升');
		// …its title on a line of its own, under 附件.
		expect(tableVerb('2026年成都市全民健身设施建设项目清单')).toBe('建设');
		// …or under 附： with their count, what the title says is done to them.
		expect(tableVerb('附:2026年计划建成通车重点公路项目(9个)')).toBe('建成通车');
		expect(tableVerb('2.驿都大道改造项目(9个)')).toBeNull();
		// …or the tasks of each place, a place's label and its size before each.
		const tasks = ['附件：2026年“天府粮仓”成都片区核心区高标准农田建设镇（街道）任务清单', '崇州市（6.2万亩）：隆兴镇1.5万亩，桤泉镇1.2万亩。', '新津区（2.3万亩）：宝墩镇0.9万亩。'];
		expect(tableRows(tasks)).toEqual([null, '建设', '建设']);
		expect(tableVerb('序号｜项目名称｜所在区域｜建设内容及规模｜2025年计划目标')).toBe('建设');
		// …and the places, beds or parking a project adds.
		expect(tableVerb('序号\t区（市）县\t项目名称\t建设地点\t建设性质\t新增学位（个）\t推进情况')).toBe('建设');
		// A list exported as CSV, its rows under the headings of their groups.
		const csv = ['序号,项目名称,建设地点,建设内容,总投资（亿元）', '一、先进制造业项目', '1,京东方第8.6代AMOLED生产线项目,高新区,建设第8.6代AMOLED生产线及配套动力厂房，设计产能每月3.2万片玻璃基板,630', '二、现代服务业项目', '12,交子公园金融商务区项目,高新区,建设甲级写字楼及配套商业,120'];
		expect(tableRows(csv)).toEqual([null, null, '建设', null, '建设']);
		// Items opened with a dash, a place's label before each.
		const signed = ['本次集中签约的部分项目：', '——四川天府新区：天府国际金融中心二期项目，协议投资85亿元，选址天府总部商务区；', '——新都区：轨道交通装备智能制造基地项目，协议投资38亿元，选址石板滩街道。', '王凤朝表示，要加快项目建设。'];
		expect(tableRows(signed)).toEqual([null, '建设', '建设', null]);
		// A tour a notice recommends is no table: its stops are sights to see (annotators 0:39), unless a sentence says the tours are
		// put forward (首批推出以下线路：), which the list it announces tells (see records.test.ts).
		expect(tableRows(['（三）三国之旅（建议游览时长：1天）', '线路：成都武侯祠（武侯区）—锦里—九里堤公园（金牛区）—子龙庙（大邑县）'])).toEqual([null, null]);
		// Without a header, such a line is no item of a list.
		expect(tableRows(['2025成都夏季消费季重点活动安排表', '1 锦江区 春熙路夏日潮购季 6月20日—8月31日 春熙路、太古里'])).toEqual([null, null]);
		// A heading of schools' catchments, an item a school: zoned so, up to the next heading of its rank.
		const zones = ['三、小学划片范围（涉及调整及新开办学校）', '1.成都市盐道街小学（本部）：春熙路街道红星路三段以东、东大街以北，含大慈寺社区。', '四、工作要求'];
		expect(tableRows(zones)).toEqual([null, '划片', null]);
		// A table's numbered title that names its sites and their work, its header and rows under it.
		const sheds = ['表1　2025年老旧院落电动自行车集中充电设施首批建设点位（部分）', '序号\t区(市)县\t街道\t社区\t小区（院落）名称\t设施类型', '1\t锦江区\t东光街道\t净居寺社区\t净居寺路33号院\t充电棚', '注：完整清单见附件。'];
		expect(tableRows(sheds)).toEqual([null, null, '建设', null]);
		expect(tableVerb('表2　2024年各区（市）县人口统计')).toBeNull();
		// …or an attachment's list that names its work (附件：…建设清单); one that names none may still be a list of places.
		expect(tableRows(['附件：2024—2026年重点产业功能区建设清单', '序号　所在区域　产业功能区名称　主导产业', '1　锦江区　春熙路时尚活力区　时尚消费'])).toEqual([null, null, '建设']);
		// …its title on the line after its 附件, as well.
		const annexed = ['2024年城市公厕新建改造主要点位清单', '序号｜区（市）县｜新建（座）｜改造（座）｜主要点位', '1｜锦江区｜8｜18｜新建：合江亭、水井坊；改造：东湖公园'];
		expect(tableRows(['附件', ...annexed])).toEqual([null, null, null, '新建改造']);
		expect(tableRows(['五、其他事项', ...annexed])).toEqual([null, null, null, '新建']);
		expect(tableVerb('附件：成都市首批市级夜间经济示范片区名单')).not.toBeNull();
		// …and villages a notice names fine places to live (…美丽宜居村庄名单), its list ending before whom the notice is copied to (抄送：…).
		expect(tableRows(['附件2', '2024年度郫都区美丽宜居村庄名单（7个）', '序号｜镇（街道）｜村名｜主要做法', '1｜三道堰镇｜青杠树村｜依托柏条河实施林盘院落改造', '抄送：区委办公室，区人大常委会办公室。'])).toEqual([null, null, null, '认定', null]);
		// …and model units, each at its district (2024年度成都市放心消费示范单位名单 / 序号｜区（市）县｜单位名称｜行业类别).
		expect(tableVerb('2024年度成都市放心消费示范单位名单')).toBe('认定');
		// …and a batch's list, whatever it lists (首批服务站点名单, 首批河湖库垂钓区名录), by what was done to it where its title says so
		// (第二批新增…药店名单); not places listed with no batch (服务站点名单, 垂钓区名录).
		expect(tableVerb('成华区社保经办服务下沉首批服务站点名单')).toBe('认定');
		expect(tableVerb('附件：成都市首批河湖库垂钓区名录')).toBe('认定');
		expect(tableVerb('二、2024年第二批新增医保定点零售药店名单')).toBe('新增');
		expect(tableVerb('成华区社保服务站点名单')).toBeNull();
		expect(tableVerb('附件：成都市河湖库垂钓区名录')).toBeNull();
		// …and a list of sites by the work its title names (二、2024年新建“司机之家”名单), over a table's columns of when each opens and whom
		// it serves (主要服务对象); not a list of what was recorded (新增备案托育机构名单), which lists businesses.
		const built = ['二、2024年新建“司机之家”名单', '序号｜站点名称｜所在区（市）县｜详细地址｜主要服务对象｜开放时间', '1｜成都国际铁路港“司机之家”｜青白江区｜香岛大道1509号｜货车司机｜24小时'];
		expect(tableVerb(built[0])).toBe('新建');
		expect(isHeaderRow(built[1])).toBe(true);
		expect(tableRows(built)).toEqual([null, null, '新建']);
		expect(tableVerb('一、2024年第三季度新增备案托育机构名单')).toBeNull();
		// …and a table of the sites a plan will build, by where each is chosen and when it is to be done, is one.
		expect(isHeaderRow('序号｜拟建站点｜所在区（市）县｜拟选位置｜计划建成时间')).toBe(true);
		// …or unnumbered, an attachment's (附表：).
		expect(tableRows(['附表：2025年重点推进TOD项目（部分）', '序号　项目名称　所在区域　2025年目标', '1　天回镇站TOD综合开发项目　金牛区　完成土地出让'])).toEqual([null, null, '重点推进']);
		// An overview's title that names its work, a header of columns, rows in bars with no number.
		const opening = ['成都今年计划开通线路一览', '线路｜起止车站｜长度｜车站数', '8号线二期｜西航港客运中心—龙潭寺东｜7.81公里｜7座', '10号线三期｜人民公园—太平园（不含）｜5.87公里｜5座', '此外，13号线也在加快建设。'];
		expect(tableRows(opening)).toEqual([null, null, '开通', '开通', null]);
		// …a holiday's offers by district and spot (区（市）县｜景区（场馆）｜优惠内容｜备注).
		expect(tableRows(['区（市）县｜景区（场馆）｜优惠内容｜备注', '青羊区｜杜甫草堂博物馆｜门票由50元/人优惠为25元/人｜每日18:00停止入馆'])).toEqual([null, '优惠']);
		// …a plan's table of targets by district (表1　2024年各区（市）县充电基础设施建设目标任务).
		expect(tableRows(['表1　2024年各区（市）县充电基础设施建设目标任务', '区（市）县｜新建公共充电桩（个）｜新建超充站（座）', '锦江区｜1100｜6'])).toEqual([null, null, '建设']);
		// …an attached table of spots (附表：…重点布局点位表), with its title's work.
		expect(tableRows(['附表：成都市2024—2027年换电站、加氢站重点布局点位表', '序号｜区（市）县｜点位位置｜类型｜建设规模｜计划建成时间', '1｜锦江区｜成龙大道一段公共停车场｜乘用车换电站｜日服务400车次｜2024年'])).toEqual([null, null, '重点布局']);
		// …or a table of the spots a notice sets, its title naming no work (…停放区重点点位表, …点位一览).
		expect(tableRows(['武侯区共享单车、电动自行车停放区重点点位表', '序号｜所属街道｜点位名称｜具体位置｜类型｜泊位数（个）', '1｜浆洗街街道｜锦里西门｜武侯祠大街锦里西门南侧｜共享单车｜60'])).toEqual([null, null, '设置']);
		expect(tableRows(['首批闲置地块利用点位一览', '序号｜所在街道｜点位位置｜利用方式｜规模', '1｜荷花池街道｜火车北站西侧｜临时停车场｜泊位420个'])).toEqual([null, null, '设置']);
		// (…and spots of a kind by their own name, after an attachment's 附件 on the line above: …网约车上车点一览表; not key points: …工作重点一览表.)
		expect(tableRows(['附件', '成都市重点区域网约车上车点一览表', '序号｜所在区域｜上车点名称｜具体位置｜泊位数（个）', '1｜东部新区｜天府国际机场T1航站楼上车点｜T1航站楼交通中心负一层｜40'])).toEqual([null, null, null, '设置']);
		// (…and shelters a plan readies, by its title: 附件2：应急避难场所一览表.)
		expect(tableRows(['附件2：应急避难场所一览表', '序号｜名称｜地址｜面积（平方米）｜可容纳人数', '2｜洪福村村民活动中心｜洪安镇洪福村3组｜1400｜300'])).toEqual([null, null, '设置']);
		expect(tableVerb('附件：2024年工作重点一览表')).toBeNull();
		// (…nor spots recommended for a visit: 表1 2025年秋季中心城区赏银杏推荐点位一览表.)
		expect(tableVerb('表1 2025年秋季中心城区赏银杏推荐点位一览表')).toBeNull();
		// (…or 附表 on the line above, its points by where each was and is moved to and when refuse is collected there.)
		expect(tableRows(['附表', '金牛区部分老旧院落生活垃圾收集点迁移明细表', '序号｜街道｜社区｜院落名称（地址）｜原收集点位置｜迁移后位置｜收运时间（早班／晚班）', '1｜抚琴街道｜西南街社区｜抚琴西南路5号院｜院落大门东侧消防通道｜院内北侧原自行车棚｜7:00—8:30／20:00—21:00'])).toEqual([null, null, null, '迁移']);
		// …or an overview of projects whose title names no work (…重点推介项目一览): they are built.
		expect(tableRows(['表1　2024年成都市轨道交通TOD综合开发重点推介项目一览', '序号｜项目名称｜所在区域｜依托站点及线路｜综合开发用地（亩）｜主导功能', '1｜金融城东站TOD综合开发项目｜高新区桂溪街道｜金融城东站｜86｜商务办公'])).toEqual([null, null, '建设']);
		// …or a part of a plan headed by its targets of building (四、各镇（街道）公共充电桩建设目标).
		expect(tableRows(['四、各镇（街道）公共充电桩建设目标', '镇（街道）｜2024年新建（个）｜2025年新建（个）｜重点布局点位', '龙泉街道｜800｜900｜地铁2号线龙泉驿站']).at(-1)).toBe('建设');
		// …or a table of who answers for the work at each site (附件：…隐患点避险转移责任表（重点管控部分）).
		const hazards = ['附件：彭州市2024年汛期地质灾害隐患点避险转移责任表（重点管控部分）', '序号｜镇｜村（社区）｜组｜隐患点名称｜灾害类型｜威胁户数｜威胁人数｜监测人｜联系电话｜避险场所', '1｜龙门山镇｜宝山村｜8组｜任家沟泥石流｜泥石流｜23｜71｜任志明｜139****2617｜宝山村党群服务中心'];
		expect(tableRows(hazards)).toEqual([null, null, '转移']);
		// …or by who watches over each hazard, whatever shelter each has (…｜防灾责任人｜监测员及联系电话｜避险场所｜撤离路线).
		expect(tableRows(['表1 2026年度县级重点地质灾害隐患点防灾责任一览表', '序号｜隐患点名称｜所在位置｜灾害类型｜威胁户数｜威胁人数｜防灾责任人｜监测员及联系电话｜避险场所｜撤离路线', '1｜沙坪社区后山滑坡｜西岭镇沙坪社区5组｜滑坡｜36｜118｜刘建华｜杨德明 139****2017｜沙坪社区避险安置点｜沿社区主干道向南撤离'])).toEqual([null, null, '监测']);
		// …or by the measures each is to take against it (防治措施), its threatened homes and people one column (威胁户/人).
		// …by whom or what each threatens (威胁对象), and its watcher's column by its duty (监测责任人), the town's leader in charge beside it (包片领导).
		expect(tableRows(['序号｜隐患点名称｜位置｜类型｜威胁对象｜监测人｜联系电话', '1｜白岩村4组滑坡｜白岩村4组五白路边｜滑坡｜6户21人｜何国华｜13618014527'])).toEqual([null, '监测']);
		expect(tableRows(['序号｜社区（村）｜重点部位｜风险类型｜监测责任人｜联系电话｜包片领导', '2｜五凤溪社区｜五凤溪入沱江河口｜河口顶托、倒灌｜黄文彬｜13982143310｜刘建国'])).toEqual([null, '监测']);
		expect(tableRows(['附件1：大邑县2025年在册地质灾害隐患点防治责任一览表（节选）', '序号｜隐患点名称｜地理位置｜灾害类型｜规模｜威胁户/人｜监测员｜防治措施', '3｜黄家坪滑坡｜西岭镇云华村1组｜滑坡｜小型｜6/19｜杨光福｜群测群防'])).toEqual([null, null, '防治']);
		// …and villages' people moved to the shelters each has (集中安置点).
		expect(tableRows(['序号｜镇｜村（社区）｜危险区名称｜转移人数（人）｜转移路线｜集中安置点', '1｜西岭镇｜云华村｜河坝头院落危险区｜216｜沿大双路向场镇方向转移约2公里｜西岭镇中心小学'])).toEqual([null, '设置']);
		// …and reservoirs and ponds by who answers for their safety, in their care as a river is in its chief's (政府责任人, 巡查责任人).
		expect(tableRows(['序号｜水库名称｜规模｜所在位置｜总库容（万立方米）｜政府责任人｜主管部门责任人｜管理单位责任人', '1｜三门寺水库｜小（1）型｜同安街道太平村｜186.5｜周立新｜刘志强｜邹泽林'])).toEqual([null, '落实']);
		expect(tableRows(['序号｜山坪塘名称｜所在镇（街道）｜所在村（社区）｜容积（万立方米）｜行政责任人｜巡查责任人', '1｜大堰塘｜山泉镇｜美满村｜3.2｜钟建明｜钟祥发'])).toEqual([null, '落实']);
		// …an attachment's so, after 附：.
		expect(tableRows(['附：2024年秋季成华区新建学校（幼儿园）投用情况一览表', '学校名称｜学段｜地址｜班级数｜提供学位', '成都市双林小学北湖分校｜小学｜龙潭街道龙港路66号｜36｜1620'])).toEqual([null, null, '新建']);
		// …or a part's heading, its classes opened this term and places planned (2024年秋季开设班级｜规划学位) named by its columns.
		expect(tableRows(['一、新建学校基本情况', '序号｜学校名称｜学校地址｜学段｜2024年秋季开设班级｜规划学位', '1｜成都市成华区龙潭第二小学｜龙潭街道华盛路166号｜小学｜一年级8个班｜2160'])).toEqual([null, null, '新建']);
		// A table of routes and how each changes, its rows named by the route (K35路, 机场夜间专线1号).
		const changes = ['■线路一览', '线路　调整类型　走向　运营时间', 'K35路　新开　天府站临时首末站—兴隆湖—天府国际机场　6:30—21:00', '记者了解到，下一步还将优化。'];
		expect(tableRows(changes)).toEqual([null, null, '调整', null]);
		// A table of routes and their hours, as a notice attaches the routes it runs: each is run (开行) along its course.
		const night = ['附件：国庆中秋假期夜游公交线路一览表', '线路　起讫点　运营时间　途经主要区域', '夜游1线　春熙路—九眼桥　21:00—次日1:00　春熙路、太古里、合江亭、九眼桥', '成都市交通运输局'];
		expect(tableRows(night)).toEqual([null, null, '开行', null]);
		// (…its section and its last train after the change, between bars: 线路｜运行区段｜延长后末班车始发时间.)
		expect(tableRows(['线路｜运行区段｜延长后末班车始发时间', '2号线｜犀浦—龙泉驿｜次日1:15'])).toEqual([null, '开行']);
		// (…and a school bus's stops and its morning and evening runs: 线路编号｜服务学校｜停靠站点｜早班发车｜晚班发车｜配车数.)
		expect(tableRows(['（一）王泗片区（3条）', '线路编号｜服务学校｜停靠站点｜早班发车｜晚班发车｜配车数', '王泗1号线｜王泗镇学校｜静林村村委会—黎庵村—王泗镇学校｜6:50｜17:10｜2辆'])).toEqual([null, null, '开行']);
		// (…or by when its first stop's bus leaves: 线路编号｜线路走向｜停靠站点｜首站发车时间｜配车数（辆）.)
		expect(tableRows(['线路编号｜线路走向｜停靠站点｜首站发车时间｜配车数（辆）', 'XL01｜铁牛村—临溪社区—西来小学｜铁牛村9组路口、临溪社区｜6:50｜2'])).toEqual([null, '开行']);
		// Museums by their hours over a holiday (假期开放时间), what they let in free a column (开放政策).
		expect(tableRows(['序号｜场馆名称｜地址｜假期开放时间｜开放政策｜预约方式', '1｜成都博物馆｜天府广场西侧｜8:30—21:30｜免费开放｜实名预约'])).toEqual([null, '开放']);
		// Zones where livestock farming is banned, by their kind and extent (禁养区类型｜划定范围), or the river banks by their width (禁养岸线宽度).
		expect(tableRows(['序号｜镇（街道）｜禁养区类型｜划定范围｜面积（平方公里）', '1｜鹤山街道｜城镇居民区｜城镇开发边界内区域及其外延200米｜12.4'])).toEqual([null, '禁养']);
		expect(tableRows(['序号｜河流名称｜流经镇（街道）｜起止范围｜禁养岸线宽度｜河段长度（公里）', '1｜蒲江河｜鹤山街道｜朝阳湖大坝至邛崃界｜50米｜36.2'])).toEqual([null, '禁养']);
		// Checkpoints by the level of alert each is manned at (卡点名称｜位置｜启用等级｜管控内容｜执勤单位): controlled.
		expect(tableRows(['序号｜卡点名称｜位置｜启用等级｜管控内容｜执勤单位', '1｜大邑收费站卡点｜成温邛高速公路大邑收费站出口｜三级｜劝返无防滑链车辆｜县公安局交警大队'])).toEqual([null, '管控']);
		expect(isHeaderRow('序号｜名称｜位置｜停车位（个）｜停靠线路｜启用条件')).toBe(true);
		// Pools by the hours each lets children in free (免费时段), how to get there aside (乘车指引).
		expect(tableRows(['序号｜区（市）县｜场馆名称｜免费时段｜每场限额（人）｜乘车指引', '1｜锦江区｜沙河体育公园游泳池｜周二至周五14:00—16:00｜80｜地铁2号线牛市口站'])).toEqual([null, '开放']);
		expect(rowCells(['序号｜区（市）县｜场馆名称｜免费时段｜每场限额（人）｜乘车指引', '1｜锦江区｜沙河体育公园游泳池｜周二至周五14:00—16:00｜80｜地铁2号线牛市口站'])[1]!.aside).toHaveLength(1);
		// …whoever they let in free (学生免费时段); and rinks by their ice and what they offer the young (冰面面积（平方米）, 青少年优惠措施).
		expect(tableRows(['序号｜区（市）县｜场馆名称｜地址｜开放时间｜学生免费时段｜咨询电话', '1｜青羊区｜青羊区全民健身中心游泳馆｜青羊区光华街道光华东三路｜9:00—21:00｜周一至周五14:00—16:00｜028-87300000'])).toEqual([null, '开放']);
		expect(tableRows(['序号｜区（市）县｜场馆名称｜地址｜冰面面积（平方米）｜开放时间｜青少年优惠措施', '1｜锦江区｜锦江体育公园临时冰场｜锦江区锦江体育公园内｜800｜10:00—21:00｜中小学生免费上冰1小时'])).toEqual([null, '开放']);
		// Routes by the days each runs (运营日期), and a line's trains added over a section (区段｜散场时段｜最小行车间隔｜加开列车).
		expect(tableRows(['序号｜线路名称｜运营日期｜起点｜终点｜途经主要道路', '1｜东安湖散场专线1｜10月17日、18日｜东安湖体育公园北广场｜书房站｜车城大道'])).toEqual([null, '开行']);
		expect(tableRows(['序号｜日期｜线路｜区段｜散场时段｜最小行车间隔｜加开列车', '1｜10月17日｜2号线｜龙泉驿站至犀浦站｜22:20至次日0:30｜3分钟｜8列'])).toEqual([null, '加开']);
		// Routes by the facilities built along each (线路名称｜线路走向｜里程（公里）｜主要配套建设内容): built.
		expect(tableRows(['序号｜线路名称｜线路走向｜里程（公里）｜主要配套建设内容', '2｜“猕果飘香”临溪田园线｜寿安街道—西来镇铁牛村—大兴镇九仙村｜46｜滨河绿道8公里、旅游驿站5个'])).toEqual([null, '建设']);
		// …or numbered, by when each opened and the stations it feeds (序号｜线路｜起讫点｜主要途经道路｜接驳轨道站点｜开通时间).
		expect(tableRows(['序号｜线路｜起讫点｜主要途经道路｜接驳轨道站点｜开通时间', '2｜1158路｜龙潭寺地铁站—青龙场｜成华大道｜龙潭寺站｜2025年12月'])).toEqual([null, '开通']);
		const lastTrains = ['线路　起点站　终点站　现行末班　延时后末班', '1号线　韦家碾　科学城　22:50　23:20', '18号线　火车南站　天府机场北　23:30　次日0:30'];
		expect(tableRows(lastTrains)).toEqual([null, '开行', '开行']);
		// …and a mobile library's by its stops (线路｜服务日｜时段｜停靠点｜具体位置).
		expect(tableRows(['线路｜服务日｜时段｜停靠点｜具体位置', '城北线｜周二｜上午｜金牛区营门口街道花照壁社区｜花照壁中横街社区党群服务中心门前'])).toEqual([null, '开行']);
		// …or a table of signed projects by where each is to land (落位区域): each is built there.
		expect(tableRows(['2025年龙泉驿区部分重点签约项目', '序号｜项目名称｜协议投资（亿元）｜落位区域', '2｜氢燃料电池重卡整车生产基地项目｜52｜同安街道'])).toEqual([null, null, '建设']);
		// …or under a title of projects that names no work: they are built.
		expect(tableRows(['附表：2025年成华区生态环境重点项目（部分）', '序号　项目名称　实施地点　计划完成时间', '2　龙潭再生水厂二期　龙潭街道　2025年12月'])).toEqual([null, null, '建设']);
		// …or how far each has got (进展).
		expect(tableRows(['项目名称　起讫点　进展', '地铁18号线三期　天府机场北站—简州新城　开展前期研究'])).toEqual([null, '建设']);
		// A project table's column of what kind of work each row is (性质: 新建, 改扩建).
		expect(tableVerb('序号	项目名称	建设地点	主要建设内容	性质	2025年目标')).toBe('建设');
		// (Routes with their hours alone, no course column, are no table of them.)
		expect(tableVerb('序号　运营时间　票价')).toBeNull();
		// A table of tasks, each with who carries it out and by when: carried out at its row's places.
		const duties = ['2025年重点河段、水库安全度汛责任清单', '序号　河流（水库）　重点部位　责任单位　完成时限', '1　岷江（金马河）　寿安镇至九江街道堤防　温江区、双流区　5月31日'];
		expect(tableRows(duties)).toEqual([null, null, '落实']);
		// A table of targets: each row's place is to reach its figures (a target stated for a place is a commitment).
		const targets = ['表1　2025年、2027年主要目标', '序号 | 指标 | 2024年基数 | 2025年目标 | 2027年目标 | 责任单位', '1 | 大港区进出口总额（亿元） | 820 | 900 | 1100 | 两区商务局'];
		expect(tableRows(targets)).toEqual([null, null, '达到']);
		expect(tableRows(['序号 | 指标 | 2023年 | 2024年', '1 | 大港区进出口总额（亿元） | 760 | 820'])).toEqual([null, null]);
		// …and a plan's, its base year and its target year, each indicator 预期性 or 约束性 (a past year's figures and the next are no targets).
		const indicators = ['表2-1 主要指标', '类别　指标　2020年　2025年　属性', '城市交通　中心城区绿色出行分担率（%）　62　70　约束性'];
		expect(tableRows(indicators)).toEqual([null, null, '达到']);
		// …or an attachment's title, its header's columns the sites and their streets (点位, 所属街道).
		const parking = ['附件：2024年建设路—东郊记忆片区停车设施建设计划表', '序号｜点位｜所属街道｜新增泊位（个）｜完成时限', '1｜东郊记忆南侧临时停车场｜双桥子街道｜180｜2024年10月'];
		expect(tableRows(parking)).toEqual([null, null, '建设']);
		// A list of sites a heading names, a table of them under it.
		const corners = ['二、“金角银边”场景营造点位清单（共22处）', '序号\t区（市）县\t街道（镇）\t点位位置\t类型', '1\t锦江区\t春熙路街道\t红星路三段与大科甲巷交叉口转角\t街角空间', '三、工作要求'];
		expect(tableRows(corners)).toEqual([null, null, '营造', null]);
		// The routes a notice opens, each an item that names its route first: opened so.
		const routes = ['一、新开天府国际机场机场大巴线路', '（一）天府机场—天府广场线（机场大巴6号线）。自天府国际机场T1航站楼出发，经三环路、人民南路，终点停靠天府广场。', '二、温馨提示', '（一）请提前出行。'];
		expect(tableRows(routes)).toEqual([null, '新开', null, null]);
		// …and the shuttles a notice runs, by their group (二、景区直通车 / （一）熊猫基地方向（3条） / 1.宽窄巷子—熊猫基地直通车。…): run.
		expect(tableRows(['二、景区直通车', '（一）熊猫基地方向（3条）', '1.宽窄巷子—熊猫基地直通车。在宽窄巷子旅游集散点发车，途经天府广场、春熙路。', '三、购票方式'])).toEqual([null, null, '开行', null]);
		// …or its number and its ends after a colon, its numbered fields after it (（一）12路：蒲江县客运中心—甘溪镇明月村 / 1.线路走向：… / 2.停靠站点：…).
		const buses = ['一、新开通线路', '（一）12路：蒲江县客运中心—甘溪镇明月村', '1.线路走向：蒲江县客运中心—蒲大路—明月村。', '2.停靠站点：蒲江县客运中心、东岳村、明月村。', '（二）15路：蒲江站—成佳镇同心村', '二、工作要求'];
		expect(tableRows(buses)).toEqual([null, '新开', '新开', '新开', '新开', null]);
		// The areas a plan guards, its items on their own lines or run into the heading's paragraph.
		expect(tableRows(['(一)重点防范区域', '1.龙门山镇、磁峰镇等山区镇；', '(二)重点防范时段'])).toEqual([null, '重点防范', null]);
		expect(tableRows(['(一)重点防范区域。一是龙门山镇、磁峰镇等山区镇；二是湔江沿岸。', '(二)重点防范时段。5月1日至9月30日为主汛期。'])).toEqual(['重点防范', null]);
		// …and items that label their places, then list them, through the heading's own subheadings; not an item that tells its own work.
		const flood = tableRows(['二、重点防范区域', '（一）主要江河', '1.岷江干流及金马河：都江堰市、崇州市、温江区、双流区、新津区沿河段。重点做好紫坪铺水库下泄流量与金马河行洪衔接，加强堤防巡查和河道采砂场、涉河工地人员撤离。', '（二）山洪地质灾害易发区', '1.龙门山沿线：彭州市龙门山镇、磁峰镇，都江堰市龙池镇、青城山镇，崇州市文井江镇、街子镇，大邑县西岭镇、花水湾镇。', '三、避险转移安置']);
		expect([flood[0], flood[2], flood[4], flood[5]]).toEqual([null, '重点防范', '重点防范', null]);
		expect(tableRows(['(一)重点区域。一是龙门山镇、磁峰镇等山区镇。'])).toEqual([null]);
		// A heading of the facilities a plan builds, counted, its places a line each: built there.
		expect(tableRows(['（一）社区养老服务综合体（45个）', '1.锦江区（3个）：书院街街道、牛市口街道、三圣街道。', '2.青羊区（3个）：草市街街道、光华街道。', '（二）老年助餐点'])).toEqual([null, '建设', '建设', null]);
		expect(tableVerb('（一）社区养老服务综合体')).toBeNull();
		// A list of places a notice designates, its items under their districts' names: named as such.
		expect(
			tableRows(['2024年度成都市夜间经济示范街区名单(20个)', '锦江区', '1.春熙路—太古里：全市夜间消费核心区域，首店、旗舰店集聚，上半年夜间客流量超过3100万人次。', '青羊区', '3.宽窄巷子：融合川西民居。', '二、工作要求'])
		).toEqual([null, null, '认定', null, '认定', null]);
		expect(tableRows(['附件：2024年成都市重点商圈和特色商业街区名单', '世界级商圈：春熙路商圈、交子公园商圈'])).toEqual([null, '认定']);
		// …or will make such: its list of blocks to foster.
		expect(tableRows(['附件：2026年成都市夜间经济示范街区培育名单', '1.春熙路步行街夜间消费街区（锦江区）', '2.锦里夜间消费街区（武侯区）'])).toEqual([null, '认定', '认定']);
		// …its kind qualified in brackets (示范村（社区）名单); not a news link that one was chosen (· 三道堰镇入选…重点镇（乡）名录).
		expect(tableRows(['二、示范村（社区）名单', '（一）市级示范村（8个）：甘溪镇明月村、西来镇铁牛村。', '三、重点任务'])).toEqual([null, '认定', null]);
		// (Where a spot is, told as a guide to it, is a column: 位置指引; the row says what is done there: 新增.)
		expect(tableRows(['序号｜公园（绿道）名称｜开放区域｜区域类型｜面积（平方米）｜位置指引｜备注', '3｜北湖生态公园｜二期湖西侧林下空间｜林下休憩区｜4200｜北湖生态公园二期，近西门停车场｜新增'])).toEqual([null, '新增']);
		// Street furniture renewed, road by road (属地街道｜…｜主要更新内容｜实施批次), and signs set at each spot (点位名称｜所在街道｜设置内容｜数量).
		expect(tableRows(['序号｜属地街道｜道路名称｜起止点｜主要更新内容｜实施批次', '2｜春熙路街道｜东大街｜盐市口至东门大桥｜候车亭、护栏、指路标志｜第一批'])).toEqual([null, '更新']);
		expect(tableRows(['序号｜点位名称｜所在街道｜设置内容｜数量', '2｜大慈寺｜春熙路街道｜四语旅游导视牌｜3块'])).toEqual([null, '设置']);
		// Parks open at night, by the gates each opens then (夜间开放出入口), their stations nearby the way there (临近地铁站).
		const atNight = ['序号｜所属区（市）县｜公园名称｜公园地址｜夜间闭园时间｜夜间开放出入口｜临近地铁站', '1｜青羊区｜人民公园｜少城路12号｜23:00｜少城路正门、祠堂街北门｜2号线人民公园站'];
		expect(tableRows(atNight)).toEqual([null, '开放']);
		expect(rowCells(atNight)[1]?.aside.map(([a, b]) => atNight[1].slice(a, b))).toEqual(['2号线人民公园站']);
		// …as is how to get to a planting site (交通指引).
		const planting = ['成都市2026年春季全民义务植树重点点位一览表', '序号｜区（市）县｜点位名称｜活动地点｜点位类型｜活动时间｜主要树种｜交通指引｜联系电话', '2｜龙泉驿区｜洛带镇幼林抚育点｜洛带镇大湾村｜抚育管护｜3月14日—4月18日（每周六）｜香樟、香椿（管护）｜地铁2号线龙泉驿站换乘公交至洛带古镇｜028-84897305'];
		expect(rowCells(planting)[2]?.aside.map(([a, b]) => planting[2].slice(a, b))).toEqual(['地铁2号线龙泉驿站换乘公交至洛带古镇']);
		// Spaces under bridges put to use, by where and to what (利用范围｜利用方向), built as their column says.
		expect(tableRows(['序号｜所在区｜桥梁名称｜利用范围｜利用方向｜面积（平方米）｜主要建设内容｜完成时限', '2｜成华区｜双桥子立交桥｜桥下东侧地块｜运动健身（提升）｜4500｜提升篮球公园场地，增设看台和公共卫生间｜2026年6月'])).toEqual([null, '建设']);
		// …or of homestays rated, who runs each a business's (…等级旅游民宿名单 / …｜经营者).
		expect(tableRows(['蒲江县2025年度等级旅游民宿名单', '序号｜民宿名称｜等级｜所在镇（街道）｜所在村（社区）｜客房数（间）｜经营者', '1｜竹隐·明月山居｜甲级｜甘溪镇｜明月村｜12｜蒲江县竹隐文化旅游有限公司'])).toEqual([null, null, '认定']);
		// …or of compounds (…生活垃圾分类示范小区名单).
		expect(tableRows(['2025年度成都市生活垃圾分类示范小区名单', '序号｜区（市）县｜街道（镇）｜社区（村）｜小区名称', '1｜锦江区｜水井坊街道｜水井坊社区｜望江名门'])).toEqual([null, null, '认定']);
		// …a list of night markets, whatever their rows' notes say (须设置临水安全护栏).
		expect(tableRows(['2025年度成华区特色夜市名单', '序号｜夜市名称｜所在街道｜具体位置｜摊位数（个）｜备注', '1｜猛追湾滨河夜市｜猛追湾街道｜猛追湾街东段滨河广场｜60｜紧邻府河，须设置临水安全护栏', '2｜圣灯公园夜市｜白莲池街道｜民兴路圣灯公园东门外广场｜50｜—'])).toEqual([null, null, '认定', '认定']);
		// …and a list of model spaces (…儿童友好空间名单).
		expect(tableRows(['附件：2024年度市级示范“妇女儿童之家”和儿童友好空间名单', '序号｜区（市）县｜点位名称｜类型', '1｜锦江区｜水井坊街道水井坊社区“妇女儿童之家”｜妇女儿童之家'])).toEqual([null, null, '认定']);
		// …or the part of a notice that lists those it will name (一、拟命名名单), whatever kind its title says they are.
		expect(tableRows(['一、拟命名名单', '序号｜区（市）县｜镇（街道）｜村（社区）｜示范类型', '1｜龙泉驿区｜洛带镇｜保胜村｜农商文旅融合型'])).toEqual([null, null, '认定']);
		// …or those it will support, past a note (一、特色小店拟扶持名单（36家）).
		expect(tableRows(['一、特色小店拟扶持名单（36家）', '本年度特色小店评审重点考察经营特色。', '序号｜店铺名称｜所属街道｜经营地址｜扶持内容', '1｜老玉林嬢嬢冒菜｜玉林街道｜玉林西路55号附8号｜认定奖励1万元'])).toEqual([null, null, null, '认定']);
		// …or those it newly recognises, by a name in quotes or a kind between (一、拟新认定“成都老字号”名单（16个，排名不分先后）, 二、拟认定历史文化街区特色小店名单（24家）),
		// each at its address, the brand no place.
		expect(tableRows(['一、拟新认定“成都老字号”名单（16个，排名不分先后）', '序号｜品牌名称｜申报企业｜创立时间｜所属行业｜经营地址', '1｜荣盛斋｜成都荣盛斋食品有限公司｜1928年｜糕点制售｜青羊区西御街42号'])).toEqual([null, null, '认定']);
		expect(tableRows(['二、拟认定历史文化街区特色小店名单（24家）', '序号｜店铺名称｜所在街区｜经营地址｜主营业态', '1｜竹里茶事｜宽窄巷子｜青羊区宽巷子11号｜川茶'])).toEqual([null, null, '认定']);
		expect(rowCells(['序号｜品牌名称｜申报企业｜创立时间｜所属行业｜经营地址', '1｜荣盛斋｜成都荣盛斋食品有限公司｜1928年｜糕点制售｜青羊区西御街42号'])[1]?.names).toEqual([]);
		// …or those it recognises (一、认定名单).
		expect(tableRows(['一、认定名单', '序号｜工坊名称｜所在区（市）县｜地址｜依托非遗项目（级别）', '1｜蜀锦织造非遗工坊｜青羊区｜青羊区浣花南路268号｜蜀锦织造技艺（国家级）'])).toEqual([null, null, '认定']);
		// …or those it names, in groups with tables of their own (一、命名名单 / （一）…示范街道（镇）（22个） / 序号｜区（市）县｜街道（镇）).
		expect(tableRows(['一、命名名单', '（一）2024年度成都市生活垃圾分类示范街道（镇）（22个）', '序号｜区（市）县｜街道（镇）', '1｜锦江区｜书院街街道'])).toEqual([null, null, null, '认定']);
		expect(tableVerb('· 三道堰镇入选第三批全国乡村旅游重点镇（乡）名录')).toBeNull();
		// …and a heading of the places it names as models, each an item that names its place first, however long.
		expect(tableVerb('一、夜间经济示范街区(15个)')).toBe('认定');
		// …and model scenes counted, their groups and table under them (一、机器人应用示范场景（26个） / （一）公园景区类 / 序号｜场景名称｜场景地点｜所在区（市）县).
		expect(tableRows(['一、机器人应用示范场景（26个）', '（一）公园景区类', '序号｜场景名称｜场景地点｜所在区（市）县', '1｜智能巡检与清扫机器人｜桂溪生态公园｜高新区'])).toEqual([null, null, null, '认定']);
		expect(tableVerb('一、重点街区(15个)')).toBeNull();
		expect(
			tableRows([
				'一、夜间经济示范街区(15个)',
				'1.春熙路步行街(锦江区)。以首店经济、潮流零售和深夜餐饮著称。街区北起总府路，南至东大街，东接红星路步行街，地铁2号线、3号线春熙路站位于街区中部。',
				'2.奎星楼街(青羊区)。以社区小店和特色小吃著称。',
				'二、支持措施'
			])
		).toEqual([null, '认定', '认定', null]);
		// …past a note on how to read it.
		expect(tableRows(['2025年成都市夜间经济示范街区名单（20个）', '（按所在区〔市〕县排序，括号内为街区主要范围）', '1.锦江区　春熙路—太古里夜间经济街区（春熙路、中纱帽街）', '三、工作要求'])).toEqual([null, null, '认定', null]);
		// …a register of shelters too, its items' addresses with them (not its groups' headings by district).
		expect(tableRows(['二、第一批应急避难场所名录', '(一)锦江区(3处)', '1.三圣花乡，地址：三圣街道红砂社区，可容纳9.3万人，Ⅰ级；', '三、管理要求'])).toEqual([null, null, '认定', null]);
		// …or a batch in brackets before its table's 一览表, its scenes and take-off points columns (主要场景, 起降点数量（个）).
		expect(tableRows(['成都市低空经济应用场景试点区域（第一批）一览表', '序号｜所在区（市）县｜试点区域名称｜涉及镇（街道）｜主要场景｜起降点数量（个）', '15｜大邑县、崇州市｜西岭雪山—街子古镇试点区域｜西岭镇、街子镇｜景区物资配送、应急救援｜4'])).toEqual([null, null, '认定']);
		// A list of events, a place's a line: held there.
		expect(tableRows(['附件：2025年春节期间部分区（市）县主要文旅活动一览', '锦江区：三圣花乡梅花节、春熙路新春潮玩季'])).toEqual([null, '举办']);
		// A list of the sites a notice watches over (…重点监管源名单（节选）, …扬尘管控重点工地名单) watches over each, however its columns are named.
		expect(tableRows(['2025年度成都市大气环境重点监管源名单（节选）', '序号｜区（市）县｜单位名称｜所在地址｜行业类别｜监管类型', '2｜彭州市｜四川彭州石化新材料有限公司｜彭州市濛阳街道石化大道｜化学原料制造｜VOCs'])).toEqual([null, null, '监管']);
		expect(tableRows(['2025年度成都市扬尘管控重点工地名单（节选）', '序号｜区（市）县｜项目名称｜建设地点｜工地类型｜行业主管部门', '1｜金牛区｜成都站扩能改造工程｜金牛区二环路北二段成都站｜铁路枢纽｜金牛区交通运输局'])).toEqual([null, null, '管控']);
		// …after 附： too, its table with how to get there aside (交通提示).
		const weekend = ['附：本周末部分文化活动一览表', '序号｜活动名称｜区（市）县｜活动地点｜时间｜交通提示', '2｜“太阳神鸟”冬季研学季｜青羊区｜金沙遗址博物馆｜每周六、周日｜地铁7号线金沙博物馆站'];
		expect(tableRows(weekend)).toEqual([null, null, '举办']);
		expect(rowCells(weekend.slice(1))[1]?.aside.map(([a, b]) => weekend[2].slice(a, b))).toEqual(['地铁7号线金沙博物馆站']);
		// A table of street trees replanted, counted by the tree, on each road's stretch (…｜道路名称｜实施路段｜主要内容｜更新补植（株）｜完成时限).
		expect(tableRows(['2025年中心城区主干道行道树更新和绿化提升任务表', '序号｜所属区域｜道路名称｜实施路段｜主要内容｜更新补植（株）｜完成时限', '1｜锦江区｜东大街｜红星路至东门大桥｜悬铃木老弱株更新、树池改造｜320｜11月30日'])).toEqual([null, null, '补植']);
		// A race's crossings by the hours each is controlled (路口名称｜穿越方式｜管控时段), and compounds' gates closed and opened, their posts kept
		// (…｜小区（院落）｜临时关闭出入口｜临时开放出入口｜值守时间).
		expect(tableRows(['表2　武侯区段赛道横向穿越路口一览表', '序号｜路口名称｜穿越方式｜管控时段', '1｜郭家桥正街与郭家桥南街路口｜行人、非机动车间隙穿越｜7:40—10:50'])).toEqual([null, null, '管控']);
		// …and bus routes changed for an event (线路｜调整时段｜调整方式｜暂停服务站点), shuttles by where they pick up and set down (接驳线路｜上车点｜下车点｜运行时间),
		// and delivery routes by the towns and villages they pass and how often (线路｜起讫点｜途经镇（街道）、村（社区）｜配送频次).
		expect(tableRows(['序号｜线路｜调整时段｜调整方式｜暂停服务站点', '1｜652路｜6:00—10:00｜经南环路、兴乐北路绕行｜桂湖中路站、桂湖东路站'])).toEqual([null, '调整']);
		expect(tableRows(['序号｜接驳线路｜上车点｜下车点｜运行时间｜发车间隔', '1｜钟楼站接驳线｜钟楼站B口｜桂湖公园南门｜5:40—7:00｜约5分钟'])).toEqual([null, '开行']);
		expect(tableRows(['序号｜线路｜起讫点｜途经镇（街道）、村（社区）｜配送频次', '1｜配送1号线｜县级农村物流共同配送中心—铁牛村｜寿安街道、大塘镇西崃村｜每日2班'])).toEqual([null, '配送']);
		// …and a festival's car parks by when they open and what they charge (…｜开放时间｜收费情况), and its shuttles by where they pick up and set
		// down and when they leave (线路名称｜起点（上车点）｜终点（下车点）｜途经主要道路｜发车时间).
		expect(tableRows(['序号｜停车场名称｜位置｜泊位数（个）｜开放时间｜收费情况', '2｜P2东安湖体育公园东侧地面停车场｜湖岸北路与驿马河路交叉口西侧｜600｜每日10:00至次日2:00｜按现行标准收费'])).toEqual([null, '开放']);
		expect(tableRows(['序号｜线路名称｜起点（上车点）｜终点（下车点）｜途经主要道路｜发车时间', '1｜接驳专线1号线｜地铁13号线龙安站B口｜东安湖公园1号入口｜驿都大道、湖岸南路｜12:30—19:00'])).toEqual([null, '开行']);
		// …and canals by the towns they supply and the rounds they run (渠道｜供水镇（街道）｜轮灌片区（村、社区）｜第一轮｜…｜控灌面积（万亩）), reservoirs by
		// the water each lets out (计划放水量（万立方米）｜第一轮放水).
		expect(tableRows(['序号｜渠道｜供水镇（街道）｜轮灌片区（村、社区）｜第一轮｜第二轮｜第三轮｜控灌面积（万亩）', '1｜东干渠｜赵镇街道｜十里社区、三河村｜6月1日—6月10日｜6月25日—7月5日｜7月20日—7月30日｜3.2'])).toEqual([null, '供水']);
		expect(tableRows(['序号｜水库｜受益镇（街道）｜计划放水量（万立方米）｜第一轮放水｜第二轮放水｜第三轮放水｜控灌面积（万亩）', '1｜团结水库｜淮口街道｜320｜6月5日｜6月28日｜7月22日｜1.1'])).toEqual([null, '放水']);
		// …and a works' phases by the stretch each closes (施工阶段｜施工时间｜施工路段｜交通组织方式｜主要绕行道路), the roads round it aside.
		const phases = ['序号｜施工阶段｜施工时间｜施工路段｜交通组织方式｜主要绕行道路', '3｜第三阶段｜2026.5.1—2026.7.31｜工业大道东段（静安路至炬光路）｜全封闭，禁止机动车通行｜南环路、宝光大道、金都街'];
		expect(tableRows(phases)).toEqual([null, '施工']);
		expect(rowCells(phases)[1]?.aside.map(([a, b]) => phases[1].slice(a, b))).toEqual(['南环路、宝光大道、金都街']);
		// …and toll stations by how each is controlled and which take its traffic (收费站名称｜所在地｜管控措施｜管控时间｜可替代收费站).
		expect(tableRows(['序号｜收费站名称｜所在地｜管控措施｜管控时间｜可替代收费站', '3｜石盘收费站｜简阳市｜关闭成都方向入口，其余方向正常通行｜2027年7月10日—2027年12月31日｜龙泉收费站'])).toEqual([null, '管控']);
		// …and berths marked on a road's stretch, by when they come into use, the stretch's ends aside (道路名称｜设置路段｜…｜停放时段｜计划启用时间).
		const berths = ['序号｜所属街道｜道路名称｜设置路段｜泊位数（个）｜停放时段｜计划启用时间', '2｜二仙桥街道｜仙韵一路｜二仙桥公园北门至仙韵二路｜42｜19:00—次日7:30｜2026年5月'];
		expect(tableRows(berths)).toEqual([null, '启用']);
		expect(rowCells(berths)[1]?.aside.map(([a, b]) => berths[1].slice(a, b))).toEqual(['二仙桥公园北门至仙韵二路']);
		// …and what an inspection found and how much of it is put right (…｜主要路段｜检查户数｜发现问题（处）｜已整改（处）｜整改率｜完成时限).
		expect(tableRows(['序号｜街区名称｜所属街道｜主要路段｜检查户数｜发现问题（处）｜已整改（处）｜整改率｜完成时限', '1｜建设路美食街区｜猛追湾街道｜建设巷、建设支巷｜298｜131｜124｜94.7%｜2025年6月30日'])).toEqual([null, '整改']);
		// …and a rate of reach by its minutes and its unit (15分钟可达率（%）) is a column.
		expect(isHeaderRow('序号｜街道｜社区卫生服务站（个）｜家庭医生服务点（个）｜15分钟可达率（%）')).toBe(true);
		// …and households moved by how and where each is resettled (户主｜家庭人口（人）｜原房屋面积（平方米）｜安置方式｜安置地点｜进展), and the points
		// where points are exchanged, by when (兑换点地址｜兑换时间).
		expect(tableRows(['序号｜村（社区）｜村民小组｜户主｜家庭人口（人）｜原房屋面积（平方米）｜安置方式｜安置地点｜进展', '1｜临溪社区｜5组｜王某某｜4｜186｜集中安置｜临溪社区桂花苑｜已入住'])).toEqual([null, '安置']);
		expect(tableRows(['序号｜街道｜社区｜兑换点地址｜兑换时间', '1｜猛追湾街道｜望平社区｜香香巷21号｜每月第一个周六9:00—12:00'])).toEqual([null, '设置']);
		// …and the money each street's projects are given, whatever else the table counts (…｜票决项目数（个）｜安排资金（万元）｜平均参与率).
		expect(tableRows(['序号｜街道｜社区数（个）｜票决项目数（个）｜安排资金（万元）｜平均参与率', '1｜玉林街道｜8｜36｜452｜51.6%'])).toEqual([null, '安排']);
		// …and stretches of road where parking is limited by the hours (序号｜所在区｜路段｜泊位数（个）｜类别｜限时时段｜服务对象).
		expect(tableRows(['学校医院周边限时停车路段一览表', '序号｜所在区｜路段｜泊位数（个）｜类别｜限时时段｜服务对象', '3｜青羊区｜文庙西街｜24｜上下学接送｜工作日7:10至8:40｜成都市石室中学文庙校区'])).toEqual([null, null, '限时']);
		expect(tableRows(['表4　赛道沿线小区（院落）出入口临时调整表', '序号｜所属社区｜小区（院落）｜临时关闭出入口｜临时开放出入口｜值守时间', '1｜郭家桥社区｜郭家桥北街6号院｜东侧大门｜北侧小门｜6:00—11:00'])).toEqual([null, null, '值守']);
		// A table of themed bus lines by the spots each passes (…｜线路名称｜起讫站点｜途经赏秋点位｜运营时间).
		expect(tableRows(['附件1：2025年秋季赏秋主题公交线路一览表', '序号｜线路名称｜起讫站点｜途经赏秋点位｜运营时间', '1｜赏秋1线｜新南门—塔子山公园｜合江亭、九眼桥、望江楼公园｜周末及节假日8:30—18:00'])).toEqual([null, null, '开行']);
		// A table of exhibitions by the venue that holds each (序号｜举办场馆｜展览名称｜展览地点｜展期).
		expect(tableRows(['2025年国庆节、中秋节假期部分主题展览一览表', '序号｜举办场馆｜展览名称｜展览地点｜展期', '1｜成都博物馆｜花重锦官城——成都历史文化陈列｜成都博物馆二、三楼｜常设'])).toEqual([null, null, '举办']);
		// Greenway stations leased out, by the lease's term (租赁期限), or opened as planned (计划开放时间).
		expect(tableRows(['序号｜驿站名称｜所在绿道及位置｜所在区（市）县｜建筑面积（平方米）｜租赁期限｜成交年租金（万元）｜引入业态', '1｜锦城湖驿站｜锦城绿道锦城湖公园3号湖区｜高新区｜620｜5年｜86.4｜户外运动+轻餐饮'])).toEqual([null, '租赁']);
		expect(tableRows(['序号｜驿站名称｜所在绿道｜具体位置｜所在区（市）县｜计划开放时间', '1｜东安湖驿站｜东安湖绿道｜东安湖公园北岸｜龙泉驿区｜2025年10月'])).toEqual([null, '开放']);
		// Night routes changed, by their ends before and after (调整前起讫点｜调整后起讫点), the old ends where service changes too (annotators 4:2); and their
		// stops, the lines to change to aside (换乘提示).
		const changed = ['序号｜线路｜调整前起讫点｜调整后起讫点｜新增站点｜取消站点', '1｜夜间6路｜火车北站—牛市口｜火车北站—成都东客站西广场｜东大路中段、塔子山公园｜无'];
		expect(tableRows(changed)).toEqual([null, '调整']);
		expect(rowCells(changed)[1]?.aside).toEqual([]);
		expect(rowCells(changed)[1]?.where.map(([a, b]) => changed[1].slice(a, b))).toEqual(['火车北站—牛市口', '火车北站—成都东客站西广场']);
		const stops = ['序号｜线路｜站点名称｜所属区域｜换乘提示', '1｜夜间31路｜天府五街｜高新区｜地铁1号线'];
		expect(rowCells(stops)[1]?.aside.map(([a, b]) => stops[1].slice(a, b))).toEqual(['地铁1号线']);
		// Service stations by whom they serve, who to call a column (联系人及电话).
		expect(tableRows(['序号｜服务站名称｜所在地｜服务范围｜主要服务内容｜联系人及电话', '1｜王泗综合农事服务中心｜王泗镇静林村｜王泗镇全域｜工厂化育秧、机插｜刘同志 13708186624'])).toEqual([null, '服务']);
		// Health checks by when each centre gives them (体检时间), or where a round of them stops (巡回体检点).
		expect(tableRows(['表1　温江区2025年老年人免费健康体检服务机构一览表', '序号｜体检机构｜地址｜体检时间｜预约电话', '2｜公平街道社区卫生服务中心｜公平街道南熏大道三段88号｜4月7日—9月30日（周一至周六）｜028-82721302'])).toEqual([null, null, '体检']);
		expect(tableRows(['表2　2025年老年人健康体检进村（社区）巡回安排表', '序号｜日期｜巡回体检点｜服务范围｜实施机构', '2｜4月22日—4月25日｜寿安镇陈家桅杆社区便民服务站｜陈家桅杆社区｜寿安镇卫生院'])).toEqual([null, null, '体检']);
		// A mobile service's stops by the villages it stops at (停靠村（社区）), and its doctors' by where they see people free (义诊站点).
		expect(tableRows(['表2　2号流动服务车每周停靠安排表（大塘镇、朝阳湖镇、甘溪镇、成佳镇）', '序号｜周次｜服务日｜时段｜镇（街道）｜停靠村（社区）｜停靠位置', '2｜单周｜周一｜下午｜大塘镇｜石象村｜村文化广场'])).toEqual([null, null, '停靠']);
		const doctors = ['表3　2026年第二季度流动服务车随车义诊站点表', '序号｜日期｜随车医院｜义诊站点｜服务内容', '3｜4月15日｜蒲江县中医医院｜大兴镇陈坝村、甘溪镇箭塔村｜中医体质辨识、针灸理疗体验'];
		expect(tableRows(doctors)).toEqual([null, null, '义诊']);
		expect(rowCells(doctors)[2]?.aside.map(([a, b]) => doctors[2].slice(a, b))).toEqual(['蒲江县中医医院']);
		// Scenic areas closed by a storm, by when each closed, its cause and what is done about it aside (主要原因及处置情况), and those open again (恢复开放时间).
		const closedSpots = ['表1 仍临时关闭景区一览表（截至7月21日12时）', '序号｜区（市）县｜景区名称｜所在镇（街道）｜关闭时间｜主要原因及处置情况', '2｜都江堰市｜虹口景区｜龙池镇｜7月18日14时｜白沙河水位超警戒，漂流项目停运'];
		expect(tableRows(closedSpots)).toEqual([null, null, '关闭']);
		expect(rowCells(closedSpots)[2]?.aside.map(([a, b]) => closedSpots[2].slice(a, b))).toEqual(['白沙河水位超警戒，漂流项目停运']);
		expect(tableRows(['表2 已恢复开放景区一览表（截至7月21日12时）', '序号｜区（市）县｜景区名称｜所在镇（街道）｜恢复开放时间｜备注', '2｜都江堰市｜青城前山景区｜青城山镇｜7月20日8时｜—'])).toEqual([null, null, '恢复开放']);
		// Sports grounds by when each opens, what each has a column (主要设施).
		expect(tableRows(['表1：成华区2025年新建（改造提升）社区运动场点位一览表', '序号｜场地名称｜所在街道｜具体位置｜主要设施｜开放时间', '1｜华盛路东侧运动场｜龙潭街道｜华盛路东侧闲置地块｜三人制篮球场1片、五人制足球场1片｜6:30—22:00'])).toEqual([null, null, '开放']);
		// Water cut by when, the roads and compounds it touches each a column (涉及道路｜涉及小区（单位）).
		expect(tableRows(['停水区域明细表', '序号｜区（市）县｜街道｜涉及道路｜涉及小区（单位）｜停水时间', '2｜成华区｜府青路街道｜府青路三段｜昭觉花园、理工东苑｜11月18日22:00—11月19日12:00'])).toEqual([null, null, '停水']);
		// …or by the stretches of road it touches and their compounds (停水路段｜涉及院落及单位).
		expect(tableRows(['2025年12月上旬计划停水区域一览表', '序号｜所属区｜街道｜停水路段｜涉及院落及单位｜停水时间｜施工内容', '2｜金牛区｜西安路街道｜槐树街、西青路、实业街｜西青路58号院、实业街5号院｜12月4日22:00—12月5日10:00｜DN300管道更新'])).toEqual([null, null, '停水']);
		// Settlements a county builds by their name, what the name names in brackets however long (集中居住区（安置点）名称); greenway
		// stations by what they serve (主要服务功能).
		expect(tableRows(['大邑县2025—2026年农村集中居住区建设任务表', '序号｜镇（街道）｜村（社区）｜集中居住区（安置点）名称｜选址位置｜建设方式｜规划户数（户）｜完成时限', '1｜王泗镇｜庆余村｜庆余新居｜庆余村3组、5组｜统规统建｜160｜2025年12月'])).toEqual([null, null, '建设']);
		expect(isHeaderRow('序号｜驿站名称｜等级｜所在绿道｜位置｜主要服务功能')).toBe(true);
		// Canteens by when each opened, their seats a column (餐位数).
		expect(tableRows(['金堂县已建成长者食堂（社区食堂）一览表（截至2025年11月30日）', '序号｜镇（街道）｜社区（村）｜食堂名称｜地址｜餐位数｜开业时间', '1｜赵镇街道｜梅林社区｜梅林社区长者食堂｜北滨路128号｜80｜2024年6月'])).toEqual([null, null, '开业']);
		// Clinics by when each opens (开诊时间), as a notice of winter fever clinics lists them.
		expect(tableRows(['序号｜区域｜医疗机构名称｜门诊类型｜地址｜开诊时间', '1｜锦江区｜成都市第二人民医院｜发热门诊、呼吸门诊｜锦江区庆云南街10号｜24小时'])).toEqual([null, '开诊']);
		// …and plots of green offered for adoption, by how and for how long (认养方式｜认养期限).
		expect(tableRows(['序号｜区（市）县｜绿地名称｜具体位置｜面积（平方米）｜认养方式｜认养期限', '2｜锦江区｜锦江公园合江亭滨河绿地｜合江亭至九眼桥段南岸｜3600｜资金认养、劳务认养｜3年'])).toEqual([null, '认养']);
		// …and a games' events by where each is played (比赛地点), or its stages by their main venue (主会场).
		expect(tableRows(['序号｜项目｜组别｜比赛时间｜比赛地点｜承办单位', '2｜篮球（男子、女子）｜竞技项目组｜5月9日至5月31日｜城北体育馆｜区篮球协会'])).toEqual([null, '举办']);
		expect(tableRows(['序号｜街道｜主要项目｜时间｜主会场', '1｜西华街道｜广场舞、跳绳｜4月26日｜交大路社区文化广场'])).toEqual([null, '举办']);
		// A table of the sites inspected, by when each was (…｜学校名称｜所属街道｜检查日期｜评定结果｜主要问题｜整改情况).
		expect(tableRows(['表2  部分中小学校、幼儿园食堂检查结果一览表', '序号｜学校名称｜所属街道｜检查日期｜评定结果｜主要问题｜整改情况', '1｜成都市玉林中学｜玉林街道｜9月2日｜良好｜无｜—'])).toEqual([null, null, '检查']);
		// …or by when each is to be (检查时段), who inspects a column (责任安检队).
		expect(tableRows(['一、居民小区（院落）', '序号｜街道｜社区｜检查小区（院落）｜户数｜检查时段｜责任安检队', '1｜猛追湾街道｜望平社区｜望平小区、滨江东路宿舍｜860｜12月1日—12月4日｜第一队'])).toEqual([null, null, '检查']);
		// …or by its title, dates or not (…重点检查情况一览表), whom each serves a column (主要供餐对象).
		expect(tableRows(['2025年中央厨房和集体用餐配送单位重点检查情况一览表', '序号｜单位类型｜所在街道（镇）｜经营地址｜主要供餐对象｜发现问题（条）｜整改情况', '1｜中央厨房｜郫筒街道｜望丛中路｜中小学校｜9｜已整改'])).toEqual([null, null, '检查']);
		// A table of the compounds a cut in supply touches, by when (…｜小区（单位）名称｜停水日期｜预计户数).
		expect(tableRows(['2026年4月计划停水涉及小区（单位）一览表', '序号｜所属区｜街道｜小区（单位）名称｜停水日期｜预计户数', '1｜锦江区｜合江亭街道｜水井坊小区｜4月15日至16日｜1260'])).toEqual([null, null, '停水']);
		// …of gas too, with when it comes back (停气时间｜预计恢复供气时间); and a works' stretches by how traffic is organised (交通组织措施).
		expect(tableRows(['表2　临时停气小区（院落）一览表', '序号｜街道｜社区｜小区（院落）名称｜停气时间｜预计恢复供气时间｜涉及户数', '1｜府青路街道｜新鸿社区｜新鸿小区｜10月20日8:00—20:00｜10月20日22:00前｜860'])).toEqual([null, null, '停气']);
		expect(isHeaderRow('序号｜道路名称｜施工范围｜计划施工时间｜交通组织措施')).toBe(true);
		// A plan's schedule of water let out, by its title (…春灌放水计划安排表), and the posts kept on the canals by the hours (…｜值守点位｜…｜值守时段｜值守人数).
		expect(tableRows(['2026年金堂县春灌放水计划安排表', '序号｜灌片｜水源工程｜开闸（开机）时间｜受益镇（街道）及重点村（社区）｜计划供水量（万立方米）', '1｜东风渠北干渠灌片｜东风渠北干渠｜4月8日｜赵镇街道（三合社区、石槽堰社区）｜860'])).toEqual([null, null, '放水']);
		expect(tableRows(['2026年金堂县春灌重点渠段值守点位表', '序号｜镇（街道）｜村（社区）｜值守点位｜所在渠系（水源）｜值守时段｜值守人数', '1｜官仓街道｜双堰社区｜3号分水闸｜东风渠北干渠｜4月8日至5月31日｜3'])).toEqual([null, null, '值守']);
		// A task table by the work its title names (…示范片建设任务表), on the line after its 附件.
		expect(tableRows(['附件1', '2026年大邑县粮油生产示范片建设任务表', '序号｜镇（街道）｜示范片类型｜涉及村｜主要作物及模式｜核心区面积（亩）｜辐射面积（亩）', '1｜安仁镇｜水稻绿色高产高效示范片｜金星村、香林村｜水稻—油菜轮作｜3500｜8000'])).toEqual([null, null, null, '建设']);
		// Works by their kind and where each is done (工程类别｜主要建设内容｜实施位置): built there.
		expect(tableRows(['序号｜工程类别｜主要建设内容｜实施位置', '1｜风貌修复｜建筑立面整治86栋｜正街、河街'])).toEqual([null, '建设']);
		// Flood-supply depots by what each stocks (主要储备物资), who keeps it a column (保管责任人).
		expect(tableRows(['序号｜储备点名称｜所在镇（街道）｜详细地址｜主要储备物资｜管理单位｜保管责任人｜联系电话', '1｜区防汛物资一号库｜郫筒街道｜望丛东路166号｜编织袋5万条、救生衣1200件｜区应急管理局｜李强｜028-87000000'])).toEqual([null, '储备']);
		// …and a town's duty posts by where each is kept, its first in charge and what it guards against (值班地点｜值班电话｜第一责任人｜主要防范对象).
		expect(tableRows(['社区（村）｜值班地点｜值班电话｜第一责任人｜主要防范对象', '金凤社区｜金凤社区党群服务中心｜028-84981318｜张丽萍｜沿江路低洼院落、取水口'])).toEqual([null, '值班']);
		// (A post's phone on duty is a column too: 驻点位置｜服务范围｜值守电话, whose posts serve where they say.)
		expect(tableRows(['序号｜驻点位置｜服务范围｜值守电话', '1｜晋原街道顺兴路营业厅内｜晋原街道、青霞街道、王泗镇｜028-88223119'])).toEqual([null, '服务']);
		// How a festival's special lines run, by its title (桃花节旅游专线运行安排 / 序号｜线路名称｜起讫点｜途经站点｜运行时间｜发车间隔).
		expect(tableRows(['桃花节旅游专线运行安排', '序号｜线路名称｜起讫点｜途经站点｜运行时间｜发车间隔', '1｜桃花专线1号线｜地铁4号线西河站—洛带古镇｜成洛大道、洛带古镇北停车场｜每日8:30—18:30｜15分钟'])).toEqual([null, null, '开行']);
		// A table of sites by the district each belongs to (…｜项目名称｜建设地点｜属地｜管控要求).
		expect(tableRows(['附件1', '2025—2026年秋冬季重点管控施工工地清单', '序号｜项目名称｜建设地点｜属地｜管控要求', '1｜成都地铁13号线二期工程｜龙安站至简州新城沿线车站及区间施工场地｜龙泉驿区、东部新区｜驻场监管'])).toEqual([null, null, null, '管控']);
		// A numbered table's title of a batch's list that names no work (表1 第二批低空经济试点区域名单): designated, as an unnumbered one is.
		expect(tableRows(['表1 第二批低空经济试点区域名单', '序号｜试点区域名称｜所在区（市）县｜主要场景｜起降点数量（个）', '1｜兴隆湖—鹿溪智谷低空物流试点区｜天府新区直管区｜外卖配送、快递末端配送｜8'])).toEqual([null, null, '认定']);
		// A table of waters where fishing is banned, by the ban's extent and reason (…｜水域名称｜所在镇（街道）｜禁钓范围｜禁钓原因).
		expect(tableRows(['金堂县天然水域禁钓区范围表', '序号｜水域名称｜所在镇（街道）｜禁钓范围｜禁钓原因', '1｜北河｜官仓街道｜官仓段取水口上游1000米至下游100米｜饮用水水源一级保护区'])).toEqual([null, null, '禁钓']);
		// Contaminated plots by the measures each is to take (拟采取措施), their bounds (四至范围), area and pollutants columns; and those
		// cleaned up and taken off the list, by what each is for after (后续规划用途).
		expect(tableRows(['序号｜地块名称｜所在区（市）县｜地址｜四至范围｜地块面积（㎡）｜主要污染物｜拟采取措施｜进展情况', '1｜原成都蜀川化工厂地块｜成华区｜成华区二仙桥街道二仙桥东三路｜东至二仙桥东三路，北至规划道路｜42316.5｜苯、氯苯｜异位热脱附＋原位化学氧化｜完成风险评估'])).toEqual([null, '落实']);
		expect(tableRows(['序号｜地块名称｜所在区（市）县｜地址｜地块面积（㎡）｜主要污染物｜完成情况｜后续规划用途', '1｜原成都东郊热电厂地块｜成华区｜成华区双桥子街道建设南路｜61450.0｜多环芳烃｜2025年6月完成治理修复并通过效果评估｜公园绿地'])).toEqual([null, '建设']);
		// …and the areas where large dogs are limited, by district (序号｜区（市）县｜限养区范围).
		expect(tableRows(['其他区（市）县限养区范围一览表', '序号｜区（市）县｜限养区范围', '1｜龙泉驿区｜龙泉街道、大面街道行政区域'])).toEqual([null, null, '限养']);
		// A table of the land an expropriation takes, by village or by plot (表1　拟征收土地面积汇总表; …拟征收土地情况表): taken there.
		expect(tableRows(['表1　拟征收土地面积汇总表', '序号｜镇（街道）｜村（社区）｜涉及村民小组｜面积（公顷）｜折合（亩）', '1｜唐昌镇｜战旗村｜3组、5组、6组｜5.9612｜89.42'])).toEqual([null, null, '征收']);
		expect(tableRows(['唐安路建设工程拟征收土地情况表', '序号｜地块编号｜镇（街道）｜村｜组｜地类｜面积（公顷）', '1｜TA-01｜唐昌镇｜战旗村｜3组｜耕地｜1.8634'])).toEqual([null, null, '征收']);
		// A table of a line's stations, by its title (表1　17号线二期车站一览表): each a station the line sets, the lines it changes to aside.
		expect(tableRows(['表1　17号线二期车站一览表', '序号｜车站名称｜所在区｜换乘线路｜车站位置', '1｜阳公桥｜武侯区｜—｜晋阳路与永康路交叉口'])).toEqual([null, null, '设站']);
		// A table of stretches whose work its title names (…家具清洗维护路段表), each by its name and its ends, the ends aside (路段名称｜起止点).
		const cleaned = ['2026年春节前重点街道家具清洗维护路段表', '序号｜责任单位｜路段名称｜起止点｜长度（公里）｜主要内容', '1｜锦江区｜东大街｜东门大桥—盐市口｜1.9｜候车亭、护栏清洗'];
		expect(tableRows(cleaned)).toEqual([null, null, '清洗']);
		expect(rowCells(cleaned.slice(1))[1]?.aside.map(([a, b]) => cleaned[2].slice(a, b))).toEqual(['东门大桥—盐市口']);
		// …or by their names (…车站名称表), the exits each opens first counted (所在行政区｜…｜首批开通出入口（个）).
		expect(tableRows(['表1　轨道交通13号线一期工程车站名称表', '序号｜车站名称｜所在行政区｜车站位置｜换乘线路｜首批开通出入口（个）', '11｜华西坝｜武侯区｜人民南路三段与国学巷交叉口｜1号线｜3'])).toEqual([null, null, '设站']);
		// …and so do a bus route's stops, by theirs (K12路站点及换乘信息一览表), the rail lines to change to aside (可换乘轨道交通).
		const routeStops = ['K12路站点及换乘信息一览表', '序号｜站点名称｜所在区域｜可换乘轨道交通｜备注', '1｜地铁龙潭寺站｜成华区龙潭街道｜地铁8号线｜起点站'];
		expect(tableRows(routeStops)).toEqual([null, null, '设站']);
		expect(rowCells(routeStops.slice(1))[1]?.aside.map(([a, b]) => routeStops[2].slice(a, b))).toEqual(['地铁8号线']);
		// …by its stations' details (…车站信息一览表), the exits each opens first a column (首批开通出入口数).
		expect(tableRows(['附件1：成都轨道交通13号线一期工程车站信息一览表', '序号｜车站名称｜所在区｜换乘线路｜首批开通出入口数', '3｜培风｜武侯区｜9号线｜3'])).toEqual([null, null, '设站']);
		expect(isHeaderRow('序号｜车站名称｜所在区｜换乘线路｜首批开通出入口数')).toBe(true);
		// …or of its stations where it meets others (13号线一期换乘站一览表).
		expect(tableRows(['13号线一期换乘站一览表', '序号｜换乘站｜换乘线路｜换乘方式', '3｜青羊宫站｜5号线｜节点换乘'])).toEqual([null, null, '设站']);
		expect(tableVerb('二、车站一览表')).toBeNull();
		// A table by village of the work its title names, its towns' subtotals between them (…｜其中：新建（亩）｜… / 小计｜｜｜7200｜…).
		const farmland = ['大邑县2025年度高标准农田建设项目区分布表', '序号｜镇（街道）｜村（社区）｜建设面积（亩）｜其中：新建（亩）｜其中：改造提升（亩）｜受益农户（户）', '1｜王泗镇｜黄土村｜1650｜1650｜0｜612', '小计｜｜｜7200｜7200｜0｜2634', '6｜新场镇｜宏福村｜1720｜1720｜0｜598', '合计｜｜｜37000｜25000｜12000｜13120', '二、保障措施'];
		expect(tableRows(farmland)).toEqual([null, null, '建设', null, '建设', null, null]);
		// A table of projects by where each is built, who assesses its impact aside (…｜建设地点｜建设单位｜环境影响评价机构｜建设性质).
		expect(tableRows(['序号｜项目名称｜建设地点｜建设单位｜环境影响评价机构｜建设性质', '1｜成都彭州濛阳220千伏输变电工程｜彭州市濛阳街道、致和街道｜国网四川省电力公司成都供电公司｜四川省核工业辐射测试防护院｜新建'])).toEqual([null, '建设']);
		// A numbered table of how far the work its title names has got, by place (表1　…增设电梯推进情况): done there, reported row by row.
		expect(tableRows(['表1　2025年成华区各街道既有住宅增设电梯推进情况', '序号｜街道｜年度目标（台）｜新开工（台）｜完工（台）｜投入使用（台）｜完成率', '1｜猛追湾街道｜32｜41｜36｜34｜112.5%'])).toEqual([null, null, '增设']);
		// Not a list of where to ask (各街道助餐服务咨询点一览表 / 序号｜街道｜咨询地点｜地址｜咨询电话).
		expect(tableRows(['各街道助餐服务咨询点一览表', '序号｜街道｜咨询地点｜地址｜咨询电话', '1｜浆洗街街道｜街道便民服务中心｜洗面桥巷25号｜028-85562301'])).toEqual([null, null, null]);
		// A schedule's title gives the work whose hours it lists (…亮灯时间安排表), whatever columns its header has; not hours no work keeps.
		expect(tableRows(['重点区域景观照明亮灯时间安排表', '序号｜区域或点位｜所在区｜常态模式｜节假日模式｜灯光秀', '1｜东门码头—东门大桥｜锦江区｜周五至周日19:00—22:30｜每日19:00—23:00｜无'])).toEqual([null, null, '亮灯']);
		expect(tableVerb('各窗口工作时间安排表')).toBeNull();
		expect(tableVerb('附件2　各公园开放时间表')).toBe('开放');
		// A table of roads resurfaced by name and stretch, and how each is kept (…｜道路名称｜施工路段（起止点）｜…｜管养类别), is a table.
		expect(isHeaderRow('序号｜所属区域｜道路名称｜施工路段（起止点）｜主要内容｜面积（万平方米）｜计划工期｜管养类别')).toBe(true);
		expect(tableVerb('春节期间文旅活动丰富多彩')).toBeNull();
		// …or a date's, the list announced before a colon.
		expect(tableRows(['暑期部分活动一览：', '7月26日　夏日骑行嘉年华　锦城绿道江家艺苑段', '8月2日—3日　星空露营节　桃花故里、三岔湖', '（记者 王某）'])).toEqual([null, '举办', '举办', null]);
		// …but not the first title of a list of attachments: the next line is the next attachment.
		expect(tableRows(['附件：1.2025年暑期文化旅游重点活动安排表', '2.都江堰市、彭州市、大邑县暑期文旅精品线路'])).toEqual([null, null]);
		expect(tableRows(['附件：1.2025年暑期文化旅游重点活动安排表', '都江堰市：灌县古城夜游、青城山避暑季'])).toEqual([null, '举办']);
		// A table of what is built, by the name of each site.
		const parks = ['2024年成都市口袋公园和社区绿地建设清单（第一批）', '序号 区（市）县 街道（镇） 点位名称 建设类型 面积（平方米） 完成时限', '1 锦江区 书院街街道 东糠市街口袋公园 新建 1200 2024年9月底'];
		expect(tableRows(parks)).toEqual([null, null, '建设']);
		// A table of what is fixed where, its rows grouped by basin: fixed so.
		const outfalls = ['序号 所在河流 区（市）县 排口位置 存在问题 整治措施 完成时限', '一、锦江流域', '1 府河 金牛区 天回镇街道北星大道左岸雨水排口 晴天有污水流出 实施雨污分流改造 2024年12月31日'];
		expect(tableVerb(outfalls[0])).toBe('整治');
		expect(tableRows(outfalls)).toEqual([null, null, '整治']);
		// A list of the venues a notice opens, each a numbered row between bars, under its parts' headings.
		const venues = ['二、开放场馆名单', '（一）中心城区', '1. 成都市体育中心｜青羊区顺城大街2号｜室外田径场每日6:30—8:30、19:00—21:30免费开放；游泳馆低收费，成人15元/场', '2. 成都城北体育馆｜金牛区赛云台北路｜羽毛球馆工作日12:00—14:00免费，其余时段每小时20元', '三、开放要求'];
		expect(tableRows(venues)).toEqual([null, null, '开放', '开放', null]);
		// …or a tender's lots by their ends, its rows between bars as its header is; a numbered field after them is no row.
		const lots = ['标段｜建设内容｜起点｜终点｜长度（km）｜最高投标限价（万元）', '第1标段｜驿马河生态绿道（北段）｜北泉路｜龙泉大道｜2.9｜4826.37', '2.8 招标范围：施工图设计范围内的道路、桥梁、绿道。'];
		expect(tableRows(lots)).toEqual([null, '建设', null]);
		// …each lot's work and extent in one column, its price and term beside it.
		expect(tableRows(['标段｜标段名称｜建设内容及范围｜招标控制价（万元）｜计划工期', '第一标段｜江安河生态绿道（三期）一标段｜南熏大道至芙蓉大道段，位于天府街道，新建绿道约6.9公里｜4680｜360日历天'])).toEqual([null, '建设']);
		// …or whose measures name no work: each row says its own, else they are carried out.
		const spots = ['附件：2025年中心城区重点积水点位清单', '序号　所在区　积水点位　主要措施', '1　锦江区　红星路下穿隧道　汛前清掏、配置移动泵车1台'];
		expect(tableRows(spots)).toEqual([null, null, '落实']);
		// …or set up, as a festival's decorations are (序号｜点位｜所在区｜布置内容｜完成时间).
		expect(tableRows(['序号｜点位｜所在区｜布置内容｜完成时间', '6｜天府艺术公园｜金牛区｜主题灯组｜1月18日'])).toEqual([null, '布置']);
		// …or put right by a deadline (序号｜区（市）县｜场所名称｜主要问题｜整改要求｜整改期限), what was found aside.
		expect(tableRows(['序号｜区（市）县｜场所名称｜主要问题｜整改要求｜整改期限', '1｜锦江区｜东光街道东光小区｜制动器磨损｜立即停用，更换制动器部件｜2024年12月20日'])).toEqual([null, '整改']);
		// A rating's list of projects by their scores ranks them, no work, whatever its title calls them; those it finds wanting are put right.
		const rated = ['表1　2025年度住宅物业服务项目考评优秀项目名单（部分）', '序号｜所属街道｜项目名称｜项目地址｜物业服务企业｜考评得分', '1｜玉林街道｜玉林芳邻小区｜玉林北路18号｜四川蜀信物业服务有限公司｜96.2'];
		expect(tableRows(rated)).toEqual([null, null, null]);
		const wanting = ['表4　2025年度住宅物业服务项目考评不合格项目整改清单', '序号｜所属街道（社区）｜项目名称｜项目地址｜物业服务企业｜考评得分｜主要问题｜整改时限', '1｜簇桥街道（高碑社区）｜高碑新居｜高碑路28号｜成都宏达物业服务有限公司｜66.4｜消防通道被占用｜2026年4月30日'];
		expect(tableRows(wanting)).toEqual([null, null, '整改']);
		// …as do protective ones, each dangerous water's hazards no work of its own (序号｜危险水域｜所在镇（街道）｜主要危险因素｜防护措施).
		const waters = ['序号｜危险水域｜所在镇（街道）｜主要危险因素｜防护措施', '6｜柏条河天马镇段｜天马镇｜渠道深、流速快，上游水库泄水时水位陡涨｜警示牌15块，每日巡查'];
		expect(tableRows(waters)).toEqual([null, '落实']);
		// …and lifts fitted to old homes by their compounds' addresses (序号｜街道｜社区｜项目地址（小区名称）｜楼栋单元｜拟增设台数｜住宅层数), a note
		// between their part's heading and the header, or subsidised once fitted (…｜台数｜使用登记日期｜补助金额（万元）).
		const lifts = ['一、联合审查通过项目', '本批次共有24个单元通过联合审查，拟增设电梯24台。', '序号｜街道｜社区｜项目地址（小区名称）｜楼栋单元｜拟增设台数｜住宅层数', '1｜猛追湾街道｜望平社区｜望平街80号院｜1栋2单元｜1｜7'];
		expect(tableRows(lifts)).toEqual([null, null, null, '增设']);
		expect(tableRows(['序号｜街道｜社区｜项目地址（小区名称）｜楼栋单元｜台数｜使用登记日期｜补助金额（万元）', '1｜猛追湾街道｜猛追湾社区｜东风路北一巷6号院｜1栋1单元｜1｜2024-06-18｜20'])).toEqual([null, '补助']);
		// …and speed cameras and the stretches timed between two (…｜设备位置｜监测方向｜限速值（公里/小时）｜…; …｜区间起点｜区间终点｜长度（公里）｜方向｜…), past a note.
		const cameras = ['三、新增固定式测速点位', '本次新增固定式测速点位20处，具体如下：', '序号｜道路名称｜设备位置｜监测方向｜限速值（公里/小时）｜所在区（市）县', '5｜三环路｜羊犀立交东侧约300米｜外侧主道｜80｜金牛区'];
		expect(tableRows(cameras)).toEqual([null, null, null, '新增']);
		const timed = ['四、新增区间测速路段', '本次新增区间测速路段10段。', '序号｜道路名称｜区间起点｜区间终点｜长度（公里）｜方向｜限速值（公里/小时）｜所在区（市）县', '3｜三环路｜川陕立交｜成渝立交｜7.4｜内侧主道｜80｜成华区'];
		expect(tableRows(timed)).toEqual([null, null, null, '新增']);
		// …and bridges by the works on each and how traffic is controlled (序号｜桥梁名称｜所在位置｜主要作业内容｜管制方式｜管制时间), as the part's heading names.
		const bridges = ['一、施工桥梁及交通管制安排', '序号｜桥梁名称｜所在位置｜主要作业内容｜管制方式｜管制时间', '5｜羊犀立交桥｜三环路与蜀西路交会处｜定期检测｜占用1个车道｜11月5日至11月8日'];
		expect(tableRows(bridges)).toEqual([null, null, '施工']);
		// …and roads resurfaced by the stretch works take (序号｜道路名称｜施工范围｜长度（米）｜所属街道｜计划工期), under a group that names no work.
		const roads = ['（二）沥青路面铣刨重铺道路（11条）', '序号｜道路名称｜施工范围｜长度（米）｜所属街道｜计划工期', '7｜蜀汉路｜二环路西二段至一品天下大街｜1480｜营门口街道、茶店子街道｜7月8日—7月28日（夜间）'];
		expect(tableRows(roads)).toEqual([null, null, '施工']);
		// …and a river's stretches dredged (序号｜河道｜清淤河段｜所在区｜…｜主要清除内容) or its culverts cleared (（二）暗渠（涵）清掏 / 序号｜暗渠（涵）名称｜起止位置｜…).
		const dredged = ['二、施工安排', '（一）河道清淤', '序号｜河道｜清淤河段｜所在区｜长度（公里）｜施工时间｜主要清除内容', '1｜府河｜洞子口至万福桥｜金牛区、成华区｜6.8｜3月1日—3月25日｜河床淤泥、砂卵石'];
		const cleared = ['（二）暗渠（涵）清掏', '序号｜暗渠（涵）名称｜起止位置｜所在区｜长度（公里）｜施工时间', '1｜金河暗渠｜人民公园至东城根中街｜青羊区｜0.9｜3月1日—3月20日'];
		expect(tableRows([...dredged, ...cleared])).toEqual([null, null, null, '施工', null, null, '施工']);
		// …and a flood season's waterlogging spots, their works and emergency measures (…｜主要成因｜整治工程｜应急措施｜责任单位).
		expect(tableRows(['序号｜所在区｜易涝点名称｜具体位置｜主要成因｜整治工程｜应急措施｜责任单位', '3｜青羊区｜金沙遗址路｜金沙遗址博物馆东侧至青羊大道段｜受摸底河水位顶托｜摸底河排口增设防倒灌设施｜配置抽水泵3台｜青羊区住建和交通局'])).toEqual([null, '整治']);
		expect(rowCells(waters)[1]?.aside.map(([a, b]) => waters[1].slice(a, b))).toEqual(['渠道深、流速快，上游水库泄水时水位陡涨']);
		// …and a list of the firms a pollution alert cuts, by what each cuts (橙色预警减排措施).
		expect(tableRows(['应急减排重点工业企业清单', '序号｜区（市）县｜企业名称｜所在地｜行业｜橙色预警减排措施', '2｜青白江区｜成都华建水泥有限公司｜城厢镇｜水泥｜熟料生产线停产'])).toEqual([null, null, '减排']);
		// …and one of the areas a ban on burning straw watches over (重点监控区域), whatever kind each is (管控类别).
		expect(tableRows(['2025年秋收期间秸秆禁烧重点监控区域一览表', '序号｜镇（街道）｜重点监控区域｜涉及村（社区）｜管控类别', '17｜永安镇｜江安河沿岸｜江安村、龙池村｜河道沿岸'])).toEqual([null, null, '监控']);
		// …and a notice's table of the roads it controls.
		expect(tableRows(['序号　所在区域　管制路段　管制时间', '3　青羊区　长顺上街、西御街　10月26日5:00—10:30'])).toEqual([null, '管制']);
		// The parts of a list's adjustment: each paragraph under one holds places the part does something to, up to the next part.
		const adjusted = ['二、保留的产业功能区', '（一）中心城区。主要包括：锦江区春熙路时尚活力区，规划面积5.8平方公里。', '三、整合的产业功能区', '（一）温江区原“成都健康服务业集聚区”整体并入成都医学城。', '四、工作要求', '各区要加强管理。'];
		expect(tableRows(adjusted)).toEqual([null, '保留', null, '整合', null, null]);
		// A plan's table of compounds renovated by community, with the roads whose networks go with them (街道｜社区｜改造小区（院落）数｜主要配套市政道路｜…):
		// done as the part's heading says.
		expect(tableRows(['四、分街道年度改造计划', '（一）2024年改造计划', '街道｜社区｜改造小区（院落）数｜主要配套市政道路｜管网长度（公里）｜完工时限', '抚琴街道｜金鱼街社区｜26｜金鱼街、营和街｜1.8｜2024年9月'])).toEqual([null, null, null, '改造']);
		// A part of the areas patrolled (二、重点栖息地和巡护区域), a sentence about them between, its table by habitat (…｜重点栖息地｜主要水鸟种类｜巡护区域): patrolled there.
		expect(tableRows(['二、重点栖息地和巡护区域', '各地要划定重点巡护区域。全市重点水鸟栖息地和巡护区域见下表，各地可结合实际补充完善。', '区（市）县｜重点栖息地｜主要水鸟种类｜巡护区域', '锦江区｜白鹭湾湿地｜白鹭、夜鹭｜三圣街道白鹭湾湿地及沙河沿线'])).toEqual([null, null, null, '巡护']);
		// Fish released by water, site and date, as the sentence above announces (…｜放流水域｜放流地点｜计划放流时间｜主要放流品种｜数量（万尾）).
		expect(tableRows(['各放流点位的水域、地点、计划时间和主要品种如下表：', '序号｜区（市）县｜放流水域｜放流地点｜计划放流时间｜主要放流品种｜数量（万尾）', '2｜金堂县｜沱江｜五凤镇五凤溪古镇码头｜6月13日｜白甲鱼、鲢、鳙｜60'])).toEqual([null, null, '放流']);
		// Sites by what each handles and when each opens (场所名称｜地址｜处置类别｜开放时间): opened.
		expect(tableRows(['区（市）县｜场所名称｜地址｜处置类别｜开放时间', '金牛区｜金牛区大件垃圾分拣中心｜天回镇街道天回路｜大件垃圾｜每日8:00—18:00'])).toEqual([null, '开放']);
		// Workshops a list names, by the heritage they keep and where each is (附件：…非遗工坊名单 / 序号｜工坊名称｜非遗项目｜所在区（市）县｜…): designated.
		expect(tableRows(['附件：2024年度成都市级非遗工坊名单', '序号｜工坊名称｜非遗项目｜所在区（市）县｜所在镇（街道）｜所在村（社区）｜带动就业（人）', '1｜知竹竹编非遗工坊｜道明竹编｜崇州市｜道明镇｜竹艺村｜186'])).toEqual([null, null, '认定']);
		// A batch's sites by the customs office over each and when it was accepted (…｜所在位置｜主管海关｜验收时间).
		expect(tableRows(['一、2025年第一批新增场所名单', '序号｜场所名称｜类型｜所在位置｜主管海关｜验收时间', '5｜双流航空物流公共保税仓库｜公共保税仓库（A型）｜双流区西航港街道空港一路｜成都双流机场海关｜2025年4月'])).toEqual([null, null, '认定']);
		// An attached overview of spots after 附表 and its number (附表1：各区（市）县欠薪投诉受理点一览表): set at each, as after 附件.
		expect(tableVerb('附表1：各区（市）县欠薪投诉受理点一览表')).toBe('设置');
		// (…its 的 left out after a year or before a list's 名单: 一、2024年新认定普惠性民办幼儿园, 一、认定名单; not 三、更名理由, 一、认定基本情况.)
		expect(['一、2024年新认定普惠性民办幼儿园', '一、认定名单', '三、更名理由', '一、认定基本情况'].map(tableVerb)).toEqual(['新认定', '认定', null, null]);
		// (…over a table of kindergartens by their address, classes and fees: 所属街道（镇）｜办园地址｜…｜保教费标准（元/生·月）.)
		expect(isHeaderRow('序号｜幼儿园名称｜所属街道（镇）｜办园地址｜班级数（个）｜学位数（个）｜保教费标准（元/生·月）')).toBe(true);
		// The course of a race, a section a line: held there, up to the next part (whose roads are controlled).
		const course = ['一、比赛路线', '（一）全程马拉松（42.195公里）：天府广场（起点）—人民南路一段—人民南路二段', '（二）欢乐跑（约5公里）：天府广场（起点）—人民南路一段', '二、交通管制时间及路段', '（一）7:00—9:00：人民南路一段'];
		expect(tableRows(course)).toEqual([null, '举办', '举办', null, '管制']);
		// (…or a part of how the course is set: 二、赛道设置.)
		expect(tableRows(['二、赛道设置', '（一）25公里组：由桃花故里景区广场出发，经桃源村沿森林绿道南行，上行至丹景台。'])).toEqual([null, '举办']);
		// (…or its events and their courses: 一、赛事项目及线路.)
		expect(tableRows(['一、赛事项目及线路', '（二）健康跑（约10公里）：金温江博览园花卉艺术园（起点）—温玉路—寿安镇百花社区—北林绿道—汪家湾花海（终点）。'])).toEqual([null, '举办']);
		// (…or a group's course after the group's heading: （一）公路精英组（约68公里） / 起点鲁家滩湿地公园→….)
		expect(tableRows(['一、比赛线路', '（一）公路精英组（约68公里）', '起点鲁家滩湿地公园→金马河绿道→北林绿道→终点鲁家滩湿地公园。', '（二）大众骑行组（约32公里）', '起点鲁家滩湿地公园→北林绿道→终点鲁家滩湿地公园。', '二、临时交通管制时间及路段'])).toEqual([null, '举办', '举办', '举办', '举办', null]);
		// (…or an event's: 一、活动线路.)
		expect(tableRows(['一、活动线路', '（三）5公里欢乐跑：起点西博城2号门（蜀州路）→蜀州路（往北）→宁波路东段（往西）→终点西博城2号门。'])).toEqual([null, '举办']);
		// Its checkpoints by their distance and closing time, a sentence above saying only that they follow (…，具体如下：): set as that sentence says.
		const checkpoints = ['沿线共设置7个打卡点（CP）及补给站，具体如下：', '站点｜名称｜位置｜50公里组里程｜25公里组里程｜50公里组关门时间｜补给内容', 'CP1｜桃源村｜山泉镇桃源村党群服务中心旁｜6.1公里｜6.1公里｜8:40｜饮用水、运动饮料'];
		expect(isHeaderRow(checkpoints[1])).toBe(true);
		expect(tableRows(checkpoints)).toEqual([null, null, '设置']);
		// (…the verb of that sentence, not of one before it: …均在党群服务中心设立…。2024年，区司法局新建…12个，具体如下：.)
		expect(tableRows(['全区均在党群服务中心设立工作室。2024年，区司法局新建示范工作室12个，具体如下：', '序号｜镇（街道）｜村（社区）｜工作室地址｜特色服务', '1｜柳城街道｜光华社区｜光华社区党群服务中心一楼｜每周答疑'])).toEqual([null, null, '新建']);
		// …or a notice's attachment of it.
		expect(tableRows(['附：2026成都马拉松赛比赛线路', '全程马拉松：天府广场—人民南路—一环路南一段', '欢乐跑：天府广场—人民西路—人民公园（终点）'])).toEqual([null, '举办', '举办']);
		// An item whose first sentence names the site, its fields after, however long.
		const items = ['一、第一批计划项目清单（共24项）', '（一）锦江区', '1.牛市口街道静居寺社区东篱路9号院等4个院落。改造内容：雨污分流管网改造，屋面防水，外立面整治，增设电动自行车集中充电棚。'];
		expect(tableRows(items)).toEqual([null, null, '建设']);
	});

	it('takes no other table or line for a header', () => {
		// A table of figures builds nothing.
		expect(tableVerb('序号 指标 2023年 2024年')).toBeNull();
		expect(tableVerb('序号 项目名称 责任单位')).toBeNull();
		expect(tableVerb('项目名称 建设地点')).toBeNull();
		expect(tableVerb('加快建设项目名称 建设地点 总投资')).toBeNull();
	});

	it('a header names no work, though 建设 is in its column names: it commits nothing itself', () => {
		expect(isHeaderRow('序号 项目名称 建设地点 建设内容 总投资（亿元）')).toBe(true);
		expect(isHeaderRow('| 序号 | 项目名称 | 建设内容 |')).toBe(true);
		expect(isHeaderRow('建设内容 总投资')).toBe(true);
		// (A city-renewal table's zone column too: 序号 片区 项目名称 建设内容 进度.)
		expect(isHeaderRow('序号 片区 项目名称 建设内容 进度')).toBe(true);
		expect(isHeaderRow('建设地点：金牛区')).toBe(false);
		expect(isHeaderRow('建设成都东站 项目')).toBe(false);
	});

	it('knows a row: a number, then cells separated by blanks', () => {
		expect(isTableRow('1 成都东站综合枢纽改造 成华区 35')).toBe(true);
		expect(isTableRow('12、锦城绿道提升工程 环城生态区 18')).toBe(true);
		expect(isTableRow('1.加快建设成都东站。')).toBe(false);
		expect(isTableRow('2024年 成都东站')).toBe(false);
	});

	it('finds the rows after a header, a line each or a cell a line, up to what is no row', () => {
		const lines = ['序号 项目名称 建设地点', '1 成都东站综合枢纽改造 成华区', '2 锦城绿道提升工程 环城生态区', '三、保障措施'];
		expect(tableRows(lines)).toEqual([null, '建设', '建设', null]);
		// A cell a line: each row opens with its number; an empty cell leaves no line.
		const cells = ['二、重点项目', '序号', '项目名称', '建设地点', '1', '成都东站综合枢纽改造', '成华区', '2', '锦城绿道提升工程', '3', '沱江治理', '金堂县', '三、保障措施', '加强组织领导。'];
		expect(tableRows(cells)).toEqual([null, null, null, null, '建设', '建设', '建设', '建设', '建设', '建设', '建设', '建设', null, null]);
		// Column names a line each, without a 建设 column, make no table.
		expect(tableRows(['序号', '指标', '2024年', '1', '地区生产总值'])).toEqual([null, null, null, null, null]);
	});

	it('reads a table written in Markdown: bars between the cells, a rule under the header', () => {
		const lines = [
			'| 序号 | 项目名称 | 建设地点 | 总投资（亿元） |',
			'|---|:---|---|---:|',
			'| 1 | 成都地铁13号线一期 | 金牛区、成华区 | 210 |',
			'| 2 | 成都东站改造 | 成华区 | 35 |',
			'**说明**：以上项目滚动实施。'
		];
		expect(tableRows(lines)).toEqual([null, null, '建设', '建设', null]);
		expect(isTableRow('| 说明 |')).toBe(false);
	});

	it('reads a table saved as CSV, its commas made full-width next to Chinese', () => {
		const lines = ['序号，项目名称，建设地点，总投资（亿元）', '1，成都地铁13号线一期，金牛区、成华区，210', '2，成都东站改造，成华区，35', '三、保障措施'];
		expect(tableRows(lines)).toEqual([null, '建设', '建设', null]);
		expect(tableVerb('围绕项目，建设地点，总投资')).toBeNull();
	});
});

describe('the cells of a row, by what their columns hold', () => {
	const spans = (text: string, cells: [number, number][] | undefined) => cells?.map(([a, b]) => text.slice(a, b));
	const aside = (texts: string[]) => rowCells(texts).map((row, i) => spans(texts[i], row?.aside) ?? null);

	it('reads a table of estates by their counts of buildings and households, and does to each what its work column says', () => {
		const table = ['序号\t区（市）县\t街道\t社区\t小区名称\t栋数\t户数\t主要改造内容\t计划完工时间', '1\t锦江区\t督院街街道\t天涯石社区\t纱帽街12号院\t3\t126\t屋面防水、外立面整治\t2025年10月'];
		expect(tableRows(table)).toEqual([null, '改造']);
	});

	it('names each road of a notice of place names by its standard name, where it runs and why it is so named aside', () => {
		const table = ['序号｜标准名称｜罗马字母拼写｜起止点｜长度/宽度（米）｜走向｜命名理由', '1｜龙熙路｜Longxi Lu｜东起龙港路，西止成致路｜860/24｜东西｜位于龙潭街道龙潭寺片区，取“龙潭”之“龙”'];
		expect(tableRows(table)).toEqual([null, '命名']);
		expect(rowCells(table).map((row, i) => spans(table[i], row?.names) ?? null)).toEqual([null, ['龙熙路']]);
		expect(aside(table)[1]).toContain('东起龙港路，西止成致路');
		// …what its name means told as why (命名含义).
		expect(tableRows(['序号｜标准名称｜走向｜起止点｜长度（米）｜红线宽度（米）｜命名含义', '1｜华椿路｜东西向｜东起成宏路，西止华冠路｜860｜24｜延续“华”字头路名序列'])).toEqual([null, '命名']);
		// …or renames it, where it says why.
		expect(tableRows(['序号｜标准名称｜罗马字母拼写｜原名称｜起止点｜更名理由', '1｜龙港北路｜Longgang Beilu｜龙港路北延线｜南起龙熙路，北止成都绕城高速公路辅道｜原名称为工程名称'])).toEqual([null, '更名']);
	});

	it('tends each bridge of a table of bridges by its name, which is a place with no address', () => {
		const table = ['序号｜镇（街道）｜桥梁名称｜所在线路｜跨越河流（渠系）｜养护内容｜估算投资（万元）', '1｜唐昌镇｜留驾桥｜先锋村至留驾村道路｜徐堰河｜伸缩缝更换、桥面铺装修复｜38'];
		expect(tableRows(table)).toEqual([null, '养护']);
		expect(rowCells(table).map((row, i) => spans(table[i], row?.names) ?? null)).toEqual([null, ['留驾桥']]);
		// …or repairs it, its defects aside (主要病害｜维修加固内容).
		const repairs = ['序号｜桥梁名称｜所在道路｜跨越对象｜所在街道｜主要病害｜维修加固内容｜计划工期', '1｜踏水桥｜建设北路二段｜沙河｜府青路街道｜伸缩缝破损、桥面铺装开裂｜更换伸缩缝｜2025年11月10日至2026年1月20日'];
		expect(tableRows(repairs)).toEqual([null, '维修加固']);
		expect(rowCells(repairs).map((row, i) => spans(repairs[i], row?.names) ?? null)).toEqual([null, ['踏水桥']]);
		expect(aside(repairs)[1]).toContain('伸缩缝破损、桥面铺装开裂');
	});

	it('builds what its work column says at each model village of a table, by its town (镇（街道）｜示范村｜创建等级｜主要建设内容)', () => {
		expect(tableRows(['序号｜镇（街道）｜示范村｜创建等级｜主要建设内容', '1｜鹤山街道｜红炉村｜市级｜问题户厕整改、院落微更新'])).toEqual([null, '建设']);
	});

	it('builds each project of a table of housing by its numbers', () => {
		const table = ['序号 | 项目名称 | 建设地址 | 房源数量 | 实施主体 | 计划开工时间', '5 | 战旗村乡村振兴人才公寓 | 唐昌街道战旗村五组 | 200套 | 唐昌街道战旗村股份经济合作联合社 | 2025年9月'];
		expect(tableRows(table)).toEqual([null, '建设']);
		// …or by its homes and when they are handed over (房源（套/间）｜交付时间).
		expect(tableRows(['序号｜项目名称｜所在区域｜项目地址｜房源（套/间）｜交付时间', '4｜国际铁路港员工公寓｜青白江区｜城厢镇成都国际铁路港综合服务区｜980｜2024年10月'])).toEqual([null, '建设']);
	});

	it('hands over each of a table of resettlement homes where it is, built or not yet (交付状态: 现房, 期房)', () => {
		const table = ['房源名称｜房源位置｜主要户型（套内建筑面积）｜交付状态', '隆兴苑安置房｜成华区龙潭街道隆兴路社区｜58、72、86、103平方米｜现房', '和美新居安置房｜成华区保和街道和美社区｜62、76、91平方米｜期房，预计2026年6月交付'];
		expect(tableRows(table)).toEqual([null, '交付', '交付']);
		// …or by its project, whether it is handed over yet (安置项目｜位置｜户型面积（平方米）｜房源套数（套）｜交付情况).
		expect(tableRows(['安置项目｜位置｜户型面积（平方米）｜房源套数（套）｜交付情况', '金华苑二期｜天回镇街道金华社区兴盛路南侧｜60—110｜620｜现房'])).toEqual([null, '交付']);
		// A part of the homes an expropriation takes, by community (二、征收范围涉及点位 / 社区｜主要点位｜涉及户数（户）｜其中住宅（户）).
		expect(tableRows(['二、征收范围涉及点位', '社区｜主要点位｜涉及户数（户）｜其中住宅（户）', '余家巷社区｜余家巷、余家巷东侧院落｜437｜402'])[2]).not.toBeNull();
	});

	it('does to each work of a table what its planned column says: 计划完工', () => {
		expect(tableRows(['序号｜区域｜道路名称｜起止点｜类型｜计划完工', '1｜锦江区｜汇泉路南延线｜成龙大道—区界｜断头路｜2025年12月'])).toEqual([null, '完工']);
		// (Not a task's time limit: 序号 河流（水库） 重点部位 责任单位 完成时限 is carried out.)
		expect(tableRows(['序号 区域 道路名称 完成时限', '1 锦江区 汇泉路 2025年12月'])).toEqual([null, null]);
	});

	it('opens each place of a table of when places open, and sets the nearest stations aside', () => {
		const table = ['名称｜所在区域｜开放时间｜最近地铁站', '驷马河城市地标（二期）｜成华区｜9月28日｜驷马桥站（3号线、7号线）'];
		expect(tableRows(table)).toEqual([null, '开放']);
		expect(aside(table)).toEqual([null, ['驷马桥站（3号线、7号线）']]);
		// …and the roads and landmarks around a night market (周边道路及地标).
		// …and a car park by its spaces, its charging ones among them (其中充电车位（个）).
		expect(tableRows(['序号｜所在区域｜停车场名称｜地址｜类型｜泊位数（个）｜其中充电车位（个）｜开放时间', '1｜锦江区｜锦华路社会公共停车场｜锦华路一段｜立体机械｜256｜60｜全天'])).toEqual([null, '开放']);
		const markets = ['序号｜名称｜所在区（市）县｜具体位置｜营业时间｜周边道路及地标', '2｜玉林夜市｜武侯区｜玉林西路、玉林中路沿线｜18:00—次日2:00｜人民南路四段、芳草街'];
		expect(aside(markets)).toEqual([null, ['人民南路四段、芳草街']]);
		// …and the areas and facilities around a station (周边主要区域及设施), under a part of the stations it sets (二、车站设置).
		const stations = ['二、车站设置', '序号｜车站名称｜所在区域｜换乘线路｜周边主要区域及设施', '1｜瓦窑滩站｜青羊区｜—｜光华大道西段沿线'];
		expect(tableRows(stations)).toEqual([null, null, '设置']);
		expect(aside(stations.slice(1))).toEqual([null, ['—', '光华大道西段沿线']]);
		// …a venue's name first, what it opens and whom to ask (场馆名称｜开放项目｜开放时间｜咨询电话).
		expect(tableRows(['场馆名称｜开放项目｜开放时间｜咨询电话', '凤凰山体育公园｜滑冰、篮球｜10:00—21:30｜028-8761××××'])).toEqual([null, '开放']);
		// …a venue's address, how it opens and the year's events held there (场馆名称｜地址｜开放安排｜2025年重点赛事活动).
		expect(tableRows(['序号｜场馆名称｜地址｜开放安排｜2025年重点赛事活动', '2｜凤凰山体育公园｜金牛区北星大道一段｜每日6:30—22:00开放｜中超联赛主场比赛'])).toEqual([null, '开放']);
		// …or what it opens free or at a low fee, and when (免费开放项目及时段｜低收费开放项目及时段).
		expect(tableRows(['序号｜场馆名称｜所在区（市）县｜地址｜免费开放项目及时段｜低收费开放项目及时段', '2｜城北体育馆｜金牛区｜花圃北路9号｜户外开敞空间，每日7:00—22:00｜乒乓球馆9:30—11:30'])).toEqual([null, '开放']);
		expect(tableRows(['序号｜场馆名称｜地址｜开放时间｜2025年重点展览和活动', '1｜成都博物馆｜青羊区小河街1号｜周二至周日9:00—17:00｜“博物馆奇妙夜”暑期活动'])).toEqual([null, '开放']);
	});

	it('reads a part’s numbered table title for its work (五、附表：重点河段清淤计划（节选）), over a header of rivers (河道)', () => {
		expect(tableRows(['五、附表：重点河段清淤计划（节选）', '序号｜河道｜起止位置｜责任单位｜长度（公里）｜完成时限', '3｜沙河｜驷马桥—府青路桥｜成华区｜4.6｜2025年2月28日'])).toEqual([null, null, '清淤']);
	});

	it('does to each row of a table what its columns name, and sets aside what they say is no work, however its header is named', () => {
		// Each case: a header, a row, the verb the row commits with, and the cells set aside, where the case says.
		const cases: [string, string, string, string[]?][] = [
			// An accident-prone section, fixed as its 整治措施 column says, its hazards aside (主要隐患).
			['序号｜区（市）县｜点段名称｜所在镇（街道）｜主要隐患｜整治措施｜完成时限｜责任单位', '3｜新都区｜国道108线（川陕路）大丰段｜大丰街道｜平交路口密集，行人横穿｜封闭中央隔离带开口4处，增设路灯1.2公里｜2024年9月30日｜新都区交通运输局', '整治', ['平交路口密集，行人横穿']],
			// A flood plan's key points, each guarded as its 主要防范措施 says by whom it names (责任人), its risks aside (主要风险).
			['序号｜重点部位｜所在镇（街道）｜主要风险｜责任单位｜责任人｜主要防范措施', '3｜金马河鲁家滩段｜和盛镇｜鲁家滩湿地公园游客集中，存在涉水游玩风险｜和盛镇人民政府｜镇长 刘雪梅｜汛期关闭亲水步道和河滩区域', '落实', ['鲁家滩湿地公园游客集中，存在涉水游玩风险']],
			// A survey's hazards by road and kind of pipe (道路（路段）｜所在区｜管线类型｜隐患情况｜整治措施), fixed as its measures say, the hazard aside.
			['序号｜道路（路段）｜所在区｜管线类型｜隐患情况｜整治措施｜计划完成时间', '2｜红星路二段｜锦江区｜燃气｜中压铸铁管锈蚀，红星路口检测发现泄漏｜更换PE管道0.9公里｜2025年1月', '整治', ['中压铸铁管锈蚀，红星路口检测发现泄漏']],
			// A register's contaminated plots, remediated as their 风险管控/修复要求 or 治理方式 says, their pollutants aside (主要污染物及风险).
			['序号｜地块名称｜所在区（市）县｜地块位置｜原用途｜主要污染物及风险｜风险管控/修复要求｜修复后规划用途', '2｜原成都金天电镀厂地块｜金牛区｜天回镇街道天回路以西｜电镀｜地下水总铬超标，存在迁移至府河风险｜土壤修复与地下水风险管控相结合｜公园绿地', '修复', ['地下水总铬超标，存在迁移至府河风险']],
			// A school's safe route, drop-off zone and guard post (学校名称｜护学通道｜接送区｜护学岗): set there.
			['序号｜学校名称｜护学通道｜接送区｜护学岗', '1｜成都市泡桐树小学｜泡桐树街｜将军街｜长顺上街泡桐树街口', '设置'],
			// Flowers planted at each spot, over the range a column gives, by the kinds a column names (建设范围｜主要花木品种).
			['序号｜区（市）县｜点位名称｜类型｜建设范围｜主要花木品种｜规模｜完成时限', '1｜锦江区｜红星路｜四季花街｜红星路二段至四段｜木芙蓉、垂丝海棠｜开花乔木860株｜2026年5月', '建设'],
			// …by the guard post's spot alone, with who keeps it (街道｜护学岗点位｜服务学校｜执勤力量).
			['序号｜街道｜护学岗点位｜服务学校｜执勤力量', '1｜跳伞塔街道｜林荫中街校门口｜成都七中林荫校区｜民警1名、教师2名', '设置'],
			// An exam's venues by their name and address (考点名称｜考点地址), where the candidates come from aside (主要考生来源).
			['考点编号｜考点名称｜考点地址｜考场数｜主要考生来源', '5114-02｜成都市新都香城中学考点｜新都区大丰街道马超东路660号｜138｜香城中学、新都区升庵中学', '设置', ['香城中学、新都区升庵中学']],
			// Piers by their name, whatever the name's column opens with, and their waiting rooms (码头名称｜位置｜所在区｜开放时间｜候船设施): opened.
			['码头名称｜位置｜所在区｜开放时间｜候船设施', '合江亭码头｜合江亭东侧亲水平台｜锦江区｜14:00—22:30｜候船区', '开放'],
			// Buildings put right by a deadline, the fire brigade in charge of each beside them (建筑名称｜地址｜属地大队｜整改期限).
			['序号｜建筑名称｜地址｜属地大队｜整改期限', '1｜锦东国际大厦｜锦江区东大街下东大街段156号｜锦江区消防救援大队｜2024年11月30日', '整改'],
			// Roads by the ends of the stretch renovated (道路名称｜改造起止点｜改造灯具（盏）｜计划完工时间).
			['序号｜所在区域｜道路名称｜改造起止点｜改造灯具（盏）｜计划完工时间', '1｜锦江区｜东大街｜红星路至东门大桥｜286｜2024年6月30日', '完工'],
			// Estates a black list orders put right, their property firm aside (小区名称｜地址｜所属街道｜物业服务企业｜主要问题｜处理措施及整改时限).
			['序号｜小区名称｜地址｜所属街道｜物业服务企业｜主要问题｜处理措施及整改时限', '1｜保和东苑｜东三环路二段1068号｜保和街道｜成都金汇物业服务有限公司｜消防通道被杂物堵塞｜责令11月15日前完成整改', '整改', ['消防通道被杂物堵塞', '成都金汇物业服务有限公司']],
			// Gullies by the villages the works touch (山洪沟名称｜所在镇（街道）｜涉及村（社区）｜…｜主要建设内容): built.
			['序号｜区（市）县｜山洪沟名称｜所在镇（街道）｜涉及村（社区）｜治理长度（公里）｜主要建设内容', '1｜都江堰市｜深溪沟｜龙池镇｜深溪村、高原村｜3.1｜护岸4.2公里', '建设'],
			// Air-defence works opened, by what each is used for in peacetime (工程名称｜…｜平时用途｜开放时间).
			['序号｜工程名称｜所在区（市）县｜具体位置｜开放面积（平方米）｜平时用途｜开放时间', '1｜天府广场地下人防工程｜青羊区｜人民南路一段天府广场地下｜38600｜地下停车、公共通道｜全天', '开放'],
			// Evacuation bases by their progress, the districts each takes in aside as a catchment (主要承接区域).
			['序号｜疏散基地名称｜所在地｜主要承接区域｜平时用途｜建设进度', '1｜蒲江县人口疏散基地｜蒲江县朝阳湖镇｜锦江区、武侯区｜研学实践、户外拓展｜已建成', '建设', ['锦江区、武侯区']],
			// Slaughterhouses by their site (厂址), dealt with as their column of how says, whatever its verb (调整方式｜… / …｜关闭｜…).
			['序号｜企业名称｜厂址｜设计屠宰能力（万头/年）｜调整方式｜完成时限', '3｜大邑县安仁肉类加工有限公司｜安仁镇正雄社区｜8｜关闭｜2024年6月30日', '关闭'],
			['序号｜市场名称｜所在位置｜处置方式', '3｜安仁畜禽交易市场｜安仁镇（安仁古镇景区周边）｜关闭，整体搬迁', '搬迁'],
			// Roads a service sweeps, by the stretch it works and who does it (道路名称｜作业起止点｜所属街道｜作业单位).
			['序号｜道路名称｜作业起止点｜所属街道｜作业单位', '3｜成华大道｜二环路—三环路｜双水碾、府青路、二仙桥、龙潭街道｜第二作业片区', '作业'],
			// Driving-test sites by their address and when each opens (考场名称｜考场地址｜考试科目｜考试车型｜启用时间): opened there.
			['序号｜考场名称｜考场地址｜考试科目｜考试车型｜启用时间', '1｜新都大丰考场｜新都区大丰街道蜀龙大道南段｜科目二、科目三｜C1、C2｜2024年9月1日', '启用'],
			// A festival's venues by their name, where each is held and what it offers (分会场名称｜活动地点｜活动时间｜特色内容): held there.
			['序号｜区（市）县｜分会场名称｜活动地点｜活动时间｜特色内容', '2｜青羊区｜宽窄夏夜美食节｜宽窄巷子、奎星楼街｜7月19日—8月18日｜成都小吃、盖碗茶', '举办'],
			// Shows by their name, venue and time, how many each is expected to draw beside them (活动名称｜举办地点｜举办时间｜单场预计人数): held there.
			['序号｜活动名称｜举办地点｜举办时间｜单场预计人数', '2｜夏日草地音乐季｜金牛区成都露天音乐公园｜7月4日—6日｜3万人', '举办'],
			// Airport coach lines by their ends and their first and last runs from each end (线路｜起讫站点｜机场首班｜…｜市区末班): run along their course.
			['线路｜起讫站点｜机场首班｜机场末班｜市区首班｜市区末班｜票价（元）', '天府2号线｜天府国际机场—成都东站｜08:00｜航班结束｜06:30｜19:30｜40', '开行'],
			// Piers by where they are, the rail around them and the sights to change to aside (码头名称｜所在位置｜周边轨道交通｜主要换乘与景点).
			['码头名称｜所在位置｜周边轨道交通｜主要换乘与景点｜开放时间', '东门码头｜锦江区水井坊街道东门大桥下游｜地铁2号线东门大桥站｜水井坊、成都东门市井｜全天', '开放', ['地铁2号线东门大桥站', '水井坊、成都东门市井']],
			// Stations by the names a notice proposes for them, where each is (工程站名｜拟命名站名｜所在区｜车站位置): named there.
			['序号｜工程站名｜拟命名站名｜所在区｜车站位置｜换乘线路', '2｜清江西路站｜清水河公园站｜青羊区｜清江西路与西三环路交叉口东侧｜—', '命名'],
			// Reservoirs by their progress and the works left (形象进度｜剩余主要工程｜完工时限): built.
			['序号｜水库名称｜所在镇（街道）｜规模｜累计完成投资（万元）｜形象进度｜剩余主要工程｜完工时限', '2｜东风水库｜三溪镇｜小（1）型｜986.4｜70%｜溢洪道扩建尾段｜2025年4月30日', '建设'],
		];
		for (const [header, row, verb, set] of cases) {
			expect(tableRows([header, row])).toEqual([null, verb]);
			if (set) expect(aside([header, row])[1]).toEqual(set);
		}
		// (New estates by their main gate's house number, under a part that names the work: 小区名称｜主出入口门牌｜存在问题.)
		expect(tableRows(['四、2023年以来新建住宅小区门牌编设清单（第一批）', '序号｜区（市）县｜街道（镇）｜社区｜小区名称｜主出入口门牌｜存在问题', '1｜锦江区｜三圣街道｜红砂社区｜红砂家园（安置小区）｜红砂南路66号｜楼栋使用字母编号'])).toEqual([null, null, '新建']);
		// (A register of plots already treated names how: 治理方式.)
		expect(tableVerb('序号｜地块名称｜所在区（市）县｜地块位置｜原用途｜治理方式｜移出后规划用途')).toBe('治理');
		// …and the spaces under bridges by their name and stretch and their new use (桥梁名称（区段）｜利用方式), under a part that names its spots (四、首批利用点位): set there.
		const bridges = ['四、首批利用点位', '序号｜区（市）县｜桥梁名称（区段）｜利用方式｜主要内容｜面积（平方米）｜完成时限', '2｜锦江区｜三环路成渝立交｜停车设施｜P+R公共停车场｜9600｜2024年12月'];
		expect(isHeaderRow(bridges[1])).toBe(true);
		expect(tableRows(bridges)[2]).toBe('设置');
		// …and a town's quotas with the areas it covers first (镇（街道）｜…｜新建预警大喇叭（个）｜重点覆盖区域), under a part of its tasks.
		expect(tableRows(['四、分镇（街道）建设任务', '镇（街道）｜村（社区）数（个）｜新建应急广播终端（套）｜升级改造终端（套）｜新建预警大喇叭（个）｜重点覆盖区域', '天彭街道｜21｜2｜4｜36｜老城区低洼易涝点、湔江城区段沿岸'])).toEqual([null, null, '建设']);
		// …and halls moved by their old and new sites (营业厅名称｜原址｜新址｜新址启用时间) or closed into others (停止营业的营业厅｜原地址｜承接营业厅｜承接营业厅地址), as the sentence above says.
		expect(tableRows(['以下4个供电营业厅迁至新址办公，原址自新址启用之日起停止营业。', '序号｜营业厅名称｜原址｜新址｜新址启用时间', '1｜高新营业厅｜高新区芳草街街道芳草东街76号｜高新区桂溪街道天府三街288号｜2024年7月8日'])).toEqual([null, null, '迁至']);
		expect(isHeaderRow('序号｜停止营业的营业厅｜原地址｜承接营业厅｜承接营业厅地址')).toBe(true);
		// …and landing pads by how each is built (起降点名称｜所在区（市）县｜类型｜建设形式｜完成时间), under a part that builds them.
		expect(tableRows(['三、首批重点起降点建设清单', '序号｜起降点名称｜所在区（市）县｜类型｜建设形式｜完成时间', '1｜四川大学华西医院起降点｜武侯区｜医疗救护｜屋顶｜2024年12月'])).toEqual([null, null, '建设']);
		// …and street performers' spots by when they perform (点位名称｜具体位置｜表演时段), under a part that adds them.
		expect(tableRows(['三、2025年新增及调整的街头艺人表演点位（部分）', '序号｜区（市）县｜点位名称｜具体位置｜表演时段', '1｜锦江区｜春熙路｜春熙路步行街与中山广场交汇处｜14:00—22:00'])).toEqual([null, null, '新增']);
		// …and passages by where each is set (设置位置), where they lead aside (主要衔接方向), where nothing else names the work.
		expect(tableRows(['（一）高速公路指定通道', '序号｜所在区（市）县｜道路名称｜设置位置｜主要衔接方向', '1｜新都区｜G5京昆高速成绵段｜新都收费站出口｜德阳市广汉市'])).toEqual([null, null, '设置']);
		// …and hotspots by what they cover and how many access points each has (点位名称｜点位类型｜覆盖范围｜AP数量（台）), under a part that adds them.
		expect(tableRows(['二、新增点位明细', '（一）锦江区（5个）', '序号｜点位名称｜点位类型｜覆盖范围｜AP数量（台）', '4｜塔子山公园｜公园绿地｜九天楼广场、东门入口｜16'])).toEqual([null, null, null, '新增']);
	});

	it('fixes each congestion spot of a table as its 治理措施 column says, and sets what its cause names aside (主要拥堵原因)', () => {
		const table = ['序号｜区（市）县｜点位名称｜主要拥堵原因｜治理措施｜完成时限', '1｜锦江区｜东大街与红星路交叉口｜左转车辆排队溢出，与春熙路商圈人流交织｜优化信号相位，红星路北进口增设左转车道1条｜2024年6月'];
		expect(tableRows(table)).toEqual([null, '治理']);
		expect(aside(table)).toEqual([null, ['左转车辆排队溢出，与春熙路商圈人流交织']]);
	});

	it('fixes each place of a table of problems found as its 整改要求 column says, and sets what its 问题描述 names aside', () => {
		const table = ['序号 镇（街道） 河流（点位） 问题描述 整改要求 整改时限', '1 唐昌镇 柏条河（战旗村段） 河道管理范围内违规种植蔬菜约300平方米 清除种植物，恢复岸坡植被 7月20日前'];
		expect(tableRows(table)).toEqual([null, '整改']);
		expect(aside(table)).toEqual([null, ['河道管理范围内违规种植蔬菜约300平方米']]);
	});

	it('designates each cluster of a list of them, where it is (附件：成都市山地民宿集聚区名录)', () => {
		const clusters = ['附件：成都市山地民宿集聚区名录', '序号｜集聚区名称｜所在区（市）县｜主要涉及镇（街道）｜主题定位', '1｜湔江河谷民宿集聚区｜彭州市｜龙门山镇、磁峰镇｜山地音乐、避暑度假'];
		expect(tableRows(clusters)).toEqual([null, null, '认定']);
		// …and a list of model family farms (二、2025年市级示范家庭农场名单（22家）), each in its town.
		expect(tableRows(['二、2025年市级示范家庭农场名单（22家）', '序号｜区（市）县｜家庭农场名称｜所在镇（街道）、村（社区）｜经营类型｜经营规模', '1｜龙泉驿区｜成都市龙泉驿区桃源水蜜桃种植家庭农场｜山泉镇｜水果种植｜水蜜桃126亩'])).toEqual([null, null, '认定']);
	});

	it('designates each place of a list of place-name heritage where it is, and sets its history aside (历史沿革及文化内涵)', () => {
		const names = ['成都市第二批地名文化遗产保护名录', '（一）历史街巷（11处）', '序号｜名称｜所在位置｜历史沿革及文化内涵', '1｜宽巷子｜青羊区少城街道｜原名兴仁胡同，清代于成都城西筑满城（少城）'];
		expect(tableRows(names)).toEqual([null, null, null, '认定']);
		expect(aside(names.slice(2))).toEqual([null, ['原名兴仁胡同，清代于成都城西筑满城（少城）']]);
	});

	it('designates the places of a list of heritage bases and practice centres, its order told in brackets after it', () => {
		const bases = ['第三批成都市非物质文化遗产传承基地和传习所名单（按区〔市〕县排列）', '序号｜名称｜类别｜项目名称｜地址', '锦江区（3个）', '1｜成都市川剧研究院｜传承基地｜川剧｜锦江区华兴正街54号锦江剧场'];
		expect(tableRows(bases)).toEqual([null, null, null, '认定']);
	});

	it('designates the places of each counted part of a notice that makes its ratings known (关于公布…评定结果的通知)', () => {
		const parts = ['一、成都市乡村民宿集聚区（10个）', '序号｜区（市）县｜镇（街道）｜集聚区名称', '1｜都江堰市｜青城山镇｜青城后山民宿集聚区'];
		expect(tableRows(['成都市文化广电旅游局关于公布2024年度成都市乡村民宿集聚区和精品民宿评定结果的通知', ...parts])).toEqual([null, null, null, '认定']);
		expect(tableRows(['成都市文化广电旅游局关于做好2024年度乡村民宿工作的通知', ...parts])).toEqual([null, null, null, null]);
		// …past a note between a part's heading and its header, the places each covers beside it (主要范围).
		const resorts = ['成都市文化广电旅游局关于公布2024年度新评定A级旅游景区、市级旅游度假区及A级旅游景区复核结果的公告', '三、新认定市级旅游度假区（2家）', '经评审，以下2家单位符合市级旅游度假区认定条件，认定为成都市市级旅游度假区。', '序号｜度假区名称｜所在区（市）县｜主要范围', '2｜三岔湖旅游度假区｜成都东部新区｜三岔街道、丹景街道'];
		expect(tableRows(resorts)).toEqual([null, null, null, null, '认定']);
		// …and of a notice that names new roads, in parts by the town they are in, counted in 条.
		const roads = ['成都市双流区民政局关于双流区部分新建道路命名的公告', '一、西航港街道（4条）', '1.航憬路：位于西航港街道，成都双流国际机场东侧。东西走向，东起机场南四路，西止航安街。', '二、东升街道（3条）'];
		expect(tableRows(roads)).toEqual([null, null, '认定', null]);
	});

	it('designates the places of a list a notice names (…名录), not those of an inventory’s edition or of shelters, whose rows say what is new unless its title says it for all', () => {
		const shelters = [
			'三、成华区应急避难场所名录（2025年版）',
			'序号 场所名称 所在街道 地址 类型 等级 占地面积（平方米） 可容纳人数（人） 备注',
			'1 北湖生态公园 龙潭街道 北湖大道 公园 Ⅰ类 420000 26000 2025年提升改造',
			'2 新华公园 猛追湾街道 新鸿路1号 公园 Ⅱ类 98000 9500 —'
		];
		expect(tableRows(shelters)).toEqual([null, null, '提升改造', null]);
		expect(tableRows(['三、成华区应急避难场所名录', ...shelters.slice(1)])).toEqual([null, null, '提升改造', null]);
		expect(tableRows(['三、成华区城市公园名录', ...shelters.slice(1)])).toEqual([null, null, '认定', '认定']);
		// …but a table's title that says what was done to them all says it for each row: 表1　已建成…应急避难场所名录（节选）.
		expect(tableRows(['表1　已建成长期（Ⅰ级）、短期（Ⅱ级）应急避难场所名录（节选）', ...shelters.slice(1)])).toEqual([null, null, '建成', '建成']);
		expect(tableRows(['表1　成华区应急避难场所名录', ...shelters.slice(1)])).toEqual([null, null, '提升改造', null]);
	});

	it('does to the rows of a table that names no work what its part’s heading names, past its groups: 三、设置点位及经营时间', () => {
		const header = '序号｜名称｜设置位置｜经营时间｜摊位数（个）｜管理单位';
		const table = ['三、设置点位及经营时间', '本年度共设置夜市2处、临时摊区1处。', '（一）夜市', header, '1｜猛追湾夜市｜望平街｜18:30—24:00｜80｜猛追湾街道办事处', '2｜北湖夜市｜北湖生态公园南门外广场｜18:00—23:30｜90｜龙潭街道办事处', '（二）临时摊区', header, '1｜八里庄临时摊区｜八里庄路空地｜17:30—22:30｜30｜府青路街道办事处', '四、经营管理要求'];
		expect(tableRows(table)).toEqual([null, null, null, null, '设置', '设置', null, null, '设置', null]);
		// …a table of what the city funds, by its recipients (序号	商业载体	所在区（市）县	申报单位	引进首店情况	支持金额（万元）).
		expect(tableRows(['三、首店引进项目（22个，2830万元）', '（一）商业载体首店引进奖励（12个）', '序号\t商业载体\t所在区（市）县\t申报单位\t引进首店情况\t支持金额（万元）', '1\t成都远洋太古里\t锦江区\t成都远洋太古里商业管理有限公司\t全国首店2家\t300'])).toEqual([null, null, null, '引进']);
		// …and what it funds of first stores and launches, by the brand, the venue or the event and where it is held, past a note on how to
		// read it.
		expect(tableRows(['二、拟支持项目', '（一）品牌首店（21个，拟支持资金1090万元）', '注：表中“所在区（市）县”以门店营业执照登记地址为准。', '序号｜申报单位｜首店品牌｜首店类型｜开业时间｜所在商业载体｜所在区（市）县｜拟支持金额（万元）', '1｜栖岸（成都）商贸有限公司｜LUMO栖岸生活美学馆｜亚洲首店｜2024年3月｜成都远洋太古里｜锦江区｜100', '（二）首发首秀活动（6个，拟支持资金170万元）', '序号｜申报单位｜活动名称｜举办地点｜所在区（市）县｜拟支持金额（万元）', '1｜栖岸（成都）商贸有限公司｜LUMO 2024春夏系列全球首发秀｜成都远洋太古里｜锦江区｜50']).filter((_, k) => k === 4 || k === 7)).toEqual(['支持', '支持']);
		// …and a table of spots by the hours each is set for, past its groups (设置时段; （一）火车站周边).
		const spots = ['临时上下客点具体设置情况如下：', '序号｜所属区域｜点位名称｜设置位置｜设置时段｜停靠泊位（个）', '（一）火车站周边', '1｜成华区｜成都东站西广场｜邛崃山路东侧辅道｜全天｜12'];
		expect(tableRows(spots)).toEqual([null, null, null, '设置']);
		// …and one under a heading that names its spots, as a notice of a water cut its water points (（六）临时供水点： / 序号｜供水点位置｜供水方式｜供水时间), not a
		// heading's point (（二）工作重点).
		const water = ['（六）临时供水点：', '序号｜供水点位置｜供水方式｜供水时间', '1｜沙湾路与西体路交叉口东北角｜送水车｜15日6:00—10:00', '二、成华区建设路片区'];
		expect(tableRows(water)).toEqual([null, null, '设置', null]);
		expect(tableRows(['（二）工作重点：', ...water.slice(1)])).toEqual([null, null, null, null]);
		// A schedule of events by when and where each is held (序号｜招聘会名称｜举办时间｜举办地点｜预计岗位): held there.
		const fairs = ['一、市级重点招聘会', '序号｜招聘会名称｜举办时间｜举办地点｜预计岗位', '1｜退役军人专场招聘会｜3月1日（星期六）9:30—13:00｜中国成都人力资源服务产业园（高新区天府四街）｜参会企业100家'];
		expect(tableRows(fairs)).toEqual([null, null, '举办']);
		expect(tableRows(['二、园区招聘会', '序号｜举办时间｜举办地点｜主要用工行业｜预计岗位', '1｜2月10日（星期一）9:30—12:30｜成都天府国际生物城（双流区永安镇）｜生物医药｜1200个'])).toEqual([null, null, '举办']);
		// …as does a calendar of races by where each is held, its course and sign-up (序号｜赛事名称｜举办地｜起终点及线路｜计划时间｜报名方式).
		expect(tableRows(['序号｜赛事名称｜举办地｜起终点及线路｜计划时间｜报名方式', '3｜2025温江半程马拉松｜温江区｜起点温江区体育中心，途经光华大道、江安河绿道｜4月20日｜赛事官网'])).toEqual([null, '举办']);
		// …as does a news story's table of shows by their bare time and place (演出名称｜时间｜地点｜票价（元）); those two alone are no header.
		expect(tableRows(['演出名称｜时间｜地点｜票价（元）', '川剧折子戏专场｜6月8日—10日14:00｜锦江剧场（锦江区华兴正街）｜60—180'])).toEqual([null, '举办']);
		// …and village galas by their date, its lunar date too (日期｜农历｜镇（街道）｜举办地点｜特色内容): held there.
		expect(tableRows(['序号｜日期｜农历｜镇（街道）｜举办地点｜特色内容', '1｜1月11日（周六）｜腊月十二｜三道堰镇｜青杠树村村民广场｜水乡灯会'])).toEqual([null, '举办']);
		// …and shows taken to villages, and films screened there (演出日期｜镇（街道）｜演出地点｜主要节目; 放映日期｜…｜放映点｜故事片｜科教片).
		expect(tableRows(['序号｜演出日期｜镇（街道）｜演出地点｜主要节目', '1｜4月12日（周六）19:30｜鹤山街道｜蒲砚村党群服务中心广场｜川剧折子戏《拾玉镯》'])).toEqual([null, '演出']);
		expect(tableRows(['序号｜放映日期｜镇（街道）｜村（社区）｜放映点｜故事片｜科教片', '1｜4月8日｜鹤山街道｜铁溪村｜村委会院坝｜《长津湖之水门桥》｜《柑橘黄龙病综合防控》'])).toEqual([null, '放映']);
		// …and shows by their venue, when they start, what is played and who plays it (演出场所｜…｜开演时间｜主要剧（节）目｜承演单位): performed there.
		expect(tableRows(['序号｜演出场所｜地址｜演出日期｜开演时间｜主要剧（节）目｜承演单位', '3｜鹤鸣茶社｜青羊区少城路12号人民公园内｜每周二、周四｜15:00｜四川清音《布谷鸟儿咕咕叫》｜成都市曲艺团'])).toEqual([null, '演出']);
		expect(isHeaderRow('时间｜地点')).toBe(false);
		// …and a festival's screening spots and cinemas, by their dates and films (二、户外露天展映点位 / … / 序号｜区（市）县｜展映点位｜具体位置｜展映日期｜展映影片).
		expect(tableRows(['二、户外露天展映点位', '户外露天展映原则上每晚19:30开映。', '序号｜区（市）县｜展映点位｜具体位置｜展映日期｜展映影片', '1｜锦江区｜锦江公园（合江亭段）｜锦江区合江亭滨河广场｜10月18日｜《哪吒之魔童闹海》'])).toEqual([null, null, null, '设置']);
		// …and, where no part's heading names the work, sites by whom they serve and when (序号｜门诊名称｜地址｜服务范围｜接种时间｜咨询电话).
		const clinics = ['序号｜门诊名称｜地址｜服务范围｜接种时间｜咨询电话', '1｜浆洗街社区卫生服务中心预防接种门诊｜洗面桥横街23号3楼｜浆洗街街道辖区｜周一至周五8:30—11:30｜028-85551234'];
		expect(tableRows(['一、儿童预防接种门诊（共14家）', ...clinics])).toEqual([null, null, '服务']);
		expect(tableRows(['一、新增社区卫生服务站', ...clinics])).toEqual([null, null, '新增']);
		// …and points by their hours of business, past the groups before (三、交警登记上牌点及办理时间 / （一）锦江区 / 序号｜登记点名称｜地址｜办理时间).
		expect(tableRows(['三、交警登记上牌点及办理时间', '（一）锦江区', '序号｜登记点名称｜地址｜办理时间', '1｜锦华路登记点｜锦江区锦华路一段116号｜周一至周五9:00—12:00'])).toEqual([null, null, null, '服务']);
		// …and a holiday's arrangements at sites by their usual hours (序号｜献血点名称｜地址｜日常服务时间｜国庆期间安排), each a service point by its
		// name, no place of its own.
		const houses = ['一、中心城区固定献血屋', '中心城区固定献血屋国庆假期均正常开放，具体安排如下：', '序号｜献血点名称｜地址｜日常服务时间｜国庆期间安排', '4｜林荫街献血屋｜武侯区林荫街西口｜9:00—17:30｜正常开放'];
		expect(tableRows(houses)).toEqual([null, null, null, '服务']);
		expect(rowCells(houses)[3]?.names).toEqual([]);
		// …as do teams by the towns and communities they serve (序号｜服务街道｜重点服务社区｜首席社区规划师｜团队牵头单位), or what their part's heading names.
		const teams = ['序号｜服务街道｜重点服务社区｜首席社区规划师｜团队牵头单位', '1｜猛追湾街道｜望平社区、祥和里社区｜刘弘毅｜西南交通大学建筑学院'];
		expect(tableRows(['二、服务团队', ...teams])).toEqual([null, null, '服务']);
		expect(tableRows(['二、团队配置及服务片区', ...teams])).toEqual([null, null, '配置']);
		// …and a notice's cuts in supply by where each cuts (序号｜停电时间｜停电线路（设备）｜停电范围｜工作内容): cut there.
		expect(tableRows(['一、锦江区', '序号｜停电时间｜停电线路（设备）｜停电范围｜工作内容', '1｜6月24日（星期一）08:00—18:00｜10kV东光线｜东光街道：东光街、东光小区一期｜线路检修'])).toEqual([null, null, '停电']);
		// …and service windows and a bank's counters by what each handles and when (服务窗口｜地址｜受理业务范围｜启用时间; 银行网点｜地址｜办理业务｜办公时间),
		// the bank's name no work (中国建设银行): done as the heading says.
		expect(isHeaderRow('序号｜服务窗口｜地址｜受理业务范围｜启用时间')).toBe(true);
		expect(tableRows(['三、新增银行网点不动产抵押登记便民服务点', '序号｜银行网点｜地址｜办理业务｜办公时间', '1｜中国建设银行成都双流支行营业部｜东升街道棠湖西路2号｜抵押权首次、变更、注销登记｜工作日9:00—17:00'])).toEqual([null, null, '新增']);
		// …and a body's courts by where each is set up, its office's address and whom it serves (派出庭名称｜设立单位｜设立地点｜办公地址｜主要服务范围):
		// done as the part's heading says, the body that sets each up aside.
		expect(tableRows(['二、新设立的仲裁派出庭', '序号｜派出庭名称｜设立单位｜设立地点｜办公地址｜主要服务范围', '1｜天府软件园派出庭｜成都高新区劳动人事争议仲裁院｜天府软件园｜高新区天府大道中段1268号｜软件和信息服务企业'])).toEqual([null, null, '新设']);
		// (…and where water is handed out meanwhile: 临时供水点.)
		expect(tableRows(['一、停水安排', '序号｜所属区｜街道｜院落名称｜停水时间｜停水范围｜涉及户数｜临时供水点', '1｜锦江区｜水井坊街道｜水井街18号院｜6月20日8:00—22:00｜全院｜156｜院内停车棚旁'])).toEqual([null, null, '停水']);
		// …and the places a ban newly covers, by its zone there (序号｜场所名称｜所在区（市）县｜地址｜禁烟区域), and the classes a place runs (开设课程).
		expect(tableRows(['二、首批列入名录的场所', '序号｜场所名称｜所在区（市）县｜地址｜禁烟区域', '1｜成都市体育中心｜青羊区｜顺城大街2号｜室外观众坐席'])).toEqual([null, null, '禁烟']);
		expect(tableRows(['四、教学点及开设课程', '序号｜区（市）县｜教学点｜地址｜开设课程｜上课时间', '1｜锦江区｜春熙路街道党群服务中心｜总府路2号｜插花、书法｜周二19:00'])).toEqual([null, null, '开设']);
		// …and homes let at a rent, not built (序号｜项目名称｜所在区域｜项目地址｜房源套数｜户型及建筑面积｜租金标准（元/平方米·月）).
		expect(tableRows(['一、配租房源', '序号｜项目名称｜所在区域｜项目地址｜房源套数｜户型及建筑面积｜租金标准（元/平方米·月）', '1｜锦华苑公租房｜锦江区｜成龙路街道成龙大道二段1666号｜268｜一室一厅35—45平方米｜14.5'])).toEqual([null, null, '配租']);
		// …by the month, the nearest metro aside (…｜户型建筑面积（㎡）｜月租金（元/套）｜周边轨道交通).
		expect(tableRows(['序号｜项目名称｜所在区域｜项目地址｜房源（套）｜户型建筑面积（㎡）｜月租金（元/套）｜周边轨道交通', '1｜柳江保障性租赁住房项目｜锦江区｜柳江街道锦华路三段｜328｜30—62｜1260—2350｜地铁6号线、7号线琉璃场站约900米'])).toEqual([null, '配租']);
		// …or by how many each has let, an estate by its name and address (小区名称｜…｜小区地址｜投入套数｜已配租套数).
		expect(tableRows(['表1　成华区2025年第四批次公共租赁住房配租房源一览表', '序号｜小区名称｜所在街道｜小区地址｜投入套数｜已配租套数｜户型及建筑面积（平方米）', '1｜青和苑｜青龙街道｜成华区昭觉寺横路88号｜84｜81｜一室一厅，38—45'])).toEqual([null, null, '配租']);
		// …and posts kept by their hours (检查站名称｜设置地点｜值守时间), flows let out (泄放方式), and a metro's new exits under their heading, where each leads aside
		// (二、新增出入口汇总 / 序号｜线路｜车站｜新增出入口｜位置｜主要通达方向).
		expect(tableRows(['四、检查站名录', '序号｜区（市）县｜检查站名称｜设置地点｜值守时间', '1｜都江堰市｜龙池检查站｜龙池镇龙池景区入口｜8:00—20:00'])).toEqual([null, null, '值守']);
		// …and by how many keep them and the year's work (值守人员（人）, 2025年建设情况); watchtowers by their height (海拔（米）, 2025年运行情况).
		expect(tableRows(['序号｜镇｜村（社区）｜检查站名称｜设置位置｜值守时段｜值守人员（人）｜2025年建设情况', '2｜西岭镇｜云华村｜大飞水检查站｜大飞水景区停车场进山路口｜7:00—20:00｜4｜改造提升'])).toEqual([null, '值守']);
		expect(isHeaderRow('序号｜镇｜村（社区）｜瞭望塔名称｜海拔（米）｜建成年份｜监测方式｜2025年运行情况')).toBe(true);
		// …or by who keeps them (隧道名称｜…｜值守单位); and spots put right by whom (整治措施｜完成时限｜整治责任人).
		expect(tableRows(['2025年中心城区易涝下穿隧道名单', '序号｜隧道名称｜所在区｜所在道路｜值守单位', '1｜人民塘路下穿隧道｜成华区｜人民塘路与民兴路交叉口｜成华区排水管理站'])).toEqual([null, null, '值守']);
		expect(tableRows(['序号｜所在区｜易涝点位｜所在街道｜整治措施｜完成时限｜整治责任人', '1｜金牛区｜高笋塘片区｜人民北路街道｜改造雨水管网2.3公里｜2025年6月30日｜刘建国（金牛区副区长）'])).toEqual([null, '整治']);
		expect(tableRows(['附件：2025年度重点河段小水电站生态流量泄放要求一览表', '序号｜河流｜电站名称｜所在区（市）县｜所在镇（街道）｜核定生态流量（m³/s）｜泄放方式｜监测方式', '1｜白沙河｜白沙一级电站｜都江堰市｜龙池镇｜0.85｜生态机组｜在线监测'])).toEqual([null, null, '泄放']);
		const exits = ['二、新增出入口汇总', '序号｜线路｜车站｜新增出入口｜位置｜主要通达方向', '1｜2号线｜东郊记忆站｜A2｜建设南支路东侧｜东郊记忆园区'];
		expect(tableRows(exits)).toEqual([null, null, '新增']);
		expect(spans(exits[2], rowCells(exits.slice(1))[1]?.aside)).toEqual(['东郊记忆园区']);
		// (…its exits by their number, the places around them aside: 出入口编号, 周边主要目的地.)
		const numbered = ['一、新增出入口一览表', '序号｜线路｜车站｜出入口编号｜出入口位置｜周边主要目的地', '1｜1号线｜兴隆湖站｜C口｜天府大道南段与湖畔路交叉口东北侧｜兴隆湖、科创生态岛'];
		expect(isHeaderRow(numbered[1])).toBe(true);
		expect(spans(numbered[2], rowCells(numbered.slice(1))[1]?.aside)).toEqual(['兴隆湖、科创生态岛']);
		// (…its exits alone, a walk's length, and the lines a station changes to beside them: 出入口, 步行距离; 换乘线路｜出入口.)
		const walks = ['序号｜车站｜出入口｜周边主要目的地｜步行距离', '1｜武侯祠站｜D口｜武侯祠博物馆、锦里｜约300米'];
		expect(spans(walks[1], rowCells(walks)[1]?.aside)).toEqual(['武侯祠博物馆、锦里']);
		expect(isHeaderRow('序号｜车站名称｜所在区｜车站位置｜换乘线路｜出入口')).toBe(true);
		// A list of what lies around the new exits is a guide: it names no work (新增出入口周边主要目的地一览表).
		expect(tableRows(['附件', '新增出入口周边主要目的地一览表', ...walks])).toEqual([null, null, null, null]);
		// …and quantities by their units, however named (改造泵房（座）, 清淤长度（公里）, 堤防（护岸）新建加固（公里）), a kindergarten's site and places
		// (园址, 办园规模, 2025年秋季计划招生学位), and a work's stretch and hours (作业路段, 株数, 作业时段, 占道情况).
		for (const header of ['序号｜区域｜街道｜小区（院落）名称｜改造泵房（座）｜受益户数｜完工时间', '序号｜镇（街道）｜清淤长度（公里）｜清淤土方（万立方米）｜堤防（护岸）新建加固（公里）｜附属设施（处）', '序号｜幼儿园名称｜园址｜办园规模｜2025年秋季计划招生学位｜咨询电话', '序号｜道路名称｜作业路段｜主要树种｜株数｜作业时段｜占道情况'])
			expect(isHeaderRow(header)).toBe(true);
		expect(isHeaderRow('1｜锦江区｜12（处）｜维修｜已完工')).toBe(false);
		// …and lamps by the stretch they are fitted along and how long it is (安装路段, 照明长度（公里）): each row's village is worked on.
		const lamps = ['序号｜镇（街道）｜村（社区）｜安装路段｜照明长度（公里）｜安装数量（盏）｜灯具类型｜完工时间', '1｜鹤山街道｜红炉村｜红炉村村委会至蒲丹快速路红炉互通连接道｜2.1｜70｜太阳能｜2025年5月'];
		expect(tableRows(lamps)[1]).not.toBeNull();
		// …and a title's details (表1　…共享花园建设明细), a heading's list of service points (二、服务点名单), the points' and the stations' columns
		// (服务项目, 营业时间, 工作站地址, 律师驻站时间, 特色服务, 管护主体), a stall's name no place.
		expect(tableRows(['表1　2024年成华区社区共享花园建设明细', '序号｜街道｜社区｜花园名称｜具体位置｜面积（平方米）｜类型｜管护主体', '1｜猛追湾街道｜望平社区｜望平滨河共享花园｜望平滨河路｜800｜花园｜社区'])).toEqual([null, null, '建设']);
		const points = ['二、服务点名单', '序号｜街道｜社区｜服务点名称｜服务项目｜地址｜营业时间', '1｜浆洗街街道｜锦里社区｜郭家桥便民修补摊｜修鞋｜郭家桥北街6号｜9:00—18:00'];
		expect(tableRows(points)).toEqual([null, null, '设置']);
		expect(rowCells(points.slice(1))[1]?.names).toEqual([]);
		expect(rowCells(['序号｜区（市）县｜药店名称｜地址', '1｜锦江区｜四川一心堂医药连锁有限公司三圣店｜三圣街道静安路5号附3号'])[1]?.names).toEqual([]);
		expect(rowCells(['序号｜经营者名称｜经营地址｜所属街道', '1｜成华区鑫达汽车美容服务部｜东三环路二段辅道158号｜龙潭街道'])[1]?.names).toEqual([]);
		expect(rowCells(['序号｜网点名称｜地址｜办公时间', '1｜锦江服务大厅｜锦江区三色路｜工作日9:00—17:00'])[1]?.names).toEqual([]);
		expect(rowCells(['序号｜镇（街道）｜供应点名称｜地址｜联系电话', '1｜晋原街道｜黄土益农信息社｜黄土村5组｜028-88200000'])[1]?.names).toEqual([]);
		// …nor a canteen's, which serves its community (annotators 2:1), the hours it serves meals and its price columns (供餐时段, 老年人午餐价格（元）).
		const canteens = ['序号｜街道｜食堂名称｜地址｜供餐时段｜老年人午餐价格（元）｜联系电话｜备注', '3｜望江路街道｜黉门街社区长者食堂｜黉门街9号｜午餐11:00—13:00｜12｜028-85430586｜'];
		expect(tableRows(canteens)).toEqual([null, '供餐']);
		expect(rowCells(canteens)[1]?.names).toEqual([]);
		expect(isHeaderRow('序号｜镇（街道）｜工作站地址｜律师驻站时间｜联系电话')).toBe(true);
		expect(isHeaderRow('序号｜镇（街道）｜村（社区）｜工作室地址｜特色服务')).toBe(true);
		expect(isHeaderRow('序号｜分中心｜地址｜特色课程｜开放时间')).toBe(true);
		expect(isHeaderRow('序号｜区（市）县｜街区名称｜特色品类｜范围')).toBe(true);
		// …and farmland by the area built, new and upgraded, and its check (建成面积｜其中新建｜其中改造提升｜验收结论), or zones by their
		// patches, area and crops (片区数（片）｜划定面积｜主导作物).
		expect(isHeaderRow('序号｜区（市）县｜项目名称｜建设地点｜建成面积｜其中新建｜其中改造提升｜验收结论')).toBe(true);
		// …and roads named, by where each starts and stops (起点｜止点) and the signs it gets.
		expect(tableRows(['四、第二批农村公路命名及路名牌设置明细（节选）', '序号｜镇（街道）｜村（社区）｜标准名称｜起点｜止点｜里程（公里）｜路名牌（块）', '1｜鹤山街道｜蒲砚村｜砚溪路｜蒲眉路｜长秋山林场道口｜3.2｜6'])).toEqual([null, null, '设置']);
		expect(tableRows(['三、第二批粮食生产功能区划定名单', '序号｜区（市）县｜镇（街道）｜村（社区）｜片区数（片）｜划定面积｜主导作物', '1｜崇州市｜隆兴镇｜杨柳村、黎坝村｜6｜14820｜水稻、小麦'])).toEqual([null, null, '划定']);
		// …and schools opened after hours, by the grounds each opens (一、开放学校名单 / 序号｜学校名称｜地址｜开放场地｜所属街道).
		expect(tableRows(['一、开放学校名单', '序号｜学校名称｜地址｜开放场地｜所属街道', '1｜成都市玉林中学｜玉林北路2号｜田径场、篮球场｜玉林街道'])).toEqual([null, null, '开放']);
		// …and venues by their holiday hours, under a heading of how they open (二、各区（市）县主要场馆开放安排 / （一）青羊区 / 1.…).
		expect(tableRows(['二、各区（市）县主要场馆开放安排', '（一）青羊区', '1.成都博物馆（小河街1号）：10月1日至7日开放时间延长为9:00—20:30。', '三、温馨提示'])).toEqual([null, null, '开放', null]);
		// …and tasks a sentence above says the table gives, by a source's grade and the signs and fences it needs (块, 米).
		expect(tableRows(['各区（市）县具体任务见下表：', '序号｜区（市）县｜水源地名称｜级别｜标识牌（块）｜隔离防护设施（米）｜完成时限', '1｜郫都区｜柏条河（郫都段）｜市级｜58｜3600｜2024年9月30日'])).toEqual([null, null, '落实']);
		// …or the spots it announces, set at each row (各站点如下： / 镇（街道）｜兵役登记站地址｜咨询电话), as a heading of them does.
		expect(tableRows(['适龄青年可到镇（街道）兵役登记站现场办理兵役登记。各站点如下：', '镇（街道）｜兵役登记站地址｜咨询电话', '公平街道｜温江区南熏大道三段公平街道便民服务中心｜028-82700536'])).toEqual([null, null, '设置']);
		// (A station's own columns: 初检站点｜初检时间.)
		expect(isHeaderRow('镇（街道）｜初检站点｜初检时间')).toBe(true);
		expect(tableRows(['各区（市）县情况见下表：', '序号｜区（市）县｜水源地名称｜级别｜标识牌（块）｜隔离防护设施（米）｜完成时限', '1｜郫都区｜柏条河（郫都段）｜市级｜58｜3600｜2024年9月30日'])).toEqual([null, null, null]);
		expect(tableRows(['序号｜线路｜车站｜封闭出入口/通道｜封闭时间｜替代出入口/通道', '1｜1号线、2号线｜天府广场站｜F出入口｜2024年10月25日—2025年1月20日｜站厅西侧换乘通道'])).toEqual([null, '封闭']);
		// …and venues opened, by their prices, past a note (二、开放场馆 / 中心城区…开放信息如下： / 序号｜场馆名称｜所在区域｜地址｜开放时间｜票价（元/人次）｜咨询电话).
		expect(tableRows(['二、开放场馆', '中心城区主要公共游泳场馆开放信息如下：', '序号｜场馆名称｜所在区域｜地址｜开放时间｜票价（元/人次）｜咨询电话', '1｜东安湖体育公园游泳跳水馆｜龙泉驿区｜东安街道东安湖体育公园内｜10:00—21:30｜40｜028-84851234'])).toEqual([null, null, null, '开放']);
		// …and sites by what is fitted at each (序号｜名称｜位置｜所在区｜预警设施｜封闭水位): set there.
		expect(tableRows(['二、易积水下穿隧道（通道）名单（积水风险较高的22处）', '序号｜名称｜位置｜所在区｜预警设施｜封闭水位', '1｜金新路下穿隧道｜金新路与金丰路交叉口南侧｜金牛区｜水位计、信息屏、挡车杆｜25厘米'])).toEqual([null, null, '设置']);
		// …and venues by what each performs (序号｜区（市）县｜场所名称｜地址｜主要展演（体验）内容): performed there.
		expect(tableRows(['三、区（市）县非遗工坊和展演点', '序号｜区（市）县｜场所名称｜地址｜主要展演（体验）内容', '1｜龙泉驿区｜洛带古镇客家非遗展演点｜洛带镇上街广东会馆｜客家水龙'])).toEqual([null, null, '展演']);
		expect(tableRows(['二、重点区域灯光秀安排', '序号｜区（市）县｜点位｜演出形式｜演出时间', '1｜成华区｜天府熊猫塔（339电视塔）｜塔身灯光秀｜每日19:30、20:30'])).toEqual([null, null, '演出']);
		expect(tableRows(['二、2024年度成都市茶馆书场名单及每周演出安排', '序号｜书场名称｜所在区（市）县｜地址｜每周演出安排', '1｜鹤鸣茶社｜青羊区｜人民公园内｜周六 评书'])).toEqual([null, null, '演出']);
		// …and one of an event's spots by where to gather, held there (三、活动点位 / 序号｜区（市）县｜活动点位｜活动日期｜主要树种｜集合地点｜咨询电话;
		// 场次｜日期｜河（湖）段｜集合地点｜主要内容｜责任单位).
		expect(tableRows(['三、活动点位', '序号｜区（市）县｜活动点位｜活动日期｜主要树种｜集合地点｜咨询电话', '1｜锦江区｜三圣街道环城生态公园（锦江段）补植地块｜3月8日｜梅花、银杏｜幸福梅林景区北门停车场｜028-84512036'])).toEqual([null, null, '举办']);
		expect(tableRows(['（三）具体安排。', '场次｜日期｜河（湖）段｜集合地点｜主要内容｜责任单位', '1｜3月22日（周六）9:00｜府河猛追湾段（猛追湾—望平坊）｜望平街香香巷口｜清捡垃圾｜猛追湾街道'])).toEqual([null, null, '举办']);
		// …and a notice's shelters for people moved out of harm's way (镇（街道）｜避险安置点｜地址｜可容纳人数): set there.
		expect(tableRows(['各镇（街道）避险安置点安排如下：', '镇（街道）｜避险安置点｜地址｜可容纳人数', '怀远镇｜崇州市怀远中学｜怀远镇古镇路｜800人'])).toEqual([null, null, '设置']);
		// …and devices placed, by the place and the spot (二、新增配置重点点位 / a note / 序号｜区（市）县｜配置场所｜放置位置｜数量（台）).
		expect(tableRows(['二、新增配置重点点位', '以下为2024年新增配置的部分重点点位。', '序号｜区（市）县｜配置场所｜放置位置｜数量（台）', '1｜锦江区｜东湖公园｜南大门游客服务中心｜1'])).toEqual([null, null, null, '新增配置']);
		// …and stations by who runs them and since when (…｜运营单位｜投运时间): put into service there.
		const chargers = ['序号｜站点名称｜所在街道｜详细地址｜直流快充桩（个）｜交流慢充桩（个）｜运营单位｜投运时间', '2｜龙潭总部经济城公共充电站｜龙潭街道｜华盛路58号｜36｜12｜特来电新能源股份有限公司｜2025年4月'];
		expect(tableRows(['二、公共充电站名单', ...chargers])).toEqual([null, null, '投运']);
		// (…unless the list's title names the work: 二、新建投运公共充电站名单.)
		expect(tableRows(['二、新建投运公共充电站名单', ...chargers])).toEqual([null, null, '新建投运']);
		// …and markets and fairs by where they are held and when they open, and who holds them (序号｜名称｜举办地点｜开市时间｜承办单位), unless a notice
		// grants each money, through its groups (序号｜申报单位｜活动名称｜举办地点｜所在区（市）县｜拟支持金额（万元） / （三）… / 序号｜申报单位｜商业载体｜…).
		expect(tableRows(['二、年宵花市举办地点', '序号｜名称｜举办地点｜开市时间｜承办单位', '4｜桂湖迎春花会｜新都区桂湖公园｜1月18日—1月28日｜新都区人民政府'])).toEqual([null, null, '开市']);
		expect(tableRows(['序号｜名称｜举办地点｜活动时间｜承办单位', '2｜蓉北年货采购季｜金牛区荷花池市场｜1月10日—1月27日｜金牛区人民政府'])).toEqual([null, '举办']);
		const granted = ['序号｜申报单位｜活动名称｜举办地点｜所在区（市）县｜拟支持金额（万元）', '2｜成都兴源汽车销售服务有限公司｜极光新能源车型西南首发活动｜交子公园｜高新区｜30', '（三）商业载体引进首店奖励（5个，拟支持资金305万元）', '序号｜申报单位｜商业载体｜所在区（市）县｜2024年度新引进首店（家）｜拟支持金额（万元）', '2｜成都华联SKP百货有限公司｜成都SKP｜高新区｜12｜60'];
		expect([tableRows(granted)[1], tableRows(granted)[4]]).toEqual(['支持', '支持']);
		// …and the permits a notice publishes, issued for where each project lies (序号｜区域｜项目名称｜预售许可证号｜项目坐落｜预售楼栋｜…).
		expect(tableRows(['一、商品房预售许可明细', '序号｜区域｜项目名称｜预售许可证号｜项目坐落｜预售楼栋｜住宅套数（套）｜预售面积（㎡）', '2｜天府新区｜兴隆湖·云栖府｜蓉预售字第510109202409021号｜兴隆街道湖畔路北段以西｜5、6号楼｜198｜26733.40'])).toEqual([null, null, '核发']);
		// …and points a notice licenses under its part's heading, past the groups before, each business's name aside (三、零售点名单 / … / （三）新都区 /
		// 序号｜经营单位｜零售点地址).
		const licensed = ['三、零售点名单', '本次全市共许可临时零售点412个，现按区（市）县分别公布如下：'];
		for (const district of ['龙泉驿区', '青白江区', '新都区', '温江区']) licensed.push(`（一）${district}（销售时间：2月10日至2月17日）`, '序号｜经营单位｜零售点地址', `1｜${district}鸿鑫烟花爆竹零售点｜柏合街道长松村5组`);
		expect(tableRows(licensed).at(-1)).toBe('设置');
		expect(rowCells(licensed.slice(-2))[1]?.aside.map(([a, b]) => licensed.at(-1)!.slice(a, b))).toEqual(['温江区鸿鑫烟花爆竹零售点']);
		// …and estates by their households and when the works come (序号｜街道｜社区｜小区（院落）｜涉及户数｜计划施工时间), under a part that names the work.
		expect(tableRows(['二、施工安排', '（一）锦江区（5个院落，约1480户）', '序号｜街道｜社区｜小区（院落）｜涉及户数｜计划施工时间', '1｜锦华路街道｜柳江社区｜科创路2号院｜412｜9月2日—9月11日'])).toEqual([null, null, null, '施工']);
		// …and the numbered items under a heading of the work they are given, counted, however long each is (（一）依法收回（4宗） / 1.…).
		const idle = ['（一）依法收回（4宗）', '1.公平街道江安河以东、南熏大道以北地块（宗地编号WJ2016-34），面积41.26亩。该宗地2016年12月出让，合同约定2017年12月31日前动工。', '2.万春镇春江西路以南地块（宗地编号WJ2014-09），面积23.80亩。', '（二）限期动工开发（6宗）', '5.天府街道成都医学城科兴路以西地块，面积52.18亩。'];
		expect(tableRows(idle)).toEqual([null, '依法收回', '依法收回', null, '动工']);
		// …and a work's sites by what is done and what is next (序号｜站点名称｜所在位置｜已完成工程｜下阶段计划).
		expect(isHeaderRow('序号｜站点名称｜所在位置｜已完成工程｜下阶段计划')).toBe(true);
		// …and shops by what they sell, and service points by the shopping district each is in.
		expect(isHeaderRow('序号｜所在区（市）县｜退税商店名称｜经营地址｜主营商品')).toBe(true);
		expect(isHeaderRow('序号｜所在区（市）县｜所在商圈（街区）｜设置位置｜服务时间')).toBe(true);
		// A table of places opened by the hours each is open (序号｜开放单位｜停车场地址｜共享泊位（个）｜开放时段): opened there.
		const parks = ['附表：武侯区第二批错时共享停车场名单', '序号｜开放单位｜停车场地址｜共享泊位（个）｜开放时段', '（一）机关单位（6处）', '1｜浆洗街街道办事处｜浆洗街11号｜42｜工作日18:30—次日8:00'];
		expect(tableRows(parks)).toEqual([null, null, null, '开放']);
		// …and a plan's table by 附表 (附表：…改造计划表), and its compounds by how many homes each is worked on and when
		// (序号｜街道｜社区｜小区（院落）名称｜改造户数｜计划实施时间).
		const meters = ['附表：成华区2025年老旧小区水表更换及“一户一表”改造计划表', '序号｜街道｜社区｜小区（院落）名称｜改造户数｜计划实施时间', '1｜建设路街道｜建设中路社区｜建设巷小区｜312｜4月上旬—4月下旬'];
		expect(tableRows(meters)).toEqual([null, null, '更换']);
		expect(tableRows(meters.slice(1))).toEqual([null, '改造']);
		// …and waters opened by the range of each (序号｜所在区（市）县｜水域名称｜开放范围｜开放项目｜开放时段).
		expect(tableRows(['序号｜所在区（市）县｜水域名称｜开放范围｜开放项目｜开放时段', '1｜天府新区｜兴隆湖｜鹿溪河入湖口至科创岛东侧水域｜皮划艇、桨板｜全年'])).toEqual([null, '开放']);
		// …or the items of a part headed by the spots it sets (一、疏导点设置情况 / （一）抚琴街道 / 1.抚琴西南路疏导点。位于…).
		expect(tableRows(['一、疏导点设置情况', '（一）抚琴街道', '1.抚琴西南路疏导点。位于抚琴西南路西侧人行道，设摊位40个。', '二、经营管理要求'])).toEqual([null, '设置', '设置', null]);
		expect(tableRows(['一、重点设置情况', '1.抚琴西南路。位于抚琴西南路西侧人行道，设摊位40个。'])).toEqual([null, null]);
		// …and tunnels closed for upkeep, by when and how (序号｜隧道（通道）名称｜所在区域｜封闭日期｜封闭方式): closed there.
		expect(tableRows(['序号｜隧道（通道）名称｜所在区域｜封闭日期｜封闭方式', '1｜红星路下穿一环路隧道｜锦江区｜3月3日—3月9日｜双向全封闭'])).toEqual([null, '封闭']);
		// …and schools by who supplies their meals (序号｜街道（镇）｜学校名称｜就餐人数（人）｜供餐单位｜配送方式), the supplier a firm, aside.
		const meals = ['序号｜街道（镇）｜学校名称｜就餐人数（人）｜供餐单位｜配送方式', '1｜柳城街道｜东大街第一小学｜2136｜成都蓉膳源团餐服务有限公司｜冷链配送'];
		expect(tableRows(meals)).toEqual([null, '供餐']);
		expect(rowCells(meals)[1]?.aside.map(([a, b]) => meals[1].slice(a, b))).toEqual(['成都蓉膳源团餐服务有限公司']);
		// …and greenways closed by stretch, with when each reopens (序号｜所属区域｜绿道名称｜封闭路段｜封闭时间｜预计恢复).
		expect(tableRows(['序号｜所属区域｜绿道名称｜封闭路段｜封闭时间｜预计恢复', '4｜锦江区｜锦江绿道｜合江亭至九眼桥｜11月11日—11月25日（日间）｜11月26日'])).toEqual([null, '封闭']);
		// …and a table's title on a line of its own that names the roads it works on (2024年城市家具品质提升重点道路（第一批）), its quantities a column.
		expect(tableRows(['三、分区任务安排', '2024年城市家具品质提升重点道路（第一批）', '序号｜区域｜道路（段）名称｜起止点｜主要内容｜主要工程量｜完成时限', '9｜成华区｜建设路｜二环路至杉板桥路｜多杆合一、垃圾桶更换｜整合杆件120根｜2024年10月31日'])).toEqual([null, null, null, '提升']);
		// …and pumps placed at flood spots, by what is placed and how it is kept (序号｜点位名称｜具体位置｜布防设施｜值守方式).
		expect(tableRows(['序号｜点位名称｜具体位置｜布防设施｜值守方式', '3｜九眼桥低洼路段｜新南路与滨江东路交汇处｜“龙吸水”1台｜黄色及以上预警驻守'])).toEqual([null, '值守']);
		// …and scenic spots closed in a storm, by what is closed of each (序号｜区（市）县｜景区名称｜关闭范围｜备注).
		expect(tableRows(['序号｜区（市）县｜景区名称｜关闭范围｜备注', '1｜都江堰市｜青城山景区｜前山、后山全域关闭｜青城山镇沿河区域同步实施管控'])).toEqual([null, '关闭']);
		// …and markets closed by a date, by what they sell (序号｜市场名称｜地址｜主要经营品类｜停止经营时间): business stopped there.
		expect(tableRows(['序号｜市场名称｜地址｜主要经营品类｜停止经营时间', '2｜大成市场｜金牛区二环路北二段｜服装、针纺织品｜2024年9月30日'])).toEqual([null, '停止经营']);
		// (…each told on its own with where it is closed: 封闭范围：红星路一段下穿一环路北四段隧道….)
		expect(WHERE_FIELD.test('封闭范围：红星路一段下穿一环路北四段隧道主线双向封闭')).toBe(true);
		// (…as is a station's works area, under the station's heading: 一、龙爪堰站（武侯区） / 施工区域：晋阳路与中环路武侯大道段交叉口东南侧.)
		expect(WHERE_FIELD.test('施工区域：晋阳路与中环路武侯大道段交叉口东南侧。')).toBe(true);
		expect(tableVerb('序号｜车站｜施工区域｜施工期限')).toBe('施工');
		// …and canals by when water is let into them and the towns it serves (序号｜渠系（河道）｜主要取水口门｜第一轮放水时间｜…｜受益镇（街道）｜灌溉面积（万亩）).
		expect(tableRows(['序号｜渠系（河道）｜主要取水口门｜第一轮放水时间｜第二轮放水时间｜受益镇（街道）｜灌溉面积（万亩）', '2｜柏条河灌区｜柏条河沿线各斗渠口门｜3月22日—4月8日｜4月16日—5月18日｜唐昌镇、三道堰镇｜2.6'])).toEqual([null, '放水']);
		// …or by the areas each supplies and its main beneficiaries (供水区域｜主要受益镇（街道）).
		expect(tableRows(['2026年都江堰灌区成都片区春灌供水计划安排表', '序号｜渠系｜供水区域｜主要受益镇（街道）｜供水时段｜计划水量（万立方米）', '2｜江安河｜温江区、双流区｜万春镇、永宁街道、金马街道｜3月15日—6月10日｜14200'])).toEqual([null, null, '供水']);
		// …and venues by the season they open and how many they take (序号｜基地名称｜所在区（市）县｜开放季节｜可容纳新人（对/场）).
		expect(tableRows(['二、名单一览', '序号｜基地名称｜所在区（市）县｜开放季节｜可容纳新人（对/场）', '1｜幸福梅林户外颁证基地｜锦江区｜全年｜20'])).toEqual([null, null, '开放']);
		// …and stations renamed, by their old and new names, under a part that names the work (二、更名车站名单 / 序号｜原站名（工程名）｜更名后站名｜所在区｜具体位置).
		expect(tableRows(['二、更名车站名单', '序号｜原站名（工程名）｜更名后站名｜所在区｜具体位置', '2｜青华路站｜杜甫草堂站｜青羊区｜青华路与浣花北路交汇处'])).toEqual([null, null, '更名']);
		// …or a part of the spots' details (三、点位明细 / （一）交通枢纽（共9处） / 序号｜所在区（市）县｜点位名称｜具体位置｜类型｜泊位（个）).
		expect(tableRows(['三、点位明细', '（一）交通枢纽（共9处）', '序号｜所在区（市）县｜点位名称｜具体位置｜类型｜泊位（个）', '1｜成华区｜成都东站西广场候客点｜成都东站西广场地下二层｜出租汽车候客点｜60'])).toEqual([null, null, null, '设置']);
		// …and a part of sites by their own items, each told by its hours of service (一、就业服务站 / （一）…就业服务站 / 地址：… / 服务时间：…): served
		// at each, with its address; not a part whose items tell no hours.
		const stations = ['一、就业服务站（15分钟就业服务圈）', '（一）锦江区牛市口街道就业服务站', '地址：锦江区牛市口街道静沙南路8号', '服务时间：工作日9:00—17:30', '（二）青羊区少城街道宽巷子社区就业服务站'];
		expect(tableRows(stations)).toEqual([null, '服务', '服务', null, '服务']);
		expect(tableRows(stations.filter((t) => !t.startsWith('服务时间')))).toEqual([null, null, null, null]);
		// …or by its hours of opening, further down its fields (一、停车场基本情况 / （一）同仁路公共停车场 / 地址：… / 泊位：… / 开放时间：…): opened there.
		const carParks = ['一、停车场基本情况', '（一）同仁路公共停车场', '地址：青羊区同仁路66号', '泊位：地下两层，共312个', '充电桩：快充桩24个', '开放时间：全天24小时', '（二）文殊坊公共停车场'];
		expect(tableRows(carParks)).toEqual([null, '开放', '开放', null, null, null, '开放']);
		// (…its items numbered 1., 2. as well: 二、服务站名单 / 1.…外籍人士服务站 / 地址：… / 开放时间：….)
		expect(tableRows(['二、服务站名单', '1.武侯区桐梓林社区外籍人士服务站', '地址：武侯区火车南站街道桐梓林北路3号', '开放时间：周一至周五9:00—12:00', '2.高新区交子公园外籍人士服务站'])).toEqual([null, '开放', '开放', null, '开放']);
		// …or each told where it lies, in a paragraph after it, under a heading that names the work (二、各车站新增出入口详细情况 / （一）… / C口位于…): done at each,
		// not at what its account tells the way to; nor under a heading that names none (二、各车站出入口详细情况).
		const exitsTold = ['二、各车站新增出入口详细情况', '（一）1号线兴隆湖站C口', 'C口位于天府大道南段与湖畔路交叉口东北侧。乘客出站后向东步行约400米可达兴隆湖北岸。', '（二）2号线人民公园站F口', 'F口位于祠堂街北侧。'];
		expect(tableRows(exitsTold)).toEqual([null, '新增', null, '新增', null]);
		expect(tableRows(['二、各车站出入口详细情况', ...exitsTold.slice(1)])).toEqual([null, null, null, null, null]);
		// …and a part of projects, each a site told where it lies after it (三、项目安排 / （一）大邑县斜源小学 / 学校位于斜源镇…): built.
		expect(tableRows(['三、项目安排', '（一）大邑县斜源小学', '学校位于斜源镇，新建学生宿舍楼1栋。', '（二）大邑县鹤鸣中学'])).toEqual([null, '建设', null, '建设']);
		// …and a part's service or supply points by their address and what they give (二、农机服务点设置 / 序号｜镇（街道）｜服务点名称｜服务地址｜主要服务内容;
		// 三、种子化肥供应点设置 / 序号｜镇（街道）｜供应点｜地址｜供应品种), past a note.
		const services = ['二、农机服务点设置', '各农机服务点春耕期间实行“早七晚八”值班制度。', '序号｜镇（街道）｜服务点名称｜服务地址｜主要服务内容', '2｜隆兴镇｜杨柳农事服务点｜隆兴镇杨柳村3组｜机插、植保飞防'];
		expect(tableRows(services)).toEqual([null, null, null, '设置']);
		const supplies = ['三、种子化肥供应点设置', '今年全市储备水稻良种420吨。', '序号｜镇（街道）｜供应点｜地址｜供应品种', '1｜隆兴镇｜隆兴农资配送站｜隆兴镇隆兴大道188号｜水稻种子、复合肥'];
		expect(tableRows(supplies)).toEqual([null, null, null, '设置']);
		// …and a table of two cells, one bar a row (区域｜重点点位 / 锦江区｜春熙路、红星路三段), under a part that sets them.
		const drinking = ['二、设置户外劳动者饮水点', '市总工会联合市城管委设置饮水点。', '重点饮水点分布如下：', '区域｜重点点位', '锦江区｜春熙路、红星路三段', '三、其他事项'];
		expect(tableRows(drinking)).toEqual([null, null, null, null, '设置', null]);
		// …or what the sentence right above announces it with (…第一批重点站点停放区设置情况如下：): done at each; not a sentence that names no work.
		const racks = ['第一批重点站点停放区设置情况如下：', '线路｜站点｜所在区｜停放区位置｜泊位（个）', '1号线、2号线｜天府广场站｜青羊区｜E出口东御街非机动车道外侧｜260'];
		expect(tableRows(racks)).toEqual([null, null, '设置']);
		expect(tableRows(['第一批重点站点停放区情况如下：', ...racks.slice(1)])).toEqual([null, null, null]);
		// (…or says the table below gives it: …临时排涝泵站设置情况见下表：, its columns a site set with a kind in brackets, 临时泵站（泵车）设置位置, and a capacity.)
		const pumps = ['重点易涝点位及临时排涝泵站设置情况见下表：', '序号｜所在区｜易涝点位｜类型｜临时泵站（泵车）设置位置｜抽排能力（立方米/小时）｜责任单位', '1｜锦江区｜锦华路一段下穿成昆铁路涵洞｜铁路涵洞｜涵洞北侧人行道集水井旁｜1500｜锦江区水务局'];
		expect(tableRows(pumps)).toEqual([null, null, '设置']);
		// (…or 详见下表 with a note in brackets, its stops by where each stood and stands for now: 原站位｜临时站位.)
		expect(tableRows(['本次共临时迁移公交站点12处。迁移站点详见下表（方向以车辆行驶方向为准）：', '序号｜站点名称｜所在道路｜原站位｜临时站位｜途经线路', '1｜青羊宫站（北向南）｜一环路西一段｜青羊上街路口北侧约40米｜向南迁移约130米，至文化公园北门对面｜27路'])).toEqual([null, null, '迁移']);
		// (…or 如下表：, its points by their trading hours: 序号｜街道｜社区｜设置位置｜摊位数（个）｜经营时段.)
		expect(tableRows(['二、疏导点设置点位及经营时间', '各疏导点具体位置、摊位数量和经营时段如下表：', '序号｜街道｜社区｜设置位置｜摊位数（个）｜经营时段', '1｜天回镇街道｜金华社区｜天回镇老场镇农贸市场外侧空地｜60｜6:30—11:00'])).toEqual([null, null, null, '设置']);
		// …or a sentence right above that does its work to the rows below it (对以下12座城市桥梁实施限载通行。).
		const bridges = ['一、限载桥梁', '自2024年7月1日起，对以下12座城市桥梁实施限载通行。限载值为车辆及所载货物的总质量。', '序号｜桥梁名称｜所在道路｜跨越对象｜所在区', '1｜九眼桥｜一环路东五段｜锦江｜锦江区'];
		expect(tableRows(bridges)).toEqual([null, null, null, '限载']);
		// …or under a part so headed, past its groups (三、纳凉点分布 / （一）公共文化场馆（6处） / 序号｜纳凉点名称｜地址｜开放区域).
		// (…its year in brackets after it: 四、点位清单（2024年度） / 序号｜街道｜点位名称｜类型｜主题｜规模｜责任单位.)
		expect(tableRows(['四、点位清单（2024年度）', '序号｜街道｜点位名称｜类型｜主题｜规模｜责任单位', '1｜猛追湾街道｜成华公园南入口｜公共艺术装置｜府河记忆浮雕景墙｜1组｜区公园城市建设和城市更新局'])).toEqual([null, null, '设置']);
		const shelters = ['三、纳凉点分布', '（一）公共文化场馆（6处）', '序号｜纳凉点名称｜地址｜开放区域', '1｜成华区图书馆（总馆）｜双林路388号｜一楼大厅', '四、重点群体关爱'];
		expect(tableRows(shelters)).toEqual([null, null, null, '设置', null]);
		// (A part's heading that names no work gives none: 一、基本情况.)
		expect(tableRows(['一、基本情况', header, '1｜猛追湾夜市｜望平街｜18:30—24:00｜80｜猛追湾街道办事处'])).toEqual([null, null, null]);
	});

	it('finds the names of a table of places and their addresses, which say where they are', () => {
		const table = ['一、第六批历史建筑名录', '本批历史建筑共30处，分布于11个区（市）县。', '序号  名称  地址  建成年代  类型', '锦江区（4处）', '2  耿家巷刘氏宅院  耿家巷17号  清末  传统民居', '二、保护要求'];
		expect(tableRows(table)).toEqual([null, null, null, null, '认定', null]);
		const cells = rowCells(table);
		expect(cells.map((row, i) => spans(table[i], row?.names) ?? null)).toEqual([null, null, null, null, ['耿家巷刘氏宅院'], null]);
		expect(cells.map((row, i) => spans(table[i], row?.where) ?? null)).toEqual([null, null, null, null, ['耿家巷17号'], null]);
		// A list of the heritage a notice designates, its rows in groups counted in 处.
		const heritage = ['温江区第三批区级文物保护单位名单（共25处）', '序号 名称 年代 类别 地址', '一、古遗址（5处）', '1 黎坝遗址 商周 古遗址 万春镇黎坝村4组', '二、古墓葬（5处）', '6 何氏墓 清 古墓葬 公平街道惠民社区'];
		expect(tableRows(heritage)).toEqual([null, null, null, '认定', null, '认定']);
		// …and of the ancient trees it registers, each where it grows (二、新认定古树名木名录 / 编号｜树种｜科属｜估测树龄（年）｜保护级别｜区（市）县｜生长位置｜管护责任单位).
		const trees = ['二、新认定古树名木名录', '编号｜树种｜科属｜估测树龄（年）｜保护级别｜区（市）县｜生长位置｜管护责任单位', '510181-0312｜银杏｜银杏科银杏属｜820｜一级｜都江堰市｜青城山镇泰安村泰安古镇老街北侧｜青城山镇人民政府'];
		expect(tableRows(trees)).toEqual([null, null, '新认定']);
		// …and of the rural roads it names, its title in quotes (附件：2024年度成都市“美丽农村路”名单).
		const roads = ['附件：2024年度成都市“美丽农村路”名单', '序号｜区（市）县｜路线名称｜起讫点｜里程（公里）｜技术等级', '2｜邛崃市｜平乐镇至花楸村道路｜平乐古镇—花楸山茶园｜7.8｜四级'];
		expect(tableRows(roads)).toEqual([null, null, '认定']);
		// A 名称 column beside no address is of anything (项目, 指标): no names of places.
		expect(rowCells(['序号  名称  类型  数量', '1  耿家巷刘氏宅院  传统民居  1'])[1]).toBeNull();
	});

	it('finds the stations of a line’s table of first and last trains, and sets the lines they change to aside', () => {
		const table = ['三、车站及换乘信息', '序号｜车站｜可换乘线路｜往蜀鑫路方向首班/末班｜往石佛方向首班/末班', '1｜石佛｜预留换乘条件｜06:20/22:50｜—', '7｜韦家碾｜1号线｜06:32/23:02｜07:02/23:32'];
		expect(tableRows(table)).toEqual([null, null, '运营', '运营']);
		const cells = rowCells(table);
		expect(cells.map((row, i) => spans(table[i], row?.stations) ?? null)).toEqual([null, null, ['石佛'], ['韦家碾']]);
		expect(aside(table)).toEqual([null, null, ['预留换乘条件'], ['1号线']]);
		// …as it does the lines a station is on (序号｜所在区｜站点名称｜途经线路｜停放区位置｜泊位数（个）).
		expect(aside(['序号｜所在区｜站点名称｜途经线路｜停放区位置｜泊位数（个）', '1｜锦江区｜春熙路站｜2号线、3号线｜A、C出入口东大街人行道｜260'])).toEqual([null, ['2号线、3号线']]);
		// A station's name in its cell before its own in brackets is the station (浣花里（省医院草堂院区）); so is each a route's cell of the
		// stations it feeds lists, its lines after it (序号｜线路｜调整方式｜…｜接驳地铁站｜实施日期).
		const named = ['序号｜车站名称｜所在区｜换乘线路｜车站位置', '4｜浣花里（省医院草堂院区）｜青羊区｜—｜大石西路与百花正街交叉口'];
		expect(spans(named[1], rowCells(named)[1]?.stations)).toEqual(['浣花里']);
		const routes = ['序号｜线路｜调整方式｜调整前起讫点｜调整后起讫点｜接驳地铁站｜实施日期', '3｜835路｜截短｜西河公交站—成渝立交公交站｜西河公交站—地铁玉石站｜玉石（30号线）、西河（4号线）｜2026年1月12日'];
		expect(tableRows(routes)).toEqual([null, '调整']);
		expect(spans(routes[1], rowCells(routes)[1]?.stations)).toEqual(['玉石', '西河']);
	});

	it('sets aside a complaint, where it was made and what was found, in a table of complaints and what was done about each', () => {
		const table = ['编号｜交办问题｜行政区域｜调查核实情况｜处理和整改情况｜办结情况', 'X5｜反映安德街道异味。｜郫都区｜经查属实。｜安德街道开展每日巡查。｜阶段性办结'];
		expect(tableRows(table)).toEqual([null, '整改']);
		expect(aside(table)).toEqual([null, ['反映安德街道异味。', '郫都区', '经查属实。']]);
	});

	it('finds no cells of a table with none of the columns it knows', () => {
		expect(rowCells(['| 序号 | 项目名称 | 总投资 |', '|---|---|---|', '| 1 | 东安湖公园 | 12 |'])).toEqual([null, null, null]);
	});

	it('reads a table of progress, one row a line with blanks between the cells, through the headings of its groups', () => {
		const table = [
			'序号 项目名称 建设地点 责任单位 年度计划 1-10月完成 完成率 形象进度 存在问题',
			'一、交通基础设施（8项）',
			'1 轨道交通17号线二期工程 双流区、武侯区 成都轨道集团 55.0 41.3 75.1% 主体施工 机车厂站周边地块征拆交地滞后',
			'二、生态环境（2项）',
			'9 锦江绿道提升工程 锦江区 锦江区人民政府 4.2 4.2 100.0% 已完工 无',
			// A cell with a blank in it leaves the row unread: its cells cannot be told apart.
			'10 东安湖公园 龙泉驿区 市公园城市局 3.6 2.7 75.0% 主体 施工 无',
			'三、保障措施',
			'各区要压实责任，按月调度。'
		];
		const rows = rowCells(table);
		expect(rows.map((row, i) => spans(table[i], row?.where) ?? null)).toEqual([null, null, ['双流区、武侯区'], null, ['锦江区'], null, null, null]);
		expect(rows.map((row, i) => spans(table[i], row?.aside) ?? null)).toEqual([null, null, ['机车厂站周边地块征拆交地滞后'], null, ['无'], null, null, null]);
		expect(rows.map((row) => row?.progress ?? null)).toEqual([null, null, '主体施工', null, '已完工', null, null, null]);
		expect(tableRows(table)).toEqual([null, null, '建设', null, '建设', '建设', null, null]);
	});

	it('goes on through a group heading that names work of its own, under the header above it', () => {
		const table = [
			'（一）枢纽和物流项目',
			'序号 项目名称 建设地点 主要建设内容 2026年计划投资（亿元）',
			'4 青白江公铁联运物流园 大同街道 新建公路货运分拨中心 2.9',
			'（二）先进制造业项目',
			'5 欧洲产业城新能源汽车零部件产业园二期 欧洲产业城 新建标准化厂房22万平方米及研发中心 7.5'
		];
		expect(tableRows(table)).toEqual([null, null, '建设', null, '建设']);
		// Without a header, such a heading is a project of its own (16．大弯街道老工业厂区转型项目 / 所在区域：青白江区).
		// A group counted with its investment holds groups of its own, each a short kind.
		const plan = [
			'序号\t项目名称\t建设地点\t总投资（亿元）',
			'7\t轨交科创中心（二期）\t新都区\t12.6',
			'四、基础设施项目（236个，年度计划投资1210亿元）',
			'（一）交通',
			'21\t成都轨道交通13号线一期\t青羊区、金牛区\t300',
			'（二）水利',
			'31\t三坝水库\t大邑县\t45',
			'四、保障措施',
			'（一）加强组织领导。各街道抓好落实。'
		];
		expect(tableRows(plan)).toEqual([null, '建设', null, null, '建设', null, '建设', null, null]);
	});

	it('finds the 建设地点 cell of a row saved as CSV, though its 建设内容 holds commas of its own', () => {
		const table = [
			'序号，项目名称，建设地点，建设内容，总投资，年度计划投资',
			'1，轨道交通13号线一期工程，金牛区、青羊区，线路全长约29.1公里，设车站21座，282.5，46.0',
			'2，成都东站改造，成华区，优化进出站流线，35，5'
		];
		expect(rowCells(table).map((row, i) => spans(table[i], row?.where) ?? null)).toEqual([null, ['金牛区、青羊区'], ['成华区']]);
	});

	it('reads a 建成年份 column as one of progress', () => {
		const table = [
			'| 序号 | 项目名称 | 建设地点 | 建成年份 | 备注 |',
			'|---|---|---|---|---|',
			'| 1 | 天府农博园配套道路工程 | 新津区 | 2023年（已建成） | 已投用 |',
			'| 2 | 驷马河城市地标项目 | 金牛区 | 2027年（计划） | 本批新增 |'
		];
		expect(rowCells(table).map((row) => row?.progress ?? null)).toEqual([null, null, '2023年（已建成）', '2027年（计划）']);
	});

	it('reads a table of stations by their site, the area each serves and when each is built (选址位置｜责任区范围｜建设时序)', () => {
		const table = ['序号｜站名｜类别｜所在区域｜选址位置｜责任区范围｜建设时序', '1｜兴隆湖站｜特勤站｜天府新区｜兴隆街道，鹿溪河北侧｜兴隆湖周边及成都科学城核心区｜2025年开工，2026年投用'];
		expect(isHeaderRow(table[0])).toBe(true);
		expect(tableRows(table)).toEqual([null, '开工']);
		// …a table of the homes each street's communities get renovated, by their kind (街道｜覆盖社区｜兜底改造户（户）｜补贴改造户（户）): renovated there.
		const homes = ['街道｜覆盖社区｜兜底改造户（户）｜补贴改造户（户）｜合计（户）', '玉林街道｜玉林北路社区、倪家桥社区｜68｜28｜96'];
		expect(tableVerb(homes[0])).toBe('改造');
		expect(tableRows(homes)).toEqual([null, '改造']);
		// …or the works of each kind each town gets, counted in their units (山坪塘整治（口）｜提灌站改造（座）｜机耕道（公里）), with the
		// villages they touch (主要涉及村（社区）): worked on there.
		const ponds = ['镇（街道）｜山坪塘整治（口）｜提灌站改造（座）｜机耕道（公里）｜主要涉及村（社区）', '云合镇｜10｜0｜5.6｜云台村、松林村'];
		expect(tableVerb(ponds[0])).toBe('整治');
		expect(tableRows(ponds)).toEqual([null, '整治']);
		// (…what is counted named between the work and its unit: 提升农房（户）; the towns a line touches in brackets: 涉及镇（街道）.)
		const homes2 = ['序号｜线路（区域）｜涉及镇（街道）｜涉及村（社区）｜提升农房（户）｜2024年｜2025年｜2026年', '1｜成新蒲快速路｜寿安街道｜箭塔村、白云村、岳店社区｜420｜260｜160｜0'];
		expect(tableRows(homes2)).toEqual([null, '提升']);
		// …and by what each can do a day (日加注能力（千克）).
		expect(tableRows(['序号｜站点名称｜所在区（市）县｜选址位置｜建设类型｜日加注能力（千克）｜建设时序', '2｜郫都犀浦公交加氢站｜郫都区｜犀浦公交停保场内｜固定式｜1000｜2025年'])).toEqual([null, '建设']);
	});

	it('reads a 进度 column as one of progress, and its table as one of projects', () => {
		const table = ['| 项目名称 | 建设地点 | 建设内容 | 进度 |', '|---|---|---|---|', '| 成都轨道交通8号线三期 | 成华区、新都区 | 线路长约11公里，设站7座 | 前期，可研报告已批复 |'];
		expect(tableRows(table)).toEqual([null, null, '建设']);
		expect(rowCells(table).map((row) => row?.progress ?? null)).toEqual([null, null, '前期，可研报告已批复']);
		expect(tableVerb('序号 项目名称 建设地点 建设进度')).toBe('建设');
	});
});

// Every string the UI shows, in Chinese (the default) and English. Document text is never here.
import type { GeometryKind } from '../atlas/format';
import type { Unlocated } from '../atlas/records';
import type { InputWarning, PlaceKind, Precision, RemovedReason, Status, Theme } from '../types';
import type { Problem } from '../tour/schema';
import { PROBLEM_TEXT, type InputProblem } from '../text/errors';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
	title: '成都政策地图',
	tagline: '政策文本里的每一处空间承诺',
	nav: {
		map: '地图',
		documents: '原文',
		main: '主导航',
		warned: '读取这份文件时有提示，见文档开头',
		skipped: (n: number) => `${n} 个文件未能读取，不在地图上：`,
		problem: {
			empty: '空文件',
			binary: '二进制文件，不是文本',
			document: '文档格式文件，不是纯文本：请先另存为 UTF-8 文本',
			encoding: '不是有效的 UTF-8、UTF-16、GB18030 或 Big5 文本',
			directory: '是文件夹，不是文件',
			unreadable: '无法读取'
		} satisfies Record<InputProblem, string>
	},
	switchTo: { label: 'EN', aria: 'Switch to English' },

	panel: { show: '展开面板', hide: '收起面板', region: '筛选与图例' },
	filters: {
		heading: '筛选',
		clear: '清除筛选',
		facet: {
			theme: '主题',
			doc: '文档',
			status: '状态',
			geom: '几何类型',
			precision: '定位精度'
		}
	},
	theme: {
		industry: '产业',
		transport: '交通',
		ecology: '生态',
		culture: '文化',
		livelihood: '民生',
		innovation: '创新',
		consumption: '消费',
		governance: '治理'
	} satisfies Record<Theme, string>,
	status: {
		planned: '规划',
		reported: '已完成/回顾',
		glossary: '名词解释'
	} satisfies Record<Status, string>,
	geom: { point: '点', line: '线', polygon: '面' } satisfies Record<GeometryKind, string>,
	precision: {
		exact: '精确',
		area: '区域范围',
		approximate: '大致位置',
		district: '区县级'
	} satisfies Record<Precision, string>,
	precisionNote: {
		exact: '',
		area: '',
		approximate: '图上形状只是示意，不是准确边界。',
		district: '只能定位到区县：图上显示的是整个区县，而非具体地点。'
	} satisfies Record<Precision, string>,

	legend: {
		heading: '图例',
		themes: '颜色表示主题',
		exact: '精确位置或范围',
		vague: '大致位置（空心、虚线、浅色）',
		district: '整个区县或只知所在区县：标在区县内，选中后显示区县范围',
		cluster: '多项承诺聚合，点击放大'
	},

	list: {
		heading: '承诺列表',
		count: (n: number) => `当前筛选下共 ${n} 处`,
		empty: '当前筛选下没有承诺。'
	},

	map: {
		label: '成都政策承诺地图',
		loading: '正在加载地图数据…',
		failed: '地图数据加载失败。',
		noData: '地图数据中还没有承诺。',
		drawing: '正在绘制地图…',
		noWebGL: '此浏览器无法绘制地图（需要 WebGL2）。筛选、承诺列表和原文仍可使用。'
	},

	// Issue 6: the planner view (district choropleth, theme × district chart, table, export).
	planner: {
		nav: '规划分析',
		heading: '承诺的空间分布',
		filtersShow: '展开筛选',
		filtersHide: '收起筛选',
		loading: '正在加载规划分析数据…',
		failed: '规划分析数据加载失败。',
		summary: (rows: number, commitments: number) =>
			`当前筛选：${rows} 处（${commitments} 项承诺）`,
		clearAll: '清除全部筛选',
		unlocated: (n: number) => `另有 ${n} 处地名未能定位，不在图表之中：`,
		moreUnlocated: (n: number) => `… 显示全部 ${n} 处`,
		fewerUnlocated: '收起',
		listSeparator: '、',
		facet: { district: '区县', year: '文档年份', target: '目标年份' },
		none: '未注明',
		city: '全市',
		outside: '市外',
		timelineHelp: '点击年份筛选，可多选。',
		map: {
			label: '各区县承诺分布地图',
			heading: '区县分布',
			metric: '指标',
			metrics: { count: '承诺数', density: '每百平方公里' },
			theme: '主题',
			allThemes: '全部主题',
			someThemes: (n: number) => `已选 ${n} 个主题`,
			legendCount: '承诺数（处）',
			legendDensity: '每百平方公里承诺数（处）',
			rule: '跨区县的线和面在所经过的每个区县各计一次。点击区县即按区县筛选。',
			unassigned: (city: number, outside: number) =>
				`另有全市范围 ${city} 处、市外 ${outside} 处，不计入区县。`,
			district: (name: string, n: number) => `${name}：${n} 处`
		},
		chart: {
			heading: '主题 × 区县',
			help: '点击格子按主题和区县筛选，点击条形按其中之一筛选；再次点击取消。',
			total: '合计',
			cell: (district: string, theme: string, n: number) => `${district}，${theme}：${n} 处`,
			bar: (name: string, n: number) => `${name}：共 ${n} 处`
		},
		table: {
			heading: '承诺明细',
			columns: {
				doc: '文档',
				date: '日期',
				section: '章节',
				place: '地点',
				district: '区县',
				theme: '主题',
				status: '状态',
				precision: '定位精度',
				sentence: '原句'
			},
			range: (from: number, to: number, n: number) => `第 ${from}–${to} 条，共 ${n} 条`,
			prev: '上一页',
			next: '下一页',
			empty: '当前筛选下没有承诺。',
			show: (name: string) => `在地图上查看“${name}”`
		},
		export: {
			heading: '导出当前筛选',
			csv: 'CSV 表格',
			geojson: 'GeoJSON',
			png: '地图图片 PNG',
			print: '打印报告',
			filters: '筛选条件',
			noFilters: '无（全部承诺）',
			source: '数据：成都政策地图，底图与地名来源见地图署名'
		}
	},

	source: {
		close: '关闭',
		publisher: '发布',
		date: '日期',
		section: '章节',
		project: (name: string) => `项目：${name}`,
		years: '目标年份',
		figures: '数字',
		places: '涉及地点',
		others: '同一地点的其他承诺',
		noOthers: '此地点没有其他承诺。',
		read: '在原文中阅读',
		whole: '显示整段',
		excerpt: '只看相关句子',
		loading: '正在加载原文…',
		missing: '找不到这条承诺。',
		locatedBy: '定位依据（资料整理者的英文说明）',
		unnamed: (name: string) => `本句没有点名地点，按文本或章节所属的“${name}”定位。`
	},

	doc: {
		back: '返回地图',
		notFound: '找不到这篇文档。',
		loading: '正在加载文档…',
		showRemoved: '显示被移除的文本',
		removedLabel: '已移除',
		mentionsLegend: '地名按承诺主题着色，灰色为未关联承诺的地名；句末的圆角标签是没有点名地点、按所属区县定位的承诺。点击可在地图上查看。',
		onMap: (name: string, rough: boolean) => `在地图上查看“${name}”${rough ? '（大致位置）' : ''}`,
		unnamed: (name: string) => `本句的承诺没有点名地点，按文本或章节所属的“${name}”定位；点击在地图上查看`,
		paragraphs: (n: number) => `${n} 段`,
		/** What a reader should know about the file the text was read from. */
		warning: (w: InputWarning) => {
			switch (w.kind) {
				case 'markup':
					return `文件中有 HTML 标签（第 ${w.line} 行：${w.sample}）。标签已作为被移除的文本保留，标签内的文字照常读取。`;
				case 'mojibake':
					return `文件像是 UTF-8 文本被当作 Latin-1 或 Windows-1252 读取后又保存了一次（${w.sample}…），其中的中文已成乱码。请把原文另存为 UTF-8。`;
				case 'no-chinese':
					return `文件中没有中文。全部 ${w.paragraphs} 段都已保留，但地名按中文名称识别，所以没有内容能显示在地图上。`;
				case 'no-text':
					return `文件中除了被移除的内容（标签、网页或版面元素）之外没有正文，因此没有段落。被移除的内容可在上方开关中查看。`;
				case 'japanese':
					return `文件是 Shift-JIS 编码的日文。已按日文读取，只有与中文写法相同的汉字地名（東部新区、龍泉山）能被识别。`;
			}
		},
		unlocated: {
			heading: (n: number) => `本文有 ${n} 处地名未能在地图上显示`,
			line: (n: number) => `第 ${n} 行`,
			committed: '句中有承诺',
			why: {
				'no-location': '地名表收录了这个地方，但所有资料都没有给出它的位置',
				'not-in-gazetteer': '地名表没有收录这个地方（根据它的写法，如“29号线”“望丛中路”，或与它并列的已知地名判断它是地名）'
			} satisfies Record<Unlocated['reason'], string>,
			/** Above the names of one reason. */
			group: {
				'no-location': '地名表收录了这些地方，但所有资料都没有给出它们的位置：',
				'not-in-gazetteer': '地名表没有收录这些地方（根据写法，如“29号线”“望丛中路”，或与之并列的已知地名判断它们是地名）：'
			} satisfies Record<Unlocated['reason'], string>
		},
		reason: {
			login: '登录入口',
			breadcrumb: '面包屑导航',
			counter: '计数器',
			'comment-form': '评论表单',
			copyright: '版权声明',
			icp: 'ICP 备案',
			footer: '页脚',
			share: '分享按钮',
			navigation: '网站导航',
			advert: '广告',
			'page-number': '页码',
			'running-head': '页眉页脚',
			contents: '目录',
			markdown: 'Markdown 标记',
			markup: 'HTML 标签',
			pinyin: '拼音注音'
		} satisfies Record<RemovedReason, string>
	},

	// Issue 5: what is planned near me (search, home point, radius, nearby list).
	near: {
		heading: '我附近的规划',
		intro: '搜索地点、地铁站或区县，或使用你的位置，查看周边的承诺。',
		search: {
			label: '搜索地点、地铁站或区县',
			placeholder: '搜索地点、地铁站、区县（可用拼音）',
			results: '搜索结果',
			none: (q: string) => `没有找到“${q}”。`,
			count: (n: number) => `${n} 个结果，用上下键选择，回车确认。`
		},
		kind: {
			district: '区县',
			area: '片区',
			landmark: '地标',
			line: '线路',
			hub: '枢纽',
			mountain: '山体',
			river: '河流',
			outside: '市外',
			station: '地铁站'
		} satisfies Record<PlaceKind | 'station', string>,
		lines: (lines: string[]) => lines.map((l) => `${l}号线`).join('、'),
		several: '跨多个区县',
		onlyDistrict: (d: string) => `只知所在区县，选它即选${d}`,
		locate: '使用我的位置',
		locating: '正在定位…',
		denied: '无法获取你的位置（未获允许）。可以搜索地点，或在地图上点选。',
		unavailable: '此浏览器无法定位。可以搜索地点，或在地图上点选。',
		outside: '你的位置不在成都范围内，未采用。',
		setHome: '设为我的位置',
		marker: '我的位置',
		home: '我的位置',
		pickedOnMap: '地图上选取的位置',
		myLocation: '当前定位',
		nearStation: (name: string) => `${name}站附近`,
		coords: (lng: number, lat: number) => `北纬 ${lat.toFixed(4)}°，东经 ${lng.toFixed(4)}°`,
		clear: '清除我的位置',
		radius: '范围',
		km: (km: number) => `${km} 公里`,
		count: (n: number, km: number) => `${km} 公里内有 ${n} 项承诺`,
		filtered: '（已按当前筛选）',
		empty: '范围内没有承诺，可以扩大范围。',
		list: '附近的承诺',
		inside: '位于其中',
		inDistrict: (d: string | null) => (d ? `在你所在的${d}` : '在你所在的区县'),
		districtNote: '以下承诺只定位到区县，没有具体地点，所以不计距离。',
		mapHint: '也可以点击地图空白处，设为你的位置。',
		ignored: {
			home: '链接中的位置无效，已忽略。',
			r: '链接中的范围无效（可选 0.5–10 公里），已忽略。'
		},
		dismiss: '关闭提示',
		sheet: { expand: '展开附近列表', collapse: '收起附近列表' }
	},

	// Issue 7: tours (presenter mode, links per step, the tour builder).
	tour: {
		heading: '导览',
		intro: '按章节在地图上讲述政策：方向键翻页，Esc 退出。',
		stops: (n: number) => `${n} 站`,
		start: (title: string) => `开始导览：${title}`,
		edit: '编辑我的导览',
		present: '放映',
		emptyMine: '还没有章节：在地图上选中一条承诺，点“加入我的导览”。',
		add: '加入我的导览',
		added: (n: number) => `已在我的导览第 ${n} 章`,
		open: '编辑',
		region: '导览放映',
		progress: (i: number, n: number) => `第 ${i} 站，共 ${n} 站`,
		prev: '上一站',
		next: '下一站',
		play: '自动播放',
		pause: '暂停',
		exit: '退出导览',
		fullscreen: '全屏',
		leaveFullscreen: '退出全屏',
		keys: '← → 翻页 · Esc 退出',
		loading: '正在加载导览…',
		notFound: '找不到这个导览。',
		invalid: '导览文件有误，无法放映：',
		skipped: (n: number) => `跳过了 ${n} 站：地图数据中已没有它们所指的承诺或地点。`,
		nothingLeft: '这个导览的站点都已不在地图数据中。',
		dismiss: '关闭提示',
		builder: {
			heading: '编辑我的导览',
			title: '导览标题',
			titleZh: '标题（中文）',
			titleEn: '标题（英文）',
			narrationZh: '解说（中文）',
			narrationEn: '解说（英文，可选）',
			chapter: (n: number) => `第 ${n} 章`,
			up: '上移',
			down: '下移',
			remove: '删除',
			export: '导出 JSON',
			import: '导入 JSON',
			imported: (n: number) => `已导入 ${n} 章。`,
			importFailed: '导入失败，导览未作改动：',
			notStored: '无法保存到本机（浏览器禁止存储），本次访问内仍有效。',
			close: '关闭'
		},
		issue: {
			tour: '导览',
			chapter: (n: number) => `第 ${n} 章`,
			found: (s: string) => `（读到 ${s}）`,
			problem: {
				json: '不是有效的 JSON',
				object: '应为对象',
				format: '不是导览文件（format 应为 "atlas-tour"）',
				version: '不支持的版本（应为 1）',
				required: '缺少此项',
				text: '应为非空文本',
				tooLong: '文字过长',
				id: '编号格式不对',
				idList: '应为编号列表',
				chapters: '应有 1–200 章',
				nothingToShow: '没有可显示的承诺、地点或镜头',
				camera: '镜头应为 "fit" 或 {center, zoom}',
				number: '数值缺失或超出范围'
			} satisfies Record<Problem, string>
		}
	}
};

export type Messages = typeof zh;

const en: Messages = {
	title: 'Chengdu Policy Atlas',
	tagline: 'Every place-specific commitment in the policy texts',
	nav: {
		map: 'Map',
		documents: 'Documents',
		main: 'Main navigation',
		warned: 'This file was read with a warning: see the top of the document',
		skipped: (n: number) => (n === 1 ? '1 file could not be read and is not on the map:' : `${n} files could not be read and are not on the map:`),
		// The build's own words, but a folder in a list of files, not 'is a directory'.
		problem: { ...PROBLEM_TEXT, directory: 'a folder, not a file' }
	},
	switchTo: { label: '中', aria: '切换到中文' },

	panel: { show: 'Show panel', hide: 'Hide panel', region: 'Filters and legend' },
	filters: {
		heading: 'Filters',
		clear: 'Clear filters',
		facet: {
			theme: 'Theme',
			doc: 'Document',
			status: 'Status',
			geom: 'Geometry',
			precision: 'Location precision'
		}
	},
	theme: {
		industry: 'Industry',
		transport: 'Transport',
		ecology: 'Ecology',
		culture: 'Culture',
		livelihood: 'Livelihood',
		innovation: 'Innovation',
		consumption: 'Consumption',
		governance: 'Governance'
	},
	status: {
		planned: 'Planned',
		reported: 'Reported',
		glossary: 'Glossary'
	},
	geom: { point: 'Point', line: 'Line', polygon: 'Area' },
	precision: {
		exact: 'Exact',
		area: 'Area',
		approximate: 'Approximate',
		district: 'District level'
	},
	precisionNote: {
		exact: '',
		area: '',
		approximate: 'The shape on the map is indicative, not an exact boundary.',
		district:
			'Located to the district only: the map shows the whole district, not a specific site.'
	},

	legend: {
		heading: 'Legend',
		themes: 'Colour shows the theme',
		exact: 'Exact place or area',
		vague: 'Approximate place (hollow, dashed, pale)',
		district:
			'A whole district, or known only by its district: marked inside it, outlined when selected',
		cluster: 'Several commitments, click to zoom in'
	},

	list: {
		heading: 'Commitments',
		count: (n: number) => `${n} in the current filter`,
		empty: 'No commitment matches the current filter.'
	},

	map: {
		label: 'Map of Chengdu policy commitments',
		loading: 'Loading map data…',
		failed: 'The map data could not be loaded.',
		noData: 'The map data has no commitments yet.',
		drawing: 'Drawing the map…',
		noWebGL: 'This browser cannot draw the map (it needs WebGL2). The filters, the list of commitments and the texts still work.'
	},

	// Issue 6: the planner view (district choropleth, theme × district chart, table, export).
	planner: {
		nav: 'Planner',
		heading: 'Where the commitments are',
		filtersShow: 'Show filters',
		filtersHide: 'Hide filters',
		loading: 'Loading the planner data…',
		failed: 'The planner data could not be loaded.',
		summary: (rows: number, commitments: number) =>
			`${rows} entries (${commitments} commitments) in the current filter`,
		clearAll: 'Clear all filters',
		unlocated: (n: number) =>
			`${n === 1 ? '1 place name' : `${n} place names`} could not be located and ${n === 1 ? 'is' : 'are'} in no map or count here: `,
		moreUnlocated: (n: number) => `… show all ${n}`,
		fewerUnlocated: 'Show fewer',
		listSeparator: ', ',
		facet: { district: 'District', year: 'Document year', target: 'Target year' },
		none: 'Not stated',
		city: 'City-wide',
		outside: 'Outside the city',
		timelineHelp: 'Click a year to filter; several can be chosen.',
		map: {
			label: 'Map of commitments by district',
			heading: 'By district',
			metric: 'Measure',
			metrics: { count: 'Count', density: 'Per 100 km²' },
			theme: 'Theme',
			allThemes: 'All themes',
			someThemes: (n: number) => `${n} themes chosen`,
			legendCount: 'Commitments (entries)',
			legendDensity: 'Commitments per 100 km²',
			rule: 'A line or area crossing districts counts once in each. Click a district to filter by it.',
			unassigned: (city: number, outside: number) =>
				`${city} city-wide and ${outside} outside entries are in no district.`,
			district: (name: string, n: number) => `${name}: ${n}`
		},
		chart: {
			heading: 'Theme × district',
			help: 'Click a cell to filter by theme and district, a bar by one of them; click again to undo.',
			total: 'Total',
			cell: (district: string, theme: string, n: number) => `${district}, ${theme}: ${n}`,
			bar: (name: string, n: number) => `${name}: ${n} in all`
		},
		table: {
			heading: 'Commitments',
			columns: {
				doc: 'Document',
				date: 'Date',
				section: 'Section',
				place: 'Place',
				district: 'District',
				theme: 'Theme',
				status: 'Status',
				precision: 'Precision',
				sentence: 'Sentence'
			},
			range: (from: number, to: number, n: number) => `${from}–${to} of ${n}`,
			prev: 'Previous page',
			next: 'Next page',
			empty: 'No commitment matches the current filter.',
			show: (name: string) => `Show “${name}” on the map`
		},
		export: {
			heading: 'Export the current filter',
			csv: 'CSV table',
			geojson: 'GeoJSON',
			png: 'Map image (PNG)',
			print: 'Print report',
			filters: 'Filters',
			noFilters: 'None (all commitments)',
			source: 'Data: Chengdu Policy Atlas; basemap and place sources as credited on the map'
		}
	},

	source: {
		close: 'Close',
		publisher: 'Publisher',
		date: 'Date',
		section: 'Section',
		project: (name: string) => `Project: ${name}`,
		years: 'Target years',
		figures: 'Figures',
		places: 'Places',
		others: 'Other commitments at this place',
		noOthers: 'No other commitment at this place.',
		read: 'Read in the document',
		whole: 'Show the whole paragraph',
		excerpt: 'Show only the sentences around it',
		loading: 'Loading the source…',
		missing: 'This commitment could not be found.',
		locatedBy: "How it was located (the gazetteer's note)",
		unnamed: (name: string) => `The sentence names no place: it is placed at ${name}, which its text or section speaks for.`
	},

	doc: {
		back: 'Back to the map',
		notFound: 'This document could not be found.',
		loading: 'Loading the document…',
		showRemoved: 'Show removed text',
		removedLabel: 'Removed',
		mentionsLegend:
			'Place names are coloured by the theme of their commitment, grey when in none; a rounded tag after a sentence is a commitment that names no place and is placed at the district its text speaks for. Click one to see it on the map.',
		onMap: (name: string, rough: boolean) => `Show “${name}” on the map${rough ? ' (approximate location)' : ''}`,
		unnamed: (name: string) =>
			`This sentence commits without naming a place; it is placed at ${name}, which the text or its section speaks for. Click to see it on the map`,
		paragraphs: (n: number) => `${n} paragraphs`,
		warning: (w: InputWarning) => {
			switch (w.kind) {
				case 'markup':
					return `The file contains HTML markup (line ${w.line}: ${w.sample}). The markup is kept as removed text; the words inside it are read as usual.`;
				case 'mojibake':
					return `The file looks like UTF-8 text that was read as Latin-1 or Windows-1252 and saved again (${w.sample}…): its Chinese is garbled. Save the original text as UTF-8.`;
				case 'no-chinese':
					return `The file has no Chinese text. ${w.paragraphs === 1 ? 'Its paragraph is' : `All ${w.paragraphs} paragraphs are`} kept, but places are read by their Chinese names, so none of it is on the map.`;
				case 'no-text':
					return `The file has no text besides what was set aside (markup, page furniture), so it has no paragraphs. Use the switch above to see what was set aside.`;
				case 'japanese':
					return `The file is Japanese text in Shift-JIS. It is read as Japanese; only places written in kanji as in Chinese (東部新区, 龍泉山) are found.`;
			}
		},
		unlocated: {
			heading: (n: number) => (n === 1 ? '1 place name in this text is not on the map' : `${n} place names in this text are not on the map`),
			line: (n: number) => `line ${n}`,
			committed: 'in a commitment',
			why: {
				'no-location': 'The gazetteer lists this place, but no source gives its location.',
				'not-in-gazetteer': 'The gazetteer does not list this place (read as a place from its form, such as 29号线 or 望丛中路, or from the known names listed with it).'
			},
			group: {
				'no-location': 'The gazetteer lists these places, but no source gives their location:',
				'not-in-gazetteer': 'The gazetteer does not list these places (read as places from their form, such as 29号线 or 望丛中路, or from the known names listed with them):'
			}
		},
		reason: {
			login: 'login link',
			breadcrumb: 'breadcrumb',
			counter: 'counter',
			'comment-form': 'comment form',
			copyright: 'copyright notice',
			icp: 'ICP licence',
			footer: 'footer',
			share: 'share buttons',
			navigation: 'site navigation',
			advert: 'advertisement',
			'page-number': 'page number',
			'running-head': 'running head',
			contents: 'table of contents',
			markdown: 'Markdown mark',
			markup: 'HTML markup',
			pinyin: 'pinyin annotation'
		}
	},

	near: {
		heading: 'Planned near me',
		intro: 'Search for a place, a metro station or a district, or use your location, to see the commitments around it.',
		search: {
			label: 'Search places, metro stations or districts',
			placeholder: 'Place, station or district (pinyin works)',
			results: 'Search results',
			none: (q: string) => `Nothing found for “${q}”.`,
			count: (n: number) => `${n} results; use the up and down keys, then Enter.`
		},
		kind: {
			district: 'District',
			area: 'Area',
			landmark: 'Landmark',
			line: 'Line',
			hub: 'Hub',
			mountain: 'Mountain',
			river: 'River',
			outside: 'Outside Chengdu',
			station: 'Metro station'
		},
		lines: (lines: string[]) => `Line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`,
		several: 'several districts',
		onlyDistrict: (d: string) => `known only by its district: picks ${d}`,
		locate: 'Use my location',
		locating: 'Locating…',
		denied: 'Your location is not available (not allowed). Search for a place or click the map instead.',
		unavailable: 'This browser cannot tell your location. Search for a place or click the map instead.',
		outside: 'Your location is outside Chengdu; it was not used.',
		setHome: 'Set as home',
		marker: 'Home',
		home: 'Home',
		pickedOnMap: 'A spot picked on the map',
		myLocation: 'My location',
		nearStation: (name: string) => `Near ${name} station`,
		coords: (lng: number, lat: number) => `${lat.toFixed(4)}° N, ${lng.toFixed(4)}° E`,
		clear: 'Clear home',
		radius: 'Radius',
		km: (km: number) => `${km} km`,
		count: (n: number, km: number) => `${n} commitment${n === 1 ? '' : 's'} within ${km} km`,
		filtered: ' (current filter)',
		empty: 'No commitment within the radius; try a wider one.',
		list: 'Commitments nearby',
		inside: 'inside',
		inDistrict: (d: string | null) => (d ? `In your district, ${d}` : 'In your district'),
		districtNote: 'Located only to the district, with no specific site, so no distance is given.',
		mapHint: 'You can also click an empty spot on the map to set it as home.',
		ignored: {
			home: 'Invalid location in the link, ignored.',
			r: 'Invalid radius in the link (0.5–10 km), ignored.'
		},
		dismiss: 'Dismiss',
		sheet: { expand: 'Show the nearby list', collapse: 'Hide the nearby list' }
	},

	tour: {
		heading: 'Tours',
		intro: 'Walk through the policies on the map, chapter by chapter: arrow keys to move, Esc to leave.',
		stops: (n: number) => `${n} stops`,
		start: (title: string) => `Start the tour: ${title}`,
		edit: 'Edit my tour',
		present: 'Present',
		emptyMine: 'No chapters yet: select a commitment on the map and choose “Add to my tour”.',
		add: 'Add to my tour',
		added: (n: number) => `Chapter ${n} of my tour`,
		open: 'Edit',
		region: 'Tour presentation',
		progress: (i: number, n: number) => `Stop ${i} of ${n}`,
		prev: 'Previous stop',
		next: 'Next stop',
		play: 'Play',
		pause: 'Pause',
		exit: 'Leave the tour',
		fullscreen: 'Full screen',
		leaveFullscreen: 'Leave full screen',
		keys: '← → to move · Esc to leave',
		loading: 'Loading the tour…',
		notFound: 'This tour could not be found.',
		invalid: 'The tour file is malformed and cannot be shown:',
		skipped: (n: number) =>
			`${n} ${n === 1 ? 'stop was' : 'stops were'} skipped: the atlas no longer has what they show.`,
		nothingLeft: 'None of the stops of this tour is in the atlas any more.',
		dismiss: 'Dismiss',
		builder: {
			heading: 'Edit my tour',
			title: 'Tour title',
			titleZh: 'Title (Chinese)',
			titleEn: 'Title (English)',
			narrationZh: 'Narration (Chinese)',
			narrationEn: 'Narration (English, optional)',
			chapter: (n: number) => `Chapter ${n}`,
			up: 'Move up',
			down: 'Move down',
			remove: 'Remove',
			export: 'Export JSON',
			import: 'Import JSON',
			imported: (n: number) => `Imported ${n} chapters.`,
			importFailed: 'Import failed; the tour is unchanged:',
			notStored: 'Could not be saved on this device (storage is blocked); it holds for this visit.',
			close: 'Close'
		},
		issue: {
			tour: 'Tour',
			chapter: (n: number) => `Chapter ${n}`,
			found: (s: string) => ` (found ${s})`,
			problem: {
				json: 'not valid JSON',
				object: 'should be an object',
				format: 'not a tour file (format should be "atlas-tour")',
				version: 'unsupported version (should be 1)',
				required: 'missing',
				text: 'should be non-empty text',
				tooLong: 'text too long',
				id: 'malformed id',
				idList: 'should be a list of ids',
				chapters: 'should have 1–200 chapters',
				nothingToShow: 'no commitment, place or camera to show',
				camera: 'camera should be "fit" or {center, zoom}',
				number: 'number missing or out of range'
			}
		}
	}
};

export const messages: Record<Lang, Messages> = { zh, en };

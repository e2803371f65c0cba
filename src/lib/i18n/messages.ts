// Every string the UI shows, in Chinese (the default) and English. Document text is never here.
import type { GeometryKind } from '../atlas/format';
import type { Precision, RemovedReason, Status, Theme } from '../types';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
	title: '成都政策地图',
	tagline: '政策文本里的每一处空间承诺',
	nav: { map: '地图', documents: '原文', main: '主导航' },
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
		approximate: '位置为大致位置：图上形状只是示意，不是准确边界。',
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
		noData: '地图数据中还没有承诺。'
	},

	source: {
		close: '关闭',
		publisher: '发布',
		date: '日期',
		section: '章节',
		years: '目标年份',
		figures: '数字',
		places: '涉及地点',
		others: '同一地点的其他承诺',
		noOthers: '此地点没有其他承诺。',
		read: '在原文中阅读',
		whole: '显示整段',
		excerpt: '只看相关句子',
		loading: '正在加载原文…',
		missing: '找不到这条承诺。'
	},

	doc: {
		back: '返回地图',
		notFound: '找不到这篇文档。',
		loading: '正在加载文档…',
		showRemoved: '显示被移除的文本',
		removedLabel: '已移除',
		mentionsLegend: '地名按承诺主题着色，灰色为未关联承诺的地名；点击可在地图上查看。',
		onMap: (name: string) => `在地图上查看“${name}”`,
		paragraphs: (n: number) => `${n} 段`,
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
			pinyin: '拼音注音'
		} satisfies Record<RemovedReason, string>
	}
};

export type Messages = typeof zh;

const en: Messages = {
	title: 'Chengdu Policy Atlas',
	tagline: 'Every place-specific commitment in the policy texts',
	nav: { map: 'Map', documents: 'Documents', main: 'Main navigation' },
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
		approximate: 'Approximate location: the shape on the map is indicative, not an exact boundary.',
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
		noData: 'The map data has no commitments yet.'
	},

	source: {
		close: 'Close',
		publisher: 'Publisher',
		date: 'Date',
		section: 'Section',
		years: 'Target years',
		figures: 'Figures',
		places: 'Places',
		others: 'Other commitments at this place',
		noOthers: 'No other commitment at this place.',
		read: 'Read in the document',
		whole: 'Show the whole paragraph',
		excerpt: 'Show only the sentences around it',
		loading: 'Loading the source…',
		missing: 'This commitment could not be found.'
	},

	doc: {
		back: 'Back to the map',
		notFound: 'This document could not be found.',
		loading: 'Loading the document…',
		showRemoved: 'Show removed text',
		removedLabel: 'Removed',
		mentionsLegend:
			'Place names are coloured by the theme of their commitment, grey when in none; click one to see it on the map.',
		onMap: (name: string) => `Show “${name}” on the map`,
		paragraphs: (n: number) => `${n} paragraphs`,
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
			pinyin: 'pinyin annotation'
		}
	}
};

export const messages: Record<Lang, Messages> = { zh, en };

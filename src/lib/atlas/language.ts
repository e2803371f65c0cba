// What a sentence of a Chinese policy text commits to: its verb phrase, theme, target years and
// figures. Word lists are tuned to the register of work reports and plenary decisions.
import type { Theme } from '../types';

/** Adverbs that lead a verb (加快推进, 大力发展, 基本形成). */
const ADVERBS = ['主动', '奋力', '大力', '全力', '着力', '持续', '积极', '全面', '深入', '稳步', '力争', '确保', '基本', '继续'];
/** Words that frame a clause (依托淮州新城…) without committing anything on their own. */
const FRAMES = ['依托', '围绕', '聚焦', '突出', '重点'];
/** Verbs that commit only with an adverb: 大力发展 commits, 发展潜力 does not. */
const WEAK = ['发展', '服务', '形成', '保障', '开放', '更新', '治理', '协同', '联动', '引领', '带动', '聚集', '融入', '对接'];
/** Verbs that commit by themselves (加快 is also a verb: 加快东进区域整体成势). */
const STRONG = [
	'加快', '加速', '加紧', '策划',
	'推进', '推动', '建设', '打造', '建成', '开工', '实施', '提升', '布局', '构建', '培育', '深化', '创造',
	'完善', '启动', '争取', '支持', '规划', '开通', '投运', '建立', '创建', '扩大', '优化', '强化', '落实',
	'促进', '做强', '做优', '做大', '壮大', '升级', '改造', '保护', '修复', '新建', '续建', '谋划', '筹建',
	'引进', '举办', '承办', '探索', '共建', '拓展', '增强', '加强', '开展', '完成', '提速', '提质', '提档',
	'贯通', '通车', '运营', '投用', '落地', '招引', '集聚', '塑造', '擦亮', '彰显', '植入', '营造',
	'申建', '申报', '获批', '建好', '用好', '办好', '突破', '增加', '新增', '疏解', '整治', '补齐', '延伸', '连通',
	// Reported work of a review section: what was finished, opened or recognised.
	'入选', '增绿', '增景', '完工', '竣工', '打通', '加密', '出台', '获评', '复航', '开园', '开街', '开馆', '开业',
	'投产', '挂牌', '揭牌', '通航', '试运营'
];
const WORDS = [...ADVERBS, ...FRAMES, ...WEAK, ...STRONG].sort((a, b) => b.length - a.length);
const VERB_RE = new RegExp(`(?:${WORDS.join('|')})+`, 'g');
const KIND = new Map<string, 'adverb' | 'frame' | 'weak' | 'strong'>([
	...ADVERBS.map((w) => [w, 'adverb'] as const),
	...FRAMES.map((w) => [w, 'frame'] as const),
	...WEAK.map((w) => [w, 'weak'] as const),
	...STRONG.map((w) => [w, 'strong'] as const)
]);

/** A verb followed by a figure reports a statistic: 提升至70%, 突破100万标箱. */
const STATISTIC = /^(?:至|到|超|超过)\d/;
/** In progress, described rather than committed: 企业正加紧布局. */
const DESCRIBED = /正在?$/;

/** The commitment verb phrase of a clause (加快推进, 打造 …), or null if it commits to nothing. */
export function verbPhrase(sentence: string): string | null {
	for (const m of sentence.matchAll(VERB_RE)) {
		const phrase = m[0];
		const at = m.index!;
		if (!commits(phrase)) continue;
		const rest = sentence.slice(at + phrase.length);
		if (STATISTIC.test(rest) || (phrase.endsWith('突破') && /^\d/.test(rest))) continue;
		if (DESCRIBED.test(sentence.slice(Math.max(0, at - 2), at))) continue;
		return phrase;
	}
	return null;
}

/** A phrase commits when it holds a strong verb, or a weak one led by an adverb. */
function commits(phrase: string): boolean {
	const kinds = new Set<string>();
	for (let rest = phrase; rest; ) {
		const word = WORDS.find((w) => rest.startsWith(w))!;
		kinds.add(KIND.get(word)!);
		rest = rest.slice(word.length);
	}
	return kinds.has('strong') || (kinds.has('weak') && kinds.has('adverb'));
}

const THEME_WORDS: Record<Theme, string[]> = {
	transport: ['交通', '铁路', '高铁', '地铁', '轨道', '号线', '机场', '航线', '枢纽', '港', '公路', '高速', '快速路', '道路', '车站', '站', '物流', '班列', '通道', '航站', '线路', '通车', '开通', '换乘', '立交'],
	ecology: ['生态', '绿色', '低碳', '绿道', '森林', '湿地', '河', '湖', '水', '环境', '碳', '蓝网', '增绿', '植', '大气', '污染', '公园城市', '山', '绿心', '流域'],
	culture: ['文化', '遗址', '博物', '文旅', '旅游', '历史', '文物', '考古', '艺术', '图书馆', '体育', '赛事', '大运', '世运', '街区', '非遗', '书香', '文创', '音乐', '景区', '古镇'],
	livelihood: ['教育', '医疗', '医院', '学校', '养老', '就业', '住房', '社区', '托育', '民生', '幸福', '收入', '保障', '安置', '健康', '未成年', '儿童', '老年', '群众', '居民'],
	innovation: ['科技', '创新', '科创', '科学', '研发', '实验室', '高新', '人才', '孵化', '数字', '人工智能', '算力', '技术', '大学', '智慧'],
	consumption: ['消费', '商圈', '商业', '购物', '夜间经济', '首店', '时尚', '会展', '博览', '会客厅', '步行街', '零售', '餐饮', '美食'],
	industry: ['产业', '制造', '企业', '园区', '经济', '集群', '建圈强链', '工业', '汽车', '航空', '装备', '能源', '光伏', '锂电', '招商', '投资', '项目', '新城', '开发区', '经开区', '功能区', '总部', '贸易', '开放'],
	governance: ['治理', '基层', '党建', '法治', '改革', '营商环境', '政务', '安全', '应急', '网格', '执法', '服务型', '机制']
};

/** The theme whose words a sentence uses most; the place kind breaks ties (a line is transport). */
export function themeOf(sentence: string, hint: Theme | null): Theme {
	let best: Theme = hint ?? 'industry';
	let bestScore = 0;
	for (const [theme, words] of Object.entries(THEME_WORDS) as [Theme, string[]][]) {
		let score = 0;
		for (const w of words) {
			for (let at = sentence.indexOf(w); at !== -1; at = sentence.indexOf(w, at + w.length)) score += w.length;
		}
		if (theme === hint) score += 1;
		if (score > bestScore) {
			best = theme;
			bestScore = score;
		}
	}
	return best;
}

/** Years a sentence aims at (到2025年, 2035年前), not the years it looks back on. */
export function targetYears(sentence: string, since: number | null): number[] {
	const years = new Set<number>();
	for (const m of sentence.matchAll(/(?:到|至|在|于)?(20[2-5]\d)年(?:前|底|末)?/g)) {
		const year = Number(m[1]);
		if (since === null || year >= since) years.add(year);
	}
	return [...years].sort();
}

const UNIT = '(?:元|美元|平方米|平米|平方公里|公里|千米|米|个|家|项|条|座|吨|人次|人|户|套|亩|标箱|列|架次|%|％)';
const FIGURE_RE = new RegExp(
	[
		'(?:[万千百]亿级|万亿级|千亿级|百亿级)',
		`\\d+(?:\\.\\d+)?\\s*(?:万亿|亿|千万|百万|万)?${UNIT}`,
		// Amounts in Chinese numerals: 千万平米, 三千亩 (not 一批, 一个).
		`(?:[一二两三四五六七八九十]*[十百千万亿]+)(?:平方米|平米|平方公里|公里|亩|元|人次|标箱)`
	].join('|'),
	'g'
);

/** Figures exactly as written (千亿级, 630亿元, 40.3%). */
export function figures(sentence: string): string[] {
	return [...new Set(sentence.match(FIGURE_RE) ?? [])];
}

/** Clause boundaries inside a sentence: the verb that commits a place stands in its clause. */
export function clauses(sentence: string): [number, number][] {
	const spans: [number, number][] = [];
	let start = 0;
	for (let i = 0; i <= sentence.length; i++) {
		// Headlines separate their clauses with a space: 做强千亿级航空旗舰企业 加快推进航空新城….
		const gap = sentence[i] === ' ' && CJK.test(sentence[i - 1] ?? '') && CJK.test(sentence[i + 1] ?? '');
		if (i === sentence.length || sentence[i] === '，' || sentence[i] === ',' || gap) {
			if (i > start) spans.push([start, i]);
			start = i + 1;
		}
	}
	return spans;
}

const CJK = /[\u4e00-\u9fa5]/;

/** A clause that frames the next one: 以春熙路时尚商圈为牵引，打造… / 依托淮州新城等…，聚焦… */
const FRAME_CLAUSE = /^[\u4e00-\u9fa5]{0,5}?(?:依托|围绕|聚焦)|^(?:以|依托|围绕|聚焦|在|对|把|将|推动|坚持|立足|发挥|结合|抓住|抢抓|着眼)|为(?:牵引|载体|核心|重点|引领|龙头|抓手|依托|支撑|主体)/;

/**
 * Whether a place in clause i of a sentence is the object of a commitment: its own clause has a
 * verb phrase, or it sits in a framing clause and the next clause commits.
 */
export function committedAt(sentence: string, spans: [number, number][], i: number): string | null {
	const own = sentence.slice(...spans[i]);
	const verb = verbPhrase(own);
	if (verb) return verb;
	if (!FRAME_CLAUSE.test(own)) return null;
	// A frame may lead a chain of frames: 依托淮州新城…，聚焦…六大领域，大力实施….
	for (let j = i + 1; j < spans.length && j <= i + 3; j++) {
		const next = sentence.slice(...spans[j]);
		const v = verbPhrase(next);
		if (v) return v;
		if (!FRAME_CLAUSE.test(next)) return null;
	}
	return null;
}

/** Splits a paragraph into sentences at sentence ends and colons, keeping their offsets. */
export function sentences(text: string): [number, number][] {
	const spans: [number, number][] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		if ('。！？；：!?;'.includes(text[i])) {
			// A closing quote belongs to the sentence it closes.
			let end = i + 1;
			while (end < text.length && '”’」』）'.includes(text[end])) end++;
			pushTrimmed(text, start, end, spans);
			start = end;
			i = end - 1;
		}
	}
	pushTrimmed(text, start, text.length, spans);
	return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: [number, number][]) {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	if (end > start) spans.push([start, end]);
}

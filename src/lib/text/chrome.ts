// Web-page furniture around a reposted text: login links, breadcrumbs, view counters, comment
// boxes, share buttons, copyright, ICP numbers and site footers; and a printed document's table of
// contents and page numbers. Lines are tested whole, after
// normalization (so : and ： both appear as ：next to Chinese). "Strong" patterns are never
// document text; "weak" ones (contact lines, terms-of-service clauses) are furniture only inside
// a run of furniture at the very start or end of the file.
import type { RemovedReason } from '../types';
import { isDigit, isHan, isLatinLetter } from './units';

type Rule = [RegExp, RemovedReason];

const C = '[:：]';
/** The heading of the links to other texts a page ends with (相关链接, 相关公告, 往期推荐). */
export const RELATED = /^(?:相关(?:链接|阅读|新闻|文章|公告|通知|文件|报道)|延伸阅读|推荐阅读|热点推荐|热门推荐|往期推荐|往期回顾|猜你喜欢)\s*[:：]?$/;
/** A page's button, in brackets or bare: 【打印本页】, 关闭, 【大】. */
const BUTTON = '[【\\[]?(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|收藏|大|中|小)[】\\]]?';

const STRONG: Rule[] = [
	[/^(?:登录|注册|登录\s*[|｜/／]?\s*注册|用户登录|会员登录|免费注册|请登录|立即登录|退出登录|退出)$/, 'login'],
	[new RegExp(`^(?:当前位置|您的位置|你的位置|您现在的位置|现在位置|所在位置)\\s*${C}`), 'breadcrumb'],
	// A trail of pages from the home page, the site's name perhaps before it: 首页 > 成都, 红星新闻首页 > 成都 > 城市 > 正文,
	// 成都日报数字报　首页 > 2025年04月18日 > 第02版：要闻, 郫都区人民政府门户网站　首页 > 新闻中心 > 郫都要闻.
	[/^(?:[^\s>›»|｜]{2,16}\s*)?首页\s*[>›»]/, 'breadcrumb'],
	// A digital paper's or a site's tools between bars: 往期回顾 | 版面导航 | PDF下载 (not a table's header: 序号 | 指标 | 2024年基数).
	[/^(?=[^|｜\s]{2,8}\s*[|｜])(?=.*(?:导航|下载|往期|回顾|订阅|客户端|APP|登录))[^|｜\s]{2,8}(?:\s*[|｜]\s*[^|｜\s]{2,8}){2,}$/, 'navigation'],
	// A site's menu bar, its name perhaps before it, its items between bars or spaces: 首页 | 政务公开 | 政务服务 | 互动交流,
	// 香江新闻网 首页 | 新闻 | 内地, 红星新闻网 | 首页  成都  四川  国内 (not a letter-spaced heading: 热 | 议 | 目 | 标).
	[/^(?:[^|｜\s]{2,12}\s*[|｜]?\s+)?首页(?:(?:\s*[|｜]\s*[^|｜\s]{2,8}){2,}|(?:\s+[^|｜\s]{2,8}){3,})$/, 'navigation'],
	[new RegExp(`^(?:阅读|浏览|点击|访问)(?:次数|量|数)?\\s*${C}?\\s*\\d*\\s*次?$`), 'counter'],
	// A news app's counts, its likes after an emoji: 阅读 10.2万 👍 3562, 👍 2315.
	[/^(?:(?:阅读|浏览)\s*[\d.]+万?\+?)?(?:\s*(?:👍|❤️?|♥|赞)\s*[\d.]+万?\+?)+$/, 'counter'],
	[/您是.{0,12}第.{0,12}位访问者|访问人?次数?\s*[:：]\s*\d+/, 'counter'],
	[/^(?:我也说两句|发表评论|我要评论|网友评论|查看评论|查看全部评论|提交评论|提交|匿名发表|发表)[\s>›»]*$/, 'comment-form'],
	// The head of the comments under an app's article: 💬 网友评论（1286）.
	[/^\S{0,2}\s*(?:网友评论|全部评论|热门评论|评论)\s*[（(]\d+[）)]$/, 'comment-form'],
	// A comment box's label with nothing after it but its limits (评论:(内容不能超过500字。)); not a
	// commentary's headline (评论：从春熙路的烟火气读懂城市的温度).
	[new RegExp(`^(?:评论|网友评论)\\s*${C}\\s*(?:$|[（(\\[【\\d])`), 'comment-form'],
	[new RegExp(`^验证码\\s*${C}`), 'comment-form'],
	[/用户名\s*[:：].{0,20}密码/, 'comment-form'],
	[/^\*?评论内容/, 'comment-form'],
	[/^(?:分享到|分享)\s*[:：]?(?:\s*(?:[^\s\w\u4e00-\u9fa5]{1,2})?\s*(?:微信|微博|QQ空间|QQ|朋友圈|新浪微博|腾讯微博|复制链接|Facebook|WhatsApp|Twitter|LINE|Telegram|打印|列印))*$/i, 'share'],
	[/^(?:微信|微博|QQ空间|朋友圈)(?:\s+(?:微信|微博|QQ空间|QQ|朋友圈))+$/, 'share'],
	[/^(?:扫一扫|微信扫一扫|扫描二维码)/, 'share'],
	// A WeChat article's buttons and links, each on a line of its own when the page is copied.
	[/^(?:阅读原文|轻触阅读原文|收藏|点赞|赞|在看|转发|写留言|留言|分享|喜欢此内容的人还喜欢|继续滑动看下一个|向上滑动看下一个|预览时标签不可点)$/, 'share'],
	[/^收录于(?:合集|话题)\s*#/, 'navigation'],
	[/[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼蜀]ICP[备证]?\s*\d+号?(?:-\d+)?|公网安备/, 'icp'],
	[/(?:简介|版权声明|联系我们|网站地图|关于我们|免责声明|隐私|网站声明)\s*[|｜]|[|｜]\s*(?:简介|版权声明|联系我们|网站地图|关于我们|免责声明|隐私|网站声明)$/, 'footer'],
	[new RegExp(`^(?:主办单位|承办单位|协办单位|主管单位|技术支持|联系我们|网站地图|关于我们|网站声明)\\s*(?:${C}|$)`), 'footer'],
	[new RegExp(`^主办\\s*${C}.{1,40}\\s承办\\s*${C}`), 'footer'],
	[new RegExp(`^(?:版权声明|版权所有|免责声明)\\s*${C}?$`), 'copyright'],
	[/^(?:Copyright|©|\(c\))|All rights reserved|版权所有.{0,20}(?:不得|违者|禁止|转载)|^声明：.{0,30}未经(?:授权|许可)[，,]?不得(?:转载|复制|使用)/i, 'copyright'],
	[/^(?:添加到桌面|设为首页|加入收藏|站内导航|网站导航|返回首页|返回顶部|打印本页|关闭窗口|分网)$/, 'navigation'],
	// A page's buttons in brackets or bare, a view count or the type sizes before them: 【打印本页】【关闭窗口】, 2174 【打印】【关闭】,
	// 【大】【中】【小】 打印 关闭.
	[new RegExp(`^(?=.*(?:打印|关闭))(?:\\d+\\s*)?(?:${BUTTON}\\s*)+$`), 'navigation'],
	// A search box: 请输入关键词　搜索.
	[/^请输入(?:关键词|关键字|搜索内容|搜索关键词)(?:\s*(?:搜索|检索|查询))?$/, 'navigation'],
	[/添加到桌面|设为首页|加入收藏|【?字[体号]\s*[:：]?\s*大\s*中\s*小】?/, 'navigation'],
	[new RegExp(`^专业号\\s*${C}`), 'navigation'],
	// A news app's bar and buttons: ‹ 返回, ▼ 点击查看更多, 打开APP阅读全文 >.
	[/^[‹<«]\s*返回|^[▼▽↓]?\s*(?:点击|展开)(?:查看)?(?:更多|全文)[\s>›»]*$|^(?:打开|下载)\s*APP\s*(?:阅读|查看)?(?:全文|更多)?[\s>›»]*$/i, 'navigation'],
	// An advertisement set in a text: 【广告】…, （广告）, 【推广】….
	[/^[【\[（(](?:广告|推广)[】\]）)]/, 'advert'],
	// Links to the site's other articles: their headlines are not this text's (下一篇：青羊区…文创谷开园).
	[new RegExp(`^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)\\s*${C}`), 'navigation'],
	[RELATED, 'navigation'],
	// A printed plan's table of contents: its heading, and entries that lead with dots to a page
	// number (第一章 规划总则 ……… 1), which would otherwise open sections with nothing in them.
	[/^目\s*[录次]$|(?:\.{3,}|…{2,}|·{3,}|-{4,}|_{4,})\s*\d{1,4}$/, 'contents'],
	// The page numbers of a printed document (- 3 -, — 3 —, 第3页 共12页).
	[/^[-—－–]\s*\d{1,4}\s*[-—－–]$|^第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/, 'page-number']
];

/**
 * The mark that opens a line of a text written in Markdown (# 成都市…清单, > 注：…), as a length of
 * original units with the blanks after it, or 0. A hashtag (#成都东进#) touches its word: no mark.
 */
export function markdownMark(units: Uint16Array, start: number, end: number): number {
	let i = start;
	if (units[i] === 0x23 /* # */) while (i < end && i - start < 6 && units[i] === 0x23) i++;
	else if (units[i] === 0x3e /* > */) i++;
	if (i === start || i === end || (units[i] !== 0x20 && units[i] !== 0x3000)) return 0;
	while (i < end && (units[i] === 0x20 || units[i] === 0x3000)) i++;
	// What follows must be seen (a line of a mark and invisible characters is left whole).
	return i < end && visible(units[i]) ? i - start : 0;
}

/** Chinese, a Latin letter or digit, full-width or Chinese punctuation, or the * of Markdown's bold. */
function visible(c: number): boolean {
	return isHan(c) || isDigit(c) || isLatinLetter(c) || (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xffef) || c === 0x2a;
}

/** The furniture of a printed page (running heads are found in ingest.ts), which a paragraph goes on across. */
export const PAGE_FURNITURE: ReadonlySet<RemovedReason | null> = new Set(['page-number', 'running-head']);

const WEAK: Rule[] = [
	[/版权|服务条款|本网页|本网站|本站|网络服务提供者|注册用户/, 'copyright'],
	[new RegExp(`^(?:名称|联系人|联系电话|电话|传真|地址|网络地址|网址|邮编|邮箱|E-?mail|QQ)\\s*${C}`, 'i'), 'footer']
];

// Long lines are prose; only the counter, ICP and copyright rules look at them at all.
const MAX_FURNITURE = 120;

/**
 * The strong patterns joined, one pattern for each set of flags: a line none of them matches (nearly
 * every line) is ruled out in a pass or two, where one pattern after another took a pass each. (None
 * refers back to a group, whose number joining them would change.)
 */
const ANY_STRONG = [...new Set(STRONG.map(([re]) => re.flags))].map(
	(flags) => new RegExp(STRONG.filter(([re]) => re.flags === flags).map(([re]) => `(?:${re.source})`).join('|'), flags)
);

export function strongChrome(text: string): RemovedReason | null {
	if (text.length > MAX_FURNITURE || !ANY_STRONG.some((re) => re.test(text))) return null;
	for (const [re, reason] of STRONG) if (re.test(text)) return reason;
	return null;
}

export function weakChrome(text: string): RemovedReason | null {
	if (text.length > MAX_FURNITURE * 2) return null;
	for (const [re, reason] of WEAK) if (re.test(text)) return reason;
	return null;
}

const ICP = /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼蜀]ICP[备证]?\s*\d+号?(?:-\d+)?/;

/**
 * Splits a furniture line holding an ICP number into its pieces — the number itself ('icp') and
 * the text around it ('copyright' or 'footer') — as [start, end, reason] relative to the line.
 */
export function icpPieces(line: string): [number, number, RemovedReason][] | null {
	const m = ICP.exec(line);
	if (!m) return null;
	const out: [number, number, RemovedReason][] = [];
	const rest = (s: number, e: number) => {
		while (s < e && /\s/.test(line[s])) s++;
		while (e > s && /\s/.test(line[e - 1])) e--;
		if (s < e) out.push([s, e, /版权|Copyright|©/i.test(line.slice(s, e)) ? 'copyright' : 'footer']);
	};
	rest(0, m.index);
	out.push([m.index, m.index + m[0].length, 'icp']);
	rest(m.index + m[0].length, line.length);
	return out;
}

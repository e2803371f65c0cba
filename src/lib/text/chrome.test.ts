import { describe, expect, it } from 'vitest';
import { icpPieces, strongChrome, weakChrome } from './chrome';
import { normalizeText } from './normalize';

const strong = (line: string) => strongChrome(normalizeText(line));

describe('web-page furniture', () => {
	it('recognises each kind of furniture line', () => {
		const cases: [string, string][] = [
			['登录', 'login'],
			['注册', 'login'],
			['登录 | 注册', 'login'],
			['当前位置:关注森林 > 理论 > 调查报告 > 正文 站内导航', 'breadcrumb'],
			['您的位置:首页 > 媒体聚焦 >', 'breadcrumb'],
			['首页 > 新闻中心', 'breadcrumb'],
			['红星新闻首页 > 成都 > 城市 > 正文', 'breadcrumb'],
			['成都日报数字报　首页 > 2025年04月18日 > 第02版：要闻', 'breadcrumb'],
			['郫都区人民政府门户网站　首页 > 新闻中心 > 郫都要闻', 'breadcrumb'],
			['往期回顾　|　版面导航　|　PDF下载', 'navigation'],
			['阅读 5', 'counter'],
			['浏览次数:1234', 'counter'],
			['阅读量：', 'counter'],
			['点击数: 88 次', 'counter'],
			['欢迎访问成都长安网,您是总第位访问者', 'counter'],
			['我也说两句', 'comment-form'],
			['发表评论', 'comment-form'],
			['网友评论', 'comment-form'],
			['提交', 'comment-form'],
			['验证码:', 'comment-form'],
			['E-File帐号:用户名: 密码: [注册]', 'comment-form'],
			['评论:(内容不能超过500字。)', 'comment-form'],
			['网友评论：', 'comment-form'],
			['*评论内容将在30分钟以后显示!', 'comment-form'],
			['分享到: 微信 微博 QQ空间', 'share'],
			['分享到：Facebook　WhatsApp　微博　微信　列印', 'share'],
			['微信 微博 QQ空间', 'share'],
			['扫一扫在手机打开当前页', 'share'],
			['版权声明:', 'copyright'],
			['Copyright © 2024 成都市人民政府', 'copyright'],
			['版权所有 未经授权不得转载', 'copyright'],
			['蜀ICP备16024791号-2', 'icp'],
			['川公网安备 51010402000507号', 'icp'],
			['成都长安网简介 | 版权声明', 'footer'],
			['联系我们 | 网站地图', 'footer'],
			['主办单位:成都市人民政府办公厅', 'footer'],
			['主办：成都市人民政府办公厅  承办：成都市大数据中心', 'footer'],
			['技术支持:某某公司', 'footer'],
			['林草网群 使用指南添加到桌面', 'navigation'],
			['分网', 'navigation'],
			['首页 | 政务公开 | 政务服务 | 互动交流 | 走进成都', 'navigation'],
			['香江新闻网 首页 | 新闻 | 内地 | 两岸 | 国际', 'navigation'],
			['红星新闻网 | 首页  成都  四川  国内  国际  财经  体育  红星评论  问政', 'navigation'],
			['【字号：大 中 小】', 'navigation'],
			['专业号:青羊区公园城市和更新局 2024/2/7 11:44:05', 'navigation'],
			['【字体：大 中 小】', 'navigation'],
			['请输入关键词　　搜索', 'navigation'],
			['请输入搜索内容', 'navigation'],
			['上一篇:成都高新区发布2024年科技创新政策', 'navigation'],
			['下一篇：青羊区少城国际文创谷开园', 'navigation'],
			['【打印本页】【关闭窗口】', 'navigation'],
			['2174 【打印】【关闭】', 'navigation'],
			['【大】【中】【小】 打印 关闭', 'navigation'],
			['相关阅读：', 'navigation'],
			['推荐阅读', 'navigation'],
			['- 3 -', 'page-number'],
			['— 12 —', 'page-number'],
			['第3页 共12页', 'page-number'],
			['目 录', 'contents'],
			['第一章 规划总则 ........................ 1', 'contents'],
			['（二）发展定位……………… 12', 'contents'],
			['阅读原文', 'share'],
			['在看', 'share'],
			['点赞', 'share'],
			['收录于合集 #重大项目 12个', 'navigation'],
			// A news app's page, copied with its bar, counters, buttons and ads.
			['‹ 返回　　　　　　··', 'navigation'],
			['▼ 点击查看更多', 'navigation'],
			['打开APP阅读全文 >', 'navigation'],
			['阅读 10.2万 👍 3562', 'counter'],
			['👍 2315', 'counter'],
			['💬 网友评论（1286）', 'comment-form'],
			['查看全部评论 >', 'comment-form'],
			['分享到： 💬 微信 🌐 朋友圈 📱 微博 🐧 QQ 🔗 复制链接', 'share'],
			['声明：本文为锦观新闻原创稿件，未经授权不得转载。', 'copyright'],
			['【广告】🏠 地铁口精装三房，首付仅需20万起！立即咨询>>', 'advert'],
			['（广告）', 'advert'],
			['【推广】🎁 下载锦观新闻APP，领取地铁乘车优惠券！', 'advert']
		];
		for (const [line, reason] of cases) expect([line, strong(line)]).toEqual([line, reason]);
	});

	it('never takes document text for furniture', () => {
		for (const line of [
			'正式发布!2024年成都市政府工作报告全文来了',
			'媒体:成都发布  作者:成都市政府',
			'2024年2月1日',
			'名词解释',
			'1.三个牢牢把握:指牢牢把握新时代新征程党的中心任务。',
			'热 | 议 | 目 | 标 | 愿 | 景',
			'序号 | 指标 | 2024年基数 | 2025年目标',
			'华西都市报-封面新闻记者 罗田怡',
			'编辑:陈芯颖',
			'主办：成都市体育局',
			'首页 | 目录',
			'下一篇章：加快建设天府国际机场',
			'十陵临时菜市场已关闭',
			'大 中 小',
			'相关阅读材料显示，青羊区将推进少城片区更新。',
			'将项目纳入目录管理。',
			'第一章 规划总则',
			'- 3 -号线',
			'第3页显示的项目',
			'2020-07-21 17:18:27 来源:成都日报',
			'加强知识产权保护，完善版权登记和评论引导机制，提升阅读量。',
			'评论：从春熙路的烟火气读懂城市的温度',
			'登录注册流程全面简化，企业开办时间压缩至1天。',
			'(课题组成员:郑鉴洋、白飞、刘青松、唐松)',
			'原创 成都发布 成都发布 2024-01-10 18:00 发表于四川',
			'点赞成都的城市更新',
			'收录于《成都年鉴》',
			'点击查看更多项目信息请登录市发改委网站。',
			'返回式卫星在成都完成总装',
			'【推广经验】锦江区院落自治做法在全市推广',
			'评论（一）：城市更新要守住烟火气'
		])
			expect([line, strong(line)]).toEqual([line, null]);
	});

	it('has weak patterns for the tail of a copyright block', () => {
		expect(weakChrome(normalizeText('名称:阿酷(北京)科技发展有限公司'))).toBe('footer');
		expect(weakChrome(normalizeText('网络地址:www.arkoo.com'))).toBe('footer');
		expect(weakChrome(normalizeText('2.本网页是第三方信息存储空间,阿酷公司是网络服务提供者。'))).toBe('copyright');
		expect(weakChrome('推进公园城市建设。')).toBe(null);
	});

	it('splits an ICP line into the number and the notice around it', () => {
		const line = '蜀ICP备16024791号-2 成都长安网版权所有 未经书面授权不得复制或建立镜像违者必究';
		expect(icpPieces(line)!.map(([s, e, r]) => [line.slice(s, e), r])).toEqual([
			['蜀ICP备16024791号-2', 'icp'],
			['成都长安网版权所有 未经书面授权不得复制或建立镜像违者必究', 'copyright']
		]);
		expect(icpPieces('技术支持 京ICP备12345号')!.map(([s, e, r]) => ['技术支持 京ICP备12345号'.slice(s, e), r])).toEqual([
			['技术支持', 'footer'],
			['京ICP备12345号', 'icp']
		]);
		expect(icpPieces('没有备案号')).toBe(null);
	});
});

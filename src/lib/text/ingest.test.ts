import { describe, expect, it } from 'vitest';
import type { Document, DocumentMeta } from '../types';
import { InputError } from './errors';
import { checkConservation, checkMaps } from './fixtures/check';
import { fixtureBytes, manifest, seedBytes, seedMeta } from './fixtures/seeds';
import { BY_CHARACTERS } from './fixtures/wrapped';
import { ingest, type Ingested } from './ingest';
import { simplifyText } from './simplify';

const cache = new Map<string, Ingested>();
function seed(id: string): Ingested {
	let r = cache.get(id);
	if (!r) cache.set(id, (r = ingest(seedBytes(id), seedMeta(id))));
	return r;
}

/** Original text of a span given in paragraph-text offsets. */
function source(r: Ingested, pid: string, a: number, b: number): string {
	const s = r.toOriginal(pid, a, b);
	return r.original.slice(s.start, s.end);
}

function findText(d: Document, needle: string) {
	const p = d.paragraphs.find((x) => x.text.includes(needle));
	if (!p) throw new Error(`no paragraph with ${needle}`);
	return { p, at: p.text.indexOf(needle) };
}

/** Lines each paragraph is made of (first and last line). */
function lineSpans(r: Ingested): [number, number][] {
	return r.document.paragraphs.map((p) => [p.line, r.toOriginal(p.id, p.text.length - 1, p.text.length).line]);
}

describe('every seed', () => {
	for (const { id } of manifest) {
		it(`${id}: conserves every character and maps text back exactly`, () => {
			const r = seed(id);
			checkConservation(r);
			checkMaps(r);
			expect(r.document.encoding).toBe('utf-8');
			expect(r.document.id).toBe(id);
		});
	}

	it('gives paragraphs with no pinyin, no Traditional leftovers and no furniture', () => {
		for (const { id } of manifest) {
			for (const p of seed(id).document.paragraphs) {
				expect(p.text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
				expect(simplifyText(p.text)).toBe(p.text);
				expect(p.text).not.toMatch(/当前位置|您的位置|版权所有|版权声明|ICP|登录|我也说两句|阅读 \d/);
				expect(p.text.trim()).toBe(p.text);
			}
		}
	});
});

describe('seed 000: paragraphs broken over blank lines', () => {
	it('rejoins exactly the six broken paragraphs', () => {
		const r = seed('000');
		const joined = lineSpans(r).filter(([a, b]) => a !== b);
		// Read off the file: each of these lines stops mid-sentence (…《成都市 | 聚焦…, …动能 | 充沛…,
		// …城市 | 现代化…, …全龄友好社 | 会…, …对养 | 老机构…, …氢能等 | 高端能源…).
		expect(joined).toEqual([
			[7, 9],
			[11, 13],
			[15, 17],
			[29, 31],
			[53, 55],
			[69, 71]
		]);
		expect(r.document.paragraphs.length).toBe(31);
		const d = r.document;
		expect(findText(d, '《成都市聚焦产业建圈强链支持实体经济高质量发展十条政策措施》').p.line).toBe(7);
		expect(findText(d, '构建全龄友好社会，深入推进').p.line).toBe(29);
		expect(findText(d, '对养老机构建设运营补贴').p.line).toBe(53);
		expect(findText(d, '在成都双流、新津、天府新区等多个县(市、区)的相关产业园区和科研基地，光伏、锂电、氢能等高端能源装备').p.line).toBe(69);
	});

	it('keeps headlines, bylines and the headings on their own', () => {
		const d = seed('000').document;
		const texts = d.paragraphs.map((p) => p.text);
		expect(texts.slice(0, 2)).toEqual([
			'聚焦成都市委十四届二次全会暨市委经济工作会议',
			'成都市提出新时代新征程目标愿景： 奋力打造中国西部具有全球影响力和美誉度的 社会主义现代化国际大都市'
		]);
		expect(texts).toContain('热 | 议 | 目 | 标 | 愿 | 景');
		expect(texts.filter((t) => t.startsWith('华西都市报-封面新闻记者'))).toHaveLength(4);
	});

	it('maps a joined word back over the blank line', () => {
		const r = seed('000');
		const { p, at } = findText(r.document, '对养老机构');
		expect(source(r, p.id, at, at + 5)).toBe('对养\n\n老机构');
		expect(r.toOriginal(p.id, at + 2, at + 3).line).toBe(55);
	});

	it('scopes each leader section to the leader’s district, bureaus to the city', () => {
		const d = seed('000').document;
		expect(d.sections.map((s) => [s.line, s.scope, s.status])).toEqual([
			[23, 'jinjiang', 'planned'],
			[37, 'qingyang', 'planned'],
			[47, 'city', 'planned'],
			[63, 'city', 'planned']
		]);
		expect(d.sections[0].title).toBe('成都市锦江区委书记陈志勇： 以春熙路时尚商圈为牵引 加快打造国际消费中心城市核心区');
		const jinjiang = d.paragraphs.filter((p) => p.section === d.sections[0].id);
		expect(jinjiang.map((p) => p.line)).toEqual([23, 25, 27, 29, 33, 35]);
		expect(jinjiang.every((p) => p.scope === 'jinjiang')).toBe(true);
		expect(d.paragraphs.find((p) => p.line === 19)!).toMatchObject({ section: null, scope: 'city' });
		expect(d.paragraphs.find((p) => p.line === 41)!.scope).toBe('qingyang');
		// A section spans its heading to its last paragraph.
		expect(d.sections[0].start).toBe(d.paragraphs.find((p) => p.line === 23)!.start);
		expect(d.sections[0].end).toBe(d.paragraphs.find((p) => p.line === 35)!.end);
	});

	it('reads the same from the GB18030 copy', () => {
		const gbk = ingest(fixtureBytes('000.gbk.txt'), seedMeta('000'));
		const utf8 = seed('000');
		expect(gbk.document.encoding).toBe('gb18030');
		expect(gbk.original).toBe(utf8.original);
		expect(gbk.document.paragraphs).toEqual(utf8.document.paragraphs);
		expect(gbk.document.sections).toEqual(utf8.document.sections);
	});
});

describe('seed 001: sections and furniture', () => {
	it('has the report’s part headings with their status', () => {
		const d = seed('001').document;
		const part = (line: number) => d.sections.find((s) => s.line === line)!;
		expect(part(26)).toMatchObject({ title: '2023年工作回顾', status: 'reported', scope: 'city' });
		expect(part(122)).toMatchObject({ title: '2024年工作安排建议', status: 'planned' });
		expect(part(322)).toMatchObject({ title: '名词解释', status: 'glossary' });
		// Numbered sub-headings inherit the status of their part.
		expect(part(48)).toMatchObject({ title: '(一)坚持科技引领、创新驱动，现代化产业体系加快构建', status: 'reported' });
		expect(part(132).status).toBe('planned');
		expect(part(230)).toMatchObject({ title: '一、交通出行', status: 'planned' });
		const inReview = d.paragraphs.filter((p) => p.line > 26 && p.line < 122);
		const statusOf = (sid: string | null) => d.sections.find((s) => s.id === sid)!.status;
		expect(inReview.every((p) => statusOf(p.section) === 'reported')).toBe(true);
		const glossary = d.paragraphs.filter((p) => p.line >= 322);
		expect(glossary.length).toBe(40);
		expect(glossary.every((p) => p.section === part(322).id)).toBe(true);
		expect(glossary[glossary.length - 1].text).toMatch(/^39\.四下基层：指宣传党的路线/);
		expect(d.paragraphs.filter((p) => p.line < 26).every((p) => p.section === null)).toBe(true);
	});

	it('removes the page furniture at both ends, and only that', () => {
		const r = seed('001');
		const d = r.document;
		expect(d.removed.map((x) => [x.line, x.reason])).toEqual([
			[1, 'login'],
			[2, 'login'],
			[3, 'navigation'],
			[4, 'navigation'],
			[5, 'breadcrumb'],
			[10, 'navigation'],
			[402, 'counter'],
			[403, 'comment-form'],
			[404, 'comment-form'],
			[405, 'comment-form'],
			[407, 'comment-form'],
			[408, 'copyright'],
			[409, 'copyright'],
			[410, 'copyright'],
			[411, 'footer'],
			[412, 'footer'],
			[413, 'footer'],
			[414, 'copyright']
		]);
		expect(d.removed[4].text).toBe('当前位置:关注森林 > 理论 > 调查报告 > 正文 站内导航');
		expect(d.paragraphs[0]).toMatchObject({ line: 7, text: '正式发布！2024年成都市政府工作报告全文来了' });
		expect(d.paragraphs.map((p) => p.text)).toContain('媒体：成都发布 作者：成都市政府');
		expect(d.paragraphs[d.paragraphs.length - 1].line).toBe(400);
		// The report itself is whole: every non-blank line from the title to the glossary's end.
		const report = r.original
			.split('\n')
			.map((l, i) => [i + 1, l.trim()] as const)
			.filter(([n, l]) => n >= 7 && n <= 400 && n !== 10 && l !== '')
			.map(([n]) => n);
		expect(d.paragraphs.map((p) => p.line)).toEqual(report);
	});

	it('keeps real parentheses', () => {
		const d = seed('001').document;
		expect(findText(d, '西部(成都)科学城、成渝(兴隆湖)综合性科学中心').p.line).toBe(50);
		expect(findText(d, '市域(郊)铁路成')).toBeTruthy();
		expect(findText(d, '细颗粒物(PM2.5)')).toBeTruthy();
	});
});

describe('seed 002: Traditional text with pinyin annotations', () => {
	it('is Simplified with every annotation removed', () => {
		const r = seed('002');
		const d = r.document;
		const pinyin = d.removed.filter((x) => x.reason === 'pinyin');
		expect(pinyin.length).toBe(532);
		expect(d.removed.length).toBe(532);
		expect(pinyin.every((x) => /^\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)$/.test(x.text))).toBe(true);
		expect(d.paragraphs[0].text).toBe('许兴国');
		expect(findText(d, '新都区将主动融入新发展格局')).toBeTruthy();
		expect(findText(d, '推进石板滩新城综合开发')).toBeTruthy();
		expect(findText(d, '力促IBM、神州数码等项目签约落地')).toBeTruthy();
		expect(d.paragraphs.length).toBe(37);
	});

	it('maps normalized text to the exact original characters, annotations excluded', () => {
		const r = seed('002');
		const { p, at } = findText(r.document, '新都区');
		const span = r.toOriginal(p.id, at, at + 3);
		expect(r.original.slice(span.start, span.end)).toBe('新都區');
		expect(r.original.slice(span.end, span.end + 4)).toBe('(qū)');
		expect(span.line).toBe(2);
		expect(source(r, r.document.paragraphs[0].id, 0, 3)).toBe('許興國');
		const ibm = findText(r.document, 'IBM');
		expect(source(r, ibm.p.id, ibm.at, ibm.at + 3)).toBe('I(mǎi)BM');
		expect(source(r, ibm.p.id, ibm.at, ibm.at + 1)).toBe('I');
		const dev = findText(r.document, '时期发展');
		expect(source(r, dev.p.id, dev.at, dev.at + 4)).toBe('時(shí)期發(fā)展');
	});

	it('makes the topic lines sections scoped to 新都区', () => {
		const d = seed('002').document;
		expect(d.sections.map((s) => s.line)).toEqual([3, 8, 14, 19, 26, 31]);
		expect(d.sections[0].title).toBe('围绕“协同共兴”攻坚提质，以高水平开放合作服务发展大局');
		expect(d.sections.every((s) => s.scope === 'xindu' && s.status === 'planned')).toBe(true);
		expect(d.paragraphs.every((p) => p.scope === 'xindu')).toBe(true);
	});
});

describe('seed 003: indented decision with spacer lines', () => {
	it('removes breadcrumb, footer, ICP, copyright and counter; keeps the decision', () => {
		const d = seed('003').document;
		expect(d.removed.map((x) => [x.line, x.reason, x.text])).toEqual([
			[1, 'breadcrumb', '您的位置:首页 > 媒体聚焦 >'],
			[218, 'footer', '成都长安网简介 | 版权声明'],
			[220, 'icp', '蜀ICP备16024791号-2'],
			[220, 'copyright', '成都长安网版权所有 未经书面授权不得复制或建立镜像违者必究'],
			[222, 'counter', '欢迎访问成都长安网,您是总第位访问者']
		]);
		const texts = d.paragraphs.map((p) => p.text);
		expect(texts).toContain('(2020年7月15日中国共产党成都市第十三届委员会第七次全体会议通过)');
		expect(texts[texts.length - 1]).toBe('编辑：陈芯颖');
	});

	it('leaves indentation out of paragraphs and spacer lines out of everything', () => {
		const r = seed('003');
		const p = r.document.paragraphs.find((x) => x.line === 17)!;
		expect(p.text).toBe('一、总体要求');
		expect(r.original.slice(p.start - 2, p.start)).toBe('  ');
		expect(r.document.paragraphs.some((x) => x.line === 7 || x.line === 11)).toBe(false);
	});

	it('finds the numbered parts and sub-parts', () => {
		const d = seed('003').document;
		expect(d.sections.filter((s) => /^[一二三四五六七八]、/.test(s.title)).map((s) => s.line)).toEqual([
			17, 73, 89, 109, 133, 157, 173, 197
		]);
		expect(d.sections.length).toBe(41);
		const sub = d.sections.find((s) => s.title === '(三十一)激励干部担当作为')!;
		expect(sub.line).toBe(205);
		expect(d.paragraphs.find((p) => p.line === 205)!.section).toBe(sub.id);
	});
});

describe('seed 004', () => {
	it('makes the seven topic headings sections, not the summary bullets', () => {
		const d = seed('004').document;
		expect(d.sections.map((s) => s.line)).toEqual([13, 15, 17, 19, 21, 23, 25]);
		expect(d.sections[0].title).toBe('以科技创新引领产业升级');
		expect(d.paragraphs.length).toBe(27);
	});
});

describe('other encodings and bad input', () => {
	function utf16(text: string, bigEndian: boolean): Uint8Array {
		const out = new Uint8Array(2 + text.length * 2);
		const view = new DataView(out.buffer);
		view.setUint16(0, 0xfeff, !bigEndian);
		for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), !bigEndian);
		return out;
	}

	it('reads UTF-16 LE and BE with a BOM to the same document', () => {
		const utf8 = seed('002');
		for (const [be, enc] of [
			[false, 'utf-16le'],
			[true, 'utf-16be']
		] as const) {
			const r = ingest(utf16(utf8.original, be), seedMeta('002'));
			expect(r.document.encoding).toBe(enc);
			expect(r.original).toBe(utf8.original);
			expect(r.document.paragraphs).toEqual(utf8.document.paragraphs);
			expect(r.document.removed).toEqual(utf8.document.removed);
		}
	});

	it('offsets stay relative to the text after a UTF-8 BOM', () => {
		const bytes = seedBytes('000');
		const withBom = new Uint8Array(bytes.length + 3);
		withBom.set([0xef, 0xbb, 0xbf]);
		withBom.set(bytes, 3);
		const r = ingest(withBom, seedMeta('000'));
		expect(r.document.encoding).toBe('utf-8-bom');
		expect(r.document.paragraphs).toEqual(seed('000').document.paragraphs);
	});

	it('throws InputError for empty, blank and binary files', () => {
		const meta = seedMeta('000');
		const cases: [Uint8Array, string][] = [
			[new Uint8Array(0), '000_5d5bbed32776f649.txt: empty file (0 bytes)'],
			[new TextEncoder().encode('  \n\u3000\n'), '000_5d5bbed32776f649.txt: empty file (only whitespace, 7 bytes)'],
			[new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), '000_5d5bbed32776f649.txt: binary file, not text (NUL byte at offset 7; UTF-16 needs a byte-order mark)']
		];
		for (const [bytes, message] of cases) {
			expect(() => ingest(bytes, meta)).toThrow(InputError);
			expect(() => ingest(bytes, meta)).toThrow(message);
		}
	});

	it('rejects out-of-range spans and unknown paragraphs', () => {
		const r = seed('000');
		const p = r.document.paragraphs[0];
		expect(() => r.toOriginal(p.id, 0, p.text.length + 1)).toThrow(RangeError);
		expect(() => r.toOriginal(p.id, 2, 1)).toThrow(RangeError);
		expect(() => r.toOriginal('000-p999', 0, 0)).toThrow(RangeError);
		expect(() => r.toOriginal('001-p1', 0, 0)).toThrow(RangeError);
		const empty = r.toOriginal(p.id, 3, 3);
		expect([empty.start, empty.end]).toEqual([r.toOriginal(p.id, 3, 4).start, r.toOriginal(p.id, 3, 4).start]);
		const atEnd = r.toOriginal(p.id, p.text.length, p.text.length);
		expect([atEnd.start, atEnd.end]).toEqual([p.end, p.end]);
	});
});

describe('the sections of a plan', () => {
	// Written for this test in the layout of a 规划: chapters, sections, then numbered items.
	const plan = [
		'成都市城市建设规划',
		'第一章 发展基础',
		'“十三五”期间，全市建成天府绿道5327公里。',
		'第二章 重点任务',
		'第一节 构建高品质公园城市',
		'1.加快建设环城生态公园。',
		'第二节 完善综合交通体系',
		'1.加快成都东站改扩建。',
		'一、轨道交通',
		'（一）加快推进地铁13号线一期、17号线二期建设，确保8号线二期年内开通运营。',
		'（二）启动第五期建设规划编制，研究推进地铁6号线延伸线。'
	].join('\n\n');
	const meta: DocumentMeta = { id: 'plan', file: 'plan.txt', title: { zh: '', en: '' }, date: '', publisher: '', kind: 'unlisted', scope: '' };
	const { document } = ingest(new TextEncoder().encode(plan), meta);
	const section = (text: string) => {
		const p = document.paragraphs.find((p) => p.text.includes(text))!;
		return document.sections.find((s) => s.id === p.section)!;
	};

	it('nests sections in chapters, and a new chapter closes the last one', () => {
		expect(section('天府绿道').title).toBe('第一章 发展基础');
		expect(section('环城生态公园').title).toBe('第一节 构建高品质公园城市');
		expect(section('成都东站').title).toBe('第二节 完善综合交通体系');
	});

	it('reads numbered tasks of one sentence each as the text of their heading, not as headings', () => {
		expect(section('13号线').title).toBe('一、轨道交通');
		expect(section('6号线').title).toBe('一、轨道交通');
		expect(document.sections.map((s) => s.title)).not.toContain('（二）启动第五期建设规划编制，研究推进地铁6号线延伸线');
	});

	it('reads a 发展基础 chapter as reported, and what follows it as planned', () => {
		expect(section('天府绿道').status).toBe('reported');
		expect(section('环城生态公园').status).toBe('planned');
	});
});

describe('a hard-wrapped text (a PDF copied out page by page)', () => {
	// Written for this test in the layout of a government notice: every line broken at the width of
	// the page, paragraphs indented, a title broken inside its 《》, page numbers between pages.
	const pdf = [
		'成都市人民政府关于印发《成都市推进',
		'公园城市示范区建设行动方案》的通知',
		'',
		'各区（市）县政府，市级各部门：',
		'    现将《成都市推进公园城市示范区建设行动方案》印',
		'发给你们，请认真贯彻执行。',
		'',
		'- 1 -',
		'成都市人民政府公报',
		'',
		'    一、主要任务',
		'    （一）推进生态空间建设。加快建设龙泉山城市森林',
		'公园，推进锦江公园、环城生态公园提档升级，到2025',
		'年新增绿道1000公里。',
		'    （二）完善交通网络。加快推进地铁19号线二期、2',
		'7号线一期建设，推动成都天府国际机场二期工程前期',
		'',
		'- 2 -',
		'成都市人民政府公报',
		'',
		'工作。',
		'',
		'- 3 -',
		'成都市人民政府公报'
	].join('\n');
	const meta: DocumentMeta = { id: 'pdf', file: 'pdf.txt', title: { zh: '', en: '' }, date: '', publisher: '', kind: 'unlisted', scope: '' };
	const r = ingest(new TextEncoder().encode(pdf), meta);
	const texts = r.document.paragraphs.map((p) => p.text);

	it('rejoins the lines the wrap broke, names and numbers included, and keeps the paragraphs apart', () => {
		expect(texts).toEqual([
			'成都市人民政府关于印发《成都市推进公园城市示范区建设行动方案》的通知',
			'各区（市）县政府，市级各部门：',
			'现将《成都市推进公园城市示范区建设行动方案》印发给你们，请认真贯彻执行。',
			'一、主要任务',
			'（一）推进生态空间建设。加快建设龙泉山城市森林公园，推进锦江公园、环城生态公园提档升级，到2025年新增绿道1000公里。',
			'（二）完善交通网络。加快推进地铁19号线二期、27号线一期建设，推动成都天府国际机场二期工程前期工作。'
		]);
	});

	it('counts Chinese quotes as wide as a character: a line holding “空铁联运” and broken mid-word is rejoined', () => {
		const lines = [
			'4．提升城市公共服务水平。建成四川大学华西东部医院一期并投',
			'入运营，新开办中小学幼儿园12所，其中绛溪北新城开办学校5',
			'所。启动简阳城区老旧小区改造23个，完善河东新区、射洪坝片',
			'区市政配套。',
			'5．深化区域协作。加强与龙泉驿区、青白江区、金堂县的产业协',
			'同，探索与成都经开区共建汽车零部件配套园；依托成都国际铁路港',
			'和天府国际机场，构建“空铁联运”国际物流通道；配合做',
			'好成都外环铁路东部新区段线位稳定和用地预留工作。',
			'6．保障和改善民生。持续推进三岔街道、贾家街道、石板凳街道',
			'等安置小区建设，年内交付安置房1.1万套；推进简阳城区至',
			'空港新城公交快线建设，新开通至龙泉驿区、天府新区的跨区公交',
			'线路6条。'
		];

		const paragraphs = ingest(new TextEncoder().encode(lines.join('\n')), meta).document.paragraphs.map((p) => p.text);
		expect(paragraphs).toEqual([lines.slice(0, 4).join(''), lines.slice(4, 8).join(''), lines.slice(8).join('')]);
	});

	it('rejoins a text broken every 30 characters, where a line of digits is narrower than the rest', () => {
		const lines = [
			...BY_CHARACTERS,
			'（二）做强现代都市农业。立足成都超大城市消费需求，大力发展都',
			'市现代农业。'
		];
		const paragraphs = ingest(new TextEncoder().encode(lines.join('\n')), meta).document.paragraphs.map((p) => p.text);
		expect(paragraphs).toEqual([lines.slice(0, 6).join(''), lines.slice(6).join('')]);
	});

	it('goes on across a page break after a numbered line the wrap filled: it is no heading', () => {
		const lines = [
			'（二）强化要素保障。健全农业农村投入稳定增长机制，市级财政每年',
			'安排乡村振兴专项资金，优先保障乡村产业发展和乡村建设用地需求。',
			'（三）加强人才支撑。实施乡村振兴人才培育计划，每年培训高素质',
			'农民1万人次以上，鼓励高校毕业生、返乡创业人员投身乡村振兴。',
			'（四）严格考核评估。将本方案实施情况纳入区（市）县乡村振兴实',
			'',
			'— 2 —',
			'',
			'绩考核内容，市政府将定期组织开展评估，对工作成效明显的给予表',
			'扬激励。'
		];
		const paragraphs = ingest(new TextEncoder().encode(lines.join('\n')), meta).document.paragraphs.map((p) => p.text);
		expect(paragraphs).toEqual([lines.slice(0, 2).join(''), lines.slice(2, 4).join(''), lines[4] + lines.slice(8).join('')]);
	});

	it('removes the page numbers and the running head, and a paragraph goes on across them', () => {
		expect(r.document.removed.map((x) => [x.text, x.reason])).toEqual([
			['- 1 -', 'page-number'],
			['成都市人民政府公报', 'running-head'],
			['- 2 -', 'page-number'],
			['成都市人民政府公报', 'running-head'],
			['- 3 -', 'page-number'],
			['成都市人民政府公报', 'running-head']
		]);
		checkConservation(r);
		checkMaps(r);
	});

	it('takes a plan’s name over each page for a running head, though it ends in brackets and opens the text as its title', () => {
		const title = '成都市郫都区国土空间总体规划（2021—2035年）';
		const lines = [title, '', '第二节　国土空间总体格局', '构建“一城两廊、三区多点”的国土空间总体格局。', '— 12 —', title, '“三区”一是以中国川菜产业城为核心的产业发展区。', '— 13 —', title, '“多点”包括战旗村等乡村振兴示范点。'];
		const { document } = ingest(new TextEncoder().encode(lines.join('\n')), meta);
		expect(document.removed.map((x) => [x.line, x.reason])).toEqual([
			[5, 'page-number'],
			[6, 'running-head'],
			[8, 'page-number'],
			[9, 'running-head']
		]);
		expect(document.paragraphs[0].text).toBe(title);
	});

	it('maps a name broken over two lines back to both of its parts', () => {
		const { p, at } = findText(r.document, '27号线');
		expect(source(r, p.id, at, at + 4)).toBe('2\n7号线');
	});

	it('leaves a text with a line per paragraph as it is', () => {
		const web = ['加快建设龙泉山城市森林公园', '推进锦江公园、环城生态公园提档升级', '加快推进地铁19号线二期建设'].join('\n');
		expect(ingest(new TextEncoder().encode(web), meta).document.paragraphs).toHaveLength(3);
	});
});

/** The paragraphs of a text written for a test. */
function paragraphsOf(text: string): string[] {
	const meta: DocumentMeta = { id: 'held', file: 'held.txt', title: { zh: '', en: '' }, date: '', publisher: '', kind: 'unlisted', scope: '' };
	return ingest(new TextEncoder().encode(text), meta).document.paragraphs.map((p) => p.text);
}

describe('a web page dated only in the furniture above its text', () => {
	it('takes its date from the line it sets aside (来源：…　发布时间：2025-01-24 09:00)', () => {
		const meta: DocumentMeta = { id: 'page', file: 'page.txt', title: { zh: '', en: '' }, date: '', publisher: '', kind: 'unlisted', scope: '' };
		const text = '# 成都市公园管理服务中心2024年度工作报告\n\n来源：成都市公园城市建设管理局　　发布时间：2025-01-24 09:00　　【字体：大 中 小】\n\n## 一、基本情况\n\n全年完成人民公园改造。\n';
		const { document } = ingest(new TextEncoder().encode(text), meta);
		expect(document.removed.some((x) => x.text.includes('发布时间'))).toBe(true);
		expect(document.date).toBe('2025-01-24');
		// A report of a year before its date looks back.
		expect(document.sections[0].status).toBe('reported');
	});
});

describe('a press release with an English version after each paragraph', () => {
	it('keeps the two languages in paragraphs of their own, across blank lines and line breaks', () => {
		const text = [
			'成都加快建设国际门户枢纽城市',
			'Chengdu Accelerates Construction of an International Gateway Hub City',
			'',
			'今年成都将加快推进天府国际机场二期规划建设，新开国际航线10条。',
			'Chengdu will speed up phase II planning of Tianfu International Airport this year.',
			'',
			'青白江区将持续提升成都国际铁路港能级',
			'Qingbaijiang District will continue to upgrade the Chengdu International Railway Port.'
		].join('\n');
		expect(paragraphsOf(text)).toEqual(text.split('\n').filter(Boolean));
	});
});

describe('a post with emoji', () => {
	it('ends its headline at the stop before the emoji and the 】: the next paragraph stands apart', () => {
		const text = '【#成都东进# 东部新区又有大动作！🚄】\n\n近日，天府国际机场T3航站楼前期工作已经启动 ✈️。\n\n据了解，东部新区今年将新开工项目60个。';
		expect(paragraphsOf(text)).toEqual(text.split('\n').filter(Boolean));
	});
});

describe('a text written in Markdown', () => {
	const text = '# 成都市2024年重点项目清单\n\n> 注：本清单由市发改委编制。\n\n#成都东进# 东部新区又有大动作\n\n## \u200b';
	const r = ingest(new TextEncoder().encode(text), seedMeta('000'));

	it('leaves the marks that open its headings and quotes out of the paragraphs, and keeps them as removed', () => {
		expect(r.document.paragraphs.map((p) => p.text)).toEqual(['成都市2024年重点项目清单', '注：本清单由市发改委编制。', '#成都东进# 东部新区又有大动作', '##']);
		expect(r.document.removed.filter((x) => x.reason === 'markdown').map((x) => x.text)).toEqual(['# ', '> ']);
		checkConservation(r);
		checkMaps(r);
	});
});

describe('a work report in Markdown, its parts under unnumbered headings', () => {
	const text =
		'# 2026年成华区人民政府工作报告\n\n现在，我代表区人民政府，向大会报告工作。\n\n## 过去一年\n\n2025年是收官之年。\n\n### 城市面貌持续改善\n\n我们建成北湖生态公园三期并对外开放。\n\n## 今年主要任务\n\n### 以城市更新提升城市能级\n\n我们将全面启动建设路片区更新。\n';
	const { document } = ingest(new TextEncoder().encode(text), { ...seedMeta('000'), title: { zh: '', en: '' }, date: '2026-01-15' });
	const statusOf = (needle: string) => document.sections.find((s) => s.id === findText(document, needle).p.section)?.status;

	it('reads 过去一年 as the review, its topics with it, and 今年主要任务 as the plan', () => {
		expect(statusOf('北湖生态公园')).toBe('reported');
		expect(statusOf('建设路片区')).toBe('planned');
	});
});

describe('a text broken after every clause', () => {
	it('joins a line that ends at a comma to the next, but not across a heading or an item', () => {
		const text = '记者从青羊区获悉，\n今年该区将加快建设航空新城，\n推动航空装备制造产业集聚发展。\n同时，\n1. 推进少城片区有机更新。';
		const r = ingest(new TextEncoder().encode(text), seedMeta('000'));
		expect(r.document.paragraphs.map((p) => p.text)).toEqual([
			'记者从青羊区获悉，今年该区将加快建设航空新城，推动航空装备制造产业集聚发展。',
			'同时，',
			'1. 推进少城片区有机更新。'
		]);
	});
});

describe('districts labelled on lines of their own', () => {
	it('scope what follows each label to its district, up to the next label or numbered heading', () => {
		const text = '一、重点任务\n锦江区：\n新建学校3所。\n【青羊区】\n新建公园5个。\n二、保障措施\n加强组织领导。';
		const r = ingest(new TextEncoder().encode(text), seedMeta('000'));
		expect(r.document.paragraphs.map((p) => p.scope)).toEqual(['city', 'jinjiang', 'jinjiang', 'qingyang', 'qingyang', 'city', 'city']);
	});
	it('so does a label that heads a headline, by the district’s full or short name', () => {
		const text = '青羊：全力打造航空新城\n\n今年该区将加快建设航空新城。\n\n金牛区：加快建设天府艺术公园\n\n打造城市文化新地标。\n\n二、保障措施\n\n加强组织领导。';
		const r = ingest(new TextEncoder().encode(text), seedMeta('000'));
		expect(r.document.paragraphs.map((p) => p.scope)).toEqual(['qingyang', 'qingyang', 'jinniu', 'jinniu', 'city', 'city']);
	});
	it('a label that opens an item of a list numbered 1. 2. 3. is the item’s own: its siblings are not under it', () => {
		const text = '今日成都\n\n1. 天府国际机场T3航站楼开工\n\n2. 青白江：国际铁路港中欧班列开行量增长15%\n\n3. 举行重大项目集中签约\n\n4. 金牛区：\n\n新建学校3所。';
		const r = ingest(new TextEncoder().encode(text), seedMeta('000'));
		expect(r.document.paragraphs.map((p) => p.scope)).toEqual(['city', 'city', 'qingbaijiang', 'city', 'jinniu', 'jinniu']);
	});
});

describe('a table copied as text, its cells apart by runs of blanks', () => {
	it('keeps each row a paragraph of its own across blank lines, where prose without a stop would go on', () => {
		const rows = [
			'干线铁路　成渝中线高铁　　　成都段约95公里，设计时速350公里　　2027年建成',
			'干线铁路　成达万高铁　　　自天府站引出，经遂宁、南充至达州、万州　　2027年建成',
			'干线铁路　成都外环铁路　　　全长约380公里，串联德阳、眉山、资阳　　2028年开工'
		];
		expect(paragraphsOf(rows.join('\n\n'))).toEqual(rows.map((r) => r.replace(/\u3000+/g, ' ')));
		// A sentence cut by a blank line is still one paragraph.
		expect(paragraphsOf('今年将加快建设龙泉山城市森林公园，推进天府绿道建设，完善\n\n城市公共服务设施配套。')).toEqual(['今年将加快建设龙泉山城市森林公园，推进天府绿道建设，完善城市公共服务设施配套。']);
		// A numbered item after a blank line starts anew, though the line before has no stop (a task's 责任单位 line).
		const items = ['1.推进轨道交通互联互通。加快建设成都至德眉资市域铁路。', '责任单位：省交通运输厅，成都市、德阳市人民政府', '2.畅通跨市道路通道。建成成都经济区环线高速公路金堂至简阳段。'];
		expect(paragraphsOf(items.join('\n\n'))).toEqual(items);
		// …and a photo's credit ends its caption: the story goes on in a paragraph of its own.
		const captioned = ['图为淮州新城沱江两岸滨水空间规划示意图（局部）。淮州新城管委会供图', '“沱江岸线更新不是一个新城的事。”县里已将沱江岸线纳入规划。', '图为蒲江县甘溪镇明月村茶园（蒋一帆 摄）', '今年将新建茶园步道10公里。'];
		expect(paragraphsOf(captioned.join('\n\n'))).toEqual(captioned);
	});
});

describe('a table’s rows between bars', () => {
	it('keeps each row a paragraph of its own, though rows as long as each other look filled to a wrap', () => {
		const rows = Array.from({ length: 6 }, (_, k) => `${k + 1}｜龙门山镇｜宝山村｜${k + 2}组｜任家沟泥石流｜泥石流｜2${k}｜7${k}｜任志明｜139****261${k}｜宝山村党群服务中心`);
		const text = ['附件：彭州市2024年汛期地质灾害隐患点避险转移责任表', '序号｜镇｜村（社区）｜组｜隐患点名称｜灾害类型｜威胁户数｜威胁人数｜监测人｜联系电话｜避险场所', ...rows];
		expect(paragraphsOf(text.join('\n'))).toEqual(text);
	});
});

describe('a news story’s subheadings, a comma inside them', () => {
	it('keeps each a paragraph of its own: the story goes on after it, it does not run into it', () => {
		const heads = ['产城融合提速，宜居宜业并进', '登山篇：三条步道，难度各不相同', '01 地铁：27号线年底通车，13号线加速建设', '【游客：白天看院子，晚上听川剧】', '开学倒计时，记者探访天府新区今秋投用的新学校'];
		for (const head of heads) expect(paragraphsOf(`${head}\n\n在龙泉驿区，城市更新与产业社区建设同步推进。`)).toEqual([head, '在龙泉驿区，城市更新与产业社区建设同步推进。']);
		// A post's bulleted items and its lines that end with an emoji are paragraphs of their own.
		const post = [
			'🔹江安河生态公园：位于永宁街道，建设滨河森林和湿地科普区，计划年底开工',
			'🔹涌泉街道杨柳河河道综合整治：实施清淤、生态护岸和截污管网建设，今年汛期前完成主体工程',
			'区公园城市建设管理局相关负责人介绍，下一步将加快建设。'
		];
		expect(paragraphsOf(post.join('\n\n'))).toEqual(post);
		const ended = ['这里原来是江安河边一片零散的苗圃和闲置地，现在变成了约320亩的滨河公园，有一座可以看落日的观景廊桥🌅', '园区与江安河绿道实现无缝衔接。'];
		expect(paragraphsOf(ended.join('\n\n'))).toEqual(ended);
		const bulleted = ['· 全力做好第12届世界运动会服务保障，提升成都东站周边及建设路沿线街区环境', '奋力谱写“熊猫家园·幸福成华”新篇章！'];
		expect(paragraphsOf(bulleted.join('\n\n'))).toEqual(bulleted);
		// A line of clauses cut short, however short, still goes on after the blank line.
		expect(paragraphsOf('增强养老服务法治保障，落实新修订的条例，对养\n\n老机构建设运营补贴进行规范。')).toEqual(['增强养老服务法治保障，落实新修订的条例，对养老机构建设运营补贴进行规范。']);
	});
});

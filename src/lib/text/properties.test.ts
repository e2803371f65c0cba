// Property tests over generated documents: random mixes of Simplified and Traditional text, Latin,
// digits, real parenthesised content, inserted pinyin annotations, odd spaces, look-alikes, HTML
// character references and tags, blank and spacer lines, indentation and a little web-page furniture.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../types';
import { entityAt } from './entities';
import { checkConservation, checkMaps } from './fixtures/check';
import { ingest } from './ingest';
import { normalizeText } from './normalize';
import { stringUnits } from './units';
import { widthOf } from './wrap';

const meta: DocumentMeta = {
	id: 'gen',
	file: 'gen.txt',
	title: { zh: '生成', en: 'generated' },
	date: '2024',
	publisher: 'test',
	kind: 'test',
	scope: 'city'
};

const annotated = ['國(guó)', '會(huì)', '發(fā)', '區(qū)', '興(xīng)', '綠(lǜ)', '長(zhǎng)', 'I(mǎi)BM', '業(yè)', '國（guó）', '邛崃(qióng lái)', '金馬河（jīn mǎ hé）'];
const realParens = ['(成都)', '(兴隆湖)', '(郊)', '(GDP)', '(IBM)', '(B2B)', '(a)', '(de)', '(2020年7月15日通过)', '(记者 赖芳杰)', '（市、区）'];
const token = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...'成都市新区发展科学城铁路公园建设产业推动高质量') },
	{ weight: 4, arbitrary: fc.constantFrom(...'國會發區許興議時長東門車開關後體實現經濟總協選擇與為們這個還點變') },
	{ weight: 3, arbitrary: fc.constantFrom(...annotated) },
	{ weight: 2, arbitrary: fc.constantFrom(...realParens) },
	{ weight: 2, arbitrary: fc.constantFrom('IBM', 'GDP', 'B2B', 'abc', '2024', '40.3%', 'ＧＤＰ', '１２') },
	{ weight: 3, arbitrary: fc.constantFrom('，', '。', '、', ',', ':', ';', '?', '!', '“', '”', '—', '―', '─', '：', '；') },
	{ weight: 2, arbitrary: fc.constantFrom(' ', '  ', '\u3000', '\u00a0', '\u200b', '\t') },
	{ weight: 1, arbitrary: fc.constantFrom('⻄', '⼈', '\uf900', '𠀾', '𫫇', '噁') },
	{ weight: 1, arbitrary: fc.constantFrom('&ldquo;', '&rdquo;', '&nbsp;', '&#25104;', '&#x90FD;', '&amp;', '&mdash;', '&nbsp', '&') },
	{ weight: 1, arbitrary: fc.constantFrom('<p>', '</p>', '<b>', '</B>', '<br/>', '<img src="成都.png">', '<!-- 注 -->', '<script>var a=1;</script>', '<', '>') }
);
const content = fc.array(token, { minLength: 1, maxLength: 25 }).map((t) => t.join(''));
const furniture = fc.constantFrom('登录', '当前位置:首页 > 新闻', '阅读 5', '蜀ICP备12345678号-1 某网版权所有 不得转载', '发表评论', '</div>', '<div class="nav">首页 &gt; 新闻</div>');
const line = fc.tuple(fc.constantFrom('', '  ', '\u3000\u3000'), fc.oneof({ weight: 12, arbitrary: content }, { weight: 1, arbitrary: furniture }));
const breakAfter = fc.constantFrom('\n', '\n\n', '\n\n', '\n  \n', '\r\n', '\r\n\r\n');
const doc = fc
	.array(fc.tuple(line, breakAfter), { minLength: 1, maxLength: 12 })
	.map((lines) => lines.map(([[indent, text], br]) => indent + text + br).join(''))
	// A text of nothing but blanks and zero-width spaces is an empty file, an InputError of its own.
	.filter((t) => t.replace(/\u200b/g, '').trim().length > 0);

// TEXT_FC_RUNS=5000 npx vitest run src/lib/text/properties.test.ts for a longer search.
const RUNS = Number(globalThis.process?.env.TEXT_FC_RUNS) || 200;

const encode = (t: string) => new TextEncoder().encode(t);
function holdsReference(t: string): boolean {
	const units = stringUnits(t);
	for (let i = t.indexOf('&'); i !== -1; i = t.indexOf('&', i + 1)) if (entityAt(units, i, t.length) >= 0) return true;
	return false;
}
/** An annotation as the generator inserts them: toned syllables in parentheses, apart by spaces. */
const SYLLABLE = '[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*';
const ANNOTATION = new RegExp(`[(（]${SYLLABLE}(?: ${SYLLABLE})*[)）]`);

describe('ingest on generated documents', () => {
	it('conserves every character and maps every character back exactly', () => {
		fc.assert(
			fc.property(doc, (text) => {
				const r = ingest(encode(text), meta);
				expect(r.original).toBe(text);
				checkConservation(r);
				checkMaps(r);
			}),
			{ numRuns: RUNS }
		);
	});

	it('maps the space that rejoins a Latin word broken over lines to the line break, past a zero-width space', () => {
		// Found by the property above in a longer run (TEXT_FC_RUNS=5000).
		const r = ingest(encode('，IBM\u200b\n\nIBM，成\n成\n'), meta);
		expect(r.document.paragraphs[0].text).toBe('，IBM IBM，成');
		checkMaps(r);
	});

	it('cuts a quote mark (> ) out of a line a paragraph goes on over, as it cuts markup', () => {
		// Found by the first property in a longer run (TEXT_FC_RUNS=20000).
		const r = ingest(encode('，⻄\n  \n> ，國\n \n'), meta);
		expect(r.document.paragraphs.map((p) => p.text)).toEqual(['，西，国']);
		expect(r.document.removed.map((x) => [x.text, x.reason])).toEqual([['> ', 'markdown']]);
		checkConservation(r);
		checkMaps(r);
	});

	it('removes every inserted annotation and keeps every real parenthesis', () => {
		fc.assert(
			fc.property(doc, (text) => {
				const d = ingest(encode(text), meta).document;
				const all = d.paragraphs.map((p) => p.text).join('\n');
				expect(all).not.toMatch(ANNOTATION);
				const pinyin = d.removed.filter((x) => x.reason === 'pinyin').length;
				const inserted = text.match(new RegExp(ANNOTATION, 'g'))?.length ?? 0;
				expect(pinyin).toBe(inserted);
				for (const real of ['(GDP)', '(IBM)', '(B2B)', '(a)', '(de)', '(成都)', '(郊)']) {
					const before = text.split(real).length - 1;
					const after = all.split(real).length - 1;
					const removed = d.removed.reduce((n, x) => n + x.text.split(real).length - 1, 0);
					expect(after + removed).toBe(before);
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it('is idempotent: normalized text renormalizes to itself, and stripping annotations first changes nothing', () => {
		fc.assert(
			fc.property(doc, (text) => {
				const r = ingest(encode(text), meta);
				const d = r.document;
				// A character reference left in normalized text was none in the original: the text read
				// there broke it with a line break or an invisible character (&nbsp / ;, &nbsp\u200b;), and
				// a second reading would take it whole. Such a paragraph is not asked to read the same.
				for (const p of d.paragraphs) if (!holdsReference(p.text)) expect(normalizeText(p.text)).toBe(p.text);
				let stripped = '';
				let at = 0;
				for (const x of d.removed) {
					if (x.reason !== 'pinyin') continue;
					stripped += text.slice(at, x.start);
					at = x.end;
				}
				stripped += text.slice(at);
				const again = ingest(encode(stripped), meta).document;
				expect(again.paragraphs.map((p) => p.text)).toEqual(d.paragraphs.map((p) => p.text));
				expect(again.removed.some((x) => x.reason === 'pinyin')).toBe(false);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('ingest on generated hard-wrapped documents', () => {
	// Paragraphs of Chinese prose with numbers, each one sentence, set as a printed page sets them:
	// broken at the page width (a Chinese character two columns, a digit one) wherever that falls,
	// but never before a closing mark, which hangs in the margin; the first line of each indented.
	const WIDTH = 48;
	const piece = fc.oneof(
		{ weight: 8, arbitrary: fc.constantFrom(...'成都市新区发展科学城铁路公园建设产业推动高质量锦江龙泉山城市森林') },
		{ weight: 2, arbitrary: fc.constantFrom('，', '、', '2025', '27号线', '1000公里', '“东进”', '《方案》') }
	);
	const paragraph = fc.array(piece, { minLength: 40, maxLength: 120 }).map((p) => p.join('') + '。');
	// Four paragraphs at least, each broken once at least: a wrap shows only in four lines broken by it (wrapOf), and three
	// two-line paragraphs read as a web page's (fast-check seed -1977732189).
	const page = fc.array(paragraph, { minLength: 4, maxLength: 6 });
	const wrap = (p: string) => {
		const lines: string[] = [];
		let line = '';
		for (const c of p) {
			if (widthOf(line + c) > WIDTH && !'，、。”》'.includes(c)) {
				lines.push(line);
				line = '';
			}
			line += c;
		}
		return '    ' + [...lines, line].join('\n');
	};

	it('rejoins every paragraph as it was before the wrap', () => {
		fc.assert(
			fc.property(page, (paras) => {
				const r = ingest(encode(paras.map(wrap).join('\n')), meta);
				expect(r.document.paragraphs.map((p) => p.text)).toEqual(paras);
				checkConservation(r);
				checkMaps(r);
			}),
			{ numRuns: RUNS }
		);
	});
});

import { describe, expect, it } from 'vitest';
import { checkConservation, checkMaps } from './fixtures/check';
import { describeWarning, ingest } from './index';

const meta = { id: 'h', file: 'hostile.txt', title: { zh: 'h', en: 'h' }, date: '2024', publisher: '', kind: 'test', scope: 'city' };
const bytes = (s: string) => new TextEncoder().encode(s);

describe('HTML in a text file', () => {
	const reasons = (got: ReturnType<typeof ingest>) => got.document.removed.map((x) => [x.reason, x.text]);

	it('cuts a tag out of its line, keeps it as removed text where it stood, and reports it once', () => {
		const text = '成都市加快建设春熙路。\n\n春熙路<img src=x onerror=alert(1)>商圈提升。\n';
		const got = ingest(bytes(text), meta);
		expect(got.document.paragraphs.map((p) => p.text)).toEqual(['成都市加快建设春熙路。', '春熙路商圈提升。']);
		const [tag] = got.document.removed;
		expect([tag.reason, tag.line, tag.text, text.slice(tag.start, tag.end)]).toEqual(['markup', 3, '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>']);
		expect(got.warnings).toEqual([{ kind: 'markup', line: 3, sample: '<img src=x onerror=alert(1)>' }]);
		expect(describeWarning('seeds/hostile.txt', got.warnings[0])).toBe(
			'seeds/hostile.txt: contains HTML markup (<img src=x onerror=alert(1)> on line 3); the markup is set aside as removed text, what it wraps is read'
		);
	});

	it('reads a saved web page as its words: the title, the paragraphs, and its furniture set aside', () => {
		const page = [
			'<!DOCTYPE html>',
			'<html><head><title>成华区2024年重点项目</title><script>var a = "<p>不是正文</p>";</script></head>',
			'<body>',
			'<div class="nav">首页 &gt; 政务公开 &gt; 重点项目</div>',
			'<p>加快建设<b>东郊记忆</b>二期。</p>',
			'<p>&nbsp;</p>',
			'<style>',
			'p { color: red; }',
			'</style>',
			'<!-- 统计代码',
			'-->',
			'<P>推进北湖生态公园建设。</P>',
			'</body></html>'
		].join('\n');
		const got = ingest(bytes(page), { ...meta, title: { zh: '', en: '' } });
		expect(got.document.paragraphs.map((p) => p.text)).toEqual(['成华区2024年重点项目', '加快建设东郊记忆二期。', '推进北湖生态公园建设。']);
		expect(reasons(got)).toContainEqual(['breadcrumb', '<div class="nav">首页 &gt; 政务公开 &gt; 重点项目</div>']);
		expect(reasons(got)).toContainEqual(['markup', '<script>var a = "<p>不是正文</p>";</script>']);
		for (const line of ['<body>', '<p>&nbsp;</p>', 'p { color: red; }', '<!-- 统计代码', '</body></html>'])
			expect(got.document.removed.some((x) => x.reason === 'markup' && x.text.includes(line))).toBe(true);
	});

	it('reads a page saved on one line paragraph by paragraph: a block’s tag starts a line', () => {
		const page =
			'<html><head><title>成华区2024年重点项目</title></head><body><div class="nav">首页 &gt; 政务公开 &gt; 重点项目</div>' +
			'<p>加快建设东郊记忆二期。</p><p>推进北湖生态公园建设。</p><p>同时，<br>完善<b>配套</b>。</p></body></html>\n';
		const got = ingest(bytes(page), meta);
		expect(got.document.paragraphs.map((p) => p.text)).toEqual(['成华区2024年重点项目', '加快建设东郊记忆二期。', '推进北湖生态公园建设。', '同时，完善配套。']);
		expect(got.document.paragraphs.map((p) => p.line)).toEqual([1, 1, 1, 1]);
		checkConservation(got);
		checkMaps(got);
	});

	it('keeps a page of nothing but markup as removed text, with a warning that no paragraph is left', () => {
		const got = ingest(bytes('<html><head><script>var a = 1;</script></head><body>\n<div></div>\n</body></html>\n'), meta);
		expect(got.document.paragraphs).toEqual([]);
		expect(got.document.removed.map((x) => x.reason)).toEqual(['markup', 'markup', 'markup']);
		expect(got.warnings.map((w) => w.kind)).toEqual(['markup', 'no-text']);
	});

	it('joins the words a tag stood between as the page shows them: without a space', () => {
		expect(ingest(bytes('<b>Tianfu</b>Park 与 <i>成都</i>东站\n'), meta).document.paragraphs[0].text).toBe('TianfuPark 与 成都东站');
	});

	it('does not mistake comparison signs, book-title marks or a title in angle brackets for markup', () => {
		const got = ingest(bytes('增速 a < b 且 c > d，《成都市条例》出台，<Chengdu Daily>报道。'), meta);
		expect(got.warnings).toEqual([]);
		expect(got.document.removed).toEqual([]);
	});
});

describe('mojibake: UTF-8 once read as Latin-1 or Windows-1252 and saved again', () => {
	const chinese = '成都加快建设天府国际机场。\n青羊区打造航空新城。\n';
	// What an editor makes of the UTF-8 bytes when it takes them for Windows-1252 (æˆéƒ½ for 成都).
	const garbled = new TextDecoder('windows-1252').decode(new TextEncoder().encode(chinese));

	it('is read as it is, with a warning that names the file and shows the garbled text', () => {
		const got = ingest(bytes(garbled), meta);
		expect(got.document.paragraphs.length).toBe(2);
		expect(got.warnings).toHaveLength(1);
		expect(describeWarning('hostile.txt', got.warnings[0])).toMatch(/^hostile\.txt: looks like UTF-8 that was read as Latin-1 or Windows-1252 and saved again \(æ.{11}…\); its Chinese is garbled: save the original text as UTF-8$/);
	});

	it('is not seen in Chinese text, or in text with a few accented Latin words', () => {
		expect(ingest(bytes(chinese), meta).warnings).toEqual([]);
		expect(ingest(bytes('成都与法国Café、Émile、Zürich合作，推进天府国际机场建设。'), meta).warnings).toEqual([]);
	});
});

describe('a text with no Chinese in it', () => {
	const english = 'Chengdu unveils plan\n\nChengdu will accelerate the construction of the Eastern New Area, the government said on Monday.\n\nThe city plans to extend Metro Line 18 to Jianyang by 2025.\n';

	it('is kept paragraph by paragraph, with a warning that none of it can be mapped', () => {
		const got = ingest(bytes(english), meta);
		expect(got.document.paragraphs.map((p) => p.text.slice(0, 12))).toEqual(['Chengdu unve', 'Chengdu will', 'The city pla']);
		expect(got.warnings).toEqual([{ kind: 'no-chinese', paragraphs: 3 }]);
		expect(describeWarning('hostile.txt', got.warnings[0])).toBe(
			'hostile.txt: has no Chinese text; its 3 paragraphs are kept, but places are read by their Chinese names, so none of it is on the map'
		);
	});

	it('says “its paragraph” of one paragraph', () => {
		const got = ingest(bytes('Chengdu unveils plan\n'), meta);
		expect(describeWarning('a.txt', got.warnings[0])).toBe(
			'a.txt: has no Chinese text; its paragraph is kept, but places are read by their Chinese names, so none of it is on the map'
		);
	});

	it('is not a press release with a line of English after each Chinese one', () => {
		expect(ingest(bytes('成都加快建设东部新区。\n\nChengdu will build the Eastern New Area.\n'), meta).warnings).toEqual([]);
	});
});

describe('a Japanese text in Shift-JIS', () => {
	it('is read as Japanese, with a warning, and places written as in Chinese are found in it', () => {
		// 東部新区に物流拠点をつくります。 (iconv -t shift_jis)
		const sjis = new Uint8Array('938c959490568be682c995a897ac8b92935f82f082c282ad82e882dc82b78142'.match(/../g)!.map((b) => parseInt(b, 16)));
		const got = ingest(sjis, meta);
		expect(got.document.encoding).toBe('shift_jis');
		expect(got.document.paragraphs.map((p) => p.text)).toEqual(['东部新区に物流拠点をつくります。']);
		expect(got.warnings).toEqual([{ kind: 'japanese' }]);
	});
});

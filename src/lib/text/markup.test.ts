import { describe, expect, it } from 'vitest';
import { ingest } from './index';

const meta = { id: 'h', file: 'hostile.txt', title: { zh: 'h', en: 'h' }, date: '2024', publisher: '', kind: 'test', scope: 'city' };
const bytes = (s: string) => new TextEncoder().encode(s);

describe('HTML in a text file', () => {
	it('is kept as text and reported once, naming the file, the tag and its line', () => {
		const got = ingest(bytes('成都市加快建设春熙路。\n\n春熙路<img src=x onerror=alert(1)>商圈提升。\n'), meta);
		expect(got.document.paragraphs.map((p) => p.text)).toContain('春熙路<img src=x onerror=alert(1)>商圈提升。');
		expect(got.warnings).toEqual([
			'hostile.txt: contains HTML markup (<img src=x onerror=alert(1)> on line 3); it is kept and shown as plain text'
		]);
	});

	it('does not mistake comparison signs or book-title marks for markup', () => {
		expect(ingest(bytes('增速 a < b 且 c > d，《成都市条例》出台。'), meta).warnings).toEqual([]);
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
		expect(got.warnings[0]).toMatch(/^hostile\.txt: looks like UTF-8 that was read as Latin-1 or Windows-1252 and saved again \(æ.{11}…\); its Chinese is garbled: save the original text as UTF-8$/);
	});

	it('is not seen in Chinese text, or in text with a few accented Latin words', () => {
		expect(ingest(bytes(chinese), meta).warnings).toEqual([]);
		expect(ingest(bytes('成都与法国Café、Émile、Zürich合作，推进天府国际机场建设。'), meta).warnings).toEqual([]);
	});
});

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

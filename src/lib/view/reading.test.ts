import { describe, expect, it } from 'vitest';
import type { Commitment, Document, Mention, Paragraph, Removed } from '../types';
import { blocks, byParagraph, mentionHash, unnamedCommitments } from './reading';

const para = (n: number, start: number, end: number, section: string | null): Paragraph => ({
	id: `000-p${n}`,
	doc: '000',
	section,
	scope: 'city',
	line: n,
	start,
	end,
	text: 'x'.repeat(end - start)
});

const removed = (start: number, reason: Removed['reason']): Removed => ({
	doc: '000',
	line: 1,
	start,
	end: start + 2,
	text: 'zz',
	reason
});

const doc: Document = {
	id: '000',
	file: '000.txt',
	title: { zh: '标题', en: 'Title' },
	date: '2022-12-30',
	publisher: 'p',
	kind: 'news',
	scope: 'city',
	encoding: 'utf-8',
	sections: [
		{ id: 's1', doc: '000', title: '一、总体要求', scope: 'city', status: 'planned', line: 3, start: 30, end: 60 },
		{ id: 's2', doc: '000', title: '(二)重点任务', scope: 'city', status: 'planned', line: 9, start: 70, end: 99 },
		{ id: 's3', doc: '000', title: '三、保障', scope: 'city', status: 'planned', line: 12, start: 95, end: 99 }
	],
	paragraphs: [
		{ ...para(3, 70, 90, 's2'), text: '(二)重点任务。加快建设' },
		para(1, 10, 20, null),
		{ ...para(2, 30, 50, 's1'), text: '一、总体要求' },
		para(4, 90, 99, 's2')
	],
	removed: [removed(0, 'navigation'), removed(35, 'pinyin'), removed(36, 'pinyin'), removed(55, 'footer')]
};

describe('blocks', () => {
	const out = blocks(doc);
	const paragraph = (id: string) => {
		const b = out.find((b) => b.kind === 'paragraph' && b.paragraph.id === id);
		return b?.kind === 'paragraph' ? b : undefined;
	};

	it('follows the original order', () => {
		expect(
			out.map((b) =>
				b.kind === 'section' ? b.section.id : b.kind === 'paragraph' ? b.paragraph.id : b.removed.reason
			)
		).toEqual(['navigation', '000-p1', '000-p2', 'footer', '000-p3', '000-p4', 's3']);
	});

	it('marks the paragraphs that are, or begin with, a section title', () => {
		expect(paragraph('000-p2')?.heading).toBe('一、总体要求'.length);
		expect(paragraph('000-p3')?.heading).toBe('(二)重点任务'.length);
		expect(paragraph('000-p1')?.heading).toBe(0);
	});

	it('keeps pieces removed from inside a paragraph with it, grouped by reason', () => {
		expect([...paragraph('000-p2')!.removed.keys()]).toEqual(['pinyin']);
		expect(paragraph('000-p2')!.removed.get('pinyin')).toHaveLength(2);
	});
});

const mention = (over: Partial<Mention>): Mention => ({
	id: 'm1',
	doc: '000.txt',
	paragraph: '000-p1',
	line: 1,
	start: 0,
	end: 3,
	at: [0, 3],
	surface: '春熙路',
	place: 'chunxilu',
	name: '春熙路',
	kind: 'area',
	lng: 104.0807,
	lat: 30.6570,
	precision: 'exact',
	commitment: '000-c3',
	theme: 'consumption',
	status: 'planned',
	...over
});

describe('mentionHash', () => {
	it('selects the commitment at the mentioned place', () => {
		expect(mentionHash(mention({}))).toBe('sel=000-c3&at=chunxilu');
	});

	it('shows the place alone when the mention is in no commitment', () => {
		expect(mentionHash(mention({ commitment: null, theme: null }))).toBe('map=14/30.6570/104.0807');
		expect(mentionHash(mention({ commitment: null, precision: 'district' }))).toMatch(/^map=11\//);
		// A district is seen whole, however exact its outline; a line or a river along more of its course than a street's worth.
		expect(mentionHash(mention({ commitment: null, kind: 'district', precision: 'exact' }))).toMatch(/^map=10\//);
		expect(mentionHash(mention({ commitment: null, kind: 'river', precision: 'exact' }))).toMatch(/^map=12\//);
	});
});

describe('byParagraph', () => {
	it('groups mentions by paragraph', () => {
		const m = byParagraph([mention({}), mention({ id: 'm2', paragraph: '000-p2' }), mention({ id: 'm3' })]);
		expect(m.get('000-p1')?.map((x) => x.id)).toEqual(['m1', 'm3']);
	});
});

describe('unnamedCommitments', () => {
	const commitment = (id: string, paragraph: string): Commitment => ({
		id,
		doc: '000',
		paragraph,
		section: null,
		line: 1,
		start: 0,
		end: 9,
		at: [0, 9],
		sentence: '加强招商引资攻势。',
		verb: '加强',
		theme: 'industry',
		status: 'planned',
		places: ['xindu'],
		years: [],
		figures: []
	});

	it('keeps, by paragraph, the commitments no mention links to', () => {
		const commitments = [commitment('000-c3', '000-p1'), commitment('000-c4', '000-p1'), commitment('000-c5', '000-p2')];
		const out = unnamedCommitments(commitments, [mention({}), mention({ id: 'm2', commitment: null })]);
		expect([...out].map(([p, cs]) => [p, cs.map((c) => c.id)])).toEqual([
			['000-p1', ['000-c4']],
			['000-p2', ['000-c5']]
		]);
	});
});

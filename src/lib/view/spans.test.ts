import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excerpt, spans } from './spans';

const text = '加快建设春熙路时尚商圈，提升消费能级。';

describe('spans', () => {
	it('marks a range and keeps the rest as plain runs', () => {
		expect(spans(text, [{ at: [4, 7], data: 'm' }])).toEqual([
			{ text: '加快建设', start: 0, mark: null },
			{ text: '春熙路', start: 4, mark: 'm' },
			{ text: '时尚商圈，提升消费能级。', start: 7, mark: null }
		]);
	});

	it('cuts plain runs where asked, never a marked one', () => {
		const out = spans(text, [{ at: [4, 7], data: 'm' }], [2, 5, 12, 12]);
		expect(out.map((s) => [s.text, s.start])).toEqual([
			['加快', 0],
			['建设', 2],
			['春熙路', 4],
			['时尚商圈，', 7],
			['提升消费能级。', 12]
		]);
	});

	it('gives one plain run without marks, even for empty text', () => {
		expect(spans(text, [])).toEqual([{ text, start: 0, mark: null }]);
		expect(spans('', [])).toEqual([{ text: '', start: 0, mark: null }]);
	});

	it('drops empty and overlapping marks and clamps to the text', () => {
		const out = spans(text, [
			{ at: [4, 7], data: 'a' },
			{ at: [5, 9], data: 'overlap' },
			{ at: [9, 9], data: 'empty' },
			{ at: [15, 99], data: 'clamped' }
		]);
		expect(out.map((s) => s.mark)).toEqual([null, 'a', null, 'clamped']);
		expect(out.at(-1)!.text).toBe('费能级。');
	});

	it('prefers the longer of two marks starting together', () => {
		const out = spans(text, [
			{ at: [4, 7], data: 'short' },
			{ at: [4, 11], data: 'long' }
		]);
		expect(out[1]).toEqual({ text: '春熙路时尚商圈', start: 4, mark: 'long' });
	});

	it('always reassembles the original text, in order', () => {
		const mark = fc.record({
			at: fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: -5, max: 40 })),
			data: fc.constant(1)
		});
		fc.assert(
			fc.property(fc.string(), fc.array(mark), fc.array(fc.integer({ min: -5, max: 40 })), (t, marks, cuts) => {
				const out = spans(t, marks, cuts);
				expect(out.map((s) => s.text).join('')).toBe(t);
				for (const s of out) expect(t.slice(s.start, s.start + s.text.length)).toBe(s.text);
			})
		);
	});
});

describe('excerpt', () => {
	const para = '第一句很长很长。第二句也不短；这是承诺的句子。后面还有一句话。最后一句。';
	const s = para.indexOf('这是');
	const at = [s, s + '这是承诺的句子。'.length] as const;

	it('keeps whole sentences around the range when they fit', () => {
		const [from, to] = excerpt(para, at, 12);
		expect(para.slice(from, to)).toBe('第二句也不短；这是承诺的句子。后面还有一句话。');
	});

	it('leaves out a sentence that does not fit whole', () => {
		expect(para.slice(...excerpt(para, at, 3))).toBe('这是承诺的句子。');
	});

	it('cuts mid-sentence when no boundary is near', () => {
		expect(excerpt('甲乙丙丁戊己庚辛壬癸', [4, 6], 2)).toEqual([2, 8]);
	});

	it('gives the whole text when it is short', () => {
		expect(excerpt(para, at, 100)).toEqual([0, para.length]);
	});
});

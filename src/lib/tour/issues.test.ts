import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages';
import { describeIssue } from './issues';
import { parseTour } from './schema';

describe('describeIssue', () => {
	it('says which chapter and which field, in either language', () => {
		const r = parseTour(
			JSON.stringify({
				format: 'atlas-tour',
				version: 1,
				id: 'x',
				title: { zh: 'x', en: 'x' },
				chapters: [{ title: { zh: 'a', en: 'a' }, commitments: ['001-c1'] }, { title: { zh: 'b' }, places: ['x'] }]
			})
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map((i) => describeIssue(i, messages.zh.tour.issue))).toEqual(['第 2 章 · title.en: 缺少此项']);
		expect(describeIssue(r.issues[0], messages.en.tour.issue)).toBe('Chapter 2 · title.en: missing');
	});

	it('shows what was found when it helps', () => {
		const r = parseTour('[1, 2');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(describeIssue(r.issues[0], messages.en.tour.issue)).toMatch(/^Tour: not valid JSON \(found .+\)$/);
	});
});

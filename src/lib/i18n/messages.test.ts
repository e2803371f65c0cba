import { describe, expect, it } from 'vitest';
import { messages } from './messages';

function shape(value: unknown): unknown {
	if (typeof value === 'function') return 'function';
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
	}
	return typeof value;
}

function leaves(value: unknown, path = ''): [string, unknown][] {
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
	}
	return [[path, value]];
}

describe('messages', () => {
	it('has the same keys in both languages', () => {
		expect(shape(messages.en)).toEqual(shape(messages.zh));
	});

	it('names the themes and statuses as the brief does', () => {
		expect(messages.zh.theme.ecology).toBe('生态');
		expect(messages.zh.status.glossary).toBe('名词解释');
		expect(messages.en.theme.livelihood).toBe('Livelihood');
	});

	it('leaves no string empty except the notes that exact places do not need', () => {
		for (const lang of [messages.zh, messages.en]) {
			const empty = leaves(lang)
				.filter(([, v]) => v === '')
				.map(([k]) => k);
			expect(empty).toEqual(['.precisionNote.exact', '.precisionNote.area']);
		}
	});
});

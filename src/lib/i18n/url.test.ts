import { describe, expect, it } from 'vitest';
import { langOf, withLang } from './url';

describe('the language in the address', () => {
	it('is read from ?lang=, and only for a language the app has', () => {
		expect(langOf('?lang=en')).toBe('en');
		expect(langOf('?x=1&lang=zh')).toBe('zh');
		expect(langOf('?lang=fr')).toBeNull();
		expect(langOf('')).toBeNull();
	});

	it('is written for English only, keeping the other parameters', () => {
		expect(withLang('', 'en')).toBe('?lang=en');
		expect(withLang('?lang=en', 'zh')).toBe('');
		expect(withLang('?x=1&lang=en', 'zh')).toBe('?x=1');
		expect(withLang('?x=1', 'en')).toBe('?x=1&lang=en');
		expect(withLang('?lang=zh', 'en')).toBe('?lang=en');
	});
});

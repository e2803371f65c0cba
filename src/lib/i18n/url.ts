// The UI language in a page's address (?lang=en), so that a link someone shares opens in the
// language they read it in. Chinese is the default and needs no parameter.
import { LANGS, type Lang } from './messages';

const PARAM = 'lang';

/** The language an address's query asks for, or null if it asks for none (or for one we lack). */
export function langOf(search: string): Lang | null {
	const value = new URLSearchParams(search).get(PARAM);
	return LANGS.includes(value as Lang) ? (value as Lang) : null;
}

/** The query with the language set: `lang=en` for English, no parameter for Chinese; other parameters kept. */
export function withLang(search: string, lang: Lang): string {
	const params = new URLSearchParams(search);
	if (lang === 'zh') params.delete(PARAM);
	else params.set(PARAM, lang);
	const query = params.toString();
	return query ? `?${query}` : '';
}

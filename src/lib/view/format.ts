// Small display formatters that depend on the UI language.
import type { Lang } from '../i18n/messages';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** A document date is an ISO date or a year alone; anything else is shown as written. */
export function formatDate(date: string, lang: Lang): string {
	const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(date);
	if (!m) return date;
	const [, y, mo, d] = m;
	if (!mo) return lang === 'zh' ? `${y}年` : y;
	return lang === 'zh' ? `${y}年${+mo}月${+d}日` : `${+d} ${MONTHS[+mo - 1]} ${y}`;
}

/** A list of short items in the language's own way: 、 in Chinese, commas in English. */
export function formatList(items: readonly (string | number)[], lang: Lang): string {
	return items.join(lang === 'zh' ? '、' : ', ');
}

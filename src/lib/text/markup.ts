// HTML in a text file: a web page saved as text, or text pasted with its tags. Tags, comments and
// what script and style elements hold are not the document's words: they are set aside as removed
// text (kept, so nothing is lost), and what the tags wrap stays.
import { unitString } from './units';

// Only HTML's own element names: <Chengdu Daily> or a < b > c in prose is not markup.
const ELEMENTS = [
	'html', 'head', 'body', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'div', 'span',
	'p', 'br', 'hr', 'h[1-6]', 'a', 'img', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead',
	'tbody', 'tfoot', 'tr', 'td', 'th', 'col', 'colgroup', 'strong', 'b', 'i', 'em', 'u', 's', 'font',
	'center', 'small', 'big', 'sup', 'sub', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main',
	'figure', 'figcaption', 'iframe', 'form', 'input', 'button', 'label', 'select', 'option', 'textarea',
	'blockquote', 'pre', 'code', 'video', 'audio', 'source', 'svg', 'wbr', 'o:p'
].join('|');

const SPAN = new RegExp(
	String.raw`<(script|style)\b[^>]*>[\s\S]*?</\1\s*>|<!--[\s\S]*?-->|<!--|<!doctype\b[^<>]*>|</?(?:${ELEMENTS})(?:\s[^<>]*)?/?>`,
	'gi'
);

const BLOCK = /^<(?:p|div|br|hr|li|dt|dd|h[1-6]|tr|table|ul|ol|section|article|header|footer|blockquote|title)\b/i;

/** Whether the markup at `at` opens a block of the page (<p>, <div class=…>, <br/>), which starts a line. */
export function opensBlock(units: Uint16Array, at: number): boolean {
	return units[at] === 0x3c && units[at + 1] !== 0x2f && BLOCK.test(unitString(units, at, Math.min(units.length, at + 12)));
}

/** The markup of a text, as flat, ordered start, end pairs (a span may run over several lines). */
export function markupSpans(text: string): number[] {
	const spans: number[] = [];
	for (const m of text.matchAll(SPAN)) spans.push(m.index, m.index + m[0].length);
	return spans;
}

/**
 * What is left of the line [start, end) once `cuts` (flat pairs inside it, in order) are taken out,
 * appended to `out` as start, end pairs.
 */
export function keptRanges(start: number, end: number, cuts: readonly number[] | null, out: number[]): void {
	let at = start;
	if (cuts)
		for (let k = 0; k < cuts.length; k += 2) {
			if (cuts[k] > at) out.push(at, cuts[k]);
			at = cuts[k + 1];
		}
	if (at < end) out.push(at, end);
}

// ASCII slugs from pinyin (pinyin-pro), for place ids.
import { customPinyin, pinyin } from 'pinyin-pro';

// 都 is dū in place names (pinyin-pro reads 新都/郫都 as dōu).
customPinyin({ 新都: 'xīn dū', 郫都: 'pí dū', 成都: 'chéng dū', 都江堰: 'dū jiāng yàn' });

export function pinyinSlug(name: string): string {
	const py = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }) as string[];
	return py
		.join('')
		.toLowerCase()
		.replace(/ü/g, 'v')
		.replace(/[^a-z0-9]+/g, '');
}

/** Slug of a place name: leading 成都/四川/中国 prefixes dropped when something remains. */
export function placeSlug(name: string): string {
	let n = name.replace(/[（(].*?[)）]/g, '');
	for (const p of ['四川省', '成都市', '四川', '成都', '中国']) {
		if (n.startsWith(p) && n.length - p.length >= 2 && !/^[至到]/.test(n.slice(p.length))) n = n.slice(p.length);
	}
	return pinyinSlug(n);
}

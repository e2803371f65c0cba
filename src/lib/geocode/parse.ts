// The geoparser: every gazetteer name in a normalized text, resolved in context to one place.
// Longest match first (锦江公园 before 锦江, 天府新区 before 天府); the rules below settle what a
// match means where a name alone cannot.
import { AhoCorasick } from './aho';
import type { Gazetteer, NameEntry } from './gazetteer';

export interface Found {
	start: number;
	end: number;
	surface: string;
	/** The place meant, or null for a name the gazetteer knows but cannot locate. */
	place: string | null;
	/** Inside an official's title or an office (锦江区委书记): a mention, never a commitment. */
	title: boolean;
}

/** What follows a district in an office or title: 锦江区委书记, 青羊区人民政府, 新都区公园城市局. */
const OFFICE = /^(?:委|副?区长|副?县长|副?市长|人民政府|政府|人大|政协|纪委|监委|法院|人民法院|检察院|人民检察院|[\u4e00-\u9fa5]{0,6}?局)/;
/** Words that let a bare short form (青羊, 新都) stand for its district. */
const DISTRICT_FOLLOW = /^(?:将|还|要|在|是|的|作为|全区|区域|片区|，|。|；)/;
/** A short form inside a list or a route: 蓉北、西博城, 青白江至镇江关. */
const LIST_FOLLOW = /^(?:、|和|与|及|等|至|到|—)/;
/** Rail words that make 成兰, 西成 the names of lines. */
const RAIL_NEAR = /高铁|铁路|动车|线路|列车/;
const CJK_TAIL = /[\u4e00-\u9fa5]{2,8}$/;
const CJK_HEAD = /^[\u4e00-\u9fa5]{2,8}/;
/** Water context that makes 锦江 the river rather than the district. */
const WATER = /夜游|沿岸|两岸|岸线|流域|游船|通航|水生态|滨/;
const RIVER_CONTEXT = /河|水|流域|两岸|沿岸|沿线|岸线|滨|夜游|航|游船|绿道|公园|治理|湿地|生态带/;
const WORKS_CONTEXT = /^(?:精华灌区|灌区|水利|渠首|—|-)|(?:青城山—|青城山-)$/;
/** The city itself is every document's default scope, not a place-specific mention. */
const CITY = 'chengdu';

export interface Geoparser {
	parse(text: string, scope: string): Found[];
	/** How many names the matcher holds (for the benchmark's grep pattern list). */
	names: readonly string[];
}

export function createGeoparser(gazetteer: Gazetteer): Geoparser {
	// Unlocated places outside the city (长江, 镇江关) matter to no map of Chengdu.
	const entries = gazetteer.names().filter((e) => !isOfficeOfPlace(e, gazetteer) && !(e.unlocated && e.kind === 'outside'));
	const matcher = new AhoCorasick(entries.map((e) => e.name));
	const districtOf = new Map(
		gazetteer.places.filter((p) => p.kind === 'district').map((p) => [p.id, p])
	);

	const entryOf = new Map(entries.map((e) => [e.name, e]));

	function resolve(e: NameEntry, text: string, start: number, end: number, scope: string): string | null | undefined {
		const after = text.slice(end, end + 8);
		if (e.ambiguous) {
			const district = e.ambiguous.find((id) => districtOf.has(id));
			const other = e.ambiguous.find((id) => !districtOf.has(id));
			if (!district || !other) return e.ambiguous[0];
			const around = text.slice(Math.max(0, start - 8), end + 8);
			const otherKind = gazetteer.byId.get(other)!.kind;
			if (otherKind === 'river') {
				// Unmistakable water words win even in the district's own text (夜游锦江); the looser
				// ones (治理, 公园) are everyday words of the district's plans.
				if (WATER.test(around)) return other;
				if (scope === district) return district;
				return RIVER_CONTEXT.test(around) ? other : DISTRICT_FOLLOW.test(after) || OFFICE.test(after) ? district : other;
			}
			if (scope === district) return district;
			if (otherKind === 'landmark') return WORKS_CONTEXT.test(after) || WORKS_CONTEXT.test(text.slice(Math.max(0, start - 6), start)) ? other : district;
			return district;
		}
		if (e.short && e.place) {
			// A short form stands for its place inside that place's own scope, or where the
			// words around it make it a name: 青羊还将…, 蓉北、西博城等商圈, 27号线一期.
			if (e.place === scope) return e.place;
			const kind = gazetteer.byId.get(e.place)!.kind;
			// A line's short form needs a rail word nearby: 成渝、西成、成贵已开通高铁 (not 成渝“双城记”).
			if (kind === 'line') return /号线$/.test(e.name) || RAIL_NEAR.test(text.slice(end, end + 12)) ? e.place : undefined;
			if (LIST_FOLLOW.test(after)) return e.place;
			if (kind === 'district' && (DISTRICT_FOLLOW.test(after) || OFFICE.test(after))) return e.place;
			return undefined;
		}
		return e.place;
	}

	/**
	 * Coordinated names that share a head or a tail the text writes once: 久隆、三坝水库 (久隆水库),
	 * 成蒲等铁路 (成蒲铁路), 成渝中线高铁、科创走廊 (成渝中线科创走廊).
	 */
	function elided(text: string, found: Found[]): Found[] {
		const extra: Found[] = [];
		const taken = (a: number, b: number) => found.some((f) => f.start < b && a < f.end) || extra.some((f) => f.start < b && a < f.end);
		const add = (start: number, end: number, full: string) => {
			const e = entryOf.get(full);
			if (!e || !(e.place || e.unlocated) || taken(start, end)) return false;
			extra.push({ start, end, surface: text.slice(start, end), place: e.unlocated ? null : e.place, title: false });
			return true;
		};
		for (const f of found) {
			const name = f.surface;
			// Shared tail: items before the found name, separated by 、.
			let at = f.start;
			while (text[at - 1] === '、') {
				const before = CJK_TAIL.exec(text.slice(Math.max(0, at - 9), at - 1))?.[0] ?? '';
				let start = -1;
				for (let len = 2; len <= before.length && start === -1; len++) {
					const item = before.slice(-len);
					for (let k = 1; k < name.length; k++) {
						if (add(at - 1 - len, at - 1, item + name.slice(k))) {
							start = at - 1 - len;
							break;
						}
					}
				}
				if (start === -1) break;
				at = start;
			}
			// Shared head: an item after the found name that completes with the name's first characters.
			if (text[f.end] === '、') {
				const item = CJK_HEAD.exec(text.slice(f.end + 1, f.end + 10))?.[0];
				for (let k = name.length - 1; item && k > 0; k--) {
					for (let len = item.length; len > 1; len--) if (add(f.end + 1, f.end + 1 + len, name.slice(0, k) + item.slice(0, len))) break;
				}
			}
		}
		// A name before 等 whose kind the text gives after it: 成蒲等铁路.
		for (const m of text.matchAll(/([\u4e00-\u9fa5]{2,6})等([\u4e00-\u9fa5]{2,4})/g)) {
			const [, item, tail] = m;
			const start = m.index!;
			for (let len = tail.length; len > 1; len--) if (add(start, start + item.length, item + tail.slice(0, len))) break;
		}
		return extra;
	}

	return {
		names: entries.map((e) => e.name),
		parse(text, scope) {
			const found: Found[] = [];
			for (const hit of matcher.longest(text)) {
				const e = entries[hit.pattern];
				if (!e.place && !e.ambiguous && !e.unlocated) continue; // not a place: 天府文化, 成渝地区双城经济圈 …
				const place = e.unlocated ? null : resolve(e, text, hit.start, hit.end, scope);
				if (place === undefined || place === CITY) continue;
				const after = text.slice(hit.end, hit.end + 10);
				const title = place !== null && districtOf.has(place) && OFFICE.test(after);
				found.push({ start: hit.start, end: hit.end, surface: e.name, place, title });
			}
			return [...found, ...elided(text, found)].sort((a, b) => a.start - b.start);
		}
	};
}

/** 锦江区委 is listed as "not a place" so it never counts as a commitment; here it is a mention in a title instead. */
function isOfficeOfPlace(e: NameEntry, gazetteer: Gazetteer): boolean {
	if (e.place || e.ambiguous || e.unlocated) return false;
	const m = /^(.+?)(?:委|人民政府)$/.exec(e.name);
	return !!m && gazetteer.places.some((p) => p.kind === 'district' && p.name === m[1]);
}

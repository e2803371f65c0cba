// Scores predicted mentions against hand-annotated gold ones: precision, recall and F1 of
// finding them, and the accuracy of resolving the found ones to the right place.
export interface GoldMention {
	line: number;
	surface: string;
	place: string;
	commitment: boolean;
}

export interface PredictedMention {
	line: number;
	surface: string;
	/** Canonical name of the place it resolved to. */
	name: string;
	/** The place's other names in the gazetteer: gold that names the place by one of them (成都高新技术产业开发区) names the same place. */
	aliases?: readonly string[];
	commitment: boolean;
}

export interface Score {
	gold: number;
	predicted: number;
	matched: number;
	precision: number;
	recall: number;
	f1: number;
	/** Share of matched mentions resolved to the gold place. */
	accuracy: number;
	/** How many of those the gold names by another name of the place's, not its canonical one. */
	byOtherName: number;
	misses: GoldMention[];
	extras: PredictedMention[];
	wrong: [GoldMention, PredictedMention][];
}

/** Same line, and one surface contains the other (春熙路 inside 春熙路商圈 is the same mention). */
function same(g: GoldMention, p: PredictedMention) {
	return g.line === p.line && (g.surface.includes(p.surface) || p.surface.includes(g.surface));
}

/**
 * Whether a gold place is the predicted one by another name: one the gazetteer gives it, or one of its names after
 * qualifiers (彭州市龙门山镇, 成都地铁春熙路站, 寿安镇岷江村), where `qualifies` says what a qualifier is.
 */
function namedOtherwise(g: GoldMention, p: PredictedMention, qualifies?: (prefix: string) => boolean): boolean {
	const names = [p.name, ...(p.aliases ?? [])];
	if (names.includes(g.place)) return true;
	return qualifies !== undefined && names.some((n) => g.place.length > n.length && g.place.endsWith(n) && qualifies(g.place.slice(0, -n.length)));
}

export function score(gold: GoldMention[], predicted: PredictedMention[], qualifies?: (prefix: string) => boolean): Score {
	const free = [...predicted];
	const misses: GoldMention[] = [];
	const wrong: [GoldMention, PredictedMention][] = [];
	let matched = 0;
	let byOtherName = 0;
	const take = (g: GoldMention, i: number) => {
		const [p] = free.splice(i, 1);
		matched++;
		if (p.name === g.place) return;
		if (namedOtherwise(g, p, qualifies)) byOtherName++;
		else wrong.push([g, p]);
	};
	// Exact surfaces first, over all of the gold, then containing ones: else a short form earlier on a line (在新繁)
	// would take the full name after it (新繁街道) and leave that one missed.
	const open: GoldMention[] = [];
	for (const g of gold) {
		const i = free.findIndex((p) => p.line === g.line && p.surface === g.surface);
		if (i === -1) open.push(g);
		else take(g, i);
	}
	for (const g of open) {
		const i = free.findIndex((p) => same(g, p));
		if (i === -1) misses.push(g);
		else take(g, i);
	}
	const precision = predicted.length ? matched / predicted.length : 1;
	const recall = gold.length ? matched / gold.length : 1;
	return {
		gold: gold.length,
		predicted: predicted.length,
		matched,
		precision,
		recall,
		f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
		accuracy: matched ? (matched - wrong.length) / matched : 1,
		byOtherName,
		misses,
		extras: free,
		wrong
	};
}

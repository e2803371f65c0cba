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
	misses: GoldMention[];
	extras: PredictedMention[];
	wrong: [GoldMention, PredictedMention][];
}

/** Same line, and one surface contains the other (春熙路 inside 春熙路商圈 is the same mention). */
function same(g: GoldMention, p: PredictedMention) {
	return g.line === p.line && (g.surface.includes(p.surface) || p.surface.includes(g.surface));
}

export function score(gold: GoldMention[], predicted: PredictedMention[]): Score {
	const free = [...predicted];
	const misses: GoldMention[] = [];
	const wrong: [GoldMention, PredictedMention][] = [];
	let matched = 0;
	for (const g of gold) {
		// Prefer an exact surface, then a containing one.
		let i = free.findIndex((p) => p.line === g.line && p.surface === g.surface);
		if (i === -1) i = free.findIndex((p) => same(g, p));
		if (i === -1) {
			misses.push(g);
			continue;
		}
		const [p] = free.splice(i, 1);
		matched++;
		if (p.name !== g.place) wrong.push([g, p]);
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
		misses,
		extras: free,
		wrong
	};
}

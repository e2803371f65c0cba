// Writes the atlas to disk: the assembled files, the search index of places, and the basemap
// layers copied from geo/ so the app loads everything from its own origin.
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bbox } from '@turf/turf';
import { pinyin } from 'pinyin-pro';
import { documentFile, type Analysed, type Atlas } from '../../src/lib/atlas/assemble';
import { ATLAS_FILES, type DataSource, type PlaceEntry } from '../../src/lib/atlas/format';
import type { Gazetteer } from '../../src/lib/geocode/gazetteer';
import { GEO_DIR } from './gazetteer';

function writeJson(path: string, data: unknown): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify(data));
}

/** Toneless pinyin of a name, run together and syllable by syllable: chunxilu, chun xi lu. */
export function pinyinForms(name: string): string[] {
	const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map((s) =>
		s.toLowerCase().replace(/ü/g, 'v')
	);
	return [syllables.join(''), syllables.join(' ')];
}

export function placeEntries(gazetteer: Gazetteer): PlaceEntry[] {
	return gazetteer.places.map((p) => ({
		id: p.id,
		name: p.name,
		aliases: p.aliases,
		kind: p.kind,
		adcode: p.adcode,
		district: p.district,
		precision: p.precision,
		center: p.anchor,
		bbox: bbox(p.geometry) as [number, number, number, number],
		pinyin: [...new Set([p.name, ...p.aliases].flatMap(pinyinForms))],
		...(p.note ? { note: p.note } : {}),
		sources: p.sources.map(({ dataset, licence }) => ({ dataset, licence }))
	}));
}

/** The data sources the atlas credits, from geo/sources.json. */
export function loadSources(): DataSource[] {
	const { datasets } = JSON.parse(readFileSync(join(GEO_DIR, 'sources.json'), 'utf8')) as {
		datasets: (Omit<DataSource, 'basemap'> & { layers: string[] })[];
	};
	const PLACE_FILES = ['places.geojson', 'unlocated.json'];
	return datasets.map(({ id, title, licence, attribution, layers }) => ({ id, title, licence, attribution, basemap: layers.some((l) => !PLACE_FILES.includes(l)) }));
}

/**
 * Writes the atlas into `out` as the pipeline hands over its documents: each document's file as it
 * comes, the rest once all are in. Everything goes to a folder beside `out` that replaces it only
 * when complete, so a run that fails halfway leaves the last atlas as it was.
 */
export class AtlasWriter {
	private staging: string;

	constructor(private out: string) {
		this.staging = `${out}.partial`;
		rmSync(this.staging, { recursive: true, force: true });
	}

	document(analysed: Analysed): void {
		writeJson(join(this.staging, ATLAS_FILES.doc(analysed.ingested.document.id)), documentFile(analysed));
	}

	/** Writes the index, the map and the rest, puts the atlas in place; returns a one-line summary. */
	finish(atlas: Omit<Atlas, 'docs'>, gazetteer: Gazetteer): string {
		const dir = this.staging;
		writeJson(join(dir, ATLAS_FILES.index), atlas.index);
		writeJson(join(dir, ATLAS_FILES.features), atlas.features);
		writeJson(join(dir, ATLAS_FILES.places), placeEntries(gazetteer));
		const geo = join(dir, ATLAS_FILES.geo);
		cpSync(join(GEO_DIR, 'basemap'), geo, { recursive: true });
		for (const name of ['districts.geojson', 'city.geojson']) cpSync(join(GEO_DIR, name), join(geo, name));
		rmSync(this.out, { recursive: true, force: true });
		renameSync(dir, this.out);
		const docs = atlas.index.documents;
		const commitments = docs.reduce((n, d) => n + d.commitments, 0);
		const mentions = docs.reduce((n, d) => n + d.mentions, 0);
		const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
		const counts = [count(docs.length, 'document'), count(mentions, 'mention'), count(commitments, 'commitment'), count(atlas.features.features.length, 'map feature')];
		return `${counts.join(', ')} → ${resolve(this.out)}`;
	}
}

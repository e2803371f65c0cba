// Writes the atlas to disk: the assembled files, the search index of places, and the basemap
// layers copied from geo/ so the app loads everything from its own origin.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bbox } from '@turf/turf';
import { pinyin } from 'pinyin-pro';
import { assemble, type Analysed } from '../../src/lib/atlas/assemble';
import { ATLAS_FILES, type DataSource, type PlaceEntry } from '../../src/lib/atlas/format';
import type { Gazetteer } from '../../src/lib/geocode/gazetteer';
import { GEO_DIR } from './gazetteer';

function write(path: string, data: unknown) {
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

export function writeAtlas(out: string, analysed: Analysed[], problems: string[], gazetteer: Gazetteer): string {
	const { datasets } = JSON.parse(readFileSync(join(GEO_DIR, 'sources.json'), 'utf8')) as {
		datasets: DataSource[];
	};
	const sources = datasets.map(({ id, title, licence, attribution }) => ({ id, title, licence, attribution }));
	const atlas = assemble(analysed, gazetteer, problems, sources, new Date().toISOString());
	rmSync(out, { recursive: true, force: true });
	write(join(out, ATLAS_FILES.index), atlas.index);
	write(join(out, ATLAS_FILES.features), atlas.features);
	write(join(out, ATLAS_FILES.places), placeEntries(gazetteer));
	for (const file of atlas.docs) write(join(out, ATLAS_FILES.doc(file.document.id)), file);
	const geo = join(out, ATLAS_FILES.geo);
	cpSync(join(GEO_DIR, 'basemap'), geo, { recursive: true });
	for (const name of ['districts.geojson', 'city.geojson']) cpSync(join(GEO_DIR, name), join(geo, name));
	const commitments = atlas.docs.reduce((n, d) => n + d.commitments.length, 0);
	const mentions = atlas.docs.reduce((n, d) => n + d.mentions.length, 0);
	return `${atlas.docs.length} documents, ${mentions} mentions, ${commitments} commitments, ${atlas.features.features.length} map features → ${resolve(out)}`;
}

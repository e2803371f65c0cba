// Everything the planner reads: the map's files, every document (for sentences, sections and
// dates), the gazetteer (adcodes and sources) and the district outlines — and the rows made of them.
import type { AtlasIndex, PlaceEntry } from '../atlas/format';
import { catalog as buildCatalog, type Catalog } from '../view/catalog';
import { loadDistricts, loadDocument, loadFeatures, loadIndex, loadPlaces } from '../view/load';
import { assignDistricts, type DistrictCollection } from './districts';
import { buildRows, type PlannerRow } from './model';

export interface PlannerData {
	index: AtlasIndex;
	catalog: Catalog;
	rows: PlannerRow[];
	districts: DistrictCollection;
}

export async function loadPlanner(): Promise<PlannerData> {
	const [index, features, places, districts] = await Promise.all([
		loadIndex(),
		loadFeatures(),
		loadPlaces(),
		loadDistricts()
	]);
	const docs = await Promise.all(index.documents.map((d) => loadDocument(d.id)));
	const catalog = buildCatalog(features);
	const byId = new Map<string, PlaceEntry>(places.map((p) => [p.id, p]));
	const districtsOf = assignDistricts(catalog.all, byId, districts.features);
	return { index, catalog, rows: buildRows(catalog.all, docs, byId, districtsOf), districts };
}

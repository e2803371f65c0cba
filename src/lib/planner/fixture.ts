// Test-only: two square districts side by side (west: 104.0–104.1, east: 104.1–104.2, 30.6–30.7)
// and planner rows with sensible defaults.
import type { Geometry } from 'geojson';
import type { FeatureProps } from '../atlas/format';
import { props } from '../view/fixture';
import type { DistrictFeature } from './districts';
import type { PlannerRow } from './model';

function square(id: string, adcode: string, west: number): DistrictFeature {
	const [e, s, n] = [west + 0.1, 30.6, 30.7];
	return {
		type: 'Feature',
		properties: {
			id,
			name: id === 'west' ? '西区' : '东区',
			short: id === 'west' ? '西' : '东',
			name_en: id === 'west' ? 'West' : 'East',
			adcode,
			area_km2: 100,
			seat: [west + 0.05, 30.65],
			label: [west + 0.05, 30.65]
		},
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[west, s],
					[e, s],
					[e, n],
					[west, n],
					[west, s]
				]
			]
		}
	};
}

export const DISTRICTS = [square('west', '510101', 104.0), square('east', '510102', 104.1)];

export function row(over: Partial<FeatureProps> = {}, extra: Partial<PlannerRow> = {}): PlannerRow {
	const p = props(over);
	const geometry: Geometry = { type: 'Point', coordinates: [104.05, 30.65] };
	return {
		fid: p.fid,
		feature: { type: 'Feature', id: p.fid, properties: p, geometry },
		props: p,
		districts: ['west'],
		docTitle: { zh: '文档' + p.doc, en: 'Document ' + p.doc },
		date: '2024-02-01',
		section: '一、总体要求',
		sentence: p.snippet,
		sources: [{ dataset: 'OpenStreetMap', licence: 'ODbL' }],
		...extra
	};
}

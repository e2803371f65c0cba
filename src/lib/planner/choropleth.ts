// The district choropleth: a value per district (commitments, or commitments per 100 km²) and
// its classes — equal intervals of a d3 quantize scale over a nice domain, so that the breaks are
// round numbers a reader can repeat (0, 1–19, 20–39 …). Zero has a class of its own.
import { scaleLinear, scaleQuantize, type ScaleQuantize } from 'd3-scale';
import type { DistrictProps } from './districts';
import type { Metric } from './state';

/** Density is given per this many km², so that the numbers read as whole-ish values. */
export const DENSITY_KM2 = 100;

/** One sequential hue (purple) that none of the theme colours drawn over it uses. */
const LIGHT = '#e4e1f1';
const DARK = '#3f1a7a';
/** Districts with nothing: the bare land of the basemap shows through. */
export const ZERO = 'rgba(0,0,0,0)';

export interface DistrictValue {
	id: string;
	count: number;
	/** The count or the density, by the metric. */
	value: number;
}

export function districtValues(
	counts: ReadonlyMap<string, number>,
	districts: readonly DistrictProps[],
	metric: Metric
): DistrictValue[] {
	return districts.map((d) => {
		const count = counts.get(d.id) ?? 0;
		const value = metric === 'count' ? count : (count / d.area_km2) * DENSITY_KM2;
		return { id: d.id, count, value };
	});
}

export interface ChoroClass {
	/** Densities in [lo, hi) belong to the class (the last includes hi); counts in (lo, hi]. */
	lo: number;
	hi: number;
	color: string;
	label: string;
}

export interface Classes {
	/** The zero class first, then the quantize classes in increasing order. */
	classes: ChoroClass[];
	colorOf: (value: number) => string;
	/** Index into `classes` of a value. */
	classOf: (value: number) => number;
}

function ramp(n: number): string[] {
	if (n === 1) return [DARK];
	const scale = scaleLinear<string>().domain([0, n - 1]).range([LIGHT, DARK]);
	return Array.from({ length: n }, (_, i) => scale(i));
}

/**
 * Classes for a set of values, about `k` of them, fewer when round breaks need fewer. Counts get
 * integer classes that name their first and last values (a maximum of 78: 0 | 1–20 | 21–40 |
 * 41–60 | 61–80); densities get [lo, hi) intervals (0–0.5 | 0.5–1.0 …).
 */
export function classify(values: readonly number[], integer: boolean, k = 5): Classes {
	const max = Math.max(0, ...values);
	const zero: ChoroClass = { lo: 0, hi: 0, color: ZERO, label: '0' };
	if (max === 0) return { classes: [zero], colorOf: () => ZERO, classOf: () => 0 };
	const linear = scaleLinear().domain([0, max]).nice(k);
	// Breaks written with as many decimals as their step needs.
	const fmt = linear.tickFormat(k);
	let ticks = linear.ticks(k);
	if (integer && ticks[1] - ticks[0] < 1) {
		ticks = Array.from({ length: Math.ceil(max) + 1 }, (_, i) => i);
	}
	const step = ticks[1] - ticks[0];
	const last = ticks[ticks.length - 1];
	const top = last >= max ? last : last + step;
	const colors = ramp(Math.max(1, Math.round(top / step)));
	const q: ScaleQuantize<string> = scaleQuantize<string>().domain([0, top]).range(colors);
	const breaks = [0, ...q.thresholds(), top];
	const classes = [
		zero,
		...colors.map((color, i) => {
			const [lo, hi] = [breaks[i], breaks[i + 1]];
			const label = integer
				? lo + 1 === hi
					? String(hi)
					: `${lo + 1}–${hi}`
				: `${fmt(lo)}–${fmt(hi)}`;
			return { lo, hi, color, label };
		})
	];
	// An integer class (lo, hi] is the quantize interval [lo, hi) shifted by one.
	const classOf = (v: number) =>
		v <= 0 ? 0 : 1 + colors.indexOf(q(Math.min(integer ? v - 1 : v, top)));
	return { classes, colorOf: (v) => classes[classOf(v)].color, classOf };
}

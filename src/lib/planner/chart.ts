// Geometry of the theme × district chart: a matrix of cells (districts down, themes across), a
// bar per district on the right (its total) and a bar per theme on top (its total). Sized for a
// projector: 15 px labels, rows 30 px high.
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';

export interface ChartLayout {
	width: number;
	height: number;
	x: ScaleBand<string>;
	y: ScaleBand<string>;
	/** Length of a district's bar (to the right of the matrix). */
	barX: ScaleLinear<number, number>;
	/** Height of a theme's bar (above its column). */
	barY: ScaleLinear<number, number>;
	/** Left edge of the district bars; bottom of the theme bars; the label column's right edge. */
	barsLeft: number;
	barsBottom: number;
	labelRight: number;
	/** Fill of a cell by its count (0 is the lightest). */
	cellFill: (n: number) => string;
	/** Whether a cell's number is written in white (on a dark fill). */
	darkCell: (n: number) => boolean;
}

export const ROW_HEIGHT = 30;
const LABEL_WIDTH = 104;
const BARS_WIDTH = 200;
const THEME_BARS = 56;
const THEME_LABELS = 30;

export function chartLayout(
	width: number,
	themes: readonly string[],
	districts: readonly string[],
	max: { cell: number; district: number; theme: number }
): ChartLayout {
	const matrixWidth = Math.max(themes.length * 44, width - LABEL_WIDTH - BARS_WIDTH - 16);
	const top = THEME_BARS + THEME_LABELS + 8;
	const x = scaleBand<string>()
		.domain(themes)
		.range([LABEL_WIDTH, LABEL_WIDTH + matrixWidth])
		.paddingInner(0.08);
	const y = scaleBand<string>()
		.domain(districts)
		.range([top, top + districts.length * ROW_HEIGHT])
		.paddingInner(0.1);
	const barsLeft = LABEL_WIDTH + matrixWidth + 16;
	// Room for the count after the longest bar.
	const barX = scaleLinear()
		.domain([0, Math.max(1, max.district)])
		.range([0, BARS_WIDTH - 44]);
	const barY = scaleLinear()
		.domain([0, Math.max(1, max.theme)])
		.range([0, THEME_BARS - 20]);
	const shade = scaleLinear<string>()
		.domain([0, Math.max(1, max.cell)])
		.range(['#f1eff8', '#3f1a7a']);
	return {
		width: barsLeft + BARS_WIDTH,
		height: top + districts.length * ROW_HEIGHT + 4,
		x,
		y,
		barX,
		barY,
		barsLeft,
		barsBottom: THEME_BARS,
		labelRight: LABEL_WIDTH - 10,
		cellFill: (n) => (n > 0 ? shade(n) : '#f7f6f2'),
		darkCell: (n) => n > 0 && n / Math.max(1, max.cell) > 0.45
	};
}

// How much of the map the floating panels cover on each side, so that the map can frame features
// in the part that stays visible. Panels narrower than most of the page stand at a side; wider
// ones (on a phone) are sheets over the bottom.

export type Insets = Record<'top' | 'right' | 'bottom' | 'left', number>;

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export function insets(page: Box, panels: readonly Box[]): Insets {
	const out: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
	const width = page.right - page.left;
	for (const p of panels) {
		if (p.right - p.left > width * 0.6) out.bottom = Math.max(out.bottom, page.bottom - p.top);
		else if (p.left - page.left < width / 2) out.left = Math.max(out.left, p.right - page.left);
		else out.right = Math.max(out.right, page.right - p.left);
	}
	return out;
}

/** Padding for framing, never so large that nothing is left to frame in. */
export function framing(within: { width: number; height: number }, cover: Insets, margin: number): Insets {
	const fit = (a: number, b: number, size: number) => {
		const room = size - 2 * margin - 80;
		const scale = a + b > room ? Math.max(0, room) / (a + b) : 1;
		return [a * scale + margin, b * scale + margin];
	};
	const [left, right] = fit(cover.left, cover.right, within.width);
	const [top, bottom] = fit(cover.top, cover.bottom, within.height);
	return { top, right, bottom, left };
}

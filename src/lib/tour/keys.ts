// The presenter's keyboard: what presentation clickers send (PageDown/PageUp, arrows, sometimes
// "b" or "." to blank the screen) plus Space, Home, End and Esc.

export type Action = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'fullscreen' | 'play';

export interface KeyLike {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

export function keyAction(e: KeyLike): Action | null {
	// Browser and system shortcuts (Ctrl+←, Alt+← for Back …) keep their meaning.
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	switch (e.key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return 'next';
		case ' ':
		case 'Spacebar':
			return e.shiftKey ? 'prev' : 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'Backspace':
			return 'prev';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'Escape':
		case 'Esc':
			return 'exit';
		case 'f':
		case 'F':
			return 'fullscreen';
		case 'p':
		case 'P':
		case 'k':
		case 'K':
			return 'play';
		default:
			return null;
	}
}

/** The step an action leads to, 1-based, within 1…count; null when it does not move. */
export function stepAfter(action: Action, step: number, count: number): number | null {
	if (count < 1) return null;
	const targets: Partial<Record<Action, number>> = { next: step + 1, prev: step - 1, first: 1, last: count };
	const to = targets[action];
	if (to === undefined) return null;
	const clamped = clampStep(to, count);
	return clamped === step ? null : clamped;
}

export function clampStep(step: number, count: number): number {
	if (!Number.isFinite(step)) return 1;
	return Math.min(Math.max(1, Math.round(step)), Math.max(1, count));
}

/** How long autoplay stays on a stop: time to read its caption, within 6–16 s. */
export function dwell(characters: number): number {
	return Math.round(Math.min(16_000, Math.max(6_000, 3_000 + characters * 90)));
}

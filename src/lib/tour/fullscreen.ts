// The Fullscreen API where the browser grants it; where it does not (no user gesture, an iframe, a
// headless browser), presenter mode still fills the window, so a refusal is not an error.

export function isFullscreen(): boolean {
	return typeof document !== 'undefined' && !!document.fullscreenElement;
}

/** Asks for full screen; resolves to whether the page is in full screen afterwards. */
export async function enterFullscreen(el: Element = document.documentElement): Promise<boolean> {
	if (isFullscreen()) return true;
	if (!document.fullscreenEnabled || typeof el.requestFullscreen !== 'function') return false;
	// Without a user gesture the request can only fail: do not ask.
	if (navigator.userActivation && !navigator.userActivation.isActive) return false;
	try {
		await el.requestFullscreen({ navigationUI: 'hide' });
		return true;
	} catch {
		return false;
	}
}

export async function leaveFullscreen(): Promise<void> {
	if (!isFullscreen()) return;
	try {
		await document.exitFullscreen();
	} catch {
		// Already left (the user pressed Esc in the browser's own handling).
	}
}

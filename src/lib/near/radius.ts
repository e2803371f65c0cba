// The radius a user can choose around home, in km.
export const MIN_RADIUS = 0.5;
export const MAX_RADIUS = 10;
export const DEFAULT_RADIUS = 3;
export const RADIUS_STEP = 0.5;

/** Whether a radius in km is one the UI offers. */
export function validRadius(km: number): boolean {
	return Number.isFinite(km) && km >= MIN_RADIUS && km <= MAX_RADIUS;
}

// MapLibre renders attribution strings as HTML, so the atlas's source names are escaped first.
import type { DataSource } from '../atlas/format';

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** One attribution line per distinct credit, as the atlas index lists its data sources. */
export function attributions(sources: readonly DataSource[]): string[] {
	const credits = sources.map((s) => s.attribution.trim()).filter(Boolean);
	return [...new Set(credits)].map(escapeHtml);
}

// Where the built-in tours live: static/tours/ in the repository, /tours/ in the app.
import type { Text } from './schema';

export const TOURS_INDEX = 'index.json';
export const tourFile = (id: string) => `${id}.json`;

/** One line of static/tours/index.json: enough to list a tour without loading it. */
export interface TourSummary {
	id: string;
	title: Text;
	summary?: Text;
	chapters: number;
}

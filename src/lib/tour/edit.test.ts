import { describe, expect, it } from 'vitest';
import {
	STORAGE_KEY,
	addChapter,
	chapterFor,
	editChapter,
	emptyTour,
	exportTour,
	importTour,
	loadTour,
	moveChapter,
	removeChapter,
	saveTour,
	type KeyValueStore
} from './edit';
import { validateTour } from './schema';

const a = chapterFor({ commitment: '001-c1', place: 'xinglonghu', name: '兴隆湖' });
const b = chapterFor({ commitment: '001-c2', place: 'kechuangshengtaidao', name: '科创生态岛' });
const c = chapterFor({ commitment: '001-c3', place: 'chunxilu', name: '春熙路' });
const three = () => [a, b, c].reduce(addChapter, emptyTour());

function memory(): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('tour builder edits', () => {
	it('adds a chapter for a selected commitment once', () => {
		const t = addChapter(addChapter(emptyTour(), a), { ...a });
		expect(t.chapters).toHaveLength(1);
		expect(t.chapters[0]).toMatchObject({ commitments: ['001-c1'], places: ['xinglonghu'], camera: 'fit' });
		expect(validateTour(t).ok).toBe(true);
	});

	it('reorders and removes chapters', () => {
		expect(moveChapter(three(), 0, 2).chapters).toEqual([b, c, a]);
		expect(moveChapter(three(), 2, -5).chapters).toEqual([c, a, b]);
		expect(moveChapter(three(), 1, 1).chapters).toEqual([a, b, c]);
		expect(removeChapter(three(), 1).chapters).toEqual([a, c]);
	});

	it('edits texts, dropping an empty English narration', () => {
		let t = editChapter(three(), 1, { titleEn: 'Science island', narrationZh: '科创岛。', narrationEn: 'x' });
		expect(t.chapters[1].title).toEqual({ zh: '科创生态岛', en: 'Science island' });
		expect(t.chapters[1].narration).toEqual({ zh: '科创岛。', en: 'x' });
		t = editChapter(t, 1, { narrationEn: '' });
		expect(t.chapters[1].narration).toEqual({ zh: '科创岛。' });
	});

	it('exports a file that imports back to the same tour', () => {
		const t = three();
		const back = importTour(exportTour(t));
		expect(back).toEqual({ ok: true, tour: t });
	});

	it('imports a valid tour under the builder id, and refuses a malformed one', () => {
		const other = { ...three(), id: 'someone-else' };
		const r = importTour(JSON.stringify(other));
		expect(r.ok && r.tour.id).toBe('mine');
		const bad = importTour(JSON.stringify({ ...other, chapters: [{ title: { zh: 'x' } }] }));
		expect(bad.ok).toBe(false);
	});
});

describe('tour storage', () => {
	it('keeps the tour across visits', () => {
		const store = memory();
		expect(loadTour(store)).toEqual(emptyTour());
		expect(saveTour(store, three())).toBe(true);
		expect(loadTour(store)).toEqual(three());
	});

	it('falls back to an empty tour for missing, broken or foreign data, and without storage', () => {
		const store = memory();
		store.data.set(STORAGE_KEY, '{not json');
		expect(loadTour(store)).toEqual(emptyTour());
		store.data.set(STORAGE_KEY, JSON.stringify({ chapters: 3 }));
		expect(loadTour(store)).toEqual(emptyTour());
		expect(loadTour(null)).toEqual(emptyTour());
		expect(saveTour(null, three())).toBe(false);
		const full: KeyValueStore = {
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		expect(saveTour(full, three())).toBe(false);
	});
});

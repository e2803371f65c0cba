import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTour, validateTour, type Issue } from './schema';

const good = () => ({
	format: 'atlas-tour',
	version: 1,
	id: 'green-chengdu',
	title: { zh: '绿色成都', en: 'Green Chengdu' },
	chapters: [
		{
			title: { zh: '龙泉山', en: 'Longquan Mountains' },
			narration: { zh: '城市森林公园。' },
			commitments: ['001-c36'],
			places: ['longquanshan-forest-park']
		},
		{
			title: { zh: '全城', en: 'The whole city' },
			narration: '从空中看成都。',
			camera: { center: [104.07, 30.66], zoom: 9.5, bearing: -20, pitch: 40 }
		}
	]
});

const where = (issues: Issue[]) => issues.map((i) => `${i.chapter ?? '-'}:${i.field}:${i.problem}`);

describe('validateTour', () => {
	it('accepts a well-formed tour and fills in the defaults', () => {
		const r = validateTour(good());
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.tour.chapters[0].camera).toBe('fit');
		expect(r.tour.chapters[1]).toMatchObject({
			narration: { zh: '从空中看成都。' },
			commitments: [],
			places: [],
			camera: { center: [104.07, 30.66], zoom: 9.5, bearing: -20, pitch: 40 }
		});
	});

	it('names the chapter and the field of every problem', () => {
		const t = good() as Record<string, unknown> & ReturnType<typeof good>;
		(t.chapters[0] as Record<string, unknown>).title = { zh: '龙泉山' };
		(t.chapters[1] as Record<string, unknown>).camera = { center: [104.07, 30.66], zoom: 30 };
		t.chapters.push({ title: { zh: 'x', en: 'x' }, narration: { zh: '' }, commitments: ['bad id!'] } as never);
		const r = validateTour(t);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(where(r.issues)).toEqual([
			'1:title.en:required',
			'2:camera.zoom:number',
			'3:commitments[0]:id'
		]);
		expect(r.issues[1].found).toBe('30');
	});

	it('reports problems of the tour as a whole without a chapter', () => {
		const r = validateTour({ format: 'x', version: 2, id: 'a b', title: 'x', chapters: [] });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(where(r.issues)).toEqual([
			'-:format:format',
			'-:version:version',
			'-:id:id',
			'-:title:object',
			'-:chapters:chapters'
		]);
	});

	it('wants a chapter to show something', () => {
		const t = good();
		t.chapters[0] = { title: { zh: 'a', en: 'a' }, narration: { zh: '' }, commitments: [], places: [] };
		const r = validateTour(t);
		expect(r.ok ? [] : where(r.issues)).toEqual(['1:commitments:nothingToShow']);
	});

	it('accepts a tour without chapters only when asked to (one being built)', () => {
		const t = { ...good(), chapters: [] };
		expect(validateTour(t).ok).toBe(false);
		expect(validateTour(t, { allowEmpty: true }).ok).toBe(true);
	});

	it('keeps cameras inside the municipality and the map zooms', () => {
		const t = good();
		(t.chapters[1] as Record<string, unknown>).camera = { center: [0, 0], zoom: 10, pitch: 80 };
		const r = validateTour(t);
		expect(r.ok ? [] : where(r.issues)).toEqual([
			'2:camera.center[0]:number',
			'2:camera.center[1]:number',
			'2:camera.pitch:number'
		]);
	});
});

describe('parseTour', () => {
	it('says that a file is not JSON', () => {
		const r = parseTour('{ "chapters": [');
		expect(r.ok ? [] : where(r.issues)).toEqual(['-::json']);
	});

	it('never throws, whatever the input', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (v) => {
				const r = validateTour(v);
				expect(typeof r.ok).toBe('boolean');
				if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
			})
		);
		fc.assert(fc.property(fc.string(), (s) => void parseTour(s)));
	});
});

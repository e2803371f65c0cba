// Document text is data, never markup: a page that shows it must not run what it contains.
// The document is a test fixture served in place of /atlas/docs/xss.json, so the test does not
// depend on what the seeds happen to contain.
import type { DocumentFile } from '../../src/lib/atlas/format';
import { test, expect } from './offline';

const PAYLOAD = '<img src=x onerror=alert(1)>';
const TEXT = `春熙路${PAYLOAD}<script>alert(2)</script>`;

const fixture: DocumentFile = {
	document: {
		id: 'xss',
		file: 'xss.txt',
		title: { zh: `标题${PAYLOAD}`, en: `Title ${PAYLOAD}` },
		date: '2024',
		publisher: `<b onmouseover=alert(3)>publisher</b>`,
		kind: 'news',
		scope: 'city',
		encoding: 'utf-8',
		sections: [
			{
				id: 'xss-s1',
				doc: 'xss',
				title: `一、${PAYLOAD}`,
				scope: 'city',
				status: 'planned',
				line: 1,
				start: 0,
				end: 200
			}
		],
		paragraphs: [
			{
				id: 'xss-p1',
				doc: 'xss',
				section: 'xss-s1',
				scope: 'city',
				line: 2,
				start: 10,
				end: 100,
				text: TEXT
			}
		],
		removed: [
			{ doc: 'xss', line: 3, start: 120, end: 150, text: PAYLOAD, reason: 'footer' }
		]
	},
	warnings: [{ kind: 'markup', line: 2, sample: PAYLOAD }],
	mentions: [
		{
			id: 'xss-m1',
			doc: 'xss.txt',
			paragraph: 'xss-p1',
			line: 2,
			start: 10,
			end: 13,
			at: [0, 3 + PAYLOAD.length],
			surface: TEXT.slice(0, 3 + PAYLOAD.length),
			place: 'chunxilu',
			name: `春熙路${PAYLOAD}`,
			kind: 'area',
			lng: 104.08,
			lat: 30.657,
			precision: 'exact',
			commitment: null,
			theme: null,
			status: 'planned'
		}
	],
	commitments: [],
	unlocated: [
		{ name: `沙河${PAYLOAD}`, doc: 'xss', paragraph: 'xss-p1', line: 2, at: [3 + PAYLOAD.length, 3 + PAYLOAD.length + 6], committed: false, reason: 'not-in-gazetteer' }
	]
};

test('markup in a document is shown as text and runs nothing', async ({ page, guard }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.route('**/atlas/docs/xss.json', (route) => route.fulfill({ json: fixture }));

	await page.goto('/doc/xss');
	const article = page.locator('article');
	await expect(article.locator('#p-xss-p1')).toContainText(TEXT);
	await expect(article.getByRole('heading', { level: 2 })).toContainText(PAYLOAD);
	await expect(article.getByRole('heading', { level: 3, name: /^一、/ })).toContainText(PAYLOAD);
	await expect(page.getByTestId('unlocated')).toContainText(`沙河${PAYLOAD}`);
	await expect(page.getByTestId('warnings')).toContainText(`第 2 行：${PAYLOAD}`);
	await expect(article.getByRole('link', { name: /春熙路/ })).toHaveText(`春熙路${PAYLOAD}`);

	await page.getByLabel(/显示被移除的文本/).check();
	await expect(article.locator('.removed')).toContainText(PAYLOAD);

	await article.getByText('publisher', { exact: false }).first().hover();
	expect(await article.locator('img, script, b').count()).toBe(0);
	expect(dialogs).toEqual([]);
	expect(guard.errors).toEqual([]);
});

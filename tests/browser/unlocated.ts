// More names the map cannot show than the seeds hold, added to what the server sends: the tests of the
// lists that fold them need a corpus of street notices the seeds are not.
import type { Page } from './offline';

/** Serves `file` (a glob of the atlas's URLs) with `count` made-up street names added to its `unlocated`; returns them. */
export async function withMoreUnlocated(page: Page, file: string, count: number): Promise<string[]> {
	const streets = Array.from({ length: count }, (_, i) => `测试${i + 1}路`);
	await page.route(file, async (route) => {
		const json = await (await route.fetch()).json();
		const at = json.unlocated[0];
		json.unlocated.push(...streets.map((name) => ({ ...at, name })));
		await route.fulfill({ json });
	});
	return streets;
}

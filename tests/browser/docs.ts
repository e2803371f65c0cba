// Screenshots for the README and docs/. `npm run screenshots` writes them to docs/; an ordinary
// test run writes them to test-results/, so that running the tests leaves the tree unchanged.
import type { Page } from './offline';

export function docsScreenshot(page: Page, file: string) {
	const dir = process.env.DOCS_SCREENSHOTS ? 'docs' : 'test-results/docs';
	return page.screenshot({ path: `${dir}/${file}` });
}

/** The tag of the tests that take them: `playwright test --grep @docs`. */
export const DOCS = { tag: '@docs' };

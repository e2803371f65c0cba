// A page fixture that fails the test on any console error, uncaught page error, or request to a
// host other than the page's own origin: the app must work offline.
import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
	foreign: string[];
	errors: string[];
}

export const test = base.extend<{ guard: Guard }>({
	guard: async ({ page, baseURL }, use) => {
		const origin = new URL(baseURL!).origin;
		const guard: Guard = { foreign: [], errors: [] };
		await page.route('**/*', (route) => {
			const url = route.request().url();
			if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
				return route.continue();
			}
			guard.foreign.push(url);
			return route.abort();
		});
		page.on('console', (msg) => {
			if (msg.type() === 'error') guard.errors.push(msg.text());
		});
		page.on('pageerror', (err) => guard.errors.push(String(err)));
		await use(guard);
		expect(guard.foreign, 'requests to other hosts').toEqual([]);
		expect(guard.errors, 'console errors').toEqual([]);
	}
});

export { expect, type Page };

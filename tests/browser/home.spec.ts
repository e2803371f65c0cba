import { test, expect } from './offline';

test('the home page opens with no console error and no request to another host', async ({
	page,
	guard
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('成都政策地图');
	await page.waitForLoadState('networkidle');
	expect(guard.foreign).toEqual([]);
});

import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser: `npx playwright install` cannot work offline.
const port = Number(process.env.PREVIEW_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/browser',
	timeout: 60_000,
	fullyParallel: false,
	workers: 1,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		viewport: { width: 1280, height: 800 },
		locale: 'zh-CN',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--use-angle=swiftshader',
				'--enable-unsafe-swiftshader',
				'--disable-background-networking'
			]
		}
	},
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI
	}
});

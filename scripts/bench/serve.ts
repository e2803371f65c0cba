// A tiny static file server for the browser benchmark: files from one folder, an SPA fallback for
// paths that are not files, no compression and no caching tricks (the same for the app and the
// bare page).
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.pbf': 'application/x-protobuf',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

export interface Served {
	url: string;
	close(): Promise<void>;
}

/** Serves `root` on a free localhost port; `fallback` (a file in root) answers paths that are not files. */
export function serve(root: string, fallback?: string): Promise<Served> {
	const server: Server = createServer((req, res) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		} catch {
			res.writeHead(400).end();
			return;
		}
		let file = normalize(join(root, path));
		if (file !== root && !file.startsWith(root + sep)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			if (!fallback || extname(path)) {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
				return;
			}
			file = join(root, fallback);
		}
		const body = readFileSync(file);
		res.writeHead(status, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': body.length,
			'cache-control': 'no-cache'
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve({
				url: `http://127.0.0.1:${port}`,
				close: () =>
					new Promise<void>((done) => {
						server.closeAllConnections();
						server.close(() => done());
					})
			});
		});
	});
}

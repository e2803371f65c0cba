// Node-side input handling: finding files, reading bytes, and turning file-system trouble into
// the same one-line InputError messages that bad bytes get.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { InputError } from '../../src/lib/text';
import type { DocumentMeta } from '../../src/lib/types';

export function display(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel.startsWith('..') ? path : rel;
}

/** The `.txt` files of a seeds folder, in name order (the order documents are numbered in). */
export function seedFiles(dir: string): string[] {
	if (!existsSync(dir)) throw new Error(`${display(dir)}: no such folder`);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((name) => join(dir, name));
}

export function readInput(path: string): Uint8Array {
	const name = display(path);
	let stat;
	try {
		stat = statSync(path);
	} catch (err) {
		throw new InputError(name, 'unreadable', (err as NodeJS.ErrnoException).code);
	}
	if (stat.isDirectory()) throw new InputError(name, 'directory');
	try {
		return readFileSync(path);
	} catch (err) {
		throw new InputError(name, 'unreadable', (err as NodeJS.ErrnoException).code);
	}
}

/** Meta of every document listed in `<dir>/manifest.json`, keyed by file name. */
export function loadManifest(dir: string): Map<string, DocumentMeta> {
	const path = join(dir, 'manifest.json');
	if (!existsSync(path)) return new Map();
	const { documents } = JSON.parse(readFileSync(path, 'utf8')) as { documents: DocumentMeta[] };
	return new Map(documents.map((meta) => [meta.file, meta]));
}

/**
 * A file missing from the manifest still goes in, with its title, date and scope left blank for
 * ingest to read from the text (src/lib/text/head.ts): by default named after itself, undated and
 * the city's.
 */
export function metaFor(path: string, manifest: Map<string, DocumentMeta>): DocumentMeta {
	const file = basename(path);
	const known = manifest.get(file);
	if (known) return known;
	const id = file.replace(/\.[^.]+$/, '');
	return {
		id,
		file,
		title: { zh: '', en: '' },
		date: '',
		publisher: '',
		kind: 'unlisted',
		scope: ''
	};
}

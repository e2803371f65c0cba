// The generated benchmark corpus: the seeds' paragraphs (their original text, as ingest found
// them), shuffled with a fixed-seed PRNG and repeated until the corpus holds the bytes asked for,
// written as files of about `fileBytes` each.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/lib/text';
import { loadManifest, metaFor, readInput, seedFiles } from '../lib/inputs';

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffle<T>(items: T[], random: () => number): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j], items[i]];
	}
	return items;
}

/** Every paragraph of the seeds as it stands in its file (web-page furniture already left out). */
export function seedParagraphs(seedsDir: string): string[] {
	const manifest = loadManifest(seedsDir);
	return seedFiles(seedsDir).flatMap((file) => {
		const { document, original } = ingest(readInput(file), metaFor(file, manifest));
		return document.paragraphs.map((p) => original.slice(p.start, p.end));
	});
}

export interface Corpus {
	dir: string;
	files: string[];
	bytes: number;
	paragraphs: number;
	/** Distinct seed paragraphs it was drawn from. */
	pool: number;
}

/**
 * Writes the corpus into `dir` (emptied first): paragraphs separated by a blank line, each pass
 * over the pool in a new order, a new file started once the current one reaches `fileBytes`.
 */
export function writeCorpus(
	seedsDir: string,
	dir: string,
	{ totalBytes = 50e6, fileBytes = 1e6, seed = 20240201 } = {}
): Corpus {
	const pool = seedParagraphs(seedsDir);
	if (!pool.length) throw new Error(`${seedsDir}: no paragraphs to build a corpus from`);
	const random = prng(seed);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const encoder = new TextEncoder();
	const files: string[] = [];
	let bytes = 0;
	let paragraphs = 0;
	let chunk: string[] = [];
	let chunkBytes = 0;
	const flush = () => {
		const path = join(dir, `corpus-${String(files.length).padStart(3, '0')}.txt`);
		writeFileSync(path, chunk.join(''));
		files.push(path);
		chunk = [];
		chunkBytes = 0;
	};
	let order: string[] = [];
	while (bytes < totalBytes) {
		if (!order.length) order = shuffle([...pool], random);
		const text = order.pop()! + '\n\n';
		const n = encoder.encode(text).length;
		chunk.push(text);
		chunkBytes += n;
		bytes += n;
		paragraphs++;
		if (chunkBytes >= fileBytes) flush();
	}
	if (chunk.length) flush();
	return { dir, files, bytes, paragraphs, pool: pool.length };
}

export function listTxt(dir: string): string[] {
	return readdirSync(dir)
		.filter((n) => n.endsWith('.txt'))
		.sort()
		.map((n) => join(dir, n));
}

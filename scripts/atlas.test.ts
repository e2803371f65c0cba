// The `atlas` command line, run as a child process from the repository root, bundled as `npm run
// atlas` runs it. The runs are few and each checks several things.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../src/lib/text';
import { bundle, OUT } from './bundle.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SEED_000 = join(ROOT, 'seeds', '000_5d5bbed32776f649.txt');
const SEED_002 = join(ROOT, 'seeds', '002_660c768c808e59a5.txt');
const GBK_000 = join(ROOT, 'src', 'lib', 'text', 'fixtures', '000.gbk.txt');

function atlas(...args: string[]) {
	const r = spawnSync(process.execPath, [join(OUT, 'atlas.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The command's own stderr lines (npm or node may add unrelated warnings). */
const messages = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('atlas:'));

type Rec = { type: string; doc: string; id: string; line: number; start: number; end: number; text?: string; surface?: string };
const records = (stdout: string): Rec[] =>
	stdout
		.split('\n')
		.filter(Boolean)
		.map((l) => JSON.parse(l));

/** The decoded file the offsets index into (UTF-8, BOM removed). */
const original = (path: string) => readFileSync(path, 'utf8').replace(/^\ufeff/, '');
const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

const tmp = mkdtempSync(join(tmpdir(), 'atlas-test-'));
beforeAll(bundle);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('atlas extract', () => {
	it('prints seed 002 as Simplified paragraphs without pinyin, pointing at their exact characters', () => {
		const { code, stdout } = atlas('extract', SEED_002, '--format', 'jsonl');
		expect(code).toBe(0);
		const recs = records(stdout);
		const paragraphs = recs.filter((r) => r.type === 'paragraph');
		expect(paragraphs.length).toBeGreaterThan(20);
		const text = original(SEED_002);
		for (const p of paragraphs) {
			expect(p.doc).toBe('002_660c768c808e59a5.txt');
			expect(p.text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
			expect(p.text).not.toMatch(/[國區會們這發與為個時書記興]/);
			expect(normalizeText(text.slice(p.start, p.end)), p.id).toBe(p.text);
			expect(p.line, p.id).toBe(lineOf(text, p.start));
		}
		// Line 2 of the file, read off it: 新都區將主動融入新發展格局.
		const second = paragraphs.find((p) => p.line === 2)!;
		expect(second.text).toContain('新都区将主动融入新发展格局');
		// Mentions point at their own characters too: 石板灘新城 on line 13.
		const slab = recs.find((r) => r.type === 'mention' && r.surface === '石板滩新城')!;
		expect(text.slice(slab.start, slab.end)).toBe('石板灘新城');
		expect(slab.line).toBe(13);
	});

	it('reads the GBK copy of seed 000 into the same paragraphs as the UTF-8 seed', () => {
		const { code, stdout } = atlas('extract', SEED_000, GBK_000, '--format', 'jsonl');
		expect(code).toBe(0);
		const paragraphs = records(stdout).filter((r) => r.type === 'paragraph');
		const utf8 = paragraphs.filter((p) => p.doc === '000_5d5bbed32776f649.txt').map((p) => [p.line, p.text]);
		const gbk = paragraphs.filter((p) => p.doc === '000.gbk.txt').map((p) => [p.line, p.text]);
		expect(utf8.length).toBeGreaterThan(20);
		expect(gbk).toEqual(utf8);
	});

	it('reports an empty file, a binary file and a directory in one line each, and still prints the good file', () => {
		const dir = join(tmp, 'bad');
		mkdirSync(join(dir, 'folder.txt'), { recursive: true });
		writeFileSync(join(dir, 'empty.txt'), '');
		writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x00, 0x03]));
		const { code, stdout, stderr } = atlas(
			'extract',
			join(dir, 'empty.txt'),
			join(dir, 'binary.txt'),
			join(dir, 'folder.txt'),
			SEED_000,
			'--format',
			'jsonl'
		);
		const lines = messages(stderr);
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(/empty\.txt.*empty/);
		expect(lines[1]).toMatch(/binary\.txt.*binary/);
		expect(lines[2]).toMatch(/folder\.txt.*directory/);
		// The good file's records still come out, all of them from that file.
		const recs = records(stdout);
		expect(recs.filter((r) => r.type === 'paragraph').length).toBeGreaterThan(20);
		expect(new Set(recs.map((r) => r.doc))).toEqual(new Set(['000_5d5bbed32776f649.txt']));
		expect(recs.some((r) => r.type === 'mention' && r.surface === '春熙路' && r.line === 23)).toBe(true);
		expect(code).not.toBe(0);
	});
});

describe('atlas: place names the map cannot show', () => {
	it('names each in one line for its file, with its line and why, and still succeeds', () => {
		const file = join(tmp, 'rivers.txt');
		writeFileSync(file, '一、水利\n加快建设久隆、三坝水库。\n推进跳蹬河、府河、小石河水环境综合治理。\n跳蹬河\n跳蹬河、府河\n跳蹬河、府河\n跳蹬河、府河\n');
		const { code, stdout, stderr } = atlas('extract', file);
		expect(code).toBe(0);
		const lines = messages(stderr);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/rivers\.txt: 3 place names not on the map/);
		// 久隆 is 久隆水库, its tail written once with 三坝水库.
		expect(lines[0]).toMatch(/久隆水库 \(line 2; in geo\/, but no source locates it\)/);
		// Each name once, with the lines it stands on (line 4 names it alone: no list, no guess).
		expect(lines[0]).toMatch(/跳蹬河 \(lines 3, 5, 6 and 1 more; not in geo\/: add it to geo\/curated\.json with a source\); 小石河 \(line 3;/);
		expect(records(stdout).some((r) => r.type === 'mention' && r.surface === '府河')).toBe(true);
	});
});

describe('atlas --help', () => {
	it('prints the usage', () => {
		const { code, stdout } = atlas('--help');
		expect(code).toBe(0);
		expect(stdout).toMatch(/Usage:/);
		expect(stdout).toMatch(/build/);
		expect(stdout).toMatch(/extract/);
	});
});

describe('atlas build', () => {
	const seeds = join(tmp, 'seeds');
	mkdirSync(seeds, { recursive: true });
	copyFileSync(SEED_000, join(seeds, '000_5d5bbed32776f649.txt'));
	writeFileSync(join(seeds, 'bad.txt'), '');

	it('builds from one good and one bad file, reporting the bad one', () => {
		const out = join(tmp, 'out');
		const { code, stderr } = atlas('build', '--seeds', seeds, '--out', out);
		expect(code).toBe(0);
		expect(messages(stderr).filter((l) => l.includes('bad.txt'))).toHaveLength(1);
		const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
		expect(index.documents).toHaveLength(1);
		expect(index.skipped).toEqual([{ file: expect.stringMatching(/bad\.txt$/), problem: 'empty', detail: '0 bytes' }]);
		expect(existsSync(join(out, 'commitments.geojson'))).toBe(true);
	});

	it('fails with --strict', () => {
		const { code, stderr } = atlas('build', '--seeds', seeds, '--out', join(tmp, 'out-strict'), '--strict');
		expect(code).toBe(1);
		expect(messages(stderr).some((l) => l.includes('bad.txt'))).toBe(true);
	});
});

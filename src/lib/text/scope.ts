// The 20 districts, county-level cities and counties of Chengdu and its three functional areas, to
// scope a section headed by a district leader (成都市锦江区委书记…), or a heading or paragraph
// labelled with a district (（一）锦江区, 锦江区：…), to that district. Place ids are the pinyin of
// the short name.

const DISTRICTS: readonly [id: string, names: readonly string[]][] = [
	['jinjiang', ['锦江区', '锦江']],
	['qingyang', ['青羊区', '青羊']],
	['jinniu', ['金牛区', '金牛']],
	['wuhou', ['武侯区', '武侯']],
	['chenghua', ['成华区', '成华']],
	['longquanyi', ['龙泉驿区', '龙泉驿']],
	['qingbaijiang', ['青白江区', '青白江']],
	['xindu', ['新都区', '新都']],
	['wenjiang', ['温江区', '温江']],
	['shuangliu', ['双流区', '双流县', '双流']],
	['pidu', ['郫都区', '郫县', '郫都']],
	['xinjin', ['新津区', '新津县', '新津']],
	['jianyang', ['简阳市', '简阳']],
	['dujiangyan', ['都江堰市', '都江堰']],
	['pengzhou', ['彭州市', '彭州']],
	['qionglai', ['邛崃市', '邛崃']],
	['chongzhou', ['崇州市', '崇州']],
	['jintang', ['金堂县', '金堂']],
	['dayi', ['大邑县', '大邑']],
	['pujiang', ['蒲江县', '蒲江']],
	// The three functional areas the city governs as it does districts (区（市）县和天府新区、东部新区、
	// 高新区); their ids are the gazetteer's.
	['tianfuxinqu', ['四川天府新区', '成都天府新区', '天府新区']],
	['dongbuxinqu', ['成都东部新区', '东部新区']],
	['gaoxin', ['成都高新区', '高新区']]
];

const NAMES = DISTRICTS.flatMap(([, n]) => n);
/** A district's full name, by its last character (锦江区, 简阳市, 金堂县), not its short form (锦江). */
export const FULL_NAME = /[区县市]$/;
const FULL_NAMES = NAMES.filter((x) => FULL_NAME.test(x)).join('|');
const SHORT_FORMS = NAMES.filter((x) => !FULL_NAME.test(x));
const SHORT_NAMES = SHORT_FORMS.join('|');
// Short names that label a part of a text: not 锦江, also the river, or 都江堰, also the irrigation works.
const SHORT_LABELS = SHORT_FORMS.filter((x) => x !== '锦江' && x !== '都江堰').join('|');
// Full names first, so 青白江区 is not read as something shorter; a short name only counts when
// an office follows it (锦江区委 is covered by the full name, 双流县委 too; 都江堰市委 …).
const FULL = new RegExp(FULL_NAMES);
const SHORT = new RegExp(`(${SHORT_NAMES})(?:委|政府|人大|政协)`);
const ID = new Map<string, string>(DISTRICTS.flatMap(([id, names]) => names.map((n) => [n, id] as [string, string])));

const GOVERNED = new Set(DISTRICTS.map(([id]) => id));

/** Whether the place has offices of its own (a district, or a functional area: 天府新区党工委). */
export function hasOffices(id: string): boolean {
	return GOVERNED.has(id);
}

/** Place id of the Chengdu district named in `text` (a heading), or null. */
export function districtIn(text: string): string | null {
	const full = FULL.exec(text);
	if (full) return ID.get(full[0]) ?? null;
	const short = SHORT.exec(text);
	return short ? (ID.get(short[1]) ?? null) : null;
}

/**
 * A label that opens a heading or a paragraph: an optional number, then the district's full name
 * alone, before a colon, or in 【】 (（一）锦江区, 3. 金牛区：推进…, 【成华区】…), or its short name
 * before a colon or in 【】, as news round-ups head each district's part (青羊：全力打造航空新城,
 * 【新都】轨道交通产业链再添新项目, after a bullet: ■ 新都：…). A district
 * that is the subject of a sentence (锦江区以春熙路为核心…) is no label, and 锦江： may be the river's.
 */
const LABEL = new RegExp(
	`^(?:[■□●○◆◇▶►▲△★☆•·]\\s*)?(?:[（(]?[一二三四五六七八九十\\d]+[）)、.．]\\s*)?(?:【(${FULL_NAMES}|${SHORT_LABELS})】|(${FULL_NAMES})\\s*(?:[：:]|$)|(${SHORT_LABELS})\\s*[：:])`
);

/** Place id of the Chengdu district a heading or paragraph is labelled with, or null. */
export function districtLabel(text: string): string | null {
	const m = LABEL.exec(text);
	return m ? (ID.get(m[1] ?? m[2] ?? m[3]) ?? null) : null;
}

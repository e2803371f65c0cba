// The report: sections of aligned rows (label, value, unit, note), printed as one table.
export interface Row {
	label: string;
	value: string;
	unit?: string;
	note?: string;
}

export class Report {
	private sections: { title: string; rows: (Row | string)[] }[] = [];

	section(title: string) {
		this.sections.push({ title, rows: [] });
	}

	row(label: string, value: string, unit = '', note = '') {
		this.sections[this.sections.length - 1].rows.push({ label, value, unit, note });
	}

	/** A line of its own inside the current section (a skipped measurement, a warning). */
	line(text: string) {
		this.sections[this.sections.length - 1].rows.push(text);
	}

	toString(): string {
		const rows = this.sections.flatMap((s) => s.rows).filter((r): r is Row => typeof r !== 'string');
		const w = (f: (r: Row) => string) => Math.max(0, ...rows.map((r) => f(r).length));
		const lw = w((r) => r.label);
		const vw = w((r) => r.value);
		const uw = w((r) => r.unit ?? '');
		const rule = '─'.repeat(Math.max(lw + vw + uw + 6, ...this.sections.map((s) => s.title.length)));
		const out: string[] = [];
		for (const s of this.sections) {
			out.push('', s.title, rule);
			for (const r of s.rows) {
				if (typeof r === 'string') out.push(`  ${r}`);
				else
					out.push(
						`  ${r.label.padEnd(lw)}  ${r.value.padStart(vw)} ${(r.unit ?? '').padEnd(uw)}${r.note ? '  ' + r.note : ''}`.trimEnd()
					);
			}
		}
		return out.join('\n') + '\n';
	}
}

export const fixed = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
export const ms = (x: number | null | undefined) => (x == null || !Number.isFinite(x) ? 'n/a' : x < 10 ? x.toFixed(2) : x.toFixed(0));
export const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e5 ? 3 : 2);
export const kb = (bytes: number) => (bytes / 1e3).toFixed(1);
export const int = (x: number) => x.toLocaleString('en-US');

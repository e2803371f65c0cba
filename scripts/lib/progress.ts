// A one-line progress bar on stderr. It stays silent when stderr is not a terminal, so piped
// output and CI logs hold only the messages that matter.
export function progress(total: number, label: string) {
	const live = process.stderr.isTTY && total > 3;
	let done = 0;
	return {
		tick(item: string) {
			done++;
			if (!live) return;
			const width = 24;
			const filled = Math.round((done / total) * width);
			const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
			process.stderr.write(`\r${label} ${bar} ${done}/${total} ${item.slice(0, 40).padEnd(40)}`);
		},
		end() {
			if (live) process.stderr.write('\n');
		}
	};
}

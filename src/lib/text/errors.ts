// One error type for every way an input file can be unusable, so a command line can report any of
// them in one line and carry on with the next file.

export type InputProblem = 'empty' | 'binary' | 'encoding' | 'directory' | 'unreadable';

const WHAT: Record<InputProblem, string> = {
	empty: 'empty file',
	binary: 'binary file, not text',
	encoding: 'not valid UTF-8, UTF-16, GB18030 or Big5 text',
	directory: 'is a directory, not a file',
	unreadable: 'cannot be read'
};

export class InputError extends Error {
	constructor(
		public file: string,
		public problem: InputProblem,
		public detail?: string
	) {
		super(`${file}: ${WHAT[problem]}${detail ? ` (${detail})` : ''}`);
		this.name = 'InputError';
	}
}

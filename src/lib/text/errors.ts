// One error type for every way an input file can be unusable, so a command line can report any of
// them in one line and carry on with the next file; and the line for a file read with a warning.
import type { InputWarning } from '../types';

export type InputProblem = 'empty' | 'binary' | 'document' | 'encoding' | 'directory' | 'unreadable';

/** What each problem is, in English: the command line's words, and the app's English ones. */
export const PROBLEM_TEXT: Record<InputProblem, string> = {
	empty: 'empty file',
	binary: 'binary file, not text',
	document: 'a document file, not plain text: save it as UTF-8 text first',
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
		super(`${file}: ${PROBLEM_TEXT[problem]}${detail ? ` (${detail})` : ''}`);
		this.name = 'InputError';
	}
}

/** The command line's report of a warning about `file`. */
export function describeWarning(file: string, w: InputWarning): string {
	switch (w.kind) {
		case 'markup':
			return `${file}: contains HTML markup (${w.sample} on line ${w.line}); the markup is set aside as removed text, what it wraps is read`;
		case 'mojibake':
			return `${file}: looks like UTF-8 that was read as Latin-1 or Windows-1252 and saved again (${w.sample}…); its Chinese is garbled: save the original text as UTF-8`;
		case 'no-chinese':
			return `${file}: has no Chinese text; ${w.paragraphs === 1 ? 'its paragraph is' : `its ${w.paragraphs} paragraphs are`} kept, but places are read by their Chinese names, so none of it is on the map`;
		case 'no-text':
			return `${file}: has no text outside what is set aside (markup, page furniture); it is kept, with no paragraphs`;
		case 'japanese':
			return `${file}: is Japanese text in Shift-JIS; it is read as Japanese, and only places written in kanji as in Chinese (東部新区, 龍泉山) are found`;
	}
}

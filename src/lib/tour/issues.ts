// A validator issue in words: where (tour or chapter n, field) and what is wrong.
import type { Messages } from '../i18n/messages';
import type { Issue } from './schema';

export function describeIssue(issue: Issue, t: Messages['tour']['issue']): string {
	const where = issue.chapter === null ? t.tour : t.chapter(issue.chapter);
	const field = issue.field ? ` · ${issue.field}` : '';
	const found = issue.found !== undefined && issue.problem !== 'required' ? t.found(issue.found) : '';
	return `${where}${field}: ${t.problem[issue.problem]}${found}`;
}

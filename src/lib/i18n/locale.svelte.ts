// The UI language: the one a shared link asks for (?lang=en), else the one the user chose last,
// else Chinese; remembered across visits.
import { LANGS, messages, type Lang } from './messages';
import { langOf } from './url';

const KEY = 'atlas.lang';

function remember(lang: Lang) {
	try {
		localStorage.setItem(KEY, lang);
	} catch {
		// No storage (private mode): the choice still holds for this visit.
	}
}

function initial(): Lang {
	const asked = typeof location === 'undefined' ? null : langOf(location.search);
	if (asked) {
		remember(asked);
		return asked;
	}
	try {
		const value = localStorage.getItem(KEY);
		return LANGS.includes(value as Lang) ? (value as Lang) : 'zh';
	} catch {
		// No storage (private mode, prerendering): fall back to the default.
		return 'zh';
	}
}

class Locale {
	lang = $state<Lang>(initial());
	t = $derived(messages[this.lang]);

	toggle() {
		this.lang = this.lang === 'zh' ? 'en' : 'zh';
		remember(this.lang);
	}
}

export const locale = new Locale();

// The UI language: Chinese unless the user chose English, remembered across visits.
import { LANGS, messages, type Lang } from './messages';

const KEY = 'atlas.lang';

function stored(): Lang {
	try {
		const value = localStorage.getItem(KEY);
		return LANGS.includes(value as Lang) ? (value as Lang) : 'zh';
	} catch {
		// No storage (private mode, prerendering): fall back to the default.
		return 'zh';
	}
}

class Locale {
	lang = $state<Lang>(stored());
	t = $derived(messages[this.lang]);

	toggle() {
		this.lang = this.lang === 'zh' ? 'en' : 'zh';
		try {
			localStorage.setItem(KEY, this.lang);
		} catch {
			// The choice still holds for this visit.
		}
	}
}

export const locale = new Locale();

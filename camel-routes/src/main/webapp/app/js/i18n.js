// Texts of the flow in the customer's language, from ../i18n/<lang>.json; the language from the browser,
// switchable on every screen, remembered for this tab.
export const LANGUAGES = ['ko', 'en', 'zh', 'vi'];
const cache = {};
let current = 'en';
let texts = {};

/** The first of the browser's languages the flow has, else English. */
export function preferredLanguage(stored, browserLanguages) {
  if (stored && LANGUAGES.includes(stored)) {
    return stored;
  }
  for (const tag of browserLanguages || []) {
    const primary = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(primary)) {
      return primary;
    }
  }
  return 'en';
}

export async function setLanguage(lang) {
  if (!cache[lang]) {
    const r = await fetch(`i18n/${lang}.json`, { cache: 'no-cache' });
    cache[lang] = await r.json();
  }
  current = lang;
  texts = cache[lang];
  document.documentElement.lang = lang;
  document.title = texts.title;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
}

export function language() {
  return current;
}

/** The text of a key with {0}, {1}… filled in; the key itself when missing (visible in tests). */
export function t(key, ...args) {
  const s = texts[key] ?? key;
  return s.replace(/\{(\d)\}/g, (m, i) => (args[i] ?? m));
}

export function has(key) {
  return key in texts;
}

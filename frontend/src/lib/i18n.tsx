import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fr, type Messages } from './messages.fr';
import { en } from './messages.en';

export type Lang = 'FR' | 'EN';
const dictionaries: Record<Lang, Messages> = { FR: fr, EN: en };
const storageKey = 'innomed.lang';

export type MessageKey = keyof Messages;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** Formats an instant for the UI (Paris is where the CPTS works; the browser's zone otherwise). */
  dateTime: (iso: string) => string;
  time: (iso: string) => string;
}

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  let text: string = dictionaries[lang][key] ?? fr[key] ?? key;
  if (params) for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(storageKey) : null;
  return saved === 'EN' ? 'EN' : 'FR'; // French by default, whatever the browser says
}

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(fixed ?? initialLang());
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    localStorage.setItem(storageKey, next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'FR' ? 'fr' : 'en';
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const locale = lang === 'FR' ? 'fr-FR' : 'en-GB';
    const full = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    const short = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    return {
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      dateTime: (iso) => full.format(new Date(iso)),
      time: (iso) => short.format(new Date(iso)),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

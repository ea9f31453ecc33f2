import i18n, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import commonEn from '../../../locales/en/common.json';
import {
  isLanguageCode,
  LANGUAGE_CODES,
  languageDirection,
  SOURCE_LANGUAGE,
  type LanguageCode,
} from '../../shared/content/languages';

// Each locale file is its own chunk, fetched when a screen first needs that namespace: a
// lesson's words arrive with the lesson, not in the first load. Only English `common` (the
// shell and home screen) is bundled.
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  '/locales/*/*.json',
  '/locales/*/lessons/*.json',
]);

/** Languages whose words exist: a language appears in the picker once its `common.json` does. */
export const AVAILABLE_LANGUAGES = LANGUAGE_CODES.filter(
  (code) => `/locales/${code}/common.json` in localeFiles,
);

/** The i18next namespace that holds one lesson's words. */
export const lessonNamespace = (lessonId: string) => `lessons/${lessonId}`;

export async function loadLocaleFile(language: string, namespace: string): Promise<Record<string, unknown>> {
  const load = localeFiles[`/locales/${language}/${namespace}.json`];
  // A language that lacks a file falls back to English key by key (fallbackLng), never to raw keys.
  return load ? (await load()).default : {};
}

/** The saved choice, else the first of the browser's languages that we speak, else English. */
export function detectLanguage(
  saved: string | undefined,
  browser: readonly string[] = navigator.languages ?? [],
) {
  const available = (code: unknown): code is LanguageCode =>
    isLanguageCode(code) && AVAILABLE_LANGUAGES.includes(code);
  if (available(saved)) return saved;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (available(base)) return base;
  }
  return SOURCE_LANGUAGE;
}

/**
 * Builds the browser's number formatting once, in a task of its own. The first number formatter a
 * page makes loads the locale's data (about 20 ms on a fast machine, 80 on a school Chromebook);
 * done while a lesson's files download, it keeps that cost out of the lesson's first render
 * ("Step 1 of 9" is formatted there).
 */
export function warmUpNumberFormat(language: string): void {
  setTimeout(() => new Intl.NumberFormat(language).format(1), 0);
}

/** Keeps `<html lang dir>` in step with the language, so screen readers and CSS logical properties follow. */
export function applyDocumentLanguage(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = languageDirection(language);
}

export type MissingKeyReport = (languages: readonly string[], namespace: string, key: string) => void;

const reportMissingInDevelopment: MissingKeyReport = (languages, namespace, key) =>
  console.warn(`[i18n] missing "${namespace}:${key}" in ${languages.join(', ')}; showing English`);

/** Creates the app's i18next instance. `onMissingKey` is for tests, which turn a missing key into a failure. */
export async function createI18n(
  language: LanguageCode,
  onMissingKey: MissingKeyReport | undefined = import.meta.env.DEV ? reportMissingInDevelopment : undefined,
): Promise<I18n> {
  const instance = i18n.createInstance();
  instance.on('languageChanged', applyDocumentLanguage);
  await instance
    .use(resourcesToBackend(loadLocaleFile))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: SOURCE_LANGUAGE,
      supportedLngs: AVAILABLE_LANGUAGES,
      nonExplicitSupportedLngs: true,
      ns: ['common'],
      defaultNS: 'common',
      resources: { en: { common: commonEn } },
      partialBundledLanguages: true,
      // React escapes what it renders, and translated text is never parsed as HTML.
      interpolation: { escapeValue: false },
      returnEmptyString: false,
      saveMissing: Boolean(onMissingKey),
      missingKeyHandler: onMissingKey
        ? (languages, namespace, key) => onMissingKey(languages, namespace, key)
        : undefined,
      react: { useSuspense: true },
    });
  return instance;
}

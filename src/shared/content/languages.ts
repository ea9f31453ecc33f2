/** Languages the app can speak. English is the source; the others are translations of it. */
export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr', country: 'GB' },
  { code: 'fr', name: 'Français', dir: 'ltr', country: 'FR' },
  { code: 'es', name: 'Español', dir: 'ltr', country: 'ES' },
  { code: 'de', name: 'Deutsch', dir: 'ltr', country: 'DE' },
  { code: 'uk', name: 'Українська', dir: 'ltr', country: 'UA' },
  { code: 'ar', name: 'العربية', dir: 'rtl', country: 'EG' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const SOURCE_LANGUAGE: LanguageCode = 'en';
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as LanguageCode[];

export const isLanguageCode = (value: unknown): value is LanguageCode =>
  typeof value === 'string' && (LANGUAGE_CODES as string[]).includes(value);

export const languageDirection = (code: string) => LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';

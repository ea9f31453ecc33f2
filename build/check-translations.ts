import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flattenWords } from '../src/shared/content/lesson-keys.ts';
import { SOURCE_LANGUAGE } from '../src/shared/content/languages.ts';
import type { ContentProblem } from '../src/shared/content/validate-lesson.ts';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** `{{count, number}}` -> `count:number`: the name and the formatter both have to match English. */
const placeholders = (value: string) =>
  [...value.matchAll(/\{\{\s*([\w.]+)\s*(?:,\s*(\w+))?[^}]*\}\}/g)]
    .map((m) => (m[2] ? `${m[1]}:${m[2]}` : m[1]!))
    .sort();

/** Above this share of strings identical to English, a "translation" is mostly untranslated. */
export const MAX_IDENTICAL_SHARE = 0.2;

function readWords(path: string): Map<string, unknown> {
  return flattenWords(JSON.parse(readFileSync(path, 'utf8')));
}

/** Every file English has, relative to locales/en (namespaces and lesson words). */
export function sourceFiles(root: string): string[] {
  const en = join(root, 'locales', SOURCE_LANGUAGE);
  return [
    ...readdirSync(en).filter((f) => f.endsWith('.json')),
    ...readdirSync(join(en, 'lessons')).map((f) => `lessons/${f}`),
  ].sort();
}

/**
 * Checks one language against English: every file and key present and non-empty, plural keys in
 * the forms the language needs (CLDR, via Intl.PluralRules), the same {{placeholders}}, no keys
 * English lacks, and not largely identical to English.
 */
export function translationProblems(root: string, language: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const name of sourceFiles(root)) {
    const file = `locales/${language}/${name}`;
    const path = join(root, file);
    if (!existsSync(path)) {
      problems.push({ file, field: '(file)', message: 'missing translation file' });
      continue;
    }
    let target: Map<string, unknown>;
    try {
      target = readWords(path);
    } catch (error) {
      problems.push({ file, field: '(file)', message: `is not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const source = readWords(join(root, 'locales', SOURCE_LANGUAGE, name));
    const expected = new Set<string>();
    for (const [key, value] of source) {
      const plural = PLURAL_SUFFIX.test(key) ? key.replace(PLURAL_SUFFIX, '') : undefined;
      const keys = plural ? categories.map((c) => `${plural}_${c}`) : [key];
      for (const k of keys) {
        // A language may say "one minute" or "two minutes" (Arabic's dual) without the digit.
        const countOptional = plural !== undefined && !k.endsWith('_other');
        if (expected.has(k)) continue;
        expected.add(k);
        const translated = target.get(k);
        if (typeof translated !== 'string' || !translated.trim()) {
          problems.push({ file, field: k, message: 'missing translation' });
          continue;
        }
        const keep = (names: string[]) =>
          countOptional ? names.filter((n) => n.split(':')[0] !== 'count') : names;
        const want = keep(placeholders(String(value))).join(',');
        if (keep(placeholders(translated)).join(',') !== want)
          problems.push({ file, field: k, message: `placeholders must be {${want}} as in English` });
      }
    }
    let identical = 0;
    let comparable = 0;
    for (const [key, value] of target) {
      if (!expected.has(key)) {
        problems.push({ file, field: key, message: 'English has no such key (orphan or misspelt)' });
        continue;
      }
      const english = source.get(key) ?? source.get(`${key.replace(PLURAL_SUFFIX, '')}_other`);
      if (typeof english === 'string' && english.split(/\s+/).length >= 4) {
        comparable++;
        if (english === value) identical++;
      }
    }
    if (comparable >= 5 && identical / comparable > MAX_IDENTICAL_SHARE)
      problems.push({
        file,
        field: '(file)',
        message: `${identical} of ${comparable} sentences are identical to English: largely untranslated`,
      });
  }
  return problems;
}

/** Languages with a folder under locales/, other than English. */
export function translatedLanguages(root: string): string[] {
  return readdirSync(join(root, 'locales')).filter(
    (d) => d !== SOURCE_LANGUAGE && existsSync(join(root, 'locales', d, 'common.json')),
  );
}

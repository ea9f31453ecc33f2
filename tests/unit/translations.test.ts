import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translatedLanguages, translationProblems } from '../../build/check-translations';
import { formatProblem } from '../../src/shared/content/validate-lesson';

const root = process.cwd();

test.each(translatedLanguages(root))(
  '%s has every English string, plural form and placeholder',
  (language) => {
    expect(translationProblems(root, language).map(formatProblem)).toEqual([]);
  },
);

describe('the translation check', () => {
  const english = {
    greeting: 'Hello {{name}}, welcome back to your lessons today',
    lessons_one: '{{count}} lesson',
    lessons_other: '{{count}} lessons',
    a: 'Tell a trusted adult if something worries you',
    b: 'It is never your fault when an adult does this',
    c: 'Keep telling until someone listens to you',
    d: 'Block the account and report it in the app',
  };
  function fixture(language: string, words: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'i18n-'));
    for (const lang of ['en', language])
      mkdirSync(join(dir, 'locales', lang, 'lessons'), { recursive: true });
    writeFileSync(join(dir, 'locales/en/common.json'), JSON.stringify(english));
    writeFileSync(join(dir, `locales/${language}/common.json`), JSON.stringify(words));
    return translationProblems(dir, language).map((p) => `${p.field}: ${p.message}`);
  }
  const ukrainian = {
    greeting: 'Привіт, {{name}}, з поверненням до уроків',
    lessons_one: '{{count}} урок',
    lessons_few: '{{count}} уроки',
    lessons_many: '{{count}} уроків',
    lessons_other: '{{count}} уроку',
    a: 'Розкажи дорослому, якому довіряєш',
    b: 'Це ніколи не твоя провина',
    c: 'Розповідай, доки тебе не вислухають',
    d: 'Заблокуй акаунт і поскаржся',
  };

  test('accepts a complete translation with the plural forms its language needs', () => {
    expect(fixture('uk', ukrainian)).toEqual([]);
  });

  test('lets a plural form other than "other" leave out the number, as Arabic does for one and two', () => {
    expect(fixture('uk', { ...ukrainian, lessons_one: 'один урок' })).toEqual([]);
    expect(fixture('uk', { ...ukrainian, lessons_other: 'уроки' })).toEqual([
      'lessons_other: placeholders must be {count} as in English',
    ]);
  });

  test('names a missing plural form, a changed placeholder and a key English lacks', () => {
    const { lessons_few: _dropped, ...rest } = ukrainian;
    expect(fixture('uk', { ...rest, greeting: 'Привіт, {{nom}}', extra: 'зайве' })).toEqual([
      'greeting: placeholders must be {name} as in English',
      'lessons_few: missing translation',
      'extra: English has no such key (orphan or misspelt)',
    ]);
  });

  test('fails a "translation" that is mostly English', () => {
    expect(fixture('de', { ...english, a: 'Erzähl es einem Erwachsenen' })).toContain(
      '(file): 4 of 5 sentences are identical to English: largely untranslated',
    );
  });
});

test('a number formatter in English must be kept by the translation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-'));
  for (const lang of ['en', 'de']) mkdirSync(join(dir, 'locales', lang, 'lessons'), { recursive: true });
  writeFileSync(
    join(dir, 'locales/en/common.json'),
    JSON.stringify({ step: 'Step {{current, number}} of {{total, number}}' }),
  );
  writeFileSync(
    join(dir, 'locales/de/common.json'),
    JSON.stringify({ step: 'Schritt {{current}} von {{total, number}}' }),
  );
  expect(translationProblems(dir, 'de').map((p) => p.message)).toEqual([
    'placeholders must be {current:number,total:number} as in English',
  ]);
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Lesson } from '../src/shared/content/lesson-schema.ts';
import { BANDS } from '../src/shared/content/content-constants.ts';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '../src/shared/content/languages.ts';
import {
  validateLessonStructure,
  validateLessonWords,
  type ContentProblem,
} from '../src/shared/content/validate-lesson.ts';

export type ContentReadout = {
  lessons: Lesson[];
  /** English words per lesson id, for reports. */
  words: Map<string, unknown>;
  problems: ContentProblem[];
  files: string[];
};

function readJson(root: string, path: string, problems: ContentProblem[]): unknown {
  const file = relative(root, path);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({ file, field: '(file)', message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/**
 * Reads every lesson structure file and its words in every language, and checks them all.
 * Used by the build (a problem fails it), by `npm run content:check` and by the tests.
 */
export function readContent(root: string): ContentReadout {
  const problems: ContentProblem[] = [];
  const lessons: Lesson[] = [];
  const words = new Map<string, unknown>();
  const files: string[] = [];
  const lessonsDir = join(root, 'lessons');
  const ids = new Map<string, string>();

  for (const entry of readdirSync(lessonsDir, { withFileTypes: true })) {
    const where = relative(root, join(lessonsDir, entry.name));
    if (!entry.isDirectory()) {
      problems.push({
        file: where,
        field: '(file)',
        message: 'lesson files live in lessons/<band>/<lesson-id>.json',
      });
      continue;
    }
    if (!(BANDS as readonly string[]).includes(entry.name)) {
      problems.push({
        file: where,
        field: '(folder)',
        message: `is not a band; use one of ${BANDS.join(', ')}`,
      });
      continue;
    }
    for (const name of readdirSync(join(lessonsDir, entry.name)).sort()) {
      const path = join(lessonsDir, entry.name, name);
      const file = relative(root, path);
      if (!name.endsWith('.json')) {
        problems.push({ file, field: '(file)', message: 'only <lesson-id>.json files belong here' });
        continue;
      }
      files.push(file);
      const json = readJson(root, path, problems);
      if (json === undefined) continue;
      const { lesson, problems: found } = validateLessonStructure(file, json, {
        band: entry.name,
        id: name.replace(/\.json$/, ''),
      });
      problems.push(...found);
      if (!lesson) continue;
      if (ids.has(lesson.id)) {
        problems.push({
          file,
          field: 'id',
          message: `"${lesson.id}" is already the id of ${ids.get(lesson.id)}`,
        });
        continue;
      }
      ids.set(lesson.id, file);
      lessons.push(lesson);

      for (const lang of LANGUAGE_CODES) {
        const wordsPath = join(root, 'locales', lang, 'lessons', `${lesson.id}.json`);
        const wordsFile = relative(root, wordsPath);
        const isSource = lang === SOURCE_LANGUAGE;
        if (!existsSync(wordsPath)) {
          // Other languages may lag behind English: the app falls back and the i18n tests say which.
          if (isSource)
            problems.push({
              file: wordsFile,
              field: '(file)',
              message: `missing: the English words of ${file}`,
            });
          continue;
        }
        const json = readJson(root, wordsPath, problems);
        if (json === undefined) continue;
        if (isSource) words.set(lesson.id, json);
        problems.push(...validateLessonWords(wordsFile, lesson, json, { source: isSource }));
      }
    }
  }

  const orders = new Map<string, string>();
  for (const lesson of lessons) {
    const key = `${lesson.band}#${lesson.order}`;
    if (orders.has(key))
      problems.push({
        file: ids.get(lesson.id)!,
        field: 'order',
        message: `${lesson.order} is also the order of ${orders.get(key)} in band ${lesson.band}`,
      });
    orders.set(key, ids.get(lesson.id)!);
  }

  for (const lang of LANGUAGE_CODES) {
    const dir = join(root, 'locales', lang, 'lessons');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!ids.has(name.replace(/\.json$/, '')))
        problems.push({
          file: relative(root, join(dir, name)),
          field: '(file)',
          message: 'no lesson has this id',
        });
    }
  }
  lessons.sort((a, b) => a.band.localeCompare(b.band, 'en', { numeric: true }) || a.order - b.order);
  return { lessons, words, problems, files };
}

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIO_MANIFEST, type AudioManifest } from '../src/shared/audio/audio-files.ts';
import type { Lesson } from '../src/shared/content/lesson-schema.ts';
import { flattenWords, lessonWordKeys } from '../src/shared/content/lesson-keys.ts';
import { SOURCE_LANGUAGE } from '../src/shared/content/languages.ts';
import { translationProblems } from './check-translations.ts';
import { readContent } from './read-content.ts';

export const AUDIO_DIR = 'public/audio';

/** sha256 of the exact text a clip reads, as recorded in each manifest. */
export const textHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export type VoicedLesson = {
  language: string;
  lesson: Lesson;
  /** Every child-facing key of the lesson with its text in this language. */
  texts: Map<string, string>;
};

/**
 * Which bands each language is voiced for in this release: those whose narration fits the budget
 * of 400 KB per lesson and language (Opus at 6 kbps, the lowest it goes). The 11-17 lessons are two
 * to three times longer and come to 410-560 KB in English; espeak-ng's Arabic comes to 480-680 KB
 * for 4-7. Those wait for a decision (split narration per step, or a recorded voice); until then the
 * player offers no "Read aloud" there (build/narration-plugin.ts), and the words stay on screen.
 */
export const VOICED_BANDS: Record<string, readonly string[]> = {
  [SOURCE_LANGUAGE]: ['4-7', '8-10'],
  fr: ['4-7'],
  es: ['4-7'],
  de: ['4-7'],
  uk: ['4-7'],
  ar: [],
};

export const isVoiced = (language: string, band: string) => (VOICED_BANDS[language] ?? []).includes(band);

export type NarrationPlan = {
  voiced: VoicedLesson[];
  /** Lesson and language pairs left unvoiced, and why: a translation still being written. */
  skipped: { language: string; lesson: string; reason: string }[];
};

/**
 * The lessons to voice in each language: English always, and a translation once its lesson file
 * is complete (no problem from the translation check for that file). A lesson a language lacks, or
 * is still writing, is skipped; the app shows English there, and plays the English clip.
 */
export function planNarration(root: string, languages?: string[]): NarrationPlan {
  const { lessons } = readContent(root);
  const all = readdirSync(join(root, 'locales')).filter((d) =>
    existsSync(join(root, 'locales', d, 'lessons')),
  );
  const plan: NarrationPlan = { voiced: [], skipped: [] };
  for (const language of languages ?? all) {
    const problems =
      language === SOURCE_LANGUAGE ? [] : translationProblems(root, language).map((p) => p.file);
    for (const lesson of lessons) {
      const file = `locales/${language}/lessons/${lesson.id}.json`;
      if (!isVoiced(language, lesson.band)) {
        plan.skipped.push({ language, lesson: lesson.id, reason: 'not voiced in this release' });
        continue;
      }
      if (!existsSync(join(root, file))) {
        plan.skipped.push({ language, lesson: lesson.id, reason: 'no words file yet' });
        continue;
      }
      if (problems.includes(file)) {
        plan.skipped.push({ language, lesson: lesson.id, reason: 'translation incomplete' });
        continue;
      }
      const words = flattenWords(JSON.parse(readFileSync(join(root, file), 'utf8')));
      const texts = new Map<string, string>();
      // Picture descriptions (alt) are for screen readers, which speak them in the user's own
      // voice; the narrator reads what is printed on screen.
      for (const { key, childFacing } of lessonWordKeys(lesson))
        if (childFacing && !key.endsWith('.alt')) texts.set(key, String(words.get(key)));
      plan.voiced.push({ language, lesson, texts });
    }
  }
  return plan;
}

export const lessonAudioDir = (root: string, language: string, lessonId: string) =>
  join(root, AUDIO_DIR, language, lessonId);

/** The manifest of one lesson and language, or undefined when there is none yet. */
export function readAudioManifest(dir: string): AudioManifest | undefined {
  const path = join(dir, AUDIO_MANIFEST);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as AudioManifest) : undefined;
}

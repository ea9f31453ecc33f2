import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AUDIO_MANIFEST,
  NARRATED_UI_KEYS,
  UI_CLIPS,
  UI_NAMESPACE,
  type AudioManifest,
} from '../src/shared/audio/audio-files.ts';
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
  /** A lesson, or the player's own words that a child must hear (`UI_CLIPS`, voiced like 4-7). */
  lesson: Pick<Lesson, 'id' | 'band'>;
  /** Every child-facing key of the lesson with its text in this language, as shown on screen. */
  texts: Map<string, string>;
  /** What the synthesiser reads for each key: the spoken form where the language has one, else the text. */
  spoken: Map<string, string>;
};

/**
 * Marks a language may add to the words it shows so a synthesiser says them right, and nothing
 * else. Arabic is written without most short vowels, and espeak-ng cannot guess them (it reads
 * يتعلّم as "jtAllm"), so `locales/ar/spoken/<lesson>.json` holds each narrated string fully
 * vocalised; the words on screen stay as the translator wrote them.
 */
export const PRONUNCIATION_MARKS: Record<string, RegExp> = {
  // Tanwin, harakat, shadda, sukun, superscript alef, and the tatweel that can carry them.
  ar: /[\u064B-\u0652\u0670\u0640]/g,
};

export const spokenFormsPath = (language: string, lessonId: string) =>
  `locales/${language}/spoken/${lessonId}.json`;

export type SpokenFormProblem = { file: string; key: string; message: string };

/**
 * The spoken form of each text of one lesson and language, and every problem with the file: a
 * spoken form whose letters differ from the words on screen (only pronunciation marks may be
 * added), a key the lesson does not narrate, or a narrated key without one. Languages without
 * pronunciation marks read the text as shown.
 */
export function spokenForms(
  root: string,
  language: string,
  lessonId: string,
  texts: Map<string, string>,
): { spoken: Map<string, string>; problems: SpokenFormProblem[] } {
  const marks = PRONUNCIATION_MARKS[language];
  const spoken = new Map(texts);
  const problems: SpokenFormProblem[] = [];
  if (!marks) return { spoken, problems };
  const file = spokenFormsPath(language, lessonId);
  if (!existsSync(join(root, file))) {
    problems.push({ file, key: '*', message: 'missing: every narrated string needs its spoken form' });
    return { spoken, problems };
  }
  let forms: Record<string, unknown>;
  try {
    forms = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
  } catch (error) {
    problems.push({ file, key: '*', message: `not valid JSON (${(error as Error).message})` });
    return { spoken, problems };
  }
  const bare = (text: string) => text.replace(marks, '');
  for (const [key, text] of texts) {
    const form = forms[key];
    if (typeof form !== 'string') {
      problems.push({ file, key, message: 'no spoken form' });
    } else if (bare(form) !== bare(text)) {
      problems.push({
        file,
        key,
        message: `letters differ from the words on screen (only pronunciation marks may be added): "${bare(form)}" is not "${bare(text)}"`,
      });
    } else spoken.set(key, form);
  }
  for (const key of Object.keys(forms))
    if (!texts.has(key)) problems.push({ file, key, message: 'not a narrated string of this lesson' });
  return { spoken, problems };
}

/** The words file a clip folder is voiced from: a lesson's words, or the player's for `_ui`. */
export const narratedWordsFile = (language: string, folder: string) =>
  folder === UI_CLIPS
    ? `locales/${language}/${UI_NAMESPACE}.json`
    : `locales/${language}/lessons/${folder}.json`;

/** The words of one clip folder in one language, by dotted key, as shown on screen. */
export const readNarratedWords = (root: string, language: string, folder: string) =>
  flattenWords(JSON.parse(readFileSync(join(root, narratedWordsFile(language, folder)), 'utf8')));

/** Every string of a lesson the narrator reads, by word key, as shown on screen in `language`. */
export function narratedTexts(root: string, language: string, lesson: Lesson): Map<string, string> {
  const words = readNarratedWords(root, language, lesson.id);
  const texts = new Map<string, string>();
  // Picture descriptions (alt) are for screen readers, which speak them in the user's own voice;
  // the narrator reads what is printed on screen.
  for (const { key, childFacing } of lessonWordKeys(lesson))
    if (childFacing && !key.endsWith('.alt')) texts.set(key, String(words.get(key)));
  return texts;
}

export type NarrationPlan = {
  voiced: VoicedLesson[];
  /** Lesson and language pairs left unvoiced, and why: a translation still being written. */
  skipped: { language: string; lesson: string; reason: string }[];
};

/**
 * The lessons to voice in each language: English always, and a translation once its lesson file
 * is complete (no problem from the translation check for that file) and, in a language with
 * pronunciation marks, its spoken forms too. A lesson a language lacks, or is still writing, is
 * skipped; the app shows English there, and plays the English clip.
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
      if (!existsSync(join(root, file))) {
        plan.skipped.push({ language, lesson: lesson.id, reason: 'no words file yet' });
        continue;
      }
      if (problems.includes(file)) {
        plan.skipped.push({ language, lesson: lesson.id, reason: 'translation incomplete' });
        continue;
      }
      const texts = narratedTexts(root, language, lesson);
      const spoken = spokenForms(root, language, lesson.id, texts);
      if (spoken.problems.length) {
        // Unvocalised Arabic in espeak-ng is hard to follow: better no voice than a garbled one.
        plan.skipped.push({ language, lesson: lesson.id, reason: 'spoken forms incomplete' });
        continue;
      }
      plan.voiced.push({ language, lesson, texts, spoken: spoken.spoken });
    }
    const ui = voicedPlayerWords(root, language);
    if (ui) plan.voiced.push(ui);
    else
      plan.skipped.push({
        language,
        lesson: UI_CLIPS,
        reason: 'player words or their spoken forms incomplete',
      });
  }
  return plan;
}

/** The player's words that are narrated (`NARRATED_UI_KEYS`), or undefined while any is missing. */
function voicedPlayerWords(root: string, language: string): VoicedLesson | undefined {
  if (!existsSync(join(root, narratedWordsFile(language, UI_CLIPS)))) return undefined;
  const words = readNarratedWords(root, language, UI_CLIPS);
  const texts = new Map(NARRATED_UI_KEYS.map((key) => [key, words.get(key)]));
  if ([...texts.values()].some((text) => typeof text !== 'string' || !text)) return undefined;
  const strings = texts as Map<string, string>;
  const spoken = spokenForms(root, language, UI_CLIPS, strings);
  if (spoken.problems.length) return undefined;
  return { language, lesson: { id: UI_CLIPS, band: '4-7' }, texts: strings, spoken: spoken.spoken };
}

export const lessonAudioDir = (root: string, language: string, lessonId: string) =>
  join(root, AUDIO_DIR, language, lessonId);

/** The manifest of one lesson and language, or undefined when there is none yet. */
export function readAudioManifest(dir: string): AudioManifest | undefined {
  const path = join(dir, AUDIO_MANIFEST);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as AudioManifest) : undefined;
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  lessonAudioDir,
  planNarration,
  readAudioManifest,
  spokenForms,
  textHash,
} from '../../build/narration-content';
import { LANGUAGE_CODES } from '../../src/shared/content/languages';
import { AUDIO_FORMATS, clipFileName, SOUND_EFFECTS, soundPath } from '../../src/shared/audio/audio-files';

const root = process.cwd();
const plan = planNarration(root);
const cases = plan.voiced.map((v) => [`${v.language}/${v.lesson.id}`, v] as const);

/**
 * Every child-facing string of every lesson, in English and in each translation whose lesson file
 * is complete, has a clip made from today's words, in both formats. A lesson a language lacks (or
 * is still translating) is skipped: the app shows and reads English there. Fix a failure with
 * `npm run audio`, which needs espeak-ng, sox and ffmpeg (README, "Narration and sound").
 */
test.each(cases)(
  '%s has a current clip for every child-facing string',
  (_name, { language, lesson, texts, spoken }) => {
    const dir = lessonAudioDir(root, language, lesson.id);
    const manifest = readAudioManifest(dir);
    expect(manifest, `${dir}/manifest.json is missing: run npm run audio`).toBeDefined();
    const problems: string[] = [];
    for (const [key, text] of texts) {
      const clip = manifest!.clips[key];
      if (!clip) problems.push(`${key}: no clip`);
      else if (clip.sha256 !== textHash(spoken.get(key) ?? text))
        problems.push(`${key}: stale, the words changed since it was made`);
      for (const format of AUDIO_FORMATS)
        if (!existsSync(join(dir, clipFileName(key, format)))) problems.push(`${key}: no .${format} file`);
    }
    const extra = Object.keys(manifest!.clips).filter((key) => !texts.has(key));
    for (const key of extra) problems.push(`${key}: in the manifest but not a child-facing string`);
    expect(problems).toEqual([]);
  },
);

test('every lesson is voiced in every language, so a child who cannot read can use any of them', () => {
  expect(plan.skipped).toEqual([]);
  const languages = new Set(plan.voiced.map((v) => v.language));
  expect([...languages].sort()).toEqual([...LANGUAGE_CODES].sort());
  const lessons = new Set(plan.voiced.map((v) => v.lesson.id));
  expect(plan.voiced).toHaveLength(lessons.size * languages.size);
});

test('Arabic is voiced from fully vocalised text whose letters are exactly the words on screen', () => {
  const problems = plan.voiced
    .filter((v) => v.language === 'ar')
    .flatMap((v) => spokenForms(root, 'ar', v.lesson.id, v.texts).problems)
    .map((p) => `${p.file}: ${p.key}: ${p.message}`);
  expect(problems).toEqual([]);
  const sample = plan.voiced.find((v) => v.language === 'ar')!;
  const [key, shown] = [...sample.texts][1]!;
  // Vowel marks added: the spoken form is longer than what the screen shows, with the same letters.
  expect(sample.spoken.get(key)!.length).toBeGreaterThan(shown.length);
});

test('the four sound effects exist in both formats', () => {
  for (const name of SOUND_EFFECTS)
    for (const format of AUDIO_FORMATS)
      expect(existsSync(join(root, 'public', soundPath(name, format)))).toBe(true);
});

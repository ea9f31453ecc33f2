import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lessonAudioDir, planNarration, readAudioManifest, textHash } from '../../build/narration-content';
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
  (_name, { language, lesson, texts }) => {
    const dir = lessonAudioDir(root, language, lesson.id);
    const manifest = readAudioManifest(dir);
    expect(manifest, `${dir}/manifest.json is missing: run npm run audio`).toBeDefined();
    const problems: string[] = [];
    for (const [key, text] of texts) {
      const clip = manifest!.clips[key];
      if (!clip) problems.push(`${key}: no clip`);
      else if (clip.sha256 !== textHash(text))
        problems.push(`${key}: stale, the words changed since it was made`);
      for (const format of AUDIO_FORMATS)
        if (!existsSync(join(dir, clipFileName(key, format)))) problems.push(`${key}: no .${format} file`);
    }
    const extra = Object.keys(manifest!.clips).filter((key) => !texts.has(key));
    for (const key of extra) problems.push(`${key}: in the manifest but not a child-facing string`);
    expect(problems).toEqual([]);
  },
);

test('every lesson of the voiced bands is voiced: English 4-10, and 4-7 in every translation but Arabic', () => {
  const missing = plan.skipped.filter((s) => s.reason !== 'not voiced in this release');
  expect(missing).toEqual([]);
  const voiced = (language: string) =>
    new Set(plan.voiced.filter((v) => v.language === language).map((v) => v.lesson.band));
  expect([...voiced('en')].sort()).toEqual(['4-7', '8-10']);
  for (const language of ['fr', 'es', 'de', 'uk']) expect([...voiced(language)]).toEqual(['4-7']);
});

test('the four sound effects exist in both formats', () => {
  for (const name of SOUND_EFFECTS)
    for (const format of AUDIO_FORMATS)
      expect(existsSync(join(root, 'public', soundPath(name, format)))).toBe(true);
});

/**
 * `npm run audio [lang...]`: voices every child-facing string of every lesson with espeak-ng,
 * encodes each clip as Opus in WebM and as MP3, writes `public/audio/<lang>/<lesson>/manifest.json`,
 * and makes the four sound effects with sox. Incremental: a clip whose text, files and settings are
 * unchanged is skipped, and a human recording (`source: "recorded"`) is never overwritten while its
 * text is unchanged. Exits 1 when a lesson and language is over the audio budget in its primary
 * format (Opus in WebM); the MP3 fallback's size is reported beside it.
 *
 * Needs espeak-ng, sox and ffmpeg (with libopus and libmp3lame) on the PATH; CI does not run this:
 * the files are committed, and tests/unit/narration-files.test.ts checks them against today's words.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  AUDIO_FORMATS,
  AUDIO_MANIFEST,
  clipFileName,
  SOUND_EFFECTS,
  type AudioFormat,
  type AudioManifest,
  type SoundEffect,
} from '../src/shared/audio/audio-files';
import { BANDS, type Band } from '../src/shared/content/content-constants';
import { BUDGETS } from '../build/measure-build';
import { leanWebm } from '../build/lean-webm';
import {
  AUDIO_DIR,
  lessonAudioDir,
  planNarration,
  readAudioManifest,
  textHash,
  type VoicedLesson,
} from '../build/narration-content';

/** espeak-ng voice per language code of `src/shared/content/languages.ts`. */
const VOICES: Record<string, string> = {
  en: 'en-gb',
  fr: 'fr-fr',
  es: 'es',
  de: 'de',
  uk: 'uk',
  ar: 'ar',
};

/**
 * Text as espeak-ng needs it. Arabic: espeak-ng reads a doubled consonant's vowel only when the
 * shadda comes first, but Unicode's canonical order (and most keyboards) put the vowel first, so
 * إِنَّهَا would lose its "a". Nothing changes on screen or in the spoken-forms files.
 */
const FOR_ESPEAK: Record<string, (text: string) => string> = {
  ar: (text) => text.replace(/([\u064B-\u0650])\u0651/g, '\u0651$1'),
};
const forEspeak = (language: string, text: string) => FOR_ESPEAK[language]?.(text) ?? text;

/**
 * Words per minute by band: slower for 4-7, who listen rather than read; espeak-ng's default of
 * 175 for 8-13; a little brisker for 14-17, who read along and whose lessons are the longest.
 */
const RATE: Record<Band, number> = { '4-7': 150, '8-10': 175, '11-13': 175, '14-17': 185 };

/**
 * Per language, how much faster than RATE espeak-ng is set. Fully vocalised Arabic has about 75 %
 * more sounds than the English it translates (short vowels and case endings are all spoken), at
 * the same sounds per second, so its lessons ran 65 % longer than English; 16 % faster brings every
 * 4-7 lesson within its 400 KB (espeak-ng's pauses do not speed up) at about espeak-ng's default.
 */
const RATE_FACTOR: Record<string, number> = { ar: 1.16 };
const rateFor = (language: string, band: Band) => Math.round(RATE[band] * (RATE_FACTOR[language] ?? 1));

/**
 * Pauses in the synthetic voice longer than this are shortened to it: espeak-ng pauses about half
 * a second between sentences, which adds up over a lesson without helping a listener.
 */
const MAX_PAUSE_SECONDS = 0.3;

type Encoding = { webm: { kbps: number; frameMs: number }; mp3: { kbps: number; sampleRate: number } };

/**
 * Bit rates: speech only, mono, measured (README, "Narration and sound"). Opus at 6 kbps is the
 * lowest rate Opus is specified for; 120 ms frames (Opus's longest) halve the per-frame overhead
 * against 60 ms. MP3's lowest is 8 kbps at 8 kHz, which is why the fallback is reported rather
 * than held to the budget.
 */
const ENCODING: Encoding = {
  webm: { kbps: 6, frameMs: 120 },
  mp3: { kbps: 8, sampleRate: 8000 },
};

/** Sound effects are tiny: a higher bit rate keeps their tones clean. */
const SFX_ENCODING: Encoding = {
  webm: { kbps: 32, frameMs: 20 },
  mp3: { kbps: 32, sampleRate: 32000 },
};

const root = process.cwd();
const WAV_CACHE = join(root, 'node_modules/.cache/narration-wav');
const settingsOf = (voice: string, rate: number) =>
  `espeak-ng ${voice} ${rate}wpm pause<=${MAX_PAUSE_SECONDS}s; webm opus ${ENCODING.webm.kbps}k/${ENCODING.webm.frameMs}ms lean; mp3 ${ENCODING.mp3.kbps}k@${ENCODING.mp3.sampleRate}Hz`;

function run(command: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (error) =>
      reject(new Error(`${command} could not start (${error.message}): is it installed?`)),
    );
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${err}`)),
    );
    if (input !== undefined) child.stdin!.end(input);
  });
}

/** Runs the tasks with at most `limit` at a time. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** The synthetic voice, trimmed and levelled, cached by text and voice so a bit-rate change does not re-synthesise. */
async function speak(text: string, voice: string, rate: number): Promise<string> {
  const id = createHash('sha256').update(`${voice}|${rate}|${MAX_PAUSE_SECONDS}|${text}`).digest('hex');
  const clean = join(WAV_CACHE, `${id}.wav`);
  if (existsSync(clean)) return clean;
  const raw = join(WAV_CACHE, `${id}.raw.wav`);
  // -b 1: UTF-8 input; the text goes in on stdin so no shell ever parses a child's sentence.
  await run('espeak-ng', ['-v', voice, '-s', String(rate), '-b', '1', '--stdin', '-w', raw], text);
  await run('sox', [
    raw,
    clean,
    // Trim the silence at both ends, shorten long pauses, then leave a short breath either side.
    'silence', '1', '0.02', '0.2%', 'reverse', 'silence', '1', '0.02', '0.2%', 'reverse',
    'silence', '-l', '1', '0.02', '0.2%', '-1', String(MAX_PAUSE_SECONDS), '0.2%',
    'pad', '0.05', '0.1',
    'norm', '-3',
  ]); // prettier-ignore
  rmSync(raw);
  return clean;
}

const BITEXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];

async function encode(wav: string, out: string, format: AudioFormat, encoding: Encoding) {
  const common = ['-v', 'error', '-y', '-i', wav, '-ac', '1', ...BITEXACT];
  if (format === 'webm') {
    await run('ffmpeg', [
      ...common,
      '-c:a', 'libopus', '-b:a', `${encoding.webm.kbps}k`, '-vbr', 'on', '-application', 'voip',
      '-frame_duration', String(encoding.webm.frameMs), '-f', 'webm', out,
    ]); // prettier-ignore
    writeFileSync(out, leanWebm(readFileSync(out)));
    return;
  }
  await run('ffmpeg', [
    ...common,
    '-ar', String(encoding.mp3.sampleRate), '-c:a', 'libmp3lame', '-b:a', `${encoding.mp3.kbps}k`,
    // No ID3 tag and no Xing frame: a few hundred bytes per clip, over three thousand clips.
    '-id3v2_version', '0', '-write_xing', '0', out,
  ]); // prettier-ignore
}

const seconds = async (wav: string) => Number(Number(await run('sox', ['--i', '-D', wav])).toFixed(2));

type LessonResult = {
  language: string;
  lesson: string;
  band: Band;
  clips: number;
  seconds: number;
  made: number;
} & Record<AudioFormat, number>;

/** Brings one lesson and language up to date; returns its sizes per format. */
async function voiceLesson({ language, lesson, texts, spoken }: VoicedLesson): Promise<LessonResult> {
  const voice = VOICES[language];
  if (!voice) throw new Error(`No espeak-ng voice is set for "${language}": add it to VOICES.`);
  const rate = rateFor(language, lesson.band);
  const settings = settingsOf(voice, rate);
  const dir = lessonAudioDir(root, language, lesson.id);
  mkdirSync(dir, { recursive: true });
  const old = readAudioManifest(dir);
  const clips: AudioManifest['clips'] = {};
  const tasks: (() => Promise<void>)[] = [];

  for (const key of texts.keys()) {
    const text = spoken.get(key)!;
    const sha256 = textHash(text);
    const files = AUDIO_FORMATS.map((f) => clipFileName(key, f));
    const before = old?.clips[key];
    const present = files.every((f) => existsSync(join(dir, f)));
    if (before && before.sha256 === sha256 && present) {
      if (before.source === 'recorded' || before.settings === settings) {
        clips[key] = before;
        continue;
      }
    } else if (before?.source === 'recorded')
      console.warn(
        `  ! ${language}/${lesson.id}/${key}: the text changed, so the recording is replaced by the synthetic voice; record it again.`,
      );
    tasks.push(async () => {
      const wav = await speak(forEspeak(language, text), voice, rate);
      for (const format of AUDIO_FORMATS)
        await encode(wav, join(dir, clipFileName(key, format)), format, ENCODING);
      clips[key] = { sha256, files, seconds: await seconds(wav), source: 'espeak-ng', settings };
    });
  }
  await pool(tasks, availableParallelism());

  const ordered = Object.fromEntries([...texts.keys()].map((k) => [k, clips[k]!]));
  const manifest: AudioManifest = { lesson: lesson.id, language, clips: ordered };
  writeFileSync(join(dir, AUDIO_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);

  // Files of keys the lesson no longer has would be downloaded by nobody, but shipped to everyone.
  const wanted = new Set([AUDIO_MANIFEST, ...Object.values(ordered).flatMap((c) => c.files)]);
  for (const file of readdirSync(dir)) if (!wanted.has(file)) rmSync(join(dir, file));

  const bytes = (format: AudioFormat) =>
    Object.keys(ordered).reduce((n, key) => n + statSync(join(dir, clipFileName(key, format))).size, 0);
  return {
    language,
    lesson: lesson.id,
    band: lesson.band,
    clips: texts.size,
    seconds: Object.values(ordered).reduce((n, c) => n + c.seconds, 0),
    made: tasks.length,
    webm: bytes('webm'),
    mp3: bytes('mp3'),
  };
}

/** Soft sine tones, each under a second, quiet and with gentle fades: feedback, never an alarm. */
const SFX_RECIPES: Record<SoundEffect, string[][]> = {
  // Two notes up: a warm "yes".
  correct: [
    ['synth', '0.12', 'sine', '659.25', 'fade', 'q', '0.01', '0.12', '0.06'],
    ['synth', '0.3', 'sine', '880', 'fade', 'q', '0.01', '0.3', '0.25'],
  ],
  // Two notes down, softer still: "have another go", not "wrong".
  'try-again': [
    ['synth', '0.14', 'sine', '523.25', 'fade', 'q', '0.01', '0.14', '0.07'],
    ['synth', '0.3', 'sine', '440', 'fade', 'q', '0.01', '0.3', '0.25'],
  ],
  // One small bell: a red flag noticed is good work, so it should not sound like an alarm.
  'red-flag': [['synth', '0.6', 'pluck', '783.99', 'fade', 'q', '0.005', '0.6', '0.5']],
  // A rising arpeggio to end the lesson.
  finished: [
    ['synth', '0.11', 'sine', '523.25', 'fade', 'q', '0.01', '0.11', '0.05'],
    ['synth', '0.11', 'sine', '659.25', 'fade', 'q', '0.01', '0.11', '0.05'],
    ['synth', '0.11', 'sine', '783.99', 'fade', 'q', '0.01', '0.11', '0.05'],
    ['synth', '0.45', 'sine', '1046.5', 'fade', 'q', '0.01', '0.45', '0.4'],
  ],
};

async function makeSoundEffects(): Promise<string[]> {
  const dir = join(root, AUDIO_DIR, 'sfx');
  mkdirSync(dir, { recursive: true });
  const stampPath = join(dir, AUDIO_MANIFEST);
  const stamp = createHash('sha256').update(JSON.stringify({ SFX_RECIPES, SFX_ENCODING })).digest('hex');
  const old = existsSync(stampPath)
    ? (JSON.parse(readFileSync(stampPath, 'utf8')) as { recipe: string })
    : undefined;
  const names = SOUND_EFFECTS.flatMap((n) => AUDIO_FORMATS.map((f) => `${n}.${f}`));
  if (old?.recipe === stamp && names.every((f) => existsSync(join(dir, f)))) return [];
  mkdirSync(WAV_CACHE, { recursive: true });
  for (const name of SOUND_EFFECTS) {
    const parts: string[] = [];
    for (const [i, effects] of SFX_RECIPES[name].entries()) {
      const part = join(WAV_CACHE, `sfx-${name}-${i}.wav`);
      await run('sox', ['-n', '-r', '44100', '-c', '1', part, ...effects]);
      parts.push(part);
    }
    const wav = join(WAV_CACHE, `sfx-${name}.wav`);
    // Quiet by design: the volume setting scales it further.
    await run('sox', [...parts, wav, 'gain', '-n', '-14', 'pad', '0', '0.05']);
    for (const format of AUDIO_FORMATS)
      await encode(wav, join(dir, `${name}.${format}`), format, SFX_ENCODING);
  }
  writeFileSync(stampPath, `${JSON.stringify({ recipe: stamp, files: names }, null, 2)}\n`);
  return names;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const languages = process.argv.slice(2);
mkdirSync(WAV_CACHE, { recursive: true });
const plan = planNarration(root, languages.length ? languages : undefined);
const results: LessonResult[] = [];
for (const voiced of plan.voiced) {
  const result = await voiceLesson(voiced);
  results.push(result);
  console.log(
    `${result.language}/${result.lesson}: ${result.clips} clips (${result.made} made), ${result.seconds.toFixed(0)} s, webm ${kb(result.webm)} KB, mp3 ${kb(result.mp3)} KB`,
  );
}
const sfx = await makeSoundEffects();
if (sfx.length) console.log(`sound effects: ${sfx.join(', ')}`);

const skippedByLanguage = new Map<string, string[]>();
for (const s of plan.skipped)
  skippedByLanguage.set(s.language, [
    ...(skippedByLanguage.get(s.language) ?? []),
    `${s.lesson} (${s.reason})`,
  ]);
for (const [language, lessons] of skippedByLanguage)
  console.log(`${language}: ${lessons.length} lesson(s) not voiced yet: ${lessons.join(', ')}`);

// The budget is what a browser downloads: the primary format (Opus in WebM); MP3 is the fallback
// for browsers without Opus, reported beside it. Per step, see build/measure-build.ts (npm test).
const budget = (r: LessonResult) => BUDGETS.audioPerLessonLanguage[r.band];
const over = results.filter((r) => r.webm > budget(r));
const total = (f: AudioFormat) => results.reduce((n, r) => n + r[f], 0);
console.log(
  `\n${results.length} lesson-languages, ${results.reduce((n, r) => n + r.clips, 0)} clips; ` +
    `webm ${kb(total('webm'))} KB, mp3 ${kb(total('mp3'))} KB.`,
);
for (const band of BANDS) {
  const inBand = results.filter((r) => r.band === band);
  if (inBand.length)
    console.log(
      `  ${band}: largest webm ${kb(Math.max(...inBand.map((r) => r.webm)))} KB, mp3 ${kb(Math.max(...inBand.map((r) => r.mp3)))} KB; budget ${kb(BUDGETS.audioPerLessonLanguage[band])} KB`,
    );
}
if (over.length) {
  console.error(
    `\nOver the narration budget per lesson and language (build/measure-build.ts):\n` +
      over
        .map((r) => `  ${r.language}/${r.lesson}: webm ${kb(r.webm)} KB of ${kb(budget(r))} KB`)
        .join('\n') +
      '\nShorten the lesson, or see ENCODING and RATE in scripts/generate-audio.ts.',
  );
  process.exit(1);
}

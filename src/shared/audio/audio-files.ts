/**
 * Where narration and sound files live, shared by the generator (scripts/generate-audio.ts), the
 * tests and the browser, so a path is spelt in one place.
 *
 * One clip per word key: `audio/<lang>/<lesson-id>/<key>.<ext>`, the key kept exactly as in
 * `lesson-keys.ts`, dots and all (`steps.meet-mei.p1.text.webm`): ids are kebab-case, so turning
 * dots into hyphens could make two keys share a file.
 */

/** Opus in WebM first (small, and Safari 15+ plays it), MP3 for every browser that cannot. */
export const AUDIO_FORMATS = ['webm', 'mp3'] as const;
export type AudioFormat = (typeof AUDIO_FORMATS)[number];

/** The four gentle sounds of the lesson player, in `audio/sfx/<name>.<ext>`. */
export const SOUND_EFFECTS = ['correct', 'try-again', 'red-flag', 'finished'] as const;
export type SoundEffect = (typeof SOUND_EFFECTS)[number];

/**
 * Player words a child must hear, voiced like lesson words in `audio/<lang>/_ui/`: the True and
 * False of a true-or-false question (a child who cannot read has to know which is which), and the
 * recap's question about trusted adults and its line about help, which end every lesson.
 * (`_ui` cannot be a lesson id: ids are kebab-case.)
 */
export const UI_CLIPS = '_ui';
/** The i18next namespace (and `locales/<lang>/<namespace>.json` file) the narrated player words are in. */
export const UI_NAMESPACE = 'player';
export const NARRATED_UI_KEYS = ['quiz.true', 'quiz.false', 'recap.trustedAdults', 'recap.help'] as const;
export type NarratedUiKey = (typeof NARRATED_UI_KEYS)[number];

/**
 * How the player asks for a player word among a lesson's word keys: `player:quiz.true`, i18next's
 * own namespace syntax, which no lesson key can take (lesson keys have no colon).
 */
export const uiWordKey = (key: NarratedUiKey) => `${UI_NAMESPACE}:${key}`;

/** The player word a narration key names, or undefined for a lesson's own word. */
export function narratedUiKey(key: string): NarratedUiKey | undefined {
  const [namespace, word] = key.split(':');
  return namespace === UI_NAMESPACE && NARRATED_UI_KEYS.includes(word as NarratedUiKey)
    ? (word as NarratedUiKey)
    : undefined;
}

/** Each lesson and language folder has one, recording what every clip was made from. */
export const AUDIO_MANIFEST = 'manifest.json';

export const clipFileName = (key: string, format: AudioFormat) => `${key}.${format}`;

/** Relative to the app's base, like every asset: the app may be served from any sub-path. */
export const clipPath = (language: string, lessonId: string, key: string, format: AudioFormat) =>
  `audio/${language}/${lessonId}/${clipFileName(key, format)}`;

export const soundPath = (name: SoundEffect, format: AudioFormat) => `audio/sfx/${name}.${format}`;

/** What the generator writes next to each lesson's clips (see README, "Narration and sound"). */
export type AudioManifest = {
  lesson: string;
  language: string;
  clips: Record<string, AudioClipRecord>;
};

export type AudioClipRecord = {
  /** sha256 (hex) of the exact text the clip reads: a changed text makes the clip stale. */
  sha256: string;
  /** One file per format, in the folder of the manifest. */
  files: string[];
  seconds: number;
  /** A human recording replaces the files and says "recorded"; the generator never overwrites it while its text is unchanged. */
  source: 'espeak-ng' | 'recorded';
  /** How a synthetic clip was made (voice, rate, bit rates): changing any of them regenerates it. */
  settings?: string;
};

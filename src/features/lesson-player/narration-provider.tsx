import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NARRATION_INDEX } from 'virtual:narration-index';
import { narratedUiKey, UI_CLIPS, UI_NAMESPACE } from '../../shared/audio/audio-files';
import { lessonClip } from '../../shared/audio/clip-sources';
import { narrator } from '../../shared/audio/narrator';
import { soundEffects } from '../../shared/audio/sound-effects';
import { useNarratorState } from '../../shared/audio/use-narrator-state';
import type { Band } from '../../shared/content/content-constants';
import { SOURCE_LANGUAGE } from '../../shared/content/languages';
import { lessonNamespace } from '../i18n/i18n';
import type { LessonWords } from '../i18n/use-lesson-words';
import { useSettingsStore } from '../settings/settings-store';
import { NarrationContext, type LessonNarration } from './narration-context';

export type NarrationProviderProps = {
  lessonId: string;
  band: Band;
  words: LessonWords;
  /** The step on screen (with the mode, so reviewing the same step counts as opening it again). */
  openStep: string;
  /** What to read when the step opens, if the settings say so. */
  keysOnOpen: string[];
  /** The first words of the step after this one, fetched ahead of time. */
  nextKey: string | undefined;
  /** The feedback an answer just showed: read, like a step opening, if the settings say so. */
  answerFeedback?: { keys: string[] } | undefined;
  children: ReactNode;
};

/** Where a key's clip and words live: the lesson's, or the player's own in `_ui`. */
function clipSource(lessonId: string, key: string) {
  const uiKey = narratedUiKey(key);
  return uiKey
    ? { folder: UI_CLIPS, namespace: UI_NAMESPACE, wordKey: uiKey }
    : { folder: lessonId, namespace: lessonNamespace(lessonId), wordKey: key };
}

/** The longest answer sound lasts about 0.6 s. */
const AFTER_ANSWER_SOUND_MS = 700;

/**
 * Reads the lesson aloud: each step when it opens and the feedback each answer shows (for 4-7 by
 * default, or always or never, as set), and whatever a read-aloud button asks for. Stops when the
 * step changes or the player closes.
 */
export function NarrationProvider({
  lessonId,
  band,
  words,
  openStep,
  keysOnOpen,
  nextKey,
  answerFeedback,
  children,
}: NarrationProviderProps) {
  const { i18n } = useTranslation();
  const isEnabled = useSettingsStore((s) => s.narration);
  const autoRead = useSettingsStore((s) => s.autoRead);
  const sounds = useSettingsStore((s) => s.sounds);
  const soundVolume = useSettingsStore((s) => s.soundVolume);
  const state = useNarratorState();
  const readsOnOpen = isEnabled && (autoRead === 'always' || (autoRead === 'band' && band === '4-7'));
  // Once a child has asked for reading, the next step's first words are fetched ahead too.
  const [hasListened, setHasListened] = useState(false);

  /** The language of the clip that reads a key, or undefined where this lesson has no voice for it. */
  const voiceOf = useCallback(
    (key: string) => {
      const { folder, namespace, wordKey } = clipSource(lessonId, key);
      const voiced = NARRATION_INDEX[folder] ?? [];
      // Where this language lacks the sentence the screen shows English, so the English clip reads it.
      const language = i18n.resolvedLanguage ?? SOURCE_LANGUAGE;
      const own = i18n.getResource(language, namespace, wordKey) as unknown;
      const voice = typeof own === 'string' && own ? language : SOURCE_LANGUAGE;
      return voiced.includes(voice) ? voice : undefined;
    },
    [i18n, lessonId],
  );

  const clipsFor = useCallback(
    (keys: string[]) =>
      keys.flatMap((key) => {
        const voice = voiceOf(key);
        if (!voice) return [];
        const { folder, namespace, wordKey } = clipSource(lessonId, key);
        // The words the clip was made from, for its URL's fingerprint: in the voice's language.
        const text = folder === UI_CLIPS ? String(i18n.getResource(voice, namespace, wordKey)) : words(key);
        return [{ ...lessonClip(voice, folder, wordKey, text), key }];
      }),
    [voiceOf, lessonId, words, i18n],
  );

  const narration = useMemo<LessonNarration>(
    () => ({
      isEnabled,
      state,
      canRead: (key) => voiceOf(key) !== undefined,
      read: (keys) => {
        setHasListened(true);
        void narrator.play(clipsFor(keys));
      },
      stop: () => narrator.stop(),
    }),
    [clipsFor, voiceOf, isEnabled, state],
  );

  // The latest values for the step effect below, which must run only when the step changes.
  const latest = useRef({ clipsFor, keysOnOpen, readsOnOpen });
  useEffect(() => {
    latest.current = { clipsFor, keysOnOpen, readsOnOpen };
  });

  useEffect(() => () => narrator.release(), []);
  useEffect(() => narrator.setEnabled(isEnabled), [isEnabled]);
  useEffect(() => soundEffects.configure({ enabled: sounds, volume: soundVolume }), [sounds, soundVolume]);

  useEffect(() => {
    const { clipsFor: clips, keysOnOpen: keys, readsOnOpen: reads } = latest.current;
    narrator.stop();
    // The browser's autoplay rule, and no surprise for a child: nothing plays before they have touched the page.
    if (reads) void narrator.play(clips(keys), { auto: true });
    return () => narrator.stop();
  }, [openStep]);

  useEffect(() => {
    const { clipsFor: clips, readsOnOpen: reads } = latest.current;
    if (!answerFeedback || !reads) return;
    // After the answer's chime, not over it.
    const timer = window.setTimeout(
      () => void narrator.play(clips(answerFeedback.keys), { auto: true }),
      AFTER_ANSWER_SOUND_MS,
    );
    return () => window.clearTimeout(timer);
  }, [answerFeedback]);

  useEffect(() => {
    if (nextKey && (readsOnOpen || hasListened)) narrator.preload(clipsFor([nextKey]));
  }, [clipsFor, nextKey, readsOnOpen, hasListened]);

  return <NarrationContext.Provider value={narration}>{children}</NarrationContext.Provider>;
}

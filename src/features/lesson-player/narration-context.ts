import { createContext, useContext } from 'react';
import type { NarratorState } from '../../shared/audio/narrator';

/** Reading a lesson aloud, as the step components see it. */
export type LessonNarration = {
  /** The narration setting: when off, no read-aloud buttons show. */
  isEnabled: boolean;
  state: NarratorState;
  /** Whether this lesson has a voice for the key in the language on screen: no button where none does. */
  canRead: (key: string) => boolean;
  /** Reads these word keys of the lesson, in order, stopping anything already being read. */
  read: (keys: string[]) => void;
  stop: () => void;
};

const SILENT: LessonNarration = {
  isEnabled: false,
  state: { status: 'idle' },
  canRead: () => false,
  read: () => undefined,
  stop: () => undefined,
};

export const NarrationContext = createContext<LessonNarration>(SILENT);

/** The lesson's narration; outside a lesson player (tests of one step, present mode) it is silent. */
export const useNarration = () => useContext(NarrationContext);

/** Whether this key is the one being read (or about to be): its text is highlighted. */
export const isReadingKey = (state: NarratorState, key: string) =>
  (state.status === 'loading' || state.status === 'playing') && state.key === key;

/** `is-reading` on the words being read, which CSS outlines and underlines (never colour alone). */
export const readingClass = (state: NarratorState, key: string) =>
  isReadingKey(state, key) ? 'is-reading' : '';

/** `className` from parts, skipping empty ones. */
export const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

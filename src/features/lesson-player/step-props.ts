import type { StepKind, StepOf } from '../../shared/content/lesson-schema';
import type { LessonWords } from '../i18n/use-lesson-words';
import type { StepRecord } from '../progress/saved-progress';

/** What every step component receives: its data, its words, what the child already did, and how to record more. */
export type StepProps<K extends StepKind> = {
  step: StepOf<K>;
  /** Looks up this lesson's words; pass keys relative to the step with `stepWords`. */
  words: LessonWords;
  record: StepRecord | undefined;
  onAnswer: (record: StepRecord) => void;
};

/** `w('prompt')` -> the words at `steps.<stepId>.prompt`. */
export const stepWords = (words: LessonWords, stepId: string) => (key: string) =>
  words(`steps.${stepId}.${key}`);

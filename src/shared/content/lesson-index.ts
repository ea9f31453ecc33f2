import { LESSON_INDEX } from 'virtual:lesson-index';
import type { Band } from './content-constants.ts';
import type { Lesson } from './lesson-schema.ts';

/** What the band map, the classroom hub and the parents' hub know of a lesson before loading it. */
export type LessonSummary = Pick<
  Lesson,
  'id' | 'band' | 'order' | 'minutes' | 'tactics' | 'curriculum' | 'badge'
> & { stepCount: number };

export const ALL_LESSONS: readonly LessonSummary[] = LESSON_INDEX;

export const lessonsOfBand = (band: Band) =>
  ALL_LESSONS.filter((l) => l.band === band).sort((a, b) => a.order - b.order);

export const findLessonSummary = (id: string) => ALL_LESSONS.find((l) => l.id === id);

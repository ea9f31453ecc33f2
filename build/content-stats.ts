import { flattenWords } from '../src/shared/content/lesson-keys.ts';
import { BANDS, TACTICS, TOPICS, type Band, type Theme } from '../src/shared/content/content-constants.ts';
import type { Lesson } from '../src/shared/content/lesson-schema.ts';

export type LessonStats = {
  id: string;
  band: Band;
  steps: number;
  /** Quiz steps plus sort cards: the items a child answers with feedback. */
  quizItems: number;
  sortSteps: number;
  hasScenario: boolean;
  words: number;
};

export function lessonStats(lesson: Lesson, englishWords: unknown): LessonStats {
  const quizSteps = lesson.steps.filter((s) => s.kind === 'quiz').length;
  const sortSteps = lesson.steps.filter((s) => s.kind === 'sort').length;
  const words = [...flattenWords(englishWords).values()]
    .filter((v): v is string => typeof v === 'string')
    .reduce((n, v) => n + v.split(/\s+/).filter(Boolean).length, 0);
  return {
    id: lesson.id,
    band: lesson.band,
    steps: lesson.steps.length,
    quizItems: quizSteps + sortSteps,
    sortSteps,
    hasScenario: lesson.steps.some((s) => s.kind === 'chat' || s.kind === 'choice'),
    words,
  };
}

/** How many lessons of each band teach each tactic or topic. */
export function coverageMatrix(lessons: Lesson[]): Record<Theme, Record<Band, number>> {
  const matrix = {} as Record<Theme, Record<Band, number>>;
  for (const theme of [...TACTICS, ...TOPICS]) {
    matrix[theme] = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<Band, number>;
    for (const lesson of lessons) if (lesson.tactics.includes(theme)) matrix[theme][lesson.band]++;
  }
  return matrix;
}

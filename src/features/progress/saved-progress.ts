import * as z from 'zod/mini';

/**
 * The shape of a child's saved progress on the device, checked whenever it is read back
 * (from storage, another tab, or an imported file). zod/mini keeps this check small enough for
 * the first load. Change the shape only with a new version and a migration (migrate-progress.ts).
 */

const id = z.string().check(z.maxLength(80));

export const answerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chat'), flagged: z.array(id) }),
  z.object({ kind: z.literal('choice'), optionId: id }),
  z.object({ kind: z.literal('quiz'), optionIds: z.array(id) }),
  z.object({ kind: z.literal('sort'), placements: z.record(id, id) }),
  z.object({ kind: z.literal('reflect') }),
]);
export type Answer = z.infer<typeof answerSchema>;

export const stepRecordSchema = z.object({
  done: z.boolean(),
  answer: z.optional(answerSchema),
  /** Points earned on the first try, out of `maxPoints` (chat flags found, quiz right, sort cards placed). */
  points: z.optional(z.number().check(z.minimum(0))),
  maxPoints: z.optional(z.number().check(z.minimum(0))),
  attempts: z.optional(z.number().check(z.minimum(0))),
});
export type StepRecord = z.infer<typeof stepRecordSchema>;

export const lessonProgressSchema = z.object({
  revision: z.number(),
  currentStepId: id,
  /** The steps taken, in order, so "back" retraces the child's own branch. */
  visited: z.array(id),
  steps: z.record(id, stepRecordSchema),
  completedAt: z.optional(z.string()),
  /** Best score of any finished attempt, 0 to 1. */
  bestScore: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  /** A private note from a reflect step, kept only when the child chose to save it. */
  notes: z.optional(z.record(id, z.string().check(z.maxLength(2000)))),
});
export type LessonProgress = z.infer<typeof lessonProgressSchema>;

export const progressStateSchema = z.object({
  lessons: z.record(id, lessonProgressSchema),
  /** For the certificate only; never leaves the device. */
  nickname: z.optional(z.string().check(z.maxLength(40))),
});
export type ProgressState = z.infer<typeof progressStateSchema>;

export const EMPTY_PROGRESS: ProgressState = { lessons: {} };

/**
 * Keeps every lesson entry that is valid and drops only the broken ones, so one damaged lesson
 * never costs a child the others.
 */
export function salvageProgress(value: unknown): { state: ProgressState; dropped: number } {
  const whole = progressStateSchema.safeParse(value);
  if (whole.success) return { state: whole.data, dropped: 0 };
  const lessons: ProgressState['lessons'] = {};
  let dropped = 0;
  const raw = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const rawLessons =
    raw.lessons && typeof raw.lessons === 'object' ? (raw.lessons as Record<string, unknown>) : {};
  for (const [lessonId, entry] of Object.entries(rawLessons)) {
    const parsed = lessonProgressSchema.safeParse(entry);
    if (parsed.success && id.safeParse(lessonId).success) lessons[lessonId] = parsed.data;
    else dropped++;
  }
  const nickname = typeof raw.nickname === 'string' ? raw.nickname.slice(0, 40) : undefined;
  return { state: { lessons, ...(nickname ? { nickname } : {}) }, dropped };
}

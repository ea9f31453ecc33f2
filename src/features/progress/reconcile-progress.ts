import type { Lesson, Step } from '../../shared/content/lesson-schema';
import type { Answer, LessonProgress, StepRecord } from './saved-progress';

/** Does a saved answer still make sense for the step as it is now? */
function answerFits(step: Step, answer: Answer | undefined): boolean {
  if (!answer) return true;
  if (answer.kind !== step.kind) return false;
  switch (answer.kind) {
    case 'chat': {
      const ids = new Set(step.kind === 'chat' ? step.messages.map((m) => m.id) : []);
      return answer.flagged.every((m) => ids.has(m));
    }
    case 'choice':
      return step.kind === 'choice' && step.options.some((o) => o.id === answer.optionId);
    case 'quiz': {
      const ids = new Set(step.kind === 'quiz' ? step.options.map((o) => o.id) : []);
      return answer.optionIds.every((o) => ids.has(o));
    }
    case 'sort': {
      if (step.kind !== 'sort') return false;
      const buckets = new Set(step.buckets.map((b) => b.id));
      const items = new Set(step.items.map((i) => i.id));
      return Object.entries(answer.placements).every(
        ([item, bucket]) => items.has(item) && buckets.has(bucket),
      );
    }
    case 'reflect':
      return true;
  }
}

/**
 * Fits saved progress to the lesson as it is now (CONTENT_MODEL.md rule 3): answers for removed
 * steps or options are dropped, a removed current step falls back to the last surviving step the
 * child visited, and completion and best score are always kept.
 */
export function reconcileProgress(lesson: Lesson, saved: LessonProgress): LessonProgress {
  const steps = new Map(lesson.steps.map((s) => [s.id, s]));
  const kept: Record<string, StepRecord> = {};
  for (const [stepId, record] of Object.entries(saved.steps)) {
    const step = steps.get(stepId);
    if (step && answerFits(step, record.answer)) kept[stepId] = record;
  }
  const visited = saved.visited.filter((id) => steps.has(id));
  const first = lesson.steps[0]!.id;
  const currentStepId = steps.has(saved.currentStepId)
    ? saved.currentStepId
    : (visited[visited.length - 1] ?? first);
  const notes = saved.notes
    ? Object.fromEntries(Object.entries(saved.notes).filter(([id]) => steps.has(id)))
    : undefined;
  return {
    ...saved,
    revision: lesson.revision,
    currentStepId,
    visited: visited.length ? visited : [currentStepId],
    steps: kept,
    ...(notes ? { notes } : {}),
  };
}

/** Points over possible points for the steps answered, 0 to 1; undefined when nothing was scored. */
export function lessonScore(progress: Pick<LessonProgress, 'steps'>): { points: number; max: number } {
  let points = 0;
  let max = 0;
  for (const record of Object.values(progress.steps)) {
    points += record.points ?? 0;
    max += record.maxPoints ?? 0;
  }
  return { points, max };
}

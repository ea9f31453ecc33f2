import type { Lesson, Step } from './lesson-schema.ts';

/** The step listed after this one, the default successor when a step names no `next`. */
function following(lesson: Lesson, stepId: string): string | undefined {
  const i = lesson.steps.findIndex((s) => s.id === stepId);
  return lesson.steps[i + 1]?.id;
}

/** Where a step can lead. A recap ends the lesson; a choice leads wherever its options go. */
export function nextStepIds(lesson: Lesson, stepId: string): string[] {
  const step = lesson.steps.find((s) => s.id === stepId);
  if (!step) return [];
  if (step.kind === 'recap') return step.next ? [step.next] : [];
  const fallback = step.next ?? following(lesson, stepId);
  if (step.kind === 'choice') {
    const targets = step.options.map((o) => o.goto ?? fallback).filter((t): t is string => Boolean(t));
    return [...new Set(targets)];
  }
  return fallback ? [fallback] : [];
}

/** The step that follows `step` once the child has answered; `optionId` picks a choice's branch. */
export function nextStepAfter(lesson: Lesson, step: Step, optionId?: string): string | undefined {
  if (step.kind === 'recap') return undefined;
  const fallback = step.next ?? following(lesson, step.id);
  if (step.kind === 'choice') return step.options.find((o) => o.id === optionId)?.goto ?? fallback;
  return fallback;
}

/**
 * The steps from `fromId` to the end along the safe branch of each choice. With the steps the
 * child has already taken, this gives the progress bar an honest "step n of N".
 */
export function routeFrom(lesson: Lesson, fromId: string | undefined = lesson.steps[0]?.id): string[] {
  const route: string[] = [];
  let id: string | undefined = fromId;
  const seen = new Set<string>();
  while (id && !seen.has(id)) {
    seen.add(id);
    route.push(id);
    const step = lesson.steps.find((s) => s.id === id)!;
    const safe = step.kind === 'choice' ? step.options.find((o) => o.tone === 'safe')?.id : undefined;
    id = nextStepAfter(lesson, step, safe);
  }
  return route;
}

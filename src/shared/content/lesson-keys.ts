import type { Lesson, Step } from './lesson-schema.ts';

/**
 * The word keys a lesson needs, derived from its ids. This is the single contract between a
 * structure file and its words: the validator checks every language against it, the player
 * reads through the same helpers, and the narration script voices exactly these keys.
 *
 * Layout of `locales/<lang>/lessons/<lesson-id>.json`:
 * ```
 * { "meta":  { "title", "summary", "badge", "objectives": {<id>}, "discussion": {<id>},
 *              "parentStarters": {<id>}, "teacherNotes": { "activity", "differentiation" } },
 *   "steps": { "<step-id>": { "title", ...per kind, see stepKeys } } }
 * ```
 */

export type WordKey = {
  /** Dotted path inside the lesson's locale file. */
  key: string;
  /** Read by the child in the player (and so narrated); false for teacher and parent words. */
  childFacing: boolean;
};

/** `steps.<stepId>.<rest>` */
export const stepKey = (stepId: string, ...rest: string[]) => ['steps', stepId, ...rest].join('.');

export function stepKeys(step: Step): string[] {
  const k = (...rest: string[]) => stepKey(step.id, ...rest);
  const keys = [k('title')];
  switch (step.kind) {
    case 'story':
      for (const panel of step.panels) keys.push(k(panel.id, 'text'), k(panel.id, 'alt'));
      break;
    case 'chat':
      keys.push(k('prompt'));
      for (const person of step.participants) keys.push(k(person.id, 'name'));
      for (const message of step.messages) keys.push(k(message.id, 'text'), k(message.id, 'why'));
      break;
    case 'choice':
      keys.push(k('prompt'));
      if (step.scene) keys.push(k('alt'));
      for (const option of step.options) keys.push(k(option.id, 'label'), k(option.id, 'feedback'));
      break;
    case 'quiz':
      keys.push(k('question'), k('explanation'));
      for (const option of step.options) {
        // True/false labels come from the player's own words.
        if (step.mode !== 'true-false') keys.push(k(option.id, 'label'));
        keys.push(k(option.id, 'feedback'));
      }
      break;
    case 'sort':
      keys.push(k('prompt'));
      for (const bucket of step.buckets) keys.push(k(bucket.id, 'label'));
      for (const item of step.items) keys.push(k(item.id, 'label'), k(item.id, 'feedback'));
      break;
    case 'reflect':
      keys.push(k('prompt'));
      if (step.scene) keys.push(k('alt'));
      break;
    case 'recap':
      for (const point of step.points) keys.push(k(point.id, 'text'));
      break;
  }
  return keys;
}

export function lessonWordKeys(lesson: Lesson): WordKey[] {
  const meta = [
    'meta.title',
    'meta.summary',
    'meta.badge',
    'meta.teacherNotes.activity',
    'meta.teacherNotes.differentiation',
    ...lesson.objectives.map((id) => `meta.objectives.${id}`),
    ...lesson.discussion.map((id) => `meta.discussion.${id}`),
    ...lesson.parentStarters.map((id) => `meta.parentStarters.${id}`),
  ].map((key) => ({ key, childFacing: key === 'meta.title' }));
  const steps = lesson.steps.flatMap((step) => stepKeys(step).map((key) => ({ key, childFacing: true })));
  return [...meta, ...steps];
}

/** Flattens nested locale JSON into `a.b.c` keys with their string values. */
export function flattenWords(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [name, value] of Object.entries(tree)) {
      const key = prefix ? `${prefix}.${name}` : name;
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of flattenWords(value, key)) out.set(k, v);
      } else out.set(key, value);
    }
  }
  return out;
}

import type { ZodError } from 'zod';
import { flattenWords, lessonWordKeys } from './lesson-keys.ts';
import type { Band } from './content-constants.ts';
import { lessonSchema, type Lesson, type Step } from './lesson-schema.ts';
import { nextStepIds } from './lesson-graph.ts';
import { CURRICULUM_CODES } from './curriculum.ts';

/** One thing wrong with a lesson, naming the file and the field so an author can fix it at once. */
export type ContentProblem = { file: string; field: string; message: string };

export const formatProblem = (p: ContentProblem) => `${p.file}: ${p.field}: ${p.message}`;

/** Longest child-facing string, in words, per band: short enough to read aloud in one breath or two. */
export const WORD_LIMITS: Record<Band, number> = { '4-7': 30, '8-10': 45, '11-13': 60, '14-17': 70 };

/**
 * Words that must never appear in a band (CONTENT_GUIDE.md section 3). Matched as whole words,
 * case-insensitively, in the English text a child reads.
 */
export const FORBIDDEN_WORDS: Record<Band, string[]> = {
  '4-7': ['sex', 'sexual', 'sexy', 'nude', 'nudes', 'naked', 'abuse', 'abused', 'kill', 'die', 'sextortion'],
  '8-10': ['sex', 'sexual', 'sexy', 'nude', 'nudes', 'sextortion', 'kill'],
  '11-13': ['sexy', 'kill'],
  '14-17': ['kill'],
};

const fieldOf = (path: PropertyKey[]) =>
  path.reduce<string>(
    (acc, part) =>
      typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part),
    '',
  ) || '(root)';

export function zodProblems(file: string, error: ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({ file, field: fieldOf(issue.path), message: issue.message }));
}

/** Parses and checks one lesson structure file; returns the lesson when it is valid. */
export function validateLessonStructure(
  file: string,
  json: unknown,
  expected: { band?: string; id?: string } = {},
): { lesson?: Lesson; problems: ContentProblem[] } {
  const parsed = lessonSchema.safeParse(json);
  if (!parsed.success) return { problems: zodProblems(file, parsed.error) };
  const lesson = parsed.data;
  const problems: ContentProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });

  if (expected.band && lesson.band !== expected.band)
    add('band', `is "${lesson.band}" but the file is in lessons/${expected.band}/`);
  if (expected.id && lesson.id !== expected.id)
    add('id', `is "${lesson.id}" but the file is named ${expected.id}.json`);

  lesson.curriculum.forEach((code, i) => {
    if (!CURRICULUM_CODES.includes(code))
      add(
        `curriculum[${i}]`,
        `"${code}" is not in locales/en/curriculum.json; add it there with a summary first`,
      );
  });
  checkUnique(lesson.objectives, 'objectives', add);
  checkUnique(lesson.discussion, 'discussion', add);
  checkUnique(lesson.parentStarters, 'parentStarters', add);

  const stepIds = new Set<string>();
  const retired = new Set(lesson.retiredIds);
  lesson.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (stepIds.has(step.id))
      add(`${at}.id`, `"${step.id}" is used by an earlier step; ids are never reused`);
    stepIds.add(step.id);
    if (retired.has(step.id)) add(`${at}.id`, `"${step.id}" is retired (retiredIds) and must not be reused`);
    for (const [field, ids] of childIds(step)) {
      checkUnique(ids, `${at}.${field}`, add);
      ids.forEach((id, j) => {
        if (retired.has(id))
          add(`${at}.${field}[${j}]`, `"${id}" is retired (retiredIds) and must not be reused`);
      });
    }
    checkStepRules(step, at, add);
  });

  lesson.steps.forEach((step, i) => {
    if (step.next && !stepIds.has(step.next))
      add(`steps[${i}].next`, `"${step.next}" is not a step of this lesson`);
    if (step.kind === 'choice')
      step.options.forEach((o, j) => {
        if (o.goto && !stepIds.has(o.goto))
          add(`steps[${i}].options[${j}].goto`, `"${o.goto}" is not a step of this lesson`);
      });
  });
  if (problems.length) return { problems };

  checkGraph(lesson, add);
  return { lesson: problems.length ? undefined : lesson, problems };
}

function checkUnique(ids: string[], field: string, add: (f: string, m: string) => void) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) add(`${field}[${i}]`, `"${id}" is used twice in this list`);
    seen.add(id);
  });
}

function childIds(step: Step): [string, string[]][] {
  switch (step.kind) {
    case 'story':
      return [['panels', step.panels.map((p) => p.id)]];
    case 'chat':
      return [
        ['participants', step.participants.map((p) => p.id)],
        ['messages', [...step.participants.map((p) => p.id), ...step.messages.map((m) => m.id)]],
      ];
    case 'choice':
    case 'quiz':
      return [['options', step.options.map((o) => o.id)]];
    case 'sort':
      return [['items', [...step.buckets.map((b) => b.id), ...step.items.map((item) => item.id)]]];
    case 'recap':
      return [['points', step.points.map((p) => p.id)]];
    case 'reflect':
      return [];
  }
}

function checkStepRules(step: Step, at: string, add: (f: string, m: string) => void) {
  switch (step.kind) {
    case 'chat': {
      const people = new Map(step.participants.map((p) => [p.id, p.role]));
      step.messages.forEach((m, j) => {
        if (!people.has(m.from))
          add(`${at}.messages[${j}].from`, `"${m.from}" is not a participant of this chat`);
      });
      if (![...people.values()].includes('child'))
        add(`${at}.participants`, 'a chat needs the child taking part');
      if (!step.messages.some((m) => m.flag))
        add(`${at}.messages`, 'a chat needs at least one red flag (flag)');
      if (!step.messages.some((m) => !m.flag))
        add(
          `${at}.messages`,
          'a chat needs at least one message that is fine, to practise telling the difference',
        );
      break;
    }
    case 'choice':
      if (!step.options.some((o) => o.tone === 'safe'))
        add(`${at}.options`, 'a choice needs at least one safe option, so the safe path is always reachable');
      break;
    case 'quiz': {
      const correct = step.options.filter((o) => o.correct).length;
      if (correct === 0) add(`${at}.options`, 'a quiz needs a right answer (correct: true)');
      if (step.mode !== 'multi' && correct > 1)
        add(`${at}.options`, `a ${step.mode} quiz has exactly one right answer, not ${correct}`);
      if (step.mode === 'true-false') {
        const ids = step.options.map((o) => o.id).sort();
        if (ids.join() !== 'false,true')
          add(`${at}.options`, 'a true-false quiz has exactly the options "true" and "false"');
      }
      break;
    }
    case 'sort': {
      const buckets = new Set(step.buckets.map((b) => b.id));
      step.items.forEach((item, j) => {
        if (!buckets.has(item.bucket))
          add(`${at}.items[${j}].bucket`, `"${item.bucket}" is not a bucket of this step`);
      });
      step.buckets.forEach((b, j) => {
        if (!step.items.some((item) => item.bucket === b.id))
          add(`${at}.buckets[${j}]`, `no item belongs in "${b.id}"; every bucket needs at least one`);
      });
      break;
    }
    default:
      break;
  }
}

/** Every step reachable from the first, and every reachable step able to reach a recap. */
function checkGraph(lesson: Lesson, add: (f: string, m: string) => void) {
  const index = new Map(lesson.steps.map((s, i) => [s.id, i]));
  const first = lesson.steps[0];
  if (!first) return;
  const reachable = new Set<string>();
  const queue = [first.id];
  while (queue.length) {
    const id = queue.pop()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    queue.push(...nextStepIds(lesson, id));
  }
  lesson.steps.forEach((s, i) => {
    if (!reachable.has(s.id)) add(`steps[${i}]`, `step "${s.id}" cannot be reached from the first step`);
  });

  // Walk backwards from the recaps to find which steps can finish the lesson.
  const finishes = new Set(lesson.steps.filter((s) => s.kind === 'recap').map((s) => s.id));
  if (finishes.size === 0) add('steps', 'a lesson ends with a recap step (trusted adults and help)');
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of lesson.steps) {
      if (!finishes.has(s.id) && nextStepIds(lesson, s.id).some((n) => finishes.has(n))) {
        finishes.add(s.id);
        grew = true;
      }
    }
  }
  for (const id of reachable) {
    const step = lesson.steps[index.get(id)!]!;
    if (!finishes.has(id)) add(`steps[${index.get(id)}]`, `from step "${id}" no path reaches the recap`);
    else if (step.kind === 'recap' && nextStepIds(lesson, id).length)
      add(`steps[${index.get(id)}].next`, 'a recap ends the lesson and has no next step');
  }
}

/** Checks a lesson's words in one language against the keys its structure needs. */
export function validateLessonWords(
  file: string,
  lesson: Lesson,
  json: unknown,
  options: { source: boolean },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const words = flattenWords(json);
  const needed = lessonWordKeys(lesson);
  const neededKeys = new Set(needed.map((w) => w.key));
  for (const { key, childFacing } of needed) {
    const value = words.get(key);
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push({
        file,
        field: key,
        message: options.source ? 'missing English string' : 'missing translation',
      });
      continue;
    }
    if (!options.source || !childFacing) continue;
    const count = value.split(/\s+/).filter(Boolean).length;
    if (count > WORD_LIMITS[lesson.band])
      problems.push({
        file,
        field: key,
        message: `${count} words; the ${lesson.band} band reads at most ${WORD_LIMITS[lesson.band]} a string`,
      });
    for (const banned of FORBIDDEN_WORDS[lesson.band]) {
      if (new RegExp(`\\b${banned}\\b`, 'i').test(value))
        problems.push({
          file,
          field: key,
          message: `"${banned}" is not used in the ${lesson.band} band (CONTENT_GUIDE.md section 3)`,
        });
    }
  }
  for (const key of words.keys()) {
    if (!neededKeys.has(key))
      problems.push({
        file,
        field: key,
        message: 'no id in the lesson file uses this string (orphan or misspelt id)',
      });
  }
  return problems;
}

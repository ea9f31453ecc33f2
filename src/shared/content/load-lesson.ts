import type { Lesson } from './lesson-schema.ts';

// One chunk per lesson: a child downloads only the lesson they open. The content plugin has
// already parsed each file with zod at build time, so what arrives here is a valid Lesson.
const lessonFiles = import.meta.glob<{ default: Lesson }>('/lessons/*/*.json');

const byId = new Map(
  Object.entries(lessonFiles).map(([path, load]) => [
    path
      .split('/')
      .pop()!
      .replace(/\.json$/, ''),
    load,
  ]),
);

export class LessonNotFoundError extends Error {
  constructor(readonly lessonId: string) {
    super(`No lesson has the id "${lessonId}"`);
  }
}

/** Loads a lesson's structure; rejects with LessonNotFoundError for an unknown id, or the network error. */
export async function loadLesson(lessonId: string): Promise<Lesson> {
  const load = byId.get(lessonId);
  if (!load) throw new LessonNotFoundError(lessonId);
  return (await load()).default;
}

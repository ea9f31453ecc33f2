import { use } from 'react';
import type { Lesson } from './lesson-schema';
import { loadLesson } from './load-lesson';

const loading = new Map<string, Promise<Lesson>>();

/**
 * A lesson's structure, suspending until its chunk has arrived. A failed load is forgotten, so
 * "try again" fetches it afresh instead of repeating the old failure.
 */
export function useLesson(lessonId: string): Lesson {
  return use(prefetchLesson(lessonId));
}

/** Starts loading a lesson before its screen asks for it (see main.tsx), so the downloads overlap. */
export function prefetchLesson(lessonId: string): Promise<Lesson> {
  let promise = loading.get(lessonId);
  if (!promise) {
    promise = loadLesson(lessonId);
    loading.set(lessonId, promise);
    promise.catch(() => loading.delete(lessonId));
  }
  return promise;
}

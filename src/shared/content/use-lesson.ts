import { use } from 'react';
import type { Lesson } from './lesson-schema';
import { loadLesson } from './load-lesson';

const loading = new Map<string, Promise<Lesson>>();
const loaded = new Map<string, Lesson>();

/**
 * A lesson's structure, suspending until its chunk has arrived. A lesson that has already arrived
 * is returned at once: a screen that suspends shows its fallback, and React then holds the real
 * screen back for up to 300 ms to avoid flicker, so a deep link prefetched before the first render
 * (see main.tsx) must not suspend at all. A failed load is forgotten, so "try again" fetches it
 * afresh instead of repeating the old failure.
 */
export function useLesson(lessonId: string): Lesson {
  return loaded.get(lessonId) ?? use(prefetchLesson(lessonId));
}

/** Starts loading a lesson before its screen asks for it, so the downloads overlap. */
export function prefetchLesson(lessonId: string): Promise<Lesson> {
  let promise = loading.get(lessonId);
  if (!promise) {
    promise = loadLesson(lessonId);
    loading.set(lessonId, promise);
    promise.then(
      (lesson) => loaded.set(lessonId, lesson),
      () => loading.delete(lessonId),
    );
  }
  return promise;
}

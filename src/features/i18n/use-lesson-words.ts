import { useTranslation } from 'react-i18next';
import { lessonNamespace } from './i18n';

/** Looks up one lesson's words by dotted key (see `lesson-keys.ts`); the key list is checked at build time. */
export type LessonWords = (key: string, values?: Record<string, unknown>) => string;

/** The words of one lesson in the current language; suspends until they have arrived. */
export function useLessonWords(lessonId: string): LessonWords {
  // Lesson namespaces are named at run time, so they sit outside the typed resources; the
  // content check guarantees every key this returns exists in English.
  const { t } = useTranslation(lessonNamespace(lessonId) as 'common');
  return t as unknown as LessonWords;
}

/** Words from several lessons at once (titles on maps and hubs); suspends until all have arrived. */
export function useLessonsWords(lessonIds: readonly string[]): (lessonId: string, key: string) => string {
  const { t } = useTranslation(lessonIds.map(lessonNamespace) as unknown as 'common');
  const lookup = t as unknown as LessonWords;
  return (lessonId, key) => lookup(`${lessonNamespace(lessonId)}:${key}`);
}

/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

declare module 'virtual:lesson-index' {
  import type { LessonSummary } from './shared/content/lesson-index';
  export const LESSON_INDEX: LessonSummary[];
}

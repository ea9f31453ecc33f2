/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

declare module 'virtual:lesson-index' {
  import type { LessonSummary } from './shared/content/lesson-index';
  export const LESSON_INDEX: LessonSummary[];
}

declare module 'virtual:narration-index' {
  /** Per lesson id, the languages it has narration in (build/narration-plugin.ts). */
  export const NARRATION_INDEX: Record<string, string[]>;
}

import type { Rollup } from 'vite';

const LESSON = /\/lessons\/[^/]+\/([^/]+)\.json$/;
const LESSON_WORDS = /\/locales\/([^/]+)\/lessons\/([^/]+)\.json$/;
const UI_WORDS = /\/locales\/([^/]+)\/([^/]+)\.json$/;

/**
 * Puts content chunks in their own folders so the service worker can tell them apart by path:
 * `assets/lesson/` (lesson structure) and `assets/words/<lang>/lessons/` (lesson words) are
 * downloaded per band on request; `assets/*` and `assets/words/<lang>/*` (the app and its UI
 * words) are the offline shell.
 */
export function chunkFileName(chunk: Rollup.PreRenderedChunk): string {
  const id = chunk.facadeModuleId ?? '';
  let m = id.match(LESSON);
  if (m) return `assets/lesson/${m[1]}-[hash].js`;
  m = id.match(LESSON_WORDS);
  if (m) return `assets/words/${m[1]}/lessons/${m[2]}-[hash].js`;
  m = id.match(UI_WORDS);
  if (m) return `assets/words/${m[1]}/${m[2]}-[hash].js`;
  return 'assets/[name]-[hash].js';
}

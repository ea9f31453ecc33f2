import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { AUDIO_MANIFEST } from '../src/shared/audio/audio-files.ts';

const INDEX_ID = 'virtual:narration-index';
const RESOLVED_INDEX_ID = '\0' + INDEX_ID;

/** Per lesson id, the languages it has narration in: every `audio/<lang>/<lesson>/manifest.json` on disk. */
export function narrationIndex(audioDir: string): Record<string, string[]> {
  const index: Record<string, string[]> = {};
  if (!existsSync(audioDir)) return index;
  for (const language of readdirSync(audioDir, { withFileTypes: true })) {
    if (!language.isDirectory() || language.name === 'sfx') continue;
    for (const lesson of readdirSync(join(audioDir, language.name), { withFileTypes: true }))
      if (lesson.isDirectory() && existsSync(join(audioDir, language.name, lesson.name, AUDIO_MANIFEST)))
        (index[lesson.name] ??= []).push(language.name);
  }
  return index;
}

/**
 * Serves `virtual:narration-index`, so the player offers "Read aloud" only where a voice exists
 * rather than letting a child press a button that can only fail (about 1 KB, in the player's chunk).
 */
export function narrationPlugin(): Plugin {
  let audioDir = join(process.cwd(), 'public', 'audio');
  return {
    name: 'spot-the-signs:narration-index',
    configResolved(config) {
      if (config.publicDir) audioDir = join(config.publicDir, 'audio');
    },
    resolveId(id) {
      return id === INDEX_ID ? RESOLVED_INDEX_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_INDEX_ID) return undefined;
      return `export const NARRATION_INDEX = ${JSON.stringify(narrationIndex(audioDir))};`;
    },
  };
}

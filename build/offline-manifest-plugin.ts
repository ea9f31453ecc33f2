import type { Plugin, Rollup } from 'vite';
import { OFFLINE_MANIFEST, type OfflineManifest } from '../src/shared/offline/content-cache.ts';

const LESSON = /\/lessons\/([^/]+)\/([^/]+)\.json$/;
const LESSON_WORDS = /\/locales\/[^/]+\/lessons\/([^/]+)\.json$/;

/** Emits `offline-manifest.json`: per lesson, the chunks of its structure and its words in every language. */
export function offlineManifestPlugin(): Plugin {
  return {
    name: 'spot-the-signs:offline-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((f): f is Rollup.OutputChunk => f.type === 'chunk');
      const manifest: OfflineManifest = { player: [], lessons: {}, bytes: {} };
      for (const chunk of chunks) {
        manifest.bytes[chunk.fileName] = Buffer.byteLength(chunk.code);
        const id = chunk.facadeModuleId ?? '';
        const lesson = id.match(LESSON);
        if (lesson) {
          const entry = (manifest.lessons[lesson[2]!] ??= { band: lesson[1]!, files: [] });
          entry.band = lesson[1]!;
          entry.files.push(chunk.fileName);
        }
        const words = id.match(LESSON_WORDS);
        if (words) (manifest.lessons[words[1]!] ??= { band: '', files: [] }).files.push(chunk.fileName);
      }
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const route = chunks.find((c) => c.facadeModuleId?.endsWith('src/app/routes/lesson-route.tsx'));
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        byName.get(file)?.imports.forEach(visit);
      };
      if (route) visit(route.fileName);
      manifest.player = [...seen];
      this.emitFile({ type: 'asset', fileName: OFFLINE_MANIFEST, source: JSON.stringify(manifest) });
    },
  };
}

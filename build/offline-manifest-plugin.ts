import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { readNarratedWords } from './narration-content.ts';
import {
  AUDIO_MANIFEST,
  clipPath,
  UI_CLIPS,
  type AudioFormat,
  type AudioManifest,
} from '../src/shared/audio/audio-files.ts';
import { textVersion } from '../src/shared/audio/clip-sources.ts';
import {
  OFFLINE_MANIFEST,
  offlineAudioListPath,
  type OfflineManifest,
} from '../src/shared/offline/content-cache.ts';

const LESSON = /\/lessons\/([^/]+)\/([^/]+)\.json$/;
const LESSON_WORDS = /\/locales\/[^/]+\/lessons\/([^/]+)\.json$/;

/**
 * Emits `offline-manifest.json`: per lesson, the chunks of its structure and its words in every
 * language; per band and language, the list of its narration clips in each format.
 */
export function offlineManifestPlugin(): Plugin {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  return {
    name: 'spot-the-signs:offline-manifest',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      if (config.publicDir) publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((f): f is Rollup.OutputChunk => f.type === 'chunk');
      const manifest: OfflineManifest = { player: [], lessons: {}, bytes: {}, audio: {} };
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

      for (const [band, languages] of Object.entries(audioLists(root, publicDir, manifest)))
        for (const [language, formats] of Object.entries(languages))
          for (const [format, { urls, bytes }] of Object.entries(formats)) {
            const list = offlineAudioListPath(band, language, format as AudioFormat);
            this.emitFile({ type: 'asset', fileName: list, source: JSON.stringify(urls) });
            ((manifest.audio[band] ??= {})[language] ??= {})[format as AudioFormat] = {
              list,
              clips: urls.length,
              bytes,
            };
          }
      this.emitFile({ type: 'asset', fileName: OFFLINE_MANIFEST, source: JSON.stringify(manifest) });
    },
  };
}

type Lists = Record<string, Record<string, Record<string, { urls: string[]; bytes: number }>>>;

/**
 * Every narration clip on disk (`public/audio/<lang>/<lesson>/manifest.json`), grouped by band,
 * language and format, as the URL the player requests: the `?v=` is the fingerprint of the words
 * on screen, computed as the player computes it.
 */
function audioLists(root: string, publicDir: string, manifest: OfflineManifest): Lists {
  const audioDir = join(publicDir, 'audio');
  const lists: Lists = {};
  if (!existsSync(audioDir)) return lists;
  const allBands = [...new Set(Object.values(manifest.lessons).map((l) => l.band))];
  for (const language of readdirSync(audioDir)) {
    const languageDir = join(audioDir, language);
    if (language === 'sfx' || !statSync(languageDir).isDirectory()) continue;
    for (const lessonId of readdirSync(languageDir)) {
      const manifestPath = join(languageDir, lessonId, AUDIO_MANIFEST);
      // The player's own narrated words go with every band.
      const isPlayer = lessonId === UI_CLIPS;
      const bands = isPlayer ? allBands : [manifest.lessons[lessonId]?.band].filter((b) => b !== undefined);
      if (!bands.length || !existsSync(manifestPath)) continue;
      const clips = (JSON.parse(readFileSync(manifestPath, 'utf8')) as AudioManifest).clips;
      const words = readNarratedWords(root, language, lessonId);
      for (const [key, clip] of Object.entries(clips))
        for (const file of clip.files) {
          const format = file.slice(file.lastIndexOf('.') + 1) as AudioFormat;
          const url = `${clipPath(language, lessonId, key, format)}?v=${textVersion(String(words.get(key)))}`;
          const bytes = statSync(join(languageDir, lessonId, file)).size;
          for (const band of bands) {
            const entry = (((lists[band] ??= {})[language] ??= {})[format] ??= { urls: [], bytes: 0 });
            entry.urls.push(url);
            entry.bytes += bytes;
          }
        }
    }
  }
  return lists;
}

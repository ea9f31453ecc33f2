import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { OfflineManifest } from '../src/shared/offline/content-cache.ts';

/** Budgets of issue 8, in bytes after gzip. `npm test` enforces them; `npm run bench` reports them. */
export const BUDGETS = {
  firstLoadJs: 110 * 1024,
  lessonOwn: 25 * 1024,
  audioPerLessonLanguage: 400 * 1024,
};

export const gzipBytes = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export type BuildMeasures = {
  firstLoad: { js: number; css: number; files: string[] };
  lessonRoute: { js: number; files: string[] };
  lessons: { id: string; band: string; structure: number; words: number; own: number }[];
  audio: { lesson: string; language: string; bytes: number }[];
};

/** Measures a built dist/: what the home page loads first, what a lesson adds, each lesson's own chunks and audio. */
export function measureBuild(dist: string): BuildMeasures {
  const offline = JSON.parse(readFileSync(join(dist, 'offline-manifest.json'), 'utf8')) as OfflineManifest;
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const firstJs = referenced.filter((f) => f.endsWith('.js'));
  const firstCss = referenced.filter((f) => f.endsWith('.css'));
  const sum = (files: string[]) => files.reduce((n, f) => n + gzipBytes(join(dist, f)), 0);

  const player = offline.player.filter((f) => !firstJs.includes(f));
  const lessons = Object.entries(offline.lessons).map(([id, { band, files }]) => {
    const structureFile = files.find((f) => f.startsWith('assets/lesson/'))!;
    const wordsFile = files.find((f) => f.startsWith('assets/words/en/'))!;
    const structure = gzipBytes(join(dist, structureFile));
    const words = gzipBytes(join(dist, wordsFile));
    return { id, band, structure, words, own: structure + words };
  });

  const audio: BuildMeasures['audio'] = [];
  const audioRoot = join(dist, 'audio');
  if (existsSync(audioRoot))
    for (const language of readdirSync(audioRoot).filter((d) => statSync(join(audioRoot, d)).isDirectory()))
      for (const lesson of readdirSync(join(audioRoot, language)).filter((d) =>
        statSync(join(audioRoot, language, d)).isDirectory(),
      )) {
        // A browser downloads one format: the budget is on the primary one (Opus in WebM); the MP3
        // fallback, for browsers without Opus, is reported by the audio script.
        const files = readdirSync(join(audioRoot, language, lesson));
        const byExt = new Map<string, number>();
        for (const f of files) {
          const ext = f.split('.').pop()!;
          byExt.set(ext, (byExt.get(ext) ?? 0) + statSync(join(audioRoot, language, lesson, f)).size);
        }
        audio.push({ lesson, language, bytes: byExt.get('webm') ?? Math.max(0, ...byExt.values()) });
      }
  return {
    firstLoad: { js: sum(firstJs), css: sum(firstCss), files: referenced },
    lessonRoute: { js: sum(player), files: player },
    lessons,
    audio,
  };
}

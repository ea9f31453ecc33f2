import type { AudioFormat } from '../../shared/audio/audio-files';
import { CONTENT_CACHE, OFFLINE_MANIFEST, type OfflineManifest } from '../../shared/offline/content-cache';

const MANIFEST_URL = `./${OFFLINE_MANIFEST}`;

export type BandDownload = { files: string[]; bytes: number };

async function fetchJson<T>(url: string, fetchImpl: typeof fetch): Promise<T> {
  const response = await fetchImpl(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Everything a band needs offline: the player, each lesson's structure and words, and its
 * narration in `language` in the one audio format this browser plays (none where it is unvoiced).
 */
export async function planBandDownload(
  band: string,
  language: string,
  format: AudioFormat,
  fetchImpl: typeof fetch = fetch,
): Promise<BandDownload> {
  const manifest = await fetchJson<OfflineManifest>(MANIFEST_URL, fetchImpl);
  const code = [
    ...new Set([
      ...manifest.player,
      ...Object.values(manifest.lessons)
        .filter((l) => l.band === band)
        .flatMap((l) => l.files),
    ]),
  ];
  const audio = manifest.audio[band]?.[language]?.[format];
  const clips = audio ? await fetchJson<string[]>(`./${audio.list}`, fetchImpl) : [];
  return {
    files: [...code, ...clips],
    bytes: code.reduce((n, f) => n + (manifest.bytes[f] ?? 0), 0) + (audio?.bytes ?? 0),
  };
}

/** How many of the files are already stored for offline use. */
export async function countCached(files: string[]): Promise<number> {
  if (typeof caches === 'undefined') return 0;
  const cache = await caches.open(CONTENT_CACHE);
  const found = await Promise.all(
    files.map((f) => cache.match(new URL(f, document.baseURI).href, { ignoreVary: true })),
  );
  return found.filter(Boolean).length;
}

/** Files fetched at once: a band's narration is a couple of thousand small clips. */
const AT_ONCE = 4;

/**
 * Stores every file of a band in the content cache the service worker serves from, a few at a
 * time (kind to a slow school network, quick over its round trips), reporting progress after each.
 * Files already stored are skipped, so a retry after a failure goes on where it stopped.
 */
export async function downloadBand(
  files: string[],
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  const cache = await caches.open(CONTENT_CACHE);
  let done = 0;
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < files.length && !failed) {
      const file = files[next++]!;
      signal?.throwIfAborted();
      const url = new URL(file, document.baseURI).href;
      if (!(await cache.match(url, { ignoreVary: true }))) {
        const response = await fetch(url, { signal }).catch((error: unknown) => {
          failed = true;
          throw error;
        });
        if (!response.ok) {
          failed = true;
          throw new Error(`${file}: HTTP ${response.status}`);
        }
        await cache.put(url, response);
      }
      onProgress(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, files.length) }, worker));
}

export const canWorkOffline = () =>
  typeof caches !== 'undefined' && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

import { CONTENT_CACHE, OFFLINE_MANIFEST, type OfflineManifest } from '../../shared/offline/content-cache';

const MANIFEST_URL = `./${OFFLINE_MANIFEST}`;

export type BandDownload = { files: string[]; bytes: number };

/** Everything a band needs offline: the player, and each lesson's structure and words (and audio). */
export async function planBandDownload(band: string, fetchImpl: typeof fetch = fetch): Promise<BandDownload> {
  const response = await fetchImpl(MANIFEST_URL, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`offline manifest: HTTP ${response.status}`);
  const manifest = (await response.json()) as OfflineManifest;
  const files = [
    ...manifest.player,
    ...Object.values(manifest.lessons)
      .filter((l) => l.band === band)
      .flatMap((l) => l.files),
  ];
  const unique = [...new Set(files)];
  return { files: unique, bytes: unique.reduce((n, f) => n + (manifest.bytes[f] ?? 0), 0) };
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

/**
 * Stores every file of a band in the content cache the service worker serves from, one at a
 * time (kind to a slow school network), reporting progress after each.
 */
export async function downloadBand(
  files: string[],
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  const cache = await caches.open(CONTENT_CACHE);
  let done = 0;
  for (const file of files) {
    signal?.throwIfAborted();
    const url = new URL(file, document.baseURI).href;
    if (!(await cache.match(url, { ignoreVary: true }))) {
      const response = await fetch(url, { signal });
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      await cache.put(url, response);
    }
    onProgress(++done, files.length);
  }
}

export const canWorkOffline = () =>
  typeof caches !== 'undefined' && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

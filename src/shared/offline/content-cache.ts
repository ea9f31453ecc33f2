/** The Cache Storage name the service worker reads lesson content from, and band downloads write to. */
export const CONTENT_CACHE = 'spot-the-signs-content';

/** The build's list of what each lesson needs offline (build/offline-manifest-plugin.ts). */
export const OFFLINE_MANIFEST = 'offline-manifest.json';

/** What "make this band available offline" downloads; written at build time, read by the band map. */
export type OfflineManifest = {
  /** The lesson player's code, needed by every lesson. */
  player: string[];
  lessons: Record<string, { band: string; files: string[] }>;
  /** Size of each file in bytes, to show before downloading. */
  bytes: Record<string, number>;
};

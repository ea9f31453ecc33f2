import type { AudioFormat } from '../audio/audio-files';

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
  /**
   * Narration per band, language and format: a list file of clip URLs (each with the `?v=` the
   * player asks for, so the stored copy is the one it finds), kept out of this manifest because
   * a band has over two thousand clips per format.
   */
  audio: Record<string, Record<string, Partial<Record<AudioFormat, OfflineAudioList>>>>;
};

export type OfflineAudioList = { list: string; clips: number; bytes: number };

/** Where the build writes one band's clip URLs for one language and format. */
export const offlineAudioListPath = (band: string, language: string, format: AudioFormat) =>
  `offline/audio-${band}-${language}-${format}.json`;

import { clipPath, soundPath, type AudioFormat, type SoundEffect } from './audio-files.ts';

/** One thing to say: `key` names it (the word key, for highlighting), `src` lists its files, best first. */
export type Clip = { key: string; src: string[] };

let opusFirst: boolean | undefined;

/**
 * Opus where the browser says it surely plays Opus in WebM, MP3 otherwise. Howler's own check
 * asks about Vorbis in WebM, which some Safari versions answer differently, so we ask directly.
 */
export function preferredFormats(): AudioFormat[] {
  if (opusFirst === undefined) {
    try {
      opusFirst = new Audio().canPlayType('audio/webm; codecs="opus"') === 'probably';
    } catch {
      opusFirst = false;
    }
  }
  return opusFirst ? ['webm', 'mp3'] : ['mp3'];
}

/** FNV-1a: a short, fast fingerprint of the text, so a changed sentence gets a new URL past any cache. */
export function textVersion(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * The clip that reads one word key of a lesson. `text` is what the screen shows: the service worker
 * keeps audio by URL, so the URL changes whenever the words do.
 */
export function lessonClip(language: string, lessonId: string, key: string, text: string): Clip {
  const v = textVersion(text);
  return {
    key,
    src: preferredFormats().map((format) => `${clipPath(language, lessonId, key, format)}?v=${v}`),
  };
}

export function soundClip(name: SoundEffect): Clip {
  return { key: `sfx.${name}`, src: preferredFormats().map((format) => soundPath(name, format)) };
}

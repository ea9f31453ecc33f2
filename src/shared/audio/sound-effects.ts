import type { Howl } from 'howler';
import type { SoundEffect } from './audio-files';
import { soundClip } from './clip-sources';
import { loadHowler, type HowlerModule } from './load-howler';

export type SoundEffects = {
  /** Plays one short sound if sounds are on; never throws, never waits. */
  play: (name: SoundEffect) => void;
  /** The sounds setting and its volume (0 to 1), separate from narration. */
  configure: (settings: { enabled: boolean; volume: number }) => void;
};

/** Creates the lesson player's sound effects; the app uses the shared `soundEffects`. */
export function createSoundEffects(load: () => Promise<HowlerModule> = loadHowler): SoundEffects {
  let enabled = true;
  let volume = 0.6;
  const howls = new Map<SoundEffect, Promise<Howl>>();

  const howlFor = (name: SoundEffect) => {
    let found = howls.get(name);
    if (!found) {
      found = load().then(({ Howl }) => new Howl({ src: soundClip(name).src, preload: true }));
      // A failed import is forgotten so the next sound tries again.
      found.catch(() => howls.delete(name));
      howls.set(name, found);
    }
    return found;
  };

  return {
    play(name) {
      if (!enabled || volume <= 0) return;
      howlFor(name)
        .then((howl) => {
          howl.volume(volume);
          howl.play();
        })
        // A missing sound is not worth interrupting a child for.
        .catch(() => undefined);
    },
    configure(settings) {
      enabled = settings.enabled;
      volume = Math.min(1, Math.max(0, settings.volume));
    },
  };
}

/** The app's sound effects. */
export const soundEffects = createSoundEffects();

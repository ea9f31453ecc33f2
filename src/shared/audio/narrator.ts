import type { Howl } from 'howler';
import type { Clip } from './clip-sources';
import { hasInteracted, watchFirstInteraction } from './first-interaction';
import { loadHowler, type HowlerModule } from './load-howler';

export type NarratorStatus = 'idle' | 'loading' | 'playing' | 'error';

/** What the narrator is doing, and which word key it is reading (or failed to read). */
export type NarratorState = { status: NarratorStatus; key?: string };

export type PlayOptions = {
  /** Started by the app (a step opening), not by a press: only allowed once the user has interacted. */
  auto?: boolean;
};

export type Narrator = {
  /** Reads one clip, or several in order; whatever was being read stops first. */
  play: (clips: Clip | Clip[], options?: PlayOptions) => Promise<void>;
  stop: () => void;
  /** Fetches clips ahead of time (the next step's first words), decoded too once the page has been touched; failures are silent. */
  preload: (clips: Clip[]) => void;
  /** Stops, and frees every decoded clip: a lesson's audio is megabytes once decoded, too much to keep on a school tablet. */
  release: () => void;
  /** The narration setting: off stops any reading and refuses new ones. */
  setEnabled: (enabled: boolean) => void;
  onState: (listener: (state: NarratorState) => void) => () => void;
  getState: () => NarratorState;
  /** Whether the user has interacted with the page yet (the browser's autoplay rule). */
  isUnlocked: () => boolean;
};

/** Decoded clips kept for replay and preloading; older ones are unloaded to bound memory. */
const MAX_KEPT = 16;

type Current = { howl: Howl; id: number; finish: (outcome: 'ended' | 'stopped' | 'failed') => void };

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** Whether the service worker's caches hold a clip (any of its formats). */
async function isSaved(clip: Clip): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  try {
    for (const src of clip.src)
      if (await caches.match(new URL(src, document.baseURI).href, { ignoreVary: true })) return true;
  } catch {
    // Storage can be blocked (private modes): treat as not saved.
  }
  return false;
}

/**
 * Creates a narrator: one voice at a time, never two clips at once, nothing before the first user
 * interaction, and a failed file reported as an 'error' state (the words stay on screen).
 * The app uses the shared `narrator`; tests create their own.
 */
export function createNarrator({
  load = loadHowler,
  unlocked: startUnlocked,
}: { load?: () => Promise<HowlerModule>; unlocked?: boolean } = {}): Narrator {
  let state: NarratorState = { status: 'idle' };
  const listeners = new Set<(state: NarratorState) => void>();
  const howls = new Map<string, Promise<Howl>>();
  /** Files fetched ahead before the first touch, so a step that re-renders does not fetch them again. */
  const fetchedAhead = new Set<string>();
  let enabled = true;
  let run = 0;
  let current: Current | undefined;
  if (typeof window !== 'undefined') watchFirstInteraction(window);
  let unlocked = startUnlocked ?? hasInteracted();

  const setState = (next: NarratorState) => {
    if (next.status === state.status && next.key === state.key) return;
    state = next;
    for (const listener of listeners) listener(state);
  };

  if (typeof window !== 'undefined') {
    const unlock = () => {
      unlocked = true;
      window.removeEventListener('pointerdown', unlock, true);
      window.removeEventListener('keydown', unlock, true);
    };
    if (!unlocked) {
      window.addEventListener('pointerdown', unlock, true);
      window.addEventListener('keydown', unlock, true);
    }
    // Any change of screen ends the reading: words must never follow a child to another page.
    window.addEventListener('hashchange', () => stop());
  }

  /** The loaded Howl for a clip; a failed load is forgotten so a later press can try again. */
  function howlFor(clip: Clip): Promise<Howl> {
    const id = clip.src.join('|');
    let found = howls.get(id);
    if (found) {
      // Most recently used last, so the oldest is the first to go.
      howls.delete(id);
      howls.set(id, found);
      return found;
    }
    found = load().then(
      ({ Howl }) =>
        new Promise<Howl>((resolve, reject) => {
          const howl = new Howl({ src: clip.src, preload: true });
          howl.once('load', () => resolve(howl));
          howl.once('loaderror', (_id, error) => {
            howl.unload();
            reject(new Error(`${clip.src[0]}: ${String(error)}`));
          });
        }),
    );
    found.catch(() => howls.delete(id));
    howls.set(id, found);
    while (howls.size > MAX_KEPT) {
      const [oldest, howl] = howls.entries().next().value!;
      howls.delete(oldest);
      void howl.then((h) => (h === current?.howl ? undefined : h.unload())).catch(() => undefined);
    }
    return found;
  }

  function playOne(howl: Howl, clip: Clip, mine: number): Promise<'ended' | 'stopped' | 'failed'> {
    return new Promise((resolve) => {
      const id = howl.play();
      const finish = (outcome: 'ended' | 'stopped' | 'failed') => {
        howl.off('end', onEnd, id);
        howl.off('playerror', onError, id);
        howl.off('play', onPlay, id);
        if (current?.id === id) current = undefined;
        resolve(outcome);
      };
      const onPlay = () => {
        if (mine === run) setState({ status: 'playing', key: clip.key });
      };
      const onEnd = () => finish('ended');
      const onError = () => finish('failed');
      current = { howl, id, finish };
      howl.once('play', onPlay, id);
      howl.once('end', onEnd, id);
      howl.once('playerror', onError, id);
    });
  }

  async function play(clips: Clip | Clip[], { auto = false }: PlayOptions = {}): Promise<void> {
    const queue = Array.isArray(clips) ? clips : [clips];
    if (!enabled || !queue.length) return;
    if (auto && !unlocked) return;
    // A press on a read-aloud button is itself an interaction, even one a screen reader sent as a bare click.
    if (!auto) unlocked = true;
    stop();
    const mine = ++run;
    // Offline, a step opening reads itself only if its words were saved: a failed fetch a child
    // did not ask for would only show an error. A press still tries, and says calmly if it cannot.
    if ((auto && isOffline() && !(await isSaved(queue[0]!))) || mine !== run) return;
    for (const clip of queue) {
      setState({ status: 'loading', key: clip.key });
      let howl: Howl;
      try {
        howl = await howlFor(clip);
      } catch {
        if (mine === run) setState({ status: 'error', key: clip.key });
        return;
      }
      if (mine !== run) return;
      const outcome = await playOne(howl, clip, mine);
      if (mine !== run) return;
      if (outcome === 'failed') {
        setState({ status: 'error', key: clip.key });
        return;
      }
    }
    setState({ status: 'idle' });
  }

  function stop() {
    run++;
    const playing = current;
    current = undefined;
    if (playing) {
      playing.howl.stop(playing.id);
      playing.finish('stopped');
    }
    setState({ status: 'idle' });
  }

  return {
    play,
    stop,
    preload(clips) {
      // Offline, a fetch ahead can only fail, and each failure is a console error on the child's device.
      if (!enabled || isOffline()) return;
      for (const clip of clips) {
        if (unlocked) howlFor(clip).catch(() => undefined);
        // Before the first touch nothing may play, and starting the audio engine freezes a school
        // Chromebook for about a tenth of a second just as the lesson appears: fetch the file now,
        // into the browser's caches, and decode it when it is read.
        else if (!fetchedAhead.has(clip.src[0]!)) {
          fetchedAhead.add(clip.src[0]!);
          void fetch(clip.src[0]!).catch(() => fetchedAhead.delete(clip.src[0]!));
        }
      }
    },
    release() {
      stop();
      for (const howl of howls.values()) void howl.then((h) => h.unload()).catch(() => undefined);
      howls.clear();
    },
    setEnabled(value) {
      enabled = value;
      if (!value) stop();
    },
    onState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    isUnlocked: () => unlocked,
  };
}

/** The app's one narrator. */
export const narrator = createNarrator();

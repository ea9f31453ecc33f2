/**
 * A stand-in for howler at its boundary (`vi.mock('howler', () => fakeHowlerModule)`): loads
 * succeed or fail by URL, and each sound ends only when the test says so, so overlap and
 * stopping can be checked without real audio.
 */
type Handler = { fn: (...args: unknown[]) => void; id?: number; once: boolean };

/** Every Howl made, newest last. */
export const howls: FakeHowl[] = [];
/** URLs (without query) that fail to load, as a missing file would. */
export const failingUrls = new Set<string>();

let nextId = 1000;

export class FakeHowl {
  src: string[];
  volumeLevel = 1;
  /** Sound ids playing now. */
  playing = new Set<number>();
  plays = 0;
  unloaded = false;
  private handlers = new Map<string, Handler[]>();

  constructor(options: { src: string[] }) {
    this.src = options.src;
    howls.push(this);
    // Howler loads asynchronously; the result arrives on a later tick.
    setTimeout(() => {
      const failed = this.src.some((s) => failingUrls.has(s.split('?')[0]!));
      if (failed) this.emit('loaderror', null, 'Failed loading audio file with status: 404.');
      else this.emit('load');
    }, 0);
  }

  on(event: string, fn: (...args: unknown[]) => void, id?: number) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), { fn, id, once: false }]);
    return this;
  }
  once(event: string, fn: (...args: unknown[]) => void, id?: number) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), { fn, id, once: true }]);
    return this;
  }
  off(event: string, fn?: (...args: unknown[]) => void, id?: number) {
    this.handlers.set(
      event,
      (this.handlers.get(event) ?? []).filter((h) => !(h.fn === fn && (id === undefined || h.id === id))),
    );
    return this;
  }
  emit(event: string, id?: number | null, ...rest: unknown[]) {
    const handlers = this.handlers.get(event) ?? [];
    for (const h of handlers) {
      if (h.id !== undefined && id !== undefined && id !== null && h.id !== id) continue;
      if (h.once) this.off(event, h.fn, h.id);
      h.fn(id, ...rest);
    }
  }

  play() {
    const id = nextId++;
    this.plays++;
    this.playing.add(id);
    setTimeout(() => this.playing.has(id) && this.emit('play', id), 0);
    return id;
  }
  stop(id?: number) {
    if (id === undefined) this.playing.clear();
    else this.playing.delete(id);
    return this;
  }
  /** The test's way of letting a clip reach its end. */
  finish() {
    for (const id of [...this.playing]) {
      this.playing.delete(id);
      this.emit('end', id);
    }
  }
  volume(level?: number) {
    if (level !== undefined) this.volumeLevel = level;
    return this.volumeLevel;
  }
  unload() {
    this.unloaded = true;
    this.playing.clear();
  }
}

export const fakeHowlerModule = { Howl: FakeHowl, Howler: { volume: () => 1 } };

/** Every sound id playing across all Howls: never more than one narration clip at a time. */
export const playingNow = () => howls.filter((h) => h.playing.size > 0);

export function resetFakeHowler() {
  howls.length = 0;
  failingUrls.clear();
}

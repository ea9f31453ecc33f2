import { createNarrator, type NarratorState } from '../../src/shared/audio/narrator';
import { createSoundEffects } from '../../src/shared/audio/sound-effects';
import type { Clip } from '../../src/shared/audio/clip-sources';
import { failingUrls, howls, playingNow, resetFakeHowler } from '../helpers/fake-howler';

vi.mock('howler', async () => (await import('../helpers/fake-howler')).fakeHowlerModule);

const clip = (key: string): Clip => ({ key, src: [`audio/en/sample-lesson/${key}.mp3`] });
const howlOf = (key: string) => howls.find((h) => h.src[0]!.includes(`/${key}.`))!;

/** A narrator with its state history, after a first tap on the page (the autoplay rule). */
function setUp({ unlocked = true } = {}) {
  const narrator = createNarrator({ unlocked: false });
  const states: NarratorState[] = [];
  narrator.onState((s) => states.push(s));
  if (unlocked) window.dispatchEvent(new Event('pointerdown'));
  return { narrator, states };
}

beforeEach(resetFakeHowler);

test('reads a clip: loading, then playing with its key, then idle when it ends', async () => {
  const { narrator, states } = setUp();
  const done = narrator.play(clip('steps.meet.title'));
  await vi.waitFor(() => expect(narrator.getState()).toEqual({ status: 'playing', key: 'steps.meet.title' }));
  howlOf('steps.meet.title').finish();
  await done;
  expect(states.map((s) => s.status)).toEqual(['loading', 'playing', 'idle']);
});

test('reads several clips in order, one after the other', async () => {
  const { narrator } = setUp();
  const done = narrator.play([clip('steps.meet.title'), clip('steps.meet.p1.text')]);
  await vi.waitFor(() => expect(narrator.getState().key).toBe('steps.meet.title'));
  await vi.waitFor(() => expect(narrator.getState().status).toBe('playing'));
  howlOf('steps.meet.title').finish();
  await vi.waitFor(() =>
    expect(narrator.getState()).toEqual({ status: 'playing', key: 'steps.meet.p1.text' }),
  );
  expect(playingNow()).toHaveLength(1);
  howlOf('steps.meet.p1.text').finish();
  await done;
  expect(narrator.getState().status).toBe('idle');
});

test('never two clips at once: a new one stops the one playing', async () => {
  const { narrator } = setUp();
  void narrator.play(clip('steps.meet.title'));
  await vi.waitFor(() => expect(narrator.getState().status).toBe('playing'));
  void narrator.play(clip('steps.what-now.prompt'));
  await vi.waitFor(() =>
    expect(narrator.getState()).toEqual({ status: 'playing', key: 'steps.what-now.prompt' }),
  );
  expect(playingNow().map((h) => h.src[0])).toEqual(['audio/en/sample-lesson/steps.what-now.prompt.mp3']);
});

test('a clip still loading when another is asked for never starts', async () => {
  const { narrator } = setUp();
  void narrator.play(clip('steps.meet.title'));
  void narrator.play(clip('steps.meet.p1.text'));
  await vi.waitFor(() =>
    expect(narrator.getState()).toEqual({ status: 'playing', key: 'steps.meet.p1.text' }),
  );
  expect(howlOf('steps.meet.title').plays).toBe(0);
  expect(playingNow()).toHaveLength(1);
});

test('stop silences the clip and returns to idle, also before it has loaded', async () => {
  const { narrator } = setUp();
  void narrator.play(clip('steps.meet.title'));
  await vi.waitFor(() => expect(narrator.getState().status).toBe('playing'));
  narrator.stop();
  expect(narrator.getState()).toEqual({ status: 'idle' });
  expect(playingNow()).toHaveLength(0);

  void narrator.play(clip('steps.worry.title'));
  narrator.stop();
  await new Promise((r) => setTimeout(r, 10));
  expect(narrator.getState()).toEqual({ status: 'idle' });
  expect(howlOf('steps.worry.title').plays).toBe(0);
});

test('moving to another screen stops the reading', async () => {
  const { narrator } = setUp();
  void narrator.play(clip('steps.meet.title'));
  await vi.waitFor(() => expect(narrator.getState().status).toBe('playing'));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  expect(narrator.getState().status).toBe('idle');
  expect(playingNow()).toHaveLength(0);
});

test('a file that fails to load ends in a calm error state naming its key, and can be tried again', async () => {
  const { narrator } = setUp();
  failingUrls.add('audio/en/sample-lesson/steps.meet.title.mp3');
  await narrator.play([clip('steps.meet.title'), clip('steps.meet.p1.text')]);
  expect(narrator.getState()).toEqual({ status: 'error', key: 'steps.meet.title' });
  expect(howlOf('steps.meet.p1.text')).toBeUndefined();

  failingUrls.clear();
  void narrator.play(clip('steps.meet.title'));
  await vi.waitFor(() => expect(narrator.getState()).toEqual({ status: 'playing', key: 'steps.meet.title' }));
});

test('nothing reads by itself before the first interaction; a tap or a key press unlocks it', async () => {
  const { narrator } = setUp({ unlocked: false });
  expect(narrator.isUnlocked()).toBe(false);
  await narrator.play(clip('steps.meet.title'), { auto: true });
  expect(howls).toHaveLength(0);
  expect(narrator.getState().status).toBe('idle');

  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
  expect(narrator.isUnlocked()).toBe(true);
  void narrator.play(clip('steps.meet.title'), { auto: true });
  await vi.waitFor(() => expect(narrator.getState().status).toBe('playing'));
});

test('a press on a read-aloud button plays even when it came as a bare click (a screen reader)', async () => {
  const { narrator } = setUp({ unlocked: false });
  void narrator.play(clip('steps.meet.title'));
  await vi.waitFor(() => expect(narrator.getState().status).toBe('playing'));
});

test('offline, a step does not read itself unless its clip was saved; a press still tries', async () => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  const { narrator } = setUp();
  narrator.preload([clip('steps.meet.title')]);
  await narrator.play(clip('steps.meet.title'), { auto: true });
  expect(howls).toHaveLength(0);
  failingUrls.add('audio/en/sample-lesson/steps.meet.title.mp3');
  await narrator.play(clip('steps.meet.title'));
  expect(narrator.getState()).toEqual({ status: 'error', key: 'steps.meet.title' });
});

test('narration turned off stops the reading and plays nothing more', async () => {
  const { narrator } = setUp();
  void narrator.play(clip('steps.meet.title'));
  await vi.waitFor(() => expect(narrator.getState().status).toBe('playing'));
  narrator.setEnabled(false);
  expect(playingNow()).toHaveLength(0);
  await narrator.play(clip('steps.meet.p1.text'));
  expect(howlOf('steps.meet.p1.text')).toBeUndefined();
});

test('preloading fetches a clip ahead, and reading it later uses the same one', async () => {
  const { narrator } = setUp();
  narrator.preload([clip('steps.game-chat.title')]);
  await vi.waitFor(() => expect(howls).toHaveLength(1));
  expect(narrator.getState().status).toBe('idle');
  void narrator.play(clip('steps.game-chat.title'));
  await vi.waitFor(() => expect(narrator.getState().status).toBe('playing'));
  expect(howls).toHaveLength(1);
});

test('before the first touch, preloading only fetches the file: the audio engine starts when a clip is read', async () => {
  const fetched = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('clip'));
  const { narrator } = setUp({ unlocked: false });
  narrator.preload([clip('steps.game-chat.title')]);
  narrator.preload([clip('steps.game-chat.title')]);
  expect(fetched).toHaveBeenCalledTimes(1);
  expect(fetched).toHaveBeenCalledWith('audio/en/sample-lesson/steps.game-chat.title.mp3');
  await new Promise((r) => setTimeout(r, 10));
  expect(howls).toHaveLength(0);
  void narrator.play(clip('steps.game-chat.title'));
  await vi.waitFor(() => expect(narrator.getState().status).toBe('playing'));
  expect(howls).toHaveLength(1);
});

test('sound effects play at the chosen volume, and not at all when sounds are off', async () => {
  const sounds = createSoundEffects();
  sounds.configure({ enabled: true, volume: 0.3 });
  sounds.play('correct');
  await vi.waitFor(() => expect(howls.find((h) => h.src[0]!.includes('sfx/correct.'))?.plays).toBe(1));
  expect(howls[0]!.volumeLevel).toBe(0.3);

  sounds.configure({ enabled: false, volume: 0.3 });
  sounds.play('try-again');
  sounds.configure({ enabled: true, volume: 0 });
  sounds.play('try-again');
  await new Promise((r) => setTimeout(r, 10));
  expect(howls.some((h) => h.src[0]!.includes('try-again'))).toBe(false);
});

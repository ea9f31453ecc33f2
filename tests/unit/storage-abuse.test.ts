import fc from 'fast-check';
import { PROGRESS_VERSION } from '../../src/features/progress/migrate-progress';
import { progressCode, readProgressCode } from '../../src/features/progress/progress-code';
import { progressFile, readProgressFile } from '../../src/features/progress/progress-file';
import { useProgressStore } from '../../src/features/progress/progress-store';
import { progressStateSchema, type ProgressState } from '../../src/features/progress/saved-progress';
import { appKeys, readRaw, removeRaw, STORAGE_KEYS } from '../../src/shared/storage/safe-storage';
import { sampleLesson } from '../fixtures/sample-lesson';

/**
 * Abuse of the storage and import paths, as a property: any interleaving of a child playing,
 * storage turning full or disabled, a second tab saving (well, badly, from a newer version, or
 * forgetting everything), files and codes imported (damaged or not, confirmed or not) never throws,
 * always leaves valid progress, and never loses a finished lesson except where the child asked
 * (an import they confirmed, "forget me"). `npm test` runs a few hundred sequences; `npm run soak`
 * (SOAK_MINUTES, default 60) keeps generating new ones for that long.
 */

const SOAK_MINUTES = Number(process.env.SOAK_MINUTES ?? 0);
const KEY = STORAGE_KEYS.progress;
const LESSONS = [sampleLesson, { ...sampleLesson, id: 'sample-two' }];
/** A lesson only the other tab plays; and one the progress code knows. */
const OTHER_TAB_LESSON = 'lets-talk-somewhere-else';

type StorageMode = 'ok' | 'full' | 'disabled';

const lessonIndex = fc.integer({ min: 0, max: LESSONS.length - 1 });
const finishedState = fc
  .subarray([...LESSONS.map((l) => l.id), OTHER_TAB_LESSON])
  .map((ids): ProgressState => ({
    lessons: Object.fromEntries(
      ids.map((id) => [
        id,
        {
          revision: 1,
          currentStepId: 'meet',
          visited: ['meet'],
          steps: {},
          completedAt: '2026-01-01T00:00:00.000Z',
          bestScore: 1,
        },
      ]),
    ),
  }));

const action = fc.oneof(
  fc.record({
    kind: fc.constant('play' as const),
    lesson: lessonIndex,
    answers: fc.nat(4),
    finish: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('storage' as const),
    mode: fc.constantFrom<StorageMode>('ok', 'full', 'disabled'),
  }),
  fc.record({
    kind: fc.constant('other-tab-plays' as const),
    lessonId: fc.constantFrom(...LESSONS.map((l) => l.id), OTHER_TAB_LESSON),
    finish: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('other-tab-writes-garbage' as const), raw: fc.string({ maxLength: 40 }) }),
  fc.record({ kind: fc.constant('other-tab-is-newer' as const) }),
  fc.record({ kind: fc.constant('other-tab-forgets' as const) }),
  fc.record({
    kind: fc.constant('import-file' as const),
    text: fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.json(),
      finishedState.map((state) => progressFile(state).text),
      finishedState.map((state) => progressFile(state).text.replace(/"version":\s*\d+/, '"version": 99')),
    ),
    confirm: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('enter-code' as const),
    text: fc.oneof(
      fc.string({ maxLength: 16 }),
      finishedState.map((state) => progressCode(state)),
    ),
    confirm: fc.boolean(),
  }),
);

/** What a second tab holds after reading storage: the saved progress, or nothing if it is unreadable. */
function readableState(raw: string | null): ProgressState | undefined {
  try {
    return progressStateSchema.parse((JSON.parse(raw ?? '') as { state: unknown }).state);
  } catch {
    return undefined;
  }
}

const finishedIn = (lessons: ProgressState['lessons']) =>
  Object.keys(lessons).filter((id) => lessons[id]?.completedAt);

test(
  'no abuse of storage, tabs, files or codes loses a finished lesson or leaves bad progress',
  async () => {
    let mode: StorageMode = 'ok';
    // Faults are injected in front of the real (jsdom) localStorage; the "other tab" writes past them.
    const realSet = Storage.prototype.setItem;
    const realGet = Storage.prototype.getItem;
    const realRemove = Storage.prototype.removeItem;
    const fail = () => {
      if (mode === 'disabled') throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    // Patched by hand, not with vi.spyOn: a spy remembers every call, and an hour's soak makes
    // millions of them. Restored after the test.
    Storage.prototype.getItem = function (this: Storage, key) {
      fail();
      return realGet.call(this, key);
    };
    Storage.prototype.removeItem = function (this: Storage, key) {
      fail();
      realRemove.call(this, key);
    };
    Storage.prototype.setItem = function (this: Storage, key, value) {
      fail();
      if (mode === 'full') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      realSet.call(this, key, value);
    };
    onTestFinished(() => {
      Object.assign(Storage.prototype, { getItem: realGet, setItem: realSet, removeItem: realRemove });
    });
    const otherTabSaves = (newValue: string | null) => {
      if (newValue === null) realRemove.call(localStorage, KEY);
      else realSet.call(localStorage, KEY, newValue);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue }));
    };
    const storedNow = () => realGet.call(localStorage, KEY);
    const storedIsNewer = () => {
      const raw = storedNow();
      return raw !== null && raw.includes(`"version":${PROGRESS_VERSION + 1}`);
    };

    let sequences = 0;
    let steps = 0;
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 40, size: 'max' }), async (actions) => {
        sequences++;
        steps += actions.length;
        mode = 'ok';
        for (const key of appKeys()) removeRaw(key);
        localStorage.clear();
        useProgressStore.setState({ lessons: {}, nickname: undefined });
        /** What must stay finished: the model the store is checked against after every step. */
        let mustStayFinished = new Set<string>();

        for (const a of actions) {
          const store = useProgressStore.getState();
          const before = JSON.stringify(useProgressStore.getState().lessons);
          switch (a.kind) {
            case 'play': {
              const lesson = LESSONS[a.lesson]!;
              store.openLesson(lesson);
              for (const step of lesson.steps.slice(0, a.answers))
                store.answerStep(lesson.id, step.id, { done: true });
              if (a.finish) {
                store.completeLesson(lesson.id);
                mustStayFinished.add(lesson.id);
              }
              break;
            }
            case 'storage':
              mode = a.mode;
              break;
            case 'other-tab-plays': {
              // Another tab can only save while storage works (both tabs share it).
              if (mode !== 'ok') break;
              const saved = storedIsNewer() ? undefined : readableState(storedNow());
              const lessons = { ...(saved?.lessons ?? {}) };
              const entry = lessons[a.lessonId] ?? {
                revision: 1,
                currentStepId: 'meet',
                visited: ['meet'],
                steps: {},
              };
              lessons[a.lessonId] = a.finish ? { ...entry, completedAt: '2026-02-02T00:00:00.000Z' } : entry;
              // A newer tab's save is one this tab rightly cannot read: it is not expected here.
              const newer = storedIsNewer();
              otherTabSaves(
                JSON.stringify({
                  state: { lessons },
                  version: newer ? PROGRESS_VERSION + 1 : PROGRESS_VERSION,
                }),
              );
              if (a.finish && !newer) mustStayFinished.add(a.lessonId);
              break;
            }
            case 'other-tab-writes-garbage': {
              if (mode !== 'ok') break;
              otherTabSaves(a.raw);
              expect(JSON.stringify(useProgressStore.getState().lessons)).toBe(before);
              break;
            }
            case 'other-tab-is-newer':
              if (mode !== 'ok') break;
              otherTabSaves(
                JSON.stringify({ state: { lessons: {}, format: 'new' }, version: PROGRESS_VERSION + 1 }),
              );
              expect(JSON.stringify(useProgressStore.getState().lessons)).toBe(before);
              break;
            case 'other-tab-forgets':
              if (mode !== 'ok') break;
              // As "forget me" does it: the emptied store saves, then every key is removed.
              otherTabSaves(JSON.stringify({ state: { lessons: {} }, version: PROGRESS_VERSION }));
              otherTabSaves(null);
              expect(useProgressStore.getState().lessons).toEqual({});
              mustStayFinished = new Set();
              break;
            case 'import-file': {
              const result = readProgressFile(a.text);
              if (result.ok && a.confirm) {
                store.replaceAll(result.state);
                mustStayFinished = new Set(finishedIn(result.state.lessons));
              }
              if (!result.ok) expect(JSON.stringify(useProgressStore.getState().lessons)).toBe(before);
              break;
            }
            case 'enter-code': {
              const result = readProgressCode(a.text);
              if (result.ok && a.confirm) {
                store.addFinished(result.finished);
                for (const { lessonId } of result.finished) mustStayFinished.add(lessonId);
              }
              if (!result.ok) expect(JSON.stringify(useProgressStore.getState().lessons)).toBe(before);
              break;
            }
          }

          const { lessons, nickname } = useProgressStore.getState();
          expect(progressStateSchema.safeParse({ lessons, nickname }).success).toBe(true);
          for (const id of mustStayFinished)
            expect(lessons[id]?.completedAt, `${a.kind}: ${id}`).toBeDefined();
        }

        // Once storage works again, the next save holds every finished lesson (unless a newer
        // version's progress is there, which is never written over).
        mode = 'ok';
        useProgressStore.setState({});
        if (!storedIsNewer()) {
          const stored = JSON.parse(readRaw(KEY)!) as { state: ProgressState };
          for (const id of mustStayFinished) expect(stored.state.lessons[id]?.completedAt).toBeDefined();
        }
        // Let the event loop turn, as a browser would between a child's taps: what storage and the
        // store queue (storage events, promise callbacks) would otherwise pile up for the whole soak.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }),
      SOAK_MINUTES > 0
        ? {
            numRuns: Number.MAX_SAFE_INTEGER,
            interruptAfterTimeLimit: SOAK_MINUTES * 60_000,
            markInterruptAsFailure: false,
          }
        : { numRuns: 300 },
    );
    if (SOAK_MINUTES > 0)
      console.log(
        `Soak: ${sequences} sequences, ${steps} steps in ${Math.round((Date.now() - started) / 60_000)} minutes, nothing lost.`,
      );
  },
  Math.max(SOAK_MINUTES * 60_000 * 1.1, 60_000),
);

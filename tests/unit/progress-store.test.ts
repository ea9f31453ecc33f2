import { useProgressStore } from '../../src/features/progress/progress-store';
import { reconcileProgress } from '../../src/features/progress/reconcile-progress';
import type { LessonProgress } from '../../src/features/progress/saved-progress';
import { lessonSchema } from '../../src/shared/content/lesson-schema';
import { onStorageProblem, STORAGE_KEYS } from '../../src/shared/storage/safe-storage';
import { sampleLesson, sampleLessonJson } from '../fixtures/sample-lesson';

const saved = (over: Partial<LessonProgress> = {}): LessonProgress => ({
  revision: 1,
  currentStepId: 'secret-quiz',
  visited: ['meet', 'game-chat', 'what-now', 'helped', 'secret-quiz'],
  steps: {
    meet: { done: true },
    'game-chat': { done: true, answer: { kind: 'chat', flagged: ['m3'] }, points: 1, maxPoints: 2 },
    'what-now': { done: true, answer: { kind: 'choice', optionId: 'tell' } },
  },
  completedAt: '2026-01-01T00:00:00.000Z',
  bestScore: 0.5,
  ...over,
});

const problems: string[] = [];
beforeEach(() => {
  problems.length = 0;
  useProgressStore.setState({ lessons: {}, nickname: undefined });
});
onStorageProblem((p) => problems.push(p));

describe('saved progress meets an edited lesson', () => {
  test('a removed current step falls back to the last surviving step the child visited', () => {
    const edited = lessonSchema.parse({
      ...sampleLessonJson,
      revision: 2,
      steps: sampleLessonJson.steps.filter((s) => s.id !== 'secret-quiz'),
    });
    const result = reconcileProgress(edited, saved());
    expect(result.currentStepId).toBe('helped');
    expect(result.revision).toBe(2);
    expect(result.completedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(result.bestScore).toBe(0.5);
  });

  test('an answer naming a removed option is dropped, other answers kept', () => {
    const json = structuredClone(sampleLessonJson);
    (json.steps[2] as { options: { id: string }[] }).options[0]!.id = 'tell-mum';
    const edited = lessonSchema.parse(json);
    const result = reconcileProgress(edited, saved());
    expect(result.steps['what-now']).toBeUndefined();
    expect(result.steps['game-chat']?.points).toBe(1);
  });
});

describe('the progress store', () => {
  test('opening, answering and moving on is saved to the device', () => {
    const store = useProgressStore.getState();
    store.openLesson(sampleLesson);
    store.answerStep('sample-lesson', 'meet', { done: true });
    store.goToStep('sample-lesson', 'game-chat');
    const raw = JSON.parse(window.localStorage.getItem(STORAGE_KEYS.progress)!);
    expect(raw.state.lessons['sample-lesson'].currentStepId).toBe('game-chat');
    expect(raw.version).toBe(1);
  });

  test('going back retraces the branch the child took', () => {
    const store = useProgressStore.getState();
    store.openLesson(sampleLesson);
    for (const id of ['game-chat', 'what-now', 'worry']) store.goToStep('sample-lesson', id);
    store.goBack('sample-lesson');
    expect(useProgressStore.getState().lessons['sample-lesson']?.currentStepId).toBe('what-now');
  });

  test('restarting keeps completion and best score but clears answers', () => {
    useProgressStore.setState({ lessons: { 'sample-lesson': saved() } });
    useProgressStore.getState().restartLesson(sampleLesson);
    const p = useProgressStore.getState().lessons['sample-lesson']!;
    expect(p.steps).toEqual({});
    expect(p.currentStepId).toBe('meet');
    expect(p.completedAt).toBeDefined();
    expect(p.bestScore).toBe(0.5);
  });

  test('corrupt saved JSON is set aside, the app starts empty, and the user is told once', async () => {
    window.localStorage.setItem(STORAGE_KEYS.progress, '{"state": {"lessons": ');
    await useProgressStore.persist.rehydrate();
    expect(useProgressStore.getState().lessons).toEqual({});
    const aside = Object.keys(window.localStorage).filter((k) => k.startsWith(STORAGE_KEYS.quarantinePrefix));
    expect(aside).toHaveLength(1);
    expect(window.localStorage.getItem(aside[0]!)).toBe('{"state": {"lessons": ');
    expect(problems).toEqual(['corrupt']);
  });

  test('one damaged lesson entry does not cost the others', async () => {
    window.localStorage.setItem(
      STORAGE_KEYS.progress,
      JSON.stringify({ version: 1, state: { lessons: { good: saved(), bad: { currentStepId: 42 } } } }),
    );
    await useProgressStore.persist.rehydrate();
    expect(Object.keys(useProgressStore.getState().lessons)).toEqual(['good']);
    expect(problems).toEqual(['corrupt']);
  });

  test('progress from a newer app is kept aside, not guessed at', async () => {
    window.localStorage.setItem(
      STORAGE_KEYS.progress,
      JSON.stringify({ version: 99, state: { lessons: { x: 1 } } }),
    );
    await useProgressStore.persist.rehydrate();
    expect(useProgressStore.getState().lessons).toEqual({});
    expect(problems).toEqual(['newer']);
    const aside = Object.keys(window.localStorage).filter((k) => k.startsWith(STORAGE_KEYS.quarantinePrefix));
    expect(JSON.parse(window.localStorage.getItem(aside[0]!)!).version).toBe(99);
  });

  test('a full or throwing localStorage keeps the lesson working from memory and says so', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('exceeded the quota', 'QuotaExceededError');
    });
    const store = useProgressStore.getState();
    expect(() => store.openLesson(sampleLesson)).not.toThrow();
    store.goToStep('sample-lesson', 'game-chat');
    expect(useProgressStore.getState().lessons['sample-lesson']?.currentStepId).toBe('game-chat');
    expect(problems).toEqual(['full']);
    setItem.mockRestore();
  });

  test('progress saved in another tab is picked up here, so two tabs never overwrite each other', async () => {
    const other = { version: 1, state: { lessons: { 'sample-lesson': saved({ currentStepId: 'tf' }) } } };
    const newValue = JSON.stringify(other);
    window.localStorage.setItem(STORAGE_KEYS.progress, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEYS.progress, newValue }));
    await vi.waitFor(() =>
      expect(useProgressStore.getState().lessons['sample-lesson']?.currentStepId).toBe('tf'),
    );
  });
});

import fc from 'fast-check';
import { progressFile, readProgressFile } from '../../src/features/progress/progress-file';
import { useProgressStore } from '../../src/features/progress/progress-store';
import {
  lessonProgressSchema,
  progressStateSchema,
  salvageProgress,
  type StepRecord,
} from '../../src/features/progress/saved-progress';
import { sampleLesson } from '../fixtures/sample-lesson';

const stepIds = sampleLesson.steps.map((s) => s.id);
const stepId = fc.constantFrom(...stepIds, 'gone-step');
const record: fc.Arbitrary<StepRecord> = fc.record(
  { done: fc.boolean(), points: fc.nat(5), maxPoints: fc.nat(5), attempts: fc.nat(3) },
  { requiredKeys: ['done'] },
);

const action = fc.oneof(
  fc.record({ type: fc.constant('answer' as const), stepId, record }),
  fc.record({ type: fc.constant('go' as const), stepId: fc.constantFrom(...stepIds) }),
  fc.record({ type: fc.constant('back' as const) }),
  fc.record({ type: fc.constant('complete' as const) }),
  fc.record({ type: fc.constant('restart' as const) }),
  fc.record({
    type: fc.constant('note' as const),
    stepId,
    note: fc.option(fc.string({ maxLength: 50 }), { nil: undefined }),
  }),
  fc.record({ type: fc.constant('reopen' as const) }),
);

beforeEach(() => useProgressStore.setState({ lessons: {}, nickname: undefined }));

test("any sequence of a child's actions leaves valid, saved progress on a real step", () => {
  fc.assert(
    fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
      useProgressStore.setState({ lessons: {} });
      const store = useProgressStore.getState();
      store.openLesson(sampleLesson);
      for (const a of actions) {
        if (a.type === 'answer') store.answerStep(sampleLesson.id, a.stepId, a.record);
        if (a.type === 'go') store.goToStep(sampleLesson.id, a.stepId);
        if (a.type === 'back') store.goBack(sampleLesson.id);
        if (a.type === 'complete') store.completeLesson(sampleLesson.id);
        if (a.type === 'restart') store.restartLesson(sampleLesson);
        if (a.type === 'note') store.saveNote(sampleLesson.id, a.stepId, a.note);
        if (a.type === 'reopen') store.openLesson(sampleLesson);
      }
      const progress = useProgressStore.getState().lessons[sampleLesson.id]!;
      expect(lessonProgressSchema.safeParse(progress).success).toBe(true);
      expect(stepIds).toContain(progress.currentStepId);
      expect(progress.visited.at(-1)).toBe(progress.currentStepId);
      const stored = JSON.parse(window.localStorage.getItem('spot-the-signs:progress')!);
      expect(stored.state.lessons[sampleLesson.id].currentStepId).toBe(progress.currentStepId);
    }),
    { numRuns: 150 },
  );
});

test('reading back saved data never throws and always yields valid progress', () => {
  fc.assert(
    fc.property(fc.anything(), (value) => {
      const { state } = salvageProgress(value);
      expect(progressStateSchema.safeParse(state).success).toBe(true);
    }),
    { numRuns: 300 },
  );
});

test('a valid lesson entry survives whatever damage sits beside it', () => {
  const good = { revision: 1, currentStepId: 'meet', visited: ['meet'], steps: {} };
  fc.assert(
    fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.anything()), (junk) => {
      const { state } = salvageProgress({ lessons: { ...junk, 'kept-lesson': good } });
      expect(state.lessons['kept-lesson']).toEqual(good);
    }),
    { numRuns: 200 },
  );
});

describe('the importer', () => {
  test('never throws, and accepts nothing but a real progress file', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => JSON.stringify(v) ?? ''),
        ),
        (text) => {
          const result = readProgressFile(text);
          if (result.ok) expect(progressStateSchema.safeParse(result.state).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a saved file reads back to exactly the same progress', () => {
    const lessonEntry = fc.record({
      revision: fc.integer({ min: 1, max: 9 }),
      currentStepId: fc.constantFrom(...stepIds),
      visited: fc.array(fc.constantFrom(...stepIds), { minLength: 1, maxLength: 5 }),
      steps: fc.dictionary(fc.constantFrom(...stepIds), fc.record({ done: fc.boolean() })),
    });
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a-lesson', 'b-lesson', 'c-lesson'), lessonEntry),
        (lessons) => {
          const result = readProgressFile(progressFile({ lessons }).text);
          expect(result.ok && result.state.lessons).toEqual(lessons);
        },
      ),
      { numRuns: 100 },
    );
  });
});

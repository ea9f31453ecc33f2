import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import type { Lesson } from '../../shared/content/lesson-schema';
import {
  createSafeJsonStorage,
  readRaw,
  reportStorageProblem,
  setAside,
  STORAGE_KEYS,
} from '../../shared/storage/safe-storage';
import { migrateProgress, NewerProgressError, PROGRESS_VERSION } from './migrate-progress';
import type { FinishedLesson } from './progress-code';
import { lessonScore, reconcileProgress } from './reconcile-progress';
import {
  EMPTY_PROGRESS,
  salvageProgress,
  type LessonProgress,
  type ProgressState,
  type StepRecord,
} from './saved-progress';

type ProgressActions = {
  /** Opens a lesson: creates its progress, or fits saved progress to the lesson as it is now. */
  openLesson: (lesson: Lesson) => LessonProgress;
  /** Records what the child answered (or that they read a step) without moving on. */
  answerStep: (lessonId: string, stepId: string, record: StepRecord) => void;
  /** Moves to a step, remembering the way back. */
  goToStep: (lessonId: string, stepId: string) => void;
  /** Returns to the step before, along the child's own branch. */
  goBack: (lessonId: string) => void;
  saveNote: (lessonId: string, stepId: string, note: string | undefined) => void;
  completeLesson: (lessonId: string) => void;
  /** Starts a lesson again: answers cleared, completion and best score kept. */
  restartLesson: (lesson: Lesson) => void;
  setNickname: (nickname: string) => void;
  /** Replaces everything with imported progress that has already been validated and confirmed. */
  replaceAll: (state: ProgressState) => void;
  /** Adds lessons finished elsewhere (a progress code): only ever adds, never lowers or removes. */
  addFinished: (finished: FinishedLesson[]) => void;
  forgetEverything: () => void;
};

export type ProgressStore = ProgressState & ProgressActions;

/** The version of the app's saved progress in a raw stored value; 0 when it has none. */
function savedVersion(raw: string | null): number {
  try {
    const version = raw ? (JSON.parse(raw) as { version?: unknown }).version : undefined;
    return typeof version === 'number' ? version : 0;
  } catch {
    return 0;
  }
}

const safeStorage = createSafeJsonStorage<ProgressState>();

/**
 * Never writes over progress that a newer version of the app saved (a second tab, already
 * updated): this tab cannot read it, so it keeps its own progress in memory and says so.
 */
const progressStorage: PersistStorage<ProgressState> = {
  ...safeStorage,
  setItem(name, value) {
    if (savedVersion(readRaw(name)) > PROGRESS_VERSION) reportStorageProblem('newer');
    else safeStorage.setItem(name, value);
  },
};

/**
 * Progress another tab saved, with what this tab holds: the other tab's entry is the later one,
 * but a lesson this tab saw finished stays finished (its own save may have failed on full storage).
 */
function keepEveryFinish(saved: ProgressState['lessons'], here: ProgressState['lessons']) {
  const lessons = { ...saved };
  for (const [lessonId, mine] of Object.entries(here)) {
    const theirs = lessons[lessonId];
    if (!theirs) lessons[lessonId] = mine;
    else if (mine.completedAt) {
      const bestScore = Math.max(theirs.bestScore ?? 0, mine.bestScore ?? 0);
      lessons[lessonId] = {
        ...theirs,
        completedAt: theirs.completedAt ?? mine.completedAt,
        ...(theirs.bestScore !== undefined || mine.bestScore !== undefined ? { bestScore } : {}),
      };
    }
  }
  return lessons;
}

/** A lesson not yet started: at its first step, nothing answered. */
export const freshProgress = (lesson: Lesson): LessonProgress => ({
  revision: lesson.revision,
  currentStepId: lesson.steps[0]!.id,
  visited: [lesson.steps[0]!.id],
  steps: {},
});

export const useProgressStore = create<ProgressStore>()(
  persist(
    (set, get) => {
      const updateLesson = (lessonId: string, change: (p: LessonProgress) => LessonProgress) =>
        set((state) => {
          const current = state.lessons[lessonId];
          return current ? { lessons: { ...state.lessons, [lessonId]: change(current) } } : state;
        });

      return {
        ...EMPTY_PROGRESS,
        openLesson(lesson) {
          const saved = get().lessons[lesson.id];
          const progress = saved ? reconcileProgress(lesson, saved) : freshProgress(lesson);
          set((state) => ({ lessons: { ...state.lessons, [lesson.id]: progress } }));
          return progress;
        },
        answerStep: (lessonId, stepId, record) =>
          updateLesson(lessonId, (p) => ({ ...p, steps: { ...p.steps, [stepId]: record } })),
        goToStep: (lessonId, stepId) =>
          updateLesson(lessonId, (p) => ({ ...p, currentStepId: stepId, visited: [...p.visited, stepId] })),
        goBack: (lessonId) =>
          updateLesson(lessonId, (p) => {
            if (p.visited.length < 2) return p;
            const visited = p.visited.slice(0, -1);
            return { ...p, visited, currentStepId: visited[visited.length - 1]! };
          }),
        saveNote: (lessonId, stepId, note) =>
          updateLesson(lessonId, (p) => {
            const notes = { ...p.notes };
            if (note?.trim()) notes[stepId] = note;
            else delete notes[stepId];
            return { ...p, notes };
          }),
        completeLesson: (lessonId) =>
          updateLesson(lessonId, (p) => {
            const { points, max } = lessonScore(p);
            // Clamped: a score is a share, whatever a damaged or hand-edited record claims.
            const score = max ? Math.min(1, Math.max(0, points / max)) : 1;
            return {
              ...p,
              completedAt: p.completedAt ?? new Date().toISOString(),
              bestScore: Math.max(p.bestScore ?? 0, score),
            };
          }),
        restartLesson: (lesson) =>
          updateLesson(lesson.id, (p) => ({
            ...freshProgress(lesson),
            ...(p.completedAt ? { completedAt: p.completedAt } : {}),
            ...(p.bestScore !== undefined ? { bestScore: p.bestScore } : {}),
            ...(p.notes ? { notes: p.notes } : {}),
          })),
        setNickname: (nickname) => set({ nickname: nickname.slice(0, 40) }),
        replaceAll: (state) => set({ lessons: state.lessons, nickname: state.nickname }),
        addFinished: (finished) =>
          set((state) => {
            const lessons = { ...state.lessons };
            const now = new Date().toISOString();
            for (const { lessonId, bestScore } of finished) {
              // A lesson never opened here starts at its beginning when opened (reconcileProgress
              // fills in the step), with its badge and best score already earned.
              const current = lessons[lessonId] ?? { revision: 0, currentStepId: '', visited: [], steps: {} };
              lessons[lessonId] = {
                ...current,
                completedAt: current.completedAt ?? now,
                bestScore: Math.max(current.bestScore ?? 0, bestScore),
              };
            }
            return { lessons };
          }),
        forgetEverything: () => set({ lessons: {}, nickname: undefined }),
      };
    },
    {
      name: STORAGE_KEYS.progress,
      version: PROGRESS_VERSION,
      storage: progressStorage,
      partialize: (state) => ({ lessons: state.lessons, nickname: state.nickname }),
      migrate(persisted, version) {
        try {
          return migrateProgress(persisted, version).state;
        } catch (error) {
          if (!(error instanceof NewerProgressError)) throw error;
          setAside(STORAGE_KEYS.progress, JSON.stringify({ state: persisted, version }), 'newer');
          return EMPTY_PROGRESS;
        }
      },
      // Runs on every load, same version or not: keep each valid lesson, set the whole raw copy
      // aside if anything had to be dropped, so nothing is ever destroyed.
      merge(persisted, current) {
        // Nothing readable was saved (a first visit, or unreadable data now set aside): keep what is here.
        if (persisted === undefined) return current;
        const { state, dropped } = salvageProgress(persisted);
        if (dropped) setAside(STORAGE_KEYS.progress, JSON.stringify(persisted), 'corrupt');
        return { ...current, ...state, lessons: keepEveryFinish(state.lessons, current.lessons) };
      },
    },
  ),
);

/** Another tab saved progress: load it, so two open tabs never overwrite each other's work. */
function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEYS.progress) return;
    // "Forget me" in the other tab: this tab forgets too, rather than write it all back.
    if (event.newValue === null) useProgressStore.setState({ ...EMPTY_PROGRESS, nickname: undefined });
    // A tab already updated to a newer version saved in a form this one cannot read: leave it be.
    else if (savedVersion(event.newValue) > PROGRESS_VERSION) reportStorageProblem('newer');
    else void useProgressStore.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

// The store loads with the first screen that shows progress; from then on it follows other tabs.
if (typeof window !== 'undefined') followOtherTabs();

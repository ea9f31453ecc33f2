/**
 * What the projected slides and the presenter view share. Kept in memory and sent between the two
 * windows; never written to a child's saved progress.
 */
export type PresentState = {
  slide: number;
  /** Step ids whose answers the teacher has revealed. */
  revealed: string[];
  /** Class vote tallies: step id -> option id -> count. */
  votes: Record<string, Record<string, number>>;
  timer: TimerState;
  /** Increases with every change, so each window keeps the newest state it has seen. */
  version: number;
};

export type TimerState = { durationMs: number; remainingMs: number; endsAt?: number };

export const DEFAULT_DISCUSSION_MS = 3 * 60_000;

export const initialPresentState = (): PresentState => ({
  slide: 0,
  revealed: [],
  votes: {},
  timer: { durationMs: DEFAULT_DISCUSSION_MS, remainingMs: DEFAULT_DISCUSSION_MS },
  version: 0,
});

export type PresentAction =
  | { type: 'go'; slide: number }
  | { type: 'toggleReveal'; stepId: string }
  | { type: 'vote'; stepId: string; optionId: string; change: 1 | -1 }
  | { type: 'timerToggle'; now: number }
  | { type: 'timerReset' }
  | { type: 'timerAdjust'; minutes: 1 | -1; now: number };

/** Milliseconds left on the timer at `now`. */
export const timeLeft = (timer: TimerState, now: number) =>
  timer.endsAt === undefined ? timer.remainingMs : Math.max(0, timer.endsAt - now);

export function presentReducer(state: PresentState, action: PresentAction, slideCount: number): PresentState {
  const next = (change: Partial<PresentState>): PresentState => ({
    ...state,
    ...change,
    version: state.version + 1,
  });
  switch (action.type) {
    case 'go':
      return next({ slide: Math.min(Math.max(action.slide, 0), slideCount - 1) });
    case 'toggleReveal':
      return next({
        revealed: state.revealed.includes(action.stepId)
          ? state.revealed.filter((id) => id !== action.stepId)
          : [...state.revealed, action.stepId],
      });
    case 'vote': {
      const step = state.votes[action.stepId] ?? {};
      const count = Math.max(0, (step[action.optionId] ?? 0) + action.change);
      return next({ votes: { ...state.votes, [action.stepId]: { ...step, [action.optionId]: count } } });
    }
    case 'timerToggle': {
      const { timer } = state;
      const remainingMs = timeLeft(timer, action.now);
      return next({
        timer:
          timer.endsAt === undefined
            ? { ...timer, remainingMs, endsAt: action.now + remainingMs }
            : { durationMs: timer.durationMs, remainingMs },
      });
    }
    case 'timerReset':
      return next({ timer: { durationMs: state.timer.durationMs, remainingMs: state.timer.durationMs } });
    case 'timerAdjust': {
      const delta = action.minutes * 60_000;
      const durationMs = Math.max(60_000, state.timer.durationMs + delta);
      const remainingMs = Math.max(0, timeLeft(state.timer, action.now) + delta);
      const running = state.timer.endsAt !== undefined;
      return next({
        timer: { durationMs, remainingMs, ...(running ? { endsAt: action.now + remainingMs } : {}) },
      });
    }
  }
}

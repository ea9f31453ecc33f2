import { EMPTY_PROGRESS, salvageProgress, type ProgressState } from './saved-progress';

/**
 * Every version of the saved-progress shape, oldest first. To change the shape: add a version
 * here, a step in MIGRATIONS that upgrades the previous one, and a frozen fixture of the old
 * shape in tests/fixtures/progress/ (the tests load each fixture through the chain).
 */
export const progressVersions = { Initial: 1 } as const;
export const PROGRESS_VERSION = progressVersions.Initial;

/** MIGRATIONS[n] upgrades data saved at version n to version n + 1. */
const MIGRATIONS: Record<number, (saved: unknown) => unknown> = {};

export class NewerProgressError extends Error {
  constructor(readonly version: number) {
    super(`Saved progress is from a newer version of the app (${version} > ${PROGRESS_VERSION})`);
  }
}

/**
 * Upgrades saved progress one version at a time, then keeps every lesson entry that is valid.
 * Data from a newer app cannot be understood and throws NewerProgressError: the caller sets it
 * aside rather than guess at it.
 */
export function migrateProgress(
  saved: unknown,
  fromVersion: number,
): { state: ProgressState; dropped: number } {
  if (fromVersion > PROGRESS_VERSION) throw new NewerProgressError(fromVersion);
  let value = saved;
  for (let v = Math.max(fromVersion, 1); v < PROGRESS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { state: EMPTY_PROGRESS, dropped: 1 };
    value = step(value);
  }
  return salvageProgress(value);
}

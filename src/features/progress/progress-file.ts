import { migrateProgress, NewerProgressError, PROGRESS_VERSION } from './migrate-progress';
import { progressStateSchema, type ProgressState } from './saved-progress';

/** Larger than any real progress file (26 lessons with notes are a few tens of KB). */
export const MAX_IMPORT_BYTES = 512 * 1024;

const APP = 'spot-the-signs';
const KIND = 'progress';

export type ImportProblem = 'too-big' | 'not-json' | 'not-ours' | 'damaged' | 'newer';
export type ImportResult =
  | { ok: true; state: ProgressState; lessons: number; finished: number }
  | { ok: false; problem: ImportProblem };

/** The file a child saves to move their progress to another device. */
export function progressFile(state: ProgressState, now = new Date()): { name: string; text: string } {
  const envelope = {
    app: APP,
    kind: KIND,
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    progress: state,
  };
  return {
    name: `spot-the-signs-progress-${now.toISOString().slice(0, 10)}.json`,
    text: JSON.stringify(envelope, null, 1),
  };
}

/**
 * Reads an exported progress file strictly: any damage rejects the whole file (an import replaces
 * what is on the device, so it must be trusted completely). Older versions are migrated; a newer
 * one is refused with its own message. Never throws.
 */
export function readProgressFile(text: string): ImportResult {
  if (new Blob([text]).size > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-big' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!json || typeof json !== 'object') return { ok: false, problem: 'not-ours' };
  const envelope = json as Record<string, unknown>;
  if (envelope.app !== APP || envelope.kind !== KIND) return { ok: false, problem: 'not-ours' };
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'damaged' };
  try {
    const { dropped } = migrateProgress(envelope.progress, version);
    if (dropped) return { ok: false, problem: 'damaged' };
  } catch (error) {
    if (error instanceof NewerProgressError) return { ok: false, problem: 'newer' };
    return { ok: false, problem: 'damaged' };
  }
  const parsed = progressStateSchema.safeParse(migrateProgress(envelope.progress, version).state);
  if (!parsed.success) return { ok: false, problem: 'damaged' };
  const lessons = Object.values(parsed.data.lessons);
  return {
    ok: true,
    state: parsed.data,
    lessons: lessons.length,
    finished: lessons.filter((l) => l.completedAt).length,
  };
}

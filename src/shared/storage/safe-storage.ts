import type { PersistStorage, StorageValue } from 'zustand/middleware';

/** Every key this app writes on the device. Nothing else is stored, and nothing leaves the device. */
export const STORAGE_KEYS = {
  progress: 'spot-the-signs:progress',
  settings: 'spot-the-signs:settings',
  /** Saved data that could not be read, kept aside (never deleted) so nothing valid is lost. */
  quarantinePrefix: 'spot-the-signs:set-aside:',
} as const;

export type StorageProblem = 'unavailable' | 'full' | 'corrupt' | 'newer';

type ProblemListener = (problem: StorageProblem) => void;
const listeners = new Set<ProblemListener>();
const reported = new Set<StorageProblem>();

/** Tells the app (once per kind of problem) that saving or reading went wrong, so it can say so kindly. */
export function onStorageProblem(listener: ProblemListener): () => void {
  listeners.add(listener);
  for (const problem of reported) listener(problem);
  return () => listeners.delete(listener);
}

export function reportStorageProblem(problem: StorageProblem) {
  if (reported.has(problem)) return;
  reported.add(problem);
  for (const listener of listeners) listener(problem);
}

/** For tests: forget which problems were already reported. */
export function resetStorageProblems() {
  reported.clear();
}

// When localStorage throws (disabled, private mode, quota), the app keeps working from memory
// for the rest of the visit instead of losing the child's taps.
const memory = new Map<string, string>();

function localStorageOrNull(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readRaw(key: string): string | null {
  const storage = localStorageOrNull();
  try {
    if (storage) return storage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    reportStorageProblem('unavailable');
  }
  if (!storage) reportStorageProblem('unavailable');
  return memory.get(key) ?? null;
}

export function writeRaw(key: string, value: string) {
  memory.set(key, value);
  const storage = localStorageOrNull();
  if (!storage) return reportStorageProblem('unavailable');
  try {
    storage.setItem(key, value);
  } catch (error) {
    const isFull = error instanceof DOMException && /quota/i.test(`${error.name} ${error.message}`);
    reportStorageProblem(isFull ? 'full' : 'unavailable');
  }
}

export function removeRaw(key: string) {
  memory.delete(key);
  try {
    localStorageOrNull()?.removeItem(key);
  } catch {
    reportStorageProblem('unavailable');
  }
}

/** Keeps unreadable saved data under a separate key instead of overwriting it. */
export function setAside(key: string, raw: string, reason: StorageProblem) {
  writeRaw(`${STORAGE_KEYS.quarantinePrefix}${key}:${new Date().toISOString()}`, raw);
  reportStorageProblem(reason);
}

/** All keys this app has written, for "forget me". */
export function appKeys(): string[] {
  const keys = new Set<string>(memory.keys());
  const storage = localStorageOrNull();
  try {
    if (storage)
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith('spot-the-signs:')) keys.add(key);
      }
  } catch {
    // Nothing more to list when storage is unavailable.
  }
  return [...keys];
}

/**
 * A zustand `persist` storage that never throws: unreadable JSON is set aside and the store
 * starts fresh from what it can trust, and failed writes fall back to memory with a notice.
 */
export function createSafeJsonStorage<S>(): PersistStorage<S> {
  return {
    getItem(name) {
      const raw = readRaw(name);
      if (raw === null) return null;
      try {
        const value = JSON.parse(raw) as StorageValue<S>;
        if (!value || typeof value !== 'object' || !('state' in value)) throw new Error('not a saved state');
        return value;
      } catch {
        setAside(name, raw, 'corrupt');
        return null;
      }
    },
    setItem(name, value) {
      writeRaw(name, JSON.stringify(value));
    },
    removeItem(name) {
      removeRaw(name);
    },
  };
}

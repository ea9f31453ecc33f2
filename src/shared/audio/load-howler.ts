/** The howler module, fetched the first time a sound is needed: it stays out of the first load. */
export type HowlerModule = typeof import('howler');

let loading: Promise<HowlerModule> | undefined;

/** Imports howler once; a failed import (offline, before the chunk was cached) may be retried later. */
export function loadHowler(): Promise<HowlerModule> {
  loading ??= import('howler').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

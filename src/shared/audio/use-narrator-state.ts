import { useSyncExternalStore } from 'react';
import { narrator as appNarrator, type Narrator, type NarratorState } from './narrator';

/** The narrator's state, re-rendering when it changes. */
export function useNarratorState(narrator: Narrator = appNarrator): NarratorState {
  return useSyncExternalStore(narrator.onState, narrator.getState, narrator.getState);
}

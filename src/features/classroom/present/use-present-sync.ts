import { useCallback, useEffect, useRef, useState } from 'react';
import { initialPresentState, presentReducer, type PresentAction, type PresentState } from './present-state';

type Message = { kind: 'state'; state: PresentState } | { kind: 'hello' };

/**
 * Shared presentation state for every window presenting the same lesson on this device,
 * kept in step with BroadcastChannel (same origin, no network: works offline). The newest
 * version wins, and a window that opens asks the others for theirs.
 */
export function usePresentSync(lessonId: string, slideCount: number) {
  const [state, setState] = useState<PresentState>(initialPresentState);
  const latest = useRef(state);
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(`spot-the-signs:present:${lessonId}`);
    channel.current = ch;
    ch.onmessage = ({ data }: MessageEvent<Message>) => {
      if (data.kind === 'hello') ch.postMessage({ kind: 'state', state: latest.current } satisfies Message);
      else if (data.state.version > latest.current.version) {
        latest.current = data.state;
        setState(data.state);
      }
    };
    ch.postMessage({ kind: 'hello' } satisfies Message);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [lessonId]);

  const dispatch = useCallback(
    (action: PresentAction) => {
      const next = presentReducer(latest.current, action, slideCount);
      latest.current = next;
      setState(next);
      channel.current?.postMessage({ kind: 'state', state: next } satisfies Message);
    },
    [slideCount],
  );

  return [state, dispatch] as const;
}

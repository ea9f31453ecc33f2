import { useEffect, useId, useRef } from 'react';
import { Button } from './button';

export type ConfirmPanelProps = {
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
};

/**
 * A question asked in place before anything is changed or deleted. Focus moves to "no", the answer
 * that changes nothing, so a stray Enter or a screen reader user landing on it is always safe.
 */
export function ConfirmPanel({ question, yes, no, onYes, onNo }: ConfirmPanelProps) {
  const id = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby={id} className="confirm">
      <p id={id}>{question}</p>
      <Button variant="primary" onClick={onYes}>
        {yes}
      </Button>{' '}
      <Button ref={keep} onClick={onNo}>
        {no}
      </Button>
    </div>
  );
}

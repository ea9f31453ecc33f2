import { useTranslation } from 'react-i18next';
import { Icon } from '../../shared/ui/icon';
import { isReadingKey, useNarration } from './narration-context';

export type ReadItemButtonProps = {
  /** What the child hears: one message, option or card, then its feedback if showing. */
  keys: string[];
  /** The visible words it reads, for its accessible name. */
  text: string;
};

/** A small speaker beside one message, option or card, to hear just that. */
export function ReadItemButton({ keys, text }: ReadItemButtonProps) {
  const { t } = useTranslation('player');
  const { isEnabled, state, canRead, read, stop } = useNarration();
  const readable = keys.filter(canRead);
  if (!isEnabled || !readable.length) return null;
  const isReading = keys.some((key) => isReadingKey(state, key));
  return (
    <button
      type="button"
      className="read-item"
      aria-label={isReading ? t('narration.stop') : t('narration.readItem', { text })}
      onClick={() => (isReading ? stop() : read(readable))}
    >
      <Icon name={isReading ? 'stop' : 'speaker'} />
    </button>
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/button';
import { Icon } from '../../shared/ui/icon';
import { isReadingKey, useNarration } from './narration-context';

export type ReadAloudButtonProps = {
  /** The word keys this button reads, in order. */
  keys: string[];
};

/**
 * "Read aloud" for a whole step; while it reads, the same button stops it. If a clip cannot play,
 * a calm line says so: the words stay on screen for a grown-up to read.
 */
export function ReadAloudButton({ keys }: ReadAloudButtonProps) {
  const { t } = useTranslation('player');
  const { isEnabled, state, canRead, read, stop } = useNarration();
  const readable = keys.filter(canRead);
  if (!isEnabled || !readable.length) return null;
  const isReading = keys.some((key) => isReadingKey(state, key));
  const failed = state.status === 'error';
  return (
    <div className="read-aloud" data-state={state.status}>
      <Button
        className="read-aloud__button"
        icon={<Icon name={isReading ? 'stop' : 'speaker'} />}
        onClick={() => (isReading ? stop() : read(readable))}
      >
        {isReading ? t('narration.stop') : t('narration.read')}
      </Button>
      <p role="status" className="hint read-aloud__status">
        {failed ? t('narration.failed') : ''}
      </p>
    </div>
  );
}

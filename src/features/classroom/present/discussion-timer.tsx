import { useTranslation } from 'react-i18next';
import { Button } from '../../../shared/ui/button';
import { timeLeft, type PresentAction, type TimerState } from './present-state';
import { useNow } from './use-now';

export type DiscussionTimerProps = { timer: TimerState; dispatch: (action: PresentAction) => void };

const format = (ms: number, locale: string) => {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return `${minutes.toLocaleString(locale)}:${seconds}`;
};

/** A countdown for class discussion, shared by the projected window and the presenter view. */
export function DiscussionTimer({ timer, dispatch }: DiscussionTimerProps) {
  const { t, i18n } = useTranslation('classroom');
  const running = timer.endsAt !== undefined;
  const now = useNow(running);
  // Paused, the timer shows its stored remainder; running, it counts down from the shared end time.
  const left = timeLeft(timer, now);
  return (
    <section className="timer" aria-label={t('timer.label')}>
      <p className="timer__time" role="timer" aria-live="off">
        {format(left, i18n.resolvedLanguage ?? 'en')}
      </p>
      {running && left === 0 ? (
        <p role="status" className="timer__done">
          {t('timer.done')}
        </p>
      ) : null}
      <div className="timer__controls">
        <Button variant="primary" onClick={() => dispatch({ type: 'timerToggle', now: Date.now() })}>
          {running ? t('timer.pause') : t('timer.start')}
        </Button>
        <Button onClick={() => dispatch({ type: 'timerReset' })}>{t('timer.reset')}</Button>
        <Button onClick={() => dispatch({ type: 'timerAdjust', minutes: -1, now: Date.now() })}>
          {t('timer.less')}
        </Button>
        <Button onClick={() => dispatch({ type: 'timerAdjust', minutes: 1, now: Date.now() })}>
          {t('timer.more')}
        </Button>
      </div>
    </section>
  );
}

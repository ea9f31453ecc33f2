import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/button';

export type StepControlsProps = {
  canGoBack: boolean;
  canGoOn: boolean;
  isLast: boolean;
  onBack: () => void;
  onNext: () => void;
};

/** Back and next. "Next" waits for an answer where the step asks for one, and says so. */
export function StepControls({ canGoBack, canGoOn, isLast, onBack, onNext }: StepControlsProps) {
  const { t } = useTranslation('player');
  return (
    <nav aria-label={t('controls.label')} className="step-controls">
      <Button onClick={onBack} disabled={!canGoBack} icon={<span className="icon-flip">←</span>}>
        {t('controls.back')}
      </Button>
      {!canGoOn ? <p className="hint step-controls__hint">{t('controls.answerFirst')}</p> : null}
      <Button variant="primary" onClick={onNext} disabled={!canGoOn}>
        {isLast ? t('controls.finish') : t('controls.next')}{' '}
        <span aria-hidden="true" className="icon-flip">
          →
        </span>
      </Button>
    </nav>
  );
}

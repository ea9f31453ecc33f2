import { useTranslation } from 'react-i18next';

export type ProgressBarProps = { current: number; total: number };

/** "Step 3 of 10", as a bar and in words; the fill runs with the reading direction. */
export function ProgressBar({ current, total }: ProgressBarProps) {
  const { t } = useTranslation('player');
  const text = t('progress.step', { current, total });
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={t('progress.label')}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={text}
      >
        <div className="progress__fill" style={{ inlineSize: `${Math.round((current / total) * 100)}%` }} />
      </div>
      <p className="progress__text" aria-hidden="true">
        {text}
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { uiWordKey } from '../../shared/audio/audio-files';
import { classes, readingClass, useNarration } from './narration-context';
import { stepWords, type StepProps } from './step-props';

/** The lesson's key messages, trusted adults, and the way to help: every lesson ends here. */
export function RecapStep({ step, words }: StepProps<'recap'>) {
  const { t } = useTranslation('player');
  const w = stepWords(words, step.id);
  const { state } = useNarration();
  return (
    <div className="recap">
      <h3>{t('recap.keyPoints')}</h3>
      <ul className="recap__points">
        {step.points.map((point) => (
          <li
            key={point.id}
            className={readingClass(state, `steps.${step.id}.${point.id}.text`) || undefined}
          >
            {w(`${point.id}.text`)}
          </li>
        ))}
      </ul>
      <div className="recap__adults">
        <p className={readingClass(state, uiWordKey('recap.trustedAdults')) || undefined}>
          {t('recap.trustedAdults')}
        </p>
      </div>
      <p className={classes('recap__help', readingClass(state, uiWordKey('recap.help')))}>
        {t('recap.help')}{' '}
        <Link className="button button--help" to="/help">
          {t('recap.helpLink')}
        </Link>
      </p>
    </div>
  );
}

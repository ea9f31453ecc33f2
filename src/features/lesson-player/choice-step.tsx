import { useTranslation } from 'react-i18next';
import { stepKey } from '../../shared/content/lesson-keys';
import { SceneIllustration } from '../illustrations/scene-illustration';
import { classes, readingClass, useNarration } from './narration-context';
import { ReadItemButton } from './read-item-button';
import { stepWords, type StepProps } from './step-props';

/**
 * "What would you do?": each option leads to its own consequence step. The feedback is kind
 * whatever the child picks; the lesson file guarantees a safe option is always there.
 */
export function ChoiceStep({ step, words, record, onAnswer }: StepProps<'choice'>) {
  const { t } = useTranslation('player');
  const w = stepWords(words, step.id);
  const { state } = useNarration();
  const key = (...rest: string[]) => stepKey(step.id, ...rest);
  const chosenId = record?.answer?.kind === 'choice' ? record.answer.optionId : undefined;
  const chosen = step.options.find((o) => o.id === chosenId);

  return (
    <div className="choice">
      {step.scene ? <SceneIllustration scene={step.scene} alt={w('alt')} /> : null}
      <p className={classes('step__prompt', readingClass(state, key('prompt')))} id={`${step.id}-prompt`}>
        {w('prompt')}
      </p>
      <ul className="choice__options" role="list" aria-labelledby={`${step.id}-prompt`}>
        {step.options.map((option) => (
          <li key={option.id} className="option-row">
            <button
              type="button"
              className={classes('option-button', readingClass(state, key(option.id, 'label')))}
              aria-pressed={option.id === chosenId}
              onClick={() => onAnswer({ done: true, answer: { kind: 'choice', optionId: option.id } })}
            >
              {w(`${option.id}.label`)}
            </button>
            <ReadItemButton keys={[key(option.id, 'label')]} text={w(`${option.id}.label`)} />
          </li>
        ))}
      </ul>
      <div role="status" className="feedback-area">
        {chosen ? (
          <div className={`feedback feedback--${chosen.tone}`}>
            <p className="feedback__title">{t(`choice.tone.${chosen.tone}`)}</p>
            <p className={readingClass(state, key(chosen.id, 'feedback'))}>{w(`${chosen.id}.feedback`)}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { SceneIllustration } from '../illustrations/scene-illustration';
import { stepWords, type StepProps } from './step-props';

/**
 * "What would you do?": each option leads to its own consequence step. The feedback is kind
 * whatever the child picks; the lesson file guarantees a safe option is always there.
 */
export function ChoiceStep({ step, words, record, onAnswer }: StepProps<'choice'>) {
  const { t } = useTranslation('player');
  const w = stepWords(words, step.id);
  const chosenId = record?.answer?.kind === 'choice' ? record.answer.optionId : undefined;
  const chosen = step.options.find((o) => o.id === chosenId);

  return (
    <div className="choice">
      {step.scene ? <SceneIllustration scene={step.scene} alt={w('alt')} /> : null}
      <p className="step__prompt" id={`${step.id}-prompt`}>
        {w('prompt')}
      </p>
      <ul className="choice__options" role="list" aria-labelledby={`${step.id}-prompt`}>
        {step.options.map((option) => (
          <li key={option.id}>
            <button
              type="button"
              className="option-button"
              aria-pressed={option.id === chosenId}
              onClick={() => onAnswer({ done: true, answer: { kind: 'choice', optionId: option.id } })}
            >
              {w(`${option.id}.label`)}
            </button>
          </li>
        ))}
      </ul>
      <div role="status" className="feedback-area">
        {chosen ? (
          <div className={`feedback feedback--${chosen.tone}`}>
            <p className="feedback__title">{t(`choice.tone.${chosen.tone}`)}</p>
            <p>{w(`${chosen.id}.feedback`)}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepKey } from '../../shared/content/lesson-keys';
import { Button } from '../../shared/ui/button';
import { classes, readingClass, useNarration } from './narration-context';
import { ReadItemButton } from './read-item-button';
import { stepWords, type StepProps } from './step-props';
import { quizLabelKey } from './step-reading';

/** Tries before the explanation and the right answer are shown. */
export const QUIZ_TRIES = 2;

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Single answer, several answers, or true/false. Feedback on each chosen option says why it is
 * right or wrong; a wrong first answer gets a second try; then every option's feedback and the
 * explanation are shown. A point for a right first answer.
 */
export function QuizStep({ step, words, record, onAnswer }: StepProps<'quiz'>) {
  const { t } = useTranslation('player');
  const w = stepWords(words, step.id);
  const groupId = useId();
  const { state } = useNarration();
  const key = (...rest: string[]) => stepKey(step.id, ...rest);
  const saved = record?.answer?.kind === 'quiz' ? record.answer.optionIds : [];
  const [selected, setSelected] = useState<string[]>(record?.done ? saved : []);
  const [hint, setHint] = useState('');
  const attempts = record?.attempts ?? 0;
  const finished = record?.done === true;
  const correctIds = step.options.filter((o) => o.correct).map((o) => o.id);
  const lastTry = record?.answer?.kind === 'quiz' ? record.answer.optionIds : [];
  const lastWasRight = attempts > 0 && sameSet(lastTry, correctIds);
  const isMulti = step.mode === 'multi';
  const label = (id: string) =>
    step.mode === 'true-false' ? t(`quiz.${id as 'true' | 'false'}`) : w(`${id}.label`);
  const labelKey = (id: string) => quizLabelKey(step, id);

  const pick = (id: string) => {
    setHint('');
    setSelected((current) =>
      isMulti ? (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]) : [id],
    );
  };

  const check = () => {
    if (!selected.length) return setHint(t('quiz.pickFirst'));
    const right = sameSet(selected, correctIds);
    const tries = attempts + 1;
    const done = right || tries >= QUIZ_TRIES;
    onAnswer({
      done,
      answer: { kind: 'quiz', optionIds: selected },
      points: right && tries === 1 ? 1 : 0,
      maxPoints: 1,
      attempts: tries,
    });
  };

  const tryAgain = () => {
    setSelected([]);
  };

  // Feedback shows for the options of the last try, and for every option once finished.
  const showFeedbackFor = (id: string) =>
    finished || (attempts > 0 && lastTry.includes(id) && sameSet(selected, lastTry));
  const waitingForRetry = !finished && attempts > 0 && sameSet(selected, lastTry);

  return (
    <div className="quiz">
      <fieldset className="quiz__options" aria-describedby={`${groupId}-how`}>
        <legend className={classes('step__prompt', readingClass(state, key('question')))}>
          {w('question')}
        </legend>
        <p className="hint" id={`${groupId}-how`}>
          {t(`quiz.${step.mode}`)}
        </p>
        <ul role="list">
          {step.options.map((option) => {
            const isSelected = selected.includes(option.id);
            const mark = finished ? (option.correct ? 'right' : isSelected ? 'wrong' : 'none') : 'none';
            return (
              <li key={option.id} className={`quiz__option quiz__option--${mark}`}>
                <label
                  className={classes(
                    'option-button option-button--input',
                    readingClass(state, labelKey(option.id)),
                  )}
                >
                  <input
                    type={isMulti ? 'checkbox' : 'radio'}
                    name={groupId}
                    value={option.id}
                    checked={isSelected}
                    disabled={finished}
                    onChange={() => pick(option.id)}
                  />
                  <span>{label(option.id)}</span>
                  {finished && option.correct ? (
                    <span className="quiz__mark">✓ {t('quiz.correctMark')}</span>
                  ) : null}
                </label>
                <ReadItemButton
                  keys={[
                    labelKey(option.id),
                    ...(showFeedbackFor(option.id) ? [key(option.id, 'feedback')] : []),
                  ]}
                  text={label(option.id)}
                />
                {showFeedbackFor(option.id) ? (
                  <p
                    className={classes(
                      `quiz__feedback quiz__feedback--${option.correct ? 'right' : 'wrong'}`,
                      readingClass(state, key(option.id, 'feedback')),
                    )}
                  >
                    {w(`${option.id}.feedback`)}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {!finished ? (
        <div className="step__actions">
          {waitingForRetry ? (
            <Button variant="primary" onClick={tryAgain}>
              {t('quiz.tryAgain')}
            </Button>
          ) : (
            <Button variant="primary" onClick={check}>
              {t('quiz.check')}
            </Button>
          )}
        </div>
      ) : null}
      <div role="status" className="feedback-area">
        {hint ? <p className="hint">{hint}</p> : null}
        {attempts > 0 && !finished ? <p className="feedback feedback--risky">{t('quiz.notQuite')}</p> : null}
        {finished ? (
          <div className={`feedback ${lastWasRight ? 'feedback--safe' : 'feedback--neutral'}`}>
            <p className="feedback__title">
              {lastWasRight ? t(attempts === 1 ? 'quiz.right' : 'quiz.rightSecond') : t('quiz.answerIs')}
            </p>
            <p className={readingClass(state, key('explanation'))}>{w('explanation')}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}

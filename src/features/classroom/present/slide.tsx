import { useTranslation } from 'react-i18next';
import type { Step } from '../../../shared/content/lesson-schema';
import type { LessonWords } from '../../i18n/use-lesson-words';
import { Avatar } from '../../illustrations/avatar';
import { SceneIllustration } from '../../illustrations/scene-illustration';
import type { PresentAction } from './present-state';

export type SlideProps = {
  step: Step;
  words: LessonWords;
  revealed: boolean;
  votes: Record<string, number>;
  dispatch: (action: PresentAction) => void;
};

/**
 * One lesson step drawn for a projector: everything shown at once, answers hidden until the
 * teacher reveals them, and a vote tally the teacher taps for choices and quizzes.
 */
export function Slide({ step, words, revealed, votes, dispatch }: SlideProps) {
  const { t } = useTranslation('classroom');
  const { t: tc } = useTranslation('common');
  const { t: tp } = useTranslation('player');
  const w = (key: string) => words(`steps.${step.id}.${key}`);

  const tally = (optionId: string, label: string) => (
    <span className="tally">
      <button
        type="button"
        className="tally__button"
        aria-label={t('present.voteAgainst', { option: label })}
        onClick={() => dispatch({ type: 'vote', stepId: step.id, optionId, change: -1 })}
      >
        −
      </button>
      <span className="tally__count" aria-live="polite">
        {t('present.voteCount', { count: votes[optionId] ?? 0 })}
      </span>
      <button
        type="button"
        className="tally__button"
        aria-label={t('present.voteFor', { option: label })}
        onClick={() => dispatch({ type: 'vote', stepId: step.id, optionId, change: 1 })}
      >
        +
      </button>
    </span>
  );

  switch (step.kind) {
    case 'story':
      return (
        <div className="slide__story">
          {step.panels.map((panel) => (
            <figure key={panel.id}>
              <SceneIllustration scene={panel.scene} alt={w(`${panel.id}.alt`)} />
              <figcaption>{w(`${panel.id}.text`)}</figcaption>
            </figure>
          ))}
        </div>
      );
    case 'chat': {
      const people = new Map(step.participants.map((p) => [p.id, p]));
      return (
        <>
          <p className="slide__prompt">{w('prompt')}</p>
          <ol className="slide__chat">
            {step.messages.map((m) => {
              const person = people.get(m.from)!;
              return (
                <li
                  key={m.id}
                  className={`bubble ${person.role === 'child' ? 'bubble--mine' : 'bubble--theirs'}`}
                >
                  <Avatar avatar={person.avatar} size={44} />
                  <div className="bubble__body">
                    <p className="bubble__name">{w(`${person.id}.name`)}</p>
                    <p className="bubble__text">{w(`${m.id}.text`)}</p>
                    {revealed && person.role !== 'child' ? (
                      <p className={`verdict ${m.flag ? 'verdict--found' : ''}`}>
                        <strong>
                          {m.flag
                            ? `⚑ ${t('present.redFlag', { tactic: tc(`tactics.${m.flag.tactic}`) })}`
                            : `✓ ${t('present.fine')}`}
                        </strong>{' '}
                        {w(`${m.id}.why`)}
                      </p>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      );
    }
    case 'choice':
    case 'quiz': {
      const question = step.kind === 'choice' ? w('prompt') : w('question');
      const label = (id: string) =>
        step.kind === 'quiz' && step.mode === 'true-false'
          ? tp(id === 'true' ? 'quiz.true' : 'quiz.false')
          : w(`${id}.label`);
      return (
        <>
          {step.kind === 'choice' && step.scene ? (
            <SceneIllustration scene={step.scene} alt={w('alt')} />
          ) : null}
          <p className="slide__prompt">{question}</p>
          <ul className="slide__options" role="list">
            {step.options.map((o) => {
              const text = label(o.id);
              const good = 'correct' in o ? o.correct : o.tone === 'safe';
              return (
                <li key={o.id} className={`slide__option ${revealed && good ? 'slide__option--good' : ''}`}>
                  <span className="slide__option-text">
                    {revealed && good ? (
                      <strong>✓ {step.kind === 'quiz' ? t('present.correct') : t('present.safe')}: </strong>
                    ) : null}
                    {text}
                  </span>
                  {tally(o.id, text)}
                  {revealed ? <p className="slide__feedback">{w(`${o.id}.feedback`)}</p> : null}
                </li>
              );
            })}
          </ul>
          {revealed && step.kind === 'quiz' ? <p className="slide__explanation">{w('explanation')}</p> : null}
        </>
      );
    }
    case 'sort':
      return (
        <>
          <p className="slide__prompt">{w('prompt')}</p>
          <p>{step.buckets.map((b) => w(`${b.id}.label`)).join(' · ')}</p>
          <ul className="slide__options" role="list">
            {step.items.map((item) => (
              <li key={item.id} className="slide__option">
                <span className="slide__option-text">{w(`${item.id}.label`)}</span>
                {revealed ? (
                  <p className="slide__feedback">
                    <strong>{t('present.belongsIn', { bucket: w(`${item.bucket}.label`) })}.</strong>{' '}
                    {w(`${item.id}.feedback`)}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      );
    case 'reflect':
      return (
        <>
          {step.scene ? <SceneIllustration scene={step.scene} alt={w('alt')} /> : null}
          <p className="slide__prompt">{w('prompt')}</p>
          <p>{t('present.discuss')}</p>
        </>
      );
    case 'recap':
      return (
        <ul className="slide__recap">
          {step.points.map((p) => (
            <li key={p.id}>{w(`${p.id}.text`)}</li>
          ))}
        </ul>
      );
  }
}

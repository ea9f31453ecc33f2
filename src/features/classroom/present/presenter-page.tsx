import { useTranslation } from 'react-i18next';
import type { Lesson, Step } from '../../../shared/content/lesson-schema';
import { Button } from '../../../shared/ui/button';
import { useLessonWords, type LessonWords } from '../../i18n/use-lesson-words';
import { DiscussionTimer } from './discussion-timer';
import { usePresentSync } from './use-present-sync';

export type PresenterPageProps = { lesson: Lesson };

/**
 * The teacher's own window beside the projected one: what is on screen, its answers, what comes
 * next, the facilitator notes and the timer. Both windows drive the same state.
 */
export function PresenterPage({ lesson }: PresenterPageProps) {
  const { t } = useTranslation('classroom');
  const words = useLessonWords(lesson.id);
  const [state, dispatch] = usePresentSync(lesson.id, lesson.steps.length);
  const step = lesson.steps[state.slide]!;
  const next = lesson.steps[state.slide + 1];
  const title = (s: Step) => words(`steps.${s.id}.title`);

  return (
    <div className="presenter">
      <h1>{t('presenter.title', { title: words('meta.title') })}</h1>
      <p className="hint">{t('presenter.synced')}</p>
      <div className="presenter__grid">
        <section aria-labelledby="presenter-now">
          <h2 id="presenter-now">{t('presenter.now')}</h2>
          <p className="presenter__step">
            {t('present.slide', { current: state.slide + 1, total: lesson.steps.length })}:{' '}
            <strong>{title(step)}</strong>
          </p>
          <div className="presenter__controls">
            <Button
              onClick={() => dispatch({ type: 'go', slide: state.slide - 1 })}
              disabled={state.slide === 0}
            >
              {t('present.previous')}
            </Button>
            <Button variant="primary" onClick={() => dispatch({ type: 'toggleReveal', stepId: step.id })}>
              {state.revealed.includes(step.id) ? t('present.hide') : t('present.reveal')}
            </Button>
            <Button
              variant="primary"
              onClick={() => dispatch({ type: 'go', slide: state.slide + 1 })}
              disabled={!next}
            >
              {t('present.next')}
            </Button>
          </div>
          <h3>{t('presenter.answers')}</h3>
          <Answers step={step} words={words} />
        </section>
        <section aria-labelledby="presenter-next">
          <h2 id="presenter-next">{t('presenter.next')}</h2>
          <p>{next ? title(next) : t('presenter.end')}</p>
          <DiscussionTimer timer={state.timer} dispatch={dispatch} />
        </section>
      </div>
      <section aria-labelledby="presenter-notes">
        <h2 id="presenter-notes">{t('presenter.notes')}</h2>
        <h3>{t('presenter.activity')}</h3>
        <p>{words('meta.teacherNotes.activity')}</p>
        <h3>{t('presenter.discussion')}</h3>
        <ul>
          {lesson.discussion.map((id) => (
            <li key={id}>{words(`meta.discussion.${id}`)}</li>
          ))}
        </ul>
        <p className="presenter__disclosure">{t('presenter.disclosure')}</p>
      </section>
    </div>
  );
}

function Answers({ step, words }: { step: Step; words: LessonWords }) {
  const w = (key: string) => words(`steps.${step.id}.${key}`);
  switch (step.kind) {
    case 'chat':
      return (
        <ul>
          {step.messages
            .filter((m) => m.flag)
            .map((m) => (
              <li key={m.id}>
                “{w(`${m.id}.text`)}”: {w(`${m.id}.why`)}
              </li>
            ))}
        </ul>
      );
    case 'choice':
      return (
        <ul>
          {step.options.map((o) => (
            <li key={o.id}>
              {o.tone === 'safe' ? '✓ ' : ''}
              {w(`${o.id}.label`)}: {w(`${o.id}.feedback`)}
            </li>
          ))}
        </ul>
      );
    case 'quiz':
      return (
        <>
          <ul>
            {step.options
              .filter((o) => o.correct)
              .map((o) => (
                <li key={o.id}>✓ {w(`${o.id}.feedback`)}</li>
              ))}
          </ul>
          <p>{w('explanation')}</p>
        </>
      );
    case 'sort':
      return (
        <ul>
          {step.items.map((item) => (
            <li key={item.id}>
              {w(`${item.id}.label`)} → {w(`${item.bucket}.label`)}
            </li>
          ))}
        </ul>
      );
    default:
      return <p>—</p>;
  }
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Lesson } from '../../../shared/content/lesson-schema';
import { Button } from '../../../shared/ui/button';
import { useLessonWords } from '../../i18n/use-lesson-words';
import { DiscussionTimer } from './discussion-timer';
import { Slide } from './slide';
import { usePresentSync } from './use-present-sync';

export type PresentPageProps = { lesson: Lesson };

/**
 * Present mode for a projector: the lesson's steps as slides in large type, answers hidden until
 * revealed, class votes, a discussion timer; arrow keys, space and presenter clickers
 * (Page Up / Page Down) move between slides. Nothing here touches a child's saved progress.
 */
export function PresentPage({ lesson }: PresentPageProps) {
  const { t, i18n } = useTranslation('classroom');
  const words = useLessonWords(lesson.id);
  const [state, dispatch] = usePresentSync(lesson.id, lesson.steps.length);
  const step = lesson.steps[state.slide]!;
  const revealed = state.revealed.includes(step.id);

  useEffect(() => {
    const rtl = i18n.dir() === 'rtl';
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.altKey || event.ctrlKey || event.metaKey || target.closest('input, select, textarea')) return;
      // Space on a focused button presses that button; elsewhere it moves on, as clickers expect.
      const onButton = target.closest('button, a');
      const forward = ['PageDown', rtl ? 'ArrowLeft' : 'ArrowRight', ...(onButton ? [] : [' '])];
      const back = ['PageUp', rtl ? 'ArrowRight' : 'ArrowLeft'];
      if (forward.includes(event.key)) dispatch({ type: 'go', slide: state.slide + 1 });
      else if (back.includes(event.key)) dispatch({ type: 'go', slide: state.slide - 1 });
      // By physical key, so R and T work on any keyboard layout (Arabic, Ukrainian...).
      else if (event.code === 'KeyR') dispatch({ type: 'toggleReveal', stepId: step.id });
      else if (event.code === 'KeyT') dispatch({ type: 'timerToggle', now: Date.now() });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch, i18n, state.slide, step.id]);

  const openPresenter = () => {
    const url = `${window.location.href.split('#')[0]}#/classroom/${lesson.id}/presenter`;
    if (!window.open(url, `presenter-${lesson.id}`, 'popup,width=900,height=700'))
      window.alert(t('present.presenterBlocked'));
  };
  const hasAnswers =
    step.kind === 'chat' || step.kind === 'choice' || step.kind === 'quiz' || step.kind === 'sort';

  return (
    <div className="present">
      <header className="present__bar">
        <h1 className="present__lesson">{t('present.title', { title: words('meta.title') })}</h1>
        <p className="present__count" aria-live="polite">
          {t('present.slide', { current: state.slide + 1, total: lesson.steps.length })}
        </p>
      </header>
      <section className="present__slide" aria-labelledby="slide-title">
        <h2 id="slide-title">{words(`steps.${step.id}.title`)}</h2>
        <Slide
          step={step}
          words={words}
          revealed={revealed}
          votes={state.votes[step.id] ?? {}}
          dispatch={dispatch}
        />
      </section>
      <nav className="present__controls" aria-label={t('present.keys')}>
        <Button onClick={() => dispatch({ type: 'go', slide: state.slide - 1 })} disabled={state.slide === 0}>
          <span className="icon-flip" aria-hidden="true">
            ←
          </span>{' '}
          {t('present.previous')}
        </Button>
        {hasAnswers ? (
          <Button
            variant="primary"
            aria-pressed={revealed}
            onClick={() => dispatch({ type: 'toggleReveal', stepId: step.id })}
          >
            {revealed ? t('present.hide') : t('present.reveal')}
          </Button>
        ) : null}
        <Button
          variant="primary"
          onClick={() => dispatch({ type: 'go', slide: state.slide + 1 })}
          disabled={state.slide === lesson.steps.length - 1}
        >
          {t('present.next')}{' '}
          <span className="icon-flip" aria-hidden="true">
            →
          </span>
        </Button>
      </nav>
      <DiscussionTimer timer={state.timer} dispatch={dispatch} />
      <p className="present__tools">
        <Button onClick={openPresenter}>{t('present.openPresenter')}</Button>
        <Link className="button button--quiet" to={`/classroom/${lesson.id}`}>
          {t('present.exit')}
        </Link>
      </p>
      <p className="hint">
        {t('present.keys')} {t('present.notPresenting')}
      </p>
    </div>
  );
}

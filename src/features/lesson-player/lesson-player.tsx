import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { soundEffects } from '../../shared/audio/sound-effects';
import { nextStepAfter, routeFrom } from '../../shared/content/lesson-graph';
import type { Band } from '../../shared/content/content-constants';
import type { Lesson } from '../../shared/content/lesson-schema';
import { useLessonWords } from '../i18n/use-lesson-words';
import { freshProgress, useProgressStore } from '../progress/progress-store';
import type { LessonProgress, StepRecord } from '../progress/saved-progress';
import { loadSortStep } from './lazy-sort-step';
import { LessonSummary } from './lesson-summary';
import { NarrationProvider } from './narration-provider';
import { ProgressBar } from './progress-bar';
import { StepControls } from './step-controls';
import { answerSound, feedbackKeys, stepReadingKeys } from './step-reading';
import { StepView } from './step-view';

export type LessonPlayerProps = {
  lesson: Lesson;
  band: Band;
  /** A parent and child playing together: talking points appear between steps. */
  family?: boolean;
};

/** Steps that are done once read; the others wait for the child's answer. */
const ANSWERED_BY_READING = new Set(['story', 'reflect', 'recap']);

type Mode = 'play' | 'summary' | 'review';

function isFinished(lesson: Lesson, progress: LessonProgress | undefined): boolean {
  const current = lesson.steps.find((s) => s.id === progress?.currentStepId);
  return (
    Boolean(progress?.completedAt) && current?.kind === 'recap' && Boolean(progress?.steps[current.id]?.done)
  );
}

/** Plays one lesson step by step, saving every answer as it is given, so a child can leave and resume exactly. */
export function LessonPlayer({ lesson, band, family = false }: LessonPlayerProps) {
  const { t } = useTranslation('player');
  const words = useLessonWords(lesson.id);
  // A lesson opened for the first time is drawn at its first step straight away; the effect below
  // saves that start. (Drawing nothing until then would cost a second render before the first paint.)
  const progress = useProgressStore((s) => s.lessons[lesson.id]) ?? freshProgress(lesson);
  const { openLesson, answerStep, goToStep, goBack, completeLesson, restartLesson, saveNote } =
    useProgressStore.getState();
  // A finished lesson reopens on its summary; anything else resumes at the saved step.
  const [mode, setMode] = useState<Mode>(() => (isFinished(lesson, progress) ? 'summary' : 'play'));
  const [reviewIndex, setReviewIndex] = useState(0);
  const [moved, setMoved] = useState(false);
  // A new object per answer, so the narrator reads each answer's feedback once.
  const [answered, setAnswered] = useState<{ keys: string[] }>();

  // Fit saved progress to the lesson as it is now (or start it), once per opening.
  useEffect(() => {
    openLesson(lesson);
  }, [lesson, openLesson]);

  // Fetch the drag-and-drop step once the first step is on screen, so it is ready when reached.
  useEffect(() => {
    if (!lesson.steps.some((s) => s.kind === 'sort')) return;
    const timer = setTimeout(() => void loadSortStep().catch(() => {}), 1000);
    return () => clearTimeout(timer);
  }, [lesson]);

  const title = words('meta.title');

  if (mode === 'summary')
    return (
      <LessonSummary
        lesson={lesson}
        band={band}
        progress={progress}
        title={title}
        badgeName={words('meta.badge')}
        onAgain={() => {
          restartLesson(lesson);
          setMoved(false);
          setMode('play');
        }}
        onReview={() => {
          setReviewIndex(0);
          setMoved(false);
          setMode('review');
        }}
      />
    );

  const reviewing = mode === 'review';
  const path = reviewing ? progress.visited : undefined;
  const stepId = reviewing ? path![reviewIndex]! : progress.currentStepId;
  const step = lesson.steps.find((s) => s.id === stepId) ?? lesson.steps[0]!;
  const record = progress.steps[step.id];
  const position = reviewing ? reviewIndex + 1 : progress.visited.length;
  const total = reviewing ? path!.length : progress.visited.length - 1 + routeFrom(lesson, step.id).length;
  const canGoOn = reviewing || ANSWERED_BY_READING.has(step.kind) || record?.done === true;
  const nextId = nextStepAfter(
    lesson,
    step,
    record?.answer?.kind === 'choice' ? record.answer.optionId : undefined,
  );

  const onAnswer = (answer: StepRecord) => {
    if (reviewing) return;
    answerStep(lesson.id, step.id, answer);
    const sound = answerSound(step, answer);
    if (sound) soundEffects.play(sound);
    setAnswered({ keys: feedbackKeys(step, answer) });
  };

  const onNext = () => {
    setMoved(true);
    setAnswered(undefined);
    if (reviewing) {
      if (reviewIndex + 1 < path!.length) setReviewIndex(reviewIndex + 1);
      else setMode('summary');
      return;
    }
    if (ANSWERED_BY_READING.has(step.kind) && !record?.done) answerStep(lesson.id, step.id, { done: true });
    if (nextId) goToStep(lesson.id, nextId);
    else {
      completeLesson(lesson.id);
      soundEffects.play('finished');
      setMode('summary');
    }
  };

  const onBack = () => {
    setMoved(true);
    setAnswered(undefined);
    if (reviewing) setReviewIndex(Math.max(0, reviewIndex - 1));
    else goBack(lesson.id);
  };

  const nextStep = reviewing ? path![reviewIndex + 1] : nextId;

  return (
    <NarrationProvider
      lessonId={lesson.id}
      band={band}
      words={words}
      openStep={`${mode}:${position}:${step.id}`}
      keysOnOpen={stepReadingKeys(step, record)}
      answerFeedback={answered}
      nextKey={nextStep ? `steps.${nextStep}.title` : undefined}
    >
      <div className="player" data-band={band}>
        <header className="player__header">
          <h1 className="player__lesson-title">{title}</h1>
          <Link to={`/learn/${band}`} className="player__leave">
            {t('controls.leave')}
          </Link>
        </header>
        <ProgressBar current={position} total={Math.max(total, position)} />
        {reviewing ? <p className="notice notice--info">{t('summary.reviewing')}</p> : null}
        {family ? <p className="notice notice--info">{t('family.banner')}</p> : null}
        <StepView
          key={step.id}
          step={step}
          words={words}
          record={record}
          onAnswer={onAnswer}
          note={progress.notes?.[step.id]}
          onSaveNote={(note) => saveNote(lesson.id, step.id, note)}
          takeFocus={moved}
        />
        {family && canGoOn ? <FamilyTalk lesson={lesson} position={position} words={words} /> : null}
        <StepControls
          canGoBack={position > 1}
          canGoOn={canGoOn}
          isLast={!reviewing && !nextId}
          onBack={onBack}
          onNext={onNext}
        />
      </div>
    </NarrationProvider>
  );
}

/** Between steps in family mode, one of the lesson's conversation starters or discussion prompts, in turn. */
function FamilyTalk({
  lesson,
  position,
  words,
}: {
  lesson: Lesson;
  position: number;
  words: (key: string) => string;
}) {
  const { t } = useTranslation('player');
  const prompts = [
    ...lesson.parentStarters.map((id) => `meta.parentStarters.${id}`),
    ...lesson.discussion.map((id) => `meta.discussion.${id}`),
  ];
  return (
    <aside className="family-talk" aria-labelledby="family-talk">
      <h3 id="family-talk">{t('family.title')}</h3>
      <p>{words(prompts[(position - 1) % prompts.length]!)}</p>
    </aside>
  );
}

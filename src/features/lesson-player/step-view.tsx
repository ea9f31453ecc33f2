import { useEffect, useRef } from 'react';
import type { Step } from '../../shared/content/lesson-schema';
import type { LessonWords } from '../i18n/use-lesson-words';
import type { StepRecord } from '../progress/saved-progress';
import { ChatStep } from './chat-step';
import { ChoiceStep } from './choice-step';
import { classes, readingClass, useNarration } from './narration-context';
import { QuizStep } from './quiz-step';
import { ReadAloudButton } from './read-aloud-button';
import { RecapStep } from './recap-step';
import { LazySortStep } from './lazy-sort-step';
import { ReflectStep } from './reflect-step';
import { stepReadingKeys } from './step-reading';
import { StoryStep } from './story-step';

export type StepViewProps = {
  step: Step;
  words: LessonWords;
  record: StepRecord | undefined;
  onAnswer: (record: StepRecord) => void;
  note: string | undefined;
  onSaveNote: (note: string | undefined) => void;
  /** Move focus to the heading: true after the child moves between steps, false on first open. */
  takeFocus: boolean;
};

/**
 * One step: its heading (focused when the step changes, so screen readers start there), "Read
 * aloud", and its body.
 */
export function StepView({ step, words, record, onAnswer, note, onSaveNote, takeFocus }: StepViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { state } = useNarration();
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [step.id, takeFocus]);

  return (
    <section className={`step step--${step.kind}`} aria-labelledby={`step-${step.id}`}>
      <h2
        id={`step-${step.id}`}
        ref={heading}
        tabIndex={-1}
        className={classes('step__title', readingClass(state, `steps.${step.id}.title`))}
      >
        {words(`steps.${step.id}.title`)}
      </h2>
      <ReadAloudButton keys={stepReadingKeys(step, record)} />
      {renderBody()}
    </section>
  );

  function renderBody() {
    const common = { words, record, onAnswer };
    switch (step.kind) {
      case 'story':
        return <StoryStep step={step} {...common} />;
      case 'chat':
        return <ChatStep key={step.id} step={step} {...common} />;
      case 'choice':
        return <ChoiceStep step={step} {...common} />;
      case 'quiz':
        return <QuizStep key={`${step.id}-${record?.done ? 'done' : 'open'}`} step={step} {...common} />;
      case 'sort':
        return <LazySortStep key={step.id} step={step} {...common} />;
      case 'reflect':
        return <ReflectStep key={step.id} step={step} {...common} note={note} onSaveNote={onSaveNote} />;
      case 'recap':
        return <RecapStep step={step} {...common} />;
    }
  }
}

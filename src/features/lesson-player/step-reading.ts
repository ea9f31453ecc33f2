import { uiWordKey, type SoundEffect } from '../../shared/audio/audio-files';
import { stepKey } from '../../shared/content/lesson-keys';
import type { Step } from '../../shared/content/lesson-schema';
import type { StepRecord } from '../progress/saved-progress';

/**
 * The narration key of a quiz option's label: a lesson word, except True and False, which are the
 * player's own words with the player's own clips.
 */
export function quizLabelKey(step: Extract<Step, { kind: 'quiz' }>, optionId: string): string {
  return step.mode === 'true-false'
    ? uiWordKey(`quiz.${optionId as 'true' | 'false'}`)
    : stepKey(step.id, optionId, 'label');
}

/**
 * What "Read aloud" reads on a step, in screen order: its title and main text, then any feedback
 * now showing. Messages, options and cards also have their own small buttons, so a child can
 * hear one again without the whole step.
 */
export function stepReadingKeys(step: Step, record: StepRecord | undefined): string[] {
  const k = (...rest: string[]) => stepKey(step.id, ...rest);
  const keys = [k('title')];
  switch (step.kind) {
    case 'story':
      keys.push(...step.panels.map((p) => k(p.id, 'text')));
      break;
    case 'chat':
      keys.push(k('prompt'));
      break;
    case 'choice': {
      keys.push(k('prompt'), ...step.options.map((o) => k(o.id, 'label')));
      const chosen = record?.answer?.kind === 'choice' ? record.answer.optionId : undefined;
      if (chosen) keys.push(k(chosen, 'feedback'));
      break;
    }
    case 'quiz':
      keys.push(k('question'));
      keys.push(...step.options.map((o) => quizLabelKey(step, o.id)));
      if (record?.done) keys.push(k('explanation'));
      break;
    case 'sort':
      keys.push(k('prompt'), ...step.buckets.map((b) => k(b.id, 'label')));
      if (!record?.done) keys.push(...step.items.map((i) => k(i.id, 'label')));
      break;
    case 'reflect':
      keys.push(k('prompt'));
      break;
    case 'recap':
      keys.push(
        ...step.points.map((p) => k(p.id, 'text')),
        uiWordKey('recap.trustedAdults'),
        uiWordKey('recap.help'),
      );
      break;
  }
  return keys;
}

/**
 * The feedback an answer has just put on screen, in screen order: read aloud straight after the
 * answer wherever steps are read on opening (4-7 by default), so a child who cannot read hears
 * why, not only the chime.
 */
export function feedbackKeys(step: Step, record: StepRecord): string[] {
  const k = (...rest: string[]) => stepKey(step.id, ...rest);
  const answer = record.answer;
  switch (answer?.kind) {
    case 'choice':
      return [k(answer.optionId, 'feedback')];
    case 'quiz':
      return [
        ...answer.optionIds.map((id) => k(id, 'feedback')),
        ...(record.done && step.kind === 'quiz' ? [k('explanation')] : []),
      ];
    case 'chat':
      // Why each warning sign is one, and why a message the child marked is fine after all.
      return step.kind === 'chat'
        ? step.messages.filter((m) => m.flag || answer.flagged.includes(m.id)).map((m) => k(m.id, 'why'))
        : [];
    case 'sort':
      return step.kind === 'sort' ? step.items.map((i) => k(i.id, 'feedback')) : [];
    default:
      return [];
  }
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The sound for an answer: "correct" for a right or safe one, "try-again" (soft, never a buzzer)
 * for one to think again about, "red-flag" when a chat's warning signs were found.
 */
export function answerSound(step: Step, record: StepRecord): SoundEffect | undefined {
  const answer = record.answer;
  switch (answer?.kind) {
    case 'chat':
      return (record.points ?? 0) > 0 ? 'red-flag' : 'try-again';
    case 'choice': {
      const tone =
        step.kind === 'choice' ? step.options.find((o) => o.id === answer.optionId)?.tone : undefined;
      return tone === 'safe' ? 'correct' : tone === 'risky' ? 'try-again' : undefined;
    }
    case 'quiz': {
      if (step.kind !== 'quiz') return undefined;
      const right = step.options.filter((o) => o.correct).map((o) => o.id);
      return sameSet(answer.optionIds, right) ? 'correct' : 'try-again';
    }
    case 'sort':
      return record.points === record.maxPoints ? 'correct' : 'try-again';
    default:
      return undefined;
  }
}

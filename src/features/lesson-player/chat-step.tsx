import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepKey } from '../../shared/content/lesson-keys';
import { Button } from '../../shared/ui/button';
import { Avatar } from '../illustrations/avatar';
import { useReducedMotion } from '../settings/use-document-preferences';
import { classes, readingClass, useNarration } from './narration-context';
import { ReadItemButton } from './read-item-button';
import { stepWords, type StepProps } from './step-props';

/** Time between messages: long enough to read a short message aloud, short enough to keep attention. */
export const CHAT_MESSAGE_INTERVAL_MS = 1800;

type Verdict = 'found' | 'missed' | 'fineFlagged' | 'fine';

/**
 * A simulated chat. Messages arrive one at a time (all at once under reduced motion, or with
 * "show all"); the child marks the ones that worry them, then every message is explained, red
 * flags with their tactic and fine messages as fine, so children learn not every message is a threat.
 */
export function ChatStep({ step, words, record, onAnswer }: StepProps<'chat'>) {
  const { t } = useTranslation('player');
  const { t: tc } = useTranslation('common');
  const w = stepWords(words, step.id);
  const reduced = useReducedMotion();
  const { state } = useNarration();
  const key = (...rest: string[]) => stepKey(step.id, ...rest);
  const checked = record?.done === true && record.answer?.kind === 'chat';
  const [flagged, setFlagged] = useState<Set<string>>(
    () => new Set(record?.answer?.kind === 'chat' ? record.answer.flagged : []),
  );
  const [revealed, setRevealed] = useState(1);
  // Under reduced motion, and once answered, the whole chat shows at once.
  const shown = checked || reduced ? step.messages.length : revealed;
  const allShown = shown >= step.messages.length;

  useEffect(() => {
    if (allShown) return;
    const timer = window.setTimeout(() => setRevealed((n) => n + 1), CHAT_MESSAGE_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [revealed, allShown]);

  const people = new Map(step.participants.map((p) => [p.id, p]));
  const redFlags = step.messages.filter((m) => m.flag);
  const verdictOf = (id: string): Verdict => {
    const isFlag = Boolean(step.messages.find((m) => m.id === id)?.flag);
    const marked = flagged.has(id);
    return isFlag ? (marked ? 'found' : 'missed') : marked ? 'fineFlagged' : 'fine';
  };

  const toggle = (id: string) =>
    setFlagged((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const check = () =>
    onAnswer({
      done: true,
      answer: { kind: 'chat', flagged: [...flagged] },
      points: redFlags.filter((m) => flagged.has(m.id)).length,
      maxPoints: redFlags.length,
      attempts: 1,
    });

  const found = redFlags.filter((m) => flagged.has(m.id)).length;
  const falseFlags = step.messages.filter((m) => !m.flag && flagged.has(m.id)).length;
  const typing = !allShown ? people.get(step.messages[shown]?.from ?? '') : undefined;

  return (
    <div className="chat" data-app={step.app}>
      <p className={classes('step__prompt', readingClass(state, key('prompt')))}>{w('prompt')}</p>
      <div className="chat__window">
        <p className="chat__app-name">{t(`chat.apps.${step.app}`)}</p>
        <ol className="chat__log" role="log" aria-live="polite" aria-label={t('chat.log')}>
          {step.messages.slice(0, shown).map((message) => {
            const person = people.get(message.from)!;
            const isChild = person.role === 'child';
            const text = w(`${message.id}.text`);
            const name = w(`${person.id}.name`);
            const verdict = checked ? verdictOf(message.id) : undefined;
            return (
              <li
                key={message.id}
                className={`bubble ${isChild ? 'bubble--mine' : 'bubble--theirs'} ${verdict ? `bubble--${verdict}` : ''}`}
              >
                <Avatar avatar={person.avatar} size={36} />
                <div className="bubble__body">
                  <p className="bubble__name">{name}</p>
                  <p className={classes('bubble__text', readingClass(state, key(message.id, 'text')))}>
                    {text}
                  </p>
                  <ReadItemButton
                    keys={[key(message.id, 'text'), ...(verdict && !isChild ? [key(message.id, 'why')] : [])]}
                    text={`${name}: ${text}`}
                  />
                  {!isChild && !checked ? (
                    <button
                      type="button"
                      className="flag-toggle"
                      aria-pressed={flagged.has(message.id)}
                      aria-label={t('chat.flagLabel', { text: `${name}: ${text}` })}
                      onClick={() => toggle(message.id)}
                    >
                      <span aria-hidden="true">⚑</span> {t('chat.flag')}
                    </button>
                  ) : null}
                  {verdict && !isChild ? (
                    <div className={`verdict verdict--${verdict}`}>
                      <p className="verdict__title">
                        <span aria-hidden="true">
                          {verdict === 'found' || verdict === 'missed' ? '⚑ ' : '✓ '}
                        </span>
                        {t(`chat.verdict.${verdict}`, {
                          tactic: message.flag ? tc(`tactics.${message.flag.tactic}`) : '',
                        })}
                      </p>
                      <p className={readingClass(state, key(message.id, 'why'))}>{w(`${message.id}.why`)}</p>
                    </div>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
        {typing ? (
          <p className="chat__typing" aria-hidden="true">
            {t('chat.typing', { name: w(`${typing.id}.name`) })}
          </p>
        ) : null}
      </div>
      <div className="step__actions">
        {!allShown ? (
          <Button onClick={() => setRevealed(step.messages.length)}>{t('chat.showAll')}</Button>
        ) : null}
        {!checked ? (
          <Button
            variant="primary"
            onClick={check}
            disabled={!allShown}
            aria-describedby={!allShown ? `${step.id}-need` : undefined}
          >
            {t('chat.check')}
          </Button>
        ) : null}
        {!allShown ? (
          <p className="hint" id={`${step.id}-need`}>
            {t('chat.needAll')}
          </p>
        ) : null}
      </div>
      <div role="status" className="feedback-area">
        {checked ? (
          <div className="feedback feedback--summary">
            <p className="feedback__title">{t('chat.result', { found, count: redFlags.length })}</p>
            {falseFlags ? <p>{t('chat.falseFlags', { count: falseFlags })}</p> : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';
import { Notice } from '../../shared/ui/notice';
import { progressCode, readProgressCode, type FinishedLesson } from '../progress/progress-code';
import { useProgressStore } from '../progress/progress-store';

/**
 * The short progress code: shown to copy or write down, and typed in on another device. Typing a
 * code only adds finished lessons, after a confirmation; a mistyped code changes nothing.
 */
export function ProgressCodePanel() {
  const { t } = useTranslation();
  const inputId = useId();
  const lessons = useProgressStore((s) => s.lessons);
  const code = progressCode({ lessons });
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState<FinishedLesson[]>();
  const [message, setMessage] = useState<{ tone: 'success' | 'warning' | 'info'; text: string }>();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setMessage({ tone: 'success', text: t('settings.code.copied') });
    } catch {
      // No clipboard (an old browser, or permission refused): the code is on screen to write down.
      setMessage({ tone: 'info', text: t('settings.code.copyFailed') });
    }
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    setPending(undefined);
    const result = readProgressCode(typed);
    if (!result.ok)
      return setMessage({ tone: 'warning', text: t(`settings.code.problems.${result.problem}`) });
    if (!result.finished.length) return setMessage({ tone: 'info', text: t('settings.code.nothing') });
    setMessage(undefined);
    setPending(result.finished);
  };

  const add = () => {
    if (!pending) return;
    useProgressStore.getState().addFinished(pending);
    setPending(undefined);
    setTyped('');
    setMessage({ tone: 'success', text: t('settings.code.done') });
  };

  return (
    <div className="progress-code">
      <h3>{t('settings.code.title')}</h3>
      <p>{t('settings.code.text')}</p>
      <p className="progress-code__show">
        <span>{t('settings.code.yours')}</span> <code className="progress-code__code">{code}</code>
      </p>
      <Button onClick={() => void copy()}>{t('settings.code.copy')}</Button>
      <form className="progress-code__form" onSubmit={check}>
        <label htmlFor={inputId}>{t('settings.code.enter')}</label>
        <input
          id={inputId}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          className="progress-code__input"
        />
        <Button type="submit">{t('settings.code.use')}</Button>
      </form>
      {pending ? (
        <ConfirmPanel
          question={t('settings.code.confirm', { count: pending.length })}
          yes={t('settings.code.yes')}
          no={t('settings.move.no')}
          onYes={add}
          onNo={() => setPending(undefined)}
        />
      ) : null}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </div>
  );
}

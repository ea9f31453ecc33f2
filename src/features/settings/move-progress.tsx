import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';
import { Notice } from '../../shared/ui/notice';
import { progressFile, readProgressFile, type ImportResult } from '../progress/progress-file';
import { useProgressStore } from '../progress/progress-store';
import { ProgressCodePanel } from './progress-code-panel';

type Pending = Extract<ImportResult, { ok: true }>;

/**
 * Export progress to a file, and import one after a clear confirmation; a bad file changes nothing.
 * Below it, the short progress code for a child without a way to move files.
 */
export function MoveProgress() {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending>();
  const [message, setMessage] = useState<{ tone: 'success' | 'warning'; text: string }>();

  const save = () => {
    const { lessons, nickname } = useProgressStore.getState();
    const file = progressFile({ lessons, ...(nickname ? { nickname } : {}) });
    const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.click();
    URL.revokeObjectURL(url);
  };

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setMessage(undefined);
    const result = readProgressFile(await file.text());
    if (result.ok) setPending(result);
    else setMessage({ tone: 'warning', text: t(`settings.move.problems.${result.problem}`) });
  };

  const replace = () => {
    if (!pending) return;
    useProgressStore.getState().replaceAll(pending.state);
    setPending(undefined);
    setMessage({ tone: 'success', text: t('settings.move.done') });
  };

  return (
    <section className="settings__group" aria-labelledby="settings-move">
      <h2 id="settings-move">{t('settings.move.title')}</h2>
      <p>{t('settings.move.text')}</p>
      <Button onClick={save}>{t('settings.move.export')}</Button>
      <label htmlFor={inputId} className="button button--secondary file-button">
        {t('settings.move.import')}
      </label>
      <input
        ref={input}
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        onChange={(e) => void open(e)}
      />
      {pending ? (
        <ConfirmPanel
          question={t('settings.move.confirm', { count: pending.lessons, finished: pending.finished })}
          yes={t('settings.move.yes')}
          no={t('settings.move.no')}
          onYes={replace}
          onNo={() => setPending(undefined)}
        />
      ) : null}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <ProgressCodePanel />
    </section>
  );
}

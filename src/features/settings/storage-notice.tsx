import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onStorageProblem, type StorageProblem } from '../../shared/storage/safe-storage';
import { Button } from '../../shared/ui/button';
import { Notice } from '../../shared/ui/notice';

/** Says once, calmly, when progress cannot be saved or some saved progress was set aside. */
export function StorageNotice() {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<StorageProblem[]>([]);
  useEffect(() => onStorageProblem((p) => setProblems((all) => (all.includes(p) ? all : [...all, p]))), []);
  const problem = problems[0];
  if (!problem) return null;
  return (
    <div className="storage-notice">
      <Notice
        tone="warning"
        actions={<Button onClick={() => setProblems((all) => all.slice(1))}>{t('storage.dismiss')}</Button>}
      >
        {t(`storage.${problem}`)}
      </Notice>
    </div>
  );
}

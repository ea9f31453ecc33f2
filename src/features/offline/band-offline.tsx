import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { preferredFormats } from '../../shared/audio/clip-sources';
import { SOURCE_LANGUAGE } from '../../shared/content/languages';
import { Button } from '../../shared/ui/button';
import {
  canWorkOffline,
  countCached,
  downloadBand,
  planBandDownload,
  type BandDownload,
} from './download-band';

type Status = 'checking' | 'offer' | 'downloading' | 'ready' | 'failed' | 'unavailable';

/** "Make these lessons available offline": shows the size first, then a progress bar while saving. */
export function BandOffline({ band }: { band: string }) {
  const { t, i18n } = useTranslation();
  const [plan, setPlan] = useState<BandDownload>();
  const [status, setStatus] = useState<Status>(() => (canWorkOffline() ? 'checking' : 'unavailable'));
  const [done, setDone] = useState(0);
  // Narration is taken in the language on screen: switching language offers that language's voice.
  const language = i18n.resolvedLanguage ?? SOURCE_LANGUAGE;

  useEffect(() => {
    if (!canWorkOffline()) return;
    let live = true;
    planBandDownload(band, language, preferredFormats()[0]!)
      .then(async (p) => {
        const cached = await countCached(p.files);
        if (!live) return;
        setPlan(p);
        setStatus(cached === p.files.length ? 'ready' : 'offer');
      })
      .catch(() => live && setStatus('unavailable'));
    return () => {
      live = false;
    };
  }, [band, language]);

  const start = async () => {
    if (!plan) return;
    setStatus('downloading');
    setDone(0);
    try {
      await downloadBand(plan.files, (n) => setDone(n));
      setStatus('ready');
    } catch {
      setStatus('failed');
    }
  };

  if (status === 'unavailable') return null;
  const size = plan
    ? new Intl.NumberFormat(i18n.resolvedLanguage, {
        style: 'unit',
        unit: 'megabyte',
        maximumFractionDigits: 1,
      }).format(plan.bytes / 1_000_000)
    : '';

  return (
    <section className="band-offline" aria-labelledby="band-offline-title">
      <h2 id="band-offline-title">{t('offline.title')}</h2>
      <div role="status">
        {status === 'checking' ? <p>{t('offline.checking')}</p> : null}
        {status === 'offer' ? <p>{t('offline.offer', { size })}</p> : null}
        {status === 'ready' ? <p>✓ {t('offline.ready')}</p> : null}
        {status === 'failed' ? <p>{t('offline.failed')}</p> : null}
      </div>
      {status === 'downloading' && plan ? (
        <>
          <progress
            className="band-offline__bar"
            max={plan.files.length}
            value={done}
            aria-label={t('offline.downloading')}
          />
          <p>{t('offline.progress', { done, total: plan.files.length })}</p>
        </>
      ) : null}
      {status === 'offer' || status === 'failed' ? (
        <Button variant="secondary" onClick={start}>
          {status === 'failed' ? t('offline.retry') : t('offline.download')}
        </Button>
      ) : null}
    </section>
  );
}

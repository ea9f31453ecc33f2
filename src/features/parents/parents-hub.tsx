import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { BANDS } from '../../shared/content/content-constants';
import { PageHeading } from '../../shared/ui/page-heading';

const RESPOND = ['calm', 'believe', 'blame', 'confront', 'evidence', 'report'] as const;
const SIGNS = ['secretive', 'gifts', 'older', 'withdrawn', 'upset'] as const;

/** For parents and carers: what grooming is, the warning signs, how to respond, and a guide per age. */
export function ParentsHub() {
  const { t } = useTranslation('parents');
  const { t: tc } = useTranslation('common');
  return (
    <div className="parents">
      <PageHeading intro={t('hub.intro')}>{t('hub.title')}</PageHeading>
      <section aria-labelledby="parents-pick">
        <h2 id="parents-pick">{t('hub.pick')}</h2>
        <ul className="home__bands" role="list">
          {BANDS.map((band) => (
            <li key={band}>
              <Link className="band-tile" data-band={band} to={`/parents/${band}`}>
                <span className="band-tile__ages" aria-hidden="true">
                  {tc(`band.short.${band}`)}
                </span>
                <span className="band-tile__label">{tc(`band.${band}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="parents-signs">
        <h2 id="parents-signs">{t('hub.signsTitle')}</h2>
        <ul>
          {SIGNS.map((k) => (
            <li key={k}>{t(`hub.signs.${k}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="parents-respond">
        <h2 id="parents-respond">{t('hub.respondTitle')}</h2>
        <ol>
          {RESPOND.map((k) => (
            <li key={k}>{t(`hub.respond.${k}`)}</li>
          ))}
        </ol>
        <Link className="button button--help" to="/help">
          {t('hub.helpLink')}
        </Link>
      </section>
    </div>
  );
}

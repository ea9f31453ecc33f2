import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { BANDS } from '../../shared/content/content-constants';
import { PageHeading } from '../../shared/ui/page-heading';
import { useSettingsStore } from '../settings/settings-store';

/** "Who is here today?": a child picks their age, a teacher or a parent goes to their own area. */
export function HomePage() {
  const { t } = useTranslation();
  const savedBand = useSettingsStore((s) => s.band);
  const changeSettings = useSettingsStore((s) => s.changeSettings);

  return (
    <div className="home">
      <PageHeading intro={t('home.intro')}>{t('home.title')}</PageHeading>

      <section className="home__card home__card--child" aria-labelledby="home-child">
        <h2 id="home-child">{t('home.child.title')}</h2>
        {savedBand ? (
          <p>
            <Link className="button button--primary" to={`/learn/${savedBand}`}>
              {t('home.child.continue', { band: t(`band.short.${savedBand}`) })}
            </Link>
          </p>
        ) : null}
        <h3 className="home__ask">{t('home.child.pickAge')}</h3>
        <ul className="home__bands" role="list">
          {BANDS.map((band) => (
            <li key={band}>
              <Link
                className="band-tile"
                data-band={band}
                to={`/learn/${band}`}
                onClick={() => changeSettings({ band })}
              >
                <span className="band-tile__ages" aria-hidden="true">
                  {t(`band.short.${band}`)}
                </span>
                <span className="band-tile__label">{t(`band.${band}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <div className="home__grown-ups">
        <section className="home__card" aria-labelledby="home-teacher">
          <h2 id="home-teacher">{t('home.teacher.title')}</h2>
          <p>{t('home.teacher.text')}</p>
          <Link className="button button--secondary" to="/classroom">
            {t('home.teacher.link')}
          </Link>
        </section>
        <section className="home__card" aria-labelledby="home-parent">
          <h2 id="home-parent">{t('home.parent.title')}</h2>
          <p>{t('home.parent.text')}</p>
          <Link className="button button--secondary" to="/parents">
            {t('home.parent.link')}
          </Link>
        </section>
      </div>

      <p className="home__reassure">
        {t('home.neverYourFault')} <Link to="/help">{t('nav.getHelp')}</Link>
      </p>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/ui/page-heading';
import { useSettingsStore } from '../settings/settings-store';
import { HELP_BY_COUNTRY, helpFor, telHref, type HelpService } from './help-routes';

const SECTIONS = ['talk', 'report', 'remove'] as const;

/**
 * Who can help, for the chosen country: danger first, then someone to talk to, reporting and
 * image removal, then what to do and what happens when you tell. Reached from every screen.
 */
export function HelpPage() {
  const { t, i18n } = useTranslation('help');
  const country = useSettingsStore((s) => s.country);
  const changeSettings = useSettingsStore((s) => s.changeSettings);
  const help = helpFor(country, i18n.resolvedLanguage ?? 'en');
  const selectId = useId();
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' }).format(
    new Date(help.checked),
  );

  return (
    <div className="help">
      <PageHeading intro={t('intro')}>{t('title')}</PageHeading>

      <section className="help__danger" aria-labelledby="help-danger">
        <h2 id="help-danger">{t('danger.title')}</h2>
        {help.emergency ? (
          <a className="button button--help button--large" href={telHref(help.emergency)}>
            {t('danger.call', { number: help.emergency })}
          </a>
        ) : (
          <p>{t('danger.local')}</p>
        )}
      </section>

      <p className="help__country">
        <label htmlFor={selectId}>{t('country.label')}</label>{' '}
        <select id={selectId} value={help.code} onChange={(e) => changeSettings({ country: e.target.value })}>
          {HELP_BY_COUNTRY.map((c) => (
            <option key={c.code} value={c.code}>
              {t(`country.${c.code}` as 'title')}
            </option>
          ))}
        </select>
      </p>

      {SECTIONS.map((kind) => {
        const services = help.services.filter((s) => s.kind === kind);
        if (!services.length) return null;
        return (
          <section key={kind} className="help__section" aria-labelledby={`help-${kind}`}>
            <h2 id={`help-${kind}`}>{t(`sections.${kind}`)}</h2>
            <ul className="help__services" role="list">
              {services.map((service) => (
                <ServiceCard key={service.id} service={service} />
              ))}
            </ul>
          </section>
        );
      })}

      <section className="help__section" aria-labelledby="help-steps">
        <h2 id="help-steps">{t('steps.title')}</h2>
        <ul className="help__steps">
          {(['tell', 'keep', 'block', 'threat', 'noVigilante'] as const).map((k) => (
            <li key={k}>{t(`steps.${k}`)}</li>
          ))}
        </ul>
      </section>

      <section className="help__section" aria-labelledby="help-after">
        <h2 id="help-after">{t('afterTelling.title')}</h2>
        <p>{t('afterTelling.text')}</p>
        <p className="help__never">{t('neverYourFault')}</p>
      </section>
      <p className="hint">{t('checked', { date })}</p>
    </div>
  );
}

function ServiceCard({ service }: { service: HelpService }) {
  const { t } = useTranslation('help');
  const name = t(`services.${service.id}.name` as 'title');
  return (
    <li className="service">
      <h3>{name}</h3>
      <p>{t(`services.${service.id}.what` as 'title')}</p>
      <p className="service__actions">
        {service.phone ? (
          <a className="button button--primary" href={telHref(service.phone)}>
            {t('call', { number: service.phone })}
          </a>
        ) : null}
        {service.text ? (
          <a className="button button--secondary" href={`sms:${service.text.to}?body=${service.text.word}`}>
            {t('text', service.text)}
          </a>
        ) : null}
        {service.url ? (
          <a className="button button--secondary" href={service.url} rel="noreferrer">
            {t('open')} <span className="visually-hidden">{`${name} ${t('opensElsewhere')}`}</span>
          </a>
        ) : null}
      </p>
    </li>
  );
}

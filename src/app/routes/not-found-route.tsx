import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeading } from '../../shared/ui/page-heading';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('errors.notFound')}</PageHeading>
      <p>
        <Link className="button button--primary" to="/">
          {t('errors.home')}
        </Link>
      </p>
    </>
  );
}

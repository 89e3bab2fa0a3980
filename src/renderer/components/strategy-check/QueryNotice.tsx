/** What a panel says about its analysis read: the error beside where the user acted, or that it is still working. */
import { useTranslation } from 'react-i18next';
import type { Query } from './analysis-query';

export function QueryNotice({ query }: { query: Pick<Query<unknown>, 'error' | 'slow'> }) {
  const { t } = useTranslation('map');
  return (
    <>
      {query.error ? (
        <p className="form-error" role="alert">
          {query.error}
        </p>
      ) : null}
      {query.slow ? (
        <p className="meta" role="status">
          {t('check.working')}
        </p>
      ) : null}
    </>
  );
}

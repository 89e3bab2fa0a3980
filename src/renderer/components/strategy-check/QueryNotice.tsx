/** What a panel says about its analysis read: the error beside where the user acted, or that it is still working. */
import type { Query } from './analysis-query';

export function QueryNotice({ query }: { query: Pick<Query<unknown>, 'error' | 'slow'> }) {
  return (
    <>
      {query.error ? (
        <p className="form-error" role="alert">
          {query.error}
        </p>
      ) : null}
      {query.slow ? (
        <p className="meta" role="status">
          Working out the scores…
        </p>
      ) : null}
    </>
  );
}

/** The KPI library (built in and the user's own) as the dialog and the KPI form read it: loaded when first shown. */
import { useCallback, useEffect, useState } from 'react';
import type { KpiLibrary } from '../../../shared/templates';
import { call, errorMessage } from '../../api';
import { t } from '../../../shared/i18n';

export function useLibrary() {
  const [library, setLibrary] = useState<KpiLibrary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setLibrary(await call('library.list', {}));
      setError(null);
    } catch (err) {
      setError(t('plans:library.readError', { error: errorMessage(err) }));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { library, error, reload };
}

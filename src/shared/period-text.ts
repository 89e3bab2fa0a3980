/**
 * A period as a formula text names it: its label in the current language ('Q3 2026', '3. Quartal 2026' …), the way
 * the report and the grid show periods. The engine words a period for many KPIs of every evaluation, and a label
 * goes through Intl, so labels are kept per locale, fiscal year start and key.
 */
import { currentLocale } from './i18n';
import { periodLabel } from './periods';

const labels = new Map<string, string>();
/** Far more than the periods of any document in a few languages; the cache is dropped whole when it is reached. */
const MAX_LABELS = 4096;

export function periodText(key: string, fyStart: number): string {
  const id = `${currentLocale()}|${fyStart}|${key}`;
  let label = labels.get(id);
  if (label === undefined) {
    if (labels.size >= MAX_LABELS) labels.clear();
    label = periodLabel(key, fyStart);
    labels.set(id, label);
  }
  return label;
}

/**
 * Between a scorecard's KPI and a KPI library entry, with no zod (the KPI detail dialog, on the first screen, saves
 * to the library too): the form's description holds the definition and, after it, "Formula: …".
 */
import type { Kpi } from '../shared/domain';
import { t } from '../shared/i18n';
import type { BscPerspective, KpiFamily, LibraryKpi } from '../shared/templates';

// Getters: each read is in the language shown then (a module constant would keep the language of the start).
export const PERSPECTIVE_LABELS: Record<BscPerspective, string> = {
  get financial() {
    return t('shell:library.perspective.financial');
  },
  get customer() {
    return t('shell:library.perspective.customer');
  },
  get internal() {
    return t('shell:library.perspective.internal');
  },
  get learning() {
    return t('shell:library.perspective.learning');
  },
};
export const FAMILY_LABELS: Record<KpiFamily, string> = {
  get financial() {
    return t('shell:library.family.financial');
  },
  get operational() {
    return t('shell:library.family.operational');
  },
  get customer() {
    return t('shell:library.family.customer');
  },
  get employee() {
    return t('shell:library.family.employee');
  },
};
export const POLARITY_LABELS = {
  get increase() {
    return t('shell:library.polarity.increase');
  },
  get decrease() {
    return t('shell:library.polarity.decrease');
  },
  get range() {
    return t('shell:library.polarity.range');
  },
};
export const FREQUENCY_LABELS = {
  get month() {
    return t('shell:frequency.month');
  },
  get quarter() {
    return t('shell:frequency.quarter');
  },
  get year() {
    return t('shell:frequency.year');
  },
};

// i18n-ignore: the marker stored in a KPI's description, read back by kpiToLibrary: data, the same in every language
const FORMULA = '\n\nFormula: ';

/** The KPI form's description for a library entry: what and why, then how it is worked out. */
export function libraryDescription(entry: Pick<LibraryKpi, 'definition' | 'formula'>): string {
  return `${entry.definition.trim()}${FORMULA}${entry.formula.trim()}`;
}

/**
 * A scorecard perspective's place in the balanced scorecard: by its name when it says ("Money", "Finance",
 * "Our people"…), else by its position among the four standard ones.
 */
export function bscPerspectiveOf(name: string, position: number): BscPerspective {
  const n = name.toLowerCase();
  if (/financ|money|profit|funding|shareholder/.test(n)) return 'financial';
  if (/customer|client|guest|market|donor|beneficiar|stakeholder|patient/.test(n)) return 'customer';
  if (/internal|process|operation|quality/.test(n)) return 'internal';
  if (/learn|growth|people|staff|team|employee|capabilit|innovation|culture/.test(n)) return 'learning';
  return (['financial', 'customer', 'internal', 'learning'] as const)[Math.min(Math.max(position, 0), 3)]!;
}

const FAMILY_OF: Record<BscPerspective, KpiFamily> = {
  financial: 'financial',
  customer: 'customer',
  internal: 'operational',
  learning: 'employee',
};

/** A KPI of the scorecard as an entry for the personal library (library.save's input, without an id). */
export function libraryEntryOf(
  kpi: Pick<Kpi, 'name' | 'description' | 'unit' | 'polarity' | 'frequency' | 'aggregation'>,
  perspective: { name: string; position: number } | undefined,
): Omit<LibraryKpi, 'id'> {
  const at = kpi.description.lastIndexOf(FORMULA);
  const definition = (at >= 0 ? kpi.description.slice(0, at) : kpi.description).trim();
  const formula = at >= 0 ? kpi.description.slice(at + FORMULA.length).trim() : '';
  const bsc = bscPerspectiveOf(perspective?.name ?? '', perspective?.position ?? 0);
  return {
    name: kpi.name,
    definition: definition || t('shell:library.asMeasured', { kpi: kpi.name }),
    formula: formula || t('shell:library.notWritten'),
    unit: kpi.unit,
    polarity: kpi.polarity,
    frequency: kpi.frequency,
    aggregation: kpi.aggregation,
    perspective: bsc,
    family: FAMILY_OF[bsc],
    tags: [],
  };
}

/** Lower case without accents, so "cafe" finds "Café". */
export function searchText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Entries whose name, definition or tags hold every word typed; those whose name holds them come first. */
export function searchLibrary(
  entries: readonly LibraryKpi[],
  query: string,
  perspective: BscPerspective | '',
  family: KpiFamily | '',
): LibraryKpi[] {
  const words = searchText(query).split(/\s+/).filter(Boolean);
  const inName: LibraryKpi[] = [];
  const elsewhere: LibraryKpi[] = [];
  for (const e of entries) {
    if (perspective && e.perspective !== perspective) continue;
    if (family && e.family !== family) continue;
    const name = searchText(e.name);
    const all = `${name} ${searchText(e.definition)} ${e.tags.join(' ')}`;
    if (!words.every((w) => all.includes(w))) continue;
    (words.length > 0 && words.every((w) => name.includes(w)) ? inName : elsewhere).push(e);
  }
  return [...inName, ...elsewhere];
}

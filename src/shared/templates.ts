/**
 * Scorecard templates and the KPI library: shipped as data under resources/ (templates.json, kpi-library.json) and
 * validated by these schemas (a schema test reads the shipped files). A template is the structure of one scorecard
 * — perspectives, themes, objectives, cause-and-effect links and KPIs — named by keys, never ids; targets are left
 * for the user (a template's example targets are text in the KPI's description, marked as examples).
 */
import { z } from 'zod';
import { says } from './validation-words';
import { Aggregation, Frequency, Granularity, LongText, Name, Polarity, ShortText } from './domain';

/** A key inside a template or library: lower case letters, digits and dashes ("cafe", "gross-margin"). */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, says('slug'))
  .max(60, says('atMostChars', { max: 60 }));

const Threshold = z.number().min(0).max(1000);

export const TemplateKpi = z
  .object({
    /** The objective's key. */
    objective: Slug,
    name: Name,
    description: LongText,
    unit: z.string().max(40),
    polarity: Polarity,
    frequency: Frequency,
    aggregation: Aggregation,
    /** Per-KPI thresholds (% of target); absent uses the scorecard's. */
    greenThreshold: Threshold.optional(),
    amberThreshold: Threshold.optional(),
    isKey: z.boolean().optional(),
    /** The KPI library entry it comes from, when there is one. */
    library: Slug.optional(),
  })
  .strict();
export type TemplateKpi = z.infer<typeof TemplateKpi>;

export const ScorecardTemplate = z
  .object({
    id: Slug,
    name: Name,
    /** Who it is for, in a few words ("Café or restaurant"). */
    industry: ShortText,
    description: LongText,
    granularity: Granularity,
    mission: LongText.optional(),
    vision: LongText.optional(),
    perspectives: z.array(z.object({ key: Slug, name: Name, description: LongText }).strict()).min(4).max(6),
    themes: z.array(z.object({ key: Slug, name: Name, description: LongText }).strict()).max(6),
    objectives: z
      .array(
        z
          .object({ key: Slug, perspective: Slug, theme: Slug.nullable(), title: Name, description: LongText })
          .strict(),
      )
      .min(8)
      .max(14),
    /** Cause and effect: `from` drives `to`. */
    links: z.array(z.object({ from: Slug, to: Slug, note: LongText }).strict()).min(1),
    kpis: z.array(TemplateKpi).min(1),
  })
  .strict();
export type ScorecardTemplate = z.infer<typeof ScorecardTemplate>;

/** What a list of templates shows. */
export interface TemplateSummary {
  id: string;
  name: string;
  industry: string;
  description: string;
  perspectives: number;
  objectives: number;
  kpis: number;
  links: number;
}

export function summarizeTemplate(t: ScorecardTemplate): TemplateSummary {
  return {
    id: t.id,
    name: t.name,
    industry: t.industry,
    description: t.description,
    perspectives: t.perspectives.length,
    objectives: t.objectives.length,
    kpis: t.kpis.length,
    links: t.links.length,
  };
}

/** The four perspectives of the balanced scorecard, as the library classifies a KPI. */
export const BscPerspective = z.enum(['financial', 'customer', 'internal', 'learning']);
export type BscPerspective = z.infer<typeof BscPerspective>;
export const BSC_PERSPECTIVE_LABELS: Record<BscPerspective, string> = {
  financial: 'Financial',
  customer: 'Customer',
  internal: 'Internal process',
  learning: 'Learning & growth',
};

/** The KPI families of performance management (../shared/seed: KPIs by category). */
export const KpiFamily = z.enum(['financial', 'operational', 'customer', 'employee']);
export type KpiFamily = z.infer<typeof KpiFamily>;
export const KPI_FAMILY_LABELS: Record<KpiFamily, string> = {
  financial: 'Financial',
  operational: 'Operational',
  customer: 'Customer',
  employee: 'Employee',
};

/** One KPI of the library: enough to add it to an objective without typing. */
export const LibraryKpiFields = z
  .object({
    name: Name,
    /** What it measures and why it matters, in a sentence or two. */
    definition: LongText.refine((s) => s.trim().length > 0, says('required')),
    /** How it is worked out, in words ("Gross profit ÷ revenue × 100"). */
    formula: z.string().trim().min(1, says('required')).max(400, says('atMostChars', { max: 400 })),
    unit: z.string().max(40),
    polarity: Polarity,
    frequency: Frequency,
    aggregation: Aggregation,
    perspective: BscPerspective,
    family: KpiFamily,
    /** Industries it suits best, as words for search ("retail", "saas"); empty: any business. */
    tags: z.array(z.string().min(1).max(40)).max(12).default([]),
  })
  .strict();
export const LibraryKpi = LibraryKpiFields.extend({ id: Slug }).strict();
export type LibraryKpi = z.infer<typeof LibraryKpi>;

/** resources/kpi-library.json */
export const KpiLibraryFile = z.object({ kpis: z.array(LibraryKpi).min(150) }).strict();
/** resources/templates.json */
export const TemplatesFile = z.object({ templates: z.array(ScorecardTemplate).min(8) }).strict();

/** The personal library: KPIs a user saved, kept with the app's settings (<app data>/kpi-library.json). */
export const PersonalLibraryFile = z
  .object({ format: z.literal('quadrant-kpi-library'), formatVersion: z.literal(1), kpis: z.array(LibraryKpi) })
  .strict();
export type PersonalLibraryFile = z.infer<typeof PersonalLibraryFile>;

export interface KpiLibrary {
  builtIn: LibraryKpi[];
  personal: LibraryKpi[];
  /** Where the personal library is kept; null where this host keeps none (then library.save answers why). */
  personalFile: string | null;
  /** Why the personal library is not shown (a damaged, foreign or newer file, left untouched); absent when all is well. */
  warning?: string;
}

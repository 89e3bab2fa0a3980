/**
 * The JSON interchange format (docs/file-format.md): every table of a document as flat arrays,
 * validated with the same entity schemas as the API. Key order and row order are fixed so that
 * export → import → export is byte-identical.
 */
import { z } from 'zod';
import { CauseLink, Initiative, Kpi, Measurement, Note, Objective, Perspective, Scorecard, Theme } from './domain';

export const INTERCHANGE_FORMAT = 'quadrant-scorecard';
export const INTERCHANGE_VERSION = 1;

export const InterchangeDocument = z
  .object({
    format: z.literal(INTERCHANGE_FORMAT, { message: `must be "${INTERCHANGE_FORMAT}"` }),
    formatVersion: z
      .number()
      .int()
      .min(1)
      .refine((v) => v <= INTERCHANGE_VERSION, {
        message: `is newer than this version of Quadrant understands (${INTERCHANGE_VERSION}); update Quadrant`,
      }),
    scorecards: z.array(Scorecard.strict()).max(1000),
    perspectives: z.array(Perspective.strict()).max(20_000),
    themes: z.array(Theme.strict()).max(20_000),
    objectives: z.array(Objective.strict()).max(100_000),
    links: z.array(CauseLink.strict()).max(200_000),
    kpis: z.array(Kpi.strict()).max(200_000),
    measurements: z.array(Measurement.strict()).max(10_000_000),
    initiatives: z.array(Initiative.strict()).max(100_000),
    notes: z.array(Note.strict()).max(1_000_000),
  })
  .strict();
export type InterchangeDocument = z.infer<typeof InterchangeDocument>;

/** Kept apart from okr.ts (zod schemas, which only forms load): the scoring engine runs on the first screen. */
/** Score bands of the common OKR convention, 0.0–1.0. */
export const OKR_BANDS = {
  /** Aspirational ("roof-shot"): 0.7 is success. */
  aspirational: { success: 0.7, green: 0.7, amber: 0.4 },
  /** Committed: 1.0 is expected; below 0.7 is a miss. */
  committed: { success: 1, green: 1, amber: 0.7 },
} as const;

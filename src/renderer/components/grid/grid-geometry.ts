/** Sizes of the entry grid, in pixels: fixed, so the virtualiser knows every row's place without measuring. */
export const HEIGHTS = { perspective: 34, objective: 30, kpi: 46 } as const;
export const HEAD_H = 44;
export const ROWHEAD_W = 264;
export const COL_W = 112;
export const NOTE_W = 300;

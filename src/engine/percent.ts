// The one percent-change formula every outcome uses (clinical-rules §7a: response and partial
// response are percent reductions from the start score). Kept alone so the chapters' islands can
// use it without the pharmacology helpers.

/** Percentage reduction from start to end: (start − end) / start · 100 (negative = worse). */
export const percentChange = (start: number, end: number): number => ((start - end) / start) * 100;

// Rating scales: ranges (input validation) and the module's score → MSM-severity convention.
// Sources: clinical-rules §7c (ranges) and §7d/§7e (bands).
import type { SourceKey } from './sources.ts';

export const SCALE_IDS = ['HAMD17', 'MADRS', 'QIDSSR16', 'PHQ9'] as const;
export type ScaleId = (typeof SCALE_IDS)[number];

export const SEVERITIES = ['subsyndromal', 'mild', 'moderate', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Lowest baseline score of each MSM severity level, per scale. MODULE CONVENTION (clinical-rules
 * §7e): no published source maps scale scores to the Maudsley severity levels; Fekadu 2018 rates
 * severity with CGI or a checklist. We use each scale's published severity bands:
 * - HAMD17: Zimmerman 2013 (mild 8–16, moderate 17–23, severe ≥24); 0–7 ("no depression")
 *   → subsyndromal.
 * - MADRS: Snaith 1986 bands (absent 0–6, mild 7–19, moderate 20–34, severe 35–60) [S].
 * - QIDSSR16: ids-qids.org bands (Rush 2003): none 0–5, mild 6–10, moderate 11–15, severe 16–20,
 *   very severe 21–27; severe and very severe → severe.
 * - PHQ9: Kroenke 2001 (minimal 0–4, mild 5–9, moderate 10–14, moderately severe 15–19, severe
 *   20–27). "Moderately severe" → moderate: MSM has no in-between level and we round down so the
 *   convention never inflates a resistance score.
 * The MDE-criteria column of §7e is not an input, so a score in the "none" band stands for
 * "full criteria not met" (subsyndromal).
 */
export interface ScaleInfo {
  label: string;
  max: number;
  severityFloors: { mild: number; moderate: number; severe: number };
  severitySource: SourceKey;
  severityBands: string;
}

/** Each scale's name and range (clinical-rules §7c): all that input checks and the islands need. */
export const SCALE_RANGES = {
  HAMD17: { label: 'HAM-D-17', max: 52 },
  MADRS: { label: 'MADRS', max: 60 },
  QIDSSR16: { label: 'QIDS-SR16', max: 27 },
  PHQ9: { label: 'PHQ-9', max: 27 },
} as const satisfies Record<ScaleId, { label: string; max: number }>;

// Built in a pure function (spreads at the top level would keep it in every bundle).
export const SCALES: Record<ScaleId, ScaleInfo> = /* @__PURE__ */ (() => ({
  HAMD17: {
    ...SCALE_RANGES.HAMD17,
    severityFloors: { mild: 8, moderate: 17, severe: 24 },
    severitySource: 'zimmerman2013',
    severityBands: 'Zimmerman 2013 bands: 0–7 none, 8–16 mild, 17–23 moderate, ≥24 severe',
  },
  MADRS: {
    ...SCALE_RANGES.MADRS,
    severityFloors: { mild: 7, moderate: 20, severe: 35 },
    severitySource: 'snaith1986',
    severityBands: 'Snaith 1986 bands: 0–6 absent, 7–19 mild, 20–34 moderate, ≥35 severe',
  },
  QIDSSR16: {
    ...SCALE_RANGES.QIDSSR16,
    severityFloors: { mild: 6, moderate: 11, severe: 16 },
    severitySource: 'rush2003',
    severityBands:
      'QIDS-SR16 bands (Rush 2003): 0–5 none, 6–10 mild, 11–15 moderate, ≥16 severe or very severe',
  },
  PHQ9: {
    ...SCALE_RANGES.PHQ9,
    severityFloors: { mild: 5, moderate: 10, severe: 20 },
    severitySource: 'kroenke2001',
    severityBands:
      'Kroenke 2001 bands: 0–4 minimal, 5–9 mild, 10–19 moderate or moderately severe (counted as moderate), ≥20 severe',
  },
}))();

/** Severity level implied by a baseline score under the module convention above. */
export function severityFromScore(scale: ScaleId, score: number): Severity {
  const f = SCALES[scale].severityFloors;
  if (score >= f.severe) return 'severe';
  if (score >= f.moderate) return 'moderate';
  if (score >= f.mild) return 'mild';
  return 'subsyndromal';
}

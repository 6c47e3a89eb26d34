// Landmark TRD trials: the figures the Evidence explorer charts and tabulates (Chapter 3).
//
// Pure data, no DOM. Every figure carries the bibliography key of its source and how far it was
// checked, copied from ../shared/reference/clinical-rules.md (§11–§14, §16):
//   - 'verified'   — [V] there: read in the primary paper, its abstract or a registry/label text;
//   - 'secondary'  — [S] there, or [V] only through another paper's summary (e.g. a review);
//   - 'unverified' — "(unverified, from memory)" there. Shown only when the learner asks for it,
//                     and always marked, so no unchecked number reaches a learner unlabelled.
// Percentages only (0–100), so every outcome shares one axis. Continuous results that are not
// percentages (e.g. psilocybin's MADRS point change) live in the chapter's evidence table instead.

export const OUTCOME_TYPES = ['response', 'remission', 'relapse', 'reduction'] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];

export const OUTCOME_TYPE_LABELS: Record<OutcomeType, string> = {
  response: 'Response',
  remission: 'Remission',
  relapse: 'Relapse',
  reduction: 'Mean symptom reduction',
};

export const OUTCOME_TYPE_HINTS: Record<OutcomeType, string> = {
  response: 'Share of patients with a ≥ 50 % fall on the trial’s scale (higher is better).',
  remission: 'Share of patients below the trial’s remission threshold (higher is better).',
  relapse: 'Share of patients who relapsed during continuation or maintenance (lower is better).',
  reduction: 'Mean percentage fall in the depression score (higher is better).',
};

export type Confidence = 'verified' | 'secondary' | 'unverified';

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  verified: 'Verified in the primary source',
  secondary: 'Checked in a secondary source',
  unverified: 'Not verified (held from memory in the module’s reference file)',
};

export interface Arm {
  /** Short learner-facing arm name, e.g. "Ketamine". */
  label: string;
  /** Percentage, 0–100. */
  value: number;
  /** The experimental/index arm (true) or the comparator/control arm (false). */
  active: boolean;
}

export interface TrialFigure {
  id: string;
  trial: string;
  outcome: OutcomeType;
  /** What exactly was measured and when, e.g. "QIDS-SR16 ≥ 50 % fall, end of treatment". */
  measure: string;
  arms: Arm[];
  confidence: Confidence;
  /** Bibliography keys (content/references.json). */
  sources: string[];
  note?: string;
}

export const LANDMARK_FIGURES: readonly TrialFigure[] = [
  // ——— Response ———
  {
    id: 'elektd-response',
    trial: 'ELEKT-D (Anand 2023)',
    outcome: 'response',
    measure: 'QIDS-SR16 fall ≥ 50 % after 3 weeks (primary outcome; non-inferiority)',
    arms: [
      { label: 'IV ketamine', value: 55.4, active: true },
      { label: 'ECT', value: 41.2, active: false },
    ],
    confidence: 'verified',
    sources: ['anand2023'],
    note: 'Open label; non-psychotic TRD referred for ECT. Ketamine met the −10-point non-inferiority margin.',
  },
  {
    id: 'wilkinson-response',
    trial: 'Ketamine, pooled (Wilkinson 2019)',
    outcome: 'response',
    measure: 'Model-estimated response on day 1, 9 trials, N = 367',
    arms: [
      { label: 'Ketamine (midazolam-controlled)', value: 45, active: true },
      { label: 'Midazolam', value: 18, active: false },
    ],
    confidence: 'verified',
    sources: ['wilkinson2019'],
  },
  {
    id: 'snt-replication-response',
    trial: 'SNT replication RCT (Kratter 2026)',
    outcome: 'response',
    measure: 'Response 1 month after a 5-day course, N = 48',
    arms: [
      { label: 'Active SNT', value: 54.2, active: true },
      { label: 'Sham', value: 25.0, active: false },
    ],
    confidence: 'verified',
    sources: ['kratter2026'],
  },
  {
    id: 'core-response',
    trial: 'CORE ECT (Husain 2004)',
    outcome: 'response',
    measure: 'Sustained response, bilateral ECT 3×/week, single arm, N = 253',
    arms: [{ label: 'Bilateral ECT', value: 79, active: true }],
    confidence: 'verified',
    sources: ['husain2004'],
    note: 'No control arm.',
  },
  {
    id: 'haq-response',
    trial: 'ECT and prior TRD (Haq 2015)',
    outcome: 'response',
    measure: 'ECT response with vs without prior medication resistance',
    arms: [
      { label: 'ECT, prior TRD', value: 58, active: true },
      { label: 'ECT, no prior TRD', value: 70, active: false },
    ],
    confidence: 'secondary',
    sources: ['haq2015', 'vandiermen2018'],
    note: 'Figures as cited by van Diermen 2018; subgroups, not randomised arms.',
  },
  {
    id: 'raison-response',
    trial: 'Infliximab, CRP > 5 (Raison 2013)',
    outcome: 'response',
    measure: 'HAM-D-17 fall ≥ 50 % at any point; exploratory subgroup with hs-CRP > 5 mg/L (n = 22)',
    arms: [
      { label: 'Infliximab', value: 62, active: true },
      { label: 'Placebo', value: 33, active: false },
    ],
    confidence: 'verified',
    sources: ['raison2013'],
    note: 'Exploratory; p = 0.19 (not significant). No overall difference in the full trial.',
  },
  {
    id: 'threed-response',
    trial: 'THREE-D (Blumberger 2018)',
    outcome: 'response',
    measure: 'HRSD-17 response after 4–6 weeks',
    arms: [
      { label: 'iTBS (3 min)', value: 49, active: true },
      { label: '10 Hz rTMS (37.5 min)', value: 47, active: false },
    ],
    confidence: 'unverified',
    sources: ['blumberger2018'],
    note: 'The verified result is non-inferiority of iTBS on HRSD-17 change.',
  },
  // ——— Remission ———
  {
    id: 'stard-l3-remission',
    trial: 'STAR*D level 3 (Nierenberg 2006)',
    outcome: 'remission',
    measure: 'HRSD-17 ≤ 7, up to 14 weeks of augmentation after two failed steps',
    arms: [
      { label: 'Liothyronine (T3) up to 50 µg/day', value: 24.7, active: true },
      { label: 'Lithium up to 900 mg/day', value: 15.9, active: false },
    ],
    confidence: 'verified',
    sources: ['nierenberg2006'],
    note: 'Difference not statistically significant; more dropouts for side effects with lithium.',
  },
  {
    id: 'core-remission',
    trial: 'CORE ECT (Husain 2004)',
    outcome: 'remission',
    measure: 'HAM-D-24 ≤ 10 on two consecutive ratings, single arm',
    arms: [{ label: 'Bilateral ECT', value: 75, active: true }],
    confidence: 'verified',
    sources: ['husain2004'],
    note: 'No control arm.',
  },
  {
    id: 'opt-tms-remission',
    trial: 'OPT-TMS (George 2010)',
    outcome: 'remission',
    measure: 'Remission after 3 weeks of daily left prefrontal rTMS vs sham (intention to treat)',
    arms: [
      { label: 'Active rTMS', value: 15, active: true },
      { label: 'Sham', value: 5, active: false },
    ],
    confidence: 'secondary',
    sources: ['george2010', 'george-post2011'],
    note: 'Rounded figures from the authors’ 2011 review; the paper’s intention-to-treat values are 14.1 % vs 5.1 %.',
  },
  {
    id: 'snt-replication-remission',
    trial: 'SNT replication RCT (Kratter 2026)',
    outcome: 'remission',
    measure: 'Remission 1 month after a 5-day course, N = 48',
    arms: [
      { label: 'Active SNT', value: 50.0, active: true },
      { label: 'Sham', value: 20.8, active: false },
    ],
    confidence: 'verified',
    sources: ['kratter2026'],
  },
  {
    id: 'esk-mono-remission',
    trial: 'Esketamine alone (US 2025 approval)',
    outcome: 'remission',
    measure: 'MADRS remission at 4 weeks, esketamine alone vs placebo',
    arms: [
      { label: 'Esketamine alone', value: 22.5, active: true },
      { label: 'Placebo', value: 7.6, active: false },
    ],
    confidence: 'secondary',
    sources: ['mhw2025', 'beckers-spravato-mono2025'],
    note: 'Reported in trade press at the January 2025 approval.',
  },
  {
    id: 'elektd-remission',
    trial: 'ELEKT-D (Anand 2023)',
    outcome: 'remission',
    measure: 'QIDS-SR16 remission',
    arms: [
      { label: 'IV ketamine', value: 32, active: true },
      { label: 'ECT', value: 20, active: false },
    ],
    confidence: 'unverified',
    sources: ['anand2023'],
  },
  {
    id: 'snt-rct-remission',
    trial: 'SNT RCT (Cole 2022)',
    outcome: 'remission',
    measure: 'Remission 4 weeks after treatment (interim analysis, N = 29)',
    arms: [
      { label: 'Active SNT', value: 78.6, active: true },
      { label: 'Sham', value: 13.3, active: false },
    ],
    confidence: 'unverified',
    sources: ['cole2022'],
    note: 'The verified primary outcome is the MADRS reduction (see “Mean symptom reduction”).',
  },
  {
    id: 'threed-remission',
    trial: 'THREE-D (Blumberger 2018)',
    outcome: 'remission',
    measure: 'HRSD-17 remission after 4–6 weeks',
    arms: [
      { label: 'iTBS (3 min)', value: 32, active: true },
      { label: '10 Hz rTMS (37.5 min)', value: 27, active: false },
    ],
    confidence: 'unverified',
    sources: ['blumberger2018'],
  },
  {
    id: 'psilocybin-remission',
    trial: 'COMP360 psilocybin (Goodwin 2022)',
    outcome: 'remission',
    measure: 'MADRS ≤ 10 at week 3',
    arms: [
      { label: 'Psilocybin 25 mg', value: 29, active: true },
      { label: 'Psilocybin 10 mg', value: 9, active: true },
      { label: 'Psilocybin 1 mg (control)', value: 8, active: false },
    ],
    confidence: 'unverified',
    sources: ['goodwin2022'],
    note: 'The verified primary outcome is the MADRS change: −12.0 vs −5.4 points (25 mg vs 1 mg).',
  },
  // ——— Relapse ———
  {
    id: 'sustain1-relapse',
    trial: 'SUSTAIN-1 (Daly 2019)',
    outcome: 'relapse',
    measure: 'Relapse among stable remitters after randomised withdrawal',
    arms: [
      { label: 'Esketamine + oral AD', value: 26.7, active: true },
      { label: 'Placebo spray + oral AD', value: 45.3, active: false },
    ],
    confidence: 'verified',
    sources: ['daly2019'],
    note: 'Hazard ratio 0.49 (95 % CI 0.29–0.84).',
  },
  {
    id: 'bauer-relapse',
    trial: 'Lithium continuation (Bauer 2000)',
    outcome: 'relapse',
    measure: 'Relapse over 4 months after response to lithium augmentation',
    arms: [
      { label: 'Lithium continued', value: 0, active: true },
      { label: 'Placebo', value: 47, active: false },
    ],
    confidence: 'verified',
    sources: ['bauer2000'],
  },
  // ——— Mean symptom reduction ———
  {
    id: 'snt-rct-reduction',
    trial: 'SNT RCT (Cole 2022)',
    outcome: 'reduction',
    measure: 'Mean MADRS reduction 4 weeks after treatment (primary outcome; interim N = 29)',
    arms: [
      { label: 'Active SNT', value: 52.5, active: true },
      { label: 'Sham', value: 11.1, active: false },
    ],
    confidence: 'verified',
    sources: ['cole2022'],
  },
];

/** The figures for one outcome type, optionally including the unverified ones. Pure. */
export function figuresFor(outcome: OutcomeType, includeUnverified: boolean): TrialFigure[] {
  return LANDMARK_FIGURES.filter(
    (f) => f.outcome === outcome && (includeUnverified || f.confidence !== 'unverified'),
  );
}

/** "55.4 %" — one decimal only where the source gives one. */
export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)} %`;
}

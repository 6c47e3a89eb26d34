// Preset patients for the "same patient, different definitions" explorer (Chapter 1).
// These are case INPUTS written by the chapter author (PatientCase, as in a vignette's `case:`
// block); every result shown for them comes from the engine. Each preset is built so that the
// definitions or the staging models part company for a reason the chapter teaches.
import type { PatientCaseInput } from '../../engine/index.ts';

export interface DefinitionsPreset {
  id: string;
  title: string;
  /** One or two sentences of history, in plain words. */
  story: string;
  /** What to look for (a teaching prompt, not an answer). */
  lookFor: string;
  case: PatientCaseInput;
}

export const PRESETS: readonly DefinitionsPreset[] = [
  {
    id: 'ssri-then-snri',
    title: 'An SSRI, then an SNRI (18-month episode)',
    story:
      'A 36-year-old in an 18-month episode, baseline HAM-D-17 24. Sertraline 200 mg/day for 8 weeks, then venlafaxine 225 mg/day for 10 weeks, both taken as prescribed; little change.',
    lookFor:
      'Both profiles agree that this is TRD. Compare how far apart the four staging models put the same history.',
    case: {
      age: 36,
      episode: { durationMonths: 18, scale: 'HAMD17', baselineScore: 24 },
      treatments: [
        {
          kind: 'antidepressant',
          drug: 'sertraline',
          doseMgPerDay: 200,
          weeks: 8,
          adherencePercent: 95,
          endScore: 20,
        },
        {
          kind: 'antidepressant',
          drug: 'venlafaxine',
          doseMgPerDay: 225,
          weeks: 10,
          adherencePercent: 95,
          endScore: 19,
        },
      ],
    },
  },
  {
    id: 'two-ssris',
    title: 'Two SSRIs (9-month episode)',
    story:
      'A 45-year-old in a 9-month episode, baseline MADRS 30. Citalopram 20 mg/day for 8 weeks, then sertraline 150 mg/day for 8 weeks; both adequate, neither helped much.',
    lookFor: 'Does a second drug of the same class count? The profiles answer differently.',
    case: {
      age: 45,
      episode: { durationMonths: 9, scale: 'MADRS', baselineScore: 30 },
      treatments: [
        { kind: 'antidepressant', drug: 'citalopram', doseMgPerDay: 20, weeks: 8, endScore: 27 },
        { kind: 'antidepressant', drug: 'sertraline', doseMgPerDay: 150, weeks: 8, endScore: 25 },
      ],
    },
  },
  {
    id: 'madrs-twelve',
    title: 'Ending at MADRS 12 (11-month episode)',
    story:
      'A 29-year-old in an 11-month episode, baseline MADRS 26. Escitalopram 20 mg/day for 8 weeks (MADRS 26 → 20), then mirtazapine 30 mg/day for 8 weeks (MADRS 20 → 12).',
    lookFor: 'Is MADRS 12 remission? The answer decides whether the second trial failed.',
    case: {
      age: 29,
      episode: { durationMonths: 11, scale: 'MADRS', baselineScore: 26 },
      treatments: [
        { kind: 'antidepressant', drug: 'escitalopram', doseMgPerDay: 20, weeks: 8, endScore: 20 },
        { kind: 'antidepressant', drug: 'mirtazapine', doseMgPerDay: 30, weeks: 8, endScore: 12 },
      ],
    },
  },
  {
    id: 'augmentation-and-ect',
    title: 'Optimisation, lithium and ECT (30-month episode)',
    story:
      'A 52-year-old in a 30-month episode, baseline HAM-D-17 26. Sertraline raised to 200 mg/day (10 weeks), then venlafaxine 225 mg/day (12 weeks) with lithium added for 6 weeks, then 12 sessions of bilateral ECT. Each step brought little change.',
    lookFor: 'Bilateral ECT has failed, yet one model still sits at an early stage. Which one, and why?',
    case: {
      age: 52,
      episode: { durationMonths: 30, scale: 'HAMD17', baselineScore: 26 },
      treatments: [
        {
          kind: 'antidepressant',
          drug: 'sertraline',
          doseMgPerDay: 200,
          weeks: 10,
          optimized: ['dose'],
          endScore: 22,
        },
        { kind: 'antidepressant', drug: 'venlafaxine', doseMgPerDay: 225, weeks: 12, endScore: 21 },
        { kind: 'augmentation', agent: 'lithium', augments: 2, weeks: 6, endScore: 20 },
        { kind: 'ect', electrodePlacement: 'bilateral', sessions: 12, endScore: 19 },
      ],
    },
  },
];

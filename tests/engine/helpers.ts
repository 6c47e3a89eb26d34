// Case builders for the engine tests. Defaults describe a plain adequate trial so each test
// changes only the field it is about.
import type { PatientCaseInput } from '../../src/engine/index.ts';

type AnyTreatment = Record<string, unknown>;

export function ad(drug: string, extra: AnyTreatment = {}): AnyTreatment {
  return { kind: 'antidepressant', drug, doseMgPerDay: defaultDose[drug] ?? 100, weeks: 8, ...extra };
}

/** A dose at or above each drug's minimum adequate dose (clinical-rules §6b). */
const defaultDose: Record<string, number> = {
  sertraline: 100,
  fluoxetine: 20,
  paroxetine: 20,
  citalopram: 20,
  escitalopram: 10,
  venlafaxine: 150,
  duloxetine: 60,
  bupropion: 300,
  mirtazapine: 30,
  vortioxetine: 10,
  nortriptyline: 100,
  amitriptyline: 150,
  imipramine: 150,
  clomipramine: 150,
  phenelzine: 60,
  tranylcypromine: 30,
  desvenlafaxine: 50,
  levomilnacipran: 40,
  trazodone: 300,
  vilazodone: 20,
  fluvoxamine: 100,
  'selegiline-transdermal': 6,
};

export function makeCase(
  treatments: AnyTreatment[],
  extra: Record<string, unknown> = {},
): PatientCaseInput & Record<string, unknown> {
  const { episode, ...rest } = extra as { episode?: Record<string, unknown> };
  return {
    age: 40,
    episode: { durationMonths: 10, scale: 'HAMD17', baselineScore: 24, ...episode },
    treatments,
    ...rest,
  } as PatientCaseInput & Record<string, unknown>;
}

/** The seed textbook's worked case (seed 003, "Core Definition of TRD"). */
export const seedCase36 = {
  age: 36,
  episode: { durationMonths: 18, scale: 'HAMD17', baselineScore: 24 },
  treatments: [
    { kind: 'antidepressant', drug: 'sertraline', doseMgPerDay: 200, weeks: 8, endScore: 20 },
    { kind: 'antidepressant', drug: 'venlafaxine', doseMgPerDay: 225, weeks: 10, endScore: 19 },
  ],
} as const;

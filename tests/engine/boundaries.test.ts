// Boundary tests at every threshold. Each expected value is read off the source named in the
// test, never from running the engine.
import { describe, expect, it } from 'vitest';
import { assessCase } from '../../src/engine/index.ts';
import { ad, makeCase } from './helpers.ts';

const outcomeOf = (
  scale: string,
  start: number,
  end: number,
  profile: 'standard' | 'regulatory' = 'standard',
) =>
  assessCase(
    makeCase([ad('sertraline', { startScore: start, endScore: end })], {
      episode: { scale, baselineScore: start },
    }),
    { profile },
  ).treatments[0]?.outcome;

describe('outcome bands (clinical-rules §7a: response ≥ 50 %, partial 25–49 %, non-response < 25 %, Desseilles 2011)', () => {
  it.each([
    ['MADRS 40 → 20 is exactly 50 %: response', 'MADRS', 40, 20, 'response'],
    ['MADRS 40 → 21 is 47.5 %: partial response', 'MADRS', 40, 21, 'partial-response'],
    ['HAMD17 20 → 10 is exactly 50 %: response', 'HAMD17', 20, 10, 'response'],
    ['HAMD17 20 → 11 is 45 %: partial response', 'HAMD17', 20, 11, 'partial-response'],
    [
      'MADRS 40 → 30 is exactly 25.0 %: partial (Desseilles; the ATRQ would say non-response)',
      'MADRS',
      40,
      30,
      'partial-response',
    ],
    ['MADRS 40 → 31 is 22.5 %: non-response', 'MADRS', 40, 31, 'non-response'],
    ['HAMD17 24 → 18 is exactly 25.0 %: partial', 'HAMD17', 24, 18, 'partial-response'],
    ['HAMD17 24 → 19 is 20.8 %: non-response', 'HAMD17', 24, 19, 'non-response'],
    ['HAMD17 20 → 25 is worse (−25 %): non-response', 'HAMD17', 20, 25, 'non-response'],
  ])('%s', (_name, scale, start, end, expected) => {
    expect(outcomeOf(scale, start, end)).toBe(expected);
  });

  it('says in the finding that exactly 25.0 % is partial under Desseilles and non-response under the ATRQ', () => {
    const a = assessCase(makeCase([ad('sertraline', { endScore: 18 })]));
    const f = a.findings.find((x) => x.code === 'outcome.partial-response');
    expect(f?.text).toContain('Exactly 25.0% counts as partial');
    expect(f?.text).toContain('MGH-ATRQ');
  });
});

describe('remission cut-offs (clinical-rules §7b) under both profiles', () => {
  // standard: HAMD17 ≤ 7 (STAR*D), MADRS ≤ 10 (Goodwin 2022), QIDS-SR16 ≤ 5 (STAR*D), PHQ-9 ≤ 4 (Kroenke 2001 band)
  // regulatory: as standard except MADRS ≤ 12 (esketamine programme)
  it.each([
    ['HAMD17', 30, 7, 8, 'standard'],
    ['HAMD17', 30, 7, 8, 'regulatory'],
    ['MADRS', 40, 10, 11, 'standard'],
    ['MADRS', 40, 12, 13, 'regulatory'],
    ['QIDSSR16', 20, 5, 6, 'standard'],
    ['QIDSSR16', 20, 5, 6, 'regulatory'],
    ['PHQ9', 20, 4, 5, 'standard'],
    ['PHQ9', 20, 4, 5, 'regulatory'],
  ] as const)(
    '%s (start %i): end %i is remission, end %i is not (%s profile)',
    (scale, start, at, above, profile) => {
      expect(outcomeOf(scale, start, at, profile)).toBe('remission');
      expect(outcomeOf(scale, start, above, profile)).not.toBe('remission');
    },
  );

  it('MADRS 11 and 12 are remission only under the regulatory profile (≤ 12), not standard (≤ 10)', () => {
    expect(outcomeOf('MADRS', 40, 11, 'standard')).toBe('response');
    expect(outcomeOf('MADRS', 40, 12, 'standard')).toBe('response');
    expect(outcomeOf('MADRS', 40, 11, 'regulatory')).toBe('remission');
    expect(outcomeOf('MADRS', 40, 12, 'regulatory')).toBe('remission');
  });

  it("the case's own profile is used unless options.profile overrides it", () => {
    const c = makeCase([ad('sertraline', { endScore: 12 })], {
      profile: 'regulatory',
      episode: { scale: 'MADRS', baselineScore: 40 },
    });
    expect(assessCase(c).treatments[0]?.outcome).toBe('remission');
    expect(assessCase(c, { profile: 'standard' }).treatments[0]?.outcome).toBe('response');
  });
});

describe('adequate trial (contract standard profile: minimum dose, ≥ 6 weeks, adherence ≥ 80 %)', () => {
  const t = (extra: Record<string, unknown>) =>
    assessCase(makeCase([ad('sertraline', { endScore: 22, ...extra })])).treatments[0];

  it('5.99 weeks is too short; 6 weeks is enough', () => {
    expect(t({ weeks: 5.99 })?.inadequateBecause).toEqual(['duration']);
    expect(t({ weeks: 6 })?.adequate).toBe(true);
  });

  it('79 % adherence is inadequate; 80 % is enough', () => {
    expect(t({ adherencePercent: 79 })?.inadequateBecause).toEqual(['adherence']);
    expect(t({ adherencePercent: 80 })?.adequate).toBe(true);
  });

  it('sertraline 49.9 mg/day is below the 50 mg/day minimum (§6b); 50 is enough', () => {
    expect(t({ doseMgPerDay: 49.9 })?.inadequateBecause).toEqual(['dose']);
    expect(t({ doseMgPerDay: 50 })?.adequate).toBe(true);
  });

  it('lists every reason when several fail, and flags each as pseudo-resistance', () => {
    const a = assessCase(
      makeCase([ad('sertraline', { doseMgPerDay: 25, weeks: 3, adherencePercent: 50, endScore: 22 })]),
    );
    expect(a.treatments[0]?.inadequateBecause).toEqual(['dose', 'duration', 'adherence']);
    expect(a.pseudoResistance).toEqual(['inadequate-dose', 'inadequate-duration', 'inadequate-adherence']);
    expect(a.nextSteps.preferred).toEqual(['optimize-dose', 'extend-duration', 'improve-adherence']);
    expect(a.nextSteps.avoid).toContain('switch');
  });

  it('an inadequate trial that failed on scores is not a failed trial', () => {
    expect(t({ weeks: 4 })?.failed).toBe(false);
  });

  it('stopping for an adverse effect at 6 weeks or later is not intolerance: the trial is rated on its scores', () => {
    expect(t({ weeks: 6, stoppedFor: 'adverse-effect' })?.outcome).toBe('non-response');
    expect(t({ weeks: 5.9, stoppedFor: 'adverse-effect' })?.outcome).toBe('intolerance');
  });

  it('stopping for patient choice before 6 weeks is an inadequate duration, not intolerance', () => {
    expect(t({ weeks: 3, stoppedFor: 'patient-choice' })?.inadequateBecause).toEqual(['duration']);
  });
});

describe('minimum adequate dose, every antidepressant (clinical-rules §6b "typical minimum adequate dose" column)', () => {
  const minimums: Array<[string, number]> = [
    ['sertraline', 50],
    ['fluoxetine', 20],
    ['paroxetine', 20],
    ['citalopram', 20],
    ['escitalopram', 10],
    ['fluvoxamine', 100],
    ['venlafaxine', 75],
    ['desvenlafaxine', 50],
    ['duloxetine', 60],
    ['levomilnacipran', 40],
    ['bupropion', 300],
    ['mirtazapine', 15],
    ['vortioxetine', 10],
    ['vilazodone', 20],
    ['trazodone', 150],
    ['nortriptyline', 75],
    ['amitriptyline', 150],
    ['imipramine', 150],
    ['clomipramine', 150],
    ['phenelzine', 45],
    ['tranylcypromine', 30],
    ['selegiline-transdermal', 6],
  ];
  it.each(minimums)('%s: %f mg/day is adequate, just below is not', (drug, min) => {
    const at = assessCase(makeCase([ad(drug, { doseMgPerDay: min, endScore: 22 })])).treatments[0];
    const below = assessCase(makeCase([ad(drug, { doseMgPerDay: min - 0.5, endScore: 22 })])).treatments[0];
    expect(at?.adequate).toBe(true);
    expect(below?.inadequateBecause).toEqual(['dose']);
  });
});

describe('Maudsley duration (clinical-rules §4: ≤ 12 months 1, 13–24 → 2, > 24 → 3)', () => {
  it.each([
    [12, 1],
    [12.5, 2],
    [13, 2],
    [24, 2],
    [24.5, 3],
    [25, 3],
  ])('%f months → %i', (months, points) => {
    const a = assessCase(
      makeCase([ad('sertraline', { endScore: 22 })], { episode: { durationMonths: months } }),
    );
    expect(a.staging.maudsley?.duration).toBe(points);
  });
});

describe('Maudsley bands (clinical-rules §4: mild 3–6, moderate 7–10, severe 11–15)', () => {
  const msm = (months: number, severity: string, extras: Record<string, unknown>[] = [], psychotic = false) =>
    assessCase(
      makeCase([ad('sertraline', { endScore: 22 }), ...extras], {
        episode: { durationMonths: months, severity, psychoticFeatures: psychotic },
      }),
    ).staging.maudsley;
  const aug = { kind: 'augmentation', agent: 'lithium', augments: 1, weeks: 4, endScore: 21 };
  const ect = { kind: 'ect', electrodePlacement: 'bilateral', sessions: 6, endScore: 20 };

  it('6 = 1 (10 mo) + 4 (severe) + 1 (one failed drug): mild', () => {
    expect(msm(10, 'severe')).toMatchObject({ total: 6, band: 'mild' });
  });
  it('7 = 2 (18 mo) + 4 + 1: moderate', () => {
    expect(msm(18, 'severe')).toMatchObject({ total: 7, band: 'moderate' });
  });
  it('10 = 3 (30 mo) + 4 + 1 + 1 (augmentation) + 1 (ECT): moderate', () => {
    expect(msm(30, 'severe', [aug, ect])).toMatchObject({ total: 10, band: 'moderate' });
  });
  it('11 = 3 + 5 (severe with psychosis) + 1 + 1 + 1: severe', () => {
    expect(msm(30, 'severe', [aug, ect], true)).toMatchObject({ total: 11, severity: 5, band: 'severe' });
  });
  it('3 = 1 + 1 (subsyndromal) + 1: the minimum', () => {
    expect(msm(6, 'subsyndromal')).toMatchObject({ total: 3, band: 'mild' });
  });
});

describe('Maudsley failed antidepressants (clinical-rules §4: 1–2 → 1, 3–4 → 2, 5–6 → 3, 7–10 → 4, > 10 → 5)', () => {
  const drugs = [
    'sertraline',
    'fluoxetine',
    'paroxetine',
    'citalopram',
    'escitalopram',
    'venlafaxine',
    'duloxetine',
    'bupropion',
    'mirtazapine',
    'vortioxetine',
    'amitriptyline',
  ];
  it.each([
    [1, 1],
    [2, 1],
    [3, 2],
    [4, 2],
    [5, 3],
    [6, 3],
    [7, 4],
    [10, 4],
    [11, 5],
  ])('%i failed drugs → %i', (k, level) => {
    const c = makeCase(
      drugs.slice(0, k).map((d) => ad(d, { weeks: 6, endScore: 23 })),
      { episode: { durationMonths: 30 } },
    );
    expect(assessCase(c).staging.maudsley?.failures).toBe(level);
  });

  it('is null when no antidepressant has failed (module decision: the method has no level for 0)', () => {
    const a = assessCase(makeCase([ad('sertraline', { endScore: 4 })]));
    expect(a.staging.maudsley).toBeNull();
    expect(a.findings.some((f) => f.code === 'staging.maudsley.not-applicable')).toBe(true);
  });

  it('counts a drug that failed twice once', () => {
    const a = assessCase(
      makeCase([ad('sertraline', { endScore: 23 }), ad('sertraline', { doseMgPerDay: 200, endScore: 23 })], {
        episode: { durationMonths: 12 },
      }),
    );
    expect(a.failedAdequateTrials).toBe(2);
    expect(a.findings.find((f) => f.code === 'staging.maudsley.failures')?.text).toContain(
      '1 failed antidepressant',
    );
  });
});

describe('Maudsley severity from the baseline score when `severity` is absent (clinical-rules §7e, module convention)', () => {
  it.each([
    // HAM-D-17, Zimmerman 2013: 8–16 mild, 17–23 moderate, ≥ 24 severe; 0–7 → subsyndromal
    ['HAMD17', 7, 1],
    ['HAMD17', 8, 2],
    ['HAMD17', 16, 2],
    ['HAMD17', 17, 3],
    ['HAMD17', 23, 3],
    ['HAMD17', 24, 4],
    // MADRS, Snaith 1986: 7–19 mild, 20–34 moderate, 35–60 severe
    ['MADRS', 6, 1],
    ['MADRS', 7, 2],
    ['MADRS', 19, 2],
    ['MADRS', 20, 3],
    ['MADRS', 34, 3],
    ['MADRS', 35, 4],
    // QIDS-SR16 (ids-qids.org): 6–10 mild, 11–15 moderate, 16–27 severe or very severe
    ['QIDSSR16', 5, 1],
    ['QIDSSR16', 6, 2],
    ['QIDSSR16', 11, 3],
    ['QIDSSR16', 15, 3],
    ['QIDSSR16', 16, 4],
    // PHQ-9, Kroenke 2001: 5–9 mild, 10–19 moderate or moderately severe, 20–27 severe
    ['PHQ9', 4, 1],
    ['PHQ9', 5, 2],
    ['PHQ9', 10, 3],
    ['PHQ9', 19, 3],
    ['PHQ9', 20, 4],
  ] as const)('%s baseline %i → severity %i', (scale, baseline, level) => {
    const a = assessCase(
      makeCase([ad('sertraline', { startScore: 27, endScore: 27 })], {
        episode: { scale, baselineScore: baseline },
      }),
    );
    expect(a.staging.maudsley?.severity).toBe(level);
  });

  it('psychotic features give 5 whatever the score', () => {
    const a = assessCase(
      makeCase([ad('sertraline', { endScore: 9 })], {
        episode: { baselineScore: 10, psychoticFeatures: true },
      }),
    );
    expect(a.staging.maudsley?.severity).toBe(5);
  });
});

describe('persistent depressive disorder duration (clinical-rules §9: ≥ 2 years; ≥ 1 year under 18)', () => {
  const pdd = (age: number, months: number) =>
    assessCase(makeCase([], { age, episode: { durationMonths: months } })).persistentDepressiveDisorder;
  it('adult: 24 months meets it, 23.9 does not', () => {
    expect(pdd(40, 24)).toBe(true);
    expect(pdd(40, 23.9)).toBe(false);
  });
  it('age 17: 12 months meets it, 11.9 does not', () => {
    expect(pdd(17, 12)).toBe(true);
    expect(pdd(17, 11.9)).toBe(false);
  });
  it('age 18 is an adult: 12 months does not meet it', () => {
    expect(pdd(18, 12)).toBe(false);
  });
});

describe('TRD definition: distinct classes (standard) vs different antidepressants (regulatory)', () => {
  const twoSsris = makeCase([ad('sertraline', { endScore: 22 }), ad('escitalopram', { endScore: 21 })]);
  it('two failed SSRIs: standard profile no (needs 2 classes; Thase–Rush II reading)', () => {
    const a = assessCase(twoSsris);
    expect(a.trd).toMatchObject({ meets: false, failedAdequateTrials: 2, distinctClasses: 1 });
    expect(a.findings.find((f) => f.code === 'trd.not-met')?.text).toContain('regulatory reading');
  });
  it('two failed SSRIs: regulatory profile yes (EMA/esketamine wording: 2 different antidepressants, any class)', () => {
    expect(assessCase(twoSsris, { profile: 'regulatory' }).trd).toMatchObject({
      meets: true,
      distinctDrugs: 2,
    });
  });
  it('the same drug twice is one antidepressant: no TRD under either profile', () => {
    const same = makeCase([
      ad('sertraline', { endScore: 22 }),
      ad('sertraline', { doseMgPerDay: 200, endScore: 21 }),
    ]);
    expect(assessCase(same).trd.meets).toBe(false);
    expect(assessCase(same, { profile: 'regulatory' }).trd.meets).toBe(false);
  });
  it('one failed trial is not TRD', () => {
    expect(assessCase(makeCase([ad('sertraline', { endScore: 22 })])).trd.meets).toBe(false);
  });
});

describe('hs-CRP > 5 mg/L with TRD (clinical-rules §10, Raison 2013)', () => {
  const trdCase = (crp: number) =>
    makeCase([ad('sertraline', { endScore: 22 }), ad('venlafaxine', { endScore: 21 })], {
      labs: { hsCrpMgPerL: crp },
    });
  it('5.0 mg/L: no anti-inflammatory trial', () => {
    const a = assessCase(trdCase(5.0));
    expect(a.nextSteps.preferred).not.toContain('anti-inflammatory-trial');
    expect(a.findings.some((f) => f.code === 'next.inflammation-below-threshold')).toBe(true);
  });
  it('5.1 mg/L: anti-inflammatory trial, marked investigational', () => {
    const a = assessCase(trdCase(5.1));
    expect(a.nextSteps.preferred).toContain('anti-inflammatory-trial');
    expect(a.findings.find((f) => f.code === 'next.inflammation')?.text).toContain('investigational');
  });
  it('without TRD a high hs-CRP does not add the trial', () => {
    const a = assessCase(makeCase([ad('sertraline', { endScore: 22 })], { labs: { hsCrpMgPerL: 9 } }));
    expect(a.nextSteps.preferred).not.toContain('anti-inflammatory-trial');
  });
});

describe('ECT course adequacy (module convention: ≥ 10 sessions, CORE/Husain 2004)', () => {
  const ect = (sessions: number) =>
    assessCase(
      makeCase([
        ad('sertraline', { endScore: 22 }),
        { kind: 'ect', electrodePlacement: 'bilateral', sessions, endScore: 20 },
      ]),
    ).treatments[1];
  it('9 sessions is not an adequate course; 10 is', () => {
    expect(ect(9)).toMatchObject({ adequate: false, inadequateBecause: ['duration'], failed: false });
    expect(ect(10)).toMatchObject({ adequate: true, failed: true });
  });
});

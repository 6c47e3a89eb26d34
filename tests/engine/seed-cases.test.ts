// The seed textbook's worked cases (seeds/003, "Principles and Mechanisms") and the MGH worked
// example of clinical-rules §3. Expected values are derived by hand from the sources.
import { describe, expect, it } from 'vitest';
import { assessCase } from '../../src/engine/index.ts';
import { makeCase, seedCase36 } from './helpers.ts';

describe('seed 003: the 36-year-old with two failed trials (sertraline 200 mg 8 wk, venlafaxine 225 mg 10 wk)', () => {
  const a = assessCase(seedCase36);

  it('rates both trials adequate: doses ≥ the §6b minimums (50, 75 mg/day), ≥ 6 weeks, adherence default 100 %', () => {
    expect(a.treatments.map((t) => t.adequate)).toEqual([true, true]);
  });

  it('classes both as non-response (Desseilles 2011 < 25 %): 24→20 = 16.7 %; venlafaxine starts at 20 (contract start-score rule) so 20→19 = 5 %', () => {
    expect(a.treatments[0]?.percentReduction).toBeCloseTo((4 / 24) * 100, 10);
    expect(a.treatments[1]?.startScore).toBe(20);
    expect(a.treatments[1]?.percentReduction).toBeCloseTo(5, 10);
    expect(a.treatments.map((t) => t.outcome)).toEqual(['non-response', 'non-response']);
    expect(a.treatments.map((t) => t.failed)).toEqual([true, true]);
  });

  it('meets TRD: 2 failed adequate trials from 2 classes (SSRI, SNRI) — the seed calls this TRD', () => {
    expect(a.failedAdequateTrials).toBe(2);
    expect(a.trd).toMatchObject({ meets: true, failedAdequateTrials: 2, distinctClasses: 2 });
  });

  it('is Thase–Rush stage II (§1: stage I + a failed trial in a distinctly different class)', () => {
    expect(a.staging.thaseRush).toBe(2);
  });

  it('is European TRD1 (§2: 2 failed trials → TRD1, module reading)', () => {
    expect(a.staging.european).toBe('TRD1');
  });

  it('scores MGH 2 (§3: 1 point per failed adequate trial, no optimisation or augmentation)', () => {
    expect(a.staging.mgh).toBe(2);
  });

  it('does not meet the PDD duration criterion: 18 months < 24 months (§9, DSM-5-TR criterion A)', () => {
    expect(a.persistentDepressiveDisorder).toBe(false);
  });

  it('scores Maudsley 7, moderate: duration 18 mo → 2 (13–24); HAMD 24 → severe by Zimmerman ≥ 24 (§7e convention) → 4; 2 failed drugs → 1; no augmentation 0; no ECT 0', () => {
    // 2 + 4 + 1 + 0 + 0 = 7; §4 bands: moderate 7–10.
    expect(a.staging.maudsley).toMatchObject({
      duration: 2,
      severity: 4,
      failures: 1,
      augmentation: 0,
      ect: 0,
      total: 7,
      band: 'moderate',
      severityFrom: 'derived-from-score',
    });
  });

  it('uses a given severity instead of the score convention: severity moderate → 3, total 2 + 3 + 1 = 6 (mild 3–6)', () => {
    const b = assessCase({ ...seedCase36, episode: { ...seedCase36.episode, severity: 'moderate' } });
    expect(b.staging.maudsley).toMatchObject({ severity: 3, total: 6, band: 'mild', severityFrom: 'given' });
  });

  it('shows the dose rule with its numbers in the findings ("8 weeks at 200 mg/day: at or above the 50 mg/day minimum for sertraline")', () => {
    const dose = a.findings.find((f) => f.code === 'adequacy.dose-met' && f.about === 'treatments.0');
    expect(dose?.text).toContain('8 weeks at 200 mg/day: at or above the 50 mg/day minimum for sertraline');
    expect(dose?.sources).toContain('uptodate-doses');
  });
});

describe('seed 003: response without remission (HAM-D 24 → 12 after 8 weeks)', () => {
  const a = assessCase(
    makeCase([{ kind: 'antidepressant', drug: 'sertraline', doseMgPerDay: 100, weeks: 8, endScore: 12 }]),
  );

  it('is a response (12/24 = 50 % ≥ 50 %) without remission (12 > 7, §7b HAM-D-17 ≤ 7)', () => {
    expect(a.treatments[0]?.percentReduction).toBe(50);
    expect(a.treatments[0]?.outcome).toBe('response');
  });

  it('is not a failed trial, so not TRD', () => {
    expect(a.treatments[0]?.failed).toBe(false);
    expect(a.trd.meets).toBe(false);
  });

  it('prefers optimising the dose or augmenting, and avoids switching (seed 003)', () => {
    expect(a.nextSteps.preferred).toEqual(expect.arrayContaining(['optimize-dose', 'augment']));
    expect(a.nextSteps.avoid).toContain('switch');
    expect(a.nextSteps.preferred).not.toContain('switch');
  });

  it('does not offer dose optimisation when the dose is already at the top of the usual range (sertraline 50–200 mg/day, §6b)', () => {
    const b = assessCase(
      makeCase([{ kind: 'antidepressant', drug: 'sertraline', doseMgPerDay: 200, weeks: 8, endScore: 12 }]),
    );
    expect(b.nextSteps.preferred).toEqual(['augment']);
    expect(b.nextSteps.avoid).toContain('switch');
  });
});

describe('seed 003: an SSRI stopped after 10 days for symptomatic hyponatremia', () => {
  const a = assessCase(
    makeCase([
      {
        kind: 'antidepressant',
        drug: 'sertraline',
        doseMgPerDay: 50,
        weeks: 10 / 7,
        stoppedFor: 'adverse-effect',
        adverseEffect: 'hyponatremia',
        endScore: 23,
      },
    ]),
  );
  const t = a.treatments[0];

  it('is intolerance: stopped for an adverse effect at 1.43 weeks, before 6 weeks (contract adequacy rule)', () => {
    expect(t?.outcome).toBe('intolerance');
    expect(t?.inadequateBecause).toEqual(['intolerance']);
  });

  it('is not adequate and not a failed trial', () => {
    expect(t?.adequate).toBe(false);
    expect(t?.failed).toBe(false);
    expect(a.failedAdequateTrials).toBe(0);
  });

  it("flags pseudo-resistance 'intolerance' only (not 'inadequate-duration')", () => {
    expect(a.pseudoResistance).toEqual(['intolerance']);
  });

  it('prefers a switch and avoids raising the dose', () => {
    expect(a.nextSteps.preferred).toContain('switch');
    expect(a.nextSteps.avoid).toContain('optimize-dose');
  });

  it('explains it in days', () => {
    expect(a.findings.find((f) => f.code === 'adequacy.intolerance')?.text).toMatch(
      /hyponatremia.*1\.43 weeks \(≈ 10 days\)/,
    );
  });
});

describe('seed 003: hypomania emerging during an apparently resistant episode', () => {
  const a = assessCase(
    makeCase([ad2('sertraline', 20), ad2('venlafaxine', 19)], { emergentSymptoms: ['hypomania'] }),
  );

  it("raises the 'bipolar-spectrum' pseudo-resistance flag", () => {
    expect(a.pseudoResistance).toContain('bipolar-spectrum');
  });

  it('prefers reassessing the diagnosis and avoids switching or escalating antidepressant monotherapy', () => {
    expect(a.nextSteps.preferred[0]).toBe('reassess-diagnosis');
    expect(a.nextSteps.avoid).toEqual(expect.arrayContaining(['switch', 'optimize-dose']));
    expect(a.nextSteps.preferred).not.toContain('esketamine');
  });

  it('does the same for a lifetime history of mania or hypomania', () => {
    const b = assessCase(makeCase([ad2('sertraline', 20)], { history: { maniaOrHypomania: true } }));
    expect(b.pseudoResistance).toContain('bipolar-spectrum');
    expect(b.nextSteps.preferred).toContain('reassess-diagnosis');
  });
});

function ad2(drug: string, endScore: number) {
  return {
    kind: 'antidepressant',
    drug,
    doseMgPerDay: drug === 'venlafaxine' ? 225 : 200,
    weeks: 8,
    endScore,
  };
}

describe('clinical-rules §3: MGH worked example = 6.0', () => {
  // sertraline failed after dose optimisation (1 + 0.5) + venlafaxine failed with lithium
  // augmentation (1 + 0.5) + a failed ECT course (3) = 6.0
  const a = assessCase(
    makeCase(
      [
        {
          kind: 'antidepressant',
          drug: 'sertraline',
          doseMgPerDay: 200,
          weeks: 8,
          endScore: 22,
          optimized: ['dose'],
        },
        { kind: 'antidepressant', drug: 'venlafaxine', doseMgPerDay: 225, weeks: 8, endScore: 21 },
        { kind: 'augmentation', agent: 'lithium', augments: 2, weeks: 6, endScore: 20 },
        { kind: 'ect', electrodePlacement: 'bilateral', sessions: 12, endScore: 19 },
      ],
      { episode: { durationMonths: 14 } },
    ),
  );

  it('totals (1 + 0.5) + (1 + 0.5) + 3 = 6', () => {
    expect(a.staging.mgh).toBe(6);
  });

  it('traces each trial’s points', () => {
    const per = a.findings.filter((f) => f.code === 'staging.mgh.trial').map((f) => f.text);
    expect(per[0]).toContain('0.5 for dose optimisation');
    expect(per[1]).toContain('0.5 for augmentation with lithium');
    expect(a.findings.some((f) => f.code === 'staging.mgh.ect')).toBe(true);
  });

  it('scores Maudsley 2 (14 mo) + 4 (HAMD 24, severe) + 1 (2 drugs) + 1 (augmentation) + 1 (ECT) = 9, moderate', () => {
    expect(a.staging.maudsley).toMatchObject({
      duration: 2,
      severity: 4,
      failures: 1,
      augmentation: 1,
      ect: 1,
      total: 9,
      band: 'moderate',
    });
  });
});

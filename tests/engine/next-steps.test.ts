// Next-step rules (engine contract "Next steps"; seed 003; clinical-rules §8, §10, §11).
import { describe, expect, it } from 'vitest';
import {
  assessCase,
  assessNormalised,
  normaliseCase,
  profiles,
  type CriteriaProfile,
} from '../../src/engine/index.ts';
import { ad, makeCase } from './helpers.ts';

const trd = (extra: Record<string, unknown> = {}) =>
  makeCase([ad('sertraline', { endScore: 22 }), ad('venlafaxine', { endScore: 21 })], extra);

describe('next steps', () => {
  it('non-response to one adequate trial → switch', () => {
    expect(assessCase(makeCase([ad('sertraline', { endScore: 22 })])).nextSteps.preferred).toEqual([
      'switch',
    ]);
  });

  it('partial response → augment, or optimise when the dose has room (contract: augment after partial response)', () => {
    expect(assessCase(makeCase([ad('sertraline', { endScore: 16 })])).nextSteps.preferred).toEqual([
      'augment',
      'optimize-dose',
    ]);
  });

  it('remission → continue (STAR*D, Rush 2006): continuing is the preferred step, switching is avoided', () => {
    const a = assessCase(makeCase([ad('sertraline', { endScore: 5 })]));
    expect(a.nextSteps).toEqual({ preferred: ['continue'], avoid: ['switch'], required: [] });
  });

  it('TRD → augmentation, esketamine, ketamine, ECT, rTMS (after the switch that non-response calls for)', () => {
    expect(assessCase(trd()).nextSteps.preferred).toEqual([
      'switch',
      'augment',
      'esketamine',
      'ketamine',
      'ect',
      'rtms',
    ]);
  });

  it('TRD with psychotic features → ECT first; ketamine not offered (ELEKT-D was non-psychotic)', () => {
    const a = assessCase(trd({ episode: { psychoticFeatures: true } }));
    expect(a.nextSteps.preferred[0]).toBe('ect');
    expect(a.nextSteps.preferred).not.toContain('ketamine');
  });

  it.each([
    'aneurysmal-vascular-disease',
    'arteriovenous-malformation',
    'intracerebral-hemorrhage-history',
    'esketamine-hypersensitivity',
    'ketamine-hypersensitivity',
  ])('a listed contraindication (%s) moves esketamine and ketamine to avoid', (code) => {
    const a = assessCase(trd({ contraindications: [code] }));
    expect(a.nextSteps.avoid).toEqual(expect.arrayContaining(['esketamine', 'ketamine']));
    expect(a.nextSteps.preferred).not.toContain('esketamine');
    expect(a.nextSteps.preferred).not.toContain('ketamine');
  });

  it('under 18: esketamine avoided (label: not established), ketamine not offered', () => {
    const a = assessCase(trd({ age: 16 }));
    expect(a.nextSteps.avoid).toContain('esketamine');
    expect(a.nextSteps.preferred).not.toContain('ketamine');
  });

  it('TRD but the current regimen responds → build on it, no TRD treatments', () => {
    const a = assessCase(
      makeCase([
        ad('sertraline', { endScore: 22 }),
        ad('venlafaxine', { endScore: 21 }),
        ad('bupropion', { endScore: 10 }),
      ]),
    );
    expect(a.trd.meets).toBe(true);
    expect(a.nextSteps.preferred).toEqual(['augment']);
    expect(a.nextSteps.avoid).toEqual(['switch']);
  });

  it('comorbidity → treat it', () => {
    const a = assessCase(
      makeCase([ad('sertraline', { endScore: 22 })], {
        comorbidities: ['hypothyroidism', 'alcohol-use-disorder', 'anxiety-disorder'],
      }),
    );
    expect(a.nextSteps.preferred).toContain('treat-comorbidity');
    expect(a.pseudoResistance).toEqual(['medical-comorbidity', 'psychiatric-comorbidity', 'substance-use']);
  });

  it('no end score → no outcome-based step, and a finding says to measure first', () => {
    const a = assessCase(makeCase([ad('sertraline')]));
    expect(a.treatments[0]?.outcome).toBe('not-evaluable');
    expect(a.nextSteps.preferred).toEqual([]);
    expect(a.findings.some((f) => f.code === 'next.not-evaluable')).toBe(true);
  });
});

describe('a third profile is a pure data change', () => {
  // e.g. the 2021 consensus reading (clinical-rules §6a): non-response = < 50 %, 4-week trials, no class requirement.
  const consensus: CriteriaProfile = {
    ...profiles.standard,
    id: 'consensus2021',
    label: 'Consensus 2021',
    description: 'TRD = 2 failed adequate trials; non-response < 50 %; minimal trial length 4 weeks.',
    partialPercent: 50,
    trialWeeks: 4,
    trdRequiresDistinctClasses: false,
    sources: { ...profiles.standard.sources, trd: ['trdconsensus2021'] },
  };

  it('changes the verdicts with no code change', () => {
    const c = makeCase([
      ad('sertraline', { weeks: 4, endScore: 16 }),
      ad('escitalopram', { weeks: 5, endScore: 15 }),
    ]);
    const standard = assessCase(c);
    const other = assessNormalised(normaliseCase(c), consensus);
    // standard: 4 and 5 weeks are too short; consensus: adequate, and 33 % / 6 % reductions are non-response (< 50 %)
    expect(standard.trd.meets).toBe(false);
    expect(other.treatments.map((t) => t.outcome)).toEqual(['non-response', 'non-response']);
    expect(other.trd.meets).toBe(true);
    expect(other.profile).toBe('consensus2021');
  });
});

describe('pseudo-resistance (seed 003: an apparent lack of response with a remediable cause)', () => {
  it('flags the reasons of an inadequate trial that did not work', () => {
    expect(
      assessCase(makeCase([ad('sertraline', { doseMgPerDay: 25, weeks: 4, endScore: 22 })])).pseudoResistance,
    ).toEqual(['inadequate-dose', 'inadequate-duration']);
  });

  it('does not flag an inadequate trial that nevertheless reached remission or response (module reading)', () => {
    const a = assessCase(makeCase([ad('sertraline', { doseMgPerDay: 25, weeks: 4, endScore: 6 })]));
    expect(a.pseudoResistance).toEqual([]);
    expect(a.findings.some((f) => f.code === 'pseudo.not-applicable-responded')).toBe(true);
  });
});

describe('the current regimen is the last evaluable treatment of any kind when it worked (continuation, not new TRD options)', () => {
  // Two adequate non-responses from two classes (sertraline 24 → 22, venlafaxine 22 → 21) = TRD
  // (contract), then a course that ends the story.
  const trdThen = (last: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    makeCase([ad('sertraline', { endScore: 22 }), ad('venlafaxine', { endScore: 21 }), last], extra);

  it('bilateral ECT to HAM-D-17 6 (remission ≤ 7, STAR*D/Rush 2006) → continue it; no augmentation, esketamine or ketamine', () => {
    const a = assessCase(
      trdThen({ kind: 'ect', electrodePlacement: 'bilateral', sessions: 12, endScore: 6 }),
    );
    expect(a.trd.meets).toBe(true);
    expect(a.treatments[2]?.outcome).toBe('remission');
    expect(a.nextSteps.preferred).toEqual(['continue']);
    expect(a.nextSteps.avoid).toEqual(['switch']);
    expect(a.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['next.continue-course', 'next.trd-but-responding']),
    );
    const why = a.findings.find((f) => f.code === 'next.continue-course');
    expect(why?.about).toBe('treatments.2');
    expect(why?.sources).toEqual(['daly2019', 'bauer2000']);
  });

  it('esketamine with a response (MADRS 26 → 12, from the previous end score: 53.8 % ≥ 50 %, above the standard ≤ 10) → continue (SUSTAIN-1, Daly 2019: continuation after stable response cut relapse)', () => {
    const a = assessCase(
      makeCase(
        [
          ad('sertraline', { endScore: 27 }),
          ad('venlafaxine', { endScore: 26 }),
          { kind: 'esketamine', weeks: 4, endScore: 12 },
        ],
        { episode: { scale: 'MADRS', baselineScore: 30 } },
      ),
    );
    expect(a.treatments[2]?.outcome).toBe('response');
    expect(a.nextSteps.preferred).toEqual(['continue']);
    expect(a.nextSteps.preferred).not.toContain('esketamine');
  });

  it('an ECT remission followed by a maintenance antidepressant with no end score yet is still the current regimen', () => {
    const a = assessCase(
      trdThen({ kind: 'ect', electrodePlacement: 'bilateral', sessions: 12, endScore: 5 }, {}),
    );
    const b = assessCase(
      makeCase([
        ad('sertraline', { endScore: 22 }),
        ad('venlafaxine', { endScore: 21 }),
        { kind: 'ect', electrodePlacement: 'bilateral', sessions: 12, endScore: 5 },
        ad('nortriptyline', { weeks: 2 }),
      ]),
    );
    expect(a.nextSteps.preferred).toEqual(['continue']);
    expect(b.nextSteps.preferred).toEqual(['continue']);
    expect(b.findings.some((f) => f.code === 'next.not-evaluable')).toBe(false);
  });

  it('an ECT course that did not work leaves the drug regimen current: non-response → switch, and the TRD options stay', () => {
    const a = assessCase(
      trdThen({ kind: 'ect', electrodePlacement: 'bilateral', sessions: 12, endScore: 20 }),
    );
    expect(a.nextSteps.preferred).toEqual(
      expect.arrayContaining(['switch', 'augment', 'esketamine', 'ketamine']),
    );
    expect(a.nextSteps.preferred).not.toContain('continue');
  });
});

// Esketamine eligibility (clinical-rules §8: regulatory TRD, adults, US contraindications).
import { describe, expect, it } from 'vitest';
import { esketamineEligibility } from '../../src/engine/index.ts';
import { ad, makeCase } from './helpers.ts';

const twoSsris = (extra: Record<string, unknown> = {}) =>
  makeCase([ad('sertraline', { endScore: 22 }), ad('escitalopram', { endScore: 21 })], extra);

describe('esketamineEligibility', () => {
  it('two failed adequate trials of different antidepressants (even the same class), adult, no contraindication → eligible', () => {
    const e = esketamineEligibility(twoSsris());
    expect(e.eligible).toBe(true);
    expect(e.reasons.map((r) => r.code)).toEqual([
      'esketamine.trd-met',
      'esketamine.adult',
      'esketamine.no-contraindication',
    ]);
  });

  it('one failed trial → not eligible', () => {
    expect(esketamineEligibility(makeCase([ad('sertraline', { endScore: 22 })])).eligible).toBe(false);
  });

  it('age 17 → not eligible (not established under 18)', () => {
    const e = esketamineEligibility(twoSsris({ age: 17 }));
    expect(e.eligible).toBe(false);
    expect(e.reasons.some((r) => r.code === 'esketamine.under-18')).toBe(true);
  });

  it.each([
    'aneurysmal-vascular-disease',
    'arteriovenous-malformation',
    'intracerebral-hemorrhage-history',
    'esketamine-hypersensitivity',
    'ketamine-hypersensitivity',
  ])('US contraindication %s → not eligible, citing the US label', (code) => {
    const e = esketamineEligibility(twoSsris({ contraindications: [code] }));
    expect(e.eligible).toBe(false);
    expect(e.reasons.find((r) => r.code === 'esketamine.contraindicated')?.sources).toEqual([
      'spravato-us-label',
    ]);
  });

  it('a possible bipolar spectrum → not eligible until the diagnosis is reassessed (module reading)', () => {
    expect(esketamineEligibility(twoSsris({ emergentSymptoms: ['hypomania'] })).eligible).toBe(false);
  });

  it('lists the label monitoring: BP before and at ~40 min, ≥ 2 h observation, REMS setting, no driving until after sleep', () => {
    const m = esketamineEligibility(twoSsris()).monitoring.join(' ');
    for (const s of ['blood pressure before', '40 minutes', 'at least 2 hours', 'REMS', 'No driving'])
      expect(m).toContain(s);
  });
});

describe('each eligibility reason says whether its condition is met (clinical-rules §8a, §8b)', () => {
  it('all conditions met → every reason met, eligible', () => {
    const e = esketamineEligibility(twoSsris());
    expect(e.reasons.map((r) => r.met)).toEqual([true, true, true]);
  });

  it('age 16, an EU-only contraindication and a bipolar history → those reasons are blocking, the TRD reason is met', () => {
    const e = esketamineEligibility(
      twoSsris({
        age: 16,
        contraindications: ['bp-icp-increase-serious-risk'],
        history: { maniaOrHypomania: true },
      }),
    );
    expect(e.eligible).toBe(false);
    expect(e.reasons.map((r) => [r.code, r.met])).toEqual([
      ['esketamine.trd-met', true],
      ['esketamine.under-18', false],
      ['esketamine.contraindicated-eu', false],
      ['esketamine.diagnosis-uncertain', false],
    ]);
  });

  it('eligible exactly when every reason is met', () => {
    for (const extra of [{}, { age: 17 }, { contraindications: ['arteriovenous-malformation'] }]) {
      const e = esketamineEligibility(twoSsris(extra));
      expect(e.eligible).toBe(e.reasons.every((r) => r.met));
    }
  });
});

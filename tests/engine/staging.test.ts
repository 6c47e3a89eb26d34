// Staging models: Thase–Rush (clinical-rules §1), European (§2), MGH-s (§3).
import { describe, expect, it } from 'vitest';
import { assessCase } from '../../src/engine/index.ts';
import { ad, makeCase } from './helpers.ts';

const failedOf = (drugs: string[], extra: Record<string, unknown>[] = []) =>
  assessCase(
    makeCase([...drugs.map((d) => ad(d, { weeks: 6, endScore: 23 })), ...extra], {
      episode: { durationMonths: 30 },
    }),
  ).staging;
const bilateral = { kind: 'ect', electrodePlacement: 'bilateral', sessions: 12, endScore: 22 };

describe('Thase–Rush (§1: I ≥ 1 failed; II + distinct class; III + TCA; IV + MAOI; V + bilateral ECT)', () => {
  it.each([
    ['no failed trial', [], 0],
    ['one SSRI', ['sertraline'], 1],
    ['two SSRIs (same class)', ['sertraline', 'escitalopram'], 1],
    ['SSRI then SNRI', ['sertraline', 'venlafaxine'], 2],
    ['SSRI then TCA: the TCA is the distinct class, not a further trial', ['sertraline', 'nortriptyline'], 2],
    [
      'SSRI, SNRI, MAOI without a TCA: never stage III (§1 engine note)',
      ['sertraline', 'venlafaxine', 'phenelzine'],
      2,
    ],
    ['SSRI, SNRI, TCA', ['sertraline', 'venlafaxine', 'nortriptyline'], 3],
    ['SSRI, TCA, TCA (a further TCA after stage II)', ['sertraline', 'nortriptyline', 'amitriptyline'], 3],
    ['SSRI, MAOI, TCA: stage III; IV needs a further MAOI', ['sertraline', 'phenelzine', 'nortriptyline'], 3],
    ['SSRI, SNRI, TCA, MAOI', ['sertraline', 'venlafaxine', 'nortriptyline', 'phenelzine'], 4],
    ['mirtazapine is NaSSA, not a TCA', ['sertraline', 'venlafaxine', 'mirtazapine'], 2],
  ] as const)('%s → stage %i', (_name, drugs, stage) => {
    expect(failedOf([...drugs]).thaseRush).toBe(stage);
  });

  it('stage IV + a failed bilateral ECT course → V', () => {
    expect(
      failedOf(['sertraline', 'venlafaxine', 'nortriptyline', 'phenelzine'], [bilateral]).thaseRush,
    ).toBe(5);
  });

  it('a failed right-unilateral ECT course does not give stage V', () => {
    expect(
      failedOf(
        ['sertraline', 'venlafaxine', 'nortriptyline', 'phenelzine'],
        [{ ...bilateral, electrodePlacement: 'right-unilateral' }],
      ).thaseRush,
    ).toBe(4);
  });

  it('a failed bilateral ECT course without stage IV stays below V (each stage needs the earlier ones)', () => {
    expect(failedOf(['sertraline', 'venlafaxine'], [bilateral]).thaseRush).toBe(2);
  });

  it('an ECT course that remitted does not count', () => {
    expect(
      failedOf(['sertraline', 'venlafaxine', 'nortriptyline', 'phenelzine'], [{ ...bilateral, endScore: 5 }])
        .thaseRush,
    ).toBe(4);
  });
});

describe('European staging (§2, module reading: 1 → non-responder; 2, 3, 4, 5, ≥ 6 → TRD1–TRD5)', () => {
  const drugs = [
    'sertraline',
    'venlafaxine',
    'bupropion',
    'mirtazapine',
    'nortriptyline',
    'phenelzine',
    'duloxetine',
  ];
  it.each([
    [0, 'none'],
    [1, 'non-responder'],
    [2, 'TRD1'],
    [3, 'TRD2'],
    [4, 'TRD3'],
    [5, 'TRD4'],
    [6, 'TRD5'],
    [7, 'TRD5'],
  ])('%i failed trials → %s', (n, stage) => {
    expect(failedOf(drugs.slice(0, n)).european).toBe(stage);
  });

  describe('CRD (module reading: ≥ 6 failed treatments incl. ≥ 1 failed augmentation, episode ≥ 12 months)', () => {
    const five = drugs.slice(0, 5).map((d) => ad(d, { weeks: 6, endScore: 23 }));
    const lithium = { kind: 'augmentation', agent: 'lithium', augments: 5, weeks: 6, endScore: 22 };
    it('5 failed trials + a failed lithium augmentation, 12-month episode → CRD', () => {
      expect(
        assessCase(makeCase([...five, lithium], { episode: { durationMonths: 12 } })).staging.european,
      ).toBe('CRD');
    });
    it('the same in an 11-month episode → TRD4 (not chronic)', () => {
      expect(
        assessCase(makeCase([...five, lithium], { episode: { durationMonths: 11 } })).staging.european,
      ).toBe('TRD4');
    });
    it('6 failed trials without augmentation → TRD5, not CRD', () => {
      expect(failedOf(drugs.slice(0, 6)).european).toBe('TRD5');
    });
    it('an augmentation that produced a response is not a failed strategy', () => {
      const c = makeCase([...five, { ...lithium, endScore: 8 }], { episode: { durationMonths: 24 } });
      expect(assessCase(c).staging.european).toBe('TRD4');
    });
  });
});

describe('MGH-s (§3: 1 per failed adequate trial, +0.5 per optimisation and per augmentation/combination, +3 per failed ECT)', () => {
  it('dose and duration optimisation each add 0.5, and the duration point is flagged as unverified', () => {
    const a = assessCase(makeCase([ad('sertraline', { endScore: 22, optimized: ['dose', 'duration'] })]));
    expect(a.staging.mgh).toBe(2);
    expect(a.findings.find((f) => f.code === 'staging.mgh.trial')?.text).toContain(
      'duration optimisation is unverified',
    );
  });

  it('optimisation of a trial that did not fail adds nothing', () => {
    expect(assessCase(makeCase([ad('sertraline', { endScore: 5, optimized: ['dose'] })])).staging.mgh).toBe(
      0,
    );
  });

  it('an augmentation and a combination on the same failed trial add 0.5 each', () => {
    const a = assessCase(
      makeCase([
        ad('sertraline', { endScore: 22 }),
        { kind: 'augmentation', agent: 'aripiprazole', augments: 1, weeks: 6, endScore: 21 },
        { kind: 'combination', agent: 'mirtazapine', augments: 1, weeks: 6, endScore: 20 },
      ]),
    );
    expect(a.staging.mgh).toBe(2);
  });

  it('an augmentation of a trial that did not fail adds nothing, and says why', () => {
    const a = assessCase(
      makeCase([
        ad('sertraline', { weeks: 4, endScore: 22 }),
        { kind: 'augmentation', agent: 'lithium', augments: 1, weeks: 6, endScore: 21 },
      ]),
    );
    expect(a.staging.mgh).toBe(0);
    expect(a.findings.some((f) => f.code === 'staging.mgh.add-on-not-counted')).toBe(true);
  });

  it('a failed ECT course adds 3 whatever the electrode placement; too few sessions add nothing', () => {
    const base = ad('sertraline', { endScore: 22 });
    expect(
      assessCase(makeCase([base, { ...bilateral, electrodePlacement: 'right-unilateral' }])).staging.mgh,
    ).toBe(4);
    expect(assessCase(makeCase([base, { ...bilateral, sessions: 4 }])).staging.mgh).toBe(1);
  });
});

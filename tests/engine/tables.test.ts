// The engine's data tables against the reference: drug table (clinical-rules §6b, §15d),
// criteria profiles (contract + §7), Maudsley severity convention (§7e).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ANTIDEPRESSANTS,
  AUGMENTATION_AGENTS,
  profiles,
  RULESET_VERSION,
  SCALES,
} from '../../src/engine/index.ts';

// Copied from clinical-rules §6b: [class, usual start low, high, usual total low, high, minimum adequate]
const TABLE_6B: Record<string, [string, number, number, number, number, number]> = {
  sertraline: ['SSRI', 50, 50, 50, 200, 50],
  fluoxetine: ['SSRI', 20, 20, 20, 60, 20],
  paroxetine: ['SSRI', 20, 20, 20, 40, 20],
  citalopram: ['SSRI', 20, 20, 20, 40, 20],
  escitalopram: ['SSRI', 10, 10, 10, 20, 10],
  fluvoxamine: ['SSRI', 50, 50, 50, 200, 100],
  venlafaxine: ['SNRI', 37.5, 75, 75, 225, 75],
  desvenlafaxine: ['SNRI', 25, 50, 50, 100, 50],
  duloxetine: ['SNRI', 30, 60, 60, 60, 60],
  levomilnacipran: ['SNRI', 20, 20, 40, 80, 40],
  bupropion: ['NDRI', 150, 150, 300, 300, 300],
  mirtazapine: ['NaSSA', 15, 15, 15, 45, 15],
  vortioxetine: ['serotonin-modulator', 10, 10, 20, 20, 10],
  vilazodone: ['serotonin-modulator', 10, 10, 40, 40, 20],
  trazodone: ['serotonin-modulator', 100, 100, 200, 400, 150],
  nortriptyline: ['TCA', 25, 25, 50, 150, 75],
  amitriptyline: ['TCA', 25, 25, 150, 300, 150],
  imipramine: ['TCA', 25, 25, 150, 300, 150],
  clomipramine: ['TCA', 25, 25, 100, 250, 150],
  phenelzine: ['MAOI', 15, 15, 15, 90, 45],
  tranylcypromine: ['MAOI', 10, 10, 30, 60, 30],
  'selegiline-transdermal': ['MAOI', 6, 6, 6, 12, 6],
};

describe('drug table (clinical-rules §6b)', () => {
  it('has exactly the antidepressants of the §6b table', () => {
    expect(Object.keys(ANTIDEPRESSANTS).sort()).toEqual(Object.keys(TABLE_6B).sort());
  });

  it.each(Object.entries(TABLE_6B))(
    '%s: class, usual start, usual total and minimum dose match §6b',
    (id, [cls, s0, s1, u0, u1, min]) => {
      const d = ANTIDEPRESSANTS[id as keyof typeof ANTIDEPRESSANTS];
      expect(d.class).toBe(cls);
      expect(d.start).toEqual([s0, s1]);
      expect(d.usual).toEqual([u0, u1]);
      expect(d.minAdequate.mgPerDay).toBe(min);
    },
  );

  it('marks every minimum adequate dose as a module convention ("unverified, from memory" in §6b)', () => {
    for (const d of Object.values(ANTIDEPRESSANTS)) {
      expect(d.minAdequate.convention).toBe(true);
      expect(d.minAdequate.note).toContain('unverified, from memory');
    }
  });

  it('cites the UpToDate dose table for every row, with where to look', () => {
    for (const d of Object.values(ANTIDEPRESSANTS))
      expect(d.source).toEqual({
        key: 'uptodate-doses',
        where: 'table "Unipolar depression in adults: Antidepressant doses"',
      });
  });

  it('P-gp substrate status follows §15d: venlafaxine, paroxetine, citalopram, escitalopram yes; mirtazapine no; unverified or unstudied → uncertain', () => {
    const status = (id: keyof typeof ANTIDEPRESSANTS) => ANTIDEPRESSANTS[id].pgpSubstrate;
    expect(
      ['venlafaxine', 'paroxetine', 'citalopram', 'escitalopram'].map((d) =>
        status(d as keyof typeof ANTIDEPRESSANTS),
      ),
    ).toEqual(['yes', 'yes', 'yes', 'yes']);
    expect(status('mirtazapine')).toBe('no');
    expect(
      ['sertraline', 'duloxetine', 'bupropion', 'vortioxetine', 'fluoxetine', 'amitriptyline'].map((d) =>
        status(d as keyof typeof ANTIDEPRESSANTS),
      ),
    ).toEqual(Array(6).fill('uncertain'));
    expect(ANTIDEPRESSANTS.citalopram.pgpSource?.key).toBe('uhr-grauer2003');
    expect(ANTIDEPRESSANTS.escitalopram.pgpSource?.key).toBe('obrien2013');
    expect(ANTIDEPRESSANTS.venlafaxine.pgpSource?.key).toBe('uhr2003');
  });

  it('lists the augmentation and combination agents of §16 with a class', () => {
    expect(Object.keys(AUGMENTATION_AGENTS).sort()).toEqual(
      [
        'aripiprazole',
        'brexpiprazole',
        'bupropion',
        'cariprazine',
        'liothyronine',
        'lithium',
        'mirtazapine',
        'olanzapine',
        'quetiapine',
      ].sort(),
    );
    expect(AUGMENTATION_AGENTS.lithium.class).toBe('mood-stabilizer');
    expect(AUGMENTATION_AGENTS.liothyronine.class).toBe('thyroid-hormone');
    expect(AUGMENTATION_AGENTS.cariprazine.class).toBe('second-generation-antipsychotic');
  });
});

describe('criteria profiles (engine contract)', () => {
  it('standard: remission HAMD17 ≤ 7, MADRS ≤ 10, QIDS-SR16 ≤ 5, PHQ-9 ≤ 4; response 50 %, partial 25 %; 6 weeks; 80 %; ≥ 2 failures from distinct classes', () => {
    const s = profiles.standard;
    expect(Object.fromEntries(Object.entries(s.remission).map(([k, v]) => [k, v.atMost]))).toEqual({
      HAMD17: 7,
      MADRS: 10,
      QIDSSR16: 5,
      PHQ9: 4,
    });
    expect([
      s.responsePercent,
      s.partialPercent,
      s.trialWeeks,
      s.adherencePercent,
      s.trdMinFailures,
      s.trdRequiresDistinctClasses,
    ]).toEqual([50, 25, 6, 80, 2, true]);
  });

  it('regulatory: as standard except MADRS ≤ 12 and different antidepressants of any class', () => {
    const r = profiles.regulatory;
    expect(r.remission.MADRS.atMost).toBe(12);
    expect(r.trdRequiresDistinctClasses).toBe(false);
    expect({
      ...r,
      id: 'x',
      label: '',
      description: '',
      remission: {},
      trdRequiresDistinctClasses: true,
      sources: {},
    }).toEqual({
      ...profiles.standard,
      id: 'x',
      label: '',
      description: '',
      remission: {},
      sources: {},
    });
  });

  it('each profile states its sources', () => {
    for (const p of Object.values(profiles)) {
      for (const list of Object.values(p.sources)) expect(list.length).toBeGreaterThan(0);
      for (const r of Object.values(p.remission)) expect(r.source.key).toBeTruthy();
    }
    expect(profiles.regulatory.sources.trd).toEqual(
      expect.arrayContaining(['spravato-eu-smpc', 'spravato-us-label', 'ema2013']),
    );
  });

  it('the ruleset version is semver and CHANGELOG.md names it (every rule change bumps it with a line)', () => {
    expect(RULESET_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(readFileSync(join(process.cwd(), 'CHANGELOG.md'), 'utf8')).toContain(
      `RULESET_VERSION ${RULESET_VERSION}`,
    );
  });
});

describe('scales (clinical-rules §7c ranges)', () => {
  it('HAM-D-17 0–52, MADRS 0–60, QIDS-SR16 0–27, PHQ-9 0–27', () => {
    expect(Object.fromEntries(Object.entries(SCALES).map(([k, v]) => [k, v.max]))).toEqual({
      HAMD17: 52,
      MADRS: 60,
      QIDSSR16: 27,
      PHQ9: 27,
    });
  });
});

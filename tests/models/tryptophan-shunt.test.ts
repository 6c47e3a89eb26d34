// The shunt model is qualitative: the tests check the directions the sources describe (Miller &
// Raison 2016: cytokines induce IDO, divert tryptophan to kynurenine and away from serotonin,
// deplete BH4 and favour quinolinic acid), boundedness, and the input checks — not magnitudes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHUNT_PARAMETERS, idoActivity, tryptophanShunt } from '../../src/models/tryptophan-shunt.ts';

const levels = Array.from({ length: 21 }, (_, i) => i / 20);

describe('direction of each effect (Miller & Raison 2016)', () => {
  it('IDO activity rises monotonically with inflammation and starts at its basal level', () => {
    expect(idoActivity(0)).toBe(DEFAULT_SHUNT_PARAMETERS.basalIdo);
    for (let i = 1; i < levels.length; i++) {
      expect(idoActivity(levels[i]!)).toBeGreaterThan(idoActivity(levels[i - 1]!));
    }
  });

  it('IDO activity saturates: each equal step of inflammation adds less than the one before', () => {
    for (let i = 2; i < levels.length; i++) {
      const step = idoActivity(levels[i]!) - idoActivity(levels[i - 1]!);
      const previous = idoActivity(levels[i - 1]!) - idoActivity(levels[i - 2]!);
      expect(step).toBeLessThan(previous);
    }
  });

  it('more inflammation sends more tryptophan to kynurenine and less to serotonin', () => {
    for (let i = 1; i < levels.length; i++) {
      const a = tryptophanShunt(levels[i - 1]!);
      const b = tryptophanShunt(levels[i]!);
      expect(b.kynurenineShare).toBeGreaterThan(a.kynurenineShare);
      expect(b.serotoninShare).toBeLessThan(a.serotoninShare);
      expect(b.bh4).toBeLessThan(a.bh4);
      expect(b.quinolinicIndex).toBeGreaterThan(a.quinolinicIndex);
    }
  });

  it('BH4 loss alone lowers the serotonin share (cofactor route)', () => {
    const withLoss = tryptophanShunt(0.6);
    const withoutLoss = tryptophanShunt(0.6, { bh4Loss: 0 });
    expect(withLoss.serotoninShare).toBeLessThan(withoutLoss.serotoninShare);
  });

  it('without any IDO activity and without inflammation all tryptophan in the model goes to serotonin', () => {
    const r = tryptophanShunt(0, { basalIdo: 0 });
    expect(r.serotoninShare).toBe(1);
    expect(r.kynurenineShare).toBe(0);
  });
});

describe('bounds', () => {
  it('every output is a share between 0 and 1, and the two routes add up to 1', () => {
    for (const i of levels) {
      const r = tryptophanShunt(i);
      for (const v of [
        r.idoActivity,
        r.bh4,
        r.kynurenineShare,
        r.serotoninShare,
        r.quinolinicTilt,
        r.quinolinicIndex,
      ]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
      expect(r.kynurenineShare + r.serotoninShare).toBeCloseTo(1, 12);
    }
  });
});

describe('input checks', () => {
  it.each([[-0.01], [1.01], [Number.NaN], [Number.POSITIVE_INFINITY], ['0.5' as unknown as number]])(
    'rejects inflammation index %s with a RangeError',
    (i) => {
      expect(() => tryptophanShunt(i)).toThrow(RangeError);
      expect(() => idoActivity(i)).toThrow(RangeError);
    },
  );

  it('rejects out-of-range parameters', () => {
    expect(() => tryptophanShunt(0.5, { halfSaturation: 0 })).toThrow(RangeError);
    expect(() => tryptophanShunt(0.5, { bh4Loss: 1 })).toThrow(RangeError);
    expect(() => tryptophanShunt(0.5, { basalIdo: -0.1 })).toThrow(RangeError);
    expect(() => tryptophanShunt(0.5, { quinolinicBasal: 0.8, quinolinicMax: 0.2 })).toThrow(/quinolinic/i);
  });
});

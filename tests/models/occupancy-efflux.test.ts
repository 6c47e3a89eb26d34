// Expected values come from the sources, not from running the code: the seed's worked example
// (71 % → 83 % when the brain level doubles) and clinical-rules §15a (80 % needs 4 × EC50,
// 90 % needs 9 × EC50; Meyer 2004: ~80 % at minimum therapeutic SSRI doses).
import { describe, expect, it } from 'vitest';
import { concentrationForOccupancy, occupancy } from '../../src/engine/index.ts';
import {
  EFFLUX_LIMITS,
  OCCUPANCY_TARGET,
  WORKED_EXAMPLE,
  brainConcentration,
  effluxOccupancy,
  occupancyCurve,
} from '../../src/models/occupancy-efflux.ts';

describe('the chapter worked example (seed text; clinical-rules §15a)', () => {
  it('71 % occupancy corresponds to a brain concentration of about 2.45 × EC50', () => {
    expect(concentrationForOccupancy(0.71, 1)).toBeCloseTo(2.45, 2);
  });

  it('doubling that brain concentration gives about 83 % occupancy', () => {
    const c71 = concentrationForOccupancy(0.71, 10);
    expect(occupancy(2 * c71, 10)).toBeCloseTo(0.83, 2);
  });

  it('80 % needs exactly 4 × EC50 and 90 % needs 9 × EC50', () => {
    expect(effluxOccupancy({ plasmaUnbound: 40, kpuu: 1, ec50: 10 }).occupancy).toBeCloseTo(0.8, 12);
    expect(effluxOccupancy({ plasmaUnbound: 90, kpuu: 1, ec50: 10 }).occupancy).toBeCloseTo(0.9, 12);
    expect(effluxOccupancy({ plasmaUnbound: 1, kpuu: 1, ec50: 7 }).brainForTarget).toBeCloseTo(28, 10);
  });

  it('the P-gp substrate preset gives 71 % and blocking efflux (doubling Kp,uu) gives 83 %', () => {
    const before = effluxOccupancy(WORKED_EXAMPLE.withEfflux);
    const after = effluxOccupancy(WORKED_EXAMPLE.effluxBlocked);
    expect(before.brainOverEc50).toBeCloseTo(2.45, 10);
    expect(before.occupancy).toBeCloseTo(0.71, 2);
    expect(after.brainUnbound).toBe(2 * before.brainUnbound);
    expect(after.occupancy).toBeCloseTo(0.83, 2);
    expect(before.reachesTarget).toBe(false);
    expect(after.reachesTarget).toBe(true);
  });

  it('from 71 %, the brain level must rise about 1.6-fold to reach the 80 % line', () => {
    const r = effluxOccupancy(WORKED_EXAMPLE.withEfflux);
    expect(r.foldToTarget).toBeCloseTo(4 / 2.45, 10);
    expect(r.plasmaForTarget).toBeCloseTo(80, 10); // 4 × EC50 = 40 in the brain, ÷ Kp,uu 0.5
  });

  it('uses the ~80 % target reported at minimum therapeutic SSRI doses', () => {
    expect(OCCUPANCY_TARGET).toBe(0.8);
  });
});

describe('brain concentration = plasma × Kp,uu (Kp,uu definition)', () => {
  it('multiplies unbound plasma concentration by Kp,uu', () => {
    expect(brainConcentration(50, 0.5)).toBe(25);
    expect(brainConcentration(50, 1)).toBe(50);
    expect(brainConcentration(50, 2)).toBe(100);
  });

  it('flags net efflux only below Kp,uu 1', () => {
    expect(effluxOccupancy({ plasmaUnbound: 10, kpuu: 0.9, ec50: 10 }).netEfflux).toBe(true);
    expect(effluxOccupancy({ plasmaUnbound: 10, kpuu: 1, ec50: 10 }).netEfflux).toBe(false);
  });
});

describe('monotonicity and bounds', () => {
  const grid = [0, 0.5, 1, 5, 20, 80, 300, 1000];
  it('occupancy stays in [0, 1) and rises with plasma concentration and with Kp,uu', () => {
    for (const kpuu of [0.05, 0.3, 1, 3]) {
      let last = -1;
      for (const plasmaUnbound of grid) {
        const o = effluxOccupancy({ plasmaUnbound, kpuu, ec50: 10 }).occupancy;
        expect(o).toBeGreaterThanOrEqual(0);
        expect(o).toBeLessThan(1);
        expect(o).toBeGreaterThan(last);
        last = o;
      }
    }
    let last = -1;
    for (const kpuu of [0.05, 0.1, 0.5, 1, 2, 3]) {
      const o = effluxOccupancy({ plasmaUnbound: 20, kpuu, ec50: 10 }).occupancy;
      expect(o).toBeGreaterThan(last);
      last = o;
    }
  });

  it('occupancy falls as EC50 rises', () => {
    let last = 2;
    for (const ec50 of [0.1, 1, 10, 100, 1000]) {
      const o = effluxOccupancy({ plasmaUnbound: 20, kpuu: 1, ec50 }).occupancy;
      expect(o).toBeLessThan(last);
      last = o;
    }
  });

  it('zero plasma concentration means zero occupancy and an infinite fold to target', () => {
    const r = effluxOccupancy({ plasmaUnbound: 0, kpuu: 1, ec50: 10 });
    expect(r.occupancy).toBe(0);
    expect(r.foldToTarget).toBe(Number.POSITIVE_INFINITY);
  });

  it('the curve starts at zero, rises throughout and passes 80 % at 4 × EC50', () => {
    const curve = occupancyCurve(1, 12, 48);
    expect(curve).toHaveLength(49);
    expect(curve[0]).toEqual({ brain: 0, occupancy: 0 });
    for (let i = 1; i < curve.length; i++)
      expect(curve[i]!.occupancy).toBeGreaterThan(curve[i - 1]!.occupancy);
    expect(curve[16]!.brain).toBeCloseTo(4, 10);
    expect(curve[16]!.occupancy).toBeCloseTo(0.8, 10);
  });
});

describe('input checks', () => {
  const ok = { plasmaUnbound: 49, kpuu: 0.5, ec50: 10 };
  it.each([
    ['negative plasma', { ...ok, plasmaUnbound: -1 }, /plasma/i],
    ['plasma above range', { ...ok, plasmaUnbound: EFFLUX_LIMITS.plasmaUnbound.max + 1 }, /plasma/i],
    ['NaN plasma', { ...ok, plasmaUnbound: Number.NaN }, /plasma/i],
    ['Kp,uu of zero', { ...ok, kpuu: 0 }, /Kp,uu/],
    ['Kp,uu above 3', { ...ok, kpuu: 3.5 }, /Kp,uu/],
    ['infinite Kp,uu', { ...ok, kpuu: Number.POSITIVE_INFINITY }, /Kp,uu/],
    ['EC50 of zero', { ...ok, ec50: 0 }, /EC50/],
    ['EC50 as a string', { ...ok, ec50: '10' as unknown as number }, /EC50/],
  ])('rejects %s with a RangeError naming the parameter', (_name, input, pattern) => {
    expect(() => effluxOccupancy(input)).toThrow(RangeError);
    expect(() => effluxOccupancy(input)).toThrow(pattern);
  });

  it('rejects bad arguments to brainConcentration and occupancyCurve', () => {
    expect(() => brainConcentration(-5, 1)).toThrow(RangeError);
    expect(() => brainConcentration(5, 0)).toThrow(RangeError);
    expect(() => occupancyCurve(0, 12)).toThrow(RangeError);
    expect(() => occupancyCurve(1, 0)).toThrow(RangeError);
    expect(() => occupancyCurve(1, 12, 1)).toThrow(RangeError);
  });
});

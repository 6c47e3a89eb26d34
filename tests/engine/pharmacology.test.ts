// Teaching pharmacology (clinical-rules §15; seed 003 ABCB1 example).
import { describe, expect, it } from 'vitest';
import {
  brainConcentration,
  concentrationForOccupancy,
  fractionOfSteadyState,
  occupancy,
  percentReduction,
} from '../../src/engine/index.ts';

describe('occupancy (§15a: Occ = C / (C + EC50))', () => {
  it('80 % needs C = 4 × EC50 and 90 % needs 9 × EC50 (§15a worked example)', () => {
    expect(occupancy(4, 1)).toBeCloseTo(0.8, 12);
    expect(occupancy(9, 1)).toBeCloseTo(0.9, 12);
    expect(concentrationForOccupancy(0.8, 2)).toBeCloseTo(8, 12);
    expect(concentrationForOccupancy(0.9, 1)).toBeCloseTo(9, 12);
  });

  it('C = EC50 gives 50 %; C = 0 gives 0', () => {
    expect(occupancy(3, 3)).toBe(0.5);
    expect(occupancy(0, 3)).toBe(0);
    expect(concentrationForOccupancy(0, 3)).toBe(0);
  });

  it('seed 003: 71 % occupancy, brain concentration doubled by ABCB1 inhibition → about 83 %', () => {
    const c = concentrationForOccupancy(0.71, 1); // 0.71 / 0.29 = 2.448 × EC50
    expect(occupancy(brainConcentration(c, 2), 1)).toBeCloseTo(0.8304, 3); // 4.897 / 5.897
  });

  it('rejects out-of-range input with a RangeError that says what is allowed', () => {
    expect(() => concentrationForOccupancy(1, 1)).toThrow(RangeError);
    expect(() => concentrationForOccupancy(1, 1)).toThrow(/occupancy must be in \[0, 1\)/);
    expect(() => concentrationForOccupancy(-0.1, 1)).toThrow(RangeError);
    expect(() => occupancy(-1, 1)).toThrow(/concentration must be a finite number ≥ 0 \(got -1\)/);
    expect(() => occupancy(1, 0)).toThrow(/ec50 must be a finite number > 0/);
    expect(() => occupancy(Number.NaN, 1)).toThrow(RangeError);
    expect(() => occupancy(Number.POSITIVE_INFINITY, 1)).toThrow(RangeError);
    expect(() => brainConcentration(1, -0.5)).toThrow(/kpuu/);
  });
});

describe('steady state (§15b: 1 − 0.5ⁿ)', () => {
  it('4 half-lives → 93.75 %, 5 → 96.875 %, 0 → 0', () => {
    expect(fractionOfSteadyState(4)).toBe(0.9375);
    expect(fractionOfSteadyState(5)).toBe(0.96875);
    expect(fractionOfSteadyState(0)).toBe(0);
  });
  it('rejects negative or NaN half-lives', () => {
    expect(() => fractionOfSteadyState(-1)).toThrow(RangeError);
    expect(() => fractionOfSteadyState(Number.NaN)).toThrow(RangeError);
  });
});

describe('percent reduction ((start − end) / start · 100)', () => {
  it('24 → 12 is 50 %, 30 → 33 is −10 %', () => {
    expect(percentReduction(24, 12)).toBe(50);
    expect(percentReduction(30, 33)).toBeCloseTo(-10, 12);
  });
  it('rejects a start of 0 and negative scores', () => {
    expect(() => percentReduction(0, 0)).toThrow(/start must be a finite score > 0/);
    expect(() => percentReduction(10, -1)).toThrow(RangeError);
  });
});

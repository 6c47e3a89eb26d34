// Teaching pharmacology (clinical-rules §15): hyperbolic occupancy, steady state, Kp,uu.
// Pure arithmetic; every input is checked and bad input throws RangeError with the allowed range.
import { percentChange } from './percent.ts';

function check(name: string, v: number, ok: boolean, allowed: string): void {
  if (typeof v !== 'number' || Number.isNaN(v) || !ok) {
    throw new RangeError(`${name} must be ${allowed} (got ${String(v)})`);
  }
}
const finiteAtLeast0 = (v: number) => Number.isFinite(v) && v >= 0;
const finiteAbove0 = (v: number) => Number.isFinite(v) && v > 0;

/** Occupancy at concentration C: C / (C + EC50), 0..1 (Occ_max = 1). */
export function occupancy(concentration: number, ec50: number): number {
  check('concentration', concentration, finiteAtLeast0(concentration), 'a finite number ≥ 0');
  check('ec50', ec50, finiteAbove0(ec50), 'a finite number > 0');
  return concentration / (concentration + ec50);
}

/** Concentration giving a target occupancy: EC50 · O / (1 − O). O must be in [0, 1). */
export function concentrationForOccupancy(targetOccupancy: number, ec50: number): number {
  check(
    'occupancy',
    targetOccupancy,
    Number.isFinite(targetOccupancy) && targetOccupancy >= 0 && targetOccupancy < 1,
    'in [0, 1) — a fraction, and full occupancy (1) is never reached',
  );
  check('ec50', ec50, finiteAbove0(ec50), 'a finite number > 0');
  return (ec50 * targetOccupancy) / (1 - targetOccupancy);
}

/** Fraction of steady state after n half-lives: 1 − 0.5^n (4 → 0.9375, 5 → 0.96875). */
export function fractionOfSteadyState(halfLives: number): number {
  check('halfLives', halfLives, finiteAtLeast0(halfLives), 'a finite number of half-lives ≥ 0');
  return 1 - 0.5 ** halfLives;
}

/** Percentage reduction from start to end: (start − end) / start · 100 (negative = worse). */
export function percentReduction(start: number, end: number): number {
  check('start', start, finiteAbove0(start), 'a finite score > 0');
  check('end', end, finiteAtLeast0(end), 'a finite score ≥ 0');
  return percentChange(start, end);
}

/** Unbound brain concentration from unbound plasma concentration and Kp,uu (C_u,brain = Kp,uu · C_u,plasma). */
export function brainConcentration(plasma: number, kpuu: number): number {
  check('plasma', plasma, finiteAtLeast0(plasma), 'a finite concentration ≥ 0');
  check('kpuu', kpuu, finiteAtLeast0(kpuu), 'a finite ratio ≥ 0');
  return plasma * kpuu;
}

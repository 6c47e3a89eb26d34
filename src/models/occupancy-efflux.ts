// TEACHING MODEL — occupancy and efflux at the blood–brain barrier.
//
// What it shows: how an efflux transporter (P-glycoprotein, ABCB1) that lowers the unbound
// brain-to-plasma ratio can leave serotonin-transporter (SERT) occupancy below the ~80 % seen at
// minimum therapeutic SSRI doses, even when the plasma level looks adequate.
//
// Equations (concentrations are unbound, at steady state, in one arbitrary unit):
//
//   C_brain = C_plasma · Kp,uu                         (definition of Kp,uu, ADME Encyclopedia 2022)
//   O       = C_brain / (C_brain + EC50)               (Emax/hyperbolic occupancy, Occ_max = 1)
//   C_brain needed for a target occupancy O* = EC50 · O* / (1 − O*)
//
// Worked example (arithmetic only, from the module's seed text and clinical-rules §15a):
//   O = 0.71 ⇒ C_brain = 0.71/0.29 · EC50 ≈ 2.45 · EC50; doubling it gives ≈ 4.9 · EC50 ⇒ O ≈ 0.83;
//   O = 0.80 needs exactly 4 · EC50, O = 0.90 needs 9 · EC50.
//
// Limits, stated so the learner does not over-read the picture: Kp,uu values for individual
// antidepressants were not found in the module's sources, so every Kp,uu here is hypothetical;
// occupancy is not response (the ~80 % figure comes from PET studies of minimum therapeutic doses,
// Meyer 2001/2004); the model has no time course, no metabolites and no other transporters.
//
// The arithmetic itself is the engine's (`brainConcentration`, `occupancy`,
// `concentrationForOccupancy`), so the chapter, the exercises and this explorer cannot disagree.
import {
  brainConcentration as engineBrainConcentration,
  concentrationForOccupancy,
  occupancy,
} from '../engine/index.ts';
import { checkRange, type Range } from './checks.ts';

/** Mean SERT occupancy at minimum therapeutic SSRI doses (Meyer 2004; Meyer 2001: 77–83 %). */
export const OCCUPANCY_TARGET = 0.8;
export const OCCUPANCY_TARGET_SOURCES = ['meyer2001', 'meyer2004', 'meyer2007'] as const;

/** Accepted input ranges (one arbitrary concentration unit, e.g. nmol/L, for plasma and EC50). */
export const EFFLUX_LIMITS = {
  plasmaUnbound: { min: 0, max: 1000, unit: 'nmol/L' },
  kpuu: { min: 0.05, max: 3, unit: '' },
  ec50: { min: 0.1, max: 1000, unit: 'nmol/L' },
} as const satisfies Record<string, Range>;

export interface EffluxInput {
  /** Unbound plasma concentration at steady state. */
  plasmaUnbound: number;
  /** Unbound brain-to-plasma partition coefficient: < 1 net efflux, ≈ 1 passive, > 1 net influx. */
  kpuu: number;
  /** Unbound brain concentration that occupies half the transporters (same unit as plasma). */
  ec50: number;
}

export interface EffluxResult extends EffluxInput {
  /** Unbound brain concentration = plasma × Kp,uu. */
  brainUnbound: number;
  /** Brain concentration as a multiple of EC50 (the only thing occupancy depends on). */
  brainOverEc50: number;
  /** Fraction of transporters occupied, 0 ≤ O < 1. */
  occupancy: number;
  /** occupancy ≥ OCCUPANCY_TARGET. */
  reachesTarget: boolean;
  /** Brain concentration that would give OCCUPANCY_TARGET. */
  brainForTarget: number;
  /** Plasma concentration that would give OCCUPANCY_TARGET at this Kp,uu. */
  plasmaForTarget: number;
  /** How many times the brain concentration must rise to reach the target (≤ 1: already there). */
  foldToTarget: number;
  /** Kp,uu < 1: the transporter balance at the barrier is net efflux. */
  netEfflux: boolean;
}

/** Checks the three inputs; throws RangeError naming the first bad one. */
export function checkEffluxInput(input: EffluxInput): EffluxInput {
  return {
    plasmaUnbound: checkRange(
      'Unbound plasma concentration',
      input.plasmaUnbound,
      EFFLUX_LIMITS.plasmaUnbound,
    ),
    kpuu: checkRange('Kp,uu', input.kpuu, EFFLUX_LIMITS.kpuu),
    ec50: checkRange('EC50', input.ec50, EFFLUX_LIMITS.ec50),
  };
}

/** Unbound brain concentration from the unbound plasma concentration and Kp,uu. */
export function brainConcentration(plasmaUnbound: number, kpuu: number): number {
  checkRange('Unbound plasma concentration', plasmaUnbound, EFFLUX_LIMITS.plasmaUnbound);
  checkRange('Kp,uu', kpuu, EFFLUX_LIMITS.kpuu);
  return engineBrainConcentration(plasmaUnbound, kpuu);
}

/** Brain concentration, occupancy and the distance to the ~80 % line for one set of inputs. */
export function effluxOccupancy(input: EffluxInput): EffluxResult {
  const { plasmaUnbound, kpuu, ec50 } = checkEffluxInput(input);
  const brainUnbound = engineBrainConcentration(plasmaUnbound, kpuu);
  const occ = occupancy(brainUnbound, ec50);
  const brainForTarget = concentrationForOccupancy(OCCUPANCY_TARGET, ec50);
  return {
    plasmaUnbound,
    kpuu,
    ec50,
    brainUnbound,
    brainOverEc50: brainUnbound / ec50,
    occupancy: occ,
    reachesTarget: occ >= OCCUPANCY_TARGET,
    brainForTarget,
    plasmaForTarget: brainForTarget / kpuu,
    foldToTarget: brainUnbound > 0 ? brainForTarget / brainUnbound : Number.POSITIVE_INFINITY,
    netEfflux: kpuu < 1,
  };
}

/**
 * Points of the occupancy curve O(C) = C / (C + EC50) for C from 0 to `maxBrain`, for a chart.
 * `points` is the number of segments (≥ 2).
 */
export function occupancyCurve(
  ec50: number,
  maxBrain: number,
  points = 60,
): { brain: number; occupancy: number }[] {
  checkRange('EC50', ec50, EFFLUX_LIMITS.ec50);
  checkRange('Maximum brain concentration', maxBrain, { min: Number.MIN_VALUE, max: 1e6, unit: '' });
  checkRange('Number of points', points, { min: 2, max: 1000, unit: '' });
  const n = Math.round(points);
  return Array.from({ length: n + 1 }, (_, i) => {
    const brain = (maxBrain * i) / n;
    return { brain, occupancy: occupancy(brain, ec50) };
  });
}

/**
 * The chapter's worked example as two presets: a hypothetical P-gp substrate whose unbound brain
 * level is half the plasma level (Kp,uu 0.5), then the same plasma level with efflux blocked so the
 * brain level doubles (Kp,uu 1.0). With EC50 = 10 and plasma = 49 the brain level is 2.45 · EC50
 * (≈ 71 %), then 4.9 · EC50 (≈ 83 %). The Kp,uu values are illustrative, not measured.
 */
export const WORKED_EXAMPLE = {
  withEfflux: { plasmaUnbound: 49, kpuu: 0.5, ec50: 10 },
  effluxBlocked: { plasmaUnbound: 49, kpuu: 1, ec50: 10 },
} as const satisfies Record<string, EffluxInput>;

export const MODEL_SOURCES = ['meyer2001', 'meyer2004', 'meyer2007', 'uhr2003', 'obrien2012'] as const;

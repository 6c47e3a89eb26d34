// TEACHING MODEL — the inflammatory "tryptophan shunt". ILLUSTRATIVE AND QUALITATIVE.
//
// What it shows: pro-inflammatory cytokines induce indoleamine 2,3-dioxygenase (IDO), which pulls
// tryptophan into the kynurenine pathway and away from serotonin synthesis; inflammation also
// depletes tetrahydrobiopterin (BH4), the cofactor of tryptophan hydroxylase, and tilts kynurenine
// metabolism in microglia toward quinolinic acid, an NMDA-receptor agonist (Miller & Raison 2016).
//
// Equations (I = inflammation index, 0 = none, 1 = the most the model allows; all outputs are
// relative, unit-less and NOT physiological proportions):
//
//   IDO activity      a(I) = a₀ + (1 − a₀) · I / (I + K)           saturating, a(0) = a₀
//   BH4 availability  b(I) = 1 − β · I                              cofactor loss, b ≥ 1 − β
//   serotonin route   s(I) = s₀ · b(I)                              tryptophan hydroxylase needs BH4
//   kynurenine share  k(I) = a(I) / (a(I) + s(I))                   two routes compete for tryptophan
//   serotonin share          1 − k(I)
//   quinolinic tilt   q(I) = q₀ + (q₁ − q₀) · I                     share of kynurenine sent to QA
//   quinolinic index  Q(I) = k(I) · q(I)
//
// Every output is monotonic in I (k and Q rise, the serotonin share falls) and bounded in [0, 1];
// the tests check both. The constants are chosen to make the direction visible, not to match any
// measurement: the real partition of tryptophan, the size of each effect in people, and whether
// the peripheral shunt matters for the brain are not settled.
import { checkRange, type Range } from './checks.ts';

export interface ShuntParameters {
  /** Basal IDO activity relative to its maximum (a₀). */
  basalIdo: number;
  /** Inflammation index giving half the inducible IDO activity (K). */
  halfSaturation: number;
  /** Capacity of the serotonin route with full BH4 (s₀), in the same relative unit as IDO. */
  serotoninCapacity: number;
  /** Fraction of BH4 lost at maximal inflammation (β). */
  bh4Loss: number;
  /** Share of kynurenine going on to quinolinic acid without / with maximal inflammation. */
  quinolinicBasal: number;
  quinolinicMax: number;
}

/** Illustrative constants, chosen only so the direction of each effect is easy to see. */
export const DEFAULT_SHUNT_PARAMETERS: Readonly<ShuntParameters> = Object.freeze({
  basalIdo: 0.1,
  halfSaturation: 0.25,
  serotoninCapacity: 0.3,
  bh4Loss: 0.4,
  quinolinicBasal: 0.3,
  quinolinicMax: 0.7,
});

export const SHUNT_LIMITS = {
  inflammation: { min: 0, max: 1, unit: '(index 0–1)' },
  basalIdo: { min: 0, max: 1, unit: '' },
  halfSaturation: { min: 0.01, max: 10, unit: '' },
  serotoninCapacity: { min: 0.01, max: 10, unit: '' },
  bh4Loss: { min: 0, max: 0.95, unit: '' },
  quinolinicBasal: { min: 0, max: 1, unit: '' },
  quinolinicMax: { min: 0, max: 1, unit: '' },
} as const satisfies Record<string, Range>;

export interface ShuntResult {
  inflammation: number;
  /** Relative IDO activity, a₀ ≤ a < 1. */
  idoActivity: number;
  /** Relative BH4 availability, 1 − β ≤ b ≤ 1. */
  bh4: number;
  /** Share of the tryptophan reaching these two routes that goes to kynurenine, 0–1. */
  kynurenineShare: number;
  /** Share that goes to serotonin, 0–1 (= 1 − kynurenineShare). */
  serotoninShare: number;
  /** Share of kynurenine sent on toward quinolinic acid, 0–1. */
  quinolinicTilt: number;
  /** kynurenineShare × quinolinicTilt, 0–1: a relative index, not a concentration. */
  quinolinicIndex: number;
}

function checkParameters(p: ShuntParameters): ShuntParameters {
  const checked: ShuntParameters = {
    basalIdo: checkRange('Basal IDO activity', p.basalIdo, SHUNT_LIMITS.basalIdo),
    halfSaturation: checkRange('IDO half-saturation', p.halfSaturation, SHUNT_LIMITS.halfSaturation),
    serotoninCapacity: checkRange(
      'Serotonin route capacity',
      p.serotoninCapacity,
      SHUNT_LIMITS.serotoninCapacity,
    ),
    bh4Loss: checkRange('BH4 loss', p.bh4Loss, SHUNT_LIMITS.bh4Loss),
    quinolinicBasal: checkRange('Basal quinolinic share', p.quinolinicBasal, SHUNT_LIMITS.quinolinicBasal),
    quinolinicMax: checkRange('Maximal quinolinic share', p.quinolinicMax, SHUNT_LIMITS.quinolinicMax),
  };
  if (checked.quinolinicMax < checked.quinolinicBasal) {
    throw new RangeError(
      `Maximal quinolinic share (${checked.quinolinicMax}) must not be below the basal share (${checked.quinolinicBasal}).`,
    );
  }
  return checked;
}

/** Relative IDO activity for an inflammation index (saturating, monotonic). */
export function idoActivity(inflammation: number, params: Partial<ShuntParameters> = {}): number {
  const i = checkRange('Inflammation index', inflammation, SHUNT_LIMITS.inflammation);
  const p = checkParameters({ ...DEFAULT_SHUNT_PARAMETERS, ...params });
  return p.basalIdo + ((1 - p.basalIdo) * i) / (i + p.halfSaturation);
}

/** The full shunt picture for one inflammation index. */
export function tryptophanShunt(inflammation: number, params: Partial<ShuntParameters> = {}): ShuntResult {
  const i = checkRange('Inflammation index', inflammation, SHUNT_LIMITS.inflammation);
  const p = checkParameters({ ...DEFAULT_SHUNT_PARAMETERS, ...params });
  const ido = p.basalIdo + ((1 - p.basalIdo) * i) / (i + p.halfSaturation);
  const bh4 = 1 - p.bh4Loss * i;
  const serotoninRoute = p.serotoninCapacity * bh4;
  const total = ido + serotoninRoute;
  // With a₀ = 0 and I = 0 both routes except serotonin are zero: all tryptophan goes to serotonin.
  const kynurenineShare = total > 0 ? ido / total : 0;
  const quinolinicTilt = p.quinolinicBasal + (p.quinolinicMax - p.quinolinicBasal) * i;
  return {
    inflammation: i,
    idoActivity: ido,
    bh4,
    kynurenineShare,
    serotoninShare: 1 - kynurenineShare,
    quinolinicTilt,
    quinolinicIndex: kynurenineShare * quinolinicTilt,
  };
}

export const MODEL_SOURCES = ['miller2016'] as const;

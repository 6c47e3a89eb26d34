// TEACHING MODEL — the HPA axis as a three-stage loop with glucocorticoid negative feedback,
// and a simulated dexamethasone suppression test (DST). ILLUSTRATIVE: units are relative to a
// healthy resting state (CRH = ACTH = cortisol = 1) and the constants are chosen to make the
// behaviour visible, not fitted to data.
//
// Physiology it stands for (Pariante & Lightman 2008): hypothalamic CRH drives pituitary ACTH,
// ACTH drives adrenal cortisol, and cortisol acting through glucocorticoid receptors (GR) in the
// hypothalamus, pituitary and hippocampus damps the whole loop. When GRs respond less (GR
// resistance), the brake weakens and cortisol settles higher; dexamethasone, a synthetic GR
// agonist acting mainly at the pituitary, then suppresses cortisol less.
//
// Equations (one step = 1 hour; s = GR sensitivity 0–1, 1 = intact; D = central (stress) drive;
// k = feedback gain; X = dexamethasone level; δ = its potency relative to cortisol):
//
//   feedback      f(x)    = (1 + k) / (1 + k · s · x)            f(1) = 1 when s = 1
//   CRH target    H*      = D · f(C)                             hypothalamic (+ hippocampal) brake
//   ACTH target   A*      = H · f(C + δ · X)                     pituitary brake, where dex acts
//   cortisol      C*      = A
//   update        Y(t+1)  = r_Y · Y(t) + (1 − r_Y) · Y*          exponential relaxation, 0 < r_Y < 1
//   dexamethasone X(t+1)  = r_X · X(t)   (+ the dose at the dosing hour)
//
// Each new value is a weighted average of the old value and a target that is itself bounded
// (H* ≤ D(1+k), A* ≤ H(1+k)), so no allowed parameter can make the series blow up or go negative.
// Without dexamethasone the steady state solves C = D · f(C)², which has exactly one positive root
// because the left side rises and the right side falls (or stays flat when s = 0) as C grows;
// `steadyState` finds it by bisection. Higher s ⇒ stronger brake ⇒ lower steady cortisol.
//
// What it leaves out: the circadian rhythm and ultradian pulses, mineralocorticoid receptors,
// binding globulin, vasopressin, dexamethasone's pharmacokinetics beyond one exponential decay,
// and the clinical DST's absolute cortisol cut-off (not encoded in this module). Real DST results
// vary with severity, duration and comorbidity and predict treatment response inconsistently.
import { checkInteger, checkRange, type Range } from './checks.ts';

export interface HpaParameters {
  /** GR sensitivity s: 1 = intact feedback, 0 = no glucocorticoid feedback at all. */
  grSensitivity: number;
  /** Central drive D on CRH neurons: 1 = resting, > 1 = sustained stress. */
  stressDrive: number;
}

export interface HpaState {
  crh: number;
  acth: number;
  cortisol: number;
}

export const HPA_LIMITS = {
  grSensitivity: { min: 0, max: 1, unit: '(1 = intact)' },
  stressDrive: { min: 0.5, max: 3, unit: '(1 = resting)' },
  hours: { min: 1, max: 24 * 60, unit: 'hours' },
  level: { min: 0, max: 1000, unit: '' },
  dexDose: { min: 0, max: 20, unit: '' },
} as const satisfies Record<string, Range>;

/** Fixed illustrative constants of the loop. */
export const HPA_CONSTANTS = Object.freeze({
  /** Feedback gain k. */
  feedbackGain: 1,
  /** Fraction of each level kept from one hour to the next (CRH, ACTH, cortisol). */
  retainCrh: 0.3,
  retainActh: 0.3,
  retainCortisol: 0.5,
  /** Fraction of dexamethasone effect kept per hour (half-life ≈ 13.5 h: illustrative). */
  retainDex: 0.95,
  /** Potency of one unit of dexamethasone at pituitary GRs, relative to cortisol (illustrative). */
  dexPotency: 3,
});

/** Simulated DST protocol: dose at 23:00, cortisol read 9 hours later (08:00). Illustrative. */
export const DST_PROTOCOL = Object.freeze({
  dose: 4,
  readAfterHours: 9,
  /**
   * Illustrative cut-off in model units: post-dexamethasone cortisol below half the healthy
   * resting level counts as "suppressed". The clinical test uses an absolute plasma cortisol
   * threshold, which this module does not encode.
   */
  suppressionThreshold: 0.5,
});

/** Healthy resting state, used as the default starting point of a simulation. */
export const HEALTHY_STATE: Readonly<HpaState> = Object.freeze({ crh: 1, acth: 1, cortisol: 1 });

function checkParameters(p: HpaParameters): HpaParameters {
  return {
    grSensitivity: checkRange('GR sensitivity', p.grSensitivity, HPA_LIMITS.grSensitivity),
    stressDrive: checkRange('Stress drive', p.stressDrive, HPA_LIMITS.stressDrive),
  };
}

function checkState(s: HpaState): HpaState {
  return {
    crh: checkRange('Starting CRH', s.crh, HPA_LIMITS.level),
    acth: checkRange('Starting ACTH', s.acth, HPA_LIMITS.level),
    cortisol: checkRange('Starting cortisol', s.cortisol, HPA_LIMITS.level),
  };
}

/** Glucocorticoid feedback factor f(x) = (1 + k)/(1 + k·s·x). */
export function feedback(glucocorticoid: number, grSensitivity: number): number {
  const k = HPA_CONSTANTS.feedbackGain;
  return (1 + k) / (1 + k * grSensitivity * glucocorticoid);
}

/** The unique steady state without dexamethasone (bisection on C − D·f(C)² = 0). */
export function steadyState(params: HpaParameters): HpaState {
  const { grSensitivity: s, stressDrive: d } = checkParameters(params);
  const k = HPA_CONSTANTS.feedbackGain;
  const g = (c: number) => c - d * feedback(c, s) ** 2;
  let lo = 0;
  let hi = d * (1 + k) ** 2; // g(hi) ≥ 0 because f ≤ 1 + k
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (g(mid) > 0) hi = mid;
    else lo = mid;
  }
  const cortisol = (lo + hi) / 2;
  const crh = d * feedback(cortisol, s);
  return { crh, acth: cortisol, cortisol };
}

export interface Dexamethasone {
  /** Hour (step index) at which the dose is given. */
  atHour: number;
  /** Dose in model units (DST_PROTOCOL.dose by default). */
  dose: number;
}

export interface SimulationInput extends HpaParameters {
  /** Number of one-hour steps to run. */
  hours: number;
  /** Starting levels; defaults to the healthy resting state. */
  start?: HpaState;
  /** Optional dexamethasone dose. */
  dexamethasone?: Dexamethasone;
}

export interface HpaSeries {
  /** Hours 0 … hours (inclusive), so every array has hours + 1 entries. */
  hour: number[];
  crh: number[];
  acth: number[];
  cortisol: number[];
  dexamethasone: number[];
}

/** Runs the loop hour by hour. Deterministic: the same input always gives the same series. */
export function simulate(input: SimulationInput): HpaSeries {
  const { grSensitivity: s, stressDrive: d } = checkParameters(input);
  const hours = checkInteger('Hours', input.hours, HPA_LIMITS.hours);
  const start = checkState(input.start ?? HEALTHY_STATE);
  let dexHour = -1;
  let dexDose = 0;
  if (input.dexamethasone) {
    dexHour = checkInteger('Dexamethasone hour', input.dexamethasone.atHour, {
      min: 0,
      max: hours,
      unit: '',
    });
    dexDose = checkRange('Dexamethasone dose', input.dexamethasone.dose, HPA_LIMITS.dexDose);
  }
  const c = HPA_CONSTANTS;
  let { crh: h, acth: a, cortisol: cort } = start;
  let x = 0;
  if (dexHour === 0) x = dexDose;
  const out: HpaSeries = { hour: [0], crh: [h], acth: [a], cortisol: [cort], dexamethasone: [x] };
  for (let t = 1; t <= hours; t++) {
    // Sequential update: CRH sees last hour's cortisol; ACTH sees the new CRH; cortisol the new ACTH.
    h = c.retainCrh * h + (1 - c.retainCrh) * d * feedback(cort, s);
    a = c.retainActh * a + (1 - c.retainActh) * h * feedback(cort + c.dexPotency * x, s);
    cort = c.retainCortisol * cort + (1 - c.retainCortisol) * a;
    x = c.retainDex * x + (t === dexHour ? dexDose : 0);
    out.hour.push(t);
    out.crh.push(h);
    out.acth.push(a);
    out.cortisol.push(cort);
    out.dexamethasone.push(x);
  }
  return out;
}

export interface DstResult {
  /** Resting cortisol before the dose (the model's steady state for these parameters). */
  baselineCortisol: number;
  /** Cortisol DST_PROTOCOL.readAfterHours after the dose. */
  postDexCortisol: number;
  /** postDex / baseline. */
  ratio: number;
  threshold: number;
  /** postDexCortisol < threshold. */
  suppressed: boolean;
  /** Hour-by-hour series from the dose (hour 0) to 24 hours after it. */
  series: HpaSeries;
}

/** Simulated overnight DST from the steady state of the given parameters. Illustrative. */
export function simulateDst(params: HpaParameters, dose: number = DST_PROTOCOL.dose): DstResult {
  const p = checkParameters(params);
  checkRange('Dexamethasone dose', dose, HPA_LIMITS.dexDose);
  const start = steadyState(p);
  const series = simulate({ ...p, hours: 24, start, dexamethasone: { atHour: 0, dose } });
  const postDexCortisol = series.cortisol[DST_PROTOCOL.readAfterHours] ?? Number.NaN;
  return {
    baselineCortisol: start.cortisol,
    postDexCortisol,
    ratio: postDexCortisol / start.cortisol,
    threshold: DST_PROTOCOL.suppressionThreshold,
    suppressed: postDexCortisol < DST_PROTOCOL.suppressionThreshold,
    series,
  };
}

export const MODEL_SOURCES = ['pariante2008'] as const;

// The HPA model is illustrative; the tests check the behaviour the sources describe (Pariante &
// Lightman 2008): weaker glucocorticoid-receptor feedback → higher steady cortisol and
// dexamethasone non-suppression; intact feedback → suppression. They also check stability,
// determinism and the input checks.
import { describe, expect, it } from 'vitest';
import {
  DST_PROTOCOL,
  HEALTHY_STATE,
  HPA_CONSTANTS,
  feedback,
  simulate,
  simulateDst,
  steadyState,
} from '../../src/models/hpa-feedback.ts';

const sensitivities = [0, 0.1, 0.2, 0.4, 0.6, 0.8, 1];
const drives = [0.5, 1, 1.5, 2, 3];

describe('equilibrium', () => {
  it('the healthy setting (s = 1, D = 1) rests at CRH = ACTH = cortisol = 1', () => {
    const ss = steadyState({ grSensitivity: 1, stressDrive: 1 });
    expect(ss.crh).toBeCloseTo(1, 9);
    expect(ss.acth).toBeCloseTo(1, 9);
    expect(ss.cortisol).toBeCloseTo(1, 9);
  });

  it('the steady state solves C = D · f(C)²', () => {
    for (const d of drives) {
      for (const s of sensitivities) {
        const { cortisol } = steadyState({ grSensitivity: s, stressDrive: d });
        expect(cortisol).toBeCloseTo(d * feedback(cortisol, s) ** 2, 9);
      }
    }
  });

  it('higher GR sensitivity gives lower steady cortisol, at every stress drive', () => {
    for (const d of drives) {
      for (let i = 1; i < sensitivities.length; i++) {
        const weaker = steadyState({ grSensitivity: sensitivities[i - 1]!, stressDrive: d }).cortisol;
        const stronger = steadyState({ grSensitivity: sensitivities[i]!, stressDrive: d }).cortisol;
        expect(stronger).toBeLessThan(weaker);
      }
    }
  });

  it('more stress drive raises steady cortisol, and GR resistance amplifies the rise', () => {
    for (const s of sensitivities) {
      for (let i = 1; i < drives.length; i++) {
        expect(steadyState({ grSensitivity: s, stressDrive: drives[i]! }).cortisol).toBeGreaterThan(
          steadyState({ grSensitivity: s, stressDrive: drives[i - 1]! }).cortisol,
        );
      }
    }
    const rise = (s: number) =>
      steadyState({ grSensitivity: s, stressDrive: 2 }).cortisol -
      steadyState({ grSensitivity: s, stressDrive: 1 }).cortisol;
    expect(rise(0.3)).toBeGreaterThan(rise(1));
  });

  it('the simulation converges on the steady state from the healthy start', () => {
    for (const d of drives) {
      for (const s of sensitivities) {
        const run = simulate({ grSensitivity: s, stressDrive: d, hours: 400 });
        const ss = steadyState({ grSensitivity: s, stressDrive: d });
        expect(run.cortisol.at(-1)).toBeCloseTo(ss.cortisol, 6);
        expect(run.crh.at(-1)).toBeCloseTo(ss.crh, 6);
      }
    }
  });

  it('starting at the steady state, the loop stays there', () => {
    const start = steadyState({ grSensitivity: 0.4, stressDrive: 1.5 });
    const run = simulate({ grSensitivity: 0.4, stressDrive: 1.5, hours: 48, start });
    for (const c of run.cortisol) expect(c).toBeCloseTo(start.cortisol, 9);
  });
});

describe('stability and determinism', () => {
  it('never blows up or goes negative for any allowed parameter, from extreme starts', () => {
    const k = HPA_CONSTANTS.feedbackGain;
    for (const d of [0.5, 3]) {
      for (const s of [0, 1]) {
        for (const start of [
          HEALTHY_STATE,
          { crh: 0, acth: 0, cortisol: 0 },
          { crh: 1000, acth: 1000, cortisol: 1000 },
        ]) {
          const run = simulate({
            grSensitivity: s,
            stressDrive: d,
            hours: 24 * 60,
            start,
            dexamethasone: { atHour: 5, dose: 20 },
          });
          const bound = Math.max(1000, d * (1 + k) ** 2);
          const all = [...run.crh, ...run.acth, ...run.cortisol, ...run.dexamethasone];
          expect(all.every(Number.isFinite)).toBe(true);
          expect(Math.min(...all)).toBeGreaterThanOrEqual(0);
          expect(Math.max(...all)).toBeLessThanOrEqual(bound);
        }
      }
    }
  });

  it('returns hours + 1 points and the same series every time', () => {
    const input = { grSensitivity: 0.5, stressDrive: 2, hours: 72 };
    const a = simulate(input);
    expect(a.hour).toHaveLength(73);
    expect(a.cortisol).toHaveLength(73);
    expect(simulate(input)).toEqual(a);
  });
});

describe('simulated dexamethasone suppression test (illustrative)', () => {
  it('intact feedback suppresses cortisol below the model cut-off', () => {
    const r = simulateDst({ grSensitivity: 1, stressDrive: 1 });
    expect(r.suppressed).toBe(true);
    expect(r.postDexCortisol).toBeLessThan(DST_PROTOCOL.suppressionThreshold);
    expect(r.baselineCortisol).toBeCloseTo(1, 9);
  });

  it('low GR sensitivity gives non-suppression', () => {
    for (const s of [0, 0.1, 0.2, 0.3, 0.4]) {
      expect(simulateDst({ grSensitivity: s, stressDrive: 1 }).suppressed).toBe(false);
    }
  });

  it('the weaker the receptors, the less dexamethasone suppresses (relative to baseline)', () => {
    let last = -1;
    for (const s of [1, 0.8, 0.6, 0.4, 0.2, 0]) {
      const r = simulateDst({ grSensitivity: s, stressDrive: 1 });
      expect(r.ratio).toBeGreaterThan(last);
      last = r.ratio;
    }
  });

  it('dexamethasone lowers cortisol whenever there is any GR sensitivity, and not at all without it', () => {
    expect(simulateDst({ grSensitivity: 0.5, stressDrive: 2 }).ratio).toBeLessThan(1);
    expect(simulateDst({ grSensitivity: 0, stressDrive: 2 }).ratio).toBeCloseTo(1, 12);
  });

  it('reads cortisol at the protocol hour of a 24-hour series', () => {
    const r = simulateDst({ grSensitivity: 0.7, stressDrive: 1.2 });
    expect(r.series.hour).toHaveLength(25);
    expect(r.postDexCortisol).toBe(r.series.cortisol[DST_PROTOCOL.readAfterHours]);
  });
});

describe('input checks', () => {
  it.each([
    [{ grSensitivity: -0.1, stressDrive: 1 }, /GR sensitivity/],
    [{ grSensitivity: 1.5, stressDrive: 1 }, /GR sensitivity/],
    [{ grSensitivity: Number.NaN, stressDrive: 1 }, /GR sensitivity/],
    [{ grSensitivity: 1, stressDrive: 0 }, /Stress drive/],
    [{ grSensitivity: 1, stressDrive: 10 }, /Stress drive/],
  ])('rejects %o', (params, pattern) => {
    expect(() => steadyState(params)).toThrow(RangeError);
    expect(() => simulateDst(params)).toThrow(pattern);
    expect(() => simulate({ ...params, hours: 10 })).toThrow(RangeError);
  });

  it('rejects bad run lengths, starts and doses', () => {
    const p = { grSensitivity: 1, stressDrive: 1 };
    expect(() => simulate({ ...p, hours: 0 })).toThrow(RangeError);
    expect(() => simulate({ ...p, hours: 2.5 })).toThrow(/whole number/);
    expect(() => simulate({ ...p, hours: 24 * 61 })).toThrow(RangeError);
    expect(() => simulate({ ...p, hours: 10, start: { crh: -1, acth: 1, cortisol: 1 } })).toThrow(/CRH/);
    expect(() => simulate({ ...p, hours: 10, dexamethasone: { atHour: 11, dose: 1 } })).toThrow(RangeError);
    expect(() => simulate({ ...p, hours: 10, dexamethasone: { atHour: 1, dose: -1 } })).toThrow(RangeError);
    expect(() => simulateDst(p, 100)).toThrow(RangeError);
  });
});

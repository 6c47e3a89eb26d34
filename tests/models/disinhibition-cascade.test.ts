// The cascade is data; the order is the content (Duman & Aghajanian 2012): interneuron NMDA
// block → pyramidal disinhibition and burst → AMPA throughput → BDNF release → mTOR →
// synaptogenesis.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISINHIBITION_CASCADE, cascadeStep } from '../../src/models/disinhibition-cascade.ts';

const bibliography = new Set(
  (JSON.parse(readFileSync('content/references.json', 'utf8')) as { key: string }[]).map((r) => r.key),
);

describe('ketamine disinhibition cascade', () => {
  it('lists the steps in the order of the hypothesis', () => {
    expect(DISINHIBITION_CASCADE.map((s) => s.id)).toEqual([
      'baseline',
      'nmda-block',
      'disinhibition',
      'glutamate-burst',
      'ampa-throughput',
      'bdnf-release',
      'mtor',
      'synaptogenesis',
    ]);
  });

  it('gives every step a unique id, a label, a description, a highlight and known sources', () => {
    const ids = new Set(DISINHIBITION_CASCADE.map((s) => s.id));
    expect(ids.size).toBe(DISINHIBITION_CASCADE.length);
    for (const step of DISINHIBITION_CASCADE) {
      expect(step.label.length).toBeGreaterThan(3);
      expect(step.description.length).toBeGreaterThan(40);
      expect(step.highlight.length).toBeGreaterThan(0);
      expect(step.sources.length).toBeGreaterThan(0);
      for (const key of step.sources) expect(bibliography.has(key), `unknown source ${key}`).toBe(true);
    }
  });

  it('highlights the interneuron NMDA receptor at the block and AMPA receptors at the throughput step', () => {
    expect(cascadeStep(1).highlight).toContain('interneuron-nmda');
    expect(cascadeStep(4).highlight).toContain('ampa');
    expect(cascadeStep(7).highlight).toContain('spines');
  });

  it('rejects a step index outside the list', () => {
    expect(() => cascadeStep(-1)).toThrow(RangeError);
    expect(() => cascadeStep(DISINHIBITION_CASCADE.length)).toThrow(RangeError);
    expect(() => cascadeStep(1.5)).toThrow(RangeError);
  });
});

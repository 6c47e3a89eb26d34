// Every bibliography key the engine uses resolves in content/references.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANTIDEPRESSANTS,
  AUGMENTATION_AGENTS,
  SCALES,
  SOURCE_KEYS,
  assessCase,
  esketamineEligibility,
  profiles,
} from '../../src/engine/index.ts';
import { validCase } from './arbitraries.ts';
import { seedCase36 } from './helpers.ts';

const bibliography = new Set(
  (
    JSON.parse(readFileSync(join(process.cwd(), 'content', 'references.json'), 'utf8')) as Array<{
      key: string;
    }>
  ).map((r) => r.key),
);

describe('source keys', () => {
  it('every key the engine may cite exists in content/references.json', () => {
    expect(SOURCE_KEYS.filter((k) => !bibliography.has(k))).toEqual([]);
  });

  it('the drug table, augmentation agents, scales and profiles cite existing keys', () => {
    const used = new Set<string>();
    for (const d of Object.values(ANTIDEPRESSANTS)) {
      used.add(d.source.key).add(d.classSource.key);
      if ('pgpSource' in d && d.pgpSource) used.add(d.pgpSource.key);
    }
    for (const a of Object.values(AUGMENTATION_AGENTS)) for (const s of a.sources) used.add(s.key);
    for (const s of Object.values(SCALES)) used.add(s.severitySource);
    for (const p of Object.values(profiles)) {
      for (const list of Object.values(p.sources)) for (const k of list) used.add(k);
      for (const r of Object.values(p.remission)) used.add(r.source.key);
    }
    expect([...used].filter((k) => !bibliography.has(k))).toEqual([]);
  });

  it('the findings of a broad set of cases cite existing keys', () => {
    const used = new Set<string>();
    for (const f of assessCase(seedCase36).findings) for (const k of f.sources) used.add(k);
    for (const c of fc.sample(validCase, { numRuns: 300, seed: 42 })) {
      for (const f of assessCase(c).findings) for (const k of f.sources) used.add(k);
      for (const f of esketamineEligibility(c).reasons) for (const k of f.sources) used.add(k);
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((k) => !bibliography.has(k))).toEqual([]);
  });
});

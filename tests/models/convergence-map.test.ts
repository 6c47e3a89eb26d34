// The convergence map is data that links mechanisms to treatments and to chapter sections. These
// tests keep the links honest: every mechanism reaches the plasticity hub, every link resolves,
// every section anchor is a real heading of the chapter, every source key is in the bibliography.
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import {
  HUB_ID,
  MECHANISMS,
  TREATMENTS,
  edges,
  mechanism,
  treatmentsFor,
  upstreamOf,
} from '../../src/models/convergence-map.ts';

const bibliography = new Set(
  (JSON.parse(readFileSync('content/references.json', 'utf8')) as { key: string }[]).map((r) => r.key),
);
const chapter = readFileSync('content/chapters/02-mechanisms.mdx', 'utf8');
const slugger = new GithubSlugger();
const anchors = new Set([...chapter.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slugger.slug(m[1]!)));

describe('convergence map', () => {
  it('has unique ids', () => {
    expect(new Set(MECHANISMS.map((m) => m.id)).size).toBe(MECHANISMS.length);
    expect(new Set(TREATMENTS.map((t) => t.id)).size).toBe(TREATMENTS.length);
  });

  it('routes every mechanism to the plasticity hub (the convergence claim)', () => {
    const reachesHub = (id: string, seen = new Set<string>()): boolean => {
      if (id === HUB_ID) return true;
      if (seen.has(id)) return false;
      seen.add(id);
      return mechanism(id).feeds.some((next) => reachesHub(next, seen));
    };
    for (const m of MECHANISMS) expect(reachesHub(m.id), m.id).toBe(true);
    expect(mechanism(HUB_ID).feeds).toEqual([]);
  });

  it('resolves every link to a known mechanism or treatment', () => {
    const mechIds = new Set(MECHANISMS.map((m) => m.id));
    const treatIds = new Set(TREATMENTS.map((t) => t.id));
    for (const e of edges()) {
      expect(mechIds.has(e.from)).toBe(true);
      expect(e.kind === 'feeds' ? mechIds.has(e.to) : treatIds.has(e.to), `${e.from} → ${e.to}`).toBe(true);
    }
    for (const t of TREATMENTS) {
      expect(
        MECHANISMS.some((m) => m.treatments.includes(t.id)),
        `${t.id} is linked`,
      ).toBe(true);
    }
  });

  it('points every mechanism at a real section of the Mechanisms chapter, with its heading as label', () => {
    for (const m of MECHANISMS) {
      expect(anchors.has(m.section), `#${m.section}`).toBe(true);
      expect(new GithubSlugger().slug(m.sectionTitle)).toBe(m.section);
    }
  });

  it('cites only keys that exist in the bibliography', () => {
    for (const item of [...MECHANISMS, ...TREATMENTS]) {
      for (const key of item.sources) expect(bibliography.has(key), `${item.id}: ${key}`).toBe(true);
    }
  });

  it('explains mechanisms without a direct treatment instead of leaving them blank', () => {
    for (const m of MECHANISMS) {
      if (m.treatments.length === 0) expect(m.noTreatmentNote, m.id).toBeTruthy();
    }
  });

  it('marks the anti-inflammatory route as investigational and links ketamine to glutamate', () => {
    expect(treatmentsFor('inflammation').map((t) => [t.id, t.status])).toEqual([
      ['anti-inflammatory', 'investigational'],
    ]);
    expect(treatmentsFor('glutamate').map((t) => t.id)).toContain('ketamine');
    expect(upstreamOf(HUB_ID).map((m) => m.id)).toEqual(
      expect.arrayContaining(['monoamine', 'inflammation', 'hpa', 'glutamate', 'genetics', 'circuits']),
    );
  });

  it('rejects an unknown mechanism id', () => {
    expect(() => mechanism('serotonin-deficit')).toThrow(RangeError);
    expect(() => treatmentsFor('nope')).toThrow(RangeError);
  });
});

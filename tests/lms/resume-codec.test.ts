// Resume state for cmi.suspend_data: round trip, validation, the 4,096-character worst case and
// the logged fallback when a content set would not fit.
import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { decompressFromEncodedURIComponent } from 'lz-string';
import { RULESET_VERSION } from '../../src/engine/index.ts';
import { emptyProgress, type ProgressState, type VignetteRecord } from '../../src/stores/progress-schema.ts';
import {
  SUSPEND_DATA_LIMIT,
  decodeResume,
  encodeResume,
  idHash,
  mergeResume,
} from '../../src/lms/resume-codec.ts';

/** Every case of the module: content/vignettes/<id>.mdx. */
const moduleIds = readdirSync('content/vignettes')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4))
  .sort();

const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
const rec = (attempts: number, best: number, last = best, i = 0): VignetteRecord => ({
  attempts,
  bestScore: best,
  lastScore: last,
  completed: attempts > 0,
  rulesetVersion: RULESET_VERSION,
  updatedAt: at(i),
});

/** An 80-character id (the longest the progress schema accepts), unique per i. */
const longId = (i: number) => `synthetic-${i.toString().padStart(4, '0')}-${'x'.repeat(80)}`.slice(0, 80);

function state(
  ids: string[],
  make: (id: string, i: number) => VignetteRecord,
  selfChecks: string[] = [],
): ProgressState {
  const s = emptyProgress();
  ids.forEach((id, i) => (s.vignettes[id] = make(id, i)));
  selfChecks.forEach((id, i) => {
    const { attempts, bestScore, lastScore, completed, updatedAt } = make(id, i);
    s.selfChecks[id] = { attempts, bestScore, lastScore, completed, updatedAt };
  });
  return s;
}

/** The stored text before compression. */
const plain = (text: string) =>
  text.startsWith('Z') ? decompressFromEncodedURIComponent(text.slice(1)) : text.slice(1);

describe('resume state codec', () => {
  it('the module has cases to test with', () => {
    expect(moduleIds.length).toBeGreaterThan(5);
  });

  it('round-trips attempts and scores (per-mille precision) and stores the rule-set version', () => {
    const s = state(moduleIds.slice(0, 4), (_, i) => rec(i + 1, 0.5 + i / 10, 0.25, i), ['principles']);
    const enc = encodeResume(s, { vignetteIds: moduleIds, rulesetVersion: '3.2.1' });
    const dec = decodeResume(enc.text, { vignetteIds: moduleIds, now: at(99) });
    expect(dec.ok).toBe(true);
    if (!dec.ok) return;
    expect(dec.rulesetVersion).toBe('3.2.1');
    expect(Object.keys(dec.state.vignettes).sort()).toEqual(moduleIds.slice(0, 4).sort());
    moduleIds.slice(0, 4).forEach((id, i) => {
      expect(dec.state.vignettes[id]).toMatchObject({
        attempts: i + 1,
        bestScore: 0.5 + i / 10,
        lastScore: 0.25,
        completed: true,
        rulesetVersion: '3.2.1',
        updatedAt: at(99),
      });
    });
    expect(dec.state.selfChecks['principles']).toMatchObject({
      attempts: 1,
      bestScore: 0.5,
      lastScore: 0.25,
    });
  });

  it('keys cases of the build by a short hash, and keeps other ids verbatim', () => {
    const s = state([moduleIds[0]!, 'not-in-this-build'], () => rec(1, 1));
    const enc = encodeResume(s, { vignetteIds: moduleIds, rulesetVersion: RULESET_VERSION });
    expect(enc.text.startsWith('T') || enc.text.startsWith('Z')).toBe(true);
    const text = plain(enc.text);
    expect(text).toContain(`~${idHash(moduleIds[0]!)}.1.rs`);
    expect(text).toContain('not-in-this-build.1.rs');
    expect(text).not.toContain(moduleIds[0]!);
    expect(text.startsWith(`1|${RULESET_VERSION}|`)).toBe(true);
    const dec = decodeResume(enc.text, { vignetteIds: moduleIds });
    expect(dec.ok && Object.keys(dec.state.vignettes).sort()).toEqual(
      [moduleIds[0], 'not-in-this-build'].sort(),
    );
  });

  it('survives cases being added to or removed from the build (hash keys resolve through the new list)', () => {
    const s = state(moduleIds.slice(0, 3), () => rec(2, 0.75));
    const enc = encodeResume(s, { vignetteIds: moduleIds, rulesetVersion: RULESET_VERSION });
    const newList = ['a-brand-new-case', ...moduleIds.slice(1)];
    const dec = decodeResume(enc.text, { vignetteIds: newList });
    expect(dec.ok).toBe(true);
    if (!dec.ok) return;
    expect(Object.keys(dec.state.vignettes).sort()).toEqual(moduleIds.slice(1, 3).sort());
    expect(dec.unresolved).toBe(1);
  });

  it('encodes empty progress to a short string that decodes to empty progress', () => {
    const enc = encodeResume(emptyProgress(), { vignetteIds: moduleIds, rulesetVersion: RULESET_VERSION });
    expect(enc.text.length).toBeLessThan(20);
    const dec = decodeResume(enc.text, { vignetteIds: moduleIds });
    expect(dec.ok && dec.state).toEqual(emptyProgress());
  });

  it.each([
    ['', 'empty'],
    ['X123', 'unknown prefix'],
    ['Zthis is not lz data', 'garbage after Z'],
    ['T2|1.0.0||', 'future format version'],
    ['T1|one|| ', 'bad rule-set version'],
    ['T1|1.0.0|~zzzzz.1|', 'missing field'],
    ['T1|1.0.0|bad_id!.1.rs|', 'bad id'],
    ['T1|1.0.0|some-case.1.rt|', 'score above 1000 per-mille'],
    ['T1|1.0.0|some-case.zzzzz.rs|', 'attempts too long'],
    ['T1|1.0.0|some-case.1.rs,some-case.2.rs|', 'duplicate id'],
    ['T1|1.0.0|some-case.255t.rs|', 'attempts above the schema maximum'],
  ])('rejects %j (%s) without throwing', (text) => {
    const dec = decodeResume(text, { vignetteIds: moduleIds });
    expect(dec.ok).toBe(false);
  });

  it('WORST CASE: every case of the module plus 200 more, all with maximal values, fits in 4,096 characters', () => {
    const ids = [...moduleIds, ...Array.from({ length: 200 }, (_, i) => longId(i))];
    const chapters = ['principles', 'mechanisms', 'applications'];
    // Maximal: attempts at the schema's cap, best 100 % and a different last score (4 fields).
    const s = state(ids, (_, i) => rec(100_000, 1, 0.999, i), chapters);
    const warn = vi.fn();
    const enc = encodeResume(s, { vignetteIds: ids, rulesetVersion: '999.999.999', log: warn });
    console.info(
      `worst case: ${ids.length} cases + ${chapters.length} self-checks -> suspend_data ${enc.text.length} characters`,
    );
    expect(enc.text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(enc.dropped).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    const dec = decodeResume(enc.text, { vignetteIds: ids });
    expect(dec.ok).toBe(true);
    if (!dec.ok) return;
    expect(Object.keys(dec.state.vignettes)).toHaveLength(ids.length);
    expect(dec.state.vignettes[longId(199)]).toMatchObject({
      attempts: 100_000,
      bestScore: 1,
      lastScore: 0.999,
    });
  });

  it('FALLBACK: a content set too large to fit drops the least useful records first and says so', () => {
    const ids = Array.from({ length: 1500 }, (_, i) => longId(i));
    // Records: 1,500 cases of the build (oldest first in time order), 50 cases no longer in the
    // build, and 3 self-checks.
    const s = state(ids, (_, i) => rec(100_000, 1, 0.5, i + 100), [
      'principles',
      'mechanisms',
      'applications',
    ]);
    for (let i = 0; i < 50; i++) s.vignettes[`gone-${i}`] = rec(3, 0.5, 0.5, i);
    const warn = vi.fn();
    const enc = encodeResume(s, { vignetteIds: ids, rulesetVersion: RULESET_VERSION, log: warn });
    expect(enc.text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]![0]);
    expect(message).toMatch(/exceed SCORM 1\.2's 4096 characters/);
    expect(message).toMatch(new RegExp(`kept ${enc.kept}, dropped ${enc.dropped.length}`));
    expect(enc.kept + enc.dropped.length).toBe(1553);
    // Cases no longer in the build go first, then self-checks, then the oldest cases.
    expect(enc.dropped.slice(0, 50).every((d) => d.startsWith('case gone-'))).toBe(true);
    expect(enc.dropped.slice(50, 53).every((d) => d.startsWith('self-check '))).toBe(true);
    expect(enc.dropped[53]).toBe(`case ${longId(0)}`);
    const dec = decodeResume(enc.text, { vignetteIds: ids });
    expect(dec.ok).toBe(true);
    if (!dec.ok) return;
    const kept = Object.keys(dec.state.vignettes);
    expect(kept).toHaveLength(enc.kept);
    expect(kept).toContain(longId(1499)); // the newest survive
    expect(kept).not.toContain(longId(0));
    // As many records as possible were kept: one more would not fit.
    expect(enc.kept).toBeGreaterThan(200);
  });
});

describe('merging saved state into this browser', () => {
  it('keeps a local record where it says the same as the saved one, takes the saved one otherwise, and drops the rest', () => {
    const local = state(['a-case', 'b-case', 'c-case'], (id) =>
      id === 'b-case' ? rec(5, 0.9) : rec(2, 0.8123, 0.5),
    );
    local.vignettes['a-case']!.updatedAt = '2026-05-05T05:05:05.000Z';
    const saved = state(['a-case', 'b-case', 'd-case'], (id) =>
      id === 'b-case' ? rec(6, 0.95) : rec(2, 0.812, 0.5),
    );
    const merged = mergeResume(local, saved);
    expect(merged.vignettes['a-case']).toBe(local.vignettes['a-case']); // same (to per-mille): local kept
    expect(merged.vignettes['b-case']).toBe(saved.vignettes['b-case']); // differs: LMS wins
    expect(merged.vignettes['d-case']).toBe(saved.vignettes['d-case']);
    expect(merged.vignettes['c-case']).toBeUndefined(); // not in the LMS's state
  });
});

// Resume state for SCORM 1.2's cmi.suspend_data, which holds at most 4,096 characters.
//
// Text before compression:  1|<rule-set version>|<case records>|<self-check records>
//   record  = key.attempts.best[.last]   numbers in base 36; scores in per-mille (0..1000);
//             `last` is left out when it equals `best`
//   key     = ~hhhhh  a 5-character base-36 hash of a case id that is in this build's case list
//             (decoded back through the same list, so it survives cases being added or removed),
//             or the id itself (self-checks, cases not in the list, the rare hash collision)
// Stored:  "Z" + lz-string's URI-safe compression of that text, or "T" + the text itself when
// that is shorter. When even that does not fit, records are dropped (least useful first: cases
// not in this build, then self-checks, then the oldest cases) and the drop is logged.
import * as lzModule from 'lz-string';
import {
  PROGRESS_SCHEMA_VERSION,
  emptyProgress,
  recoverProgress,
  type ProgressState,
  type SelfCheckRecord,
  type VignetteRecord,
} from '../stores/progress-schema.ts';

// lz-string is CommonJS: bundlers expose its functions as named exports, Node's ESM loader only
// as the default export. This works under both.
const lz = (lzModule as typeof lzModule & { default?: typeof lzModule }).default ?? lzModule;

/** SCORM 1.2: cmi.suspend_data is a CMIString4096. */
export const SUSPEND_DATA_LIMIT = 4096;
export const RESUME_FORMAT = '1';

const HASH_SPACE = 36 ** 5;
const NUM = /^[0-9a-z]{1,4}$/;
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const VERSION = /^\d+\.\d+\.\d+$/;

/** FNV-1a (32 bit) of the id, reduced to 5 base-36 characters. */
export function idHash(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % HASH_SPACE).toString(36).padStart(5, '0');
}

/** Hash keys for the ids in the list; ids whose hash collides with another's get none. */
function hashKeys(ids: readonly string[]): { byId: Map<string, string>; byKey: Map<string, string> } {
  const seen = new Map<string, string[]>();
  for (const id of new Set(ids)) {
    const k = idHash(id);
    seen.set(k, [...(seen.get(k) ?? []), id]);
  }
  const byId = new Map<string, string>();
  const byKey = new Map<string, string>();
  for (const [k, list] of seen) {
    const only = list.length === 1 ? list[0] : undefined;
    if (only !== undefined) {
      byId.set(only, k);
      byKey.set(k, only);
    }
  }
  return { byId, byKey };
}

const perMille = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000);

function record(key: string, r: { attempts: number; bestScore: number; lastScore: number }): string {
  const best = perMille(r.bestScore);
  const last = perMille(r.lastScore);
  const fields = [key, r.attempts.toString(36), best.toString(36)];
  if (last !== best) fields.push(last.toString(36));
  return fields.join('.');
}

export interface EncodeOptions {
  /** Every case id in this build (the denominator of the score); decides the compact keys. */
  vignetteIds: readonly string[];
  rulesetVersion: string;
  limit?: number;
  log?: (message: string) => void;
}

export interface EncodeResult {
  text: string;
  /** Records written and records left out to stay within the limit. */
  kept: number;
  dropped: string[];
}

type Entry =
  | { kind: 'v'; id: string; rec: VignetteRecord; known: boolean }
  | { kind: 's'; id: string; rec: SelfCheckRecord; known: false };

function pack(entries: Entry[], keys: Map<string, string>, rulesetVersion: string): string {
  const v = entries
    .filter((e) => e.kind === 'v')
    .map((e) => {
      const k = keys.get(e.id);
      return record(k === undefined ? e.id : `~${k}`, e.rec);
    });
  const s = entries.filter((e) => e.kind === 's').map((e) => record(e.id, e.rec));
  const text = [RESUME_FORMAT, rulesetVersion, v.join(','), s.join(',')].join('|');
  const z = `Z${lz.compressToEncodedURIComponent(text)}`;
  const t = `T${text}`;
  return z.length < t.length ? z : t;
}

/** Drop order when the data does not fit: first in this list is dropped first. */
function dropOrder(entries: Entry[]): Entry[] {
  const group = (e: Entry) => (e.kind === 'v' ? (e.known ? 2 : 0) : 1);
  return [...entries].sort(
    (a, b) =>
      group(a) - group(b) || a.rec.updatedAt.localeCompare(b.rec.updatedAt) || a.id.localeCompare(b.id),
  );
}

/** Encodes progress as suspend_data text of at most `limit` characters (never throws). */
export function encodeResume(state: ProgressState, options: EncodeOptions): EncodeResult {
  const limit = options.limit ?? SUSPEND_DATA_LIMIT;
  const known = new Set(options.vignetteIds);
  const { byId } = hashKeys(options.vignetteIds);
  const entries: Entry[] = [
    ...Object.entries(state.vignettes).map(([id, rec]): Entry => ({
      kind: 'v',
      id,
      rec,
      known: known.has(id),
    })),
    ...Object.entries(state.selfChecks).map(([id, rec]): Entry => ({ kind: 's', id, rec, known: false })),
  ];
  // Stable output: records in id order.
  entries.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  const full = pack(entries, byId, options.rulesetVersion);
  if (full.length <= limit) return { text: full, kept: entries.length, dropped: [] };

  // Too long: find the fewest records to drop (binary search; compression is near-monotone, so
  // the result is checked and walked forward if needed).
  const order = dropOrder(entries);
  const attempt = (n: number) => {
    const drop = new Set(order.slice(0, n));
    return pack(
      entries.filter((e) => !drop.has(e)),
      byId,
      options.rulesetVersion,
    );
  };
  let lo = 1;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (attempt(mid).length <= limit) hi = mid;
    else lo = mid + 1;
  }
  let n = lo;
  let text = attempt(n);
  while (text.length > limit && n < entries.length) text = attempt(++n);
  const dropped = order.slice(0, n).map((e) => `${e.kind === 'v' ? 'case' : 'self-check'} ${e.id}`);
  const log =
    options.log ??
    ((m: string) => {
      console.warn(m);
    });
  log(
    `[lms] Resume data would exceed SCORM 1.2's ${limit} characters (${full.length} with all ${entries.length} records): ` +
      `kept ${entries.length - n}, dropped ${n} (least useful first: ${dropped.slice(0, 10).join(', ')}${n > 10 ? ', …' : ''}).`,
  );
  return { text, kept: entries.length - n, dropped };
}

export type DecodeResult =
  | { ok: true; state: ProgressState; rulesetVersion: string; unresolved: number }
  | { ok: false; reason: string };

export interface DecodeOptions {
  vignetteIds: readonly string[];
  /** The time stamp given to restored records (the format keeps none). */
  now?: string;
}

function parseRecords(
  section: string,
  resolve: (key: string) => string | null,
): { recs: Map<string, { attempts: number; best: number; last: number }>; unresolved: number } | null {
  const recs = new Map<string, { attempts: number; best: number; last: number }>();
  let unresolved = 0;
  if (section === '') return { recs, unresolved };
  for (const item of section.split(',')) {
    const f = item.split('.');
    if (f.length !== 3 && f.length !== 4) return null;
    const [key = '', a = '', b = '', l = b] = f;
    if (!NUM.test(a) || !NUM.test(b) || !NUM.test(l)) return null;
    const attempts = parseInt(a, 36);
    const best = parseInt(b, 36);
    const last = parseInt(l, 36);
    if (best > 1000 || last > 1000) return null;
    const id = resolve(key);
    if (id === null) {
      unresolved++;
      continue;
    }
    if (recs.has(id)) return null;
    recs.set(id, { attempts, best, last });
  }
  return { recs, unresolved };
}

/**
 * Decodes suspend_data written by `encodeResume`. Any malformed or out-of-range content makes
 * the whole value invalid (ok: false); the result is also validated by the progress schema.
 * Hash keys that match no case of this build (a case since removed) are skipped and counted.
 */
export function decodeResume(data: string, options: DecodeOptions): DecodeResult {
  try {
    if (data.length > SUSPEND_DATA_LIMIT * 4) return { ok: false, reason: 'too long' };
    let text: string | null;
    if (data.startsWith('Z')) text = lz.decompressFromEncodedURIComponent(data.slice(1));
    else if (data.startsWith('T')) text = data.slice(1);
    else return { ok: false, reason: 'unknown format' };
    if (!text) return { ok: false, reason: 'does not decompress' };
    const parts = text.split('|');
    if (parts.length !== 4 || parts[0] !== RESUME_FORMAT) return { ok: false, reason: 'unknown version' };
    const [, rulesetVersion = '', vSection = '', sSection = ''] = parts;
    if (!VERSION.test(rulesetVersion)) return { ok: false, reason: 'bad rule-set version' };
    const { byKey } = hashKeys(options.vignetteIds);
    const v = parseRecords(vSection, (key) =>
      key.startsWith('~') ? (byKey.get(key.slice(1)) ?? null) : ID.test(key) ? key : '',
    );
    const s = parseRecords(sSection, (key) => (ID.test(key) ? key : ''));
    if (!v || !s) return { ok: false, reason: 'malformed record' };
    if (v.recs.has('') || s.recs.has('')) return { ok: false, reason: 'bad id' };
    const now = options.now ?? new Date().toISOString();
    const raw = {
      version: PROGRESS_SCHEMA_VERSION,
      vignettes: Object.fromEntries(
        [...v.recs].map(([id, r]) => [
          id,
          {
            attempts: r.attempts,
            bestScore: r.best / 1000,
            lastScore: r.last / 1000,
            completed: r.attempts > 0,
            rulesetVersion,
            updatedAt: now,
          },
        ]),
      ),
      selfChecks: Object.fromEntries(
        [...s.recs].map(([id, r]) => [
          id,
          {
            attempts: r.attempts,
            bestScore: r.best / 1000,
            lastScore: r.last / 1000,
            completed: r.attempts > 0,
            updatedAt: now,
          },
        ]),
      ),
    };
    const { state, notice } = recoverProgress(JSON.stringify(raw));
    if (notice) return { ok: false, reason: notice };
    return { ok: true, state, rulesetVersion, unresolved: v.unresolved };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : 'unreadable' };
  }
}

const sameRecord = (
  local: { attempts: number; bestScore: number; lastScore: number },
  saved: { attempts: number; bestScore: number; lastScore: number },
) =>
  local.attempts === saved.attempts &&
  perMille(local.bestScore) === perMille(saved.bestScore) &&
  perMille(local.lastScore) === perMille(saved.lastScore);

/**
 * The progress to use after a launch: the LMS's saved state decides what exists (it belongs to
 * the learner the LMS launched, whatever this browser holds), but where this browser's record
 * says the same thing, the local record is kept because it is richer (exact scores, dates).
 */
export function mergeResume(local: ProgressState, saved: ProgressState): ProgressState {
  const out = emptyProgress();
  for (const [id, rec] of Object.entries(saved.vignettes)) {
    const l = local.vignettes[id];
    out.vignettes[id] = l && sameRecord(l, rec) ? l : rec;
  }
  for (const [id, rec] of Object.entries(saved.selfChecks)) {
    const l = local.selfChecks[id];
    out.selfChecks[id] = l && sameRecord(l, rec) ? l : rec;
  }
  return out;
}

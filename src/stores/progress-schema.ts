// What a learner's saved progress looks like, and how to recover it from whatever is in
// storage. Nothing here throws: corrupted JSON, an unknown schema version, absurd values or
// missing keys are repaired record by record, and the caller is told what was dropped.

export const PROGRESS_SCHEMA_VERSION = 1;
export const PROGRESS_STORAGE_KEY = 'trd-progress';

export interface VignetteRecord {
  attempts: number;
  /** Best and latest score as a fraction 0..1 of the vignette's maximum. */
  bestScore: number;
  lastScore: number;
  completed: boolean;
  /** The rules-engine version that graded the latest attempt. */
  rulesetVersion: string;
  updatedAt: string;
}

export interface SelfCheckRecord {
  attempts: number;
  bestScore: number;
  lastScore: number;
  completed: boolean;
  updatedAt: string;
}

export interface ProgressState {
  version: typeof PROGRESS_SCHEMA_VERSION;
  vignettes: Record<string, VignetteRecord>;
  selfChecks: Record<string, SelfCheckRecord>;
}

export function emptyProgress(): ProgressState {
  return { version: PROGRESS_SCHEMA_VERSION, vignettes: {}, selfChecks: {} };
}

export interface Recovered {
  state: ProgressState;
  /** Learner-facing sentence describing what was reset, or null when everything was valid. */
  notice: string | null;
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const MAX_RECORDS = 2000;
const MAX_ATTEMPTS = 100_000;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isFraction = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
const isCount = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_ATTEMPTS;
/** An ISO 8601 timestamp as `Date.toISOString()` writes it (nothing else is ever saved). */
const isDate = (v: unknown): v is string =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(v) &&
  !Number.isNaN(Date.parse(v));

/** The fields every record shares (self-checks), or null when any is damaged. */
function selfCheckRecord(v: unknown): SelfCheckRecord | null {
  if (!isObject(v)) return null;
  const { attempts, bestScore, lastScore, completed, updatedAt } = v;
  if (!isCount(attempts) || !isFraction(bestScore) || !isFraction(lastScore)) return null;
  if (typeof completed !== 'boolean' || !isDate(updatedAt)) return null;
  return { attempts, bestScore, lastScore, completed, updatedAt };
}

/** A vignette record is a self-check record plus the rules-engine version that graded it. */
function vignetteRecord(v: unknown): VignetteRecord | null {
  const base = selfCheckRecord(v);
  if (!base || !isObject(v)) return null;
  const { rulesetVersion } = v;
  if (typeof rulesetVersion !== 'string' || !/^\d+\.\d+\.\d+$/.test(rulesetVersion)) return null;
  return { ...base, rulesetVersion };
}

function recoverMap<T>(
  raw: unknown,
  parse: (v: unknown) => T | null,
): { kept: Record<string, T>; dropped: number } {
  const kept: Record<string, T> = {};
  let dropped = 0;
  if (!isObject(raw)) return { kept, dropped: raw === undefined ? 0 : 1 };
  for (const [id, value] of Object.entries(raw)) {
    const rec = ID.test(id) && Object.keys(kept).length < MAX_RECORDS ? parse(value) : null;
    if (rec) kept[id] = rec;
    else dropped++;
  }
  return { kept, dropped };
}

/** Parses saved progress text, keeping every valid record. */
export function recoverProgress(text: string | null | undefined): Recovered {
  if (text === null || text === undefined || text === '') return { state: emptyProgress(), notice: null };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      state: emptyProgress(),
      notice: 'Your saved progress could not be read (it was damaged), so it has been reset.',
    };
  }
  if (!isObject(raw)) {
    return {
      state: emptyProgress(),
      notice: 'Your saved progress was not in a form this module understands, so it has been reset.',
    };
  }
  if (raw['version'] !== PROGRESS_SCHEMA_VERSION) {
    return {
      state: emptyProgress(),
      notice: `Your saved progress came from an unsupported version of the module (${JSON.stringify(raw['version'] ?? 'none').slice(0, 20)}), so it has been reset.`,
    };
  }
  const v = recoverMap(raw['vignettes'], vignetteRecord);
  const s = recoverMap(raw['selfChecks'], selfCheckRecord);
  const dropped = v.dropped + s.dropped;
  return {
    state: { version: PROGRESS_SCHEMA_VERSION, vignettes: v.kept, selfChecks: s.kept },
    notice:
      dropped > 0
        ? `${dropped} saved record${dropped === 1 ? ' was' : 's were'} damaged and could not be kept; everything else was restored.`
        : null,
  };
}

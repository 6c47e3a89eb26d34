// $progress: what the learner has done, kept only in this browser (localStorage), never sent
// anywhere. Islands read it and call the actions below; they never write storage themselves.
import { atom } from 'nanostores';
import {
  PROGRESS_SCHEMA_VERSION,
  PROGRESS_STORAGE_KEY,
  emptyProgress,
  recoverProgress,
  type ProgressState,
  type SelfCheckRecord,
  type VignetteRecord,
} from './progress-schema.ts';
import { persistentAtom } from './persistent.ts';

/** A sentence to show the learner when saved progress had to be repaired or reset. */
export const $progressNotice = atom<string | null>(null);

export const $progress = persistentAtom<ProgressState>(PROGRESS_STORAGE_KEY, emptyProgress(), {
  encode: (value) => JSON.stringify(value),
  decode: (text) => {
    const { state, notice } = recoverProgress(text);
    if (notice) $progressNotice.set(notice);
    return state;
  },
});

const now = () => new Date().toISOString();

export function recordVignetteAttempt(id: string, score: number, rulesetVersion: string): VignetteRecord {
  const s = Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0));
  const current = $progress.get();
  const prev = current.vignettes[id];
  const rec: VignetteRecord = {
    attempts: (prev?.attempts ?? 0) + 1,
    bestScore: Math.max(prev?.bestScore ?? 0, s),
    lastScore: s,
    completed: true,
    rulesetVersion,
    updatedAt: now(),
  };
  $progress.set({ ...current, vignettes: { ...current.vignettes, [id]: rec } });
  return rec;
}

export function recordSelfCheck(id: string, score: number): SelfCheckRecord {
  const s = Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0));
  const current = $progress.get();
  const prev = current.selfChecks[id];
  const rec: SelfCheckRecord = {
    attempts: (prev?.attempts ?? 0) + 1,
    bestScore: Math.max(prev?.bestScore ?? 0, s),
    lastScore: s,
    completed: true,
    updatedAt: now(),
  };
  $progress.set({ ...current, selfChecks: { ...current.selfChecks, [id]: rec } });
  return rec;
}

export function resetProgress(): void {
  $progress.set(emptyProgress());
  $progressNotice.set(null);
}

export function dismissProgressNotice(): void {
  $progressNotice.set(null);
}

/** The learner's progress as a JSON document they can save and import elsewhere. */
export function exportProgress(): string {
  return JSON.stringify(
    { format: 'trd-module-progress', exportedAt: now(), progress: $progress.get() },
    null,
    2,
  );
}

export type ImportResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * Replaces progress with an exported file's content. The file is validated first; a file that
 * is not an export of this module, or whose records are all invalid, changes nothing.
 */
export function importProgress(text: string): ImportResult {
  if (text.length > 2_000_000)
    return {
      ok: false,
      message: 'That file is too large to be a progress export (over 2 MB). Nothing was changed.',
    };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'That file is not valid JSON. Nothing was changed.' };
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== 'trd-module-progress'
  ) {
    return {
      ok: false,
      message: 'That file is not a progress export from this module. Nothing was changed.',
    };
  }
  const progress = (raw as { progress?: unknown }).progress;
  const version =
    typeof progress === 'object' && progress !== null
      ? (progress as { version?: unknown }).version
      : undefined;
  if (version !== PROGRESS_SCHEMA_VERSION)
    return {
      ok: false,
      message:
        "That file comes from an unsupported version of the module's progress format. Nothing was changed.",
    };
  const { state, notice } = recoverProgress(JSON.stringify(progress));
  const count = Object.keys(state.vignettes).length + Object.keys(state.selfChecks).length;
  // The recovery notices are written for saved progress; an import failing wholesale gets its own.
  if (notice && count === 0)
    return {
      ok: false,
      message: 'That file contains no progress records this module can read. Nothing was changed.',
    };
  $progress.set(state);
  return {
    ok: true,
    message: `Imported ${count} record${count === 1 ? '' : 's'}.${notice ? ` ${notice}` : ''}`,
  };
}

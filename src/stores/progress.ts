// $progress: what the learner has done, kept only in this browser (localStorage), never sent
// anywhere. Islands read it and call the actions below; they never write storage themselves.
// Export, import and reset (the progress page only) are in progress-file.ts, so the islands of
// every other page do not load them.
import { atom } from 'nanostores';
import {
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

export const now = () => new Date().toISOString();

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

export function dismissProgressNotice(): void {
  $progressNotice.set(null);
}

// The learner's progress as a file (export, import) and starting over: used by the progress page
// only (ProgressPanel), so kept apart from the progress store that every island page loads.
// An imported file is validated first and never rendered as HTML; a file that is not an export of
// this module, or whose records are all invalid, changes nothing.
import { $progress, $progressNotice, now } from './progress.ts';
import { PROGRESS_SCHEMA_VERSION, emptyProgress, recoverProgress } from './progress-schema.ts';

export function resetProgress(): void {
  $progress.set(emptyProgress());
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

// Helpers shared by the Chapter 1 islands (AdequacyChecker, OutcomeClassifier,
// DefinitionsExplorer). Nothing clinical lives here: these turn form text into engine input,
// sort the engine's CaseInputError issues onto form fields, and render findings with links to
// their sources.
import { CaseInputError, messageBesideField, readableMessage, type InputIssue } from '../../engine/index.ts';

export { FindingList, SourceLinks, type RefLabels } from './finding-list.tsx';

/**
 * Form text → engine input. Blank → undefined (the engine then reports the field as required);
 * a plain number → that number; anything else is passed through unchanged so that the engine's
 * message can quote what the learner typed. A decimal comma is accepted ("37,5").
 */
export function fieldValue(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const normalised = t.replace(',', '.');
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return Number(normalised);
  return t;
}

export type Run<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

/** Runs an engine call; a CaseInputError becomes a list of issues, anything else is rethrown. */
export function runEngine<T>(fn: () => T): Run<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof CaseInputError) return { ok: false, issues: e.issues };
    throw e;
  }
}

/**
 * Sorts issues onto fields by their input path (`treatments.0.weeks` → `weeks`). Issues whose
 * path matches no field are returned under `other` so they are still shown, never dropped — named
 * by the field's learner label, not its code name ("Dose (mg/day) must be …").
 */
export function issuesByField<F extends string>(
  issues: readonly InputIssue[],
  fields: Record<F, readonly string[]>,
): { byField: Partial<Record<F, string>>; other: string[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const field = (Object.keys(fields) as F[]).find((f) => fields[f].includes(issue.path));
    if (field) {
      const text = besideField(issue);
      byField[field] = byField[field] ? `${byField[field]} ${text}` : text;
    } else other.push(capitalise(readableMessage(issue)));
  }
  return { byField, other };
}

/**
 * The engine writes messages for authors ("doseMgPerDay must be …"). Shown beside the field they
 * are about, the leading field name is dropped: "Must be …", "Required: …" (the engine's
 * messageBesideField).
 */
export const besideField = messageBesideField;

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A labelled text input with hint, inline error, aria-invalid and aria-describedby wired up. */
export function TextField({
  id,
  label,
  value,
  onInput,
  hint,
  error,
  inputMode = 'decimal',
  suffix,
}: {
  id: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  inputMode?: 'decimal' | 'numeric';
  suffix?: string | undefined;
}) {
  const hintId = `${id}-hint`;
  const errId = `${id}-err`;
  const describedBy = [hint ? hintId : '', error ? errId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class={suffix ? 'field__with-suffix' : undefined}>
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => {
            onInput(e.currentTarget.value);
          }}
        />
        {suffix ? <span aria-hidden="true">{suffix}</span> : null}
      </div>
      {hint ? (
        <span class="field-hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="error-msg" id={errId}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** One decimal place, as the engine's own text does ("16.7"). */
export function oneDecimal(n: number): string {
  return String(Math.round(n * 10) / 10);
}

// A case exercise: reveals the vignette's narrative step by step, asks its questions with the
// right control, grades them, explains each verdict from the engine's findings (with sources),
// allows retry, and finally shows the worked solution.
// The island decides nothing clinical. The answer key — expected answers, prompts, options,
// controls and the findings behind each answer — is computed by the full rules engine at build
// time (`exerciseKey`, in Exercise.astro); the browser only grades against it with the light
// `gradeWithKey`, so the rules engine and zod are not shipped to the learner. The key reaches the
// browser without its findings (each answer's explanation and sources are enough for feedback);
// the worked solution, with every finding, is server-rendered HTML passed as the `solution` slot.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  gradeWithKey,
  numberRule,
  readControlAnswer,
  type ExerciseKey,
  type KeyItem,
} from '../engine/index.ts';
import { recordVignetteAttempt } from '../stores/progress.ts';
import { ensureLmsSync } from '../lms/lms-sync.ts';
import ProgressNotice from './ProgressNotice.tsx';
import { SourceLinks } from './source-links.tsx';

export interface ExerciseProps {
  id: string;
  title: string;
  answerKey: ExerciseKey;
  /** 1-based step after which each question is asked (same order as the key's items). */
  questionSteps: number[];
  stepCount: number;
  headingLevel?: 2 | 3;
  /** The vignette's narrative (server-rendered HTML). */
  children?: ComponentChildren;
  /** The worked solution and every finding behind it (server-rendered, shown on request). */
  solution?: ComponentChildren;
}

type Answer = string | string[];
type Graded = ReturnType<typeof gradeWithKey>;
type ItemResult = Graded['results'][number];

export default function Exercise(props: ExerciseProps) {
  const { id, title, answerKey, stepCount, headingLevel = 2 } = props;
  const [revealed, setRevealed] = useState(1);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [graded, setGraded] = useState<Graded | null>(null);
  const [solution, setSolution] = useState(false);
  const [ready, setReady] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const solutionRef = useRef<HTMLDivElement>(null);
  /** 0-based index of a step just revealed, to receive focus once it is shown. */
  const focusStep = useRef<number | null>(null);
  const H = headingLevel === 2 ? 'h2' : 'h3';

  useEffect(() => {
    ensureLmsSync();
    setReady(true);
  }, []);

  // Show only the narrative steps revealed so far (the narrative is server-rendered HTML), and
  // the educator's commentary once the whole case has been answered.
  useEffect(() => {
    const steps = root.current?.querySelectorAll<HTMLElement>('.vignette-step') ?? [];
    steps.forEach((el, i) => {
      el.hidden = i >= revealed;
    });
    root.current?.querySelectorAll<HTMLElement>('.vignette-commentary').forEach((el) => {
      el.hidden = !(graded && revealed >= stepCount);
    });
    // Move focus to a newly revealed step only now that it is no longer hidden (a hidden element
    // cannot take focus, and the "Continue" button that had it disappears after the last step).
    // (Only once this pass shows that step: an effect left over from the previous render can run
    // first when the learner presses Continue quickly, and must not use up the request.)
    const i = focusStep.current;
    if (i === null || i >= revealed) return;
    focusStep.current = null;
    const step = steps[i];
    const target = step?.querySelector<HTMLElement>('h2, h3, h4') ?? step;
    if (target) {
      target.tabIndex = -1;
      target.focus();
    }
  }, [revealed, graded, stepCount, ready]);

  const finished = revealed >= stepCount;
  const visible = answerKey.items.filter((_, i) => (props.questionSteps[i] ?? stepCount) <= revealed);
  const answered = (item: KeyItem) => {
    const a = answers[item.questionId];
    return item.control.control === 'multi' ? Array.isArray(a) : typeof a === 'string' && a.trim() !== '';
  };
  const allAnswered = visible.every(answered);

  function revealNext() {
    const next = Math.min(stepCount, revealed + 1);
    setRevealed(next);
    setGraded(null);
    focusStep.current = next - 1;
  }

  function setAnswer(item: KeyItem, value: Answer | undefined) {
    const qid = item.questionId;
    setAnswers((a) => withEntry(a, qid, value));
    if (typeof value !== 'string' || item.control.control !== 'number') return;
    const n = value.trim() === '' ? null : readControlAnswer(item, value);
    setErrors((e) => withEntry(e, qid, n && !n.ok ? n.message : undefined));
  }

  function check() {
    const result = gradeWithKey({ ...answerKey, items: visible }, answers);
    setGraded(result);
    if (finished)
      recordVignetteAttempt(
        id,
        result.maxScore > 0 ? result.score / result.maxScore : 0,
        answerKey.rulesetVersion,
      );
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  function retry() {
    setAnswers({});
    setErrors({});
    setGraded(null);
    setSolution(false);
    requestAnimationFrame(() =>
      root.current?.querySelector<HTMLElement>('.exercise__questions input')?.focus(),
    );
  }

  const resultFor = (qid: string) => graded?.results.find((r) => r.questionId === qid);
  const verdictClass = (g: Graded) =>
    g.score === g.maxScore ? 'feedback--ok' : g.score === 0 ? 'feedback--bad' : 'feedback--partial';

  return (
    <div class="exercise island" ref={root} data-ready={ready ? '' : undefined} data-exercise={id}>
      <ProgressNotice />
      <p class="island__label">Case exercise</p>
      <H class="exercise__title">{title}</H>
      <div class="exercise__narrative">{props.children}</div>
      {!finished && (
        <div class="actions">
          <button type="button" onClick={revealNext}>
            Continue the case (step {revealed + 1} of {stepCount})
          </button>
        </div>
      )}
      {visible.length > 0 && (
        <form
          class="exercise__questions"
          aria-label={`Questions: ${title}`}
          onSubmit={(e) => {
            e.preventDefault();
            if (allAnswered) check();
          }}
        >
          {visible.map((item, n) => (
            <QuestionField
              key={item.questionId}
              item={item}
              n={n + 1}
              value={answers[item.questionId]}
              error={errors[item.questionId]}
              result={resultFor(item.questionId)}
              exerciseId={id}
              onChange={(v) => {
                setAnswer(item, v);
              }}
            />
          ))}
          <div class="actions">
            <button
              type="submit"
              aria-disabled={allAnswered ? undefined : 'true'}
              class={allAnswered ? undefined : 'is-disabled'}
            >
              Check answers
            </button>
            {graded && (
              <button type="button" class="secondary" onClick={retry}>
                Try again
              </button>
            )}
            {graded && finished && !solution && (
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setSolution(true);
                  requestAnimationFrame(() => solutionRef.current?.focus());
                }}
              >
                Show worked solution
              </button>
            )}
          </div>
          {!allAnswered && <p class="field-hint">Answer every question shown, then check your answers.</p>}
        </form>
      )}
      <div aria-live="polite" role="status" tabIndex={-1} ref={summaryRef} class="exercise__summary">
        {graded && (
          <p class={`feedback ${verdictClass(graded)}`}>
            <span class="feedback__verdict">
              Score: {formatScore(graded.score)} of {graded.maxScore}
            </span>
            {finished ? ' — saved to your progress.' : ' — continue the case for the remaining questions.'}
          </p>
        )}
      </div>
      {solution && (
        <div class="exercise__solution" tabIndex={-1} ref={solutionRef}>
          {props.solution}
        </div>
      )}
    </div>
  );
}

/** A copy of `record` with `key` set to `value`, or without `key` when `value` is undefined. */
function withEntry<T>(record: Record<string, T>, key: string, value: T | undefined): Record<string, T> {
  const rest = Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
  return value === undefined ? rest : { ...rest, [key]: value };
}

function formatScore(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

interface FieldProps {
  item: KeyItem;
  n: number;
  value: Answer | undefined;
  error: string | undefined;
  result: ItemResult | undefined;
  exerciseId: string;
  onChange: (v: Answer | undefined) => void;
}

function QuestionField({ item, n, value, error, result, exerciseId, onChange }: FieldProps) {
  const base = `${exerciseId}-${item.questionId}`;
  const errId = `${base}-err`;
  const fbId = `${base}-fb`;
  const hintId = `${base}-hint`;
  const isNumber = item.control.control === 'number';
  const isMulti = item.control.control === 'multi';
  const described =
    [isNumber ? hintId : '', error ? errId : '', result ? fbId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="question" data-question={item.questionId}>
      {isNumber ? (
        <div class="field">
          <label for={base}>
            {n}. {item.prompt}
          </label>
          <input
            id={base}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={typeof value === 'string' ? value : ''}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={described}
            onInput={(e) => {
              onChange(e.currentTarget.value);
            }}
          />
          <span class="field-hint" id={hintId}>
            {numberRule(item.control)}
          </span>
          {error && (
            <span class="error-msg" id={errId}>
              {error}
            </span>
          )}
        </div>
      ) : (
        <fieldset aria-describedby={described}>
          <legend>
            {n}. {item.prompt}
          </legend>
          {isMulti && <p class="field-hint">Select all that apply, or “None of these”.</p>}
          {item.options.map((o) => {
            const v = String(o.value);
            const oid = `${base}-${v}`;
            const checked = isMulti ? Array.isArray(value) && value.includes(v) : value === v;
            return (
              <div class="choice" key={oid}>
                <input
                  id={oid}
                  type={isMulti ? 'checkbox' : 'radio'}
                  name={base}
                  value={v}
                  checked={checked}
                  onChange={(e) => {
                    if (!isMulti) {
                      onChange(v);
                      return;
                    }
                    const cur = Array.isArray(value) ? value : [];
                    onChange(e.currentTarget.checked ? [...cur, v] : cur.filter((x) => x !== v));
                  }}
                />
                <label for={oid}>{o.label}</label>
              </div>
            );
          })}
          {isMulti && (
            <div class="choice">
              <input
                id={`${base}-none`}
                type="checkbox"
                checked={Array.isArray(value) && value.length === 0}
                onChange={(e) => {
                  onChange(e.currentTarget.checked ? [] : undefined);
                }}
              />
              <label for={`${base}-none`}>None of these</label>
            </div>
          )}
        </fieldset>
      )}
      {result && (
        <div
          id={fbId}
          class={`feedback ${result.credit >= 1 ? 'feedback--ok' : result.credit > 0 ? 'feedback--partial' : 'feedback--bad'}`}
        >
          <p>{result.feedback}</p>
          {result.sources.length > 0 && (
            <p class="meta">
              Sources
              <SourceLinks keys={result.sources} />
            </p>
          )}
        </div>
      )}
    </div>
  );
}

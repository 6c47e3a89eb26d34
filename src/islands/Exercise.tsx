// A case exercise: reveals the vignette's narrative step by step, asks its questions with the
// right control, grades them with the shared engine, explains each verdict from the engine's
// findings (with sources), allows retry, and finally shows the worked solution.
// The island decides nothing clinical: every answer, option and reason comes from the engine.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  RULESET_VERSION,
  answerOptions,
  assessCase,
  gradeAnswers,
  normalizeAnswer,
  parseQuestions,
  questionPrompt,
  type Question,
} from '../engine/index.ts';
import { recordVignetteAttempt } from '../stores/progress.ts';
import { ensureLmsSync } from '../lms/lms-sync.ts';
import { controlFor, type Control } from './exercise-controls.ts';

export interface ExerciseProps {
  id: string;
  title: string;
  caseInput: unknown;
  questions: unknown[];
  /** 1-based step after which each question is asked (same order as `questions`). */
  questionSteps: number[];
  stepCount: number;
  headingLevel?: 2 | 3;
  children?: ComponentChildren;
}

type Answer = string | string[];
type GradeResult = ReturnType<typeof gradeAnswers>;

function sourceLink(key: string) {
  return (
    <a href={`/references/#ref-${key}`} key={key}>
      {key}
    </a>
  );
}

export default function Exercise(props: ExerciseProps) {
  const { id, title, caseInput, stepCount, headingLevel = 2 } = props;
  const questions = useMemo<Question[]>(() => parseQuestions(props.questions, caseInput), [props.questions, caseInput]);
  const [revealed, setRevealed] = useState(1);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [graded, setGraded] = useState<GradeResult | null>(null);
  const [solution, setSolution] = useState(false);
  const [ready, setReady] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const solutionRef = useRef<HTMLDivElement>(null);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  useEffect(() => {
    ensureLmsSync();
  }, []);
  const Hq = headingLevel === 2 ? 'h3' : 'h4';

  // Show only the narrative steps revealed so far (the narrative is server-rendered HTML).
  useEffect(() => {
    setReady(true);
  }, []);
  useEffect(() => {
    const steps = root.current?.querySelectorAll<HTMLElement>('.vignette-step') ?? [];
    steps.forEach((el, i) => {
      el.hidden = i >= revealed;
    });
    const commentary = root.current?.querySelectorAll<HTMLElement>('.vignette-commentary') ?? [];
    commentary.forEach((el) => {
      el.hidden = !(graded && revealed >= stepCount);
    });
  }, [revealed, graded, stepCount, ready]);

  const visible = questions
    .map((q, i) => ({ q, step: props.questionSteps[i] ?? stepCount }))
    .filter(({ step }) => step <= revealed);
  const allVisibleAnswered = visible.every(({ q }) => {
    const a = answers[q.id];
    return q.kind === 'pseudo-resistance' || q.kind === 'next-step' ? Array.isArray(a) : a !== undefined && a !== '';
  });
  const finished = revealed >= stepCount;

  function revealNext() {
    const next = Math.min(stepCount, revealed + 1);
    setRevealed(next);
    setGraded(null);
    requestAnimationFrame(() => {
      const steps = root.current?.querySelectorAll<HTMLElement>('.vignette-step');
      const el = steps?.[next - 1];
      const heading = el?.querySelector<HTMLElement>('h2, h3, h4');
      (heading ?? el)?.setAttribute('tabindex', '-1');
      (heading ?? el)?.focus();
    });
  }

  function setAnswer(q: Question, value: Answer) {
    setAnswers((a) => ({ ...a, [q.id]: value }));
    if (typeof value === 'string' && controlFor(q).kind === 'number') {
      const n = value.trim() === '' ? null : normalizeAnswer(q, value);
      setErrors((e) => {
        const next = { ...e };
        if (n && !n.ok) next[q.id] = n.message;
        else delete next[q.id];
        return next;
      });
    }
  }

  function check() {
    const shown = visible.map(({ q }) => q);
    const given: Record<string, unknown> = {};
    for (const q of shown) given[q.id] = answers[q.id];
    const result = gradeAnswers(caseInput, shown, given);
    setGraded(result);
    if (finished) recordVignetteAttempt(id, result.maxScore > 0 ? result.score / result.maxScore : 0, RULESET_VERSION);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  function retry() {
    setAnswers({});
    setErrors({});
    setGraded(null);
    setSolution(false);
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('input')?.focus());
  }

  function showSolution() {
    setSolution(true);
    requestAnimationFrame(() => solutionRef.current?.focus());
  }

  const resultFor = (qid: string) => graded?.results.find((r) => r.questionId === qid);

  return (
    <div class="exercise island" ref={root} data-ready={ready ? '' : undefined} data-exercise={id}>
      <p class="island__label">Case exercise</p>
      <H class="exercise__title">{title}</H>
      <div class="exercise__narrative">{props.children}</div>
      {!finished && (
        <div class="actions">
          <button type="button" onClick={revealNext}>
            Continue the case ({revealed} of {stepCount})
          </button>
        </div>
      )}
      {visible.length > 0 && (
        <form
          class="exercise__questions"
          aria-label={`Questions: ${title}`}
          onSubmit={(e) => {
            e.preventDefault();
            check();
          }}
        >
          {visible.map(({ q }, n) => (
            <QuestionField
              key={q.id}
              q={q}
              n={n + 1}
              prompt={questionPrompt(q, caseInput)}
              control={controlFor(q)}
              value={answers[q.id]}
              error={errors[q.id]}
              result={resultFor(q.id)}
              exerciseId={id}
              onChange={(v) => setAnswer(q, v)}
              Heading={Hq}
            />
          ))}
          <div class="actions">
            <button type="submit" disabled={!allVisibleAnswered}>
              Check answers
            </button>
            {graded && (
              <button type="button" class="secondary" onClick={retry}>
                Try again
              </button>
            )}
            {graded && finished && !solution && (
              <button type="button" class="secondary" onClick={showSolution}>
                Show worked solution
              </button>
            )}
          </div>
          {!allVisibleAnswered && <p class="field-hint">Answer every question shown to check your answers.</p>}
        </form>
      )}
      <div aria-live="polite" role="status" tabIndex={-1} ref={summaryRef} class="exercise__summary">
        {graded && (
          <p class={`feedback ${graded.score === graded.maxScore ? 'feedback--ok' : graded.score === 0 ? 'feedback--bad' : 'feedback--partial'}`}>
            <span class="feedback__verdict">
              Score: {formatScore(graded.score)} of {graded.maxScore}
            </span>
            {finished ? ' — saved to your progress.' : ' — continue the case for the remaining questions.'}
          </p>
        )}
      </div>
      {solution && <WorkedSolution caseInput={caseInput} questions={questions} solutionRef={solutionRef} Heading={Hq} />}
    </div>
  );
}

function formatScore(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

interface FieldProps {
  q: Question;
  n: number;
  prompt: string;
  control: Control;
  value: Answer | undefined;
  error: string | undefined;
  result: GradeResult['results'][number] | undefined;
  exerciseId: string;
  onChange: (v: Answer) => void;
  Heading: 'h3' | 'h4';
}

function QuestionField({ q, n, prompt, control, value, error, result, exerciseId, onChange }: FieldProps) {
  const base = `${exerciseId}-${q.id}`;
  const errId = `${base}-err`;
  const fbId = `${base}-fb`;
  const described = [error ? errId : '', result ? fbId : ''].filter(Boolean).join(' ') || undefined;
  const options = control.kind === 'number' ? [] : answerOptions(q);
  return (
    <div class="question" data-question={q.id}>
      {control.kind === 'number' ? (
        <div class="field">
          <label for={base}>
            {n}. {prompt}
          </label>
          <input
            id={base}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={typeof value === 'string' ? value : ''}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={described}
            onInput={(e) => onChange(e.currentTarget.value)}
          />
          {control.hint && <span class="field-hint">{control.hint}</span>}
          {error && (
            <span class="error-msg" id={errId}>
              {error}
            </span>
          )}
        </div>
      ) : (
        <fieldset aria-describedby={described}>
          <legend>
            {n}. {prompt}
          </legend>
          {control.kind === 'multi' && <p class="field-hint">Select all that apply (or none).</p>}
          {options.map((o) => {
            const oid = `${base}-${String(o.value)}`;
            const v = String(o.value);
            const checked =
              control.kind === 'multi' ? Array.isArray(value) && value.includes(v) : value === v;
            return (
              <div class="choice" key={oid}>
                <input
                  id={oid}
                  type={control.kind === 'multi' ? 'checkbox' : 'radio'}
                  name={base}
                  value={v}
                  checked={checked}
                  onChange={(e) => {
                    if (control.kind === 'multi') {
                      const cur = Array.isArray(value) ? value : [];
                      onChange(e.currentTarget.checked ? [...cur, v] : cur.filter((x) => x !== v));
                    } else onChange(v);
                  }}
                />
                <label for={oid}>{o.label}</label>
              </div>
            );
          })}
          {control.kind === 'multi' && !Array.isArray(value) && (
            <div class="actions">
              <button type="button" class="secondary" onClick={() => onChange([])}>
                None of these
              </button>
            </div>
          )}
        </fieldset>
      )}
      {result && (
        <div
          id={fbId}
          class={`feedback ${result.credit >= 1 ? 'feedback--ok' : result.credit > 0 ? 'feedback--partial' : 'feedback--bad'}`}
        >
          <p class="feedback__verdict">
            {result.credit >= 1 ? 'Correct.' : result.credit > 0 ? `Partly right (${Math.round(result.credit * 100)} %).` : 'Not right.'}
          </p>
          <p>{result.feedback}</p>
          {result.sources.length > 0 && (
            <p class="meta">
              Sources:{' '}
              {result.sources.map((k, i) => (
                <>
                  {i > 0 && ', '}
                  {sourceLink(k)}
                </>
              ))}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function WorkedSolution({
  caseInput,
  questions,
  solutionRef,
  Heading,
}: {
  caseInput: unknown;
  questions: Question[];
  solutionRef: { current: HTMLDivElement | null };
  Heading: 'h3' | 'h4';
}) {
  const assessment = useMemo(() => assessCase(caseInput), [caseInput]);
  const key = useMemo(() => {
    const all: Record<string, unknown> = {};
    return gradeAnswers(caseInput, questions, all).results;
  }, [caseInput, questions]);
  return (
    <div class="exercise__solution" tabIndex={-1} ref={solutionRef}>
      <Heading>Worked solution</Heading>
      <ol>
        {key.map((r) => (
          <li key={r.questionId}>
            <strong>{r.expectedLabel ?? String(r.expected)}</strong> — {r.explanation ?? r.feedback}
          </li>
        ))}
      </ol>
      <details>
        <summary>Every rule the engine applied ({assessment.findings.length})</summary>
        <ul class="exercise__findings">
          {assessment.findings.map((f, i) => (
            <li key={`${f.code}-${i}`}>
              {f.text}{' '}
              <span class="meta">
                ({f.sources.map((k, j) => (
                  <>
                    {j > 0 && ', '}
                    {sourceLink(k)}
                  </>
                ))}
                )
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

// A chapter's graded self-check: single-answer questions written by the chapter's author,
// each with an explanation and its sources. The score is saved in the learner's progress.
import { useEffect, useRef, useState } from 'preact/hooks';
import { recordSelfCheck } from '../stores/progress.ts';
import { ensureLmsSync } from '../lms/lms-sync.ts';
import { SourceLinks } from './source-links.tsx';

export interface SelfCheckItem {
  prompt: string;
  options: string[];
  answer: number;
  explain: string;
  sources?: string[];
}

export default function SelfCheck({ id, items }: { id: string; items: SelfCheckItem[] }) {
  const [picked, setPicked] = useState<(number | null)[]>(() => items.map(() => null));
  useEffect(() => {
    ensureLmsSync();
  }, []);
  const [checked, setChecked] = useState(false);
  const summary = useRef<HTMLParagraphElement>(null);
  const score = items.reduce((s, item, i) => s + (picked[i] === item.answer ? 1 : 0), 0);
  const complete = picked.every((p) => p !== null);

  return (
    <section class="island selfcheck" aria-labelledby={`selfcheck-${id}-h`}>
      <p class="island__label">Self-check</p>
      <h2 id={`selfcheck-${id}-h`}>Check your understanding</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!complete) return;
          setChecked(true);
          recordSelfCheck(id, score / items.length);
          requestAnimationFrame(() => summary.current?.focus());
        }}
      >
        {items.map((item, i) => {
          const name = `selfcheck-${id}-${i}`;
          const right = picked[i] === item.answer;
          return (
            <fieldset key={name} aria-describedby={checked ? `${name}-fb` : undefined}>
              <legend>
                {i + 1}. {item.prompt}
              </legend>
              {item.options.map((o, j) => (
                <div class="choice" key={`${name}-${j}`}>
                  <input
                    type="radio"
                    id={`${name}-${j}`}
                    name={name}
                    checked={picked[i] === j}
                    onChange={() => {
                      setPicked((p) => p.map((x, k) => (k === i ? j : x)));
                      setChecked(false);
                    }}
                  />
                  <label for={`${name}-${j}`}>{o}</label>
                </div>
              ))}
              {checked && (
                <div id={`${name}-fb`} class={`feedback ${right ? 'feedback--ok' : 'feedback--bad'}`}>
                  <p class="feedback__verdict">
                    {right ? 'Correct.' : `Not right — the answer is “${item.options[item.answer] ?? ''}”.`}
                  </p>
                  <p>
                    {item.explain}
                    <SourceLinks keys={item.sources ?? []} />
                  </p>
                </div>
              )}
            </fieldset>
          );
        })}
        <div class="actions">
          <button type="submit" disabled={!complete}>
            Check answers
          </button>
          {checked && (
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setPicked(items.map(() => null));
                setChecked(false);
              }}
            >
              Try again
            </button>
          )}
        </div>
        {!complete && <p class="field-hint">Answer every question to check your answers.</p>}
        <p aria-live="polite" role="status" tabIndex={-1} ref={summary}>
          {checked && `You scored ${score} of ${items.length}. Saved to your progress.`}
        </p>
      </form>
    </section>
  );
}

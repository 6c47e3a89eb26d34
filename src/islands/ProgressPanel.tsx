// The learner's progress page: per chapter and per case what is done, scores, what to try
// next; export to a JSON file, import one (validated; a bad file changes nothing), reset.
import { useEffect, useRef, useState } from 'preact/hooks';
import { exportProgress, importProgress, resetProgress } from '../stores/progress-file.ts';
import { useSavedProgress } from './use-saved-progress.ts';
import ProgressNotice from './ProgressNotice.tsx';
import { ensureLmsSync } from '../lms/lms-sync.ts';

export interface ChapterPlan {
  slug: string;
  title: string;
  href: string;
  cases: { id: string; title: string }[];
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

export default function ProgressPanel({ chapters }: { chapters: ChapterPlan[] }) {
  const progress = useSavedProgress();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const allCases = chapters.flatMap((c) => c.cases);
  useEffect(() => {
    ensureLmsSync(allCases.map((c) => c.id));
  }, []);
  const next = allCases.find((c) => !progress.vignettes[c.id]?.completed);

  function download() {
    const blob = new Blob([exportProgress()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `trd-progress-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
    setMessage({ ok: true, text: 'Progress exported. Keep the file to import it on another device.' });
  }

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = file.size > 2_000_000 ? '' : await file.text();
    const result = text
      ? importProgress(text)
      : { ok: false, message: 'That file is too large to be a progress export. Nothing was changed.' };
    setMessage({ ok: result.ok, text: result.message });
    input.value = '';
  }

  return (
    <div class="progress-panel">
      <ProgressNotice />
      <p>
        {next ? (
          <>
            Try next: <a href={`/cases/${next.id}/`}>{next.title}</a>
          </>
        ) : (
          'You have completed every case. Revisit any to improve your best score.'
        )}
      </p>
      {chapters.map((ch) => {
        const done = ch.cases.filter((c) => progress.vignettes[c.id]?.completed).length;
        const sc = progress.selfChecks[ch.slug];
        return (
          <section key={ch.slug} aria-labelledby={`p-${ch.slug}`}>
            <h2 id={`p-${ch.slug}`}>
              <a href={ch.href}>{ch.title}</a>
            </h2>
            <p>
              Cases completed: <strong>{done}</strong> of {ch.cases.length}. Self-check:{' '}
              {sc ? (
                <strong>
                  best {pct(sc.bestScore)} ({sc.attempts} attempt{sc.attempts === 1 ? '' : 's'})
                </strong>
              ) : (
                'not yet taken'
              )}
              .
            </p>
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">Cases in {ch.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Case</th>
                    <th scope="col">Status</th>
                    <th scope="col">Best</th>
                    <th scope="col">Attempts</th>
                  </tr>
                </thead>
                <tbody>
                  {ch.cases.map((c) => {
                    const r = progress.vignettes[c.id];
                    return (
                      <tr key={c.id}>
                        <td>
                          <a href={`/cases/${c.id}/`}>{c.title}</a>
                        </td>
                        <td>{r?.completed ? 'Done' : 'Not started'}</td>
                        <td>{r ? pct(r.bestScore) : '—'}</td>
                        <td>{r?.attempts ?? 0}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <section aria-labelledby="p-transfer">
        <h2 id="p-transfer">Move or reset your progress</h2>
        <p>
          Progress is stored only in this browser. To continue on another device, export it here and import
          the file there.
        </p>
        <div class="actions">
          <button type="button" onClick={download}>
            Export progress (JSON)
          </button>
          <button type="button" class="secondary" onClick={() => fileInput.current?.click()}>
            Import progress…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            tabIndex={-1}
            aria-label="Progress file to import"
            onChange={(e) => void onFile(e)}
          />
          {!confirming ? (
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setConfirming(true);
              }}
            >
              Reset progress…
            </button>
          ) : (
            <span role="group" aria-label="Confirm reset" class="actions">
              <span>Delete all saved progress?</span>
              <button
                type="button"
                onClick={() => {
                  resetProgress();
                  setConfirming(false);
                  setMessage({ ok: true, text: 'Your progress has been reset.' });
                }}
              >
                Yes, reset
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setConfirming(false);
                }}
              >
                Cancel
              </button>
            </span>
          )}
        </div>
        <p
          aria-live="polite"
          role="status"
          class={message ? `feedback ${message.ok ? 'feedback--ok' : 'feedback--bad'}` : undefined}
        >
          {message?.text}
        </p>
      </section>
    </div>
  );
}

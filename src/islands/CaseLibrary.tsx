// The case library: every vignette, filterable by chapter, topic, difficulty and staging
// model, with the learner's completion state from $progress.
import { useState } from 'preact/hooks';
import { useSavedProgress } from './use-saved-progress.ts';
import ProgressNotice from './ProgressNotice.tsx';

export interface CaseSummary {
  id: string;
  title: string;
  chapter: string;
  chapterTitle: string;
  topics: string[];
  difficulty: string;
  minutes: number;
  objective: string;
  models: string[];
}

const MODEL_LABELS: Record<string, string> = {
  thaseRush: 'Thase–Rush',
  european: 'European (Souery)',
  mgh: 'MGH',
  maudsley: 'Maudsley',
};

export default function CaseLibrary({
  cases,
  chapters,
}: {
  cases: CaseSummary[];
  chapters: { id: string; title: string }[];
}) {
  const progress = useSavedProgress();
  const [chapter, setChapter] = useState('');
  const [topic, setTopic] = useState('');
  const [difficulty, setDifficulty] = useState('');
  const [model, setModel] = useState('');
  const [status, setStatus] = useState('');
  const topics = [...new Set(cases.flatMap((c) => c.topics))].sort();
  const difficulties = ['introductory', 'intermediate', 'advanced'].filter((d) =>
    cases.some((c) => c.difficulty === d),
  );
  const shown = cases.filter(
    (c) =>
      (!chapter || c.chapter === chapter) &&
      (!topic || c.topics.includes(topic)) &&
      (!difficulty || c.difficulty === difficulty) &&
      (!model || c.models.includes(model)),
  );
  const done = cases.filter((c) => progress.vignettes[c.id]?.completed).length;

  const select = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    options: [string, string][],
  ) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          set(e.currentTarget.value);
          setStatus('');
        }}
      >
        <option value="">All</option>
        {options.map(([v, l]) => (
          <option value={v} key={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div class="case-library">
      <ProgressNotice />
      <p>
        You have completed <strong>{done}</strong> of {cases.length} cases.
      </p>
      <form
        class="fields"
        aria-label="Filter cases"
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        {select(
          'f-chapter',
          'Chapter',
          chapter,
          setChapter,
          chapters.map((c) => [c.id, c.title]),
        )}
        {select(
          'f-topic',
          'Topic',
          topic,
          setTopic,
          topics.map((t) => [t, t.replace(/-/g, ' ')]),
        )}
        {select(
          'f-difficulty',
          'Difficulty',
          difficulty,
          setDifficulty,
          difficulties.map((d) => [d, d]),
        )}
        {select('f-model', 'Staging model', model, setModel, Object.entries(MODEL_LABELS))}
      </form>
      <p aria-live="polite" class="meta">
        Showing {shown.length} of {cases.length} cases.{status}
      </p>
      <ul class="cards">
        {shown.map((c) => {
          const rec = progress.vignettes[c.id];
          return (
            <li class="card" key={c.id}>
              <h2 class="case-card__title">
                <a href={`/cases/${c.id}/`}>{c.title}</a>
              </h2>
              <p>{c.objective}</p>
              <p class="meta">
                {c.chapterTitle} · {c.difficulty} · about {c.minutes} min
              </p>
              <p>
                {rec?.completed ? (
                  <span class="badge badge--done">Done · best {Math.round(rec.bestScore * 100)} %</span>
                ) : (
                  <span class="badge">Not started</span>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && (
        <p>
          No case matches these filters.{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setChapter('');
              setTopic('');
              setDifficulty('');
              setModel('');
            }}
          >
            Clear filters
          </button>
        </p>
      )}
    </div>
  );
}

// Full-text search over the built site with Pagefind. The Pagefind script and index are
// fetched only when the learner searches (never on other pages).
import { useEffect, useRef, useState } from 'preact/hooks';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // The URL is built at run time so neither Vite nor TypeScript tries to resolve it.
  const url = ['', 'pagefind', 'pagefind.js'].join('/');
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

/** Pagefind marks matches with <mark>; everything else in the excerpt is text we escape. */
export function safeExcerpt(excerpt: string): string {
  const esc = excerpt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return esc.replace(/&lt;mark&gt;/g, '<mark>').replace(/&lt;\/mark&gt;/g, '</mark>');
}

export default function SearchBox() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PagefindResult[] | null>(null);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);

  async function run(q: string) {
    const trimmed = q.trim();
    if (!trimmed) {
      setResults(null);
      setStatus('Type a word or phrase to search the chapters and cases.');
      return;
    }
    setStatus('Searching…');
    try {
      const pf = await loadPagefind();
      const found = await pf.search(trimmed);
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      setResults(data);
      setStatus(
        `${data.length === 0 ? 'No' : data.length} result${data.length === 1 ? '' : 's'} for “${trimmed}”.`,
      );
    } catch {
      setResults(null);
      setStatus(
        'The search index is not available here. It is built by “npm run build”; the development server has none.',
      );
    }
  }

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    setQuery(q);
    if (q) void run(q);
    else input.current?.focus();
  }, []);

  return (
    <div>
      <form
        role="search"
        class="search-page-form"
        onSubmit={(e) => {
          e.preventDefault();
          const url = new URL(window.location.href);
          url.searchParams.set('q', query);
          window.history.replaceState(null, '', url);
          void run(query);
        }}
      >
        <div class="field">
          <label for="search-q">Search the module</label>
          <input
            id="search-q"
            ref={input}
            type="search"
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
            }}
          />
        </div>
        <div class="actions">
          <button type="submit">Search</button>
        </div>
      </form>
      <p role="status" aria-live="polite">
        {status}
      </p>
      {results && results.length > 0 && (
        <ol class="search-results">
          {results.map((r) => (
            <li key={r.url}>
              <a href={r.url}>{r.meta.title ?? r.url}</a>
              <p dangerouslySetInnerHTML={{ __html: safeExcerpt(r.excerpt) }} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

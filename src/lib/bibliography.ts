// The module's single bibliography (content/references.json), read at build time and in tests.
// Every citation in chapters, vignettes and engine findings resolves to one of these entries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Reference {
  key: string;
  type: string;
  authors?: string[];
  etal?: boolean;
  title: string;
  container?: string;
  year?: number;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
  url?: string;
  confidence?: string;
  note?: string;
}

let cache: Map<string, Reference> | undefined;

export function loadBibliography(root: string = process.cwd()): Map<string, Reference> {
  if (cache) return cache;
  const raw = JSON.parse(readFileSync(join(root, 'content', 'references.json'), 'utf8')) as unknown;
  if (!Array.isArray(raw)) throw new Error('content/references.json must be a JSON array of references');
  const map = new Map<string, Reference>();
  raw.forEach((entry: unknown, i) => {
    const r = entry as Partial<Reference>;
    if (!r || typeof r.key !== 'string' || typeof r.title !== 'string') {
      throw new Error(`content/references.json[${i}]: each reference needs a string "key" and "title"`);
    }
    if (map.has(r.key)) throw new Error(`content/references.json: duplicate key "${r.key}"`);
    map.set(r.key, r as Reference);
  });
  cache = map;
  return map;
}

/** Levenshtein distance, used to suggest the closest key for a typo. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] ?? 0;
      prev[j] = Math.min((prev[j] ?? 0) + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] ?? 0;
}

export function closestMatches(word: string, candidates: Iterable<string>, max = 3): string[] {
  return [...candidates]
    .map((c) => ({ c, d: editDistance(word.toLowerCase(), c.toLowerCase()) }))
    .filter(({ c, d }) => d <= Math.max(2, Math.floor(c.length / 3)))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, max)
    .map(({ c }) => c);
}

/** "Rush AJ, Trivedi MH, Wisniewski SR, et al." — Vancouver style, first three authors. */
export function formatAuthors(r: Reference): string {
  const a = r.authors ?? [];
  if (a.length === 0) return '';
  const shown = a.slice(0, 3).join(', ');
  return a.length > 3 || r.etal ? `${shown}, et al.` : shown;
}

/** A short label such as "Rush 2006" for accessible names and tooltips. */
export function shortLabel(r: Reference): string {
  const first = r.authors?.[0]?.split(' ')[0] ?? r.container ?? r.title;
  return r.year ? `${first} ${r.year}` : first;
}

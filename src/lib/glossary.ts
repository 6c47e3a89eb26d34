// The glossary (content/glossary.json), read at build time by <Term> and the glossary page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
  sources?: string[];
  see?: string[];
}

let cache: Map<string, GlossaryEntry> | undefined;

export function loadGlossary(root: string = process.cwd()): Map<string, GlossaryEntry> {
  if (cache) return cache;
  const raw = JSON.parse(readFileSync(join(root, 'content', 'glossary.json'), 'utf8')) as unknown;
  if (!Array.isArray(raw)) throw new Error('content/glossary.json must be a JSON array');
  const map = new Map<string, GlossaryEntry>();
  raw.forEach((e: unknown, i) => {
    const g = e as Partial<GlossaryEntry>;
    if (!g || typeof g.id !== 'string' || typeof g.term !== 'string' || typeof g.definition !== 'string') {
      throw new Error(`content/glossary.json[${i}]: each entry needs string "id", "term" and "definition"`);
    }
    if (map.has(g.id)) throw new Error(`content/glossary.json: duplicate id "${g.id}"`);
    map.set(g.id, g as GlossaryEntry);
  });
  cache = map;
  return map;
}

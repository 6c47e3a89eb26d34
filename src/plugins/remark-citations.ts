// remark plugin: turns pandoc-style citations `[@key]` or `[@a; @b]` into numbered superscript
// links to the chapter's reference list, numbering per file in order of first citation.
// An unknown key fails the build with the file, the key and the closest known keys.
// It also records, in the page's frontmatter, the ordered keys (`citations`) and whether the
// file contains math (`hasMath`), so the layout prints the list and links KaTeX's CSS only then.
import type { Root, Text, PhrasingContent, Parent } from 'mdast';
import type { VFile } from 'vfile';
import { closestMatches, loadBibliography, shortLabel } from '../lib/bibliography.ts';

const CITE = /\[(@[a-z][a-z0-9-]*(?:\s*;\s*@[a-z][a-z0-9-]*)*)\]/g;
const SKIP = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'link', 'linkReference']);

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function citationNodes(
  keys: string[],
  order: string[],
  file: VFile | undefined,
  mode: 'numbered' | 'author-year' = 'numbered',
): PhrasingContent {
  const bib = loadBibliography();
  const links: PhrasingContent[] = [];
  keys.forEach((key, i) => {
    const ref = bib.get(key);
    if (!ref) {
      const near = closestMatches(key, bib.keys());
      const hint = near.length ? ` Did you mean ${near.map((k) => `"${k}"`).join(', ')}?` : '';
      const msg = `Unknown citation key "${key}": it is not in content/references.json.${hint}`;
      if (file) file.fail(msg);
      throw new Error(msg);
    }
    if (!order.includes(key)) order.push(key);
    if (mode === 'author-year') {
      links.push({ type: 'text', value: i === 0 ? '(' : '; ' });
      links.push({
        type: 'link',
        url: `/references/#ref-${key}`,
        children: [{ type: 'text', value: shortLabel(ref) }],
      });
      if (i === keys.length - 1) links.push({ type: 'text', value: ')' });
      return;
    }
    const n = order.indexOf(key) + 1;
    if (i > 0) links.push({ type: 'text', value: ',' });
    links.push({
      type: 'link',
      url: `#ref-${key}`,
      children: [{ type: 'text', value: String(n) }],
      data: { hProperties: { 'aria-label': `Reference ${n}: ${shortLabel(ref)}` } },
    });
  });
  if (mode === 'author-year') {
    return {
      type: 'emphasis',
      children: links,
      data: { hName: 'span', hProperties: { className: ['cite-ay'] } },
    };
  }
  return {
    type: 'emphasis',
    children: links,
    data: { hName: 'sup', hProperties: { className: ['cite'] } },
  };
}

function hasMath(node: Parent): boolean {
  return node.children.some(
    (c) => c.type === 'math' || c.type === 'inlineMath' || ('children' in c && hasMath(c)),
  );
}

export default function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const order: string[] = [];
    // Vignettes are embedded inside chapters, so their citations name the work (author, year)
    // and link to the module's source list instead of numbering into the chapter's list.
    const mode = /[\\/]content[\\/]vignettes[\\/]/.test(file.path) ? 'author-year' : 'numbered';
    const walk = (node: Parent) => {
      for (let i = 0; i < node.children.length; i++) {
        const child = node.children[i];
        if (!child || SKIP.has(child.type)) continue;
        if (child.type === 'text') {
          const parts = splitText(child, order, file, mode);
          if (parts) {
            node.children.splice(i, 1, ...(parts as typeof node.children));
            i += parts.length - 1;
          }
        } else if ('children' in child) {
          walk(child);
        }
      }
    };
    walk(tree);
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['citations'] = order;
    data.astro.frontmatter['hasMath'] = hasMath(tree);
  };
}

function splitText(
  node: Text,
  order: string[],
  file: VFile,
  mode: 'numbered' | 'author-year',
): PhrasingContent[] | null {
  const value = node.value;
  CITE.lastIndex = 0;
  if (!CITE.test(value)) return null;
  CITE.lastIndex = 0;
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of value.matchAll(CITE)) {
    const start = m.index;
    if (start > last) out.push({ type: 'text', value: value.slice(last, start) });
    const keys = (m[1] ?? '').split(';').map((k) => k.trim().replace(/^@/, ''));
    out.push(citationNodes(keys, order, file, mode));
    last = start + m[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

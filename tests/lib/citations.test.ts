import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkCitations from '../../src/plugins/remark-citations.ts';
import { loadBibliography } from '../../src/lib/bibliography.ts';

async function render(md: string, path = '/x/content/chapters/01-test.mdx') {
  const file = new VFile({ value: md, path });
  const out = await unified()
    .use(remarkParse)
    .use(remarkCitations)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return {
    html: String(out),
    fm: (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {},
  };
}

const [k1, k2] = [...loadBibliography().keys()];

describe('citations plugin', () => {
  it('numbers citations per file in order of first use and records the order', async () => {
    const { html, fm } = await render(`First [@${k2}]. Then [@${k1}; @${k2}]. Again [@${k1}].`);
    expect(fm['citations']).toEqual([k2, k1]);
    expect(html).toContain(`<a href="#ref-${k2}"`);
    expect((html.match(/<sup class="cite">/g) ?? []).length).toBe(3);
    expect(html).toMatch(new RegExp(`#ref-${k1}"[^>]*>2</a>,<a href="#ref-${k2}"[^>]*>1</a>`));
  });

  it('fails on an unknown key and suggests the closest', async () => {
    await expect(render(`See [@${k1}x].`)).rejects.toThrow(
      new RegExp(`Unknown citation key "${k1}x".*Did you mean "${k1}"`),
    );
  });

  it('leaves code alone and records whether the file has math', async () => {
    const { html, fm } = await render('`[@nothing]` is code.');
    expect(html).toContain('[@nothing]');
    expect(fm['hasMath']).toBe(false);
  });

  it('cites by author and year, linking to the source list, inside vignettes', async () => {
    const { html } = await render(`A case [@${k1}].`, '/x/content/vignettes/a-case.mdx');
    expect(html).toContain(`href="/references/#ref-${k1}"`);
    expect(html).not.toContain('<sup');
  });
});

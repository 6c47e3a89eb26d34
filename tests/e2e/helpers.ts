import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

/** Every page of the built site, as URL paths ("/", "/chapters/principles/", …). */
export function builtPages(dist = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro' && name !== 'katex') walk(p);
      } else if (name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** Collects console errors and any request that leaves the page's origin. */
export function watchPage(page: Page, origin: string) {
  const errors: string[] = [];
  const offsite: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) offsite.push(u);
  });
  return { errors, offsite };
}

export async function waitForIslands(page: Page) {
  // client:visible islands hydrate when scrolled into view: scroll through the whole page.
  const islands = page.locator('astro-island[ssr]');
  for (let i = 0; i < 60 && (await islands.count()) > 0; i++) {
    await page.evaluate(() => {
      const pending = document.querySelector('astro-island[ssr]');
      // astro-island is display: contents; the visible directive watches its children.
      (pending?.firstElementChild ?? pending)?.scrollIntoView({ block: 'center' });
    });
    await page.waitForTimeout(100);
  }
  await expect(islands).toHaveCount(0);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
}

export async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

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
      (pending?.firstElementChild ?? pending)?.scrollIntoView({ block: 'center', behavior: 'instant' });
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

// ——— Keyboard helpers (exercise, chapter-islands and progress specs) ———

type Locator = ReturnType<Page['locator']>;

export interface FocusState {
  describe: string;
  /** A non-'none' outline of some width, or a box-shadow: the focus can be seen. */
  visible: boolean;
}

/** The element that has focus (null when it is the body) and whether its focus indicator shows. */
export async function focusState(page: Page): Promise<FocusState | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow !== '' && cs.boxShadow !== 'none';
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
    return {
      describe: `${el.tagName.toLowerCase()}${type}${el.id ? `#${el.id}` : ''} “${name.slice(0, 60)}”`,
      visible: outline || shadow,
    };
  });
}

/** True when `target` is, or contains, the focused element. */
export async function hasFocusWithin(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el.contains(document.activeElement));
}

/**
 * Presses Tab (or Shift+Tab) until `target` — a control, or a group such as a fieldset — has
 * focus, asserting at every stop that focus landed on an element with a visible focus indicator.
 * Returns the number of key presses.
 */
export async function tabTo(page: Page, target: Locator, opts: { back?: boolean; max?: number } = {}) {
  const key = opts.back ? 'Shift+Tab' : 'Tab';
  const max = opts.max ?? 80;
  await target.first().waitFor({ state: 'attached' });
  const trail: string[] = [];
  for (let presses = 0; presses <= max; presses++) {
    if (await hasFocusWithin(target)) return presses;
    await page.keyboard.press(key);
    const f = await focusState(page);
    trail.push(f?.describe ?? '(body)');
    expect(f, `${key} left focus on the page body; stops: ${trail.join(' → ')}`).not.toBeNull();
    expect(f?.visible, `no visible focus indicator on ${f?.describe ?? ''}`).toBe(true);
  }
  throw new Error(`${key} did not reach the target within ${max} presses`);
}

/**
 * With focus inside a radio group, selects the radio named `label` with the keyboard only:
 * Space when it already has focus, otherwise the arrow key (which moves focus and selects).
 */
export async function pickRadio(page: Page, group: Locator, label: string | RegExp) {
  const target = group.getByRole('radio', { name: label, exact: true });
  expect(await hasFocusWithin(group), 'focus is in the radio group').toBe(true);
  for (let i = 0; i < 16 && !(await target.isChecked()); i++) {
    const onTarget = await target.evaluate((el) => el === document.activeElement);
    await page.keyboard.press(onTarget ? 'Space' : 'ArrowDown');
  }
  await expect(target).toBeChecked();
  await expect(target).toBeFocused();
}

/**
 * Replaces the text of the focused (single-line) field by typing: select it all with End,
 * Shift+Home, then type. With `field`, checks that the field then holds exactly `text`.
 */
export async function retype(page: Page, text: string, field?: Locator) {
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
  if (field) await expect(field).toHaveValue(text);
}

/**
 * The inline message tied to a field: aria-invalid="true" and an element named in its
 * aria-describedby that is an `.error-msg` or role="alert" with text. Returns that text.
 */
export async function expectInlineError(field: Locator, timeout?: number): Promise<string> {
  await expect(field).toHaveAttribute('aria-invalid', 'true', timeout === undefined ? {} : { timeout });
  const text = await field.evaluate((el) => {
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids
      .map((id) => document.getElementById(id))
      .filter((e): e is HTMLElement => e !== null)
      .filter((e) => e.matches('.error-msg, [role="alert"]') && e.offsetParent !== null)
      .map((e) => (e.textContent ?? '').trim())
      .join(' ');
  });
  expect(text, 'an inline error message tied with aria-describedby').not.toBe('');
  return text;
}

/** No inline error on the field any more. */
export async function expectNoInlineError(field: Locator) {
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
}

/** Scrolls an island's first element into view and waits until it has hydrated. */
export async function hydrate(page: Page, inside: Locator) {
  await inside.first().scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]').filter({ has: inside })).toHaveCount(0);
}

/** axe in the light and the dark theme, then back to light. */
export async function expectNoAxeViolationsBothThemes(page: Page, label: string) {
  await page.evaluate(() => {
    document.documentElement.dataset['theme'] = 'light';
  });
  await expectNoAxeViolations(page, `${label} (light)`);
  await page.evaluate(() => {
    document.documentElement.dataset['theme'] = 'dark';
  });
  await expectNoAxeViolations(page, `${label} (dark)`);
  await page.evaluate(() => {
    document.documentElement.dataset['theme'] = 'light';
  });
}

/**
 * waitForIslands, but scrolling instantly: the site scrolls smoothly (unless the learner asks for
 * reduced motion), and a smooth scroll can outlast the wait, leaving a client:visible island
 * unhydrated on a long page.
 */
export async function hydrateIslands(page: Page) {
  const pending = page.locator('astro-island[ssr]');
  for (let i = 0; i < 200 && (await pending.count()) > 0; i++) {
    await page.evaluate(() => {
      const island = document.querySelector('astro-island[ssr]');
      (island?.firstElementChild ?? island)?.scrollIntoView({ block: 'center', behavior: 'instant' });
    });
    await page.waitForTimeout(50);
  }
  await expect(pending).toHaveCount(0);
  await page.evaluate(() => {
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
  });
}

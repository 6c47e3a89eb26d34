// Every page at 320 CSS px and at 640 CSS px wide (what a 1280 px window shows at 200 % zoom;
// page zoom is not emulated, the CSS viewport is): the document never scrolls sideways, and every
// interactive target that is not a link inside running text is at least 24 × 24 CSS px. The
// islands are hydrated first, and some are also checked in their expanded states. With
// prefers-reduced-motion the page does not scroll smoothly.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { builtPages, hydrateIslands, watchPage } from './helpers.ts';

const PHONE = { width: 320, height: 640 };
const ZOOM_200 = { width: 640, height: 360 };

let context: BrowserContext;
let page: Page;
let watch: ReturnType<typeof watchPage>;

test.beforeAll(async ({ browser }, info) => {
  const baseURL = info.project.use.baseURL ?? '';
  context = await browser.newContext({ baseURL, viewport: PHONE });
  page = await context.newPage();
  watch = watchPage(page, baseURL);
});
test.afterAll(async () => {
  await context.close();
});

/** How far the document scrolls sideways (0 when it fits). */
async function horizontalOverflow(p: Page): Promise<{ overflow: number; widest: string }> {
  return p.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    // Name the element that sticks out furthest, to make a failure easy to fix.
    let widest = '';
    let right = root.clientWidth + 1;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > right && r.width > 0) {
        right = r.right;
        widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} (right edge ${Math.round(r.right)} px)`;
      }
    }
    return { overflow, widest };
  });
}

/**
 * Interactive targets smaller than 24 × 24 CSS px. Not counted: links inside running text (the
 * WCAG 2.5.8 inline exception: a link whose block also holds other text), elements that are not
 * rendered or are off-screen/visually hidden (1 px), and, for a radio button or checkbox, the
 * clickable area is the control together with its label (clicking the label activates it).
 */
async function smallTargets(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const MIN = 24;
    const isInline = (d: string) => d.startsWith('inline') || d === 'contents';
    const words = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
    const inRunningText = (a: Element) => {
      if (!isInline(getComputedStyle(a).display)) return false;
      let block = a.parentElement;
      while (block && isInline(getComputedStyle(block).display)) block = block.parentElement;
      if (!block) return false;
      return words(block.textContent).length > words(a.textContent).length + 2;
    };
    const big = (r: DOMRect) => r.width >= MIN - 0.01 && r.height >= MIN - 0.01;
    const out: string[] = [];
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // not rendered, or visually hidden
      if (!el.checkVisibility({ visibilityProperty: true })) continue; // e.g. inside a closed <details>
      if (r.bottom + scrollY <= 0 || r.right + scrollX <= 0) continue; // parked off the page (skip link)
      if (big(r)) continue;
      if (el instanceof HTMLAnchorElement && inRunningText(el)) continue;
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
        if ([...(el.labels ?? [])].some((l) => big(l.getBoundingClientRect()))) continue;
      }
      const name = words(el.getAttribute('aria-label') ?? el.textContent).slice(0, 50);
      out.push(
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${name}” ${r.width.toFixed(1)}×${r.height.toFixed(1)}`,
      );
    }
    return out;
  });
}

async function expectFits(label: string) {
  const { overflow, widest } = await horizontalOverflow(page);
  expect(overflow, `${label}: the document scrolls sideways; widest: ${widest}`).toBeLessThanOrEqual(1);
  expect(await smallTargets(page), `${label}: targets under 24 × 24 px`).toEqual([]);
}

for (const path of builtPages()) {
  test(`${path} fits 320 px and 640 px (200 % zoom) with 24 px targets`, async () => {
    const before = watch.errors.length;
    await page.setViewportSize(PHONE);
    await page.goto(path);
    await hydrateIslands(page);
    await expectFits(`${path} at 320 px`);
    await page.setViewportSize(ZOOM_200);
    await expectFits(`${path} at 640 px`);
    expect(watch.errors.slice(before)).toEqual([]);
  });
}

test('expanded states fit 320 px too: a finished case with its solution, chapter islands opened up', async () => {
  await page.setViewportSize(PHONE);
  await page.goto('/cases/adequacy-two-failed-trials/');
  await hydrateIslands(page);
  const exercise = page.locator('[data-exercise][data-ready]');
  await expect(exercise).toBeVisible(); // data-ready is set just after hydration
  for (let i = 0; i < 5; i++) {
    const next = exercise.getByRole('button', { name: /Continue the case/ });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(
      exercise
        .locator('.vignette-step')
        .nth(i + 1)
        .locator('h2, h3, h4')
        .first(),
    ).toBeFocused();
  }
  // Answer every question (anything), check, and open the solution and its findings.
  for (const q of await exercise.locator('.question').all()) {
    const text = q.locator('input[type="text"]');
    if ((await text.count()) > 0) await text.fill('5');
    else await q.locator('input').first().check();
  }
  await exercise.getByRole('button', { name: 'Check answers' }).click();
  await exercise.getByRole('button', { name: 'Show worked solution' }).click();
  await exercise.getByText(/Every rule the engine applied/).click();
  await expect(exercise.locator('.exercise__findings')).toBeVisible();
  await expectFits('a finished case at 320 px');
  await page.setViewportSize(ZOOM_200);
  await expectFits('a finished case at 640 px');

  await page.setViewportSize(PHONE);
  await page.goto('/chapters/applications/');
  await hydrateIslands(page);
  const esk = page.locator('.esketamine-check');
  await esk.getByRole('checkbox', { name: /aneurysmal vascular disease/i }).check();
  await esk.getByRole('button', { name: 'Add a trial' }).click();
  await esk.getByRole('textbox', { name: 'Age (years)' }).fill('abc');
  await page
    .locator('.evidence-explorer')
    .getByRole('checkbox', { name: /not yet verified/ })
    .check();
  await page.locator('.treatment-timeline').getByText('All treatments as a list').click();
  await page.getByText('Contents of this chapter').click();
  await expect(page.locator('.chapter-contents-mobile .toc a').first()).toBeVisible();
  await expectFits('chapter 3, islands expanded, at 320 px');

  await page.goto('/chapters/mechanisms/');
  await hydrateIslands(page);
  await page.locator('.hpa-feedback').getByRole('button', { name: 'Stress with GR resistance' }).click();
  await page.locator('.hpa-feedback').getByRole('button', { name: 'Run simulated DST' }).click();
  await page
    .locator('.occupancy-explorer')
    .getByRole('button', { name: 'Block efflux: double Kp,uu' })
    .click();
  await page.locator('.occupancy-explorer').getByRole('textbox', { name: 'Kp,uu' }).fill('abc');
  await page.getByText('Contents of this chapter').click();
  await expectFits('chapter 2, islands changed, at 320 px');
  await page.setViewportSize(ZOOM_200);
  await expectFits('chapter 2, islands changed, at 640 px');
});

test('prefers-reduced-motion: no smooth scrolling', async () => {
  await page.goto('/chapters/principles/');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const scrollBehavior = () => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  // The check means something: without the preference the module does scroll smoothly.
  expect(await scrollBehavior()).toBe('smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await scrollBehavior()).toBe('auto');
  await page.reload();
  expect(await scrollBehavior()).toBe('auto');
  // Transitions and animations are cut to (almost) nothing as well.
  const longest = await page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('*')].flatMap((el) => {
        const cs = getComputedStyle(el);
        return [...cs.transitionDuration.split(','), ...cs.animationDuration.split(',')].map(
          (d) => Number.parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000),
        );
      }),
    ),
  );
  expect(longest).toBeLessThanOrEqual(1);
  await page.emulateMedia({ reducedMotion: null });
});

// Content-Security-Policy: every built page carries one as a <meta>, with no 'unsafe-eval' and
// no 'unsafe-inline' for scripts, and every page (islands hydrated, Pagefind searched) runs
// with no CSP violation — caught both as `securitypolicyviolation` events and as console
// messages. The hashed inline theme script must actually run (it sets data-theme).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { builtPages, waitForIslands } from './helpers.ts';

// E2E_DIST: the folder `astro preview` serves (dist unless a private build is tested).
const dist = process.env['E2E_DIST'] ?? 'dist';
const pages = builtPages(dist);

function policyOf(html: string): string | null {
  const m = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return m ? (m[1] ?? '') : null;
}

function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

const fileOf = (path: string) => join(dist, path === '/' ? 'index.html' : `${path}index.html`);

test('every built page has a CSP meta without unsafe-eval or inline scripts', () => {
  expect(pages.length).toBeGreaterThan(5);
  for (const path of pages) {
    const policy = policyOf(readFileSync(fileOf(path), 'utf8'));
    expect(policy, `${path}: no <meta http-equiv="content-security-policy">`).not.toBeNull();
    const d = directives(policy ?? '');
    expect(d.get('default-src'), path).toEqual(["'self'"]);
    expect(d.get('object-src'), path).toEqual(["'none'"]);
    expect(d.get('base-uri'), path).toEqual(["'self'"]);
    expect(d.get('form-action'), path).toEqual(["'self'"]);
    expect(d.get('connect-src'), path).toEqual(["'self'"]);
    const script = d.get('script-src') ?? [];
    expect(script, path).toContain("'self'");
    expect(script, `${path}: 'unsafe-eval'`).not.toContain("'unsafe-eval'");
    expect(script, `${path}: 'unsafe-inline'`).not.toContain("'unsafe-inline'");
    // WebAssembly (Pagefind) only where search runs.
    expect(script.includes("'wasm-unsafe-eval'"), path).toBe(path === '/search/');
    const style = d.get('style-src') ?? [];
    expect(style, `${path}: style elements need hashes`).not.toContain("'unsafe-inline'");
  }
});

async function watchCsp(page: Page) {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/content security policy|content-security-policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return async () => {
    const events = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    return [...events, ...console];
  };
}

for (const path of pages) {
  test(`no CSP violation on ${path} with its islands hydrated`, async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(path);
    // A blocked island script keeps its island unhydrated: report the violation, not the timeout.
    const hydrated = await waitForIslands(page).then(
      () => null,
      (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
    );
    expect(await violations(), path).toEqual([]);
    if (hydrated !== null) throw hydrated;
    await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
  });
}

test('Pagefind searches under the policy (WebAssembly allowed, no eval)', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/search/?q=Maudsley');
  await waitForIslands(page);
  await expect(page.locator('.search-results a').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the theme toggle works under the policy', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/chapters/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await violations()).toEqual([]);
});

// The SCORM 1.2 package in a mock LMS: the built site is packaged (scripts/package-scorm.mjs),
// the zip is unzipped and served under a deep sub-path, and a host page plays the LMS with
// scorm-again's Scorm12API on window.API, showing the package's launch page in an iframe. The
// learner moves through the module by its own links, completes one case, and the LMS must hold
// score, status and resume data; a relaunch seeded with that data restores the progress.
import { mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { packageScorm } from '../../scripts/package-scorm.mjs';
import { decodeResume } from '../../src/lms/resume-codec.ts';
import { completeExercise, startStaticServer, type StaticServer } from '../lms/e2e-support.ts';

const BASE = '/lms/pluginfile.php/42/mod_scorm/content/7/';
let work = '';
let server: StaticServer;
let caseIds: string[] = [];

function hostPage(seed: unknown): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mock LMS</title><link rel="icon" href="data:,">
<script src="/lms/scorm12.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  const seed = ${JSON.stringify(seed)};
  if (seed) window.API.loadFromJSON(seed);
  window.lmsCalls = [];
  for (const m of ['LMSInitialize', 'LMSFinish', 'LMSCommit']) {
    const f = window.API[m].bind(window.API);
    window.API[m] = (p) => { window.lmsCalls.push(m); return f(p); };
  }
</script></head>
<body><h1>Mock LMS</h1>
<iframe id="sco" title="Course" src="${BASE}lms-launch.html" style="width:100%;height:90vh;border:0"></iframe>
</body></html>`;
}

type Cmi = { raw: string; status: string; suspend: string; calls: string[] };
const cmi = (page: Page) =>
  page.evaluate((): Cmi => {
    const w = window as unknown as {
      API: { cmi: { core: { score: { raw: string }; lesson_status: string }; suspend_data: string } };
      lmsCalls: string[];
    };
    return {
      raw: w.API.cmi.core.score.raw,
      status: w.API.cmi.core.lesson_status,
      suspend: w.API.cmi.suspend_data,
      calls: w.lmsCalls,
    };
  });

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'trd-scorm-'));
  const { zipPath, vignetteIds } = await packageScorm({
    dist: 'dist',
    outDir: join(work, 'out'),
    staging: join(work, 'staging'),
    log: () => undefined,
  });
  caseIds = vignetteIds;
  // Serve what an LMS would: the zip's content, unzipped.
  const pkg = join(work, 'unzipped');
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zipPath)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(pkg, name)), { recursive: true });
    writeFileSync(join(pkg, name), data);
  }
  server = await startStaticServer([{ prefix: BASE, dir: pkg }], {
    '/lms/scorm12.js': readFileSync('node_modules/scorm-again/dist/scorm12.min.js', 'utf8'),
  });
});

test.afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

let stored: {
  suspend_data: string;
  core: { entry: string; lesson_status: string; score: { raw: string } };
} | null = null;
let doneCase = '';

test('a learner completes a case inside the LMS; the LMS receives score, status and resume data', async ({
  page,
  context,
}) => {
  const offPackage: string[] = [];
  const failed: string[] = [];
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== server.origin || !u.pathname.startsWith('/lms/')) offPackage.push(r.url());
  });
  context.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Console errors in any frame (e.g. a Content-Security-Policy refusal of a script).
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  server.override.set('/lms/host.html', hostPage(null));

  await page.goto(`${server.origin}/lms/host.html`);
  const content = page.frameLocator('#sco').frameLocator('iframe');
  await expect(content.locator('h1')).toBeVisible();
  // The launch page opened the session and marked the attempt incomplete.
  await expect.poll(async () => (await cmi(page)).status).toBe('incomplete');

  // Through the module's own (now relative) links: the case library, then a case.
  await content.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Case library' }).click();
  await expect(content.locator('h1')).toContainText(/case/i);
  doneCase = caseIds[0] ?? '';
  const firstCase = content.locator(`main a[href$="${doneCase}/index.html"]`).first();
  await expect(firstCase).toBeVisible();
  expect(await firstCase.getAttribute('href'), 'links are package-relative').not.toMatch(/^\//);
  await firstCase.click();
  await expect(content.locator('h1')).toBeVisible();
  expect(page.frames().some((f) => f.url().endsWith(`${BASE}cases/${doneCase}/index.html`))).toBe(true);
  await completeExercise(content);

  await expect.poll(async () => (await cmi(page)).raw).toMatch(/^\d+$/);
  const after = await cmi(page);
  expect(after.status).toBe(caseIds.length > 1 ? 'incomplete' : 'completed');
  expect(Number(after.raw)).toBeGreaterThanOrEqual(0);
  expect(Number(after.raw)).toBeLessThanOrEqual(100);
  expect(after.suspend.length).toBeGreaterThan(0);
  expect(after.suspend.length).toBeLessThanOrEqual(4096);
  const saved = decodeResume(after.suspend, { vignetteIds: caseIds });
  expect(saved.ok && saved.state.vignettes[doneCase]?.attempts).toBe(1);
  expect(after.calls.filter((c) => c === 'LMSInitialize').length).toBeGreaterThanOrEqual(1);
  expect(after.calls).toContain('LMSCommit');
  expect(after.calls, 'the session stays open while the learner works').not.toContain('LMSFinish');

  // The score the LMS holds is the mean best over every case of the build.
  const best = saved.ok ? (saved.state.vignettes[doneCase]?.bestScore ?? 0) : 0;
  expect(Number(after.raw)).toBe(Math.round((100 * best) / caseIds.length));

  // No service worker inside an LMS.
  const frame = page.frames().find((f) => f.url().includes('/cases/'));
  expect(frame).toBeDefined();
  expect(await frame!.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(
    0,
  );

  // Search works from the package too (Pagefind loaded relative to the package).
  await content.getByRole('searchbox', { name: 'Search the module' }).fill('Maudsley');
  await content.getByRole('searchbox', { name: 'Search the module' }).press('Enter');
  await expect(content.getByRole('status').filter({ hasText: 'result' })).toContainText(/\d+ results? for/);
  const result = content.locator('.search-results a').first();
  const resultHref = (await result.getAttribute('href')) ?? '';
  expect(resultHref.startsWith(`${server.origin}${BASE}`), resultHref).toBe(true);
  expect(resultHref.slice(`${server.origin}${BASE}`.length), resultHref).toMatch(
    /^[a-z][a-z0-9/-]*\/index\.html(#.*)?$/,
  );
  await result.click();
  await expect(content.locator('h1')).toBeVisible();

  stored = {
    suspend_data: after.suspend,
    core: { entry: 'resume', lesson_status: after.status, score: { raw: after.raw } },
  };
  await page.goto('about:blank');
  expect(server.missing, 'files the package asked for but does not contain').toEqual([]);
  expect(failed).toEqual([]);
  expect(offPackage, 'requests outside the package and the mock LMS').toEqual([]);
  expect(errors).toEqual([]);
});

test('a relaunch in a fresh browser resumes from the LMS-stored suspend_data', async ({ page }) => {
  expect(stored, 'the first test stored LMS data').not.toBeNull();
  server.override.set('/lms/host.html', hostPage(stored));
  await page.goto(`${server.origin}/lms/host.html`);
  const content = page.frameLocator('#sco').frameLocator('iframe');
  await content.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  const row = content.locator('tr', { has: content.locator(`a[href*="cases/${doneCase}/"]`) });
  await expect(row).toContainText('Done');
  await expect(row.locator('td').nth(3)).toHaveText('1');
  const now = await cmi(page);
  expect(now.raw).toBe(stored!.core.score.raw);
  expect(now.suspend.length).toBeGreaterThan(0);
});

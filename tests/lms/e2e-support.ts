// Helpers for the browser tests in tests/e2e/scorm.spec.ts and tests/e2e/offline.spec.ts:
// a tiny static file server on 127.0.0.1 and a driver that works through one case exercise.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { expect, type FrameLocator, type Page } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

export interface Mount {
  /** URL prefix, e.g. "/lms/pluginfile.php/42/content/" or "/". */
  prefix: string;
  dir: string;
}

export interface StaticServer {
  origin: string;
  /** Paths requested that were not found (404), in order. */
  missing: string[];
  /** Replace a response body (for tests that simulate a new deployment). */
  override: Map<string, string>;
  close(): Promise<void>;
}

/** Serves files from the mounts; "dir/" serves dir/index.html, like astro preview. */
export async function startStaticServer(
  mounts: Mount[],
  extra: Record<string, string> = {},
): Promise<StaticServer> {
  const missing: string[] = [];
  const override = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, body: string | Buffer, type = 'text/plain') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
      res.end(body);
    };
    const forced = override.get(path) ?? extra[path];
    if (forced !== undefined) {
      send(200, forced, TYPES[extname(path)] ?? 'text/html; charset=utf-8');
      return;
    }
    for (const m of mounts) {
      if (!path.startsWith(m.prefix)) continue;
      let file = normalize(join(m.dir, path.slice(m.prefix.length)));
      if (!file.startsWith(normalize(m.dir))) {
        send(403, 'forbidden');
        return;
      }
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (existsSync(file) && !file.endsWith(sep)) {
        send(200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
        return;
      }
    }
    missing.push(path);
    send(404, 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    missing,
    override,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => {
          r();
        });
      }),
  };
}

type Root = Page | FrameLocator;

/**
 * Works through the case exercise shown in `root`: reveals every step, answers each question
 * (first option, "None of these", or a number), checks the answers, and waits for the result
 * to be saved. Returns the score line the learner sees.
 */
export async function completeExercise(root: Root): Promise<string> {
  const exercise = root.locator('[data-exercise][data-ready]');
  await expect(exercise).toBeVisible();
  for (let guard = 0; guard < 30; guard++) {
    const questions = exercise.locator('.question');
    const n = await questions.count();
    for (let i = 0; i < n; i++) {
      const q = questions.nth(i);
      const text = q.locator('input[type="text"]');
      const radios = q.locator('input[type="radio"]');
      const boxes = q.locator('input[type="checkbox"]');
      if ((await text.count()) > 0) {
        if ((await text.inputValue()) === '') await text.fill('6');
      } else if ((await radios.count()) > 0) {
        if ((await q.locator('input[type="radio"]:checked').count()) === 0) await radios.first().check();
      } else if ((await boxes.count()) > 0) {
        // "None of these" (a checkbox, or a button in older versions), else the first option.
        const noneBox = q.getByRole('checkbox', { name: 'None of these' });
        const noneButton = q.getByRole('button', { name: 'None of these' });
        if ((await q.locator('input[type="checkbox"]:checked').count()) > 0) continue;
        if ((await noneBox.count()) > 0) await noneBox.check();
        else if ((await noneButton.count()) > 0) await noneButton.click();
        else await boxes.first().check();
      }
    }
    const next = exercise.getByRole('button', { name: /Continue the case/ });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  await exercise.getByRole('button', { name: 'Check answers' }).click();
  const summary = exercise.locator('.exercise__summary');
  await expect(summary).toContainText('saved to your progress');
  return (await summary.textContent()) ?? '';
}

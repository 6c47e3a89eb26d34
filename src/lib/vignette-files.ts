// Reads vignette files from disk and validates them without Astro, for
// `npm run check:vignettes` and the content tests.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadBibliography } from './bibliography.ts';
import { validateVignette, type VignetteIssue } from './vignette-schema.ts';

export interface FileIssue extends VignetteIssue {
  file: string;
}

export interface VignetteFile {
  id: string;
  file: string;
  data: unknown;
  body: string;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function splitFrontmatter(text: string): { yaml: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { yaml: m[1] ?? '', body: m[2] ?? '' } : null;
}

export function readVignetteFile(
  path: string,
  root = process.cwd(),
): { vignette?: VignetteFile; issues: FileIssue[] } {
  const file = relative(root, path) || path;
  const id = basename(path, '.mdx');
  const issues: FileIssue[] = [];
  if (!ID.test(id))
    issues.push({
      file,
      path: '(file name)',
      message:
        'the file name is the id: use lower-case letters, digits and hyphens, e.g. trd-two-failed-trials.mdx',
    });
  const parts = splitFrontmatter(readFileSync(path, 'utf8'));
  if (!parts) {
    issues.push({
      file,
      path: '(frontmatter)',
      message: 'the file must start with a YAML frontmatter block between two "---" lines',
    });
    return { issues };
  }
  let data: unknown;
  try {
    data = parseYaml(parts.yaml);
  } catch (e) {
    // The YAML parser counts lines from the first frontmatter line; the file has "---" above it.
    const msg = (e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)).replace(
      /\bat line (\d+)/,
      (_, n: string) => `at line ${Number(n) + 1} of the file`,
    );
    issues.push({ file, path: '(frontmatter)', message: `the YAML could not be read: ${msg}` });
    return { issues };
  }
  return { vignette: { id, file, data, body: parts.body }, issues };
}

export function stepCountOf(body: string): number {
  return body.match(/<Step\b/g)?.length ?? 0;
}

export function checkVignetteFile(path: string, root = process.cwd()): FileIssue[] {
  const { vignette, issues } = readVignetteFile(path, root);
  if (!vignette) return issues;
  const bibliography = new Set(loadBibliography(root).keys());
  const steps = stepCountOf(vignette.body);
  for (const i of validateVignette(vignette.data, { stepCount: steps, bibliography }).issues)
    issues.push({ file: vignette.file, ...i });
  for (const m of vignette.body.matchAll(/\[@([a-z][a-z0-9-]*)/g)) {
    const key = m[1] ?? '';
    if (!bibliography.has(key))
      issues.push({
        file: vignette.file,
        path: '(body)',
        message: `unknown citation key "${key}" (not in content/references.json)`,
      });
  }
  for (const m of vignette.body.matchAll(/<Step(?![^>]*\btitle=)[^>]*>/g)) {
    issues.push({
      file: vignette.file,
      path: '(body)',
      message: `${m[0]} needs a title, e.g. <Step title="Presentation">`,
    });
  }
  return issues;
}

export function vignettePaths(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => join(dir, f));
}

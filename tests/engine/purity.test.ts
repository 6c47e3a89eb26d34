// The engine stays pure and runnable by Node's type stripping (style guide; brief constraints).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(process.cwd(), 'src', 'engine');
const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'));
const source = (f: string) => readFileSync(join(dir, f), 'utf8');

describe('src/engine', () => {
  it.each(files)('%s imports nothing from Astro, Preact, nanostores, the DOM or the network', (f) => {
    const imports = [...source(f).matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
    expect(imports.filter((i) => !i.startsWith('./') && !i.startsWith('../') && i !== 'zod/mini')).toEqual(
      [],
    );
    expect(source(f)).not.toMatch(/\b(document|window|fetch|localStorage)\b\s*[.(]/);
  });

  it.each(files)(
    '%s uses .ts extensions on relative imports and no enum/namespace/parameter properties',
    (f) => {
      const s = source(f);
      for (const m of s.matchAll(/from '(\.[^']+)'/g)) expect(m[1]).toMatch(/\.ts$/);
      expect(s).not.toMatch(/^\s*(export\s+)?(const\s+)?enum\s/m);
      expect(s).not.toMatch(/^\s*(export\s+)?namespace\s/m);
      expect(s).not.toMatch(/constructor\([^)]*\b(public|private|protected|readonly)\s/);
    },
  );
});

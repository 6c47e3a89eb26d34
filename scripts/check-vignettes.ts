// npm run check:vignettes [-- <folder>]
// Validates every vignette without a full build: one line per problem with the file, the
// field path and what is allowed; also fails when an author's `expect:` disagrees with the
// engine. Exits 1 on any problem.
import { join } from 'node:path';
import { checkVignetteFile, vignettePaths } from '../src/lib/vignette-files.ts';

const dir = process.argv[2] ?? join(process.cwd(), 'content', 'vignettes');
const paths = vignettePaths(dir);
let problems = 0;
for (const p of paths) {
  for (const i of checkVignetteFile(p)) {
    problems++;
    console.log(`${i.file}: ${i.path}: ${i.message}`);
  }
}
console.log(
  problems === 0
    ? `check:vignettes: ${paths.length} vignette${paths.length === 1 ? '' : 's'} valid.`
    : `check:vignettes: ${problems} problem${problems === 1 ? '' : 's'} in ${paths.length} vignette${paths.length === 1 ? '' : 's'}.`,
);
process.exit(problems === 0 && paths.length > 0 ? 0 : 1);

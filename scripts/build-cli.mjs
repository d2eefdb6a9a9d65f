// Bundles the command line (src/cli.ts and everything it imports) into one plain-JavaScript file,
// so `npm run cli` starts in node alone, without compiling TypeScript on every run.
// Run by `prepare` (npm install / npm ci) and, when the bundle is missing or the contents of a file it
// was built from have changed (scripts/cli-inputs.mjs), by scripts/cli.mjs before it runs.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RECIPE, recordLine } from './cli-inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(root, 'build', 'cli.mjs');

/**
 * zod exports all of its ~60 message locales from one index, and a bundle keeps them all (≈360 KB that node must
 * parse on every start). The command line words its own messages and zod uses English by default, so the index
 * is replaced by one that offers English alone.
 */
const englishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'zod')}`) ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * Builds the bundle, its first line recording the files that decide when it is stale (its own sources, not
 * node_modules, and RECIPE) with a hash of their contents: one file, renamed into place whole, so a bundle and
 * its record can never part.
 */
export async function buildCli() {
  mkdirSync(dirname(BUNDLE), { recursive: true });
  const tag = `${process.pid}.${Date.now().toString(36)}`;
  const temp = `${BUNDLE}.${tag}.tmp`;
  const result = await build({
    entryPoints: [join(root, 'src', 'cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    outfile: temp,
    metafile: true,
    logLevel: 'warning',
    plugins: [englishOnly],
  });
  const sources = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes('node_modules'))
    .map((p) => relative(root, join(process.cwd(), p)).split(sep).join('/'));
  const files = [...new Set([...sources, ...RECIPE])].sort();
  writeFileSync(temp, recordLine(root, files) + readFileSync(temp, 'utf8'));
  // The rename is atomic, so a concurrent run sees an old or a new bundle, never half of one.
  renameSync(temp, BUNDLE);
  // Where the record used to be kept, beside the bundle.
  rmSync(join(root, 'build', 'cli.inputs.json'), { force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();

// Compiles the command line ahead of time (cli/run.ts and the lib/ it uses) into dist/cli, so `queuewright`
// starts without a transpiler. npm runs it after `npm install` and `npm ci` (the "prepare" script).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // A production-only install (npm ci --omit=dev) has no compiler; bin/queuewright.mjs then says how to build.
  console.warn('build-cli: esbuild is not installed (a production-only install?); the command line was not built.');
  process.exit(0);
}

rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: { queuewright: join(root, 'cli', 'run.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Commands load their code on demand (dynamic import): each becomes its own chunk.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // zod and yaml are bundled (resolving their many modules at each start costs ~50 ms).
  // Runtime dependencies stay packages: @platformatic/kafka loads files beside its own modules.
  external: ['@platformatic/kafka'],
  minify: false,
  sourcemap: 'linked',
  legalComments: 'none',
  // Bundled CommonJS packages require Node's built-ins; ES modules have no `require` of their own.
  banner: { js: "import { createRequire as __queuewrightRequire } from 'node:module'; const require = __queuewrightRequire(import.meta.url);" },
  logLevel: 'warning',
});

// Bundles the studio's Web Workers (components/**/*.worker.ts) into public/workers/, where the studio loads
// them by URL. Turbopack emits `new Worker(new URL('./x.worker.ts', import.meta.url))` as a raw asset rather
// than a bundle (the browser then gets TypeScript), so the workers are built here, with the same compiler as
// the command line. `npm run build` runs it before `next build`.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'public', 'workers');

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    review: join(root, 'components', 'studio', 'review.worker.ts'),
    import: join(root, 'components', 'studio', 'import.worker.ts'),
    simulate: join(root, 'components', 'simulate', 'simulate.worker.ts'),
  },
  outdir,
  bundle: true,
  // A classic worker script: every browser that runs the studio starts it.
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

#!/usr/bin/env node
// The command line: a thin shell over lib/ (the same engine as the studio), compiled ahead of time into
// dist/cli by `npm run build:cli` (npm install and npm ci run it), so no transpiler runs at startup.
let cli;
try {
  cli = await import('../dist/cli/queuewright.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli')) throw error;
  process.stderr.write('queuewright: the command line is not built yet: run `npm run build:cli` (npm install does it).\n');
  process.exit(2);
}
await cli.run();

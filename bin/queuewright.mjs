#!/usr/bin/env node
// The command line: a thin shell over lib/ (the same engine as the studio), loaded through tsx.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });

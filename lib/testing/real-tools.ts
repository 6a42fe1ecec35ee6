/**
 * The fast unit run (`npm run test:fast`, the vitest project `unit`) starts no
 * broker, JVM or Go build: those tests are the project `real-tools`, listed in
 * vitest.config.mts. Each harness that starts one calls this first, so a test
 * file that needs a real tool but is not listed there fails at once, saying
 * where to list it, instead of making the fast run slow.
 */
export const FAST_RUN_ENV = 'QUEUEWRIGHT_FAST_UNIT_RUN';

export function refuseInFastRun(what: string, tool: string): void {
  if (process.env[FAST_RUN_ENV] === '1') {
    throw new Error(`${what} needs ${tool}, which the fast unit run does not start: list its test file in REAL_TOOL_TESTS (vitest.config.mts).`);
  }
}

import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3123);

/**
 * End-to-end tests against a production build in a real Chromium. Browsers
 * cannot be downloaded on our machines: Debian's chromium is used, chosen by
 * CHROMIUM_PATH (unset it on a laptop to use Playwright's own browser).
 */
const executablePath = process.env.CHROMIUM_PATH ?? (process.env.PLAYWRIGHT_BROWSERS ? undefined : '/usr/bin/chromium');

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Files run in two workers (a spec's tests stay in order in one): the machines have two cores, and
  // a browser waiting on the server leaves the other core free. Specs that start servers pick free ports.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npm run build && npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    // The live-import and compare specs read (and compare applies to) a RabbitMQ they start on 127.0.0.1; server-security.spec.ts starts its own servers.
    env: { NEXT_TELEMETRY_DISABLED: '1', QUEUEWRIGHT_LIVE_ALLOW: '127.0.0.1', QUEUEWRIGHT_APPLY_ALLOW: '127.0.0.1' },
  },
});

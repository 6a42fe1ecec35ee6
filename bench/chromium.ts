/** How the benchmarks start Debian's Chromium (browsers cannot be downloaded here; see playwright.config.ts). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

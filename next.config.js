/**
 * Security headers on every response. The Content Security Policy is not
 * here: it carries a fresh nonce per page, so proxy.ts sets it.
 */
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run lint` type-checks the whole project (tsc --noEmit) once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // The live import's Kafka client runs from node_modules as on the command line, not bundled: it looks up an
  // optional native CRC32C beside its own modules (createRequire(import.meta.url)).
  serverExternalPackages: ['@platformatic/kafka'],
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

module.exports = nextConfig;

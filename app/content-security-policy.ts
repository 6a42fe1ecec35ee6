/**
 * The Content Security Policy of every page. The studio opens links and files
 * from strangers, so nothing may run that the app did not ship:
 * - scripts only with this response's nonce (Next puts it on its own inline
 *   bootstrap scripts and script tags, and the layout on the theme script),
 *   and what those load ('strict-dynamic': the code-split chunks); never an
 *   inline script an attacker could inject, never eval in production;
 * - styles may be inline (React Flow positions nodes with style attributes);
 * - no framing, no plugins, no forms or connections to other origins.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // Development needs eval for React Refresh; production builds never do.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from './app/content-security-policy';

/**
 * Every page gets a fresh nonce and a CSP that allows only scripts carrying
 * it (no 'unsafe-inline'). Next reads the policy from the request headers and
 * puts the nonce on the scripts it renders; the layout reads `x-nonce` for
 * its own. Nonces need a page rendered per request, which also means HTML is
 * never cached for long by shared caches (Next sends it with `no-store`).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages only: API answers, built assets, the icon, the schema and the workers carry no HTML to protect.
  matcher: [{ source: '/((?!api/|_next/static|_next/image|icon.svg|schema/|workers/).*)', missing: [{ type: 'header', key: 'next-router-prefetch' }] }],
};

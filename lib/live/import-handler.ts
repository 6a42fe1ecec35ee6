import { importLive } from './import-live';
import { LIVE_ERROR_STATUS, type LiveErrorCode } from './live-error';
import { readTextAtMost } from './read-text-at-most';

/**
 * The server side of "Import from cluster", as a plain Web-standard handler
 * (Request → Response) so it is tested without Next: POST, same origin, JSON
 * of at most MAX_BODY_BYTES, then one bounded, read-only import. The body
 * (which may hold a password) is never logged, stored or sent back; answers
 * are never cached.
 */

export const MAX_BODY_BYTES = 64 * 1024;

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
  });
}

function refuse(status: number, code: LiveErrorCode, message: string): Response {
  return answer(status, { ok: false, error: { code, message } });
}

export async function handleLiveImport(request: Request): Promise<Response> {
  if (process.env.QUEUEWRIGHT_LIVE_IMPORT === 'off') return refuse(403, 'forbidden', 'Importing from live clusters is turned off on this server (QUEUEWRIGHT_LIVE_IMPORT=off).');
  if (request.method !== 'POST') return refuse(405, 'invalid-input', 'Use POST.');
  // Another site's page must not make this server connect to hosts on its network (a browser always sends Origin on a cross-site POST).
  const origin = request.headers.get('origin');
  const host = request.headers.get('host') ?? new URL(request.url).host;
  if (origin !== null) {
    let originHost: string | undefined;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = undefined;
    }
    if (originHost !== host) return refuse(403, 'forbidden', 'Cross-origin requests are not accepted.');
  }
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) return refuse(415, 'invalid-input', 'Send JSON (content-type: application/json).');
  if (Number(request.headers.get('content-length') ?? '0') > MAX_BODY_BYTES) return refuse(413, 'invalid-input', `The request is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  const text = await readTextAtMost(request.body, MAX_BODY_BYTES);
  if (text === undefined) return refuse(413, 'invalid-input', `The request is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, 'invalid-input', 'The request is not valid JSON.');
  }
  const result = await importLive(body);
  if (result.ok) return answer(200, result);
  return answer(LIVE_ERROR_STATUS[result.error.code], result);
}

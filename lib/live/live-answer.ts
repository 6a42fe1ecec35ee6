import { LIVE_ERROR_STATUS, type LiveErrorCode } from './live-error';

/**
 * The JSON answers of the server's live routes (import, audit): never
 * cached, never sniffed, and a refusal is always `{ok: false, error: {code,
 * message}}` with the status its code has.
 */

export function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers },
  });
}

export function refuse(code: LiveErrorCode, message: string, status = LIVE_ERROR_STATUS[code], headers: Record<string, string> = {}): Response {
  return answer(status, { ok: false, error: { code, message } }, headers);
}

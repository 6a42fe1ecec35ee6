import http from 'node:http';
import https from 'node:https';
import type { ConnectionGuard } from './connection-guard';

/**
 * One HTTP GET through a ConnectionGuard: node:http rather than fetch, because
 * only it lets the guard choose the address at connect time (its `lookup`)
 * and own the socket (no shared agent keeping it alive after the read). The
 * body is read as it arrives; the guard stops it when the read's byte budget
 * is spent.
 */

export interface GetResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  /** The body as UTF-8, read when asked for. */
  text(): Promise<string>;
  /** Drops the body unread. */
  discard(): void;
}

export function guardedGet(url: URL, headers: Record<string, string>, guard: ConnectionGuard): Promise<GetResponse> {
  const client = url.protocol === 'https:' ? https : http;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return new Promise<GetResponse>((resolve, reject) => {
    let options;
    try {
      options = guard.requestOptions(host, port);
    } catch (error) {
      reject(error);
      return;
    }
    const request = client.get(url, { ...options, headers }, (response) => {
      resolve({
        status: response.statusCode ?? 0,
        statusText: response.statusMessage ?? '',
        headers: response.headers,
        text: () =>
          new Promise<string>((done, fail) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
            response.on('error', fail);
            response.on('close', () => {
              if (!response.complete) fail(Object.assign(new Error('The connection closed before the answer was complete.'), { code: 'ECONNRESET' }));
            });
          }),
        discard: () => response.destroy(),
      });
    });
    request.on('socket', (socket) => guard.track(socket));
    request.on('error', reject);
  });
}

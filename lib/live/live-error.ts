/**
 * What can go wrong when reading a live cluster, as one small set of codes
 * the studio, the route and the CLI all show the same way. Messages are
 * written here, never passed through from a client library, so they cannot
 * carry a password; `redact` is the second line of defence for the details.
 */

export type LiveErrorCode =
  | 'invalid-input'
  | 'unreachable'
  | 'auth'
  | 'forbidden'
  | 'timeout'
  | 'tls'
  | 'not-a-broker'
  | 'failed'
  /** The endpoint is not among those the server's operator allows. */
  | 'not-allowed'
  /** The answers passed the read's byte budget. */
  | 'too-large'
  /** Too many imports from this client, now or in the last minute. */
  | 'busy'
  /** The server's operator has not turned server-side connections on. */
  | 'disabled'
  /** The server's own configuration cannot be read. */
  | 'misconfigured';

export class LiveImportError extends Error {
  readonly code: LiveErrorCode;

  constructor(code: LiveErrorCode, message: string) {
    super(message);
    this.name = 'LiveImportError';
    this.code = code;
  }
}

/** The HTTP status the import route answers with for each code. */
export const LIVE_ERROR_STATUS: Readonly<Record<LiveErrorCode, number>> = {
  'invalid-input': 400,
  unreachable: 502,
  auth: 401,
  forbidden: 403,
  timeout: 504,
  tls: 502,
  'not-a-broker': 502,
  failed: 502,
  'not-allowed': 403,
  'too-large': 502,
  busy: 429,
  disabled: 403,
  misconfigured: 503,
};

/** Replaces every secret (passwords, user names) in `text` with `***`, and user:password@ in URLs. */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1***@');
  for (const secret of secrets) if (secret && secret.length >= 1) out = out.split(secret).join('***');
  return out;
}

/**
 * Runs `work` with a deadline: when it has not settled after `ms`, `onTimeout`
 * (which closes connections) runs and the promise rejects with a timeout error
 * naming `what`. The work's own later outcome is ignored.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string, onTimeout?: () => unknown): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void Promise.resolve()
        .then(() => onTimeout?.())
        .catch(() => undefined);
      reject(new LiveImportError('timeout', `${what} did not answer within ${Math.round(ms / 1000)} s.`));
    }, ms);
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

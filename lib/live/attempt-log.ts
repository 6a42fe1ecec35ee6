/**
 * One log line per server-side connection attempt, as JSON (so a name with a
 * newline in it cannot forge a line): who asked, for what, where, how it
 * ended and how long it took. Never a password or user name: the request's
 * secrets are not passed here at all.
 */

export interface AttemptRecord {
  /** What the server was asked to do, e.g. `live-import`. */
  action: string;
  /** The client, as X-Forwarded-For's last entry says. */
  client: string;
  /** The broker kind and the endpoints asked for, without credentials. */
  from?: string;
  target?: string;
  /** `ok`, or the precise error code (the log is for the operator; the browser gets less). */
  outcome: string;
  status: number;
  ms: number;
}

export type AttemptLogger = (record: AttemptRecord) => void;

export const logAttempt: AttemptLogger = (record) => {
  console.log(JSON.stringify({ time: new Date().toISOString(), event: `queuewright.${record.action}`, ...record }));
};

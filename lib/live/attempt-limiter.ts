/**
 * How many server-side connection attempts run at once and start per minute,
 * per client and in all. A refused attempt says when to try again. In memory:
 * one server process, one count (a restart forgets, which only ever loosens).
 */

export interface Limits {
  perClient: { concurrent: number; perMinute: number };
  total: { concurrent: number; perMinute: number };
}

export type Admission = { ok: true; release(): void } | { ok: false; reason: string; retryAfterSeconds: number };

const WINDOW_MS = 60_000;
/** Clients remembered at most; past it the quietest are forgotten (a flood of forged addresses cannot grow memory). */
const MAX_CLIENTS = 10_000;

interface Usage {
  running: number;
  /** Start times within the window, oldest first. */
  starts: number[];
}

export class AttemptLimiter {
  private readonly clients = new Map<string, Usage>();
  private readonly all: Usage = { running: 0, starts: [] };

  constructor(
    private readonly limits: Limits,
    private readonly now: () => number = Date.now,
  ) {}

  private usage(client: string): Usage {
    let usage = this.clients.get(client);
    if (!usage) {
      if (this.clients.size >= MAX_CLIENTS) this.forgetIdle();
      usage = { running: 0, starts: [] };
      this.clients.set(client, usage);
    }
    return usage;
  }

  private forgetIdle(): void {
    for (const [client, usage] of this.clients) {
      if (usage.running === 0) this.clients.delete(client);
      if (this.clients.size < MAX_CLIENTS / 2) return;
    }
  }

  private prune(usage: Usage, now: number): void {
    while (usage.starts.length > 0 && usage.starts[0] <= now - WINDOW_MS) usage.starts.shift();
  }

  private retryAfter(usage: Usage, now: number): number {
    return Math.max(1, Math.ceil((usage.starts[0] + WINDOW_MS - now) / 1000));
  }

  /** Admits one attempt for `client`, or says why not; an admitted attempt must be released when it ends. */
  admit(client: string): Admission {
    const now = this.now();
    const mine = this.usage(client);
    this.prune(mine, now);
    this.prune(this.all, now);
    if (mine.running >= this.limits.perClient.concurrent) return { ok: false, reason: `${mine.running} imports from you are still running`, retryAfterSeconds: 5 };
    if (this.all.running >= this.limits.total.concurrent) return { ok: false, reason: 'the server is running as many imports as it allows', retryAfterSeconds: 5 };
    if (mine.starts.length >= this.limits.perClient.perMinute) {
      return { ok: false, reason: `you started ${mine.starts.length} imports in the last minute`, retryAfterSeconds: this.retryAfter(mine, now) };
    }
    if (this.all.starts.length >= this.limits.total.perMinute) {
      return { ok: false, reason: 'the server started as many imports in the last minute as it allows', retryAfterSeconds: this.retryAfter(this.all, now) };
    }
    mine.running++;
    this.all.running++;
    mine.starts.push(now);
    this.all.starts.push(now);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        mine.running--;
        this.all.running--;
      },
    };
  }
}

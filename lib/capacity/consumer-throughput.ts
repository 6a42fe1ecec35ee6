/**
 * How much a pool of consumer threads can process, and how many threads a
 * rate needs: the one home of these formulas for the review's capacity rules
 * and the simulation's capacity figures (lib/sim/capacity.ts).
 *
 * A thread busy `serviceMs` per message handles 1000 / serviceMs messages a
 * second, so c threads handle c × 1000 / serviceMs (the service rate μ of an
 * M/M/c queue). A rate λ keeps λ × serviceMs / 1000 threads busy (the offered
 * load in Erlangs); at a target utilisation ρ < 1 it needs that over ρ.
 */

/** Messages per second `threads` handle at `serviceMs` per message (Infinity for a zero service time: the handler is not the limit). */
export function messagesPerSecond(threads: number, serviceMs: number): number {
  return serviceMs > 0 ? (threads * 1000) / serviceMs : Infinity;
}

/** Threads `ratePerSecond` keeps busy at `serviceMs` per message, at utilisation `rho` (1: exactly busy), at least one. */
export function threadsFor(ratePerSecond: number, serviceMs: number, rho = 1): number {
  if (!(rho > 0 && rho <= 1)) throw new RangeError(`target utilisation must be in (0, 1], got ${rho}`);
  // The epsilon keeps 800 × 15 / 1000 = 12.000000000000002 at 12.
  return Math.max(1, Math.ceil((ratePerSecond * serviceMs) / 1000 / rho - 1e-9));
}

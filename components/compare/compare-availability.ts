import { compareStore } from './compare-store';

/**
 * Asks once whether the server compares and applies (the File menu offers
 * Compare only then; the panel offers Apply only then). Its own module: the
 * studio asks on every load, while the rest of the comparison, which reads
 * the design as the brokers name it, loads only with the dialog and panel.
 */
export async function loadCompareAvailability(signal: AbortSignal): Promise<void> {
  try {
    const response = await fetch('/api/audit', { signal, cache: 'no-store' });
    const body = (response.ok ? await response.json() : {}) as { enabled?: unknown; apply?: unknown };
    compareStore.setState({ available: { compare: body.enabled === true, apply: body.enabled === true && body.apply === true } });
  } catch {
    // No route, no answer: no Compare.
  }
}

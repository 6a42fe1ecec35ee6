import { slugify } from '../design';
import type { MessagingRequest } from './request';

/**
 * Names for the generated topology, taken from the request: the domain word
 * of the use case ("order events" → `order`), topics named after the events
 * (`OrderPlaced` → `order.placed`), schema names in PascalCase.
 */

/** Words of a name: `OrderPlaced`, `order placed`, `order_placed` → `order`, `placed`. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The domain of the use case: its first word, singular ("orders" → "order"). */
export function domainOf(request: MessagingRequest): string {
  const first = words(request.useCase)[0] ?? 'app';
  return first.length > 3 && first.endsWith('s') && !first.endsWith('ss') ? first.slice(0, -1) : first;
}

export interface EventName {
  /** The schema (message type) name, e.g. OrderPlaced. */
  schema: string;
  /** The channel name: `<domain>.<event>` with dots, e.g. order.placed. */
  channel: string;
  /** The words, for brokers with their own conventions (NATS subjects, SQS names). */
  words: string[];
}

/** The events of the request; one `<Domain>Event` on `<domain>.events` when none are named. */
export function eventNames(request: MessagingRequest): EventName[] {
  const domain = domainOf(request);
  const given = request.events.map(words).filter((w) => w.length > 0);
  const list = given.length > 0 ? given : [[domain, 'events']];
  const seen = new Set<string>();
  const events: EventName[] = [];
  for (const w of list) {
    const channel = w.length === 1 ? `${w[0]}.events` : `${w[0]}.${w.slice(1).join('-')}`;
    if (seen.has(channel)) continue;
    seen.add(channel);
    const schemaWords = given.length > 0 ? w : [domain, 'event'];
    events.push({ schema: schemaWords.map((x) => x[0].toUpperCase() + x.slice(1)).join(''), channel, words: w });
  }
  return events;
}

/** Service names: the ones given, or one producer and one consumer named after the domain. */
export function serviceNames(request: MessagingRequest): { producers: string[]; consumers: string[] } {
  const domain = domainOf(request);
  const clean = (list: string[]) => [...new Set(list.map((n) => slugify(n)).filter(Boolean))];
  const producers = clean(request.producers);
  const consumers = clean(request.consumers);
  return {
    producers: producers.length > 0 ? producers : [`${domain}-service`],
    consumers: consumers.length > 0 ? consumers : [`${domain}-processor`],
  };
}

import type { ConnectionKind } from '../connection';
import { KINDS, type NodeKind } from './index';
import type { KindDefinition } from './kind';

type AnyKind = (typeof KINDS)[number];

/** The kinds services publish to: every channel kind whose file says `servicesPublish: true`. */
export type PublishTargetKind = Extract<AnyKind, { servicesPublish?: true }>['kind'];
/** The kinds a consumer group may dead-letter to: every channel kind whose file says `takesDeadLettersFromConsumers: true`. */
export type ConsumerDeadLetterKind = Extract<AnyKind, { takesDeadLettersFromConsumers?: true }>['kind'];

/**
 * The channels a service may publish to, whether it is a producer or a consumer group that sends on what it
 * processed, in palette order: each channel kind says it, so a new one is offered to both (the canvas refuses
 * other targets while dragging) without a line in their files.
 */
export const PUBLISH_TARGETS: readonly PublishTargetKind[] = KINDS.filter((k) => k.servicesPublish === true).map((k) => k.kind as PublishTargetKind);

/** The channels a consumer group may dead-letter to, in palette order. */
export const CONSUMER_DEAD_LETTER_TARGETS: readonly ConsumerDeadLetterKind[] = KINDS.filter((k) => k.takesDeadLettersFromConsumers === true).map((k) => k.kind as ConsumerDeadLetterKind);

/**
 * Who sends what to the channels that say so: the services these connections start from. Producers and
 * consumer groups are the kinds in `KINDS` themselves, so their files cannot read a list derived from it.
 */
const SENT_TO_CHANNELS: ReadonlyArray<{ from: readonly NodeKind[]; connection: ConnectionKind; targets: readonly NodeKind[] }> = [
  { from: ['producer', 'consumer-group'], connection: 'publish', targets: PUBLISH_TARGETS },
  { from: ['consumer-group'], connection: 'dead-letter', targets: CONSUMER_DEAD_LETTER_TARGETS },
];

type Outgoing = KindDefinition['outgoing'];

/** A kind's outgoing connections: the channels that take them from it first, then what its own file lists. */
function outgoingOfKind(kind: AnyKind): Outgoing {
  const out: Partial<Record<ConnectionKind, string[]>> = {};
  for (const sent of SENT_TO_CHANNELS) if (sent.from.includes(kind.kind)) (out[sent.connection] ??= []).push(...sent.targets);
  for (const [connection, targets] of Object.entries(kind.outgoing) as Array<[ConnectionKind, readonly string[]]>) (out[connection] ??= []).push(...targets);
  return out;
}

const OUTGOING: ReadonlyMap<string, Outgoing> = new Map(KINDS.map((k) => [k.kind, outgoingOfKind(k)]));

/**
 * Every connection a node of `kind` may start, by connection kind, to target kinds: what its kind declares
 * (`outgoing`) and what the target kinds offer it (`servicesPublish`, `takesDeadLettersFromConsumers`).
 * `{}` for a kind that is not in `KINDS`.
 */
export function outgoingOf(kind: string): Outgoing {
  return OUTGOING.get(kind) ?? {};
}

import { describe, expect, expectTypeOf, it } from 'vitest';
import { allowedConnectionKinds } from './connection-rules';
import { NODE_KINDS, type NodeKind } from './kinds';
import { CONSUMER_DEAD_LETTER_TARGETS, PUBLISH_TARGETS, type ConsumerDeadLetterKind, type PublishTargetKind } from './kinds/service-targets';

/**
 * The kinds `NODE_KINDS` held on main at ec3dc34, when the lists below were frozen. The comparisons are made
 * among these kinds only, so a new kind (and a new broker's connections) needs no line here, while any change to
 * what these kinds may connect to still fails.
 */
const KINDS_ON_MAIN = [
  'producer',
  'kafka-topic',
  'connect-source',
  'connect-sink',
  'external-system',
  'rabbitmq-exchange',
  'rabbitmq-queue',
  'nats-stream',
  'sqs-queue',
  'sns-topic',
  'pubsub-topic',
  'pubsub-subscription',
  'artemis-address',
  'artemis-queue',
  'pulsar-topic',
  'pulsar-subscription',
  'servicebus-queue',
  'servicebus-topic',
  'servicebus-subscription',
  'consumer-group',
  'event-store',
  'projection',
  'snapshot-policy',
] as const satisfies readonly NodeKind[];
type KindOnMain = (typeof KINDS_ON_MAIN)[number];

const isKindOnMain = (kind: string): kind is KindOnMain => (KINDS_ON_MAIN as readonly string[]).includes(kind);

/**
 * Every connection the canvas and the importers allowed between `KINDS_ON_MAIN`, as `source connection target`,
 * frozen from main at ec3dc34 (before the channel kinds said who may publish and dead-letter to them) by running
 * `allowedConnectionKinds(from, to)` over every pair of `NODE_KINDS` and sorting the lines. A change to who may
 * connect to what among these kinds is a change to this list, made on purpose.
 */
const ALLOWED = [
  'artemis-address bind artemis-queue',
  'artemis-address dead-letter artemis-address',
  'artemis-queue consume consumer-group',
  'connect-sink dead-letter kafka-topic',
  'connect-sink publish external-system',
  'connect-source publish kafka-topic',
  'consumer-group dead-letter kafka-topic',
  'consumer-group dead-letter nats-stream',
  'consumer-group dead-letter pubsub-topic',
  'consumer-group dead-letter rabbitmq-exchange',
  'consumer-group dead-letter servicebus-queue',
  'consumer-group dead-letter sqs-queue',
  'consumer-group publish artemis-address',
  'consumer-group publish event-store',
  'consumer-group publish kafka-topic',
  'consumer-group publish nats-stream',
  'consumer-group publish projection',
  'consumer-group publish pubsub-topic',
  'consumer-group publish pulsar-topic',
  'consumer-group publish rabbitmq-exchange',
  'consumer-group publish rabbitmq-queue',
  'consumer-group publish servicebus-queue',
  'consumer-group publish servicebus-topic',
  'consumer-group publish sns-topic',
  'consumer-group publish sqs-queue',
  'event-store consume consumer-group',
  'event-store consume projection',
  'event-store consume snapshot-policy',
  'event-store publish kafka-topic',
  'event-store publish nats-stream',
  'event-store publish rabbitmq-exchange',
  'event-store publish sns-topic',
  'event-store publish sqs-queue',
  'external-system consume connect-source',
  'kafka-topic consume connect-sink',
  'kafka-topic consume consumer-group',
  'nats-stream consume consumer-group',
  'producer publish artemis-address',
  'producer publish event-store',
  'producer publish kafka-topic',
  'producer publish nats-stream',
  'producer publish pubsub-topic',
  'producer publish pulsar-topic',
  'producer publish rabbitmq-exchange',
  'producer publish rabbitmq-queue',
  'producer publish servicebus-queue',
  'producer publish servicebus-topic',
  'producer publish sns-topic',
  'producer publish sqs-queue',
  'pubsub-subscription consume consumer-group',
  'pubsub-subscription dead-letter pubsub-topic',
  'pubsub-topic subscription pubsub-subscription',
  'pulsar-subscription consume consumer-group',
  'pulsar-subscription dead-letter pulsar-topic',
  'pulsar-topic subscription pulsar-subscription',
  'rabbitmq-exchange alternate rabbitmq-exchange',
  'rabbitmq-exchange bind rabbitmq-exchange',
  'rabbitmq-exchange bind rabbitmq-queue',
  'rabbitmq-queue consume consumer-group',
  'rabbitmq-queue dead-letter rabbitmq-exchange',
  'servicebus-queue consume consumer-group',
  'servicebus-queue dead-letter servicebus-queue',
  'servicebus-queue dead-letter servicebus-topic',
  'servicebus-subscription consume consumer-group',
  'servicebus-subscription dead-letter servicebus-queue',
  'servicebus-subscription dead-letter servicebus-topic',
  'servicebus-topic subscription servicebus-subscription',
  'sns-topic consume consumer-group',
  'sns-topic subscription sqs-queue',
  'sqs-queue consume consumer-group',
  'sqs-queue dead-letter sqs-queue',
];

/** The kinds services published to on main, in the order `PUBLISH_TARGETS` listed them. */
const PUBLISH_TARGETS_ON_MAIN = [
  'kafka-topic',
  'rabbitmq-exchange',
  'rabbitmq-queue',
  'nats-stream',
  'sqs-queue',
  'sns-topic',
  'pubsub-topic',
  'artemis-address',
  'pulsar-topic',
  'servicebus-queue',
  'servicebus-topic',
] as const;

/** The kinds `consumer-group.ts` listed as a consumer's dead-letter targets on main, in its order. */
const CONSUMER_DEAD_LETTER_TARGETS_ON_MAIN = ['kafka-topic', 'rabbitmq-exchange', 'nats-stream', 'sqs-queue', 'pubsub-topic', 'servicebus-queue'] as const;

describe('allowed connections', () => {
  it('among the kinds main had, are exactly the (source, connection, target) triples main allowed', () => {
    const kindsOnMain = NODE_KINDS.filter(isKindOnMain);
    expect([...kindsOnMain].sort()).toEqual([...KINDS_ON_MAIN].sort());
    const allowed = kindsOnMain.flatMap((from) => kindsOnMain.flatMap((to) => allowedConnectionKinds(from, to).map((kind) => `${from} ${kind} ${to}`)));
    expect(allowed.sort()).toEqual(ALLOWED);
  });

  it('reach the channels each channel kind says services publish and dead-letter to, in the order main listed them', () => {
    expect(PUBLISH_TARGETS.filter(isKindOnMain)).toEqual(PUBLISH_TARGETS_ON_MAIN);
    expect(CONSUMER_DEAD_LETTER_TARGETS.filter(isKindOnMain)).toEqual(CONSUMER_DEAD_LETTER_TARGETS_ON_MAIN);
    // The simulation's `TargetFinders` and `EVERY_PUBLISH_TARGET_IS_ROUTED` need the union of the names, not
    // string: among the kinds main had, each union is exactly main's list (a kind added later joins it without a
    // line here), it never widens to string, and it holds node kinds only.
    expectTypeOf<Extract<PublishTargetKind, KindOnMain>>().toEqualTypeOf<(typeof PUBLISH_TARGETS_ON_MAIN)[number]>();
    expectTypeOf<Extract<ConsumerDeadLetterKind, KindOnMain>>().toEqualTypeOf<(typeof CONSUMER_DEAD_LETTER_TARGETS_ON_MAIN)[number]>();
    expectTypeOf<string>().not.toExtend<PublishTargetKind>();
    expectTypeOf<string>().not.toExtend<ConsumerDeadLetterKind>();
    expectTypeOf<PublishTargetKind>().toExtend<NodeKind>();
    expectTypeOf<ConsumerDeadLetterKind>().toExtend<NodeKind>();
  });
});

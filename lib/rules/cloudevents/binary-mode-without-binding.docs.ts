import type { RuleDocs } from '../rule-docs';
import { CE_SOURCES } from './_sources';

const envelope = (mode: string) => ({ standard: 'cloudevents', mode, type: 'com.example.order.placed', source: '/orders' });

/** The docs and examples of `cloudevents/binary-mode-without-binding`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "In binary mode the event's attributes travel as the transport's headers and the data as the body; a protocol binding says what those headers are called (`ce_type` on Kafka, `cloudEvents_type` on AMQP, `ce-type` on NATS) and where the content type goes. The CloudEvents project defines bindings for HTTP, Kafka, AMQP, MQTT, NATS, WebSockets and DDS, and none for Amazon SQS or SNS. Binary mode there means a naming every producer and consumer has to agree on privately, which CloudEvents SDKs and other tools do not know; and SQS allows at most 10 message attributes per message, with names of letters, digits, `_`, `-` and `.` only (so `cloudEvents:type` cannot be one), leaving little room beside the 4 required attributes and the optional ones. Structured mode puts the whole event, attributes and data, in the body as JSON (`application/cloudevents+json`) and needs no binding.",
  howToFix:
    "Switch the channel's envelope to structured mode (the fix does). Consumers then read the attributes from the JSON body. If a subscriber filters on an attribute (an SNS filter policy on a message attribute), filter on the body instead (SNS payload-based filtering) or copy that one attribute into a message attribute of your own.",
  sources: [CE_SOURCES.bindings, CE_SOURCES.sqsMessageAttributes],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'sqs-queue', id: 'orders', name: 'orders', messageSchema: { format: 'json', envelope: envelope('binary') } },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'sqs-queue', id: 'orders', name: 'orders', messageSchema: { format: 'json', envelope: envelope('structured') } },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
  },
};

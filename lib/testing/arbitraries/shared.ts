import fc from 'fast-check';
import type { NodeKind } from '../../design';
import { hostileString, maybe } from '../arbitrary-primitives';

/**
 * What every family's arbitraries of node settings share: the type of their tables, and the
 * message schema any channel may carry (arbitrary-kind-fields.ts joins the tables).
 */

/** Some kinds' arbitrary fields, one entry per kind: typed by the kinds, so a kind left out does not compile where they are joined. */
export type KindArbitraries<K extends NodeKind> = { readonly [Kind in K]: () => fc.Arbitrary<Record<string, unknown>> };

/** A CloudEvents envelope: free text where the specification allows any string, the URIs and media types it accepts. */
export const arbCloudEventsEnvelope = fc.record(
  {
    standard: fc.constant('cloudevents'),
    mode: fc.constantFrom('structured', 'binary'),
    specversion: maybe(fc.constant('1.0')),
    type: hostileString(100),
    source: fc.constantFrom('/orders', 'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66', 'https://example.com/a?b=c#d', '1-555-123-4567', 'mailto:x@example.com', '%2Fx'),
    dataContentType: maybe(fc.constantFrom('application/json', 'application/avro', 'text/plain; charset=utf-8', 'application/json;charset="utf-8"')),
    dataSchema: maybe(fc.constantFrom('https://example.com/schemas/order.json', 'urn:example:schema:1')),
    subject: maybe(hostileString(100)),
  },
  { requiredKeys: ['standard', 'mode', 'type', 'source'] },
);

/** A channel's message schema, any format, with or without a CloudEvents envelope. */
export const messageSchema = fc.record(
  {
    name: maybe(hostileString(200)),
    format: fc.constantFrom('none', 'json', 'json-schema', 'avro', 'protobuf', 'cloudevents'),
    version: maybe(hostileString(50)),
    registry: fc.boolean(),
    definition: maybe(hostileString(200)),
    envelope: maybe(arbCloudEventsEnvelope),
  },
  { requiredKeys: ['format'] },
);

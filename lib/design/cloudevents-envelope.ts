import { z } from 'zod';

/**
 * A CloudEvents 1.0 envelope around a channel's messages: how the event's
 * context attributes travel (structured: one JSON document with `data`
 * inside; binary: attributes in the transport's headers, `data` as the body)
 * and the attributes every event on the channel shares. The constraints are
 * the specification's own
 * (https://github.com/cloudevents/spec/blob/main/cloudevents/spec.md#context-attributes):
 * `type` and `source` REQUIRED and non-empty, `source` a URI-reference,
 * `dataschema` a URI, `datacontenttype` an RFC 2046 media type, `subject`
 * non-empty when present. `id` and `time` differ per event, so a design has
 * none to declare.
 */

/** RFC 3986 characters (unreserved, reserved, and `%` followed by two hex digits), nothing else: no spaces, no controls. */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$/;
/** An absolute URI starts with a scheme (RFC 3986 §3.1). */
const URI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** `type/subtype` with optional `; name=value` parameters (RFC 2045 §5.1 tokens). */
const MEDIA_TYPE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(?:\s*;\s*[A-Za-z0-9!#$&^_.+-]+=(?:[A-Za-z0-9!#$&^_.+-]+|"[^"]*"))*$/;

export const CLOUDEVENTS_MODES = ['structured', 'binary'] as const;
export type CloudEventsMode = (typeof CLOUDEVENTS_MODES)[number];

export const cloudEventsEnvelopeSchema = z.object({
  standard: z.literal('cloudevents'),
  mode: z.enum(CLOUDEVENTS_MODES),
  specversion: z.literal('1.0').default('1.0'),
  type: z.string().min(1, 'A CloudEvents type cannot be empty').max(500),
  source: z
    .string()
    .min(1, 'A CloudEvents source cannot be empty')
    .max(2000)
    .regex(URI_CHARS, 'A CloudEvents source is a URI-reference: e.g. /orders, urn:example:orders or https://example.com/orders (no spaces; other characters percent-encoded)'),
  dataContentType: z.string().max(200).regex(MEDIA_TYPE, 'A data content type is a media type such as application/json or application/avro').optional(),
  dataSchema: z
    .string()
    .max(2000)
    .regex(URI_CHARS, 'A data schema is an absolute URI (no spaces; other characters percent-encoded)')
    .regex(URI_SCHEME, 'A data schema is an absolute URI: it starts with a scheme, e.g. https://example.com/schemas/order-placed.json')
    .optional(),
  subject: z.string().min(1, 'A CloudEvents subject, when set, cannot be empty').max(500).optional(),
});
export type CloudEventsEnvelope = z.infer<typeof cloudEventsEnvelopeSchema>;

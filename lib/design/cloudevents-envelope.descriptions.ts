import type { DescribedFields } from './field-descriptions';
import { cloudEventsEnvelopeSchema } from './cloudevents-envelope';

/**
 * What the fields of cloudevents-envelope.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const cloudeventsEnvelopeFieldDescriptions: DescribedFields = [
  [
    cloudEventsEnvelopeSchema,
    {
      standard: 'The envelope standard: CloudEvents',
      mode: 'structured: attributes and data in one JSON document (application/cloudevents+json); binary: attributes in message headers, data as the body',
      specversion: 'CloudEvents specification version (1.0 is the only one)',
      type: 'Event type, prefixed with a reverse-DNS name, e.g. com.example.order.placed',
      source: 'The context the event happened in, a URI-reference, e.g. /orders or https://example.com/orders',
      dataContentType: 'datacontenttype: the media type of data, e.g. application/json',
      dataSchema: 'dataschema: the URI of the schema data adheres to',
      subject: 'Subject of the event within its source, e.g. a pattern such as orders/{id}',
    },
  ],
];

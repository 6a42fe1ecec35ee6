import type { DescribedFields } from '../field-descriptions';
import { natsStream } from './nats-stream';

/**
 * What the fields of nats-stream.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const natsStreamFieldDescriptions: DescribedFields = [
  [
    natsStream.schema,
    {
      subjects: 'Subjects, wildcards * and > allowed',
      retention: 'Server default: limits',
      storage: 'Server default: file',
      num_replicas: 'Server default: 1',
      max_age: 'Oldest message kept, e.g. 7d (server default: unlimited)',
      max_bytes: 'Server default: -1 (unlimited)',
      max_msgs: 'Server default: -1 (unlimited)',
      max_msg_size: 'Server default: -1 (max_payload)',
      discard: 'Server default: old',
      duplicate_window: 'Server default: 2m',
      depthAlertMessages: 'The depth alert fires when more than this many messages wait',
    },
  ],
];

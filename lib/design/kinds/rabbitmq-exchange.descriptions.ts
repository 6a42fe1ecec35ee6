import type { DescribedFields } from '../field-descriptions';
import { rabbitmqExchange } from './rabbitmq-exchange';

/**
 * What the fields of rabbitmq-exchange.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const rabbitmqExchangeFieldDescriptions: DescribedFields = [
  [
    rabbitmqExchange.schema,
    {
      external: 'Declared elsewhere, not by this design: exports name it in links (alternate, dead-letter) but never declare it',
    },
  ],
];

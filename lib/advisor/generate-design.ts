import type { Broker, Design } from '../design';
import { buildDesign, type TemplateDesign } from '../templates';
import type { MessagingRequest } from './request';

/**
 * Draws a starting design for `request` on `broker`: channels named after the
 * events and sized from the throughput, clients configured for the declared
 * guarantees, retry and dead-letter paths. Each broker's is declared with its
 * family (lib/families/<broker>.ts).
 */
export type StartingDesignGenerator = (request: MessagingRequest, broker: Broker) => TemplateDesign;

/** The design a generator drew, laid out left to right. */
export function startingDesign(request: MessagingRequest, broker: Broker, generate: StartingDesignGenerator): Design {
  return buildDesign(generate(request, broker), 'The generated design');
}

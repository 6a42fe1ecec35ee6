import type { TemplateNode } from '../templates';
import type { MessagingRequest } from './request';

/**
 * The request's producers as every generated design draws them: two instances sharing its throughput,
 * its message size, and keyed by entity whenever it asks for order. `settings` adds or overrides what
 * a broker needs of them (its client settings, one instance for strict order, a retry horizon).
 */
export function producerNodes(request: MessagingRequest, ids: readonly string[], settings: Readonly<Record<string, unknown>> = {}): TemplateNode[] {
  return ids.map((id) => ({
    kind: 'producer',
    id,
    instances: 2,
    publishRate: Math.ceil(request.throughput / ids.length),
    messageSizeBytes: request.messageSizeBytes,
    keyStrategy: request.ordering === 'none' ? 'none' : 'entity-id',
    ...settings,
  }));
}

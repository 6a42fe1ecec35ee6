import type { Cluster } from '../../design';
import { SERVICEBUS_DEFAULT_TIER } from './defaults';
import { SERVICEBUS_TIERS, type ServicebusTier } from '../../design/kinds/servicebus-limits';

/**
 * A Service Bus namespace's tier, from its cluster's `config.sku` (ARM's `sku.name`); Standard
 * when unset or not a tier (the exports refuse a cluster whose config.sku is not one:
 * servicebusSkuProblem).
 */
export function servicebusTier(cluster: Pick<Cluster, 'config'> | undefined): ServicebusTier {
  const sku = cluster?.config.sku;
  return (SERVICEBUS_TIERS as readonly unknown[]).includes(sku) ? (sku as ServicebusTier) : SERVICEBUS_DEFAULT_TIER;
}

/** Why `cluster`'s config.sku is not a Service Bus tier, or undefined when it is one or unset. */
export function servicebusSkuProblem(cluster: Pick<Cluster, 'name' | 'config'>): string | undefined {
  const sku = cluster.config.sku;
  if (sku === undefined || (SERVICEBUS_TIERS as readonly unknown[]).includes(sku)) return undefined;
  return `Cluster "${cluster.name}": config.sku is ${JSON.stringify(sku)}; a Service Bus namespace tier is ${SERVICEBUS_TIERS.join(', ')}`;
}

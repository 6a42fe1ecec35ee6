import type { Cluster } from '../../design';
import { SERVICEBUS_DEFAULT_TIER } from './defaults';
import { SERVICEBUS_TIERS, type ServicebusTier } from './limits';

/**
 * A Service Bus namespace's tier, from its cluster's `config.sku` (ARM's `sku.name`); Standard
 * when unset. A value that is not a tier is reported by the caller as the cluster's problem.
 */
export function servicebusTier(cluster: Pick<Cluster, 'config'> | undefined): ServicebusTier {
  const sku = cluster?.config.sku;
  return (SERVICEBUS_TIERS as readonly unknown[]).includes(sku) ? (sku as ServicebusTier) : SERVICEBUS_DEFAULT_TIER;
}

import { incoming, nodeById, outgoing, type GraphDesign, type NodeOfKind } from '../../design';
import type { ResolvedArtemisAddress } from './resolve';

/** What matters about an Artemis address or queue at a glance (node-summary.ts). */
export const ARTEMIS_SUMMARIES = {
  'artemis-address': (design: GraphDesign, node: ResolvedArtemisAddress) => {
    const dla = outgoing(design, node.id, 'dead-letter')[0];
    const dlaName = dla ? (nodeById(design, dla.to)?.name ?? dla.to) : undefined;
    const attempts = node.settings['max-delivery-attempts'];
    const deadLettersOf = incoming(design, node.id, 'dead-letter').map((c) => nodeById(design, c.from)?.name ?? c.from);
    return [
      `${node.routingType} · ${node.settings['address-full-policy']} when full`,
      dlaName
        ? `DLA → ${dlaName} after ${attempts === -1 ? '∞' : attempts}`
        : deadLettersOf.length > 0
          ? `dead letters of ${deadLettersOf.slice(0, 2).join(', ')}${deadLettersOf.length > 2 ? ` +${deadLettersOf.length - 2}` : ''}`
          : `no DLA: dropped after ${attempts === -1 ? '∞' : attempts}`,
    ];
  },
  'artemis-queue': (design: GraphDesign, node: NodeOfKind<'artemis-queue'>) => {
    const traits = [node.durable ? 'durable' : 'non-durable', node.exclusive ? 'exclusive' : '', node['last-value-key'] ? `last value by ${node['last-value-key']}` : ''];
    return [traits.filter(Boolean).join(' · ')];
  },
};

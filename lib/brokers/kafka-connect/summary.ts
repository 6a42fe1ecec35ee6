import { nodeById, outgoing, type GraphDesign, type NodeOfKind } from '../../design';
import { CONNECT_DEFAULTS } from './connector-defaults';

/** What matters about a connector and the system it reads or writes at a glance (node-summary.ts). */
export const KAFKA_CONNECT_SUMMARIES = {
  'connect-source': (design: GraphDesign, node: NodeOfKind<'connect-source'>) => [
    connectorClassName(node.connectorClass),
    `${taskCount(node.config['tasks.max'])}${node.config['exactly.once.support'] === 'required' ? ' · exactly-once' : ''}`,
  ],
  'connect-sink': (design: GraphDesign, node: NodeOfKind<'connect-sink'>) => {
    const dlq = outgoing(design, node.id, 'dead-letter')[0];
    const dlqName = dlq ? (nodeById(design, dlq.to)?.name ?? dlq.to) : undefined;
    const errors = dlqName ? `DLQ → ${dlqName}` : node.config['errors.tolerance'] === 'all' ? 'skips bad records' : 'stops on a bad record';
    return [connectorClassName(node.connectorClass), `${taskCount(node.config['tasks.max'])} · ${errors}`];
  },
  'external-system': (design: GraphDesign, node: NodeOfKind<'external-system'>) => [node.system],
};

/** `io.debezium.connector.postgresql.PostgresConnector` → `PostgresConnector`: the class name says the plugin. */
function connectorClassName(connectorClass: string): string {
  return connectorClass.slice(connectorClass.lastIndexOf('.') + 1);
}

function taskCount(tasksMax: number | undefined): string {
  const n = tasksMax ?? CONNECT_DEFAULTS['tasks.max'].value;
  return `${n} task${n === 1 ? '' : 's'} max`;
}

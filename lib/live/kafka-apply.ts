import type { Admin } from '@platformatic/kafka';
import { applyInOrder, type ApplyResult, type Operation, type Plan } from './drift';
import { validateCreateTopics } from './kafka-admin';
import { kafkaErrorDetail } from './kafka-errors';
import { sameKafkaValue } from './kafka-drift';

/**
 * Asks the cluster to check a plan without applying it, and runs it. Kafka
 * validates creates (CreateTopics validate_only), partition growth
 * (CreatePartitions validate_only) and config changes (IncrementalAlterConfigs
 * validate_only); deletes have no such mode. `applyKafkaPlan` stops at the
 * first failure and says what was done and what was not.
 */

const SET = 0;
const DELETE = 1;

function createRequest(op: Operation) {
  const d = op.details as { partitions: number | string; replicationFactor: number | string; configs: Record<string, string> };
  return {
    name: op.resource.name,
    partitions: typeof d.partitions === 'number' ? d.partitions : -1,
    replicationFactor: typeof d.replicationFactor === 'number' ? d.replicationFactor : -1,
    configs: d.configs,
  };
}

function alterResource(op: Operation) {
  const d = op.details as { set?: Record<string, string>; remove?: string[] };
  return {
    resourceType: 2 as const,
    resourceName: op.resource.name,
    configs: [
      ...Object.entries(d.set ?? {}).map(([name, value]) => ({ name, configOperation: SET as 0, value })),
      ...(d.remove ?? []).map((name) => ({ name, configOperation: DELETE as 1, value: null })),
    ],
  };
}

/** Fills `refused` on each operation the broker would refuse. Creates that follow a delete of the same topic are not validated (the name is still taken). */
export async function validateKafkaPlan(admin: Admin, plan: Plan): Promise<Plan> {
  const deleted = new Set(plan.operations.filter((o) => o.action === 'delete-topic').map((o) => o.resource.name));
  const creates = plan.operations.filter((o) => o.action === 'create-topic' && !deleted.has(o.resource.name));
  const refusals = await validateCreateTopics(admin, creates.map(createRequest));
  const operations: Operation[] = [];
  for (const op of plan.operations) {
    let refused: string | undefined = op.action === 'create-topic' ? refusals.get(op.resource.name) : undefined;
    try {
      if (op.action === 'add-partitions')
        await admin.createPartitions({ topics: [{ name: op.resource.name, count: (op.details as { to: number }).to, assignments: null as never }], validateOnly: true });
      if (op.action === 'alter-configs') await admin.incrementalAlterConfigs({ resources: [alterResource(op)], validateOnly: true });
    } catch (error) {
      refused = kafkaErrorDetail(error);
    }
    operations.push(refused ? { ...op, refused } : op);
  }
  return { ...plan, operations };
}

/**
 * Topic creation and deletion finish on the controller before every broker's
 * metadata shows them: an audit right after an apply would still see the old
 * state, and a create right after a delete would find the name taken. So
 * apply waits (bounded) until the broker it asks shows the change.
 */
async function waitForTopic(admin: Admin, name: string, present: boolean): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if ((await admin.listTopics()).includes(name) === present) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`topic ${name} was ${present ? 'still not visible 30 s after it was created' : 'still there 30 s after it was deleted'}`);
}

/** Waits (bounded) until the broker answers with what `op` changed: a config or partition change, too, reaches the broker's metadata after the controller. */
async function waitForChange(admin: Admin, op: Operation): Promise<void> {
  const name = op.resource.name;
  for (let i = 0; i < 120; i++) {
    if (op.action === 'add-partitions') {
      const metadata = await admin.metadata({ topics: [name], forceUpdate: true });
      if (metadata.topics.get(name)?.partitionsCount === (op.details as { to: number }).to) return;
    } else {
      const d = op.details as { set?: Record<string, string>; remove?: string[] };
      const [described] = await admin.describeConfigs({ resources: [{ resourceType: 2, resourceName: name }] });
      const configs = new Map((described?.configs ?? []).map((c) => [c.name, c]));
      const setDone = Object.entries(d.set ?? {}).every(([key, value]) => sameKafkaValue(key, value, configs.get(key)?.value ?? ''));
      const removeDone = (d.remove ?? []).every((key) => configs.get(key)?.configSource !== 1);
      if (setDone && removeDone) return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the broker still did not show the change to ${name} 30 s after it was made`);
}

async function run(admin: Admin, op: Operation): Promise<void> {
  switch (op.action) {
    case 'delete-topic':
      await admin.deleteTopics({ topics: [op.resource.name] });
      await waitForTopic(admin, op.resource.name, false);
      return;
    case 'create-topic': {
      const t = createRequest(op);
      await admin.createTopics({ topics: [t.name], partitions: t.partitions, replicas: t.replicationFactor, configs: Object.entries(t.configs).map(([name, value]) => ({ name, value })) });
      await waitForTopic(admin, t.name, true);
      return;
    }
    case 'add-partitions':
      await admin.createPartitions({ topics: [{ name: op.resource.name, count: (op.details as { to: number }).to, assignments: null as never }] });
      await waitForChange(admin, op);
      return;
    case 'alter-configs':
      await admin.incrementalAlterConfigs({ resources: [alterResource(op)] });
      await waitForChange(admin, op);
      return;
    default:
      throw new Error(`unknown operation ${op.action}`);
  }
}

export async function applyKafkaPlan(admin: Admin, plan: Plan): Promise<ApplyResult> {
  return applyInOrder(plan, (op) => run(admin, op), kafkaErrorDetail);
}

import type { z } from 'zod';
import type { Design } from '../design';
import type { ApplyResult, Difference, Plan } from './drift';
import type { LiveImportLimits, liveImportRequestSchema } from './import-live';
import type { AuditScope } from './kafka-drift';

/**
 * Audit, plan or apply against one live cluster, whatever its broker: the one
 * place that picks the broker's own functions (kafka-audit.ts,
 * rabbitmq-audit.ts, nats-audit.ts, sqs-sns-audit.ts), so a new broker is one more case here. The connection
 * is the live import's request (`from` names the broker), so the studio's
 * route and the import share one form and one validation.
 */

export type AuditAction = 'audit' | 'plan' | 'apply';

export type ClusterConnection = z.output<typeof liveImportRequestSchema>;

export interface ClusterAuditOptions {
  /** The design's cluster id, when it draws several clusters of the broker. */
  clusterId?: string;
  scope?: AuditScope;
  /** `type:name` keys that may be deleted (or deleted and declared again). */
  allowDelete?: ReadonlySet<string>;
  /** The server's allow-list and byte budget; absent, as the command line: any endpoint. */
  limits?: LiveImportLimits;
}

/** What each broker's audit, plan and apply answer, in one shape. */
export interface ClusterAuditOutcome {
  differences: Difference[];
  notes: string[];
  problems: string[];
  plan?: Plan;
  result?: ApplyResult;
}

/** Every broker the studio can compare with: each client connects through the ConnectionGuard, so the server's allow-list holds at connect time. */
export const AUDIT_SOURCES = ['kafka', 'rabbitmq', 'nats', 'sqs-sns'] as const satisfies readonly ClusterConnection['from'][];

/** Runs `action` against the cluster `connection` names; failures are LiveImportErrors. */
export async function runClusterAudit(action: AuditAction, connection: ClusterConnection, design: Design, options: ClusterAuditOptions = {}): Promise<ClusterAuditOutcome> {
  switch (connection.from) {
    case 'kafka': {
      const live = await import('./kafka-audit');
      if (action === 'audit') return live.auditKafka(connection, design, options);
      if (action === 'plan') return live.planKafkaCluster(connection, design, options);
      return live.applyKafkaCluster(connection, design, options);
    }
    case 'rabbitmq': {
      const live = await import('./rabbitmq-audit');
      if (action === 'audit') return live.auditRabbitmq(connection, design, options);
      if (action === 'plan') return live.planRabbitmqCluster(connection, design, options);
      return live.applyRabbitmqCluster(connection, design, options);
    }
    case 'nats': {
      const live = await import('./nats-audit');
      if (action === 'audit') return live.auditNats(connection, design, options);
      if (action === 'plan') return live.planNatsCluster(connection, design, options);
      return live.applyNatsCluster(connection, design, options);
    }
    case 'sqs-sns': {
      const live = await import('./sqs-sns-audit');
      if (action === 'audit') return live.auditSqsSns(connection, design, options);
      if (action === 'plan') return live.planSqsSnsCluster(connection, design, options);
      return live.applySqsSnsCluster(connection, design, options);
    }
  }
}

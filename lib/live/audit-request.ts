import { z } from 'zod';
import { designFromData, formatDesignErrors, type Design } from '../design';
import type { AuditAction, ClusterConnection } from './cluster-audit';
import { liveImportRequestSchema, requestProblems } from './import-live';

/**
 * What the studio sends to compare its design with a cluster (POST
 * /api/audit): the action, the live import's connection (one form, one
 * validation), the design on the canvas, and for a plan or an apply the
 * resources the person ticked for deletion. An apply also carries the
 * operations the person reviewed: the server refuses to run a plan that has
 * changed since.
 */

/** The design travels in the body: a 10,000-node design is about 3 MB of JSON. */
export const MAX_AUDIT_BODY_BYTES = 4 * 1048576;

export const auditRequestSchema = z
  .object({
    action: z.enum(['audit', 'plan', 'apply']),
    connection: liveImportRequestSchema,
    design: z.unknown().refine((v) => typeof v === 'object' && v !== null, 'Send the design as a JSON object.'),
    clusterId: z.string().min(1).max(200).optional(),
    prefix: z.string().min(1).max(255).optional(),
    allowDelete: z
      .array(
        z
          .string()
          .max(1000)
          .regex(/^(topic|queue|exchange|binding|policy):.+$/, 'each is type:name, e.g. queue:orders'),
      )
      .max(10_000)
      .default([]),
    reviewed: z.array(z.string().max(2000)).max(10_000).optional(),
  })
  .strict();

export interface AuditRequest {
  action: AuditAction;
  connection: ClusterConnection;
  design: Design;
  clusterId?: string;
  prefix?: string;
  allowDelete: Set<string>;
  /** apply: the operations the person saw, as drift.ts's operationKey gives them. */
  reviewed?: string[];
}

export type AuditRequestParse = { ok: true; request: AuditRequest } | { ok: false; message: string };

/** Checks the request and restores its design through the one restore step; problems say where. */
export function parseAuditRequest(body: unknown): AuditRequestParse {
  const parsed = auditRequestSchema.safeParse(body);
  if (!parsed.success) return { ok: false, message: `The request is not valid: ${requestProblems(parsed.error)}.` };
  const { action, connection, clusterId, prefix, allowDelete, reviewed } = parsed.data;
  if (action === 'apply' && reviewed === undefined) return { ok: false, message: 'The request is not valid: reviewed: an apply lists the operations that were reviewed (plan first).' };
  const design = designFromData(parsed.data.design);
  if (!design.ok) return { ok: false, message: `The design is not valid: ${formatDesignErrors(design.errors.slice(0, 5))}` };
  return { ok: true, request: { action, connection, design: design.design, clusterId, prefix, allowDelete: new Set(allowDelete), reviewed } };
}

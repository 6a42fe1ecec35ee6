import { z } from 'zod';
import { clusterSchema } from './cluster';
import { connectionSchema } from './connection';
import { nameSchema, notesSchema } from './fields';
import { nodeSchema } from './kinds';
import { requirementsSchema } from './requirements';
import { simulationSettingsSchema } from './simulation-settings';

/**
 * The version this code writes. Older documents are migrated on read (see
 * migrations.ts). Version 2: a setting a document leaves unset is the
 * software's default (client, broker, cloud), not a value Queuewright
 * chose; a version-1 reader would fill its own values in, so it must refuse.
 */
export const DESIGN_VERSION = 2;

export const positionSchema = z.object({ x: z.number(), y: z.number() });
export type Position = z.infer<typeof positionSchema>;

/** Review settings kept with the design so everyone sees the same score. */
export const reviewSettingsSchema = z.object({
  preset: z.enum(['recommended', 'strict']).default('recommended'),
  overrides: z
    .record(z.string().max(200), z.enum(['off', 'info', 'warning', 'error']))
    .default({})
    .meta({ description: 'Per-rule severity override, by rule id' }),
});
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;

/**
 * The design document: the single source of truth for the canvas, the rules,
 * every exporter, the share link and the CLI. `queuewright` is its first
 * field and its version.
 */
export const designSchema = z
  .object({
    queuewright: z.literal(DESIGN_VERSION).meta({ description: 'Design file format version' }),
    name: nameSchema.default('Untitled design'),
    notes: notesSchema.optional(),
    requirements: requirementsSchema.default(requirementsSchema.parse({})),
    review: reviewSettingsSchema.default({ preset: 'recommended', overrides: {} }),
    simulation: simulationSettingsSchema.optional().meta({ description: 'The last simulation run (scenarios, seed, duration), so whoever opens the design replays it' }),
    clusters: z.array(clusterSchema).max(1000).default([]),
    nodes: z.array(nodeSchema).max(10_000).default([]),
    connections: z
      .array(z.lazy(() => connectionSchema))
      .max(50_000)
      .default([]),
    layout: z.record(z.string().max(200), positionSchema).optional().meta({ description: 'Node positions by node id; nodes without one are laid out automatically' }),
  })
  .superRefine((design, ctx) => {
    const ids = new Map<string, string>();
    design.nodes.forEach((node, i) => {
      if (ids.has(node.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `Duplicate node id "${node.id}"` });
      ids.set(node.id, node.kind);
    });
    const clusterIds = new Set<string>();
    design.clusters.forEach((cluster, i) => {
      if (clusterIds.has(cluster.id)) ctx.addIssue({ code: 'custom', path: ['clusters', i, 'id'], message: `Duplicate cluster id "${cluster.id}"` });
      clusterIds.add(cluster.id);
    });
    design.nodes.forEach((node, i) => {
      if (node.cluster !== undefined && !clusterIds.has(node.cluster)) {
        ctx.addIssue({ code: 'custom', path: ['nodes', i, 'cluster'], message: `Unknown cluster "${node.cluster}"` });
      }
    });
    const connectionIds = new Set<string>();
    design.connections.forEach((c, i) => {
      if (connectionIds.has(c.id)) ctx.addIssue({ code: 'custom', path: ['connections', i, 'id'], message: `Duplicate connection id "${c.id}"` });
      connectionIds.add(c.id);
    });
  });

export type Design = z.infer<typeof designSchema>;
/** What may be written by hand: defaults omitted. */
export type DesignInput = z.input<typeof designSchema>;

/** A new, empty design. */
export function emptyDesign(name = 'Untitled design'): Design {
  return designSchema.parse({ queuewright: DESIGN_VERSION, name });
}

/** The words every node kind shares, and the types the label tables (field-labels.ts and field-labels-<family>.ts) are written in. */
import type { z } from 'zod';
import type { KIND_BY_NAME, NodeKind } from './kinds';

/** Fields every node kind has (and the groups several share). */
export const BASE = {
  name: 'Name',
  cluster: 'Cluster',
  notes: 'Notes',
  acceptedRisks: 'Accepted risks',
  idPinned: 'Keep this id when renamed',
} as const;

/** Labels of a scope: by dotted field path (`requirements.latencyMs`). */
export type Labels = Readonly<Record<string, string>>;

/** Every top-level field of a zod object's input, minus the ones `BASE` labels for every kind. */
export type OwnFields<S> = S extends z.ZodType ? Exclude<keyof z.input<S>, keyof typeof BASE | 'kind' | 'id'> : never;

/** The labels of some kinds' own fields: every field of each, so a field left out does not compile. */
export type KindFieldLabels<K extends NodeKind> = { readonly [Kind in K]: Readonly<Record<OwnFields<(typeof KIND_BY_NAME)[Kind]['schema']>, string>> & Labels };

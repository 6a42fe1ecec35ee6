import type { ConnectionKind } from '../design';

/** A node as a template writes it: defaults omitted, `name` defaults to the id. */
export interface TemplateNode {
  kind: string;
  id: string;
  name?: string;
  [field: string]: unknown;
}

/** A connection as a template writes it: the kind is the one the pair allows unless given; the id is `from--to`. */
export interface TemplateConnection {
  from: string;
  to: string;
  kind?: ConnectionKind;
  [field: string]: unknown;
}

/** The design part of a template, written by hand the way a design file may be. */
export interface TemplateDesign {
  name: string;
  notes?: string;
  requirements?: Record<string, unknown>;
  clusters?: Array<Record<string, unknown>>;
  nodes: TemplateNode[];
  connections: TemplateConnection[];
}

/**
 * A starting point in the gallery: a real, carefully built design with a
 * one-line purpose. Each template is also a regression fixture: its score
 * and findings are pinned by templates.test.ts.
 */
export interface Template {
  id: string;
  title: string;
  /** One line: what the design is for. */
  purpose: string;
  /** Broker names shown on the card. */
  brokers: readonly string[];
  /** A design with defects on purpose, to practise on: its findings are the point, so it is not a worked example. */
  exercise?: boolean;
  design: TemplateDesign;
}

import { brokersOfConnections, checkConnection, designFromData, DESIGN_VERSION, emptyDesign, formatDesignErrors, withRecommended, type Design } from '../design';
import { layeredLayout } from '../layout/layered-layout';
import type { Template, TemplateDesign } from './template';

const cache = new WeakMap<Template, Design>();

/**
 * The template as a design: names default to ids, connection kinds to what
 * the pair allows (as when drawn on the canvas), ids to `from--to`, and
 * positions to the left-to-right rank layout. Throws on an invalid template:
 * templates are code, and their tests read every one.
 */
export function templateDesign(template: Template): Design {
  const cached = cache.get(template);
  if (cached) return cached;
  const built = buildDesign(template.design, `Template "${template.id}"`);
  cache.set(template, built);
  return built;
}

/** A hand-written design (names default to ids, connection kinds and ids derived) as a validated, laid-out design. */
export function buildDesign(design: TemplateDesign, label = 'The design'): Design {
  // Drawn as the studio draws: every node starts from the settings an expert would choose.
  const brokers = brokersOfConnections(design.nodes, design.connections);
  const nodes = design.nodes.map((n) => ({ name: n.id, ...withRecommended(n.kind, n, brokers.get(n.id)) }));
  // Connection kinds are resolved against the nodes alone, as the canvas would when they are drawn.
  const parsedNodes = designFromData({ queuewright: DESIGN_VERSION, clusters: design.clusters, nodes });
  const probe = parsedNodes.ok ? parsedNodes.design : emptyDesign();
  const seen = new Map<string, number>();
  const connections = design.connections.map((c) => {
    const base = `${c.from}--${c.to}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    let kind = c.kind;
    if (!kind) {
      const check = checkConnection(probe, c.from, c.to);
      kind = check.ok ? check.kind : 'publish';
    }
    return { ...c, id: count === 1 ? base : `${base}-${count}`, kind };
  });
  const result = designFromData({ queuewright: DESIGN_VERSION, name: design.name, notes: design.notes, requirements: design.requirements, clusters: design.clusters, nodes, connections });
  if (!result.ok) throw new Error(`${label} is not a valid design:\n${formatDesignErrors(result.errors)}`);
  if (result.notices.length > 0) throw new Error(`${label} has keys the design does not know:\n${formatDesignErrors(result.notices)}`);
  return { ...result.design, layout: layeredLayout(result.design) };
}

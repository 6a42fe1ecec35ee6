import type { Design, Position } from '../design';
import { estimatedNodeSize, NODE_WIDTH, type Size } from './node-size';
import { acyclicEdges, assignLayers, type LayoutEdge } from './layering';
import { isSideConnection } from './side-connection';

/** Between columns: room for an arrowhead and a routing-key label. */
const LAYER_GAP = 96;
/** Between the nodes of one column. */
const ROW_GAP = 40;
/** Between a node and the failure target hung below it: room for the edge's label. */
const SIDE_GAP = 48;
/** Between independent parts of a design. */
const COMPONENT_GAP = 96;
/** Barycentre sweeps (down, up, …) that order each column to cross fewer connections. */
const SWEEPS = 5;

export interface LayeredLayoutOptions {
  /** Measured node sizes (the canvas knows them); the rest are estimated. */
  sizes?: Readonly<Record<string, Size>>;
}

/**
 * A strict left-to-right layered layout, the way people draw pipelines:
 *
 * - every connection of the main flow runs from one column to a column
 *   further right; only a connection that closes a cycle (a saga's reply, a
 *   retry loop) runs back, because nothing else can;
 * - failure paths (see isSideConnection) hang below their source in its
 *   column, a dead-letter exchange and its queue straight down, so the main
 *   flow stays one row when it is one chain: a 9-node pipeline is one row;
 * - columns are ordered to cross fewer connections (barycentre sweeps), and
 *   each node is put level with what feeds it;
 * - independent parts of the design are stacked, each laid out on its own,
 *   and lone nodes are gathered in a grid below them.
 *
 * Linear in the size of the design per sweep: 10,000 nodes take well under a
 * second, so the studio runs it on the main thread, without a worker.
 */
export function layeredLayout(design: Design, options: LayeredLayoutOptions = {}): Record<string, Position> {
  const nodes = design.nodes;
  const count = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const size = nodes.map((node) => options.sizes?.[node.id] ?? estimatedNodeSize(node));
  const edges = layoutEdges(design, index);

  const out: LayoutEdge[][] = nodes.map(() => []);
  const into: LayoutEdge[][] = nodes.map(() => []);
  for (const edge of edges) {
    out[edge.from].push(edge);
    into[edge.to].push(edge);
  }

  const components = connectedComponents(count, edges);
  const position: Position[] = new Array(count);
  const lone: number[] = [];
  let top = 0;
  let widestColumns = 1;
  for (const component of components) {
    if (component.length === 1) {
      lone.push(component[0]);
      continue;
    }
    const placed = layOutComponent(component, out, into, size);
    for (const [node, p] of placed.positions) position[node] = { x: p.x, y: p.y + top };
    top += placed.height + COMPONENT_GAP;
    widestColumns = Math.max(widestColumns, placed.columns);
  }
  // Lone nodes in rows as wide as the widest part of the design (at least four).
  const columns = Math.max(4, widestColumns);
  let rowHeight = 0;
  lone.forEach((node, i) => {
    if (i > 0 && i % columns === 0) {
      top += rowHeight + ROW_GAP;
      rowHeight = 0;
    }
    position[node] = { x: (i % columns) * (NODE_WIDTH + LAYER_GAP), y: top };
    rowHeight = Math.max(rowHeight, size[node].height);
  });

  // Keys in node order, as a design file written by the studio has them.
  return Object.fromEntries(nodes.map((node, i) => [node.id, { x: Math.round(position[i].x), y: Math.round(position[i].y) }]));
}

/** One edge per connected pair (parallel connections lay out as one); a failure path only if every connection of the pair is one. */
function layoutEdges(design: Design, index: Map<string, number>): LayoutEdge[] {
  const byPair = new Map<string, { from: number; to: number; side: boolean }>();
  for (const c of design.connections) {
    const from = index.get(c.from);
    const to = index.get(c.to);
    if (from === undefined || to === undefined || from === to) continue;
    const key = `${from} ${to}`;
    const side = isSideConnection(c, design.nodes[to]);
    const known = byPair.get(key);
    if (known) known.side &&= side;
    else byPair.set(key, { from, to, side });
  }
  // A node reached only by failure paths hangs below its source; one the main flow also reaches is placed by the flow.
  const flowIn = new Set<number>();
  for (const pair of byPair.values()) if (!pair.side) flowIn.add(pair.to);
  return [...byPair.values()].map(({ from, to, side }) => ({ from, to, weight: side && !flowIn.has(to) ? 0 : 1 }));
}

function connectedComponents(count: number, edges: LayoutEdge[]): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (const { from, to } of edges) {
    const a = find(from);
    const b = find(to);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  // In the order of each part's first node in the design.
  return [...groups.values()];
}

interface PlacedComponent {
  positions: Map<number, Position>;
  height: number;
  columns: number;
}

/** A node and the failure targets hung below it, laid out as one unit of its column. */
interface Block {
  members: number[];
  /** Each member's top, from the block's top. */
  offsets: number[];
  height: number;
}

function layOutComponent(component: number[], out: LayoutEdge[][], into: LayoutEdge[][], size: Size[]): PlacedComponent {
  const { forward, discovery } = acyclicEdges(component, out, into);
  const layer = assignLayers(component, forward, discovery);

  // Blocks: a node hung below its source (weight 0, same column) joins its source's block. A
  // failure target with several sources in one column first hangs below the first; once the
  // columns are ordered, below the lowest, so that every failure path runs down.
  const hangingFrom = new Map<number, number[]>();
  for (const node of discovery) {
    const sources = forward.into
      .get(node)!
      .filter((e) => e.weight === 0 && layer.get(e.from) === layer.get(node))
      .map((e) => e.from);
    if (sources.length > 0) hangingFrom.set(node, sources);
  }
  let columns = buildBlocks(discovery, layer, hangingFrom, () => 0, size);
  const blockOf = new Map<number, Block>();
  const indexBlocks = () => {
    for (const blocks of columns) for (const block of blocks) for (const m of block.members) blockOf.set(m, block);
  };
  indexBlocks();

  // Neighbours in other columns, through connections of the main flow (failure paths pull nothing out of its row).
  const before = new Map<number, number[]>();
  const after = new Map<number, number[]>();
  for (const node of component) {
    before.set(
      node,
      (forward.into.get(node) ?? []).filter((e) => e.weight === 1 && layer.get(e.from)! < layer.get(node)!).map((e) => e.from),
    );
    after.set(
      node,
      (forward.out.get(node) ?? []).filter((e) => e.weight === 1 && layer.get(e.to)! > layer.get(node)!).map((e) => e.to),
    );
  }

  orderColumns(columns, blockOf, before, after);
  if ([...hangingFrom.values()].some((sources) => sources.length > 1)) {
    const depth = new Map<number, number>();
    for (const blocks of columns) blocks.forEach((block, i) => block.members.forEach((m, j) => depth.set(m, i * 10_000 + j)));
    const rootOrder = columns.flatMap((blocks) => blocks.map((b) => b.members[0]));
    columns = buildBlocks(rootOrder, layer, hangingFrom, (n) => depth.get(n)!, size);
    indexBlocks();
  }

  const failureSources = new Map<number, number[]>();
  for (const node of component) {
    const sources = forward.into
      .get(node)!
      .filter((e) => e.weight === 0)
      .map((e) => e.from);
    if (sources.length > 0) failureSources.set(node, sources);
  }
  const top = placeRows(columns, before, after, failureSources, size);

  const width = Math.max(...component.map((n) => size[n].width));
  const positions = new Map<number, Position>();
  let minY = Infinity;
  let maxY = -Infinity;
  columns.forEach((blocks, c) => {
    for (const block of blocks) {
      block.members.forEach((m, i) => {
        const y = top.get(block)! + block.offsets[i];
        positions.set(m, { x: c * (width + LAYER_GAP), y });
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y + size[m].height);
      });
    }
  });
  for (const p of positions.values()) p.y -= minY;
  return { positions, height: maxY - minY, columns: columns.length };
}

/**
 * Groups each node with the failure targets that hang below it, in the order
 * `roots` gives. A target with several sources in its column hangs below the
 * deepest one (`depth`).
 */
function buildBlocks(roots: number[], layer: Map<number, number>, hangingFrom: Map<number, number[]>, depth: (node: number) => number, size: Size[]): Block[][] {
  const hangsBelow = new Map<number, number[]>();
  for (const [node, sources] of hangingFrom) {
    const anchor = sources.reduce((a, b) => (depth(b) > depth(a) ? b : a));
    if (!hangsBelow.has(anchor)) hangsBelow.set(anchor, []);
    hangsBelow.get(anchor)!.push(node);
  }
  const columns: Block[][] = [];
  for (const node of roots) {
    if (hangingFrom.has(node)) continue;
    const members: number[] = [];
    const collect = (n: number) => {
      members.push(n);
      for (const below of hangsBelow.get(n) ?? []) collect(below);
    };
    collect(node);
    const offsets: number[] = [];
    let height = 0;
    for (const m of members) {
      offsets.push(height);
      height += size[m].height + SIDE_GAP;
    }
    (columns[layer.get(node)!] ??= []).push({ members, offsets, height: height - SIDE_GAP });
  }
  for (let c = 0; c < columns.length; c++) columns[c] ??= [];
  return columns;
}

/** Orders each column by the mean position of its neighbours, sweeping right then left, so that connections cross less. */
function orderColumns(columns: Block[][], blockOf: Map<number, Block>, before: Map<number, number[]>, after: Map<number, number[]>) {
  const rank = new Map<number, number>();
  const rankColumn = (blocks: Block[]) => blocks.forEach((block, i) => block.members.forEach((m, j) => rank.set(m, i + j / (block.members.length + 1))));
  columns.forEach(rankColumn);
  const sortColumn = (c: number, neighbours: Map<number, number[]>) => {
    const weighted = columns[c].map((block, i) => {
      const seen = block.members.flatMap((m) =>
        neighbours
          .get(m)!
          .filter((n) => rank.has(n) && blockOf.get(n) !== block)
          .map((n) => rank.get(n)!),
      );
      return { block, i, weight: seen.length > 0 ? seen.reduce((a, b) => a + b, 0) / seen.length : i };
    });
    weighted.sort((a, b) => a.weight - b.weight || a.i - b.i);
    columns[c] = weighted.map((w) => w.block);
    rankColumn(columns[c]);
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    if (sweep % 2 === 0) for (let c = 1; c < columns.length; c++) sortColumn(c, before);
    else for (let c = columns.length - 2; c >= 0; c--) sortColumn(c, after);
  }
}

/**
 * The top of each block: level with what feeds it (centres aligned, so a
 * chain is a straight row), never overlapping the block above it; a block fed
 * by nothing is then put level with what it feeds.
 */
function placeRows(columns: Block[][], before: Map<number, number[]>, after: Map<number, number[]>, failureSources: Map<number, number[]>, size: Size[]): Map<Block, number> {
  const top = new Map<Block, number>();
  const centre = (node: number, block: Block) => top.get(block)! + block.offsets[block.members.indexOf(node)] + size[node].height / 2;
  const blockOfNode = new Map<number, Block>();
  for (const blocks of columns) for (const block of blocks) for (const m of block.members) blockOfNode.set(m, block);
  /** Where the block's top would be to put its members level with their neighbours (the median of what each asks). */
  const wanted = (block: Block, neighbours: Map<number, number[]>): number | undefined => {
    const asks: number[] = [];
    block.members.forEach((m, i) => {
      for (const n of neighbours.get(m)!) {
        const other = blockOfNode.get(n)!;
        if (top.has(other)) asks.push(centre(n, other) - size[m].height / 2 - block.offsets[i]);
      }
    });
    if (asks.length === 0) return undefined;
    asks.sort((a, b) => a - b);
    return asks[Math.floor((asks.length - 1) / 2)];
  };
  /** A failure target hangs lower than its source in its column when another of its sources, in an earlier column, is lower still. */
  const settle = (block: Block, y: number) => {
    let bottom = y + size[block.members[0]].height;
    for (let i = 1; i < block.members.length; i++) {
      const member = block.members[i];
      let memberTop = bottom + SIDE_GAP;
      for (const source of failureSources.get(member) ?? []) {
        const other = blockOfNode.get(source)!;
        if (other !== block && top.has(other)) memberTop = Math.max(memberTop, centre(source, other) + size[source].height / 2 + SIDE_GAP);
      }
      block.offsets[i] = memberTop - y;
      bottom = memberTop + size[member].height;
    }
    block.height = bottom - y;
  };
  const pack = (blocks: Block[], desired: Array<number | undefined>) => {
    let cursor = -Infinity;
    blocks.forEach((block, i) => {
      const y = Math.max(desired[i] ?? (cursor === -Infinity ? 0 : cursor), cursor === -Infinity ? -Infinity : cursor);
      settle(block, y);
      top.set(block, y);
      cursor = y + block.height + ROW_GAP;
    });
  };
  const fedByNothing = new Set<Block>();
  for (const blocks of columns) {
    const desired = blocks.map((block) => wanted(block, before));
    blocks.forEach((block, i) => desired[i] === undefined && fedByNothing.add(block));
    pack(blocks, desired);
  }
  for (let c = columns.length - 1; c >= 0; c--) {
    const blocks = columns[c];
    if (!blocks.some((b) => fedByNothing.has(b))) continue;
    pack(
      blocks,
      blocks.map((block) => (fedByNothing.has(block) ? (wanted(block, after) ?? top.get(block)) : top.get(block))),
    );
  }
  return top;
}

/**
 * Everything that lays a design out (Layout, the place a fix's or a paste's new nodes take, the
 * positions of nodes a file left without one): one module the studio loads on demand
 * (on-demand.ts), as a design whose every node has a position — almost every design, almost
 * all the time — needs none of it.
 */
export { layeredLayout } from './layered-layout';
export { withNewNodesPlaced } from './place-new-nodes';
export { placeFragment } from './place-fragment';
export { positionsWithFallback } from './positions-with-fallback';

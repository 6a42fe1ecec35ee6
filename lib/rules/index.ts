/** The review: rules, engine, score. */
export * from './engine';
export * from './fix';
export * from './fix-all';
export * from './presets';
export * from './registry';
export * from './review';
export * from './rule';
export type * from './rule-docs';
export * from './score';

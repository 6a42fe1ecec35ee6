/** The design document: schema, graph, operations, reading and writing. */
export * from './cluster';
export * from './connection';
export * from './connection-rules';
export * from './design';
export * from './duration';
export * from './fields';
export * from './graph';
export * from './ids';
export * from './kafka-principal';
export * from './kinds';
export * from './operations';
export * from './rabbitmq-policy';
export { DESIGN_ERROR_CODES, designFromData, formatDesignErrors, formatPath } from './design-from-data';
export type { DesignError, DesignErrorCode, ReadDesignOptions, ReadDesignResult } from './design-from-data';
export { readDesign } from './read-design';
export * from './requirements';
export * from './write-design';
export * from './node-summary';

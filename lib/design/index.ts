// readDesign (read-design.ts) and writeDesignYaml (write-design-yaml.ts) are imported from their modules: both need the YAML library, which the studio loads only when a file is opened or saved as YAML.
/** The design document: schema, graph, operations, reading and writing. */
export * from './cloudevents-envelope';
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
export { outgoingOf } from './kinds/service-targets';
export * from './operations';
export * from './node-id';
export * from './rabbitmq-policy';
export { DESIGN_ERROR_CODES, designFromData, formatDesignErrors, formatPath } from './design-from-data';
export type { DesignError, DesignErrorCode, DesignNotice, ReadDesignOptions, ReadDesignResult } from './design-from-data';
export { decodeText, normaliseText, type DecodeTextResult, type TextEncodingName } from './decode-text';
export { looksLikeDesignText } from './looks-like-design';
export { isBlankDesign } from './is-blank-design';
export { onlyLayoutChanged } from './only-layout-changed';
export * from './requirements';
export * from './simulation-settings';
export * from './write-design';
export * from './client';
export * from './recommended';
export * from './nearest';

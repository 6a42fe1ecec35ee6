/**
 * The editors a form uses beyond plain inputs (rows of keys and values, accepted risks, lists of
 * settings objects, sets of choices, the start of an optional group) and the read-only view: one module the schema form loads
 * when it first needs one, as none is on the studio's first screen.
 */
export { AcceptedRisksEditor } from './accepted-risks-editor';
export { EnumSetEditor } from './enum-set-editor';
export { KeyValueEditor } from './key-value-editor';
export { ObjectListEditor } from './object-list-editor';
export { ReadOnlyField } from './read-only-field';
export { OptionalGroup } from './optional-group';

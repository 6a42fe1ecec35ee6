import { brokenOrderPipeline } from './broken-order-pipeline';
import { cqrsProjection } from './cqrs-projection';
import { eventSourcedBank } from './event-sourced-bank';
import { sagaCompensations } from './saga-compensations';
import type { Template } from './template';

export type { Template, TemplateConnection, TemplateDesign, TemplateNode } from './template';
export { buildDesign, templateDesign } from './build-template';

/**
 * The templates that show a pattern rather than a broker (event sourcing, a saga, CQRS). A broker's own
 * templates are declared by its family (lib/families/<broker>.ts); the gallery lists them all, in its order,
 * as TEMPLATES (lib/families/templates.ts).
 */
export const PATTERN_TEMPLATES: readonly Template[] = [eventSourcedBank, sagaCompensations, cqrsProjection];

/** The exercise: a first draft broken on purpose, always last in the gallery. */
export { brokenOrderPipeline };

import { asyncapiExporter } from './asyncapi';
import { designJsonExporter } from './design-json';
import { designYamlExporter } from './design-yaml';
import { diagramSvgExporter } from './diagram-svg';
import { dockerComposeExporter } from './docker-compose';
import { markdownReportExporter } from './markdown-report';
import { solutionBriefJsonExporter, solutionBriefYamlExporter } from './solution-brief';
import type { Exporter } from './exporter';

export type { Exporter, ExportFile, ExportResult, ExportError } from './exporter';

/**
 * The formats that write any design, listed before the brokers' own. The brokers' formats are declared by
 * their families (lib/families/<broker>.ts) and every format is listed, in the export dialog's order, by
 * EXPORTERS in lib/families/exporters.ts.
 */
export const LEADING_EXPORTERS: readonly Exporter[] = [designJsonExporter, designYamlExporter, asyncapiExporter];

/** The formats listed after the brokers' own: docker-compose (which starts whichever brokers the design has), the briefs, the report and the diagram. */
export const TRAILING_EXPORTERS: readonly Exporter[] = [dockerComposeExporter, solutionBriefJsonExporter, solutionBriefYamlExporter, markdownReportExporter, diagramSvgExporter];

import { nodeSummary } from '../brokers/node-summary';
import { kindDefinition, type Connection, type Design } from '../design';
import { resolveDesign } from '../brokers/resolve';
import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import { NODE_WIDTH } from '../layout/node-size';
import { positionsWithFallback } from '../layout/positions-with-fallback';
import type { Exporter } from './exporter';
import { fileBaseName } from './file-name';

/**
 * The diagram as a standalone SVG: the same boxes, names, summaries and
 * connections as the canvas, laid out from the design's positions. Every
 * piece of user text is XML-escaped and wrapped (never cut), so labels stay
 * intact; characters XML cannot hold are replaced. Pure: no DOM, so the CLI
 * and the thumbnails use it too.
 */

const PADDING = 40;
const NAME_CHARS = 26;
const SUMMARY_CHARS = 34;
const LINE = { kind: 16, name: 19, summary: 16 };

/** Text as XML character data or attribute value: escaped, with characters XML 1.0 forbids replaced by U+FFFD. */
export function xmlText(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Splits text into lines of at most `width` characters, at spaces and punctuation where it can; nothing is dropped. */
export function wrapText(text: string, width: number): string[] {
  const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ');
  const chars = Array.from(flat);
  if (chars.length <= width) return [flat];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = Math.min(chars.length, start + width);
    if (end < chars.length) {
      // Break after the last separator in the second half of the line, if any.
      for (let i = end; i > start + width / 2; i--) {
        if (/[ .\-_/:]/.test(chars[i - 1])) {
          end = i;
          break;
        }
      }
    }
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  return lines;
}

/** A thumbnail shows the start of a name; the full diagram never cuts one. */
function thumbnailName(name: string): string {
  const chars = Array.from(name.replace(/\s+/g, ' '));
  return chars.length > 12 ? `${chars.slice(0, 11).join('')}…` : chars.join('');
}

interface Box {
  node: ResolvedNode;
  x: number;
  y: number;
  height: number;
  nameLines: string[];
  summary: string[];
}

function edgeLabel(connection: Connection): string | undefined {
  if (connection.kind === 'dead-letter') return connection.routingKey ? `dead-letter · ${connection.routingKey}` : 'dead-letter';
  if (connection.kind === 'alternate') return 'alternate';
  if (connection.routingKey) return connection.routingKey;
  if (connection.subject) return connection.subject;
  return undefined;
}

type SvgOptions = { thumbnail?: boolean };

/** Each node's box: where it sits and the lines it shows, which give its height. */
function layoutBoxes(design: ResolvedDesign, options: SvgOptions): Map<string, Box> {
  const positions = positionsWithFallback(design);
  const boxes = new Map<string, Box>();
  for (const node of design.nodes) {
    const position = positions[node.id] ?? { x: 0, y: 0 };
    const nameLines = options.thumbnail ? [thumbnailName(node.name)] : wrapText(node.name, NAME_CHARS);
    const summary = options.thumbnail ? [] : nodeSummary(design, node).flatMap((line) => wrapText(line, SUMMARY_CHARS));
    // Thumbnails are drawn a tenth of their size: uniform blocks read better there than text.
    const height = options.thumbnail ? 96 : 14 + LINE.kind + nameLines.length * LINE.name + summary.length * LINE.summary + 6;
    boxes.set(node.id, { node, x: position.x, y: position.y, height, nameLines, summary });
  }
  return boxes;
}

/** The opening tag, title, arrow markers and white background, sized to hold every box. */
function svgFrame(name: string, all: Box[]): string[] {
  const minX = Math.min(0, ...all.map((b) => b.x)) - PADDING;
  const minY = Math.min(0, ...all.map((b) => b.y)) - PADDING;
  const maxX = Math.max(NODE_WIDTH, ...all.map((b) => b.x + NODE_WIDTH)) + PADDING;
  const maxY = Math.max(80, ...all.map((b) => b.y + b.height)) + PADDING;
  const width = Math.round(maxX - minX);
  const height = Math.round(maxY - minY);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${Math.round(minX)} ${Math.round(minY)} ${width} ${height}" width="${width}" height="${height}" font-family="Inter, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', sans-serif" role="img" aria-label="${xmlText(name)}">`,
    `<title>${xmlText(name)}</title>`,
    '<defs><marker id="qw-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 10 5 0 10z" fill="#868e96"/></marker>',
    '<marker id="qw-arrow-dl" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 10 5 0 10z" fill="#e03131"/></marker></defs>',
    `<rect x="${Math.round(minX)}" y="${Math.round(minY)}" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
}

/** One connection: a curve from the right edge of `from` to the left edge of `to`, and its label. */
function connectionSvg(connection: Connection, from: Box, to: Box, options: SvgOptions): string[] {
  const x1 = from.x + NODE_WIDTH;
  const y1 = from.y + from.height / 2;
  const x2 = to.x;
  const y2 = to.y + to.height / 2;
  const bend = Math.max(40, Math.abs(x2 - x1) / 2);
  const deadLetter = connection.kind === 'dead-letter';
  const stroke = deadLetter ? '#e03131' : connection.kind === 'bind' || connection.kind === 'alternate' ? '#e8590c' : '#868e96';
  const dash = deadLetter ? ' stroke-dasharray="6 4"' : connection.kind === 'alternate' ? ' stroke-dasharray="2 4"' : '';
  const out = [
    `<path d="M${x1} ${y1} C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}" fill="none" stroke="${stroke}" stroke-width="${options.thumbnail ? 5 : 1.6}"${dash} marker-end="url(#${deadLetter ? 'qw-arrow-dl' : 'qw-arrow'})"><title>${xmlText(`${from.node.name} → ${to.node.name} (${connection.kind})`)}</title></path>`,
  ];
  const label = options.thumbnail ? undefined : edgeLabel(connection);
  if (label) {
    const lines = wrapText(label, 30);
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2 - (lines.length * 14) / 2;
    out.push(
      `<text x="${mx}" y="${my}" font-size="11" fill="#495057" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3">${lines.map((l, i) => `<tspan x="${mx}" dy="${i === 0 ? 0 : 14}">${xmlText(l)}</tspan>`).join('')}</text>`,
    );
  }
  return out;
}

/** One node: a coloured block on thumbnails; otherwise a card with kind, name and summary lines. */
function nodeSvg(box: Box, options: SvgOptions): string[] {
  // Colour, shape and label as on the canvas: both read the kind's definition. Unknown kinds are grey.
  const definition = kindDefinition(box.node.kind);
  const color = definition?.look.color ?? '#868e96';
  const radius = definition?.look.shape === 'service' ? 18 : 6;
  if (options.thumbnail) {
    return [
      `<g data-node="${xmlText(box.node.id)}"><rect x="${box.x}" y="${box.y}" width="${NODE_WIDTH}" height="${box.height}" rx="${radius * 2}" fill="${color}" fill-opacity="0.22" stroke="${color}" stroke-width="6"/>`,
      `<text x="${box.x + 20}" y="${box.y + 60}" font-size="30" font-weight="700" fill="#343a40">${xmlText(box.nameLines[0])}</text></g>`,
    ];
  }
  const out: string[] = [];
  out.push(`<g data-node="${xmlText(box.node.id)}">`);
  out.push(`<rect x="${box.x}" y="${box.y}" width="${NODE_WIDTH}" height="${box.height}" rx="${radius}" fill="#ffffff" stroke="#ced4da"/>`);
  out.push(`<rect x="${box.x}" y="${box.y}" width="5" height="${box.height}" rx="2" fill="${color}"/>`);
  let y = box.y + 8 + LINE.kind - 4;
  const role = 'role' in box.node && box.node.role !== 'normal' ? ` · ${box.node.role.toUpperCase()}` : '';
  out.push(
    `<text x="${box.x + 14}" y="${y}" font-size="10.5" font-weight="600" letter-spacing="0.06em" fill="${color}">${xmlText(`${(definition?.label ?? box.node.kind).toUpperCase()}${role}`)}</text>`,
  );
  for (const line of box.nameLines) {
    y += LINE.name;
    out.push(`<text x="${box.x + 14}" y="${y}" font-size="15" font-weight="600" fill="#212529">${xmlText(line)}</text>`);
  }
  for (const line of box.summary) {
    y += LINE.summary;
    out.push(`<text x="${box.x + 14}" y="${y}" font-size="12" fill="#6c757d">${xmlText(line)}</text>`);
  }
  out.push('</g>');
  return out;
}

/** The design as SVG text. `options.thumbnail` leaves out summaries and edge labels (gallery cards). */
export function designSvg(document: Design, options: SvgOptions = {}): string {
  const design = resolveDesign(document);
  const boxes = layoutBoxes(design, options);
  const all = [...boxes.values()];
  const out = svgFrame(design.name, all);
  for (const connection of design.connections) {
    const from = boxes.get(connection.from);
    const to = boxes.get(connection.to);
    if (from && to) out.push(...connectionSvg(connection, from, to, options));
  }
  for (const box of all) out.push(...nodeSvg(box, options));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

export const diagramSvgExporter: Exporter = {
  id: 'diagram-svg',
  label: 'Diagram (SVG)',
  description: 'The canvas as a picture: every node, name and connection, for documents and slides.',
  language: 'text',
  export: (design) => ({ ok: true, files: [{ path: `${fileBaseName(design)}.diagram.svg`, content: designSvg(design) }] }),
};

// Our own SVG writer: a FigureSpec in, an SVG document out — nodes, edges and text as vector
// elements, styled by the same rules as the Cytoscape stylesheet (style.ts). Pure string work,
// so it runs in the browser, in Node and in a worker. (cytoscape-svg is GPLv3 and is not used.)
import type { FigureParts, FigureSpec } from './figure';
import type { LegendEntry } from './legend';
import { palette } from './palette';
import type { Picture, PictureEdge, PictureNode } from './picture';
import { edgeLook, LABEL, nodeLook } from './style';

export interface SvgOptions {
  readonly parts: FigureParts;
  readonly background: 'white' | 'transparent';
}

export interface SvgFigure {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const M = 28;
const PANEL_W = 760;
const PANEL_H = 600;
const GAP = 24;
const TITLE = 22;
const CAPTION = 16;
const SMALL = 12.5;
const CHAR = 0.56;
/** Cytoscape's default spacing between parallel bezier edges, in model units. */
const BEZIER_STEP = 40;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Written as references so that a parser keeps them: in an attribute it would turn white space
  // into spaces, everywhere a carriage return before a newline into nothing, and (XML 1.1 and
  // xmldom) NEL and the Unicode line and paragraph separators into newlines.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
  '\u2029': '&#8233;',
};

/**
 * Text as XML character data or an attribute value. Validation refuses the characters XML cannot
 * hold (core/data/characters.ts), so every text of a valid data set is written whole.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\t\n\r\u0085\u2028\u2029]/g, (c) => ENTITIES[c] ?? c);
}

const n = (v: number): string => String(Math.round(v * 100) / 100);

/** Splits text into lines of at most `width` pixels at the given font size (estimated). */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(8, Math.floor(width / (fontSize * CHAR)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function text(x: number, y: number, size: number, content: string, extra = ''): string {
  return `<text x="${n(x)}" y="${n(y)}" font-size="${n(size)}"${extra}>${escapeXml(content)}</text>`;
}

interface Box {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

function bounds(pictures: readonly Picture[]): Box {
  let box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const node of pictures.flatMap((p) => p.nodes)) {
    const r = node.size / 2;
    const labelHalf = (node.label.length * LABEL.fontSize * CHAR) / 2 + 4;
    box = {
      minX: Math.min(box.minX, node.x - Math.max(r, labelHalf)),
      maxX: Math.max(box.maxX, node.x + Math.max(r, labelHalf)),
      minY: Math.min(box.minY, node.y - r - 4),
      maxY: Math.max(box.maxY, node.y + r + LABEL.gap + LABEL.fontSize + 6),
    };
  }
  return Number.isFinite(box.minX) ? box : { minX: 0, minY: 0, maxX: 1, maxY: 1 };
}

function edgePath(
  edge: PictureEdge,
  nodes: ReadonlyMap<string, PictureNode>,
  offset: number,
): string {
  const s = nodes.get(edge.source);
  const t = nodes.get(edge.target);
  if (!s || !t) return '';
  if (offset === 0) return `M${n(s.x)} ${n(s.y)} L${n(t.x)} ${n(t.y)}`;
  // The normal of the pair in a fixed order, so parallel edges fan out whatever their direction.
  const [a, b] = edge.source < edge.target ? [s, t] : [t, s];
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const nx = -(b.y - a.y) / len;
  const ny = (b.x - a.x) / len;
  const cx = (s.x + t.x) / 2 + nx * offset * 2;
  const cy = (s.y + t.y) / 2 + ny * offset * 2;
  return `M${n(s.x)} ${n(s.y)} Q${n(cx)} ${n(cy)} ${n(t.x)} ${n(t.y)}`;
}

function edgesSvg(picture: Picture): string {
  const nodes = new Map(picture.nodes.map((node) => [node.id, node]));
  const groups = new Map<string, PictureEdge[]>();
  for (const edge of picture.edges) {
    if (edgeLook(edge.classes).curve !== 'bezier') continue;
    const group = groups.get(edge.tie) ?? [];
    group.push(edge);
    groups.set(edge.tie, group);
  }
  const offsets = new Map<string, number>();
  for (const group of groups.values()) {
    group.sort((x, y) => (x.id < y.id ? -1 : 1));
    group.forEach((edge, i) => offsets.set(edge.id, (i - (group.length - 1) / 2) * BEZIER_STEP));
  }
  return picture.edges
    .map((edge) => {
      const look = edgeLook(edge.classes);
      const dash = look.dash.length ? ` stroke-dasharray="${look.dash.join(' ')}"` : '';
      return `<path class="${escapeXml(edge.classes.join(' '))}" d="${edgePath(edge, nodes, offsets.get(edge.id) ?? 0)}" fill="none" stroke="${look.color}" stroke-width="${n(edge.width)}" stroke-opacity="${look.opacity}"${dash}/>`;
    })
    .join('\n');
}

function shape(node: PictureNode, r: number, attrs: string): string {
  if (nodeLook(node.classes).shape === 'diamond') {
    return `<polygon points="${n(node.x)},${n(node.y - r)} ${n(node.x + r)},${n(node.y)} ${n(node.x)},${n(node.y + r)} ${n(node.x - r)},${n(node.y)}" ${attrs}/>`;
  }
  return `<circle cx="${n(node.x)}" cy="${n(node.y)}" r="${n(r)}" ${attrs}/>`;
}

function nodesSvg(picture: Picture): string {
  return picture.nodes
    .map((node) => {
      const look = nodeLook(node.classes);
      const r = node.size / 2;
      const dash = look.borderStyle === 'dashed' ? ' stroke-dasharray="4 3"' : '';
      let out = shape(
        node,
        r,
        `fill="${look.fill}" stroke="${look.borderColor}" stroke-width="${look.borderWidth}"${dash}`,
      );
      // A double border: the wide stroke with a thin line of the fill colour down its middle.
      if (look.borderStyle === 'double')
        out += shape(
          node,
          r,
          `fill="none" stroke="${look.fill}" stroke-width="${n(look.borderWidth / 3)}"`,
        );
      const labelW = node.label.length * LABEL.fontSize * CHAR + 4;
      const top = node.y + r + LABEL.gap;
      out += `<rect x="${n(node.x - labelW / 2)}" y="${n(top - 2)}" width="${n(labelW)}" height="${n(LABEL.fontSize + 4)}" fill="${palette.background}" fill-opacity="0.85"/>`;
      out += text(
        node.x,
        top + LABEL.fontSize * 0.82,
        LABEL.fontSize,
        node.label,
        ` text-anchor="middle" fill="${palette.text}"`,
      );
      return `<g class="${escapeXml(node.classes.join(' '))}" opacity="${look.opacity}" data-id="${escapeXml(node.id)}">${out}</g>`;
    })
    .join('\n');
}

function legendMark(entry: LegendEntry, x: number, y: number): string {
  const m = entry.mark;
  if (m.kind === 'line') {
    const dash = m.dash.length ? ` stroke-dasharray="${m.dash.join(' ')}"` : '';
    return `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 32)}" y2="${n(y)}" stroke="${m.color}" stroke-width="4"${dash}/>`;
  }
  const cx = x + 16;
  const stroke = `stroke="${m.border ?? palette.nodeBorder}" stroke-width="${m.border ? 3 : 1.5}"${m.dashed ? ' stroke-dasharray="2 2"' : ''}`;
  if (m.shape === 'diamond') {
    return `<polygon points="${n(cx)},${n(y - 7)} ${n(cx + 8)},${n(y)} ${n(cx)},${n(y + 7)} ${n(cx - 8)},${n(y)}" fill="${m.fill}" ${stroke}/>`;
  }
  const inner = m.double
    ? `<circle cx="${n(cx)}" cy="${n(y)}" r="4" fill="none" stroke="${palette.nodeBorder}" stroke-width="1"/>`
    : '';
  return `<circle cx="${n(cx)}" cy="${n(y)}" r="6.5" fill="${m.fill}" ${stroke}/>${inner}`;
}

export function figureSvg(spec: FigureSpec, options: SvgOptions): SvgFigure {
  const { parts } = options;
  const panels = spec.panels.length;
  const width = M * 2 + panels * PANEL_W + (panels - 1) * GAP;
  const inner = width - 2 * M;
  const out: string[] = [];
  let y = M;
  if (parts.title) {
    for (const line of wrap(spec.title, inner, TITLE)) {
      out.push(text(M, y + TITLE, TITLE, line, ' font-weight="bold"'));
      y += TITLE * 1.35;
    }
    y += 6;
  }
  const box = bounds(spec.panels.map((p) => p.picture));
  const scale = Math.min(PANEL_W / (box.maxX - box.minX), PANEL_H / (box.maxY - box.minY), 1.6);
  spec.panels.forEach((panel, i) => {
    const x0 = M + i * (PANEL_W + GAP);
    let py = y;
    if (parts.caption) {
      out.push(text(x0, py + CAPTION, CAPTION, panel.caption, ' font-weight="bold"'));
      py += CAPTION * 1.8;
    }
    const tx = x0 + (PANEL_W - (box.maxX - box.minX) * scale) / 2 - box.minX * scale;
    const ty = py + (PANEL_H - (box.maxY - box.minY) * scale) / 2 - box.minY * scale;
    out.push(`<g class="panel" transform="translate(${n(tx)} ${n(ty)}) scale(${n(scale)})">`);
    out.push(edgesSvg(panel.picture), nodesSvg(panel.picture), '</g>');
  });
  y += (parts.caption ? CAPTION * 1.8 : 0) + PANEL_H + 16;
  if (parts.legend && spec.legend.length) {
    const colW = inner / 2;
    for (let i = 0; i < spec.legend.length; i += 2) {
      const row = spec.legend.slice(i, i + 2);
      const heights = row.map((entry, j) => {
        const lines = wrap(entry.label, colW - 48, SMALL);
        const x = M + j * colW;
        out.push(
          `<g class="legend-entry" data-key="${escapeXml(entry.key)}">${legendMark(entry, x, y + 8)}`,
        );
        lines.forEach((line, k) =>
          out.push(text(x + 42, y + 12 + k * SMALL * 1.3, SMALL, line, ` fill="${palette.text}"`)),
        );
        out.push('</g>');
        return lines.length * SMALL * 1.3 + 6;
      });
      y += heights.reduce((a, b) => Math.max(a, b), 0);
    }
    for (const line of wrap(spec.legendNote, inner, SMALL)) {
      out.push(text(M, y + 12, SMALL, line, ' fill="#555555"'));
      y += SMALL * 1.3;
    }
    y += 8;
  }
  if (parts.footer) {
    y += 4;
    out.push(
      `<line x1="${M}" y1="${n(y)}" x2="${n(width - M)}" y2="${n(y)}" stroke="#cccccc" stroke-width="1"/>`,
    );
    for (const line of wrap(spec.footer, inner, SMALL)) {
      out.push(text(M, y + 16, SMALL, line, ' fill="#555555"'));
      y += SMALL * 1.35;
    }
    y += 6;
  }
  const height = Math.ceil(y + M);
  const background =
    options.background === 'white'
      ? `<rect width="100%" height="100%" fill="${palette.background}"/>`
      : '';
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(LABEL.fontFamily)}" fill="${palette.text}">\n` +
    `<title>${escapeXml(spec.title)}</title>\n<desc>${escapeXml(spec.panels.map((p) => p.caption).join(' | '))}. ${escapeXml(spec.footer)}</desc>\n` +
    `${background}\n${out.join('\n')}\n</svg>\n`;
  return { svg, width, height };
}

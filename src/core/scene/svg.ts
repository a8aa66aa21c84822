// Our own SVG writer: a FigureSpec in, an SVG document out — nodes, edges and text as vector
// elements, styled by the same rules as the Cytoscape stylesheet (style.ts), placed where
// figure-layout.ts says for the chosen shape. Pure string work, so it runs in the browser, in
// Node and in a worker. (cytoscape-svg is GPLv3 and is not used.)
import type { FigureParts, FigureSpec } from './figure';
import { HALO, labelPlace } from './figure-fit';
import {
  DEFAULT_SHAPE,
  figureLayout,
  type FigureLayout,
  type FigureShape,
  type PanelLayout,
} from './figure-layout';
import { MARK_GAP, MARK_W, sizeKeyCircles, type LegendItemLayout } from './figure-legend';
import { LINE, TYPE, type TextBlock } from './figure-text';
import type { LegendMark } from './legend';
import { palette } from './palette';
import { isLargeGraph, type Picture, type PictureEdge, type PictureNode } from './picture';
import { edgeLook, LABEL, nodeLook } from './style';

export { wrap } from './figure-text';

export interface SvgOptions {
  readonly parts: FigureParts;
  readonly background: 'white' | 'transparent';
  /** 16:9 unless said otherwise. */
  readonly shape?: FigureShape;
}

export interface SvgFigure {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** False when the text did not fit the shape and the figure was made taller. */
  readonly fitted: boolean;
}

/** Cytoscape's default spacing between parallel bezier edges, in model units. */
const BEZIER_STEP = 40;
const MUTED = '#555555';

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

/** The share of the font size from a line's top to its baseline, in a line of LINE × the size. */
const BASELINE = (LINE - 1) / 2 + 0.8;

function textLine(x: number, top: number, size: number, content: string, extra = ''): string {
  return `<text x="${n(x)}" y="${n(top + size * BASELINE)}" font-size="${n(size)}"${extra}>${escapeXml(content)}</text>`;
}

/** A block's lines as text elements, one after another (nothing for no block). */
function block(b: TextBlock | null, extra = ''): string {
  if (!b) return '';
  const weight = b.bold ? ' font-weight="bold"' : '';
  return b.lines
    .map((line, k) => textLine(b.x, b.y + k * b.size * LINE, b.size, line, `${weight}${extra}`))
    .join('\n');
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
      return `<g class="${escapeXml(node.classes.join(' '))}" opacity="${look.opacity}" data-id="${escapeXml(node.id)}">${out}</g>`;
    })
    .join('\n');
}

/**
 * The actors' names at a readable size whatever the graph's scale (but a large graph's, which
 * would cover each other, at the graph's scale: zoom in to read them), each on a white halo: a
 * stroked white copy under the name, so lines stop short of the letters and nothing else is
 * hidden. Two texts rather than one with paint-order, which svg2pdf.js (the PDF in the browser)
 * does not read.
 */
function labelsSvg(picture: Picture, panel: PanelLayout, scale: number): string {
  const size = isLargeGraph({ nodes: picture.nodes.length, edges: picture.edges.length })
    ? Math.min(TYPE.label, LABEL.fontSize * scale)
    : TYPE.label;
  const placed = picture.nodes.map((node) => {
    const at = labelPlace(node, panel, scale);
    const opacity = nodeLook(node.classes).opacity;
    return { node, at, fade: opacity < 1 ? ` opacity="${opacity}"` : '' };
  });
  const halo = ` text-anchor="middle" fill="${palette.background}" stroke="${palette.background}" stroke-width="${n((HALO * 2 * size) / TYPE.label)}" stroke-linejoin="round"`;
  const halos = placed.map(({ node, at, fade }) =>
    textLine(at.x, at.y, size, node.label, `${halo}${fade}`),
  );
  const names = placed.map(({ node, at, fade }) =>
    textLine(
      at.x,
      at.y,
      size,
      node.label,
      ` text-anchor="middle" fill="${palette.text}" data-id="${escapeXml(node.id)}"${fade}`,
    ),
  );
  return `<g class="label-halos" aria-hidden="true">${halos.join('')}</g>\n<g class="labels">${names.join('')}</g>`;
}

function legendMark(m: Exclude<LegendMark, { kind: 'size' }>, x: number, y: number): string {
  if (m.kind === 'line') {
    const dash = m.dash.length ? ` stroke-dasharray="${m.dash.join(' ')}"` : '';
    return `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + MARK_W - 4)}" y2="${n(y)}" stroke="${m.color}" stroke-width="4"${dash}/>`;
  }
  const cx = x + 16;
  const stroke = `stroke="${m.border ?? palette.nodeBorder}" stroke-width="${m.border ? 3 : 1.5}"${m.dashed ? ' stroke-dasharray="2 2"' : ''}`;
  if (m.shape === 'diamond') {
    return `<polygon points="${n(cx)},${n(y - 8)} ${n(cx + 9)},${n(y)} ${n(cx)},${n(y + 8)} ${n(cx - 9)},${n(y)}" fill="${m.fill}" ${stroke}/>`;
  }
  const inner = m.double
    ? `<circle cx="${n(cx)}" cy="${n(y)}" r="4.5" fill="none" stroke="${palette.nodeBorder}" stroke-width="1"/>`
    : '';
  return `<circle cx="${n(cx)}" cy="${n(y)}" r="7.5" fill="${m.fill}" ${stroke}/>${inner}`;
}

function legendItem(item: LegendItemLayout, scale: number): string {
  const { entry, x, y, lines } = item;
  const lh = TYPE.legend * LINE;
  const out = [`<g class="legend-entry" data-key="${escapeXml(entry.key)}">`];
  const m = entry.mark;
  if (m.kind === 'size') {
    lines.forEach((line, k) =>
      out.push(textLine(x, y + k * lh, TYPE.legend, line, ` fill="${palette.text}"`)),
    );
    // Drawn at the graph's scale, so each circle measures the nodes it stands for.
    for (const c of sizeKeyCircles(m.steps, x, y + lines.length * lh, scale)) {
      out.push(
        `<circle cx="${n(c.cx)}" cy="${n(c.cy)}" r="${n(c.r)}" fill="${palette.unaligned}" stroke="${palette.nodeBorder}" stroke-width="1.5"/>`,
        textLine(c.cx, c.labelY, TYPE.value, c.label, ` text-anchor="middle" fill="${MUTED}"`),
      );
    }
  } else {
    out.push(legendMark(m, x, y + lh / 2));
    lines.forEach((line, k) =>
      out.push(
        textLine(x + MARK_W + MARK_GAP, y + k * lh, TYPE.legend, line, ` fill="${palette.text}"`),
      ),
    );
  }
  out.push('</g>');
  return out.join('');
}

export function figureSvg(spec: FigureSpec, options: SvgOptions): SvgFigure {
  const { parts } = options;
  const layout: FigureLayout = figureLayout({
    shape: options.shape ?? DEFAULT_SHAPE,
    title: parts.title ? spec.title : '',
    subtitle: parts.subtitle ? spec.subtitle : '',
    captions: parts.caption ? spec.panels.map((p) => p.caption) : null,
    pictures: spec.panels.map((p) => p.picture),
    legend: parts.legend ? spec.legend : [],
    note: parts.legend ? spec.legendNote : '',
    footer: parts.footer ? spec.footer : '',
  });
  const { width, height, scale } = layout;
  const out: string[] = [
    block(layout.title, ' class="title"'),
    block(layout.subtitle, ` class="subtitle" fill="${palette.text}"`),
  ];
  spec.panels.forEach((panel, i) => {
    const place = layout.panels[i];
    if (!place) return;
    out.push(block(place.caption, ' class="caption"'));
    out.push(
      `<g class="panel" transform="translate(${n(place.tx)} ${n(place.ty)}) scale(${Math.round(scale * 1e4) / 1e4})">`,
      edgesSvg(panel.picture),
      nodesSvg(panel.picture),
      '</g>',
      labelsSvg(panel.picture, place, scale),
    );
  });
  if (layout.legend) {
    out.push('<g class="legend">');
    for (const item of layout.legend.items) out.push(legendItem(item, scale));
    out.push(block(layout.legend.note, ` fill="${MUTED}"`), '</g>');
  }
  if (layout.footer) {
    const { ruleY, text } = layout.footer;
    out.push(
      `<line x1="${text.x}" y1="${n(ruleY)}" x2="${n(width - text.x)}" y2="${n(ruleY)}" stroke="#cccccc" stroke-width="1"/>`,
      block(text, ` class="footer" fill="${MUTED}"`),
    );
  }
  const background =
    options.background === 'white'
      ? `<rect width="100%" height="100%" fill="${palette.background}"/>`
      : '';
  const name = spec.title.trim() || spec.panels.map((p) => p.caption).join(' | ');
  const about = [spec.subtitle, spec.panels.map((p) => p.caption).join(' | '), spec.footer]
    .map((t) => t.trim())
    .filter(Boolean)
    .join(' · ');
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(LABEL.fontFamily)}" fill="${palette.text}">\n` +
    `<title>${escapeXml(name)}</title>\n<desc>${escapeXml(about)}</desc>\n` +
    `${background}\n${out.filter(Boolean).join('\n')}\n</svg>\n`;
  return { svg, width, height, fitted: layout.fitted };
}

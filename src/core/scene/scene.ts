// The one scene: everything that is shown of a data set under the user's choices — the panels
// (one era, two eras side by side, or the changes between them) with their captions and
// pictures, the camps, the legend and its notes, the headline, the title and the footer. The
// explorer's screen, the figure export and the command line all draw from it, so they cannot
// disagree. The metrics the engine computes (centrality, communities, the split test) come in
// explicitly pending or ready: a pending window is shown as pending, never with another
// window's numbers.
import { emptyExtras, type WindowCore, type WindowExtras } from '../analysis/analysis-core';
import type { WindowReport } from '../analysis/analysis';
import { campLabels, compareReports, type CampLabel, type Comparison } from '../analysis/compare';
import { relationById, type Dataset } from '../data/dataset';
import type { Point } from './layout';
import { legendEntries, type LegendEntry } from './legend';
import { diffPicture, windowPicture, type Picture, type PictureOptions } from './picture';
import type { Selection } from './selection';
import {
  MEASURES_FROM_TIES,
  type EdgeMode,
  type LayoutChoice,
  type Mode,
  type SizeMeasure,
} from './choices';
import { sidesLayout } from './sides-layout';
import {
  changeLines,
  headlineOf,
  legendNoteOf,
  screenNoteOf,
  titleOf,
  windowCaption,
} from './scene-words';

export { windowCaption } from './scene-words';

/** A window's engine metrics: not yet known, or known (for exactly that window and reading). */
export type Metrics =
  { readonly status: 'pending' } | { readonly status: 'ready'; readonly extras: WindowExtras };

export const PENDING: Metrics = Object.freeze({ status: 'pending' });

export function ready(extras: WindowExtras): Metrics {
  return { status: 'ready', extras };
}

export interface SceneWindow {
  /** The view's label ("Cold War"), or empty for a window of years. */
  readonly label: string;
  readonly core: WindowCore;
  readonly metrics: Metrics;
}

/** A window whose whole report is known (the command line, tests): its metrics are ready. */
export function readyWindow(label: string, report: WindowReport): SceneWindow {
  const { centrality, communities, modularity, pValue, pTest } = report;
  return {
    label,
    core: report,
    metrics: ready({ centrality, communities, modularity, pValue, pTest }),
  };
}

/**
 * The report of a window: its core with its metrics when ready; else the measures read straight
 * off the ties (exact) with the rest pending — zero sizes, no communities, p-value null.
 */
export function reportOf(w: SceneWindow): WindowReport {
  return { ...w.core, ...(w.metrics.status === 'ready' ? w.metrics.extras : emptyExtras(w.core)) };
}

export interface SceneInput {
  /** The data set shown (already filtered). */
  readonly dataset: Dataset;
  readonly mode: Mode;
  readonly current: SceneWindow;
  /**
   * The reference era: drawn beside (compare) or against (diff) the current window, and in every
   * mode the era whose camps are lettered A and B, so a colour means the same camp in every era.
   */
  readonly reference?: SceneWindow;
  /** The ring's positions (core/scene/layout.ts): the stable layout, and the order of sides. */
  readonly positions: Readonly<Record<string, Point>>;
  /** Where actors sit: the ring (default), or by their standing between the camps. */
  readonly layout?: LayoutChoice;
  readonly edgeMode: EdgeMode;
  readonly sizeBy: SizeMeasure;
  readonly selection: Selection;
  /** The screen draws a large graph with level of detail (names on zoom, no dashes). */
  readonly largeGraph?: boolean;
  readonly attribution?: string;
}

export interface ScenePanel {
  readonly role: 'reference' | 'current' | 'changes';
  readonly caption: string;
  readonly picture: Picture;
  /** The panel in one sentence, for screen readers. */
  readonly description: string;
}

export interface CampMembers {
  readonly A: readonly string[];
  readonly B: readonly string[];
  readonly unaligned: readonly string[];
}

export interface Scene {
  readonly mode: Mode;
  /** The current window's caption ("Cold War, 1947–1991", "1972–1976"). */
  readonly caption: string;
  /** The reference era's caption, when there is one. */
  readonly referenceCaption: string;
  readonly title: string;
  /** Who sided with whom, in one or two plain sentences. */
  readonly headline: string;
  readonly panels: readonly ScenePanel[];
  readonly legend: readonly LegendEntry[];
  /** How to read the marks: scores, line widths, node sizes (in the figure too). */
  readonly legendNote: string;
  /** What only the screen needs said (level of detail of a large graph). */
  readonly screenNote: string;
  readonly footer: string;
  /** The current window's report (metrics pending or ready) and the reference's. */
  readonly report: WindowReport;
  readonly referenceReport: WindowReport;
  /** Camp letters of each window, matched to the reference era's. */
  readonly camps: {
    readonly current: ReadonlyMap<string, CampLabel>;
    readonly reference: ReadonlyMap<string, CampLabel>;
  };
  /** The current window's camps by name. */
  readonly members: CampMembers;
  /** What changed since the reference era (compare and diff; empty otherwise). */
  readonly comparison: Comparison | null;
  readonly changes: readonly string[];
  /** Whether any window shown still waits for its metrics. */
  readonly metrics: 'pending' | 'ready';
}

function membersOf(report: WindowReport, camps: ReadonlyMap<string, CampLabel>): CampMembers {
  const named = (label: CampLabel) =>
    report.actors.filter((a) => (camps.get(a.id) ?? 'unaligned') === label).map((a) => a.name);
  return { A: named('A'), B: named('B'), unaligned: named('unaligned') };
}

export function buildScene(input: SceneInput): Scene {
  const { dataset, mode, current } = input;
  const reference = input.reference ?? current;
  const report = reportOf(current);
  const referenceReport = input.reference ? reportOf(input.reference) : report;
  const caption = windowCaption(current.label, report.window);
  const referenceCaption = input.reference
    ? windowCaption(input.reference.label, referenceReport.window)
    : caption;
  // Letters follow the reference era's camps; the reference labels itself.
  const referenceLabels = campLabels(reference.core, reference.core).before;
  const labels = campLabels(reference.core, current.core);
  const camps = { current: labels.after, reference: referenceLabels };
  // The ring is one layout for all time; sides place each window's actors by their standing,
  // at heights that follow the ring from north to south (worked out only when sides are asked).
  const layoutOf = (r: WindowReport, labelsOf: ReadonlyMap<string, CampLabel>) =>
    input.layout === 'sides'
      ? sidesLayout(r, labelsOf, northToSouth(input.positions))
      : input.positions;
  const positions = layoutOf(report, camps.current);
  const options: PictureOptions = {
    edgeMode: input.edgeMode,
    sizeBy: input.sizeBy,
    selection: input.selection,
    largeGraph: input.largeGraph ?? false,
  };
  const twoEras = mode !== 'single' && input.reference !== undefined;
  const comparison = twoEras ? compareReports(referenceReport, report) : null;
  const edgesWord = (picture: Picture) =>
    `${picture.edges.length} ${options.edgeMode === 'relations' && mode !== 'diff' ? 'relations' : 'ties'}`;
  const panel = (role: ScenePanel['role'], text: string, picture: Picture): ScenePanel => ({
    role,
    caption: text,
    picture,
    description: `Graph of ${picture.nodes.length} actors and ${edgesWord(picture)}, ${text}`,
  });
  const panels: ScenePanel[] = [];
  if (mode === 'compare' && comparison) {
    panels.push(
      panel(
        'reference',
        referenceCaption,
        windowPicture(
          dataset,
          referenceReport,
          camps.reference,
          layoutOf(referenceReport, camps.reference),
          options,
        ),
      ),
      panel('current', caption, windowPicture(dataset, report, camps.current, positions, options)),
    );
  } else if (mode === 'diff' && comparison) {
    panels.push(
      panel(
        'changes',
        `Changes from ${referenceCaption} to ${caption}`,
        diffPicture(comparison, camps.current, positions, { ...options, edgeMode: 'ties' }),
      ),
    );
  } else {
    panels.push(
      panel('current', caption, windowPicture(dataset, report, camps.current, positions, options)),
    );
  }
  const members = membersOf(report, camps.current);
  const shownWindows = twoEras ? [input.reference, current] : [current];
  const pending = shownWindows.some((w) => w?.metrics.status === 'pending');
  // The size key reads each panel's values; none while a measure from the engine is pending.
  const sizesKnown = !pending || MEASURES_FROM_TIES.has(input.sizeBy);
  const legend = legendEntries(
    panels.map((p) => p.picture),
    {
      campMembers: mode === 'compare' ? { A: [], B: [] } : members,
      size: {
        measure: input.sizeBy,
        largeGraph: input.largeGraph ?? false,
        values: (mode === 'compare' && comparison ? [referenceReport, report] : [report]).map(
          (r) => (sizesKnown ? r.centrality[input.sizeBy] : null),
        ),
      },
    },
  );
  const names = new Map(report.actors.map((a) => [a.id, a.name]));
  const name = (id: string): string => names.get(id) ?? dataset.actorById[id]?.name ?? id;
  const changes = comparison ? changeLines(comparison, name) : [];
  return {
    mode,
    caption,
    referenceCaption,
    title: titleOf(report, twoEras ? referenceCaption : '', caption),
    headline: headlineOf(
      report,
      comparison
        ? {
            caption: referenceCaption,
            report: referenceReport,
            // Named in the diff, whose picture marks them; compare shows both eras' sides.
            moved: mode === 'diff' ? comparison.campChanges.map((c) => c.actor) : null,
          }
        : null,
      caption,
      name,
    ),
    panels,
    legend,
    legendNote: legendNoteOf({
      report,
      mode,
      edgeMode: input.edgeMode,
      sizeBy: input.sizeBy,
      sizesPending: pending,
    }),
    screenNote: screenNoteOf(input.largeGraph ?? false),
    // Only a figure prints the footer: counted when read, not at every step of the timeline.
    get footer(): string {
      return footerOf(dataset, twoEras ? [referenceReport, report] : [report], input.attribution);
    },
    report,
    referenceReport,
    camps,
    members,
    comparison,
    changes,
    metrics: pending ? 'pending' : 'ready',
  };
}

/** The actors from north to south on the ring (then west to east): the sides layout's rows. */
function northToSouth(positions: Readonly<Record<string, Point>>): string[] {
  const at = (id: string) => positions[id] ?? { x: 0, y: 0 };
  return Object.keys(positions).sort((p, q) => at(p).y - at(q).y || at(p).x - at(q).x);
}

/** The attribution, and the relations and distinct sources behind the ties shown. */
function footerOf(
  dataset: Dataset,
  reports: readonly WindowReport[],
  attribution = 'Data: Entente graph-data (CC BY 4.0)',
): string {
  const shownRelations = new Set<string>();
  for (const r of reports)
    for (const tie of r.dyads) for (const c of tie.relations) shownRelations.add(c.id);
  // Looked up by id (the map is built once per data set), not found by scanning every relation.
  const byId = relationById(dataset);
  const sources = new Set<string>();
  for (const id of shownRelations) for (const s of byId.get(id)?.sources ?? []) sources.add(s.url);
  return (
    `${attribution} · ${shownRelations.size} relations citing ` +
    `${sources.size} public sources behind the ties shown · Made with Entente`
  );
}

// What an exported figure holds — a title, one or two panels (each a caption and a Picture), the
// legend and a footer with the attribution and the number of sources — assembled the same way
// for the explorer's Export button and for `npm run export`.
import type { WindowReport } from '../analysis/analysis';
import type { CampLabel } from '../analysis/compare';
import { compareReports } from '../analysis/compare';
import type { Dataset } from '../data/dataset';
import { civilFromDay, firstDay, lastDay } from '../time/dates';
import { readingWords } from '../analysis/camp-words';
import { legendEntries, type LegendEntry } from './legend';
import type { Point } from './layout';
import { diffPicture, windowPicture, type Picture, type PictureOptions } from './picture';

export interface FigurePanel {
  readonly caption: string;
  readonly picture: Picture;
}

export interface FigureSpec {
  readonly title: string;
  readonly panels: readonly FigurePanel[];
  readonly legend: readonly LegendEntry[];
  readonly legendNote: string;
  readonly footer: string;
}

export interface FigureParts {
  readonly title: boolean;
  readonly caption: boolean;
  readonly legend: boolean;
  readonly footer: boolean;
}

export const ALL_PARTS: FigureParts = { title: true, caption: true, legend: true, footer: true };

export interface FigureWindow {
  /** The view's label ("Cold War"), or empty for a window of years. */
  readonly label: string;
  readonly report: WindowReport;
}

const yearOf = (iso: string): number => civilFromDay(firstDay(iso)).year;

/** "Cold War, 1947–1991"; "2022"; "1979–1989". */
export function windowCaption(w: FigureWindow): string {
  const from = yearOf(w.report.window.start);
  const to = civilFromDay(lastDay(w.report.window.end)).year;
  const years = from === to ? String(from) : `${from}–${to}`;
  if (!w.label || w.label === years) return years;
  return `${w.label}, ${years}`;
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export interface FigureInput {
  readonly dataset: Dataset;
  readonly mode: 'single' | 'compare' | 'diff';
  readonly current: FigureWindow;
  /** The reference window, for compare and diff. */
  readonly reference?: FigureWindow;
  /** Camp labels (A/B) of each window, matched to the reference. */
  readonly camps: {
    readonly current: ReadonlyMap<string, CampLabel>;
    readonly reference: ReadonlyMap<string, CampLabel>;
  };
  readonly positions: Readonly<Record<string, Point>>;
  readonly picture: PictureOptions;
  readonly attribution?: string;
}

export function buildFigure(input: FigureInput): FigureSpec {
  const { dataset, current, reference, mode, camps, positions } = input;
  const panels: FigurePanel[] = [];
  if (mode === 'compare' && reference) {
    panels.push({
      caption: windowCaption(reference),
      picture: windowPicture(dataset, reference.report, camps.reference, positions, input.picture),
    });
    panels.push({
      caption: windowCaption(current),
      picture: windowPicture(dataset, current.report, camps.current, positions, input.picture),
    });
  } else if (mode === 'diff' && reference) {
    panels.push({
      caption: `Changes from ${windowCaption(reference)} to ${windowCaption(current)}`,
      picture: diffPicture(
        compareReports(reference.report, current.report),
        camps.current,
        positions,
        { ...input.picture, edgeMode: 'ties' },
      ),
    });
  } else {
    panels.push({
      caption: windowCaption(current),
      picture: windowPicture(dataset, current.report, camps.current, positions, input.picture),
    });
  }
  const names = new Map(current.report.actors.map((a) => [a.id, a.name]));
  const members = (label: CampLabel): string[] =>
    mode === 'compare'
      ? []
      : current.report.actors
          .filter((a) => camps.current.get(a.id) === label)
          .map((a) => names.get(a.id) ?? a.id);
  const legend = legendEntries(
    panels.map((p) => p.picture),
    { campMembers: { A: members('A'), B: members('B') } },
  );
  // The relations behind the ties shown, and the distinct sources they cite.
  const shownRelations = new Set<string>();
  for (const w of mode === 'single' ? [current] : [current, reference ?? current]) {
    for (const tie of w.report.dyads) for (const r of tie.relations) shownRelations.add(r.id);
  }
  const sources = new Set(
    dataset.relations
      .filter((r) => shownRelations.has(r.id))
      .flatMap((r) => r.sources.map((s) => s.url)),
  );
  const actors = listNames(current.report.actors.map((a) => a.name));
  return {
    title:
      current.report.actors.length <= 8
        ? `Alignments among ${actors}`
        : `Alignments of ${current.report.actors.length} actors`,
    panels,
    legend,
    legendNote:
      (mode === 'compare' ? 'The same colour is the same camp in both panels. ' : '') +
      scoreNote(current.report) +
      ' Line width follows |score|.',
    footer:
      `${input.attribution ?? 'Data: Entente graph-data (CC BY 4.0)'} · ${shownRelations.size} relations citing ` +
      `${sources.size} public sources behind the ties shown · Made with Entente`,
  };
}

/** One sentence on how the scores of a figure were read. */
export function scoreNote(
  report: Pick<WindowReport, 'scoreMode' | 'layers' | 'confidenceWeighted'>,
): string {
  return report.scoreMode === 'time'
    ? `A tie's score adds the Goldstein valence × weight of the relations between the two, each for the share of the window it held (events fade after their year), ${readingWords(report)}.`
    : `A tie's score is the sum of the Goldstein valence × weight of the relations active between the two in the window, ${readingWords(report)}.`;
}

// The words of the scene: captions, title, headline, the notes under the legend and the lines
// of what changed. Plain functions of a report, so the screen, a figure and the command line
// say the same thing.
import type { WindowReport } from '../analysis/analysis';
import {
  campMates,
  campsSentence,
  listNames,
  partnerChanges,
  readingWords,
} from '../analysis/camp-words';
import type { Comparison } from '../analysis/compare';
import { civilFromDay, firstDay, lastDay } from '../time/dates';
import { MEASURES_FROM_TIES, SIZE_LABELS, SIZE_SENTENCES } from './choices';
import type { EdgeMode, Mode, SizeMeasure } from './choices';

type Name = (id: string) => string;

/** "+8.5", "−6.0", "0.0" (with a true minus sign). */
export function signed(n: number): string {
  return n > 0 ? `+${n.toFixed(1)}` : n < 0 ? `−${Math.abs(n).toFixed(1)}` : '0.0';
}

/** "Cold War, 1947–1991"; "2022"; "1979–1989": the same for every era, on screen and in figures. */
export function windowCaption(
  label: string,
  window: { readonly start: string; readonly end: string },
): string {
  const from = civilFromDay(firstDay(window.start)).year;
  const to = civilFromDay(lastDay(window.end)).year;
  const years = from === to ? String(from) : `${from}–${to}`;
  if (!label || label === years) return years;
  return `${label}, ${years}`;
}

/** The figure's title: what it shows, in the eras' own captions. */
export function titleOf(
  report: Pick<WindowReport, 'actors'>,
  referenceCaption: string,
  caption: string,
): string {
  const who = `Who sided with whom among ${report.actors.length} actors`;
  return referenceCaption ? `${who}: ${referenceCaption} and ${caption}` : `${who}, ${caption}`;
}

/** "Pakistan, the US and China against the Soviet Union, India and Afghanistan", or one bloc. */
export function sidesPhrase(report: Pick<WindowReport, 'camps' | 'oneBloc'>, name: Name): string {
  const [a, b] = report.camps;
  if (a.length === 0) return 'no ties, so no camps';
  if (report.oneBloc) return `one bloc (${listNames(a, name, HEADLINE_NAMES)})`;
  return `${listNames(a, name, HEADLINE_NAMES)} against ${listNames(b, name, HEADLINE_NAMES)}`;
}

/** The first few actors that changed sides, each with whom it is now; then how many more. */
function movedList(moved: readonly string[], withNow: (id: string) => string): string {
  const shown = moved.length > MOVED_SHOWN + 1 ? moved.slice(0, MOVED_SHOWN) : moved;
  const more = moved.length - shown.length;
  return shown.map(withNow).join('; ') + (more ? `; and ${more} more` : '');
}

/** Actors that changed sides a headline names, each with its new camp-mates. */
const MOVED_SHOWN = 4;

/** Names a headline lists of one group before "and N more". */
export const HEADLINE_NAMES = 6;

/**
 * One or two plain sentences: who sided with whom and who hedged — with a reference era, the
 * sides of each era, so the move reads at once; the details of who moved are in changeLines.
 */
export function headlineOf(
  report: WindowReport,
  reference: {
    readonly caption: string;
    readonly report: WindowReport;
    /** The actors whose camp (matched across the eras) changed; null: not to be said. */
    readonly moved: readonly string[] | null;
  } | null,
  caption: string,
  name: Name,
): string {
  const hedgers = report.hedging.map((h) => h.actor);
  const hedging = hedgers.length
    ? ` ${listNames(hedgers, name, HEADLINE_NAMES)} ${hedgers.length === 1 ? 'hedges' : 'hedge'} between the camps.`
    : '';
  if (!reference) return campsSentence(report, name, HEADLINE_NAMES) + hedging;
  // Each era says its actors' names of the time (the Soviet Union in the Cold War).
  const sides = (r: WindowReport) => {
    const names = new Map(r.actors.map((a) => [a.id, a.name]));
    const phrase = sidesPhrase(r, (id) => names.get(id) ?? name(id));
    return phrase.charAt(0).toUpperCase() + phrase.slice(1);
  };
  const withNow = (id: string): string => {
    const mates = campMates(report, id);
    return `${name(id)} now with ${mates.length ? listNames(mates, name, HEADLINE_NAMES) : 'no one'}`;
  };
  // The diff says what moved (its picture shows the rest); compare says both eras' sides.
  if (reference.moved)
    return reference.moved.length
      ? `Changed sides since ${reference.caption}: ${movedList(reference.moved, withNow)}.${hedging}`
      : `No actor changed sides since ${reference.caption}. ${campsSentence(report, name, HEADLINE_NAMES)}${hedging}`;
  return `${reference.caption}: ${sides(reference.report)}. ${caption}: ${sides(report)}.${hedging}`;
}

/** What changed since the reference era, one line each: moves, flips, ties that appeared or ended. */
export function changeLines(change: Comparison, name: Name): string[] {
  return [
    ...partnerChanges(change.before, change.after, name).map((line) => `${line}.`),
    ...change.flips.map(
      (f) => `${name(f.a)}–${name(f.b)} flipped: ${signed(f.before)} → ${signed(f.after)}.`,
    ),
    ...change.appeared.map((t) => `${name(t.a)}–${name(t.b)} appeared (${signed(t.score)}).`),
    ...change.disappeared.map((t) => `${name(t.a)}–${name(t.b)} ended (was ${signed(t.score)}).`),
  ];
}

/** One sentence on how the scores were read. */
export function scoreNote(
  report: Pick<WindowReport, 'scoreMode' | 'layers' | 'confidenceWeighted'>,
): string {
  return report.scoreMode === 'time'
    ? `A tie's score adds the Goldstein valence × weight of the relations between the two, each for the share of the window it held (events fade after their year), ${readingWords(report)}.`
    : `A tie's score is the sum of the Goldstein valence × weight of the relations active between the two in the window, ${readingWords(report)}.`;
}

/** How node size reads, and whether it is still being computed. */
export function sizeNote(sizeBy: SizeMeasure, pending: boolean): string {
  // "tie strength" mid-sentence, but proper names keep their capitals ("PageRank", "PN centrality").
  const label = SIZE_LABELS[sizeBy].replace(/^[A-Z](?=[a-z]*\b)/, (c) => c.toLowerCase());
  if (pending && !MEASURES_FROM_TIES.has(sizeBy))
    return `Node size: ${label} — still being computed; every actor drawn the same size meanwhile.`;
  return `Node size: ${label} — ${SIZE_SENTENCES[sizeBy].replace(/^./, (c) => c.toLowerCase())}`;
}

export function legendNoteOf(o: {
  readonly report: Pick<WindowReport, 'scoreMode' | 'layers' | 'confidenceWeighted'>;
  readonly mode: Mode;
  readonly edgeMode: EdgeMode;
  readonly sizeBy: SizeMeasure;
  readonly sizesPending: boolean;
}): string {
  const lines =
    o.edgeMode === 'relations' && o.mode !== 'diff'
      ? 'One line per relation; width by |valence × weight|.'
      : 'Line width: strength of the tie (|score|).';
  return [
    o.mode === 'compare' ? 'The same colour is the same camp in both eras.' : '',
    scoreNote(o.report),
    lines,
    sizeNote(o.sizeBy, o.sizesPending),
  ]
    .filter(Boolean)
    .join(' ');
}

export function screenNoteOf(largeGraph: boolean): string {
  return largeGraph
    ? 'A large graph: names show when you zoom in; lines are not dashed, colour tells conflict from cooperation.'
    : '';
}

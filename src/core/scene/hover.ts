// The words of a hover card: what the screen says over an actor (its name in that era, its camp,
// its strongest ties) or over a tie (the pair, its score in words, the relations that weigh most),
// read from the scene's report of the panel pointed at. Strength words are relative to the
// strongest tie of that window, as line widths are, so that they read the same in any reading.
import type { WindowReport } from '../analysis/analysis';
import { campMates, listNames, percent } from '../analysis/camp-words';

/** Camp-mates a hover card names before "and N more". */
export const CARD_NAMES = 4;
import type { CampLabel } from '../analysis/compare';
import { tieId, type Tie } from '../analysis/ties';
import { relationById, type Dataset } from '../data/dataset';
import type { Scene, ScenePanel } from './scene';
import { signed } from './scene-words';

/** What the pointer (or the keyboard focus) is on. */
export type HoverTarget =
  | { readonly kind: 'actor'; readonly id: string }
  | { readonly kind: 'tie'; readonly a: string; readonly b: string };

export interface HoverWords {
  readonly title: string;
  /** Sentences under the title: the camp, or the score in words. */
  readonly lines: readonly string[];
  /** The heading of the list ("Strongest ties", "Relations that weigh most"). */
  readonly listTitle: string;
  readonly items: readonly string[];
  /** "and 4 more ties", or empty. */
  readonly more: string;
}

/** How many ties or relations a card lists. */
export const CARD_ITEMS = 3;
/** Shares of the window's strongest |score| from which a tie is strong, or moderate (else mild). */
export const STRONG = 0.5;
export const MODERATE = 0.2;

type Name = (id: string) => string;

/** "strong cooperation", "moderate conflict", "mild cooperation", or "no net tie" for a zero score. */
export function strengthWords(score: number, strongest: number): string {
  if (score === 0 || strongest <= 0) return 'no net tie';
  const share = Math.abs(score) / strongest;
  const degree = share >= STRONG ? 'strong' : share >= MODERATE ? 'moderate' : 'mild';
  return `${degree} ${score > 0 ? 'cooperation' : 'conflict'}`;
}

/** A tie's score in words: its strength, or that it is ambivalent; with the number. */
export function tieSummary(tie: Tie, strongest: number): string {
  const words = tie.ambivalent
    ? `ambivalent: both cooperation (${signed(tie.positive)}) and conflict (${signed(tie.negative)}), net ${signed(tie.score)}`
    : `${strengthWords(tie.score, strongest)} (${signed(tie.score)})`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function strongestOf(report: Pick<WindowReport, 'dyads'>): number {
  let max = 0;
  for (const t of report.dyads) max = Math.max(max, Math.abs(t.score));
  return max;
}

function nameIn(report: Pick<WindowReport, 'actors'>, dataset: Dataset): Name {
  const names = new Map(report.actors.map((a) => [a.id, a.name]));
  return (id) => names.get(id) ?? dataset.actorById[id]?.name ?? id;
}

const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

const more = (left: number, word: string): string =>
  left > 0 ? `and ${left} more ${word}${left === 1 ? '' : 's'}` : '';

/** "Camp A, with Pakistan and China", "No tie in this window", with hedging said. */
export function campWords(
  report: Pick<WindowReport, 'camps' | 'oneBloc' | 'hedging'>,
  camps: ReadonlyMap<string, CampLabel>,
  id: string,
  name: Name,
): string {
  const label = camps.get(id) ?? 'unaligned';
  if (label === 'unaligned' || !report.camps.some((c) => c.includes(id)))
    return 'No tie in this window';
  const mates = campMates(report, id);
  const camp = report.oneBloc ? `Camp ${label}, the one bloc` : `Camp ${label}`;
  // A card names a few camp-mates, then how many more (a camp can hold hundreds).
  const company = mates.length ? `with ${listNames(mates, name, CARD_NAMES)}` : 'alone';
  const hedge = report.hedging.find((h) => h.actor === id);
  const hedging = hedge
    ? ` — hedging: switching camps would cost only ${percent(Math.max(0, hedge.share))} of its tie strength`
    : '';
  return `${camp}, ${company}${hedging}`;
}

/** The card over an actor: its name in that era, its camp and its strongest ties. */
export function actorWords(
  report: WindowReport,
  camps: ReadonlyMap<string, CampLabel>,
  dataset: Dataset,
  id: string,
): HoverWords | null {
  if (!report.actors.some((a) => a.id === id)) return null;
  const name = nameIn(report, dataset);
  const strongest = strongestOf(report);
  const ties = report.dyads
    .filter((t) => (t.a === id || t.b === id) && t.score !== 0)
    .sort((x, y) => Math.abs(y.score) - Math.abs(x.score) || x.a.localeCompare(y.a));
  const items = ties.slice(0, CARD_ITEMS).map((t) => {
    const other = name(t.a === id ? t.b : t.a);
    const how = t.ambivalent ? 'ambivalent tie' : strengthWords(t.score, strongest);
    return `${how} with ${other} (${signed(t.score)})`;
  });
  return {
    title: name(id),
    lines: [campWords(report, camps, id, name)],
    listTitle: items.length ? 'Strongest ties' : '',
    items,
    more: more(ties.length - items.length, 'tie'),
  };
}

/** The card over a tie: the pair, its score in words, the relations with the largest |contribution|. */
export function tieWords(
  report: WindowReport,
  dataset: Dataset,
  a: string,
  b: string,
): HoverWords | null {
  const name = nameIn(report, dataset);
  const id = tieId(a, b);
  const tie = report.dyads.find((t) => tieId(t.a, t.b) === id);
  const title = `${name(a)} – ${name(b)}`;
  if (!tie)
    return {
      title,
      lines: ['No relation counts in this window'],
      listTitle: '',
      items: [],
      more: '',
    };
  const byId = relationById(dataset);
  const relations = [...tie.relations].sort(
    (x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || x.id.localeCompare(y.id),
  );
  const items = relations.slice(0, CARD_ITEMS).map((c) => {
    const relation = byId.get(c.id);
    const type = relation ? dataset.typeById[relation.type] : undefined;
    const what = relation ? relation.title : c.id;
    return `${signed(c.contribution)} ${what}${type ? ` (${type.label.toLowerCase()})` : ''}`;
  });
  return {
    title,
    lines: [tieSummary(tie, strongestOf(report))],
    listTitle: items.length ? 'Relations that weigh most' : '',
    items,
    more: more(relations.length - items.length, 'relation'),
  };
}

/**
 * The card for what is pointed at in a panel of the scene: the reference era's report in its
 * panel, the current window's elsewhere; the changes panel says a tie's score in both eras.
 */
export function hoverWords(
  scene: Scene,
  dataset: Dataset,
  role: ScenePanel['role'],
  target: HoverTarget,
): HoverWords | null {
  const report = role === 'reference' ? scene.referenceReport : scene.report;
  const camps = role === 'reference' ? scene.camps.reference : scene.camps.current;
  if (target.kind === 'actor') {
    const words = actorWords(report, camps, dataset, target.id);
    if (!words || role !== 'changes') return words;
    const name = nameIn(scene.referenceReport, dataset);
    const before = campWords(scene.referenceReport, scene.camps.reference, target.id, name);
    return { ...words, lines: [...words.lines, `${scene.referenceCaption}: ${before}`] };
  }
  const now = tieWords(report, dataset, target.a, target.b);
  if (role !== 'changes' || !now) return now;
  const was = tieWords(scene.referenceReport, dataset, target.a, target.b);
  const related = (r: WindowReport) =>
    r.dyads.some((t) => tieId(t.a, t.b) === tieId(target.a, target.b));
  // A tie that ended lists the relations it had.
  const list = related(report) || !was ? now : was;
  return {
    ...list,
    title: now.title,
    lines: [
      `${scene.caption}: ${lower(now.lines[0] ?? '')}`,
      `${scene.referenceCaption}: ${lower(was?.lines[0] ?? '')}`,
    ],
  };
}

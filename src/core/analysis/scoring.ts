// How one relation counts in one window (contract 1.1, "What the numbers mean"): the options
// of a reading (score mode, layers, confidence), its documented constants, and the factors
// share × fade × confidence that turn a relation's base (valence × weight) into its
// contribution. docs/analysis.md explains the values and works a tie by hand.
import { isValidDate, type Day } from '../time/dates';
import type { Relation, RelationType } from '../data/schema';
import { LAYERS, type Layer } from '../data/vocabulary';
import type { Window } from '../time/time';

/** `time`: time-weighted, the default of contract 1.1; `sum`: the plain sum of contract 1.0. */
export const SCORE_MODES = ['time', 'sum'] as const;
export type ScoreMode = (typeof SCORE_MODES)[number];

export interface ScoreOptions {
  readonly mode: ScoreMode;
  /** The layers whose relation types count. */
  readonly layers: readonly Layer[];
  /** Multiply by the confidence factor (high 1, medium 0.7, low 0.4); off: every record counts 1. */
  readonly confidence: boolean;
}

/**
 * The default layer: security. Who sides with whom is a matter of alliances, arms, wars,
 * rivalries and sanctions; trade, aid, visits and arms control run across camps (India trades with
 * China, the superpowers signed treaties) and, counted with them, outweigh every hostility in the
 * years 2002–2021. docs/decisions.md gives the year table for each choice.
 */
export const DEFAULT_LAYERS: readonly Layer[] = ['security'];

export const DEFAULT_SCORING: ScoreOptions = {
  mode: 'time',
  layers: DEFAULT_LAYERS,
  confidence: true,
};

/**
 * The default reading of a data set: DEFAULT_SCORING when its vocabulary has security types;
 * otherwise every layer, so that data made for contract 1.0 (no layers: all diplomacy) and
 * vocabularies without security types still show their ties.
 */
export function defaultScoring(dataset: {
  readonly relationTypes: readonly Pick<RelationType, 'layer'>[];
}): ScoreOptions {
  const security = dataset.relationTypes.some((t) => layerOf(t) === 'security');
  return security ? DEFAULT_SCORING : { ...DEFAULT_SCORING, layers: LAYERS };
}

/** An event's weight halves every HALF_LIFE_YEARS after it (docs/analysis.md says why 2). */
export const HALF_LIFE_YEARS = 2;
/** After this many half-lives (fade below 1/1024) an event no longer counts. */
export const FADE_HORIZON_HALF_LIVES = 10;
export const CONFIDENCE_FACTORS: Readonly<Record<'high' | 'medium' | 'low', number>> = {
  high: 1,
  medium: 0.7,
  low: 0.4,
};
export const DAYS_PER_YEAR = 365.2425;

export interface Factors {
  /** State: the fraction of the window's days it was in force. Event: 1 / max(1, window years). */
  readonly share: number;
  /** Event: how much of it counts here — 1 in the window that holds it, halving every half-life after. States: 1. */
  readonly fade: number;
  readonly confidence: number;
}

export const NO_FACTORS: Factors = { share: 1, fade: 1, confidence: 1 };

export function layerOf(type: Pick<RelationType, 'layer'>): Layer {
  return type.layer ?? 'diplomacy';
}

export function sameLayers(a: readonly Layer[], b: readonly Layer[]): boolean {
  return a.length === b.length && a.every((l) => b.includes(l));
}

/** Layers in their canonical order, without repeats. */
export function normaliseLayers(layers: readonly Layer[]): Layer[] {
  return LAYERS.filter((l) => layers.includes(l));
}

/** The days of a window, counting both ends. */
export function windowDays(window: Window): number {
  return window.end - window.start + 1;
}

/**
 * An event's share in a window: 1 / max(1, window years). A window of up to 366 days (a
 * calendar year, leap or not) counts as one year, so an event in its own year counts fully.
 */
export function eventShareIn(window: Window): number {
  const days = windowDays(window);
  return days <= 366 ? 1 : DAYS_PER_YEAR / days;
}

/**
 * Whether an event is known only to its period (a start of year or month precision and no end):
 * it happened on one unknown day of that period, and is placed at its middle (eventFade).
 */
export function datedByPeriodOnly(relation: Pick<Relation, 'start' | 'end'>): boolean {
  if (relation.end !== undefined) return false;
  // A valid date to the day is the one of ten characters (YYYY-MM-DD): read without an object.
  return !(relation.start.length === 10 && isValidDate(relation.start));
}

function halfLives(fromDay: number, toDay: number): number {
  return (toDay - fromDay) / DAYS_PER_YEAR / HALF_LIFE_YEARS;
}

/**
 * The fade of an event in a window, or 0 when it does not count there (it lies after the window,
 * or the window lies inside the period of a partly dated event, which cannot tell whether it had
 * happened yet). The part of the event inside the window counts fully; the part before it counts
 * 2^-(Δ / half-life), Δ from the middle of that part to the middle of the window.
 */
export function eventFade(first: Day, last: Day, partial: boolean, window: Window): number {
  const middle = (window.start + window.end) / 2;
  if (partial) {
    const insidePeriod =
      window.start >= first &&
      window.end <= last &&
      !(window.start === first && window.end === last);
    if (insidePeriod) return 0;
    const at = (first + last) / 2;
    if (at > window.end) return 0;
    if (at >= window.start) return 1;
    const h = halfLives(at, middle);
    return h >= FADE_HORIZON_HALF_LIVES ? 0 : 2 ** -h;
  }
  if (first > window.end) return 0;
  const days = last - first + 1;
  const inside = Math.max(0, Math.min(last, window.end) - Math.max(first, window.start) + 1);
  const beforeLast = Math.min(last, window.start - 1);
  const before = Math.max(0, beforeLast - first + 1);
  let fade = inside / days;
  if (before > 0) {
    const h = halfLives((first + beforeLast) / 2, middle);
    if (h < FADE_HORIZON_HALF_LIVES) fade += (before / days) * 2 ** -h;
  }
  return fade;
}

/** The share of a window's days a state holds in force, from its first to its last day. */
export function stateShare(first: Day, last: Day, window: Window): number {
  const inside = Math.min(last, window.end) - Math.max(first, window.start) + 1;
  return inside <= 0 ? 0 : inside / windowDays(window);
}

/** How far before a window an event can lie and still count: the fade horizon, in days. */
export const FADE_HORIZON_DAYS = Math.ceil(
  FADE_HORIZON_HALF_LIVES * HALF_LIFE_YEARS * DAYS_PER_YEAR,
);

// The explorer's state: the user's choices are the inputs ($state); the window, the filtered data,
// the analysis, the comparison and the URL derive from them. Components read these and call the
// methods; nothing else writes.
import { getContext, setContext } from 'svelte';
import {
  analyzeCore,
  emptyExtras,
  type WindowCore,
  type WindowExtras,
  type WindowReport,
} from '../core/analysis/analysis-core';
import type { ExtrasQuery, StripQuery } from '../core/engine/engine';
import {
  campLabels,
  compareReports,
  type CampLabel,
  type Comparison,
} from '../core/analysis/compare';
import { relationById, type Dataset } from '../core/data/dataset';
import { civilFromDay, firstDay, formatDate } from '../core/time/dates';
import { filterDataset } from '../core/data/filters';
import { bearingCircleLayout, type Point } from '../core/scene/layout';
import { nameOn } from '../core/data/names';
import { isLargeGraph } from '../core/scene/picture';
import type { Relation } from '../core/data/schema';
import {
  lastYearInData,
  yearlySeries,
  type CampYear,
  type YearlySeries,
} from '../core/analysis/series';
import { activeIn, relationIndex } from '../core/analysis/relation-index';
import type { Layer } from '../core/data/schema';
import { normaliseLayers, type ScoreMode, type ScoreOptions } from '../core/analysis/scoring';
import { viewWindow, yearWindow, type Window } from '../core/time/time';
import type { EdgeMode, ExplorerInputs, Mode, Selection, SizeBy, Tab, WindowSpec } from './inputs';
import { parseUrlState, serializeUrlState } from './url';

const yearOf = (day: number): number => civilFromDay(day).year;

/** What the explorer asks the engine (a worker, in the page) to compute for it. */
export interface AnalysisSource {
  /** Centrality, communities and the p-value of a window. */
  extras(query: ExtrasQuery): Promise<WindowExtras | undefined>;
  /** The camp series of the year strip. */
  strip(query: StripQuery): Promise<readonly CampYear[] | undefined>;
}

/**
 * The extras as the worker sent them, with each measure's lookup by id rebuilt without a
 * prototype: structured cloning gives every object Object's, where an id such as "constructor"
 * that a measure lacks would find a function.
 */
function withOwnLookups(extras: WindowExtras): WindowExtras {
  const own = (values: Readonly<Record<string, number>>): Record<string, number> =>
    Object.assign(Object.create(null) as Record<string, number>, values);
  const c = extras.centrality;
  return {
    ...extras,
    centrality: {
      strength: own(c.strength),
      relations: own(c.relations),
      positiveDegree: own(c.positiveDegree),
      negativeDegree: own(c.negativeDegree),
      pn: own(c.pn),
      betweenness: c.betweenness && own(c.betweenness),
      pagerank: own(c.pagerank),
    },
  };
}

/** How many windows' extras are kept (a slider run visits many). */
export const EXTRAS_CACHE_SIZE = 200;

/** The year strip is asked for this many years at a time. */
const STRIP_CHUNK_YEARS = 10;

export class Explorer {
  readonly positions: Readonly<Record<string, Point>>;
  /** Whether the graph is drawn with level of detail (render/graph-view.ts). */
  readonly largeGraph: boolean;
  readonly years: { readonly min: number; readonly max: number };

  window = $state.raw<WindowSpec>({ kind: 'view', id: '' });
  hiddenTypes = $state.raw<readonly string[]>([]);
  hiddenActors = $state.raw<readonly string[]>([]);
  selection = $state.raw<Selection>(null);
  mode = $state<Mode>('single');
  reference = $state('');
  edgeMode = $state<EdgeMode>('ties');
  sizeBy = $state<SizeBy>('strength');
  tab = $state<Tab>('graph');
  scoreMode = $state<ScoreMode>('time');
  layers = $state.raw<readonly Layer[]>([]);
  confidence = $state(true);
  notices = $state.raw<readonly string[]>([]);

  readonly inputs: ExplorerInputs = $derived.by(() => ({
    window: this.window,
    hiddenTypes: this.hiddenTypes,
    hiddenActors: this.hiddenActors,
    selection: this.selection,
    mode: this.mode,
    reference: this.reference,
    edgeMode: this.edgeMode,
    sizeBy: this.sizeBy,
    tab: this.tab,
    scoreMode: this.scoreMode,
    layers: this.layers,
    confidence: this.confidence,
  }));
  /** The reading of the scores that every analysis here uses. */
  readonly scoring: ScoreOptions = $derived.by(() => ({
    mode: this.scoreMode,
    layers: this.layers,
    confidence: this.confidence,
  }));
  readonly url: string = $derived.by(() => serializeUrlState(this.inputs, this.dataset));

  readonly activeView = $derived.by(() =>
    this.window.kind === 'view' ? this.dataset.viewById[this.window.id] : undefined,
  );
  readonly currentWindow: Window = $derived.by(() => {
    if (this.window.kind === 'years') return yearWindow(this.window.from, this.window.to);
    return this.activeView
      ? viewWindow(this.activeView)
      : yearWindow(this.years.min, this.years.max);
  });
  /** The slider: the window's last year and its length in years. */
  readonly timeline = $derived.by(() => {
    const from = yearOf(this.currentWindow.start);
    const to = yearOf(this.currentWindow.end);
    return { year: to, length: to - from + 1 };
  });
  readonly caption: string = $derived.by(() => {
    const v = this.activeView;
    if (v) return `${v.label} · ${formatDate(v.start)} – ${formatDate(v.end)}`;
    const { from, to } =
      this.window.kind === 'years' ? this.window : { from: this.years.min, to: this.years.max };
    return from === to ? String(from) : `${from}–${to}`;
  });

  readonly filtered: Dataset = $derived.by(() =>
    filterDataset(this.dataset, { hiddenTypes: this.hiddenTypes, hiddenActors: this.hiddenActors }),
  );
  /** Ties, camps and balance: computed here, at once. */
  readonly core: WindowCore = $derived.by(() =>
    analyzeCore(this.filtered, this.currentWindow, {}, this.scoring),
  );
  readonly report: WindowReport = $derived.by(() => this.withExtras(this.core, this.currentWindow));
  readonly referenceView = $derived.by(() => this.dataset.viewById[this.reference]);
  readonly referenceWindow: Window = $derived.by(() =>
    this.referenceView ? viewWindow(this.referenceView) : this.currentWindow,
  );
  /** The reference era's core, recomputed only when its window, the filters or the reading change. */
  readonly referenceCore: WindowCore = $derived.by(() =>
    this.referenceView
      ? analyzeCore(this.filtered, this.referenceWindow, {}, this.scoring)
      : this.core,
  );
  readonly referenceReport: WindowReport = $derived.by(() =>
    this.referenceView ? this.withExtras(this.referenceCore, this.referenceWindow) : this.report,
  );
  /** The reference era's camps lettered A and B: what every other window's camps are matched to. */
  readonly referenceLabels: ReadonlyMap<string, CampLabel> = $derived.by(
    () => campLabels(this.referenceCore, this.referenceCore).before,
  );
  /** Centrality and communities, from the engine (a worker), by filters and window. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole ($state.raw), never mutated
  private extras = $state.raw<ReadonlyMap<string, WindowExtras>>(new Map());
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping of requests, not state to show
  private readonly asked = new Set<string>();
  /** The windows whose extras are not known yet: ExplorerView asks the engine for them. */
  readonly missingExtras: readonly { key: string; window: Window }[] = $derived.by(() => {
    const wanted = [this.currentWindow, this.referenceWindow];
    return wanted
      .map((window) => ({ key: this.extrasKey(window), window }))
      .filter(
        (w, i, all) => !this.extras.has(w.key) && all.findIndex((x) => x.key === w.key) === i,
      );
  });
  readonly comparison: Comparison = $derived.by(() =>
    compareReports(this.referenceReport, this.report),
  );
  /** Camps labelled A/B after the reference era's camps, so a colour means the same camp in every era. */
  readonly camps: {
    readonly reference: Map<string, CampLabel>;
    readonly current: Map<string, CampLabel>;
  } = $derived.by(() => {
    const labels = campLabels(this.referenceReport, this.report);
    return { reference: labels.before, current: labels.after };
  });
  /** The relations that count in the window under the reading, with their contributions. */
  readonly counted: readonly { readonly relation: Relation; readonly contribution: number }[] =
    $derived.by(() => {
      const map = relationById(this.filtered);
      return this.core.dyads.flatMap((t) =>
        t.relations.flatMap((c) => {
          const relation = map.get(c.id);
          return relation ? [{ relation, contribution: c.contribution }] : [];
        }),
      );
    });
  readonly relationsInWindow: readonly Relation[] = $derived.by(() => {
    const index = relationIndex(this.filtered);
    return activeIn(index, this.currentWindow)
      .sort((a, b) => a - b)
      .flatMap((i) => index.relations[i] ?? []);
  });
  readonly names: Readonly<Record<string, string>> = $derived.by(() => {
    // No prototype: an actor id such as "constructor" must not find a function.
    const names = Object.create(null) as Record<string, string>;
    for (const a of this.dataset.actors) names[a.id] = nameOn(a, this.currentWindow.end);
    return names;
  });
  /** The selection, if what it names is still shown. */
  readonly shownSelection: Selection = $derived.by(() => {
    const s = this.selection;
    if (!s) return null;
    const shown = (id: string): boolean => this.filtered.actorById[id] !== undefined;
    return (s.kind === 'actor' ? shown(s.id) : shown(s.a) && shown(s.b)) ? s : null;
  });

  constructor(
    readonly dataset: Dataset,
    search = '',
    private readonly source?: AnalysisSource,
  ) {
    this.positions = bearingCircleLayout(dataset.actors);
    // A window never shows more edges than there are relations, so this is decided once.
    this.largeGraph = isLargeGraph({
      nodes: dataset.actors.length,
      edges: dataset.relations.length,
    });
    // The timeline spans the eras of views.json when there are any (a record that starts earlier,
    // such as a treaty still in force in 1947, is background, not coverage), else the relations.
    let min = Infinity;
    const spans = dataset.views.length ? dataset.views : dataset.relations;
    for (const { start } of spans) min = Math.min(min, yearOf(firstDay(start)));
    if (!Number.isFinite(min)) min = 1947;
    const viewEnds = dataset.views.map((v) => Number(v.end.slice(0, 4)));
    this.years = {
      min,
      max: Math.max(min, dataset.relations.length ? lastYearInData(dataset) : min, ...viewEnds),
    };
    const { inputs, notices } = parseUrlState(search, dataset);
    this.apply(inputs);
    this.setMode(inputs.mode); // a link comparing an era with itself moves on to the next era
    this.notices = notices;
  }

  apply(inputs: ExplorerInputs): void {
    this.window = inputs.window;
    this.hiddenTypes = inputs.hiddenTypes;
    this.hiddenActors = inputs.hiddenActors;
    this.selection = inputs.selection;
    this.mode = inputs.mode;
    this.reference = inputs.reference;
    this.edgeMode = inputs.edgeMode;
    this.sizeBy = inputs.sizeBy;
    this.tab = inputs.tab;
    this.scoreMode = inputs.scoreMode;
    this.layers = normaliseLayers(inputs.layers);
    this.confidence = inputs.confidence;
  }

  private extrasKey(window: Window): string {
    const { mode, layers, confidence } = this.scoring;
    return [
      [...this.hiddenTypes].sort().join(','),
      [...this.hiddenActors].sort().join(','),
      window.start,
      window.end,
      mode,
      layers.join(','),
      confidence,
      this.sizeBy === 'betweenness',
    ].join('|');
  }

  /**
   * The core with its extras when known; else the extras read straight off the ties (sizes by
   * strength are exact) with the rest pending — never another window's numbers.
   */
  private withExtras(core: WindowCore, window: Window): WindowReport {
    const known = this.extras.get(this.extrasKey(window));
    return { ...core, ...(known ?? emptyExtras(core)) };
  }

  /** Whether the report's extras (centrality from the worker, communities, p-value) are pending. */
  get extrasPending(): boolean {
    return !this.extras.has(this.extrasKey(this.currentWindow));
  }

  /** Asks the engine for the extras of a window (once), and keeps the answer. */
  async loadExtras(need: { key: string; window: Window }): Promise<void> {
    if (!this.source || this.asked.has(need.key)) return;
    this.asked.add(need.key);
    const extras = await this.source.extras({
      hiddenTypes: this.hiddenTypes,
      hiddenActors: this.hiddenActors,
      window: need.window,
      scoring: this.scoring,
      betweenness: this.sizeBy === 'betweenness',
    });
    if (!extras) {
      this.asked.delete(need.key);
      return;
    }
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new value for the $state.raw field
    const next = new Map(this.extras);
    next.set(need.key, withOwnLookups(extras));
    // Keep the cache bounded; what is evicted may be asked for again (one owner, one rule).
    while (next.size > EXTRAS_CACHE_SIZE) {
      const oldest = next.keys().next().value as string;
      next.delete(oldest);
      this.asked.delete(oldest);
    }
    this.extras = next;
  }

  /** An actor's score with each other actor, year by year (computed when asked, for one actor). */
  seriesFor(actor: string): YearlySeries {
    return yearlySeries(this.filtered, this.years.min, this.years.max, actor, this.scoring);
  }

  /** The year strip's key: what its series depends on (filters and the reading). */
  readonly stripKey: string = $derived.by(() =>
    [
      [...this.hiddenTypes].sort().join(','),
      [...this.hiddenActors].sort().join(','),
      this.scoreMode,
      this.layers.join(','),
      this.confidence,
    ].join('|'),
  );
  /** The camp series for the strip under the timeline, once the engine has computed it. */
  strip = $state.raw<{ readonly key: string; readonly years: readonly CampYear[] } | null>(null);
  private stripAsked = '';

  /** Whether the strip shown is for the current filters and reading. */
  get stripPending(): boolean {
    return this.strip?.key !== this.stripKey;
  }

  /**
   * Asks the engine for the strip of the current filters and reading (once per key), a decade at
   * a time, so that the engine answers requests for the window shown in between.
   */
  async loadStrip(): Promise<void> {
    const key = this.stripKey;
    if (!this.source || this.stripAsked === key || this.strip?.key === key) return;
    this.stripAsked = key;
    const request = {
      hiddenTypes: this.hiddenTypes,
      hiddenActors: this.hiddenActors,
      scoring: this.scoring,
      pValues: !this.largeGraph,
    };
    const years: CampYear[] = [];
    for (let from = this.years.min; from <= this.years.max; from += STRIP_CHUNK_YEARS) {
      const to = Math.min(this.years.max, from + STRIP_CHUNK_YEARS - 1);
      const chunk = await this.source.strip({ ...request, from, to });
      // Stop when the answer is lost or the filters or reading changed meanwhile.
      if (!chunk || key !== this.stripKey) {
        if (this.stripAsked === key) this.stripAsked = '';
        return;
      }
      for (const year of chunk) years.push(year);
    }
    if (this.stripAsked === key) this.stripAsked = '';
    this.strip = { key, years };
  }

  selectView(id: string): void {
    if (this.dataset.viewById[id]) this.window = { kind: 'view', id };
  }

  /** Moves the timeline: a window of `length` years ending with `year`. */
  setTimeline(year: number, length = this.timeline.length): void {
    const to = Math.min(this.years.max, Math.max(this.years.min, Math.round(year)));
    const span = Math.max(1, Math.round(length));
    this.window = { kind: 'years', from: Math.max(this.years.min, to - span + 1), to };
  }

  toggleType(id: string, shown: boolean): void {
    this.hiddenTypes = this.hiddenTypes.filter((t) => t !== id).concat(shown ? [] : [id]);
  }

  toggleActor(id: string, shown: boolean): void {
    this.hiddenActors = this.hiddenActors.filter((a) => a !== id).concat(shown ? [] : [id]);
  }

  showAll(): void {
    this.hiddenTypes = [];
    this.hiddenActors = [];
  }

  select(selection: Selection): void {
    if (selection?.kind === 'tie' && selection.a > selection.b) {
      this.selection = { kind: 'tie', a: selection.b, b: selection.a };
    } else this.selection = selection;
  }

  setMode(mode: Mode): void {
    this.mode = mode;
    // Comparing an era with itself shows nothing: move the current window to another era.
    if (mode !== 'single' && this.window.kind === 'view' && this.window.id === this.reference) {
      const other = this.dataset.views.find((v) => v.id !== this.reference);
      if (other) this.window = { kind: 'view', id: other.id };
    }
  }

  setReference(id: string): void {
    if (this.dataset.viewById[id]) this.reference = id;
  }

  setEdgeMode(mode: EdgeMode): void {
    this.edgeMode = mode;
  }

  setSizeBy(measure: SizeBy): void {
    this.sizeBy = measure;
  }

  setTab(tab: Tab): void {
    this.tab = tab;
  }

  setScoreMode(mode: ScoreMode): void {
    this.scoreMode = mode;
  }

  /** Shows or hides a layer; the last shown layer cannot be hidden (a reading needs one). */
  toggleLayer(layer: Layer, shown: boolean): void {
    const next = shown ? [...this.layers, layer] : this.layers.filter((l) => l !== layer);
    if (next.length > 0) this.layers = normaliseLayers(next);
  }

  setConfidence(on: boolean): void {
    this.confidence = on;
  }

  dismissNotices(): void {
    this.notices = [];
  }
}

const KEY = Symbol('explorer');

export function setExplorer(explorer: Explorer): Explorer {
  return setContext(KEY, explorer);
}

/** The context map for `mount(Component, { context })`, for mounting a part of the UI alone. */
export function explorerContext(explorer: Explorer): Map<symbol, Explorer> {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a context map for mount(), not state
  return new Map([[KEY, explorer]]);
}

export function getExplorer(): Explorer {
  const explorer = getContext<Explorer | undefined>(KEY);
  if (!explorer)
    throw new Error('Expected an Explorer in context: call setExplorer() in a parent component');
  return explorer;
}

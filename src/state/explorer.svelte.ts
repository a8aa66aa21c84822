// The explorer's state: the user's choices are the inputs ($state), changed only by the intents
// (the methods). What is shown derives from them through the one scene (core/scene/scene.ts);
// the engine's metrics sit in a MetricsCache and the year strip in a StripLoader. Components
// read these and call the intents; nothing else writes.
import { analyzeCore, type WindowCore } from '../core/analysis/analysis-core';
import { hydrateCore, type LeanCore } from '../core/analysis/lean-core';
import type { CampYear, YearlySeries } from '../core/analysis/series';
import { yearlySeries } from '../core/analysis/series';
import type { ScoreOptions } from '../core/analysis/scoring';
import type { Dataset } from '../core/data/dataset';
import { filterDataset } from '../core/data/filters';
import { nameOn } from '../core/data/names';
import type { ExtrasQuery, Opening, StripQuery } from '../core/engine/engine';
import { bearingCircleLayout, type Point } from '../core/scene/layout';
import { isLargeGraph } from '../core/scene/picture';
import { buildScene, type Scene } from '../core/scene/scene';
import { windowYears } from '../core/time/span';
import { viewWindow, type Window } from '../core/time/time';
import { ExplorerChoices } from './choices.svelte';
import { withOwnLookups, type AnalysisSource } from './engine-source';
import type { Selection } from './inputs';
import { afterNextFrame, CoreLoader, CORE_CACHE_SIZE, type ShownCore } from './core-loader.svelte';
import { coreKey, metricsKey, stripKey } from './keys';
import { MetricsCache } from './metrics-cache.svelte';
import { StripLoader } from './strip.svelte';
import { parseUrlState, serializeUrlState } from './url';

export class Explorer extends ExplorerChoices {
  readonly positions: Readonly<Record<string, Point>>;
  /** Whether the graph is drawn with level of detail (render/graph-view.ts). */
  readonly largeGraph: boolean;
  readonly metrics = new MetricsCache();
  /** A large data set's window cores, from the engine (core-loader.svelte.ts). */
  readonly cores = new CoreLoader(CORE_CACHE_SIZE, afterNextFrame);
  readonly strips = new StripLoader();

  /** The reading of the scores that every analysis here uses. */
  readonly scoring: ScoreOptions = $derived.by(() => ({
    mode: this.scoreMode,
    layers: this.layers,
    confidence: this.confidence,
  }));
  readonly url: string = $derived.by(() => serializeUrlState(this.inputs, this.dataset));

  /** The slider: the window's last year, its length in years, and the length chosen for it. */
  readonly timeline = $derived.by(() => {
    const { from, to } = windowYears(this.currentWindow);
    const length = to - from + 1;
    return { year: to, length, chosen: this.chosenLength ?? length };
  });
  readonly filtered: Dataset = $derived.by(() =>
    filterDataset(this.dataset, { hiddenTypes: this.hiddenTypes, hiddenActors: this.hiddenActors }),
  );
  /**
   * The window shown, with its ties, camps and balance: the current window's, computed here at
   * once — or, for a large data set, from the engine, and until it comes the latest core that
   * came (with its own window and label), or before any, computed here.
   */
  readonly shown: ShownCore = $derived.by(() => {
    const fromEngine = this.coresFromEngine
      ? (this.cores.get(this.coreKey(this.currentWindow)) ?? this.cores.latest)
      : null;
    return (
      fromEngine ?? {
        core: analyzeCore(this.filtered, this.currentWindow, {}, this.scoring),
        window: this.currentWindow,
        label: this.activeView?.label ?? '',
      }
    );
  });
  readonly core: WindowCore = $derived(this.shown.core);
  /** Whether the current window's core is on its way from the engine (the latest is shown). */
  readonly corePending: boolean = $derived(
    this.coresFromEngine && !this.cores.has(this.coreKey(this.currentWindow)),
  );
  readonly referenceView = $derived.by(() => this.dataset.viewById[this.reference]);
  readonly referenceWindow: Window = $derived.by(() =>
    this.referenceView ? viewWindow(this.referenceView) : this.currentWindow,
  );
  /** The reference era's core, recomputed only when its window, the filters or the reading change. */
  readonly referenceCore: WindowCore = $derived.by(() => {
    if (!this.referenceView) return this.core;
    const seeded = this.cores.pinned(this.coreKey(this.referenceWindow));
    return seeded?.core ?? analyzeCore(this.filtered, this.referenceWindow, {}, this.scoring);
  });
  /** Everything shown, from the inputs and the metrics known now (core/scene). */
  readonly scene: Scene = $derived.by(() =>
    buildScene({
      dataset: this.filtered,
      mode: this.mode,
      current: {
        label: this.shown.label,
        core: this.core,
        metrics: this.metrics.get(this.metricsKey(this.shown.window)),
      },
      ...(this.referenceView
        ? {
            reference: {
              label: this.referenceView.label,
              core: this.referenceCore,
              metrics: this.metrics.get(this.metricsKey(this.referenceWindow)),
            },
          }
        : {}),
      positions: this.positions,
      layout: this.layout,
      edgeMode: this.edgeMode,
      sizeBy: this.sizeBy,
      selection: this.shownSelection,
      largeGraph: this.largeGraph,
    }),
  );
  /** The windows whose metrics are not known yet: ExplorerView asks the engine for them. */
  readonly missingExtras: readonly { key: string; window: Window }[] = $derived.by(() => {
    // The window shown (for a large data set, once its core has come), not one on its way.
    const wanted = [this.shown.window, this.referenceWindow];
    return wanted
      .map((window) => ({ key: this.metricsKey(window), window }))
      .filter(
        (w, i, all) => !this.metrics.has(w.key) && all.findIndex((x) => x.key === w.key) === i,
      );
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
  /** The year strip's key: what its series depends on (filters and the reading). */
  readonly stripKey: string = $derived(stripKey(this, this.scoring));

  constructor(
    dataset: Dataset,
    search = '',
    private readonly source?: AnalysisSource,
  ) {
    super(dataset);
    this.positions = bearingCircleLayout(dataset.actors);
    // A window never shows more edges than there are relations, so this is decided once.
    this.largeGraph = isLargeGraph({
      nodes: dataset.actors.length,
      edges: dataset.relations.length,
    });
    const { inputs, notices } = parseUrlState(search, dataset);
    this.apply(inputs);
    this.setMode(inputs.mode); // a link comparing an era with itself moves on to the next era
    this.notices = notices;
  }

  // What the scene shows, by name (components read these).
  get report() {
    return this.scene.report;
  }
  get referenceReport() {
    return this.scene.referenceReport;
  }
  get camps() {
    return this.scene.camps;
  }
  get caption(): string {
    return this.scene.caption;
  }
  /** Whether the shown window's metrics are pending. */
  get extrasPending(): boolean {
    return !this.metrics.has(this.metricsKey(this.shown.window));
  }
  /** The strip computed for the current filters and reading, or null while pending. */
  get strip(): { readonly key: string; readonly years: readonly CampYear[] } | null {
    return this.strips.value;
  }
  get stripPending(): boolean {
    return this.strips.pendingFor(this.stripKey);
  }

  /** Whether window cores come from the engine: a large data set, with an engine to ask. */
  private get coresFromEngine(): boolean {
    return this.largeGraph && this.source?.core !== undefined;
  }

  private coreKey(window: Window): string {
    return coreKey(this, this.scoring, window);
  }

  private metricsKey(window: Window): string {
    return metricsKey(this, this.scoring, window, this.sizeBy === 'betweenness');
  }

  /** Asks the engine for the current window's core (a large data set), unless it is known. */
  private loadCore(): void {
    const ask = this.source?.core;
    if (!this.coresFromEngine || !ask) return;
    const window = this.currentWindow;
    const key = this.coreKey(window);
    if (this.cores.has(key)) return;
    // What the core is computed from, as it is now: the answer is made whole from the same.
    const dataset = this.filtered;
    const scoring = this.scoring;
    const label = this.activeView?.label ?? '';
    const query = {
      hiddenTypes: this.hiddenTypes,
      hiddenActors: this.hiddenActors,
      window,
      scoring,
    };
    this.cores.want(
      key,
      async () => {
        const lean = await ask(query);
        return lean && { core: hydrateCore(lean, dataset, window, scoring), window, label };
      },
      (error) => this.say('The analysis of the window', error),
    );
  }

  /** Keeps a large data set's first cores from the engine (session.svelte.ts) where they fit. */
  seedCores({ query, core, referenceCore }: Opening): void {
    const seed = (lean: LeanCore | null, from: Window | null, window: Window, label: string) => {
      const key = this.coreKey(window);
      if (!lean || !from || coreKey(query, query.scoring, from) !== key) return;
      const whole = hydrateCore(lean, this.filtered, window, this.scoring);
      this.cores.seed(key, { core: whole, window, label });
    };
    if (!this.coresFromEngine) return;
    seed(core, query.window, this.currentWindow, this.activeView?.label ?? '');
    const view = this.referenceView;
    // The same core for both (the link opens on the reference era) is kept once.
    if (view && referenceCore !== core)
      seed(referenceCore, query.reference, this.referenceWindow, view.label);
  }

  /** Asks the engine for a window's metrics (once while asked), and keeps the answer. */
  async loadExtras(need: { key: string; window: Window }): Promise<void> {
    const source = this.source;
    if (!source) return;
    const query: ExtrasQuery = {
      hiddenTypes: this.hiddenTypes,
      hiddenActors: this.hiddenActors,
      window: need.window,
      scoring: this.scoring,
      betweenness: this.sizeBy === 'betweenness',
    };
    await this.metrics.load(need.key, async () => {
      const extras = await source.extras(query);
      return extras && withOwnLookups(extras);
    });
  }

  /**
   * Asks the engine for the window's core (large data), the metrics of the windows shown, and the
   * year strip; a failure is a notice (asked again later). Large data's metrics wait until the
   * window has stayed EXTRAS_SETTLE_MS (scrubbing asks for cores, not p-values of windows passed);
   * returns what cancels that wait.
   */
  askEngine(): () => void {
    this.loadCore();
    if (this.stripPending)
      this.loadStrip().catch((error: unknown) => this.say('Year strip', error));
    const askExtras = (): void => {
      for (const need of this.missingExtras)
        this.loadExtras(need).catch((error: unknown) => this.say('Measures', error));
    };
    if (!this.coresFromEngine || this.missingExtras.length === 0) {
      askExtras();
      return () => undefined;
    }
    const timer = setTimeout(askExtras, EXTRAS_SETTLE_MS);
    return () => clearTimeout(timer);
  }

  private say(what: string, error: unknown): void {
    const message = `${what} could not be computed: ${error instanceof Error ? error.message : String(error)}`;
    if (!this.notices.includes(message)) this.notices = [...this.notices, message];
  }

  /** An actor's score with each other actor, year by year (computed when asked, for one actor). */
  seriesFor(actor: string): YearlySeries {
    return yearlySeries(this.filtered, this.years.min, this.years.max, actor, this.scoring);
  }

  /** Asks the engine for the year strip of the current filters and reading. */
  async loadStrip(): Promise<void> {
    const source = this.source;
    if (!source) return;
    const { hiddenTypes, hiddenActors, scoring, years, stripKey } = this;
    const query = { hiddenTypes, hiddenActors, scoring, pValues: !this.largeGraph };
    const ask = (q: StripQuery) => source.strip(q);
    await this.strips.load(stripKey, () => this.stripKey, years, query, ask);
  }
}

/** How long a large data set's window must stay shown before its metrics are asked for. */
export const EXTRAS_SETTLE_MS = 200;

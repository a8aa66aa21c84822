// The user's choices — the explorer's only inputs ($state) — and the intents that change them.
// Explorer (explorer.svelte.ts) derives what is shown from these.
import { normaliseLayers, type ScoreMode } from '../core/analysis/scoring';
import type { Dataset } from '../core/data/dataset';
import type { Layer } from '../core/data/vocabulary';
import { timelineSpan, windowYears } from '../core/time/span';
import type { Window } from '../core/time/time';
import type { LayoutChoice } from '../core/scene/choices';
import type { EdgeMode, ExplorerInputs, Mode, Selection, SizeBy, Tab, WindowSpec } from './inputs';
import { windowOf } from './opening';

export const SIDE_PANELS = ['details', 'analysis', 'filters'] as const;
export type SidePanel = (typeof SIDE_PANELS)[number];

export class ExplorerChoices {
  /** The timeline's first and last years. */
  readonly years: { readonly min: number; readonly max: number };

  window = $state.raw<WindowSpec>({ kind: 'view', id: '' });
  hiddenTypes = $state.raw<readonly string[]>([]);
  hiddenActors = $state.raw<readonly string[]>([]);
  selection = $state.raw<Selection>(null);
  mode = $state<Mode>('single');
  reference = $state('');
  edgeMode = $state<EdgeMode>('ties');
  layout = $state<LayoutChoice>('ring');
  sizeBy = $state<SizeBy>('strength');
  tab = $state<Tab>('graph');
  scoreMode = $state<ScoreMode>('time');
  layers = $state.raw<readonly Layer[]>([]);
  confidence = $state(true);
  notices = $state.raw<readonly string[]>([]);
  /**
   * The window length the user chose, kept when the window is clamped at the edge of the data
   * (10 years ending in 1948 is 1947–1948 when the data start in 1947; moving on keeps 10).
   */
  chosenLength = $state<number | null>(null);
  /** The relation chosen in the table, shown first among its tie's details (null: none). */
  chosenRelation = $state<string | null>(null);
  /** The side panel's tab: a selection brings its details forward; the user may switch after. */
  sidePanel = $state<SidePanel>('analysis');

  readonly inputs: ExplorerInputs = $derived.by(() => ({
    window: this.window,
    hiddenTypes: this.hiddenTypes,
    hiddenActors: this.hiddenActors,
    selection: this.selection,
    mode: this.mode,
    reference: this.reference,
    edgeMode: this.edgeMode,
    layout: this.layout,
    sizeBy: this.sizeBy,
    tab: this.tab,
    scoreMode: this.scoreMode,
    layers: this.layers,
    confidence: this.confidence,
  }));

  /** The era chosen, if the window is one. */
  readonly activeView = $derived.by(() =>
    this.window.kind === 'view' ? this.dataset.viewById[this.window.id] : undefined,
  );
  /** The window the choices name: an era's, a span of years, or (no such era) every year. */
  readonly currentWindow: Window = $derived.by(() =>
    windowOf(this.window, this.dataset, this.years),
  );

  constructor(readonly dataset: Dataset) {
    this.years = timelineSpan(dataset);
  }

  apply(inputs: ExplorerInputs): void {
    this.window = inputs.window;
    this.hiddenTypes = inputs.hiddenTypes;
    this.hiddenActors = inputs.hiddenActors;
    this.selection = inputs.selection;
    this.mode = inputs.mode;
    this.reference = inputs.reference;
    this.edgeMode = inputs.edgeMode;
    this.layout = inputs.layout;
    this.sizeBy = inputs.sizeBy;
    this.tab = inputs.tab;
    this.scoreMode = inputs.scoreMode;
    this.layers = normaliseLayers(inputs.layers);
    this.confidence = inputs.confidence;
    this.sidePanel = inputs.selection ? 'details' : 'analysis';
    this.chosenLength = null;
  }

  selectView(id: string): void {
    if (!this.dataset.viewById[id]) return;
    this.window = { kind: 'view', id };
    this.chosenLength = null;
  }

  /** The number of years the window spans now. */
  windowLength(): number {
    const { from, to } = windowYears(this.currentWindow);
    return to - from + 1;
  }

  /**
   * Moves the timeline: a window of `length` years ending with `year` — by default the length
   * last chosen, else as long as the window is now.
   */
  setTimeline(year: number, length?: number): void {
    if (length !== undefined) this.chosenLength = Math.max(1, Math.round(length));
    const to = Math.min(this.years.max, Math.max(this.years.min, Math.round(year)));
    const span = Math.max(1, Math.round(length ?? this.chosenLength ?? this.windowLength()));
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

  /** Selects an actor, a tie or nothing; a selection brings the details panel forward. */
  select(selection: Selection): void {
    if (selection?.kind === 'tie' && selection.a > selection.b) {
      this.selection = { kind: 'tie', a: selection.b, b: selection.a };
    } else this.selection = selection;
    if (selection) this.sidePanel = 'details';
    this.chosenRelation = null;
  }

  /** Selects a relation's tie and marks the relation in its details (a row of the table). */
  selectRelation(relation: {
    readonly id: string;
    readonly source: string;
    readonly target: string;
  }): void {
    this.select({ kind: 'tie', a: relation.source, b: relation.target });
    this.chosenRelation = relation.id;
  }

  showSidePanel(panel: SidePanel): void {
    this.sidePanel = panel;
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

  setLayout(layout: LayoutChoice): void {
    this.layout = layout;
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

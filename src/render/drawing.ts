// How a graph is drawn — whole by Cytoscape, or with level of detail by Cytoscape's WebGL renderer
// or with its ties in our batched layer (edge-layer.ts) — and what follows from it: dashes, and
// the legend's note. Decided here only, for the view, the legend and the canvas's data-detail.
let webgl2: boolean | undefined;
/** Renderers that draw on the CPU (failIfMajorPerformanceCaveat does not catch SwiftShader). */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * Whether this browser can give Cytoscape a WebGL 2 context on a GPU (tested once). Software
 * WebGL (SwiftShader, as on machines without a GPU) is slower than the 2D canvas here — every
 * frame is read back from the GPU process — so it counts as none.
 */
export function canDrawWithWebgl(): boolean {
  if (webgl2 === undefined) {
    try {
      const gl = document
        .createElement('canvas')
        .getContext('webgl2', { failIfMajorPerformanceCaveat: true });
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const renderer = gl
        ? String(gl.getParameter(info?.UNMASKED_RENDERER_WEBGL ?? gl.RENDERER))
        : '';
      webgl2 = gl !== null && !SOFTWARE_GL.test(renderer);
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      webgl2 = false;
    }
  }
  return webgl2;
}

/**
 * How a graph is drawn: a small one whole by Cytoscape; a large one with level of detail, by
 * Cytoscape's WebGL renderer where there is a GPU, else with its ties in our batched layer.
 * Decided here only, for the view, the legend and the canvas's `data-detail`.
 */
export type Drawing = 'full' | 'large-webgl' | 'large-batched';

export function drawingOf(large: boolean): Drawing {
  return !large ? 'full' : canDrawWithWebgl() ? 'large-webgl' : 'large-batched';
}

/**
 * Whether a view draws dashed lines: Cytoscape's WebGL renderer draws none (a large graph on a
 * GPU), so there colour alone tells conflict from cooperation; the 2D canvas and the batched
 * layer draw them.
 */
export function drawsDashes(drawing: Drawing): boolean {
  return drawing !== 'large-webgl';
}

/** Says how a large graph is drawn, for the legend's note ('' for a small one). */
export function drawingNote(drawing: Drawing): string {
  if (drawing === 'full') return '';
  return drawing === 'large-webgl'
    ? 'Large graph: drawn with WebGL on the graphics card; lines are solid, colour tells conflict from cooperation.'
    : 'Large graph: ties drawn in batches on a 2D canvas; dashes and labels show when zoomed in.';
}

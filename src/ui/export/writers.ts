// Everything that writes an export — the SVG figure writer and its layout, PNG and PDF, the view's
// JSON and CSV, the data set's GEXF and GraphML — in one module the Export menu loads when an
// export is asked for, so none of it weighs on the first screen.
export { figureSvg } from '../../core/scene/svg';
export { datasetGexf } from '../../core/exchange/gexf';
export { datasetGraphml } from '../../core/exchange/graphml';
export { relationsCsv, viewJson } from '../../core/exchange/export-data';
export { svgToPdf } from './pdf';
export { svgToPng } from './png';

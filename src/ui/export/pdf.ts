// A vector PDF of an SVG figure through jsPDF and svg2pdf.js (both MIT), loaded only when a PDF is
// asked for: paths and text stay paths and text.
export async function svgToPdf(svg: string, width: number, height: number): Promise<Blob> {
  const [{ jsPDF }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;visibility:hidden';
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (parsed.nodeName !== 'svg') throw new Error('Expected an SVG figure');
  const element = document.importNode(parsed, true);
  host.append(element);
  document.body.append(host);
  try {
    const doc = new jsPDF({
      orientation: width > height ? 'landscape' : 'portrait',
      unit: 'pt',
      format: [width, height],
    });
    await doc.svg(element, { x: 0, y: 0, width, height });
    return doc.output('blob');
  } finally {
    host.remove();
  }
}

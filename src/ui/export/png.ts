// A PNG of an SVG figure, drawn by the browser at the chosen scale: the same vector figure as the
// SVG export, rasterised, so all three formats show the same picture.
import { rasterSize, type RasterSize } from '../../core/scene/raster';

export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<{ blob: Blob; size: RasterSize }> {
  const size = rasterSize(width, height, scale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw a PNG (no 2D canvas).');
    context.drawImage(image, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(`The browser could not encode a ${size.width}×${size.height} PNG.`);
    return { blob, size };
  } finally {
    URL.revokeObjectURL(url);
  }
}

// How large a PNG may be drawn: browsers refuse canvases beyond a side or an area limit, so a
// requested scale is capped (and the caller told) rather than failing with a blank image.

/** Chromium's limits: 16384 px a side is safe everywhere; 268 million pixels of area. */
export const MAX_SIDE = 16384;
export const MAX_AREA = 268_435_456;

export interface RasterSize {
  readonly scale: number;
  readonly width: number;
  readonly height: number;
  /** True when the requested size was reduced to fit the limits. */
  readonly capped: boolean;
}

export function rasterSize(width: number, height: number, requestedScale: number): RasterSize {
  const limit = Math.min(
    MAX_SIDE / width,
    MAX_SIDE / height,
    Math.sqrt(MAX_AREA / (width * height)),
  );
  const scale = Math.min(requestedScale, limit);
  return {
    scale,
    width: Math.floor(width * scale),
    height: Math.floor(height * scale),
    capped: scale < requestedScale,
  };
}

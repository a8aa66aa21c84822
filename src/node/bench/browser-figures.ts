// Filled in by the next step (figures measured in Chromium).
import type { Figure } from './measure';

export async function browserFigures(
  _scaleDir: string,
  _targets: Record<string, number>,
): Promise<Figure[]> {
  return [];
}

// The alignment layout, a choice beside the stable ring: each actor placed left or right by where
// it stands between the camps — camp A's side on the left, B's on the right, hedgers near the
// middle — at a height that never changes (its place from north to south on the ring), so that between eras
// only the left–right position moves and the eye sees an actor cross.
import type { WindowReport } from '../analysis/analysis';
import type { CampLabel } from '../analysis/compare';
import type { Point } from './layout';

/** Half the width of the field: an actor wholly with camp A sits at x = 0, with B at 2 × HALF. */
export const SIDES_HALF_WIDTH = 320;
/** Vertical room per actor. */
const ROW = 56;

/**
 * Where an actor stands, from −1 (wholly with camp A) to +1 (wholly with camp B): its ties to
 * camp B's members minus its ties to camp A's, over the sum of all its ties' |scores| — friendly
 * ties pull it towards a camp, hostile ones push it away. 0 with no tie at all.
 */
export function standing(
  id: string,
  report: Pick<WindowReport, 'dyads'>,
  camps: ReadonlyMap<string, CampLabel>,
): number {
  let toward = 0;
  let total = 0;
  for (const tie of report.dyads) {
    if (tie.a !== id && tie.b !== id) continue;
    const other = tie.a === id ? tie.b : tie.a;
    total += Math.abs(tie.score);
    const side = camps.get(other);
    if (side === 'A') toward -= tie.score;
    else if (side === 'B') toward += tie.score;
  }
  return total === 0 ? 0 : Math.max(-1, Math.min(1, toward / total));
}

/**
 * Positions for the alignment layout: x by standing, y by the actor's fixed place in `order`
 * (north to south on the ring, so heights never change between eras).
 */
export function sidesLayout(
  report: Pick<WindowReport, 'dyads' | 'actors'>,
  camps: ReadonlyMap<string, CampLabel>,
  order: readonly string[],
): Record<string, Point> {
  const positions = Object.create(null) as Record<string, Point>;
  const row = new Map(order.map((id, i) => [id, i]));
  for (const { id } of report.actors) {
    const x = SIDES_HALF_WIDTH * (1 + standing(id, report, camps));
    positions[id] = { x, y: (row.get(id) ?? order.length) * ROW };
  }
  return positions;
}

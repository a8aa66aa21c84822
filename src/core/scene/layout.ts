// One layout for all time, so nothing jumps when the era changes: actors sit on a circle in the
// order of their compass bearing from the centre of all locations (north up), turned so each
// stays as close as it can to its true bearing. Evenly spaced slots keep neighbours such as
// Kabul, Islamabad and New Delhi apart, and no actor sits on the line between two others.
import type { Actor } from '../data/schema';

export interface Point {
  readonly x: number;
  readonly y: number;
}

const TAU = 2 * Math.PI;

/** Bearing of each located actor from the centroid, in radians counter-clockwise from east. */
function bearings(actors: readonly Actor[]): Map<string, number> {
  const located = actors.filter((a) => a.location !== undefined);
  const lon = located.reduce((s, a) => s + (a.location?.lon ?? 0), 0) / (located.length || 1);
  const lat = located.reduce((s, a) => s + (a.location?.lat ?? 0), 0) / (located.length || 1);
  return new Map(
    located.map((a) => [
      a.id,
      Math.atan2((a.location?.lat ?? 0) - lat, (a.location?.lon ?? 0) - lon),
    ]),
  );
}

/** Room on the ring per actor: the largest actor is 70 across, most far less. */
const SLOT = 48;

/** The ring's radius: 300, or more when that would crowd the actors (about 40 and up). */
export function ringRadius(actors: number): number {
  return Math.max(300, Math.ceil((SLOT * actors) / TAU));
}

/** Positions on a circle of the given radius around (radius, radius). */
export function bearingCircleLayout(
  input: readonly Actor[],
  radius = ringRadius(input.length),
): Record<string, Point> {
  // Sorted first, so that floating-point sums, and the result, do not depend on the input order.
  const actors = [...input].sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  const angles = bearings(actors);
  const normalise = (a: number): number => ((a % TAU) + TAU) % TAU;
  // Located actors by bearing (ties broken by id so the order is stable), then the rest by id.
  const order = [...actors].sort((p, q) => {
    const a = angles.get(p.id);
    const b = angles.get(q.id);
    if (a !== undefined && b !== undefined && a !== b) return normalise(a) - normalise(b);
    if (a === undefined && b !== undefined) return 1;
    if (a !== undefined && b === undefined) return -1;
    return p.id < q.id ? -1 : p.id > q.id ? 1 : 0;
  });
  const step = TAU / Math.max(order.length, 1);
  // Turn the ring by the circular mean of (true bearing - slot angle) of the located actors.
  let sin = 0;
  let cos = 0;
  order.forEach((actor, i) => {
    const bearing = angles.get(actor.id);
    if (bearing === undefined) return;
    sin += Math.sin(bearing - i * step);
    cos += Math.cos(bearing - i * step);
  });
  const turn = sin === 0 && cos === 0 ? Math.PI / 2 : Math.atan2(sin, cos);
  const positions = Object.create(null) as Record<string, Point>;
  order.forEach((actor, i) => {
    const angle = turn + i * step;
    // Screen y grows downwards, so north (positive sine) is up.
    positions[actor.id] = {
      x: radius + radius * Math.cos(angle),
      y: radius - radius * Math.sin(angle),
    };
  });
  return positions;
}

// A picture's edge for a tie between a and b, as the graph view and the edge layer are handed it:
// for the render tests.
import type { PictureEdge } from '../../src/core/scene/picture';

export function tieEdge(a: string, b: string, classes: string, width: number): PictureEdge {
  return {
    id: `${a}~${b}`,
    tie: `${a}~${b}`,
    source: a,
    target: b,
    width,
    classes: classes.split(' '),
  };
}

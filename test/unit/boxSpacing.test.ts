// Overlap removal for map labels and group boxes (renderer/features/map/boxSpacing.ts).
import { describe, expect, it } from 'vitest';
import { anyOverlap, placeApart, type SpacedItem } from '../../renderer/features/map/boxSpacing';

let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

/** A node of 34 with a label of `w` x 18 below it, as the map draws one. */
const node = (x: number, y: number, w = 100): SpacedItem => ({
  x, y, rects: [{ x1: -17, y1: -17, x2: 17, y2: 17 }, { x1: -w / 2, y1: 20, x2: w / 2, y2: 38 }],
});

describe('placeApart', () => {
  it('leaves items that are already apart where they are', () => {
    const items = [node(0, 0), node(200, 0), node(0, 200)];
    expect(placeApart(items, 6)).toEqual({ moved: false, clear: true });
    expect(items.map((i) => [i.x, i.y])).toEqual([[0, 0], [200, 0], [0, 200]]);
  });

  it('places a pile of 60 labels inside a frame, with the gap between every two', () => {
    const items = Array.from({ length: 60 }, () => node(rand() * 100, rand() * 100, 60 + rand() * 60));
    expect(anyOverlap(items, 6)).toBe(true);
    const frame = { x1: -500, y1: -400, x2: 600, y2: 500 };
    expect(placeApart(items, 6, frame)).toEqual({ moved: true, clear: true });
    expect(anyOverlap(items, 6)).toBe(false);
    for (const i of items) {
      expect(i.x - 60).toBeGreaterThanOrEqual(frame.x1 - 1e-9);
      expect(i.y + 38).toBeLessThanOrEqual(frame.y2 + 1e-9);
    }
  });

  it('separates items stacked on the very same spot', () => {
    const items = Array.from({ length: 5 }, () => node(0, 0));
    expect(placeApart(items, 4).clear).toBe(true);
    expect(anyOverlap(items, 4)).toBe(false);
  });

  it('says so when the frame is too small for them all', () => {
    const items = Array.from({ length: 20 }, () => node(rand() * 50, rand() * 50));
    expect(placeApart(items, 6, { x1: 0, y1: 0, x2: 200, y2: 200 }).clear).toBe(false);
  });
});

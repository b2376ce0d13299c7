// Indonesian language helpers shared by the back end (Word export) and the renderer (previews).
export * from './dates';
export * from './terbilang';
export * from './rupiah';

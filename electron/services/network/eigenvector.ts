// Eigenvector centrality, the same power iteration as networkx.eigenvector_centrality.
//
// Written here rather than taken from graphology-metrics: its iteration is the same, but it throws
// when it has not converged and gives no result, and the workbench must show something for any map.
import type { IndexedGraph } from './graph';

/** Keep equal to EIGENVECTOR_MAX_ITER / EIGENVECTOR_TOL in scripts/networkx-fixtures.py. */
export const EIGENVECTOR_MAX_ITER = 1000;
export const EIGENVECTOR_TOL = 1e-10;

/**
 * x_u = sum of x_v over the arcs v->u (being pointed at by well-connected actors), unit Euclidean
 * norm. Starts from 1/n everywhere and iterates x <- x + A^T x (the identity shift makes it converge
 * on periodic graphs too) until sum |x - x_last| < n * tol. networkx raises when that does not
 * happen within max_iter; we return the last iterate instead (only slowly-mixing maps get there,
 * e.g. maps without any cycle, where all weight drains slowly to the last nodes of the chains).
 */
export function eigenvectorCentrality(g: IndexedGraph, maxIter = EIGENVECTOR_MAX_ITER, tol = EIGENVECTOR_TOL): Float64Array {
  const { n, inStart, inAdj } = g;
  if (n === 0) return new Float64Array(0);
  let x = new Float64Array(n).fill(1 / n);
  let last = new Float64Array(n);
  for (let iteration = 0; iteration < maxIter; iteration++) {
    [last, x] = [x, last];
    let squares = 0;
    for (let u = 0; u < n; u++) {
      let value = last[u]!;
      for (let j = inStart[u]!, end = inStart[u + 1]!; j < end; j++) value += last[inAdj[j]!]!;
      x[u] = value;
      squares += value * value;
    }
    const norm = Math.sqrt(squares) || 1;
    let error = 0;
    for (let u = 0; u < n; u++) {
      x[u]! /= norm;
      error += Math.abs(x[u]! - last[u]!);
    }
    if (error < n * tol) break;
  }
  return x;
}

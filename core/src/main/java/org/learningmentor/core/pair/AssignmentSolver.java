package org.learningmentor.core.pair;

import java.util.Arrays;

/**
 * An exact maximum-weight bipartite matching (the assignment problem) by the Hungarian method in
 * its shortest-augmenting-path form with potentials (Kuhn 1955, Munkres 1957; the O(n²m) variant
 * of Jonker and Volgenant 1987 as usually taught, e.g. e-maxx "Hungarian algorithm").
 *
 * <p>It computes weights on demand through {@link Weights} and keeps only O(n + m) numbers (two
 * potentials, the current minimum slack per column, the matching), so a 5 000 × 5 000 problem
 * needs a few hundred kilobytes rather than a 25-million-cell matrix.
 *
 * <ol>
 *   <li>Rows are the smaller side ({@code rows ≤ columns}); the caller transposes if needed.
 *   <li>Each cell's cost is minus its weight; an excluded cell has weight 0, like a pair of two
 *       people left unmatched, so an optimal full assignment of the rows is an optimal matching
 *       once cells of weight ≤ 0 are dropped (all weights are ≥ 0).
 *   <li>For each row in turn, a Dijkstra-like search over reduced costs finds the shortest
 *       augmenting path from the row to a free column, updating the potentials so that reduced
 *       costs stay non-negative, then flips the path.
 * </ol>
 *
 * <p>Deterministic: ties go to the lowest column index.
 */
final class AssignmentSolver {

    /** Weights of the cells, computed on demand. */
    @FunctionalInterface
    interface Weights {
        /** The weight (≥ 0) of assigning a row to a column; 0 for a cell never to be chosen. */
        double weight(int row, int column);
    }

    private AssignmentSolver() {}

    /**
     * Solves a rows × columns problem with {@code rows ≤ columns}.
     *
     * @return for each row its column, every row assigned (cells of weight 0 included)
     */
    static int[] solve(int rows, int columns, Weights weights) {
        if (rows > columns) {
            throw new IllegalArgumentException("rows " + rows + " > columns " + columns);
        }
        int n = rows;
        int m = columns;
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1]; // p[j]: the row (1-based) assigned to column j, 0 = free
        int[] way = new int[m + 1];
        double[] minv = new double[m + 1];
        boolean[] used = new boolean[m + 1];
        int[] usedColumns = new int[m + 1];
        // Start (Jonker–Volgenant style) from feasible potentials and a free matching on tight
        // cells: u[i] = the row's best cost, v = 0; each row takes the first free column where it
        // reaches its best. Only the rows left free need a shortest-path search below.
        boolean[] matchedRow = new boolean[n + 1];
        for (int i = 1; i <= n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 1; j <= m; j++) {
                best = Math.min(best, -weights.weight(i - 1, j - 1));
            }
            u[i] = best;
            for (int j = 1; j <= m; j++) {
                if (p[j] == 0 && -weights.weight(i - 1, j - 1) == best) {
                    p[j] = i;
                    matchedRow[i] = true;
                    break;
                }
            }
        }
        for (int i = 1; i <= n; i++) {
            if (matchedRow[i]) {
                continue;
            }
            p[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            int usedCount = 0;
            do {
                used[j0] = true;
                usedColumns[usedCount++] = j0;
                int i0 = p[j0];
                double ui0 = u[i0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = -1;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = -weights.weight(i0 - 1, j - 1) - ui0 - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        // among equally short paths prefer one ending at a free column: it ends the search
                        if (minv[j] < delta || (minv[j] == delta && p[j] == 0 && j1 > 0 && p[j1] != 0)) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int k = 0; k < usedCount; k++) {
                    int j = usedColumns[k];
                    u[p[j]] += delta;
                    v[j] -= delta;
                }
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] columnOf = new int[n];
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                columnOf[p[j] - 1] = j - 1;
            }
        }
        return columnOf;
    }
}

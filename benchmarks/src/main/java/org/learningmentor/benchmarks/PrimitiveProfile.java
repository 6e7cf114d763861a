package org.learningmentor.benchmarks;

/**
 * The baseline of {@link CultureProfileBenchmark}: a hand-written loop over primitive arrays that
 * computes the same dimension means as the SDK's culture profile, for every unit, every unit's
 * subtree and the whole audience, with reverse-keyed items inverted. No suppression, no standard
 * deviation, no objects: what a programmer would write for the means alone.
 *
 * <p>Units are indexed so that every parent comes before its children ({@code parent[u] < u}, the
 * top unit has -1).
 */
final class PrimitiveProfile {

    private final int[] parent;
    private final int[] unitOfResponse;
    private final byte[] answers;
    private final int items;
    private final int[] dimensionOf;
    private final boolean[] reverse;
    private final int dimensions;
    private final int points;

    PrimitiveProfile(
            int[] parent,
            int[] unitOfResponse,
            byte[] answers,
            int items,
            int[] dimensionOf,
            boolean[] reverse,
            int dimensions,
            int points) {
        this.parent = parent;
        this.unitOfResponse = unitOfResponse;
        this.answers = answers;
        this.items = items;
        this.dimensionOf = dimensionOf;
        this.reverse = reverse;
        this.dimensions = dimensions;
        this.points = points;
    }

    /**
     * Returns the means: {@code means[g * dimensions + d]} for group {@code g}, where {@code g = u}
     * is unit {@code u}'s own respondents, {@code g = U + u} its subtree and {@code g = 2U} the
     * whole audience; NaN for a group without respondents.
     */
    double[] means() {
        int units = parent.length;
        int groups = 2 * units + 1;
        long[] count = new long[groups];
        long[] sum = new long[groups * dimensions];
        int[] itemsPerDimension = new int[dimensions];
        for (int i = 0; i < items; i++) {
            itemsPerDimension[dimensionOf[i]]++;
        }
        for (int r = 0; r < unitOfResponse.length; r++) {
            int unit = unitOfResponse[r];
            count[unit]++;
            int base = unit * dimensions;
            int offset = r * items;
            for (int i = 0; i < items; i++) {
                int answer = answers[offset + i];
                sum[base + dimensionOf[i]] += reverse[i] ? points + 1 - answer : answer;
            }
        }
        for (int u = 0; u < units; u++) {
            addInto(count, sum, units + u, u);
        }
        for (int u = units - 1; u > 0; u--) {
            addInto(count, sum, units + parent[u], units + u);
        }
        addInto(count, sum, 2 * units, units);
        double[] means = new double[groups * dimensions];
        for (int g = 0; g < groups; g++) {
            for (int d = 0; d < dimensions; d++) {
                means[g * dimensions + d] = (double) sum[g * dimensions + d] / (count[g] * itemsPerDimension[d]);
            }
        }
        return means;
    }

    private void addInto(long[] count, long[] sum, int to, int from) {
        count[to] += count[from];
        for (int d = 0; d < dimensions; d++) {
            sum[to * dimensions + d] += sum[from * dimensions + d];
        }
    }

    int dimensions() {
        return dimensions;
    }
}

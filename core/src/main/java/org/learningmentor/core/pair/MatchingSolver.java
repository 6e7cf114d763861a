package org.learningmentor.core.pair;

import java.util.Arrays;

/**
 * An exact maximum-weight matching in a general (not bipartite) graph: Edmonds' blossom algorithm
 * with dual variables, O(n³), in the form of Galil's survey. This is a port of Joris van Rantwijk's
 * public-domain Python module {@code mwmatching.py} ("Weighted maximum matching in general
 * graphs", 2008, http://jorisvr.nl/article/maximum-matching), keeping its structure and names so
 * that the two can be read side by side; it is used without the maximum-cardinality option.
 *
 * <ol>
 *   <li>Weights are integers (the caller scales scores), so every dual variable stays an integer
 *       and no comparison depends on rounding.
 *   <li>Each stage grows alternating trees from the free vertices over tight edges (zero slack),
 *       shrinking odd cycles into blossoms, until it finds an augmenting path between two trees.
 *   <li>When no tight edge helps, it changes the duals by the largest δ that keeps them feasible
 *       (the four δ cases), which makes new edges tight or expands a blossom; a stage ends when a
 *       vertex dual reaches zero, after which no augmentation can raise the weight.
 * </ol>
 *
 * <p>Memory is linear in the number of edges. Deterministic for a given edge order.
 */
final class MatchingSolver {

    private final int nvertex;
    private final int nedge;
    private final int[] endpoint;
    private final long[] weight;
    private final int[][] neighbend;
    private final int[] mate;
    private final int[] label;
    private final int[] labelend;
    private final int[] inblossom;
    private final int[] blossomparent;
    private final int[][] blossomchilds;
    private final int[] blossombase;
    private final int[][] blossomendps;
    private final int[] bestedge;
    private final int[][] blossombestedges;
    private final IntStack unusedblossoms = new IntStack();
    private final long[] dualvar;
    private final boolean[] allowedge;
    private final IntStack queue = new IntStack();

    private MatchingSolver(int nvertex, int[] from, int[] to, long[] weights, int nedge) {
        this.nvertex = nvertex;
        this.nedge = nedge;
        this.weight = weights;
        this.endpoint = new int[2 * nedge];
        int[] degree = new int[nvertex];
        long maxweight = 0;
        for (int k = 0; k < nedge; k++) {
            endpoint[2 * k] = from[k];
            endpoint[2 * k + 1] = to[k];
            degree[from[k]]++;
            degree[to[k]]++;
            maxweight = Math.max(maxweight, weights[k]);
        }
        this.neighbend = new int[nvertex][];
        for (int v = 0; v < nvertex; v++) {
            neighbend[v] = new int[degree[v]];
        }
        int[] fill = new int[nvertex];
        for (int k = 0; k < nedge; k++) {
            neighbend[from[k]][fill[from[k]]++] = 2 * k + 1;
            neighbend[to[k]][fill[to[k]]++] = 2 * k;
        }
        this.mate = new int[nvertex];
        Arrays.fill(mate, -1);
        this.label = new int[2 * nvertex];
        this.labelend = new int[2 * nvertex];
        Arrays.fill(labelend, -1);
        this.inblossom = new int[nvertex];
        for (int v = 0; v < nvertex; v++) {
            inblossom[v] = v;
        }
        this.blossomparent = new int[2 * nvertex];
        Arrays.fill(blossomparent, -1);
        this.blossomchilds = new int[2 * nvertex][];
        this.blossombase = new int[2 * nvertex];
        for (int v = 0; v < 2 * nvertex; v++) {
            blossombase[v] = v < nvertex ? v : -1;
        }
        this.blossomendps = new int[2 * nvertex][];
        this.bestedge = new int[2 * nvertex];
        Arrays.fill(bestedge, -1);
        this.blossombestedges = new int[2 * nvertex][];
        for (int b = nvertex; b < 2 * nvertex; b++) {
            unusedblossoms.push(b);
        }
        this.dualvar = new long[2 * nvertex];
        for (int v = 0; v < nvertex; v++) {
            dualvar[v] = maxweight;
        }
        this.allowedge = new boolean[nedge];
    }

    /**
     * Returns a maximum-weight matching of the graph whose edge {@code k} joins {@code from[k]} and
     * {@code to[k]} with weight {@code weights[k] ≥ 0}; no edge twice, no loop.
     *
     * @return for each vertex its mate, or -1
     */
    static int[] solve(int nvertex, int[] from, int[] to, long[] weights, int nedge) {
        if (nedge == 0) {
            int[] none = new int[nvertex];
            Arrays.fill(none, -1);
            return none;
        }
        return new MatchingSolver(nvertex, from, to, weights, nedge).run();
    }

    private long slack(int k) {
        return dualvar[endpoint[2 * k]] + dualvar[endpoint[2 * k + 1]] - 2 * weight[k];
    }

    private void blossomLeaves(int b, IntStack out) {
        if (b < nvertex) {
            out.push(b);
        } else {
            for (int t : blossomchilds[b]) {
                blossomLeaves(t, out);
            }
        }
    }

    private int[] leaves(int b) {
        IntStack out = new IntStack();
        blossomLeaves(b, out);
        return out.toArray();
    }

    private void assignLabel(int w, int t, int p) {
        while (true) {
            int b = inblossom[w];
            label[w] = t;
            label[b] = t;
            labelend[w] = p;
            labelend[b] = p;
            bestedge[w] = -1;
            bestedge[b] = -1;
            if (t == 1) {
                blossomLeaves(b, queue);
                return;
            }
            int base = blossombase[b];
            // t == 2: the base's mate becomes an S-vertex (tail call of the Python original)
            w = endpoint[mate[base]];
            t = 1;
            p = mate[base] ^ 1;
        }
    }

    private int scanBlossom(int v, int w) {
        IntStack path = new IntStack();
        int base = -1;
        while (v != -1 || w != -1) {
            int b = inblossom[v];
            if ((label[b] & 4) != 0) {
                base = blossombase[b];
                break;
            }
            path.push(b);
            label[b] = 5;
            if (labelend[b] == -1) {
                v = -1;
            } else {
                v = endpoint[labelend[b]];
                b = inblossom[v];
                v = endpoint[labelend[b]];
            }
            if (w != -1) {
                int swap = v;
                v = w;
                w = swap;
            }
        }
        for (int i = 0; i < path.size; i++) {
            label[path.items[i]] = 1;
        }
        return base;
    }

    private void addBlossom(int base, int k) {
        int v = endpoint[2 * k];
        int w = endpoint[2 * k + 1];
        int bb = inblossom[base];
        int bv = inblossom[v];
        int bw = inblossom[w];
        int b = unusedblossoms.pop();
        blossombase[b] = base;
        blossomparent[b] = -1;
        blossomparent[bb] = b;
        IntStack path = new IntStack();
        IntStack endps = new IntStack();
        while (bv != bb) {
            blossomparent[bv] = b;
            path.push(bv);
            endps.push(labelend[bv]);
            v = endpoint[labelend[bv]];
            bv = inblossom[v];
        }
        path.push(bb);
        path.reverse();
        endps.reverse();
        endps.push(2 * k);
        while (bw != bb) {
            blossomparent[bw] = b;
            path.push(bw);
            endps.push(labelend[bw] ^ 1);
            w = endpoint[labelend[bw]];
            bw = inblossom[w];
        }
        int[] childs = path.toArray();
        blossomchilds[b] = childs;
        blossomendps[b] = endps.toArray();
        label[b] = 1;
        labelend[b] = labelend[bb];
        dualvar[b] = 0;
        for (int leaf : leaves(b)) {
            if (label[inblossom[leaf]] == 2) {
                queue.push(leaf);
            }
            inblossom[leaf] = b;
        }
        int[] bestedgeto = new int[2 * nvertex];
        Arrays.fill(bestedgeto, -1);
        for (int child : childs) {
            if (blossombestedges[child] == null) {
                for (int leaf : leaves(child)) {
                    for (int p : neighbend[leaf]) {
                        considerBestEdge(p / 2, b, bestedgeto);
                    }
                }
            } else {
                for (int e : blossombestedges[child]) {
                    considerBestEdge(e, b, bestedgeto);
                }
            }
            blossombestedges[child] = null;
            bestedge[child] = -1;
        }
        IntStack best = new IntStack();
        for (int e : bestedgeto) {
            if (e != -1) {
                best.push(e);
            }
        }
        blossombestedges[b] = best.toArray();
        bestedge[b] = -1;
        for (int e : blossombestedges[b]) {
            if (bestedge[b] == -1 || slack(e) < slack(bestedge[b])) {
                bestedge[b] = e;
            }
        }
    }

    private void considerBestEdge(int k, int b, int[] bestedgeto) {
        int i = endpoint[2 * k];
        int j = endpoint[2 * k + 1];
        if (inblossom[j] == b) {
            j = i;
        }
        int bj = inblossom[j];
        if (bj != b && label[bj] == 1 && (bestedgeto[bj] == -1 || slack(k) < slack(bestedgeto[bj]))) {
            bestedgeto[bj] = k;
        }
    }

    private void expandBlossom(int b, boolean endstage) {
        for (int s : blossomchilds[b]) {
            blossomparent[s] = -1;
            if (s < nvertex) {
                inblossom[s] = s;
            } else if (endstage && dualvar[s] == 0) {
                expandBlossom(s, endstage);
            } else {
                for (int leaf : leaves(s)) {
                    inblossom[leaf] = s;
                }
            }
        }
        if (!endstage && label[b] == 2) {
            int[] childs = blossomchilds[b];
            int[] endps = blossomendps[b];
            int len = childs.length;
            int entrychild = inblossom[endpoint[labelend[b] ^ 1]];
            int j = indexOf(childs, entrychild);
            int jstep;
            int endptrick;
            if ((j & 1) != 0) {
                j -= len;
                jstep = 1;
                endptrick = 0;
            } else {
                jstep = -1;
                endptrick = 1;
            }
            int p = labelend[b];
            while (j != 0) {
                label[endpoint[p ^ 1]] = 0;
                label[endpoint[at(endps, j - endptrick) ^ endptrick ^ 1]] = 0;
                assignLabel(endpoint[p ^ 1], 2, p);
                allowedge[at(endps, j - endptrick) / 2] = true;
                j += jstep;
                p = at(endps, j - endptrick) ^ endptrick;
                allowedge[p / 2] = true;
                j += jstep;
            }
            int bv = at(childs, j);
            label[endpoint[p ^ 1]] = 2;
            label[bv] = 2;
            labelend[endpoint[p ^ 1]] = p;
            labelend[bv] = p;
            bestedge[bv] = -1;
            j += jstep;
            while (at(childs, j) != entrychild) {
                bv = at(childs, j);
                if (label[bv] == 1) {
                    j += jstep;
                    continue;
                }
                int v = -1;
                for (int leaf : leaves(bv)) {
                    v = leaf;
                    if (label[leaf] != 0) {
                        break;
                    }
                }
                if (label[v] != 0) {
                    label[v] = 0;
                    label[endpoint[mate[blossombase[bv]]]] = 0;
                    assignLabel(v, 2, labelend[v]);
                }
                j += jstep;
            }
        }
        label[b] = -1;
        labelend[b] = -1;
        blossomchilds[b] = null;
        blossomendps[b] = null;
        blossombase[b] = -1;
        blossombestedges[b] = null;
        bestedge[b] = -1;
        unusedblossoms.push(b);
    }

    private void augmentBlossom(int b, int v) {
        int t = v;
        while (blossomparent[t] != b) {
            t = blossomparent[t];
        }
        if (t >= nvertex) {
            augmentBlossom(t, v);
        }
        int[] childs = blossomchilds[b];
        int[] endps = blossomendps[b];
        int len = childs.length;
        int i = indexOf(childs, t);
        int j = i;
        int jstep;
        int endptrick;
        if ((i & 1) != 0) {
            j -= len;
            jstep = 1;
            endptrick = 0;
        } else {
            jstep = -1;
            endptrick = 1;
        }
        while (j != 0) {
            j += jstep;
            t = at(childs, j);
            int p = at(endps, j - endptrick) ^ endptrick;
            if (t >= nvertex) {
                augmentBlossom(t, endpoint[p]);
            }
            j += jstep;
            t = at(childs, j);
            if (t >= nvertex) {
                augmentBlossom(t, endpoint[p ^ 1]);
            }
            mate[endpoint[p]] = p ^ 1;
            mate[endpoint[p ^ 1]] = p;
        }
        blossomchilds[b] = rotate(childs, i);
        blossomendps[b] = rotate(endps, i);
        blossombase[b] = blossombase[blossomchilds[b][0]];
    }

    private void augmentMatching(int k) {
        int v = endpoint[2 * k];
        int w = endpoint[2 * k + 1];
        int[][] starts = {{v, 2 * k + 1}, {w, 2 * k}};
        for (int[] start : starts) {
            int s = start[0];
            int p = start[1];
            while (true) {
                int bs = inblossom[s];
                if (bs >= nvertex) {
                    augmentBlossom(bs, s);
                }
                mate[s] = p;
                if (labelend[bs] == -1) {
                    break;
                }
                int t = endpoint[labelend[bs]];
                int bt = inblossom[t];
                s = endpoint[labelend[bt]];
                int j = endpoint[labelend[bt] ^ 1];
                if (bt >= nvertex) {
                    augmentBlossom(bt, j);
                }
                mate[j] = labelend[bt];
                p = labelend[bt] ^ 1;
            }
        }
    }

    private int[] run() {
        for (int stage = 0; stage < nvertex; stage++) {
            Arrays.fill(label, 0);
            Arrays.fill(bestedge, -1);
            for (int b = nvertex; b < 2 * nvertex; b++) {
                blossombestedges[b] = null;
            }
            Arrays.fill(allowedge, false);
            queue.clear();
            for (int v = 0; v < nvertex; v++) {
                if (mate[v] == -1 && label[inblossom[v]] == 0) {
                    assignLabel(v, 1, -1);
                }
            }
            boolean augmented = false;
            while (true) {
                while (queue.size > 0 && !augmented) {
                    int v = queue.pop();
                    for (int p : neighbend[v]) {
                        int k = p / 2;
                        int w = endpoint[p];
                        if (inblossom[v] == inblossom[w]) {
                            continue;
                        }
                        long kslack = 0;
                        if (!allowedge[k]) {
                            kslack = slack(k);
                            if (kslack <= 0) {
                                allowedge[k] = true;
                            }
                        }
                        if (allowedge[k]) {
                            if (label[inblossom[w]] == 0) {
                                assignLabel(w, 2, p ^ 1);
                            } else if (label[inblossom[w]] == 1) {
                                int base = scanBlossom(v, w);
                                if (base >= 0) {
                                    addBlossom(base, k);
                                } else {
                                    augmentMatching(k);
                                    augmented = true;
                                    break;
                                }
                            } else if (label[w] == 0) {
                                label[w] = 2;
                                labelend[w] = p ^ 1;
                            }
                        } else if (label[inblossom[w]] == 1) {
                            int b = inblossom[v];
                            if (bestedge[b] == -1 || kslack < slack(bestedge[b])) {
                                bestedge[b] = k;
                            }
                        } else if (label[w] == 0) {
                            if (bestedge[w] == -1 || kslack < slack(bestedge[w])) {
                                bestedge[w] = k;
                            }
                        }
                    }
                }
                if (augmented) {
                    break;
                }
                // Without maximum cardinality, delta type 1 (a vertex dual reaching zero) is always a candidate.
                int deltatype = 1;
                long delta = Long.MAX_VALUE;
                for (int v = 0; v < nvertex; v++) {
                    delta = Math.min(delta, dualvar[v]);
                }
                int deltaedge = -1;
                int deltablossom = -1;
                for (int v = 0; v < nvertex; v++) {
                    if (label[inblossom[v]] == 0 && bestedge[v] != -1) {
                        long d = slack(bestedge[v]);
                        if (d < delta) {
                            delta = d;
                            deltatype = 2;
                            deltaedge = bestedge[v];
                        }
                    }
                }
                for (int b = 0; b < 2 * nvertex; b++) {
                    if (blossomparent[b] == -1 && label[b] == 1 && bestedge[b] != -1) {
                        long d = slack(bestedge[b]) / 2;
                        if (d < delta) {
                            delta = d;
                            deltatype = 3;
                            deltaedge = bestedge[b];
                        }
                    }
                }
                for (int b = nvertex; b < 2 * nvertex; b++) {
                    if (blossombase[b] >= 0 && blossomparent[b] == -1 && label[b] == 2 && dualvar[b] < delta) {
                        delta = dualvar[b];
                        deltatype = 4;
                        deltablossom = b;
                    }
                }
                for (int v = 0; v < nvertex; v++) {
                    if (label[inblossom[v]] == 1) {
                        dualvar[v] -= delta;
                    } else if (label[inblossom[v]] == 2) {
                        dualvar[v] += delta;
                    }
                }
                for (int b = nvertex; b < 2 * nvertex; b++) {
                    if (blossombase[b] >= 0 && blossomparent[b] == -1) {
                        if (label[b] == 1) {
                            dualvar[b] += delta;
                        } else if (label[b] == 2) {
                            dualvar[b] -= delta;
                        }
                    }
                }
                if (deltatype == 1) {
                    break;
                } else if (deltatype == 2) {
                    allowedge[deltaedge] = true;
                    int i = endpoint[2 * deltaedge];
                    if (label[inblossom[i]] == 0) {
                        i = endpoint[2 * deltaedge + 1];
                    }
                    queue.push(i);
                } else if (deltatype == 3) {
                    allowedge[deltaedge] = true;
                    queue.push(endpoint[2 * deltaedge]);
                } else {
                    expandBlossom(deltablossom, false);
                }
            }
            if (!augmented) {
                break;
            }
            for (int b = nvertex; b < 2 * nvertex; b++) {
                if (blossomparent[b] == -1 && blossombase[b] >= 0 && label[b] == 1 && dualvar[b] == 0) {
                    expandBlossom(b, true);
                }
            }
        }
        int[] result = new int[nvertex];
        for (int v = 0; v < nvertex; v++) {
            result[v] = mate[v] >= 0 ? endpoint[mate[v]] : -1;
        }
        return result;
    }

    /** Python-style indexing: a negative index counts from the end. */
    private static int at(int[] array, int index) {
        return array[index < 0 ? index + array.length : index];
    }

    private static int indexOf(int[] array, int value) {
        for (int i = 0; i < array.length; i++) {
            if (array[i] == value) {
                return i;
            }
        }
        throw new IllegalStateException("blossom child " + value + " not found");
    }

    private static int[] rotate(int[] array, int start) {
        int[] rotated = new int[array.length];
        System.arraycopy(array, start, rotated, 0, array.length - start);
        System.arraycopy(array, 0, rotated, array.length - start, start);
        return rotated;
    }

    /** A growable stack of ints. */
    private static final class IntStack {
        int[] items = new int[8];
        int size;

        void push(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        int pop() {
            return items[--size];
        }

        void clear() {
            size = 0;
        }

        void reverse() {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                int swap = items[i];
                items[i] = items[j];
                items[j] = swap;
            }
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}

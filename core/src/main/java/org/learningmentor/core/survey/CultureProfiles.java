package org.learningmentor.core.survey;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;

/**
 * Computes {@link CultureProfile}s from anonymous responses, suppressing every group whose figures
 * could identify respondents.
 *
 * <p>Responses come as {@link SurveyResponse} objects or, for large surveys, as a {@link
 * ResponseBatch} (their units and answers in columns, which a store can fill without making a
 * million objects). Both give the same profile: the objects are first checked and packed into a
 * batch, and every profile is tallied from a batch in one pass.
 *
 * <p><b>Scores.</b> Each respondent gets a score per dimension: the mean of their answers to the
 * dimension's items, a reverse-keyed answer {@code x} counted as {@code points + 1 − x}. A group's
 * score for a dimension is the mean of its respondents' scores and their sample standard deviation
 * (divided by {@code n − 1}), rounded half-even to {@value #SCALE} decimals (the standard deviation
 * from a double) and written without trailing zeros ({@code 3.5}, not {@code 3.5000}). Groups: the whole audience, each unit of the audience's subtrees with its own
 * respondents ({@link GroupKind#UNIT}), and each such unit with everything below it ({@link
 * GroupKind#SUBTREE}).
 *
 * <p><b>Anonymity.</b> Every group with fewer respondents than the threshold is suppressed as
 * {@link Suppression#BELOW_THRESHOLD}; a suppressed group shows the reason and nothing else. That
 * alone is not enough: the groups are related by sums, and a suppressed group could be recovered by
 * subtracting shown groups from a shown total. The relations are, for the respondent count and
 * equally for every sum a score is made of:
 *
 * <ul>
 *   <li>for each unit {@code u} with sub-units: {@code subtree(u) = unit(u) + Σ subtree(c)} over its
 *       child units {@code c};
 *   <li>for a unit without sub-units, {@code subtree(u)} and {@code unit(u)} are the same group;
 *   <li>{@code audience = Σ subtree(r)} over the audience's top units {@code r} (the same group as
 *       {@code subtree(r)} when there is one).
 * </ul>
 *
 * Complementary suppression then runs to a fixed point:
 *
 * <ol>
 *   <li>Suppress every group below the threshold. A group with no respondents is suppressed too, but
 *       it does not protect anything: an attacker may know it is empty (a unit with no staff of its
 *       own), so below it counts as shown.
 *   <li>Put every relation on a work list. Take one; count the groups in it that are suppressed and
 *       not empty. If exactly one is, its figures equal the total minus the others (or the sum of the
 *       parts, when it is the total), so suppress one more group of that relation as {@link
 *       Suppression#COMPLEMENTARY}: the shown, non-empty part with the fewest respondents, or the
 *       total when no part qualifies. Suppressing a subtree total makes the parent relation, where it
 *       is a part, and its own relation, where it is the total, go back on the list: so a hidden total
 *       never has all its parts shown.
 *   <li>Stop when the list is empty. Each step suppresses one more group, so this ends.
 * </ol>
 *
 * <p>At the fixed point every relation has none or at least two suppressed non-empty groups. The
 * relations form a tree (each group is the total of at most one relation and a part of at most
 * one), so no linear combination of them isolates a single suppressed group either: starting from
 * any suppressed group, one can change it and offset the change along a path of relations away from
 * it, each relation having a second suppressed group to absorb it, without changing any shown
 * figure. Hence no suppressed group's count or sums are determined by the shown figures, which the
 * differencing-attack test checks by solving the linear system. The guarantee is for one profile;
 * comparing profiles of one survey computed with different thresholds, or of surveys whose
 * audiences differ by a few people, is outside it. Counts bounded to be non-negative can still
 * narrow a suppressed figure to a range; the range is never a single value for a non-empty group.
 */
public final class CultureProfiles {

    /** The number of decimals of means and standard deviations. */
    public static final int SCALE = 4;

    private static final long SCALE_FACTOR = 10_000;

    private CultureProfiles() {}

    /**
     * Computes the profile of a survey with the organization's anonymity threshold.
     *
     * @param survey the survey, not null
     * @param organization the survey's organization, for its unit tree and threshold; not null
     * @param responses the survey's responses, not null, no null elements
     * @return the profile, never null
     * @throws SurveyRuleException with {@code survey.organization.mismatch} when the organization is
     *     not the survey's
     * @throws IllegalArgumentException when a response belongs to another survey, comes from a unit
     *     outside the audience, or does not answer exactly the instrument's items on its scale; its
     *     cause is the {@link ValidationException} of {@link ResponseBatch.Builder#build()} listing
     *     every such response
     */
    public static CultureProfile compute(Survey survey, Organization organization, Iterable<SurveyResponse> responses) {
        Objects.requireNonNull(organization, "organization");
        return compute(survey, organization, responses, organization.settings().anonymityThreshold());
    }

    /**
     * Computes the profile of a survey with a threshold at least the organization's.
     *
     * @param survey the survey, not null
     * @param organization the survey's organization, for its unit tree; not null
     * @param responses the survey's responses, not null, no null elements
     * @param anonymityThreshold the smallest group shown, at least the organization's threshold
     *     (itself at least 3)
     * @return the profile, never null
     * @throws ValidationException with {@code survey.profile.threshold-below-organization} when the
     *     threshold is below the organization's
     * @throws SurveyRuleException with {@code survey.organization.mismatch} when the organization is
     *     not the survey's
     * @throws IllegalArgumentException when a response belongs to another survey, comes from a unit
     *     outside the audience, or does not answer exactly the instrument's items on its scale; its
     *     cause is the {@link ValidationException} of {@link ResponseBatch.Builder#build()} listing
     *     every such response
     */
    public static CultureProfile compute(
            Survey survey, Organization organization, Iterable<SurveyResponse> responses, int anonymityThreshold) {
        Objects.requireNonNull(responses, "responses");
        checkArguments(survey, organization, anonymityThreshold);
        Tree tree = new Tree(survey, organization);
        int expected = responses instanceof Collection<?> collection ? collection.size() : 0;
        ResponseBatch.Builder builder = ResponseBatch.builder(survey, tree, expected);
        for (SurveyResponse response : responses) {
            builder.add(Objects.requireNonNull(response, "responses contains null"));
        }
        ResponseBatch batch;
        try {
            batch = builder.build();
        } catch (ValidationException e) {
            throw new IllegalArgumentException(
                    "The responses do not fit survey " + survey.id() + ": " + e.getMessage(), e);
        }
        return profile(survey, tree, batch, anonymityThreshold);
    }

    /**
     * Computes the profile of a survey from a batch of its responses, with the organization's
     * anonymity threshold. The result is the same as from the responses the batch holds.
     *
     * @param survey the survey, not null
     * @param organization the survey's organization, for its unit tree and threshold; not null
     * @param responses the survey's responses, not null
     * @return the profile, never null
     * @throws SurveyRuleException with {@code survey.organization.mismatch} when the organization is
     *     not the survey's
     * @throws IllegalArgumentException when the batch is of another survey or instrument, or holds a
     *     unit outside the audience in this organization
     */
    public static CultureProfile compute(Survey survey, Organization organization, ResponseBatch responses) {
        Objects.requireNonNull(organization, "organization");
        return compute(survey, organization, responses, organization.settings().anonymityThreshold());
    }

    /**
     * Computes the profile of a survey from a batch of its responses, with a threshold at least the
     * organization's. The result is the same as from the responses the batch holds.
     *
     * @param survey the survey, not null
     * @param organization the survey's organization, for its unit tree; not null
     * @param responses the survey's responses, not null
     * @param anonymityThreshold the smallest group shown, at least the organization's threshold
     *     (itself at least 3)
     * @return the profile, never null
     * @throws ValidationException with {@code survey.profile.threshold-below-organization} when the
     *     threshold is below the organization's
     * @throws SurveyRuleException with {@code survey.organization.mismatch} when the organization is
     *     not the survey's
     * @throws IllegalArgumentException when the batch is of another survey or instrument, or holds a
     *     unit outside the audience in this organization
     */
    public static CultureProfile compute(
            Survey survey, Organization organization, ResponseBatch responses, int anonymityThreshold) {
        Objects.requireNonNull(responses, "responses");
        checkArguments(survey, organization, anonymityThreshold);
        return profile(survey, new Tree(survey, organization), responses, anonymityThreshold);
    }

    private static void checkArguments(Survey survey, Organization organization, int anonymityThreshold) {
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(organization, "organization");
        int minimum = organization.settings().anonymityThreshold();
        if (anonymityThreshold < minimum) {
            throw new ValidationException(Violation.of(
                    SurveyViolation.THRESHOLD_BELOW_ORGANIZATION, "anonymityThreshold", anonymityThreshold, minimum));
        }
        checkOrganization(survey, organization);
    }

    /** Refuses an organization that is not the survey's. */
    static void checkOrganization(Survey survey, Organization organization) {
        if (!organization.id().equals(survey.organizationId())) {
            throw new SurveyRuleException(
                    survey.id(),
                    "be profiled",
                    List.of(Violation.of(SurveyViolation.ORGANIZATION_MISMATCH, "organization")));
        }
    }

    /** The one computation behind every {@code compute}: tally, sum up, suppress, build. */
    private static CultureProfile profile(Survey survey, Tree tree, ResponseBatch batch, int anonymityThreshold) {
        if (!batch.surveyId().equals(survey.id())) {
            throw new IllegalArgumentException(
                    "The batch holds responses to survey " + batch.surveyId() + ", not " + survey.id());
        }
        Instrument instrument = survey.instrument();
        if (!batch.itemCodes().equals(instrument.itemCodes())
                || batch.points() != instrument.scale().points()) {
            throw new IllegalArgumentException("The batch was checked against another instrument than survey "
                    + survey.id() + "'s " + instrument.code());
        }
        int[] unitOf = new int[batch.units().size()];
        for (int t = 0; t < unitOf.length; t++) {
            Integer unit = tree.index.get(batch.units().get(t));
            if (unit == null) {
                throw new IllegalArgumentException("The batch holds responses from unit "
                        + batch.units().get(t) + ", outside the audience of survey " + survey.id());
            }
            unitOf[t] = unit;
        }
        Tally tally = new Tally(instrument, tree);
        tally.addAll(batch, unitOf);
        tally.sumUp(tree);
        Suppression[] suppressed = suppress(tree, tally.count, anonymityThreshold);
        return tally.profile(survey, tree, suppressed, anonymityThreshold);
    }

    /**
     * Returns the suppression of each group (variable), null for a shown one, by the fixed point
     * described in the class javadoc. Variables: {@code u} is unit(u), {@code U + u} is subtree(u),
     * {@code 2U} is the audience.
     */
    static Suppression[] suppress(Tree tree, long[] count, int threshold) {
        int units = tree.size();
        int variables = 2 * units + 1;
        int[] canon = new int[variables];
        for (int v = 0; v < variables; v++) {
            canon[v] = v;
        }
        for (int u = 0; u < units; u++) {
            if (tree.children[u].length == 0) {
                canon[units + u] = u;
            }
        }
        if (tree.tops.length == 1) {
            canon[2 * units] = canon[units + tree.tops[0]];
        }
        List<int[]> relations = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            int[] children = tree.children[u];
            if (children.length > 0) {
                int[] relation = new int[children.length + 2];
                relation[0] = units + u;
                relation[1] = u;
                for (int i = 0; i < children.length; i++) {
                    relation[i + 2] = canon[units + children[i]];
                }
                relations.add(relation);
            }
        }
        if (tree.tops.length > 1) {
            int[] relation = new int[tree.tops.length + 1];
            relation[0] = 2 * units;
            for (int i = 0; i < tree.tops.length; i++) {
                relation[i + 1] = canon[units + tree.tops[i]];
            }
            relations.add(relation);
        }
        List<List<Integer>> relationsOf = new ArrayList<>(variables);
        for (int v = 0; v < variables; v++) {
            relationsOf.add(new ArrayList<>(2));
        }
        for (int r = 0; r < relations.size(); r++) {
            for (int v : relations.get(r)) {
                relationsOf.get(v).add(r);
            }
        }
        Suppression[] state = new Suppression[variables];
        for (int v = 0; v < variables; v++) {
            if (canon[v] == v && count[v] < threshold) {
                state[v] = Suppression.BELOW_THRESHOLD;
            }
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[relations.size()];
        for (int r = 0; r < relations.size(); r++) {
            work.add(r);
            queued[r] = true;
        }
        while (!work.isEmpty()) {
            int r = work.poll();
            queued[r] = false;
            int[] relation = relations.get(r);
            int hidden = 0;
            for (int v : relation) {
                if (state[v] != null && count[v] > 0) {
                    hidden++;
                }
            }
            if (hidden != 1) {
                continue;
            }
            int chosen = -1;
            for (int i = 1; i < relation.length; i++) {
                int v = relation[i];
                if (state[v] == null && count[v] > 0 && (chosen < 0 || count[v] < count[chosen])) {
                    chosen = v;
                }
            }
            if (chosen < 0) {
                chosen = relation[0];
                if (state[chosen] != null || count[chosen] == 0) {
                    throw new IllegalStateException("a relation with one hidden non-empty group has no other to hide");
                }
            }
            state[chosen] = Suppression.COMPLEMENTARY;
            for (int next : relationsOf.get(chosen)) {
                if (!queued[next]) {
                    queued[next] = true;
                    work.add(next);
                }
            }
        }
        Suppression[] result = new Suppression[variables];
        for (int v = 0; v < variables; v++) {
            result[v] = state[canon[v]];
        }
        return result;
    }

    /** The units of the audience's subtrees, depth first, with their tree structure by index. */
    static final class Tree {
        final List<OrgUnit> units = new ArrayList<>();
        final Map<OrgUnitId, Integer> index = new HashMap<>();
        final int[] parent;
        final int[][] children;
        final int[] tops;

        Tree(Survey survey, Organization organization) {
            Set<OrgUnitId> audience = new HashSet<>(survey.audience());
            Set<OrgUnitId> topIds = new LinkedHashSet<>();
            for (OrgUnitId unitId : survey.audience()) {
                if (organization.unit(unitId).isPresent()
                        && organization.ancestors(unitId).stream().noneMatch(a -> audience.contains(a.id()))) {
                    topIds.add(unitId);
                }
            }
            List<Integer> topIndexes = new ArrayList<>();
            for (OrgUnitId top : topIds) {
                topIndexes.add(units.size());
                for (OrgUnit unit : organization.subtree(top)) {
                    index.put(unit.id(), units.size());
                    units.add(unit);
                }
            }
            tops = topIndexes.stream().mapToInt(Integer::intValue).toArray();
            parent = new int[units.size()];
            List<List<Integer>> kids = new ArrayList<>(units.size());
            for (int u = 0; u < units.size(); u++) {
                kids.add(new ArrayList<>());
            }
            Set<Integer> topSet = new HashSet<>(topIndexes);
            for (int u = 0; u < units.size(); u++) {
                Integer p = topSet.contains(u)
                        ? null
                        : units.get(u).parentId().map(index::get).orElse(null);
                parent[u] = p == null ? -1 : p;
                if (p != null) {
                    kids.get(p).add(u);
                }
            }
            children = new int[units.size()][];
            for (int u = 0; u < units.size(); u++) {
                children[u] = kids.get(u).stream().mapToInt(Integer::intValue).toArray();
            }
        }

        int size() {
            return units.size();
        }
    }

    /** The respondent counts and sums of each group, in the variable order of {@link #suppress}. */
    static final class Tally {
        final int dimensions;
        final int[] dimensionOf;
        final boolean[] reverse;
        final int[] itemsPerDimension;
        final int points;
        final int units;
        final long[] count;
        final long[] sum;
        final long[] squares;

        Tally(Instrument instrument, Tree tree) {
            List<Dimension> dims = instrument.dimensions();
            dimensions = dims.size();
            Map<String, Integer> dimensionIndex = new HashMap<>();
            for (int d = 0; d < dimensions; d++) {
                dimensionIndex.put(dims.get(d).code(), d);
            }
            List<Item> items = instrument.items();
            dimensionOf = new int[items.size()];
            reverse = new boolean[items.size()];
            itemsPerDimension = new int[dimensions];
            for (int i = 0; i < items.size(); i++) {
                dimensionOf[i] = dimensionIndex.get(items.get(i).dimension());
                reverse[i] = items.get(i).reverseKeyed();
                itemsPerDimension[dimensionOf[i]]++;
            }
            points = instrument.scale().points();
            units = tree.size();
            count = new long[2 * units + 1];
            sum = new long[(2 * units + 1) * dimensions];
            squares = new long[(2 * units + 1) * dimensions];
        }

        /**
         * Adds every response of a batch to its unit, {@code unitOf} mapping the batch's unit table
         * to the tree. A dimension score is summed from the packed answers a word at a time, not an
         * answer at a time:
         *
         * <ol>
         *   <li>the reverse-keyed answers {@code x} of a word become {@code points + 1 − x} by one
         *       subtraction in each of their four-bit fields (which never borrows, as {@code x ≤
         *       points});
         *   <li>the word's even and odd fields are spread into the bytes of two words;
         *   <li>per dimension, its items' bytes are selected by masks and added, and the bytes of the
         *       sum are added up by one multiplication (their total is the top byte of the product),
         *       which is exact while a dimension's largest score fits a byte; a larger dimension adds
         *       the bytes of each word separately (a word's total is at most 16 × 15).
         * </ol>
         */
        void addAll(ResponseBatch batch, int[] unitOf) {
            int n = batch.size();
            int[] unitIndexes = batch.unitIndexes();
            long[] words = batch.words();
            int stride = batch.wordsPerResponse();
            Masks masks = new Masks(this, stride);
            if (stride <= 2 && masks.fitsInBytes) {
                addTwoWords(n, unitIndexes, words, stride, unitOf, masks);
                return;
            }
            long[] even = new long[stride];
            long[] odd = new long[stride];
            for (int r = 0; r < n; r++) {
                int base = unitOf[unitIndexes[r]];
                count[base]++;
                base *= dimensions;
                for (int w = 0; w < stride; w++) {
                    long scored = masks.score(w, words[r * stride + w]);
                    even[w] = scored & BYTE_FIELDS;
                    odd[w] = (scored >>> 4) & BYTE_FIELDS;
                }
                for (int d = 0; d < dimensions; d++) {
                    long score = 0;
                    for (int w = 0; w < stride; w++) {
                        int at = d * stride + w;
                        score += byteSum((even[w] & masks.even[at]) + (odd[w] & masks.odd[at]));
                    }
                    sum[base + d] += score;
                    squares[base + d] += score * score;
                }
            }
        }

        /** {@link #addAll} for at most 32 items whose dimension scores fit a byte: all in locals. */
        private void addTwoWords(int n, int[] unitIndexes, long[] words, int stride, int[] unitOf, Masks masks) {
            boolean two = stride == 2;
            long[] even0 = new long[dimensions];
            long[] odd0 = new long[dimensions];
            long[] even1 = new long[dimensions];
            long[] odd1 = new long[dimensions];
            for (int d = 0; d < dimensions; d++) {
                even0[d] = masks.even[d * stride];
                odd0[d] = masks.odd[d * stride];
                even1[d] = two ? masks.even[d * stride + 1] : 0;
                odd1[d] = two ? masks.odd[d * stride + 1] : 0;
            }
            for (int r = 0; r < n; r++) {
                int unit = unitOf[unitIndexes[r]];
                count[unit]++;
                int base = unit * dimensions;
                long first = masks.score(0, words[r * stride]);
                long second = two ? masks.score(1, words[r * stride + 1]) : 0;
                long e0 = first & BYTE_FIELDS;
                long o0 = (first >>> 4) & BYTE_FIELDS;
                long e1 = second & BYTE_FIELDS;
                long o1 = (second >>> 4) & BYTE_FIELDS;
                for (int d = 0; d < dimensions; d++) {
                    long score = byteSum((e0 & even0[d]) + (o0 & odd0[d]) + (e1 & even1[d]) + (o1 & odd1[d]));
                    sum[base + d] += score;
                    squares[base + d] += score * score;
                }
            }
        }

        private static final long BYTE_FIELDS = 0x0F0F0F0F0F0F0F0FL;

        /** The sum of the eight bytes of a word, when it is below 256. */
        private static long byteSum(long bytes) {
            return (bytes * 0x0101010101010101L) >>> 56;
        }

        /** The masks of {@link #addAll}: per word its reverse-keyed fields, per dimension its bytes. */
        private static final class Masks {
            /** Per word: the fields of reverse-keyed items. */
            final long[] reversed;
            /** Per word: {@code points + 1} in the fields of reverse-keyed items. */
            final long[] flipped;
            /** Per dimension and word ({@code d * stride + w}): 0x0F in the bytes of its even fields. */
            final long[] even;
            /** Per dimension and word: 0x0F in the bytes of its odd fields. */
            final long[] odd;
            /** Whether every dimension's largest score is below 256. */
            final boolean fitsInBytes;

            Masks(Tally tally, int stride) {
                reversed = new long[stride];
                flipped = new long[stride];
                even = new long[tally.dimensions * stride];
                odd = new long[tally.dimensions * stride];
                for (int i = 0; i < tally.dimensionOf.length; i++) {
                    int w = i / ResponseBatch.ANSWERS_PER_WORD;
                    int field = i % ResponseBatch.ANSWERS_PER_WORD;
                    if (tally.reverse[i]) {
                        reversed[w] |= 0xFL << (4 * field);
                        flipped[w] |= (long) (tally.points + 1) << (4 * field);
                    }
                    long[] half = field % 2 == 0 ? even : odd;
                    half[tally.dimensionOf[i] * stride + w] |= 0xFL << (8 * (field / 2));
                }
                boolean fits = true;
                for (int d = 0; d < tally.dimensions; d++) {
                    fits &= tally.itemsPerDimension[d] * tally.points < 256;
                }
                fitsInBytes = fits;
            }

            /** The word's answers with the reverse-keyed ones turned: x becomes points + 1 − x. */
            long score(int w, long answers) {
                long turned = answers & reversed[w];
                return (answers ^ turned) | (flipped[w] - turned);
            }
        }

        /** Adds each unit's figures to its subtree, each subtree to its parent's, the tops to the audience. */
        void sumUp(Tree tree) {
            int audience = 2 * units;
            for (int u = units - 1; u >= 0; u--) {
                add(units + u, u);
                for (int child : tree.children[u]) {
                    add(units + u, units + child);
                }
            }
            for (int top : tree.tops) {
                add(audience, units + top);
            }
        }

        private void add(int to, int from) {
            count[to] += count[from];
            for (int d = 0; d < dimensions; d++) {
                sum[to * dimensions + d] += sum[from * dimensions + d];
                squares[to * dimensions + d] += squares[from * dimensions + d];
            }
        }

        CultureProfile profile(Survey survey, Tree tree, Suppression[] suppressed, int threshold) {
            List<Dimension> dims = survey.instrument().dimensions();
            List<GroupProfile> groups = new ArrayList<>(2 * units + 1);
            groups.add(group(GroupKind.AUDIENCE, Optional.empty(), 2 * units, suppressed, dims));
            for (int u = 0; u < units; u++) {
                Optional<OrgUnitId> unitId = Optional.of(tree.units.get(u).id());
                groups.add(group(GroupKind.UNIT, unitId, u, suppressed, dims));
                groups.add(group(GroupKind.SUBTREE, unitId, units + u, suppressed, dims));
            }
            return CultureProfile.builder()
                    .surveyId(survey.id())
                    .instrumentCode(survey.instrument().code())
                    .anonymityThreshold(threshold)
                    .addAllGroups(groups)
                    .build();
        }

        private GroupProfile group(
                GroupKind kind, Optional<OrgUnitId> unitId, int v, Suppression[] suppressed, List<Dimension> dims) {
            GroupProfile.Builder group = GroupProfile.builder().kind(kind).unitId(unitId);
            if (suppressed[v] != null) {
                return group.suppression(suppressed[v]).build();
            }
            long n = count[v];
            group.respondents(Math.toIntExact(n));
            for (int d = 0; d < dimensions; d++) {
                long k = itemsPerDimension[d];
                long s = sum[v * dimensions + d];
                long q = squares[v * dimensions + d];
                group.addScores(DimensionScore.builder()
                        .dimension(dims.get(d).code())
                        .mean(canonical(divideHalfEven(s * SCALE_FACTOR, n * k)))
                        .standardDeviation(standardDeviation(n, k, s, q))
                        .respondents(Math.toIntExact(n))
                        .build());
            }
            return group.build();
        }
    }

    /** The sample standard deviation of n dimension scores whose item sums total s, squares q. */
    private static BigDecimal standardDeviation(long n, long k, long s, long q) {
        double numerator;
        try {
            numerator = Math.subtractExact(Math.multiplyExact(n, q), Math.multiplyExact(s, s));
        } catch (ArithmeticException e) {
            numerator = BigInteger.valueOf(n)
                    .multiply(BigInteger.valueOf(q))
                    .subtract(BigInteger.valueOf(s).pow(2))
                    .doubleValue();
        }
        double variance = numerator / ((double) n * (n - 1) * k * k);
        return canonical(Math.round(Math.sqrt(Math.max(0, variance)) * SCALE_FACTOR));
    }

    /**
     * Returns {@code unscaled / 10^SCALE} without trailing zeros (and no negative scale), so that
     * {@code 3.5000} is {@code 3.5} and equal figures are {@code equals}, also after a JSON round trip.
     */
    static BigDecimal canonical(long unscaled) {
        BigDecimal stripped = BigDecimal.valueOf(unscaled, SCALE).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Returns a / b rounded half-even, for a ≥ 0 and b > 0. */
    static long divideHalfEven(long a, long b) {
        long quotient = a / b;
        long twice = 2 * (a % b);
        if (twice > b || (twice == b && (quotient & 1) == 1)) {
            quotient++;
        }
        return quotient;
    }
}

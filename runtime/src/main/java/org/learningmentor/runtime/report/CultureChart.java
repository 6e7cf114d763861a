package org.learningmentor.runtime.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.evaluation.DimensionScore;
import org.learningmentor.core.evaluation.EvaluationFacts;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.Dimension;
import org.learningmentor.core.survey.GroupProfile;
import org.learningmentor.core.survey.Instrument;
import org.learningmentor.core.survey.SurveyPurpose;

/**
 * The figures of the culture-profile chart of an HTML report: per dimension, the whole audience's
 * mean before and after the programme, or why a side is hidden. A hidden side is never a zero: it is
 * drawn as "hidden (fewer than N respondents)".
 *
 * <p>Made {@link #from(EvaluationFacts) from an evaluation's facts} (so the chart shows exactly the
 * figures the rules judged) or {@link #of(CultureProfile, CultureProfile) from two culture profiles}.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class CultureChart {

    /** The scale maximum unless one is given: the default instrument's 6-point scale. */
    public static final int DEFAULT_SCALE_MAXIMUM = 6;

    private final List<Row> rows;
    private final int anonymityThreshold;
    private final int scaleMaximum;

    private CultureChart(List<Row> rows, int anonymityThreshold, int scaleMaximum) {
        this.rows = List.copyOf(rows);
        this.anonymityThreshold = anonymityThreshold;
        this.scaleMaximum = scaleMaximum;
    }

    /**
     * Returns the chart of the survey scores an evaluation judged: the baseline survey before, and
     * after it the outcome survey when the facts hold one, else the follow-up survey. A score the
     * facts mark suppressed, or with fewer respondents than the facts' anonymity threshold, is
     * hidden, as the rules treat it. Dimensions in the order the facts first name them.
     *
     * @param facts the facts, not null
     * @return the chart, never null; without rows when the facts hold no scores
     */
    public static CultureChart from(EvaluationFacts facts) {
        Objects.requireNonNull(facts, "facts");
        boolean hasOutcome = facts.scores().stream().anyMatch(s -> s.purpose() == SurveyPurpose.OUTCOME);
        SurveyPurpose later = hasOutcome ? SurveyPurpose.OUTCOME : SurveyPurpose.FOLLOW_UP;
        Map<String, Side[]> sides = new LinkedHashMap<>();
        for (DimensionScore score : facts.scores()) {
            int index = score.purpose() == SurveyPurpose.BASELINE ? 0 : score.purpose() == later ? 1 : -1;
            if (index >= 0) {
                sides.computeIfAbsent(score.dimension(), d -> new Side[] {Side.NO_DATA, Side.NO_DATA})[index] =
                        side(score, facts.anonymityThreshold());
            }
        }
        List<Row> rows = new ArrayList<>();
        sides.forEach((dimension, pair) -> rows.add(new Row(dimension, Optional.empty(), pair[0], pair[1])));
        return new CultureChart(rows, facts.anonymityThreshold(), DEFAULT_SCALE_MAXIMUM);
    }

    private static Side side(DimensionScore score, int threshold) {
        if (score.suppressed().isPresent()) {
            // By name: the reason's enum is moving from core's evaluation package to its survey package.
            return Side.hidden(
                    score.suppressed().get().name().equals("COMPLEMENTARY")
                            ? Visibility.HIDDEN_COMPLEMENTARY
                            : Visibility.HIDDEN_BELOW_THRESHOLD);
        }
        int respondents = score.respondents().orElseThrow();
        if (respondents < threshold) {
            return Side.hidden(Visibility.HIDDEN_BELOW_THRESHOLD);
        }
        return Side.shown(score.mean().orElseThrow(), respondents);
    }

    /**
     * Returns the chart of the whole audience's profile in two surveys. A suppressed audience hides
     * every dimension on its side; a dimension only one survey asked shows "no data" on the other.
     * The threshold shown is the larger of the two profiles'.
     *
     * @param before the earlier profile, not null
     * @param after the later profile, not null
     * @return the chart, never null
     */
    public static CultureChart of(CultureProfile before, CultureProfile after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        GroupProfile earlier = before.audience();
        GroupProfile later = after.audience();
        Set<String> dimensions = new LinkedHashSet<>();
        earlier.scores().forEach(s -> dimensions.add(s.dimension()));
        later.scores().forEach(s -> dimensions.add(s.dimension()));
        List<Row> rows = new ArrayList<>();
        for (String dimension : dimensions) {
            rows.add(new Row(dimension, Optional.empty(), side(earlier, dimension), side(later, dimension)));
        }
        if (dimensions.isEmpty() && (earlier.isSuppressed() || later.isSuppressed())) {
            // Both hidden and no dimension known: one row says so rather than an empty chart.
            rows.add(new Row("audience", Optional.empty(), side(earlier, "audience"), side(later, "audience")));
        }
        return new CultureChart(
                rows, Math.max(before.anonymityThreshold(), after.anonymityThreshold()), DEFAULT_SCALE_MAXIMUM);
    }

    private static Side side(GroupProfile group, String dimension) {
        if (group.isSuppressed()) {
            return Side.hidden(
                    group.suppression().get() == org.learningmentor.core.survey.Suppression.COMPLEMENTARY
                            ? Visibility.HIDDEN_COMPLEMENTARY
                            : Visibility.HIDDEN_BELOW_THRESHOLD);
        }
        return group.score(dimension)
                .map(s -> Side.shown(s.mean(), s.respondents()))
                .orElse(Side.NO_DATA);
    }

    /**
     * Returns a copy that names the dimensions as the instrument does (codes it does not know keep
     * their code) and scales the bars to the instrument's answer scale.
     *
     * @param instrument the instrument, not null
     * @return the copy, never null
     */
    public CultureChart withNames(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        List<Row> named = new ArrayList<>();
        for (Row row : rows) {
            Optional<LocalizedText> name = instrument.dimensions().stream()
                    .filter(d -> d.code().equalsIgnoreCase(row.dimension()))
                    .map(Dimension::name)
                    .findFirst();
            named.add(new Row(row.dimension(), name.or(row::name), row.before(), row.after()));
        }
        return new CultureChart(named, anonymityThreshold, instrument.scale().points());
    }

    /**
     * Returns the rows, one per dimension.
     *
     * @return an unmodifiable list, never null
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Returns the anonymity threshold that hid groups: "hidden (fewer than N respondents)".
     *
     * @return the threshold, at least 1
     */
    public int anonymityThreshold() {
        return anonymityThreshold;
    }

    /**
     * Returns the top of the answer scale, the height of a full bar; a mean above it (a host's own
     * scale) raises the chart's top to the mean rounded up.
     *
     * @return the scale's top, at least 1
     */
    public int scaleMaximum() {
        int top = scaleMaximum;
        for (Row row : rows) {
            for (Side side : List.of(row.before(), row.after())) {
                if (side.mean().isPresent()) {
                    top = Math.max(
                            top,
                            side.mean()
                                    .get()
                                    .setScale(0, java.math.RoundingMode.CEILING)
                                    .intValue());
                }
            }
        }
        return top;
    }

    /**
     * Returns whether the chart has rows to draw.
     *
     * @return true when there is no dimension
     */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CultureChart that
                && rows.equals(that.rows)
                && anonymityThreshold == that.anonymityThreshold
                && scaleMaximum == that.scaleMaximum;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, anonymityThreshold, scaleMaximum);
    }

    @Override
    public String toString() {
        return "CultureChart" + rows;
    }

    /**
     * One dimension of the chart: its code, its name when known, and the two sides.
     *
     * @param dimension the dimension's code, not null
     * @param name the dimension's name, or empty to show the code
     * @param before the earlier survey's figure, not null
     * @param after the later survey's figure, not null
     */
    public record Row(String dimension, Optional<LocalizedText> name, Side before, Side after) {

        /** Checks that no component is null. */
        public Row {
            Objects.requireNonNull(dimension, "dimension");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /**
         * Returns the label in the language: the name, else the code.
         *
         * @param language the language, not null
         * @return the label, never null
         */
        public String label(Language language) {
            return name.map(n -> n.in(language)).orElse(dimension);
        }

        /**
         * Returns after − before, when both are shown.
         *
         * @return the difference, or empty when a side is hidden or missing
         */
        public Optional<BigDecimal> difference() {
            return before.mean().flatMap(b -> after.mean().map(a -> a.subtract(b)));
        }
    }

    /** Whether a side of a row is shown, and if not, why. */
    public enum Visibility {
        /** The mean is shown. */
        SHOWN,
        /** Hidden: fewer respondents than the anonymity threshold. */
        HIDDEN_BELOW_THRESHOLD,
        /** Hidden so that a smaller hidden group cannot be recovered by subtraction. */
        HIDDEN_COMPLEMENTARY,
        /** The survey did not measure the dimension. */
        NO_DATA
    }

    /**
     * One survey's figure for one dimension: the mean and the respondents when shown.
     *
     * @param visibility whether it is shown, not null
     * @param mean the mean, present exactly when shown
     * @param respondents the respondents, present exactly when shown
     */
    public record Side(Visibility visibility, Optional<BigDecimal> mean, OptionalInt respondents) {

        static final Side NO_DATA = new Side(Visibility.NO_DATA, Optional.empty(), OptionalInt.empty());

        /** Checks that figures are present exactly when shown. */
        public Side {
            Objects.requireNonNull(visibility, "visibility");
            Objects.requireNonNull(mean, "mean");
            Objects.requireNonNull(respondents, "respondents");
            boolean shown = visibility == Visibility.SHOWN;
            if (mean.isPresent() != shown || respondents.isPresent() != shown) {
                throw new IllegalArgumentException("figures must be present exactly when shown: " + visibility);
            }
        }

        /**
         * Returns a shown figure.
         *
         * @param mean the mean, not null
         * @param respondents the respondents
         * @return the side, never null
         */
        public static Side shown(BigDecimal mean, int respondents) {
            return new Side(Visibility.SHOWN, Optional.of(mean), OptionalInt.of(respondents));
        }

        /**
         * Returns a hidden or missing figure.
         *
         * @param why why there is no figure; not {@link Visibility#SHOWN}, not null
         * @return the side, never null
         */
        public static Side hidden(Visibility why) {
            return new Side(why, Optional.empty(), OptionalInt.empty());
        }
    }
}

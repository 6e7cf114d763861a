package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * A survey instrument (Finnish <i>mittari</i>): its dimensions, the items that measure them and the
 * answer scale. {@link Instruments#defaultInstrument()} is the SDK's learning-culture instrument;
 * hosts can define their own.
 *
 * <p><b>Structure.</b> Building an instrument, by builder or from JSON, checks and reports together
 * every violation of:
 *
 * <ul>
 *   <li>the instrument's code is well formed ({@code survey.code.malformed} at {@code code}) and
 *       each translation of the name at most {@value LocalizedText#NAME_MAX_LENGTH} characters;
 *   <li>at least one dimension ({@code survey.instrument.dimensions-empty} at {@code dimensions});
 *   <li>at most {@value #MAX_ITEMS} items ({@code survey.instrument.items-too-many} at {@code items});
 *   <li>dimension codes unique ({@code survey.dimension.code-duplicate} at {@code dimensions[i].code});
 *   <li>item codes unique ({@code survey.item.code-duplicate} at {@code items[i].code});
 *   <li>every item in a dimension of the instrument ({@code survey.item.dimension-unknown} at {@code
 *       items[i].dimension});
 *   <li>every dimension has at least one item ({@code survey.dimension.no-items} at {@code
 *       dimensions[i]}).
 * </ul>
 *
 * Dimensions, items and the scale check their own fields when built (codes, lengths, one label per
 * point). Codes are compared exactly (case matters), since answers are keyed by item code.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Instrument {

    /** The most items an instrument may have. */
    public static final int MAX_ITEMS = 500;

    Instrument() {}

    /**
     * Returns a new builder; {@code code}, {@code name} and {@code scale} are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the instrument's code, such as {@code LEARNING-CULTURE}.
     *
     * @return the code, never null
     */
    @JsonProperty("code")
    public abstract String code();

    /**
     * Returns the instrument's name.
     *
     * @return the name, never null
     */
    @JsonProperty("name")
    public abstract LocalizedText name();

    /**
     * Returns the dimensions, in the order they are reported.
     *
     * @return an unmodifiable list, not empty
     */
    @JsonProperty("dimensions")
    public abstract List<Dimension> dimensions();

    /**
     * Returns the items, in the order they are asked.
     *
     * @return an unmodifiable list; each dimension has at least one
     */
    @JsonProperty("items")
    public abstract List<Item> items();

    /**
     * Returns the answer scale of every item.
     *
     * @return the scale, never null
     */
    @JsonProperty("scale")
    public abstract AnswerScale scale();

    /**
     * Returns the items' codes in the order of {@link #items()}; the order in which a {@link
     * SurveyResponse} stores its answers.
     *
     * @return an unmodifiable list, never null
     */
    @Value.Lazy
    public List<String> itemCodes() {
        return items().stream().map(Item::code).toList();
    }

    /**
     * Returns the item with the code.
     *
     * @param code the item's code, not null
     * @return the item, or empty when the instrument has none with that code
     */
    public Optional<Item> item(String code) {
        int index = itemIndex(code);
        return index < 0 ? Optional.empty() : Optional.of(items().get(index));
    }

    /**
     * Returns the position of an item in {@link #items()}.
     *
     * @param code the item's code, not null
     * @return the index, or -1 when the instrument has no item with that code
     */
    public int itemIndex(String code) {
        Integer index = itemIndexes().get(Objects.requireNonNull(code, "code"));
        return index == null ? -1 : index;
    }

    /**
     * Returns the dimension with the code.
     *
     * @param code the dimension's code, not null
     * @return the dimension, or empty when the instrument has none with that code
     */
    public Optional<Dimension> dimension(String code) {
        Objects.requireNonNull(code, "code");
        return dimensions().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * Returns the items of a dimension, in the order they are asked.
     *
     * @param dimensionCode the dimension's code, not null
     * @return an unmodifiable list, empty when the instrument has no such dimension
     */
    public List<Item> itemsOf(String dimensionCode) {
        Objects.requireNonNull(dimensionCode, "dimensionCode");
        return items().stream()
                .filter(item -> item.dimension().equals(dimensionCode))
                .toList();
    }

    /** The item indexes by code, for {@link #itemIndex}. */
    @Value.Lazy
    Map<String, Integer> itemIndexes() {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < items().size(); i++) {
            indexes.putIfAbsent(items().get(i).code(), i);
        }
        return Map.copyOf(indexes);
    }

    /**
     * Checks the structural rules listed in the class description.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Codes.check(code(), "code", violations);
        violations.checkMaxLength(name(), LocalizedText.NAME_MAX_LENGTH, "name");
        violations.check(!dimensions().isEmpty(), SurveyViolation.DIMENSIONS_EMPTY, "dimensions");
        violations.check(
                items().size() <= MAX_ITEMS, SurveyViolation.ITEMS_TOO_MANY, "items", MAX_ITEMS, items().size());
        Set<String> dimensionCodes = new HashSet<>();
        for (int i = 0; i < dimensions().size(); i++) {
            String code = dimensions().get(i).code();
            violations.check(
                    dimensionCodes.add(code),
                    SurveyViolation.DIMENSION_CODE_DUPLICATE,
                    "dimensions[" + i + "].code",
                    Violations.quote(code));
        }
        Set<String> itemCodes = new HashSet<>();
        Set<String> dimensionsWithItems = new HashSet<>();
        for (int i = 0; i < items().size() && i <= MAX_ITEMS; i++) {
            Item item = items().get(i);
            violations.check(
                    itemCodes.add(item.code()),
                    SurveyViolation.ITEM_CODE_DUPLICATE,
                    "items[" + i + "].code",
                    Violations.quote(item.code()));
            if (violations.check(
                    dimensionCodes.contains(item.dimension()),
                    SurveyViolation.ITEM_DIMENSION_UNKNOWN,
                    "items[" + i + "].dimension",
                    Violations.quote(item.code()),
                    Violations.quote(item.dimension()))) {
                dimensionsWithItems.add(item.dimension());
            }
        }
        for (int i = 0; i < dimensions().size(); i++) {
            String code = dimensions().get(i).code();
            violations.check(
                    dimensionsWithItems.contains(code),
                    SurveyViolation.DIMENSION_WITHOUT_ITEMS,
                    "dimensions[" + i + "]",
                    Violations.quote(code));
        }
        violations.throwIfAny();
    }

    @JsonCreator
    private static Instrument fromJson(ImmutableInstrument value) {
        return value;
    }

    /** Builds an instrument; throws a {@link org.learningmentor.core.common.ValidationException} listing every violation. */
    public static final class Builder extends ImmutableInstrument.Builder {}
}

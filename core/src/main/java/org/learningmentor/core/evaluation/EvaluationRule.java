package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.learningmentor.core.common.LocalizedText;

/**
 * One rule of a {@link RuleSet}: data that judges the programme's facts and yields a {@link Finding}
 * that the rule PASSED, FAILED or was NOT_EVALUABLE, with the reason. Each rule has an id unique in
 * its rule set, a Kirkpatrick level, a severity and a title in Finnish, Swedish and English.
 *
 * <p><b>JSON.</b> A rule is written with its type name in {@code "type"}. The built-in types are
 * {@code "threshold"} ({@link ThresholdRule}), {@code "survey-change"} ({@link SurveyChangeRule}),
 * {@code "gas"} ({@link GasRule}), {@code "structure"} ({@link StructureRule}), {@code "roi"}
 * ({@link RoiRule}) and {@code "bcr"} ({@link BcrRule}). A type name that no mapper knows gives a
 * Jackson exception naming it ({@code InvalidTypeIdException}).
 *
 * <p><b>A host's own rules.</b> Implement this interface as an immutable value that Jackson can
 * read and write (a record with {@code @JsonProperty} components will do), name its type with a
 * prefix of your own, and register it with your mapper, under either Jackson line:
 *
 * <pre>{@code
 * // Jackson 2
 * mapper.registerSubtypes(new com.fasterxml.jackson.databind.jsontype.NamedType(BudgetRule.class, "acme.budget"));
 * // Jackson 3
 * JsonMapper.builder().registerSubtypes(new tools.jackson.databind.jsontype.NamedType(BudgetRule.class, "acme.budget"))
 * }</pre>
 *
 * <p>{@link #evaluate} must be a pure function of the facts (no clock, no I/O), so that an
 * evaluation can be reproduced. Build the finding with {@link Finding#judged} or {@link
 * Finding#of}; a host's reason codes without a resource bundle show as code and arguments.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(ThresholdRule.class),
    @JsonSubTypes.Type(SurveyChangeRule.class),
    @JsonSubTypes.Type(GasRule.class),
    @JsonSubTypes.Type(StructureRule.class),
    @JsonSubTypes.Type(RoiRule.class),
    @JsonSubTypes.Type(BcrRule.class)
})
public interface EvaluationRule {

    /**
     * Returns the rule's id, unique in its rule set, such as {@code "attendance"}.
     *
     * @return 1–64 letters, digits, dots, hyphens or underscores, starting with a letter or digit
     */
    @JsonProperty("id")
    String id();

    /**
     * Returns the Kirkpatrick level the rule judges.
     *
     * @return the level, never null
     */
    @JsonProperty("level")
    KirkpatrickLevel level();

    /**
     * Returns how serious a failure of the rule is.
     *
     * @return the severity, never null
     */
    @JsonProperty("severity")
    Severity severity();

    /**
     * Returns the rule's title, such as "Attendance at training sessions".
     *
     * @return the title, never null
     */
    @JsonProperty("title")
    LocalizedText title();

    /**
     * Judges the facts.
     *
     * @param facts the facts, not null
     * @return the finding, with this rule's id, level, severity and title; never null
     */
    Finding evaluate(EvaluationFacts facts);
}

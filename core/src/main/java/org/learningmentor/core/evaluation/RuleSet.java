package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * An ordered list of evaluation rules, which are data: a rule set is written to and read from JSON
 * under Jackson 2 and 3, each rule with its type name ({@link EvaluationRule}). {@link
 * RuleSets#defaults()} gives the ready-made guidelines; a host tailors a copy or writes its own.
 *
 * <p>Building a rule set checks, and reports together: the id is 1–64 letters, digits, dots, hyphens
 * or underscores; there is at least one rule and at most {@value #MAX_RULES}; rule ids (a host's
 * rules' too) are well formed and unique;
 * each translation of the name is at most 254 characters. Each built-in rule has checked itself (its
 * id, title and threshold range) when it was built.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class RuleSet {

    /** The most rules a rule set may have. */
    public static final int MAX_RULES = 500;

    RuleSet() {}

    /**
     * Returns the rule set's id, such as {@code "default"} (a template's {@code defaultRuleSet}).
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract String id();

    /**
     * Returns the rule set's name.
     *
     * @return the name, never null
     */
    @JsonProperty("name")
    public abstract LocalizedText name();

    /**
     * Returns the rules, in the order they are evaluated and reported.
     *
     * @return an unmodifiable, non-empty list, ids unique
     */
    @JsonProperty("rules")
    public abstract List<EvaluationRule> rules();

    /**
     * Returns the rule with the given id.
     *
     * @param id the id, not null
     * @return the rule, or empty
     */
    public Optional<EvaluationRule> rule(String id) {
        return rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Returns a new builder; every attribute is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the rules listed in the class description.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        if (violations.checkMaxLength(id(), 64, "id")) {
            Numbers.checkId(id(), "id", violations);
        }
        violations.checkMaxLength(name(), LocalizedText.NAME_MAX_LENGTH, "name");
        violations.check(!rules().isEmpty(), EvaluationViolation.RULE_SET_EMPTY, "rules");
        violations.check(
                rules().size() <= MAX_RULES,
                EvaluationViolation.RULE_SET_TOO_LARGE,
                "rules",
                MAX_RULES,
                rules().size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rules().size() && i <= MAX_RULES; i++) {
            String ruleId = rules().get(i).id();
            String path = "rules[" + i + "].id";
            if (ruleId == null) {
                violations.add(org.learningmentor.core.common.CommonViolation.VALUE_REQUIRED, path);
            } else if (violations.checkMaxLength(ruleId, 64, path)) {
                // a host's rule type need not check its id itself
                if (violations.check(
                        Numbers.isId(ruleId), EvaluationViolation.ID_MALFORMED, path, Violations.quote(ruleId))) {
                    violations.check(
                            seen.add(ruleId), EvaluationViolation.RULE_ID_DUPLICATE, path, Violations.quote(ruleId));
                }
            }
        }
        violations.throwIfAny();
    }

    @JsonCreator
    private static RuleSet fromJson(ImmutableRuleSet value) {
        return value;
    }

    /** Builds a rule set; {@code build()} throws a ValidationException listing every violation. */
    public static final class Builder extends ImmutableRuleSet.Builder {}
}

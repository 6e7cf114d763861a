package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.AssignmentId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violations;

/**
 * An interim assignment as the evaluation sees it: its id, due day and the mentors who submitted it.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class AssignmentFact {

    private static final Numbers.EvaluationViolationPath SUBMITTERS_PATH =
            new Numbers.EvaluationViolationPath(EvaluationViolation.PERSON_DUPLICATE, "submittedBy", "");

    AssignmentFact() {}

    /**
     * Returns the assignment's id.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract AssignmentId id();

    /**
     * Returns the day it is due.
     *
     * @return the date, never null
     */
    @JsonProperty("dueOn")
    public abstract LocalDate dueOn();

    /**
     * Returns the mentors who submitted it, alone or in a pair.
     *
     * @return an unmodifiable list, no person twice
     */
    @JsonProperty("submittedBy")
    public abstract List<PersonId> submittedBy();

    /**
     * Returns an assignment fact.
     *
     * @param id the assignment, not null
     * @param dueOn the due day, not null
     * @param submittedBy who submitted, not null, no person twice
     * @return the fact, never null
     */
    public static AssignmentFact of(AssignmentId id, LocalDate dueOn, List<PersonId> submittedBy) {
        return ImmutableAssignmentFact.builder()
                .id(id)
                .dueOn(dueOn)
                .addAllSubmittedBy(submittedBy)
                .build();
    }

    /**
     * Checks that nobody submitted twice.
     *
     * @throws org.learningmentor.core.common.ValidationException otherwise
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Numbers.checkUnique(submittedBy(), p -> p, SUBMITTERS_PATH, violations);
        violations.throwIfAny();
    }

    @JsonCreator
    private static AssignmentFact fromJson(ImmutableAssignmentFact value) {
        return value;
    }
}

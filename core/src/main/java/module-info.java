/**
 * The Learning Mentor SDK domain model: pure, immutable, no I/O.
 *
 * <p>Compile-time only: Immutables (code generation) and Jackson databind (a meta-annotation that
 * switches Immutables' Jackson support on). At run time the model needs only {@code
 * jackson-annotations}. Packages are opened to both Jackson lines for JSON binding.
 */
module org.learningmentor.core {
    requires static org.immutables.value.annotations;
    requires static com.fasterxml.jackson.databind;
    requires static java.compiler;
    requires transitive com.fasterxml.jackson.annotation;

    exports org.learningmentor.core.common;
    exports org.learningmentor.core.organization;
    exports org.learningmentor.core.person;
    exports org.learningmentor.core.goal;
    exports org.learningmentor.core.program;
    exports org.learningmentor.core.pair;
    exports org.learningmentor.core.plan;
    exports org.learningmentor.core.survey;
    exports org.learningmentor.core.evaluation;

    opens org.learningmentor.core.common to
            com.fasterxml.jackson.databind,
            tools.jackson.databind;
    opens org.learningmentor.core.organization to
            com.fasterxml.jackson.databind,
            tools.jackson.databind;
    opens org.learningmentor.core.person to
            com.fasterxml.jackson.databind,
            tools.jackson.databind;
    opens org.learningmentor.core.goal to
            com.fasterxml.jackson.databind,
            tools.jackson.databind;
    opens org.learningmentor.core.program to
            com.fasterxml.jackson.databind,
            tools.jackson.databind;
    opens org.learningmentor.core.pair to
            com.fasterxml.jackson.databind,
            tools.jackson.databind;
    opens org.learningmentor.core.plan to
            com.fasterxml.jackson.databind,
            tools.jackson.databind;
    opens org.learningmentor.core.survey to
            com.fasterxml.jackson.databind,
            tools.jackson.databind;
    opens org.learningmentor.core.evaluation to
            com.fasterxml.jackson.databind,
            tools.jackson.databind;
}

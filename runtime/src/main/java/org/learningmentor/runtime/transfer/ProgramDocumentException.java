package org.learningmentor.runtime.transfer;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

/**
 * A programme document refused: unreadable, of an unsupported format version, with a record that
 * breaks a rule of the model, with references that do not resolve inside the document, or that
 * does not fit the store it should go into. It carries <em>every</em> violation found, each with a
 * stable code ({@link TransferViolation} or the model's own, such as {@code common.text.too-long}),
 * the path of the field in the document ({@code plans[3].ownerIds[0]}) and an English message.
 *
 * <pre>{@code
 * try {
 *     ProgramDocument document = ProgramDocuments.fromJson(bytes);
 * } catch (ProgramDocumentException e) {
 *     e.violations().forEach(v -> log.warn("{} at {}: {}", v.code(), v.path(), TransferViolation.message(v)));
 * }
 * }</pre>
 *
 * <p>When the JSON itself could not be parsed, the parser's exception is the {@linkplain
 * #getCause() cause}. Nothing was stored when this is thrown.
 */
public class ProgramDocumentException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /** The most violations {@link #getMessage()} lists; {@link #violations()} has them all. */
    static final int MESSAGE_LIMIT = 20;

    private final String message;

    /**
     * Creates the exception.
     *
     * @param violations every violation found, not null and not empty
     */
    public ProgramDocumentException(Collection<Violation> violations) {
        super(violations);
        this.message = describe(violations());
    }

    /**
     * Creates the exception for a violation caused by another exception, such as the parser's.
     *
     * @param violation the violation, not null
     * @param cause the cause, not null
     */
    public ProgramDocumentException(Violation violation, Throwable cause) {
        this(List.of(violation));
        initCause(cause);
    }

    /** Lists the violations with their English messages, the first {@value #MESSAGE_LIMIT} of them. */
    @Override
    public String getMessage() {
        return message;
    }

    private static String describe(List<Violation> violations) {
        String listed = violations.stream()
                .limit(MESSAGE_LIMIT)
                .map(v ->
                        v.code() + (v.path().isEmpty() ? "" : " at " + v.path()) + ": " + TransferViolation.message(v))
                .collect(Collectors.joining("; "));
        int more = violations.size() - MESSAGE_LIMIT;
        return "The programme document is refused, " + violations.size()
                + (violations.size() == 1 ? " violation: " : " violations: ") + listed
                + (more > 0 ? "; and " + more + " more" : "");
    }
}

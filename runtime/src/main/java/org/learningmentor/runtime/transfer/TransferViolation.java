package org.learningmentor.runtime.transfer;

import java.text.MessageFormat;
import java.util.Locale;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.common.ViolationCode;

/**
 * The violation codes of programme documents, such as {@code transfer.reference.person-missing}:
 * what {@link ProgramDocuments#fromJson(byte[])} and {@link ProgramTransfers#importProgram} find
 * wrong with a document or with the store it would go into. The codes are stable; hosts match on
 * them.
 *
 * <p>The messages are English only, held here rather than in resource bundles: the model's {@link
 * Violation#message(Locale)} looks its bundles up in core's packages by the code's first segment, so
 * a runtime bundle would not be found in every deployment. {@link #message(Violation)} formats a
 * violation of either kind: these codes from here, the model's own from its bundles.
 */
public enum TransferViolation implements ViolationCode {

    /** The text is not JSON, or not a JSON object. Arguments: the parser's message. */
    DOCUMENT_MALFORMED("transfer.document.malformed", "The document is not readable JSON: {0}"),
    /** The document has no whole-number {@code formatVersion}. */
    FORMAT_VERSION_MISSING(
            "transfer.document.format-version-missing", "The document has no formatVersion (a whole number)"),
    /** The document's format is another version than this library reads. Arguments: found, supported. */
    FORMAT_VERSION_UNSUPPORTED(
            "transfer.document.format-version-unsupported",
            "The document has format version {0}; this library reads version {1} only"),
    /** A required part is missing or of the wrong JSON type. Arguments: the JSON type expected. */
    SECTION_MISSING("transfer.document.section-missing", "The document needs this part, as a JSON {0}"),
    /** The document is larger than allowed. Arguments: the size in bytes, the most allowed. */
    TOO_LARGE("transfer.document.too-large", "The document has more than {0} bytes; at most {1} are allowed"),
    /** A list of the document is longer than allowed. Arguments: the size, the most allowed. */
    TOO_MANY("transfer.document.too-many", "The document has {0} of these; at most {1} are allowed"),
    /** Two records of one kind have the same id. Arguments: the id. */
    ID_DUPLICATE("transfer.document.id-duplicate", "The id {0} appears more than once"),
    /** Two responses of one survey have the same token digest. */
    TOKEN_DUPLICATE("transfer.document.token-duplicate", "Two responses of one survey have the same response token"),
    /** A record cannot be read as what it should be. Arguments: the parser's message. */
    AGGREGATE_UNREADABLE("transfer.aggregate.unreadable", "This record cannot be read: {0}"),
    /** A record of another organization than the document's. Arguments: the organization id found. */
    ORGANIZATION_OTHER(
            "transfer.reference.organization-other",
            "This record belongs to organization {0}, not to the document''s organization"),
    /** A record of another programme than the document's. Arguments: the programme id found. */
    PROGRAM_OTHER(
            "transfer.reference.program-other",
            "This record belongs to programme {0}, not to the document''s programme"),
    /** A person named but not in the document's people. Arguments: the person id. */
    PERSON_MISSING("transfer.reference.person-missing", "Person {0} is not among the document''s people"),
    /** A unit named that the document's organization does not have. Arguments: the unit id. */
    UNIT_MISSING("transfer.reference.unit-missing", "Unit {0} is not a unit of the document''s organization"),
    /** A plan of a pair that is not in the document. Arguments: the pair id. */
    PAIR_MISSING("transfer.reference.pair-missing", "Pair {0} is not among the document''s pairs"),
    /** A response to a survey that is not in the document. Arguments: the survey id. */
    SURVEY_MISSING("transfer.reference.survey-missing", "Survey {0} is not among the document''s surveys"),
    /** The importing actor acts in another organization than the document's. Arguments: the document's organization. */
    TARGET_ORGANIZATION_OTHER(
            "transfer.target.organization-other",
            "The document belongs to organization {0}, not to the importing actor''s organization"),
    /** The store holds the organization with other content. Arguments: the organization id. */
    TARGET_ORGANIZATION_DIFFERENT(
            "transfer.target.organization-different",
            "The store holds organization {0} with other content than the document"),
    /** The store holds the person with other content. Arguments: the person id. */
    TARGET_PERSON_DIFFERENT(
            "transfer.target.person-different", "The store holds person {0} with other content than the document"),
    /** The store holds a record with the id already. Arguments: the id. */
    TARGET_RECORD_EXISTS("transfer.target.record-exists", "The store already holds a record with the id {0}");

    private final String code;
    private final String english;

    TransferViolation(String code, String english) {
        this.code = code;
        this.english = english;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Returns the English message pattern, a {@link MessageFormat} pattern of the code's arguments.
     *
     * @return the pattern, never null
     */
    public String pattern() {
        return english;
    }

    /**
     * Returns a violation's English message: for these codes from their pattern, for the model's
     * codes from its bundles ({@link Violation#message()}).
     *
     * @param violation the violation, not null
     * @return the message, never null
     */
    public static String message(Violation violation) {
        for (TransferViolation value : values()) {
            if (value.code.equals(violation.code())) {
                return new MessageFormat(value.english, Locale.ENGLISH)
                        .format(violation.arguments().toArray());
            }
        }
        return violation.message();
    }
}

package org.learningmentor.core.person;

/** What a {@link ConsentRecord} records: consent to act as a learning mentor given, or withdrawn. */
public enum ConsentKind {
    /** The person volunteered as a learning mentor and gave consent. */
    GIVEN,
    /** The person withdrew consent; mentoring is always voluntary. */
    WITHDRAWN
}

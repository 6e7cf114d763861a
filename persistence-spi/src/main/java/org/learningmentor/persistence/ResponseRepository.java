package org.learningmentor.persistence;

import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.survey.SurveyResponse;

/**
 * The stored survey responses: anonymous and append-only. A response is never changed or deleted
 * by the SDK, and nothing here can find a response by a person: responses carry no person id, only
 * the survey, the respondent's unit, the date and a one-way digest of the response token.
 *
 * <p>At most one response per token digest per survey is stored, so nobody answers twice: a
 * relational implementation declares a unique key over (organization, survey, token digest).
 *
 * <p>The key of a response is (organization, survey, token digest), so a relational
 * implementation's primary key starts with the organization id like every other table's. Pages
 * come in an order the implementation fixes (the JDBC implementation's is token-digest order),
 * stable while responses are appended: paging with cursors visits every response once.
 *
 * <p>The rules every repository follows (tenancy, transactions, errors) are in the {@linkplain
 * org.learningmentor.persistence package description}. Implementations are thread-safe.
 */
public interface ResponseRepository {

    /**
     * Stores a new response under its organization.
     *
     * @param organizationId the organization to store under, not null, equal to {@code
     *     response.organizationId()}
     * @param response the response, not null
     * @throws IllegalArgumentException when the response belongs to another organization
     * @throws DuplicateKeyException when a response with the same token digest is stored for the
     *     same survey already; nothing is stored then. Inside a transaction, two concurrent appends of
     *     one token may instead be detected when the transaction commits (see {@link
     *     TransactionRunner})
     */
    void append(OrganizationId organizationId, SurveyResponse response);

    /**
     * Tells whether a response with the token digest is stored for the survey. Inside a
     * transaction, the transaction's own appends count.
     *
     * @param organizationId the organization, not null
     * @param surveyId the survey, not null
     * @param tokenDigest the token's digest ({@code ResponseToken.digest()}), not null
     * @return true when the token has been used for the survey
     */
    boolean isTokenUsed(OrganizationId organizationId, SurveyId surveyId, String tokenDigest);

    /**
     * Returns how many responses are stored for the survey.
     *
     * @param organizationId the organization, not null
     * @param surveyId the survey, not null
     * @return the count, not negative (0 for an unknown survey)
     */
    long countBySurvey(OrganizationId organizationId, SurveyId surveyId);

    /**
     * Returns a page of the survey's responses, in the implementation's order.
     *
     * @param organizationId the organization, not null
     * @param surveyId the survey, not null
     * @param request the page size and, after the first page, the cursor of the page before; not
     *     null
     * @return the page, empty when the survey has no response after the cursor; never null
     * @throws IllegalArgumentException when the cursor is malformed
     */
    Page<SurveyResponse> findBySurvey(OrganizationId organizationId, SurveyId surveyId, PageRequest request);
}

package org.learningmentor.persistence.memory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ResponseId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.survey.SurveyResponse;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.ResponseRepository;

/**
 * The survey responses of an in-memory store. A response is keyed by its survey and token digest
 * (hashed into one UUID), so a second response with the same token is a duplicate key, also when
 * two transactions append it at the same time; pages come in the order of that key.
 */
final class MemoryResponseRepository implements ResponseRepository {

    private final Table<SurveyResponse> table;

    MemoryResponseRepository(Store store) {
        this.table = new Table<>(
                store,
                SurveyResponse::organizationId,
                response -> key(response.surveyId(), response.tokenDigest()),
                response -> 0L,
                (response, version) -> response,
                response -> List.of(response.surveyId()));
    }

    @Override
    public void append(OrganizationId organizationId, SurveyResponse response) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(response, "response");
        table.saveUnder(organizationId, response, "Response");
    }

    @Override
    public boolean isTokenUsed(OrganizationId organizationId, SurveyId surveyId, String tokenDigest) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(surveyId, "surveyId");
        Objects.requireNonNull(tokenDigest, "tokenDigest");
        return table.find(organizationId, key(surveyId, tokenDigest).value()).isPresent();
    }

    @Override
    public long countBySurvey(OrganizationId organizationId, SurveyId surveyId) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(surveyId, "surveyId");
        return Page.stream(
                        PageRequest.first(PageRequest.MAX_SIZE),
                        request -> table.query(organizationId, surveyId, request))
                .count();
    }

    @Override
    public Page<SurveyResponse> findBySurvey(OrganizationId organizationId, SurveyId surveyId, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(surveyId, "surveyId");
        Objects.requireNonNull(request, "request");
        return table.query(organizationId, surveyId, request);
    }

    /** The response's key: the first 128 bits of SHA-256 over the survey id and the token digest. */
    private static ResponseId key(SurveyId surveyId, String tokenDigest) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(surveyId.toString().getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            ByteBuffer bytes = ByteBuffer.wrap(sha.digest(tokenDigest.getBytes(StandardCharsets.UTF_8)));
            return ResponseId.of(new UUID(bytes.getLong(), bytes.getLong()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "MemoryResponseRepository";
    }
}

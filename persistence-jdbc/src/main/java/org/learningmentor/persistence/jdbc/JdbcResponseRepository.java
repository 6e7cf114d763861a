package org.learningmentor.persistence.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.survey.SurveyResponse;
import org.learningmentor.persistence.DuplicateKeyException;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.ResponseRepository;

/**
 * The anonymous survey responses, in {@code <prefix>responses} keyed by {@code (organization_id,
 * survey_id, token_digest)}: no id or version column, since a response is never changed, and no
 * column that names a person. Not a {@link DocumentTable}, whose rows are keyed by an aggregate id
 * and versioned.
 *
 * <ol>
 *   <li>{@link #append}: one {@code INSERT}; a unique-key violation (a second response with the
 *       token) is a {@link DuplicateKeyException} naming the refused response's id. There is no
 *       {@code UPDATE} or {@code DELETE} of a response anywhere in the SDK.
 *   <li>Two units of work appending the same token: PostgreSQL makes the second {@code INSERT} wait
 *       for the first's commit and then reports the violation; H2 may report its own concurrent
 *       update (90131), mapped the same way. Either way one response is stored.
 *   <li>The body is the response's JSON; on PostgreSQL in a {@code json} column, not {@code jsonb},
 *       which would reorder the answers (an object in the instrument's item order).
 *   <li>Pages are in token-digest order (the column's collation is {@code "C"} on PostgreSQL: byte
 *       order of the hexadecimal digits), by keyset; the cursor is the last digest's 32 bytes in
 *       URL-safe Base64.
 * </ol>
 */
final class JdbcResponseRepository implements ResponseRepository {

    private static final int DIGEST_BYTES = 32;

    private final Database database;
    private final Json.Codec<SurveyResponse> json = Json.of(SurveyResponse.class);
    private final String insertSql;
    private final String usedSql;
    private final String countSql;
    private final String firstSql;
    private final String afterSql;

    JdbcResponseRepository(Database database, Tables tables) {
        this.database = database;
        String table = tables.responses();
        // PostgreSQL: json, not jsonb, which would reorder the answers (see the V2 script).
        String jsonParameter = database.dialect() == Dialect.POSTGRESQL
                ? "CAST(? AS json)"
                : database.dialect().jsonParameter();
        this.insertSql = "INSERT INTO " + table + " (organization_id, survey_id, token_digest, body) VALUES (?, ?, ?, "
                + jsonParameter + ")";
        this.usedSql = "SELECT 1 FROM " + table + " WHERE organization_id = ? AND survey_id = ? AND token_digest = ?";
        this.countSql = "SELECT COUNT(*) FROM " + table + " WHERE organization_id = ? AND survey_id = ?";
        String select = "SELECT body FROM " + table + " WHERE organization_id = ? AND survey_id = ?";
        this.firstSql = select + " ORDER BY token_digest LIMIT ?";
        this.afterSql = select + " AND token_digest > ? ORDER BY token_digest LIMIT ?";
    }

    @Override
    public void append(OrganizationId organizationId, SurveyResponse response) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(response, "response");
        if (!response.organizationId().equals(organizationId)) {
            throw new IllegalArgumentException("Response " + response.id() + " belongs to organization "
                    + response.organizationId() + ", so it cannot be stored under organization " + organizationId);
        }
        String what = "response " + response.id() + " to survey " + response.surveyId();
        String body = json.write(response, what);
        database.writeOne("Appending " + what, connection -> {
            try (PreparedStatement statement = database.prepare(connection, insertSql)) {
                statement.setObject(1, organizationId.value());
                statement.setObject(2, response.surveyId().value());
                statement.setString(3, response.tokenDigest());
                statement.setString(4, body);
                return statement.executeUpdate();
            } catch (SQLException e) {
                if (SqlErrors.isUniqueViolation(e) || SqlErrors.isConcurrentUpdate(e)) {
                    throw new DuplicateKeyException(response.id(), e);
                }
                throw e;
            }
        });
    }

    @Override
    public boolean isTokenUsed(OrganizationId organizationId, SurveyId surveyId, String tokenDigest) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(surveyId, "surveyId");
        Objects.requireNonNull(tokenDigest, "tokenDigest");
        return database.read("Checking a token of survey " + surveyId, connection -> {
            try (PreparedStatement statement = database.prepare(connection, usedSql)) {
                statement.setObject(1, organizationId.value());
                statement.setObject(2, surveyId.value());
                statement.setString(3, tokenDigest);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public long countBySurvey(OrganizationId organizationId, SurveyId surveyId) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(surveyId, "surveyId");
        return database.read("Counting the responses to survey " + surveyId, connection -> {
            try (PreparedStatement statement = database.prepare(connection, countSql)) {
                statement.setObject(1, organizationId.value());
                statement.setObject(2, surveyId.value());
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    @Override
    public Page<SurveyResponse> findBySurvey(OrganizationId organizationId, SurveyId surveyId, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(surveyId, "surveyId");
        Objects.requireNonNull(request, "request");
        String after = request.cursor().map(JdbcResponseRepository::digestOf).orElse(null);
        int wanted = request.size() + 1; // one more than the page, to know whether more follow
        String describe = "a page of the responses to survey " + surveyId;
        List<SurveyResponse> found = database.read("Reading " + describe, connection -> {
            try (PreparedStatement statement = database.prepare(connection, after == null ? firstSql : afterSql)) {
                int i = 1;
                statement.setObject(i++, organizationId.value());
                statement.setObject(i++, surveyId.value());
                if (after != null) {
                    statement.setString(i++, after);
                }
                statement.setInt(i, wanted);
                List<SurveyResponse> rows = new ArrayList<>(Math.min(wanted, 64));
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(json.read(result.getString(1), describe));
                    }
                }
                return rows;
            }
        });
        if (found.size() < wanted) {
            return Page.last(found);
        }
        List<SurveyResponse> items = found.subList(0, request.size());
        return Page.of(
                items, Optional.of(cursorAfter(items.get(items.size() - 1).tokenDigest())));
    }

    /** The cursor after a digest: its 32 bytes in URL-safe Base64, opaque like the id cursors. */
    private static String cursorAfter(String digest) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(HexFormat.of().parseHex(digest));
    }

    /**
     * Returns the digest a cursor is after.
     *
     * @throws IllegalArgumentException when the cursor is not one {@link #cursorAfter} made
     */
    private static String digestOf(String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw malformed(e);
        }
        if (bytes.length != DIGEST_BYTES) {
            throw malformed(null);
        }
        String digest = HexFormat.of().formatHex(bytes);
        if (!cursorAfter(digest).equals(cursor)) {
            throw malformed(null);
        }
        return digest;
    }

    private static IllegalArgumentException malformed(Throwable cause) {
        return new IllegalArgumentException(
                "The cursor is malformed: pass a Page.nextCursor() of the same query", cause);
    }

    @Override
    public String toString() {
        return "JdbcResponseRepository";
    }
}

package org.learningmentor.core.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

/**
 * A response token: a random secret that lets one person answer a survey once without saying who
 * they are. The host issues tokens, for example one per invitation e-mail, and must not record
 * who received which. A response stores only the token's {@linkplain #digest() SHA-256 digest}, so
 * that a second response with the same token is refused while the stored data cannot give the
 * token back.
 *
 * <pre>{@code
 * ResponseToken token = ResponseToken.random(secureRandom);   // hand token.text() to one respondent
 * ResponseToken back = ResponseToken.parse(textFromTheRespondent);
 * }</pre>
 *
 * <p>The text is 22–{@value #MAX_LENGTH} URL-safe base64 characters ({@code A–Z a–z 0–9 - _});
 * {@link #random} gives 43 (256 random bits). {@link #toString()} never shows it. The type has no
 * JSON form on purpose: tokens are not stored. This type is immutable and thread-safe.
 */
public final class ResponseToken {

    /** The shortest token text: 22 characters carry 132 bits. */
    public static final int MIN_LENGTH = 22;

    /** The longest token text. */
    public static final int MAX_LENGTH = 128;

    private static final int RANDOM_BYTES = 32;

    private final String text;

    private ResponseToken(String text) {
        this.text = text;
    }

    /**
     * Returns a new token of 256 random bits.
     *
     * @param random the source of randomness, not null; a {@link SecureRandom} so that tokens cannot
     *     be guessed
     * @return the token, never null
     */
    public static ResponseToken random(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new ResponseToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * Reads a token's text, as the respondent gives it back.
     *
     * @param text the text, not null
     * @return the token, never null
     * @throws ValidationException with {@code survey.token.malformed} when the text is not 22–128
     *     URL-safe base64 characters (the text is not repeated in the message)
     */
    public static ResponseToken parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        boolean wellFormed = text.length() >= MIN_LENGTH && text.length() <= MAX_LENGTH;
        for (int i = 0; wellFormed && i < text.length(); i++) {
            char c = text.charAt(i);
            wellFormed =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        }
        if (!wellFormed) {
            throw new ValidationException(Violation.of(SurveyViolation.TOKEN_MALFORMED, "token"));
        }
        return new ResponseToken(text.toString());
    }

    /**
     * Returns the secret text, to hand to one respondent.
     *
     * @return the text, never null
     */
    public String text() {
        return text;
    }

    /**
     * Returns the one-way digest a response stores: SHA-256 of the text's UTF-8 bytes, as 64
     * lower-case hexadecimal digits.
     *
     * @return the digest, never null
     */
    public String digest() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Compares in constant time, so that timing does not reveal how much of a token matched. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ResponseToken that
                && MessageDigest.isEqual(
                        text.getBytes(StandardCharsets.US_ASCII), that.text.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** Returns {@code "ResponseToken[redacted]"}: the secret never reaches logs. */
    @Override
    public String toString() {
        return "ResponseToken[redacted]";
    }
}

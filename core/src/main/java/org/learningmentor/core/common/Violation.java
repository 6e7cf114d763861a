package org.learningmentor.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One broken rule: a stable {@linkplain #code() code}, the {@linkplain #path() path} of the field
 * it concerns (such as {@code units[2].code}, empty for the whole object) and the arguments of its
 * message. The message itself comes from resource bundles in English, Finnish and Swedish: {@link
 * #message(Locale)}.
 *
 * <p>This type is immutable, thread-safe and serializable (exceptions carry it).
 */
@JsonIgnoreProperties(value = "message", allowGetters = true)
public final class Violation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String path;
    private final List<String> arguments;

    private Violation(String code, String path, List<String> arguments) {
        this.code = code;
        this.path = path;
        this.arguments = arguments;
    }

    /**
     * Returns a violation of a code at a path.
     *
     * @param code the code, not null
     * @param path the field path, empty for the whole object; not null
     * @param arguments the message arguments ({@code {0}}, {@code {1}}, …), written with {@code
     *     String.valueOf}; not null
     * @return the violation, never null
     */
    public static Violation of(ViolationCode code, String path, Object... arguments) {
        Objects.requireNonNull(code, "code");
        return of(code.code(), path, arguments);
    }

    /**
     * Returns a violation of a code given as text, for hosts' own rules.
     *
     * @param code the dotted code, not null
     * @param path the field path, not null
     * @param arguments the message arguments, not null
     * @return the violation, never null
     */
    public static Violation of(String code, String path, Object... arguments) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(arguments, "arguments");
        return new Violation(
                code, path, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    @JsonCreator
    static Violation fromJson(
            @JsonProperty(value = "code", required = true) String code,
            @JsonProperty("path") String path,
            @JsonProperty("arguments") List<String> arguments) {
        return of(code, path == null ? "" : path, arguments == null ? new Object[0] : arguments.toArray());
    }

    /**
     * Returns the stable code, such as {@code organization.unit.cycle}.
     *
     * @return the code, never null
     */
    @JsonProperty("code")
    public String code() {
        return code;
    }

    /**
     * Returns the path of the field, such as {@code units[2].code}; empty for the object as a
     * whole.
     *
     * @return the path, never null
     */
    @JsonProperty("path")
    public String path() {
        return path;
    }

    /**
     * Returns the arguments of the message.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("arguments")
    public List<String> arguments() {
        return arguments;
    }

    /**
     * Returns a copy whose path is nested under a prefix: {@code units[2]} and {@code code} give
     * {@code units[2].code}.
     *
     * @param prefix the path of the enclosing field, not null
     * @return the nested violation, never null
     */
    public Violation nestedUnder(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            return this;
        }
        return new Violation(code, path.isEmpty() ? prefix : prefix + "." + path, arguments);
    }

    /**
     * Returns the English message.
     *
     * @return the message, never null
     */
    @JsonProperty("message")
    public String message() {
        return message(Locale.ENGLISH);
    }

    /**
     * Returns the message in the locale's language: Finnish, Swedish, or English for any other.
     * Codes without a bundle entry (a host's own, say) give the code and its arguments.
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Language language = Language.from(locale);
        int dot = code.indexOf('.');
        if (dot > 0) {
            String bundleName = "org.learningmentor.core." + code.substring(0, dot) + ".messages";
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(bundleName, language.toLocale());
                MessageFormat format = new MessageFormat(bundle.getString(code), language.toLocale());
                return format.format(arguments.toArray());
            } catch (MissingResourceException e) {
                // fall through: a code of a host's own has no bundle here
            }
        }
        return arguments.isEmpty() ? code : code + " " + arguments;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Violation that
                && code.equals(that.code)
                && path.equals(that.path)
                && arguments.equals(that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, path, arguments);
    }

    /** Returns the code, path and English message, e.g. {@code common.text.blank at name.fi: …}. */
    @Override
    public String toString() {
        return code + (path.isEmpty() ? "" : " at " + path) + ": " + message();
    }
}

package org.learningmentor.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two Jackson lines our JSON must work under, configured as the README tells hosts to, and the
 * round-trip and golden-file assertions every public type's test uses.
 *
 * <p>Golden files live in {@code src/test/resources/golden}. To rewrite them after a deliberate
 * change of the wire format, run the tests with {@code -Dlearningmentor.golden.update=true} and
 * review the diff.
 */
public enum JsonTesting {
    JACKSON_2 {
        private final com.fasterxml.jackson.databind.json.JsonMapper mapper =
                com.fasterxml.jackson.databind.json.JsonMapper.builder()
                        .addModule(new Jdk8Module())
                        .addModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                        .build();

        @Override
        public String write(Object value, Type type) {
            try {
                return mapper.writerFor(mapper.constructType(type)).writeValueAsString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public <T> T read(String json, Type type) throws Exception {
            return mapper.readValue(json, mapper.constructType(type));
        }
    },
    JACKSON_3 {
        private final tools.jackson.databind.json.JsonMapper mapper =
                tools.jackson.databind.json.JsonMapper.builder().build();

        @Override
        public String write(Object value, Type type) {
            return mapper.writerFor(mapper.constructType(type)).writeValueAsString(value);
        }

        @Override
        public <T> T read(String json, Type type) {
            return mapper.readValue(json, mapper.constructType(type));
        }
    };

    private static final com.fasterxml.jackson.databind.ObjectMapper TREES =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** Writes the value as the given declared type (which decides polymorphic type ids). */
    public abstract String write(Object value, Type type);

    /** Reads a value of the given type; throws what the Jackson line throws. */
    public abstract <T> T read(String json, Type type) throws Exception;

    /** Asserts that writing and reading back gives an equal value, and returns the JSON. */
    public <T> String assertRoundTrip(T value, Type type) {
        String json = write(value, type);
        try {
            T back = read(json, type);
            assertThat(back).as("%s round trip of %s", this, json).isEqualTo(value);
        } catch (Exception e) {
            throw new AssertionError(this + " could not read back " + json, e);
        }
        return json;
    }

    /**
     * Asserts that the value's JSON equals the golden file (as a tree: key order and whitespace do
     * not matter) and that reading the golden file gives the value.
     */
    public <T> void assertGolden(String name, T value, Type type) {
        String json = assertRoundTrip(value, type);
        Path source = Path.of("src/test/resources/golden", name + ".json");
        if (Boolean.getBoolean("learningmentor.golden.update") && this == JACKSON_3) {
            try {
                Files.createDirectories(source.getParent());
                Files.writeString(source, pretty(json) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // After an update the source file is newer than the copy on the class path: read it.
        String golden = Files.exists(source) ? read(source) : golden(name);
        assertThat(tree(json))
                .as("%s JSON of %s against golden/%s.json", this, value, name)
                .isEqualTo(tree(golden));
        try {
            T fromGolden = read(golden, type);
            assertThat(fromGolden).as("%s reading golden/%s.json", this, name).isEqualTo(value);
        } catch (Exception e) {
            throw new AssertionError(this + " could not read golden/" + name + ".json", e);
        }
    }

    /** Returns a golden file's text. */
    public static String golden(String name) {
        try (InputStream in = JsonTesting.class.getResourceAsStream("/golden/" + name + ".json")) {
            if (in == null) {
                throw new AssertionError("golden/" + name
                        + ".json is missing: run with -Dlearningmentor.golden.update=true to write it, then review it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the root exception type of this Jackson line, which every reading failure is.
     *
     * @return Jackson 2's or Jackson 3's {@code JacksonException}
     */
    public Class<? extends Exception> exceptionType() {
        return switch (this) {
            case JACKSON_2 -> com.fasterxml.jackson.core.JacksonException.class;
            case JACKSON_3 -> tools.jackson.core.JacksonException.class;
        };
    }

    /**
     * Returns our {@link org.learningmentor.core.common.ValidationException} in the cause chain.
     *
     * @param thrown what reading threw
     * @return the first ValidationException in the chain
     * @throws AssertionError when there is none
     */
    public static org.learningmentor.core.common.ValidationException validationCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.learningmentor.core.common.ValidationException validation) {
                return validation;
            }
        }
        throw new AssertionError("no ValidationException in the cause chain of " + thrown, thrown);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pretty(String json) {
        try {
            return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(TREES.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.learningmentor.persistence.jdbc;

import org.learningmentor.persistence.PersistenceException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of stored documents: the model's own wire format under Jackson 3's defaults. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** A writer and reader of one declared type (which decides polymorphic type ids). */
    static <T> Codec<T> of(Class<T> type) {
        return new Codec<>(MAPPER.writerFor(type), MAPPER.readerFor(type));
    }

    /** Writes and reads one type; thread-safe. */
    static final class Codec<T> {
        private final ObjectWriter writer;
        private final ObjectReader reader;

        private Codec(ObjectWriter writer, ObjectReader reader) {
            this.writer = writer;
            this.reader = reader;
        }

        String write(T value, String what) {
            try {
                return writer.writeValueAsString(value);
            } catch (JacksonException e) {
                throw new PersistenceException("Writing the JSON of " + what + " failed", e);
            }
        }

        T read(String json, String what) {
            try {
                return reader.readValue(json);
            } catch (JacksonException e) {
                throw new PersistenceException(
                        "The stored JSON of " + what + " cannot be read: " + e.getOriginalMessage(), e);
            }
        }
    }
}

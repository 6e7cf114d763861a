package org.learningmentor.runtime.transfer;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.TypedId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Finds every person and unit a record names, wherever in the record, with the field's path: by
 * writing the record's JSON (to nowhere) with serializers of {@link PersonId} and {@link OrgUnitId}
 * that note each id and where the writer stands. The JSON is the model's wire format, so nothing a
 * record holds is missed, however deep (an attendance in a session, an author in a pair's history,
 * a mentor in an evaluation's facts), and a new field of the model is found without a change here.
 */
final class References {

    /** One id a record names, at the path of its field, such as {@code ownerIds[0]}. */
    record Reference(TypedId id, String path) {}

    private static final String ATTRIBUTE = References.class.getName();

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("transfer-references")
                    .addSerializer(PersonId.class, new Recorder<>(PersonId.class))
                    .addSerializer(OrgUnitId.class, new Recorder<>(OrgUnitId.class)))
            .build();

    private References() {}

    /**
     * Returns the person and unit ids the record names, in the order written, with their paths
     * inside the record.
     */
    static <T> List<Reference> in(T record, Class<T> type) {
        List<Reference> found = new ArrayList<>();
        ObjectWriter writer = MAPPER.writerFor(type).withAttribute(ATTRIBUTE, found);
        writer.writeValue(OutputStream.nullOutputStream(), record);
        return found;
    }

    /** Writes an id as the model does, as its text, and notes it with the writer's path. */
    private static final class Recorder<I extends TypedId> extends StdSerializer<I> {

        Recorder(Class<I> type) {
            super(type);
        }

        @Override
        public void serialize(I value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(value.toString());
            @SuppressWarnings("unchecked")
            List<Reference> found = (List<Reference>) context.getAttribute(ATTRIBUTE);
            if (found != null) {
                found.add(new Reference(value, path(generator.streamWriteContext())));
            }
        }

        /** The path of the value just written: {@code goals[1].ownerId}, from the root's inside. */
        private static String path(TokenStreamContext context) {
            Deque<String> segments = new ArrayDeque<>();
            for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    segments.push("[" + c.getCurrentIndex() + "]");
                } else if (c.inObject()) {
                    segments.push("." + c.currentName());
                }
            }
            String path = String.join("", segments);
            return path.startsWith(".") ? path.substring(1) : path;
        }
    }
}

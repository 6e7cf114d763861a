package org.learningmentor.benchmarks;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON of an organization with 10 000 people: the SDK's immutable types against the baseline of
 * the same data as plain records ({@link PlainRecords}), each under Jackson 2 and Jackson 3.
 * Compare {@code sdk*} with {@code baseline*} of the same {@code jackson} parameter; the goal is
 * a ratio of at most 1.3.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class OrganizationJsonBenchmark {

    /** The SDK's document: the organization and its people. */
    public record SdkDocument(Organization organization, List<Person> people) {}

    /** The Jackson line. */
    @Param({"2", "3"})
    public int jackson;

    /** How many people. */
    @Param({"10000"})
    public int people;

    private Codec codec;
    private SdkDocument sdk;
    private PlainRecords.Document baseline;
    private byte[] sdkJson;
    private byte[] baselineJson;

    /** Generates the organization and writes both documents once, for the read benchmarks. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        SampleOrganization agency = SampleData.organization(2026, people);
        sdk = new SdkDocument(agency.organization(), agency.people());
        baseline = PlainRecords.from(agency.organization(), agency.people());
        codec = Codec.of(jackson);
        sdkJson = codec.write(sdk);
        baselineJson = codec.write(baseline);
    }

    /** Writes the SDK's document. */
    @Benchmark
    public byte[] sdkWrite() throws IOException {
        return codec.write(sdk);
    }

    /** Writes the baseline document. */
    @Benchmark
    public byte[] baselineWrite() throws IOException {
        return codec.write(baseline);
    }

    /** Reads the SDK's document, validating every value as it is built. */
    @Benchmark
    public SdkDocument sdkRead() throws IOException {
        return codec.read(sdkJson, SdkDocument.class);
    }

    /** Reads the baseline document. */
    @Benchmark
    public PlainRecords.Document baselineRead() throws IOException {
        return codec.read(baselineJson, PlainRecords.Document.class);
    }

    /** One Jackson line, configured as the README tells hosts to. */
    interface Codec {
        byte[] write(Object value) throws IOException;

        <T> T read(byte[] json, Class<T> type) throws IOException;

        static Codec of(int line) {
            if (line == 2) {
                com.fasterxml.jackson.databind.json.JsonMapper mapper =
                        com.fasterxml.jackson.databind.json.JsonMapper.builder()
                                .addModule(new Jdk8Module())
                                .addModule(new JavaTimeModule())
                                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                                .build();
                return new Codec() {
                    @Override
                    public byte[] write(Object value) throws IOException {
                        return mapper.writeValueAsBytes(value);
                    }

                    @Override
                    public <T> T read(byte[] json, Class<T> type) throws IOException {
                        return mapper.readValue(json, type);
                    }
                };
            }
            tools.jackson.databind.json.JsonMapper mapper =
                    tools.jackson.databind.json.JsonMapper.builder().build();
            return new Codec() {
                @Override
                public byte[] write(Object value) {
                    return mapper.writeValueAsBytes(value);
                }

                @Override
                public <T> T read(byte[] json, Class<T> type) {
                    return mapper.readValue(json, type);
                }
            };
        }
    }
}

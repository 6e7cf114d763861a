package org.learningmentor.benchmarks;

import java.util.concurrent.TimeUnit;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.CultureProfiles;
import org.learningmentor.core.survey.ResponseBatch;
import org.learningmentor.core.survey.SurveyResponse;
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
 * Culture profiles of a survey with 1 000 000 responses × 21 items from 2 000 units (seeded): the
 * SDK's {@link CultureProfiles#compute} (means, standard deviations, complementary suppression, the
 * profile's objects) against {@link PrimitiveProfile}, a hand-written loop over primitive arrays
 * computing the same means. The goal is a ratio of at most 2.
 *
 * <p>The SDK is measured three ways: from a {@link ResponseBatch} (the columnar form a store hands
 * over, built once in set-up: {@link #sdkBatchProfile}, the figure compared with the goal), from the
 * million {@code SurveyResponse} objects ({@link #sdkProfile}, which builds a batch first), and the
 * building of a batch from those objects alone ({@link #sdkBatchFromResponses}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@State(Scope.Benchmark)
public class CultureProfileBenchmark {

    /** How many responses. */
    @Param({"1000000"})
    public int responses;

    /** How many units. */
    @Param({"2000"})
    public int units;

    private SurveyData data;

    private ResponseBatch batch;

    /** Generates the organization, the survey and the responses once. */
    @Setup(Level.Trial)
    public void setUp() {
        data = SurveyData.generate(2026, units, responses);
        batch = sdkBatchFromResponses();
    }

    /** The SDK from a batch: the culture profile with the organization's threshold (5). */
    @Benchmark
    public CultureProfile sdkBatchProfile() {
        return CultureProfiles.compute(data.survey, data.organization, batch);
    }

    /** The SDK from the response objects: a batch built from them, then its profile. */
    @Benchmark
    public CultureProfile sdkProfile() {
        return CultureProfiles.compute(data.survey, data.organization, data.responses);
    }

    /** What a store pays to turn the response objects into a batch (checked, packed), without the profile. */
    @Benchmark
    public ResponseBatch sdkBatchFromResponses() {
        ResponseBatch.Builder builder = ResponseBatch.builder(data.survey, data.organization, data.responses.size());
        for (SurveyResponse response : data.responses) {
            builder.add(response);
        }
        return builder.build();
    }

    /** The baseline: the same means over primitive arrays. */
    @Benchmark
    public double[] baselineMeans() {
        return data.baseline.means();
    }

    SurveyData data() {
        return data;
    }
}

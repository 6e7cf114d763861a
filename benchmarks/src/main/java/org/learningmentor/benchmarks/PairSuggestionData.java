package org.learningmentor.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.pair.PairCandidate;
import org.learningmentor.core.person.Person;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;

/**
 * Seeded mentor and mentee candidates for the pair-suggestion benchmark, taken from a sample
 * agency of {@code 2 × size} people ({@link SampleData}: real units and line managers, so some
 * mentees' managers are mentors and the other way round), with seeded extras the sample people do
 * not carry: a second language for some (English for about 30%, Finnish for Swedish speakers),
 * 0–3 of 8 development targets, and a seniority of 0–35 years (unknown for 10%).
 *
 * @param mentors the mentors, {@code size} of them
 * @param mentees the mentees, {@code size} of them
 */
public record PairSuggestionData(List<PairCandidate> mentors, List<PairCandidate> mentees) {

    private static final int TARGETS = 8;

    /**
     * Generates the candidates; the same seed and size give the same candidates.
     *
     * @param seed any value
     * @param size how many mentors and how many mentees, 5 to 50 000
     * @return the candidates, never null
     */
    public static PairSuggestionData generate(long seed, int size) {
        SampleOrganization agency = SampleData.organization(seed, 2 * size);
        List<Person> people = new ArrayList<>(agency.people());
        Collections.shuffle(people, new Random(seed));
        SplittableRandom random = new SplittableRandom(seed);
        List<DevelopmentTargetId> targets = new ArrayList<>();
        for (int t = 0; t < TARGETS; t++) {
            targets.add(DevelopmentTargetId.of(new UUID(0x8a1f0c2e00004000L, 0x8000000000000200L + t)));
        }
        List<PairCandidate> candidates = new ArrayList<>();
        for (Person person : people.subList(0, 2 * size)) {
            Set<DevelopmentTargetId> interests =
                    new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
            int count = random.nextInt(4);
            for (int k = 0; k < count; k++) {
                interests.add(targets.get(random.nextInt(TARGETS)));
            }
            OptionalInt seniority = random.nextInt(10) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(36));
            PairCandidate base = PairCandidate.from(person, interests, seniority);
            PairCandidate.Builder builder = PairCandidate.builder()
                    .personId(base.personId())
                    .unitId(base.unitId())
                    .managerId(base.managerId())
                    .addAllLanguages(base.languages())
                    .addAllDevelopmentTargetIds(base.developmentTargetIds())
                    .seniorityYears(base.seniorityYears());
            if (random.nextInt(10) < 3) {
                builder.addLanguages(Language.EN);
            }
            if (person.language() == Language.SV && random.nextBoolean()) {
                builder.addLanguages(Language.FI);
            }
            candidates.add(builder.build());
        }
        return new PairSuggestionData(
                List.copyOf(candidates.subList(0, size)), List.copyOf(candidates.subList(size, 2 * size)));
    }
}

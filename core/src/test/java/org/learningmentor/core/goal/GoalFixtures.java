package org.learningmentor.core.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.IndicatorId;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.ValidationException;

/** Goals, indicators and measurements of a Finnish state agency's learning-mentoring programme. */
final class GoalFixtures {

    static final GoalId GOAL_ID = GoalId.parse("8a1f0c2e-0000-4000-8000-000000000004");
    static final IndicatorId PEER_LEARNING_ID = IndicatorId.parse("8a1f0c2e-0000-4000-8000-000000000005");
    static final IndicatorId NEWCOMER_ID = IndicatorId.parse("8a1f0c2e-0000-4000-8000-000000000006");
    static final IndicatorId OTHER_ID = IndicatorId.parse("8a1f0c2e-0000-4000-8000-000000000007");
    static final OrgUnitId UNIT_ID = OrgUnitId.parse("8a1f0c2e-0000-4000-8000-000000000002");

    static final LocalizedText TITLE = LocalizedText.of(
            "Oppiminen on osa arkea", "Lärande är en del av vardagen", "Learning is part of everyday work");

    static final LocalizedText DESCRIPTION = LocalizedText.of(
            "Jokainen työyhteisö oppii työn lomassa: kollegat jakavat osaamistaan vertaisoppimisen tilaisuuksissa,"
                    + " ja uudet työntekijät pääsevät nopeasti kiinni työhön.",
            "Varje arbetsgemenskap lär sig i arbetet: kolleger delar med sig av sitt kunnande vid kollegiala"
                    + " lärtillfällen, och nya medarbetare kommer snabbt in i arbetet.",
            "Every work community learns on the job: colleagues share what they know in peer-learning sessions,"
                    + " and newcomers get up to speed quickly.");

    static final LocalizedText PEER_LEARNING_NAME = LocalizedText.of(
            "Vertaisoppimisen tilaisuuksiin osallistuneen henkilöstön osuus",
            "Andel av personalen som deltagit i kollegiala lärtillfällen",
            "Share of staff who took part in peer-learning sessions");

    static final LocalizedText NEWCOMER_NAME = LocalizedText.of(
            "Uuden työntekijän itsenäiseen työskentelyyn kuluva aika (päivää)",
            "Tid tills en ny medarbetare arbetar självständigt (dagar)",
            "Days until a newcomer works independently");

    private GoalFixtures() {}

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static Measurement aMeasurement(String on, String value) {
        return Measurement.of(day(on), dec(value));
    }

    /** Share of staff in peer-learning sessions, 20 → 50 %, two staff surveys so far (latest 34.5). */
    static Indicator aPeerLearningIndicator() {
        return Indicator.builder()
                .id(PEER_LEARNING_ID)
                .name(PEER_LEARNING_NAME)
                .unit(MeasureUnit.PERCENT)
                .baseline(dec("20"))
                .target(dec("50"))
                .direction(Direction.HIGHER_IS_BETTER)
                .addActuals(
                        Measurement.of(day("2025-03-31"), dec("28"), "Henkilöstökysely, 112 vastaajaa"),
                        Measurement.of(day("2025-09-30"), dec("34.5"), "Henkilöstökysely, 118 vastaajaa"))
                .build();
    }

    /** Days until a newcomer works independently, 60 → 40, lower is better, latest 47. */
    static Indicator aNewcomerIndicator() {
        return Indicator.builder()
                .id(NEWCOMER_ID)
                .name(NEWCOMER_NAME)
                .unit(MeasureUnit.DAYS)
                .baseline(dec("60"))
                .target(dec("40"))
                .direction(Direction.LOWER_IS_BETTER)
                .addActuals(aMeasurement("2025-06-30", "55"), aMeasurement("2025-12-31", "47"))
                .build();
    }

    /** An indicator with the given numbers and no name worth reading. */
    static Indicator anIndicator(
            MeasureUnit unit, String baseline, String target, Direction direction, Measurement... actuals) {
        return anIndicatorBuilder(unit, baseline, target, direction)
                .addActuals(actuals)
                .build();
    }

    static Indicator.Builder anIndicatorBuilder(MeasureUnit unit, String baseline, String target, Direction direction) {
        Indicator.Builder builder = Indicator.builder();
        builder.id(OTHER_ID)
                .name(LocalizedText.of("Mittari", "Indikator", "Indicator"))
                .unit(unit)
                .baseline(dec(baseline))
                .target(dec(target))
                .direction(direction);
        return builder;
    }

    /** "Learning is part of everyday work" at the organization level, with both indicators. */
    static ProgramGoal aProgramGoal() {
        return ProgramGoal.builder()
                .id(GOAL_ID)
                .title(TITLE)
                .description(DESCRIPTION)
                .level(GoalLevel.ORGANIZATION)
                .addIndicators(aPeerLearningIndicator(), aNewcomerIndicator())
                .build();
    }

    /** The same goal set for one work community, without indicators yet. */
    static ProgramGoal aWorkCommunityGoal() {
        return ProgramGoal.builder()
                .id(GOAL_ID)
                .title(TITLE)
                .level(GoalLevel.WORK_COMMUNITY)
                .unitId(UNIT_ID)
                .build();
    }

    static List<String> codesAndPaths(ValidationException e) {
        return e.violations().stream().map(v -> v.code() + "@" + v.path()).toList();
    }
}

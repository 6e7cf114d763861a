package org.learningmentor.core.evaluation;

import java.math.BigDecimal;
import org.learningmentor.core.common.LocalizedText;

/**
 * The ready-made guidelines (valmiit suuntaviivat) for evaluation: the default rule set that a
 * programme template names ({@code "default"}).
 */
public final class RuleSets {

    /** The id of {@link #defaults()}, as a template's {@code defaultRuleSet} names it. */
    public static final String DEFAULT_ID = "default";

    private static final RuleSet DEFAULTS = build();

    private RuleSets() {}

    /**
     * Returns the default rule set, in this order (level, severity, rule):
     *
     * <ol>
     *   <li>{@code participation} — REACTION, WARNING: {@link Metric#PARTICIPATION_RATE} ≥ 0.8;
     *   <li>{@code attendance} — REACTION, WARNING: {@link Metric#ATTENDANCE_RATE} ≥ 0.8;
     *   <li>{@code retention} — REACTION, WARNING: {@link Metric#MENTOR_RETENTION_RATE} ≥ 0.8;
     *   <li>{@code assignments} — LEARNING, WARNING: {@link Metric#ASSIGNMENT_COMPLETION_RATE} ≥ 0.75;
     *   <li>{@code approved-plans} — LEARNING, CRITICAL: {@link Metric#APPROVED_PLAN_RATE} ≥ 0.9;
     *   <li>{@code action-items} — BEHAVIOUR, WARNING: {@link Metric#ACTION_ITEM_COMPLETION_RATE} ≥
     *       0.6;
     *   <li>{@code gas} — BEHAVIOUR, CRITICAL: the programme's GAS T-score ≥ 50 (the expected
     *       outcome);
     *   <li>{@code goal-attainment} — RESULTS, WARNING: {@link Metric#INDICATOR_ATTAINMENT} ≥ 0.75;
     *   <li>{@code culture-change} — RESULTS, WARNING: every dimension from baseline to follow-up
     *       changed by ≥ 0 (no decline);
     *   <li>{@code goals-have-indicators} — RESULTS, CRITICAL: structure check;
     *   <li>{@code action-plan} — BEHAVIOUR, WARNING: structure check of owners and dates;
     *   <li>{@code checkpoints} — BEHAVIOUR, WARNING: structure check, a checkpoint held;
     *   <li>{@code evaluation-planned} — RESULTS, INFO: structure check, baseline and comparison;
     *   <li>{@code roi} — RESULTS, INFO: ROI ≥ 0 %;
     *   <li>{@code bcr} — RESULTS, INFO: BCR ≥ 1.
     * </ol>
     *
     * @return the rule set, never null
     */
    public static RuleSet defaults() {
        return DEFAULTS;
    }

    private static RuleSet build() {
        return RuleSet.builder()
                .id(DEFAULT_ID)
                .name(LocalizedText.of(
                        "Valmiit suuntaviivat: arviointi",
                        "Färdiga riktlinjer: utvärdering",
                        "Ready-made guidelines: evaluation"))
                .addRules(
                        threshold(
                                "participation",
                                KirkpatrickLevel.REACTION,
                                Severity.WARNING,
                                Metric.PARTICIPATION_RATE,
                                "0.8",
                                LocalizedText.of(
                                        "Mentoreita saatiin mukaan suunnitellusti",
                                        "Mentorer rekryterades som planerat",
                                        "Mentors recruited as planned")),
                        threshold(
                                "attendance",
                                KirkpatrickLevel.REACTION,
                                Severity.WARNING,
                                Metric.ATTENDANCE_RATE,
                                "0.8",
                                LocalizedText.of(
                                        "Osallistuminen valmennuskerroille",
                                        "Närvaro vid träffarna",
                                        "Attendance at training sessions")),
                        threshold(
                                "retention",
                                KirkpatrickLevel.REACTION,
                                Severity.WARNING,
                                Metric.MENTOR_RETENTION_RATE,
                                "0.8",
                                LocalizedText.of(
                                        "Mentorit pysyivät mukana valmennuksen loppuun",
                                        "Mentorerna stannade kvar hela utbildningen",
                                        "Mentors stayed through training")),
                        threshold(
                                "assignments",
                                KirkpatrickLevel.LEARNING,
                                Severity.WARNING,
                                Metric.ASSIGNMENT_COMPLETION_RATE,
                                "0.75",
                                LocalizedText.of(
                                        "Välitehtävät palautettiin",
                                        "Mellanuppgifterna lämnades in",
                                        "Interim assignments submitted")),
                        threshold(
                                "approved-plans",
                                KirkpatrickLevel.LEARNING,
                                Severity.CRITICAL,
                                Metric.APPROVED_PLAN_RATE,
                                "0.9",
                                LocalizedText.of(
                                        "Mentoreilla on hyväksytty suunnitelma",
                                        "Mentorerna har en godkänd plan",
                                        "Mentors have an approved plan")),
                        threshold(
                                "action-items",
                                KirkpatrickLevel.BEHAVIOUR,
                                Severity.WARNING,
                                Metric.ACTION_ITEM_COMPLETION_RATE,
                                "0.6",
                                LocalizedText.of(
                                        "Toimenpiteet toteutettiin",
                                        "Åtgärderna genomfördes",
                                        "Action items carried out")),
                        GasRule.builder()
                                .id("gas")
                                .level(KirkpatrickLevel.BEHAVIOUR)
                                .severity(Severity.CRITICAL)
                                .title(LocalizedText.of(
                                        "Suunnitelmien tavoitteet saavutettiin (GAS)",
                                        "Planernas mål uppnåddes (GAS)",
                                        "Plan goals attained (GAS)"))
                                .minimumTScore(BigDecimal.valueOf(50))
                                .build(),
                        threshold(
                                "goal-attainment",
                                KirkpatrickLevel.RESULTS,
                                Severity.WARNING,
                                Metric.INDICATOR_ATTAINMENT,
                                "0.75",
                                LocalizedText.of(
                                        "Johdon tavoitteiden mittarit edistyivät",
                                        "Ledningens mål och indikatorer gick framåt",
                                        "Management's goal indicators progressed")),
                        SurveyChangeRule.builder()
                                .id("culture-change")
                                .level(KirkpatrickLevel.RESULTS)
                                .severity(Severity.WARNING)
                                .title(LocalizedText.of(
                                        "Oppimiskulttuuri ei heikentynyt",
                                        "Lärandekulturen försämrades inte",
                                        "Learning culture did not decline"))
                                .minimumChange(BigDecimal.ZERO)
                                .build(),
                        structure(
                                "goals-have-indicators",
                                KirkpatrickLevel.RESULTS,
                                Severity.CRITICAL,
                                StructureCheck.GOALS_HAVE_INDICATORS,
                                LocalizedText.of(
                                        "Tavoitteilla on mittarit", "Målen har indikatorer", "Goals have indicators")),
                        structure(
                                "action-plan",
                                KirkpatrickLevel.BEHAVIOUR,
                                Severity.WARNING,
                                StructureCheck.ACTION_PLAN_HAS_OWNERS_AND_DATES,
                                LocalizedText.of(
                                        "Toimenpiteillä on vastuuhenkilöt ja määräajat",
                                        "Åtgärderna har ansvariga och tidsfrister",
                                        "Action items have owners and due dates")),
                        structure(
                                "checkpoints",
                                KirkpatrickLevel.BEHAVIOUR,
                                Severity.WARNING,
                                StructureCheck.CHECKPOINTS_HELD,
                                LocalizedText.of(
                                        "Seurantapisteet pidettiin",
                                        "Uppföljningspunkterna hölls",
                                        "Monitoring checkpoints held")),
                        structure(
                                "evaluation-planned",
                                KirkpatrickLevel.RESULTS,
                                Severity.INFO,
                                StructureCheck.EVALUATION_PLANNED,
                                LocalizedText.of(
                                        "Arviointi on suunniteltu: lähtötaso ja vertailukohta",
                                        "Utvärderingen är planerad: utgångsläge och jämförelse",
                                        "Evaluation planned: baseline and comparison")),
                        RoiRule.builder()
                                .id("roi")
                                .level(KirkpatrickLevel.RESULTS)
                                .severity(Severity.INFO)
                                .title(LocalizedText.of(
                                        "Sijoitetun pääoman tuotto (ROI)",
                                        "Avkastning på investeringen (ROI)",
                                        "Return on investment (ROI)"))
                                .minimumPercent(BigDecimal.ZERO)
                                .build(),
                        BcrRule.builder()
                                .id("bcr")
                                .level(KirkpatrickLevel.RESULTS)
                                .severity(Severity.INFO)
                                .title(LocalizedText.of(
                                        "Hyöty–kustannussuhde (BCR)",
                                        "Nytta–kostnadskvot (BCR)",
                                        "Benefit–cost ratio (BCR)"))
                                .minimum(BigDecimal.ONE)
                                .build())
                .build();
    }

    private static ThresholdRule threshold(
            String id, KirkpatrickLevel level, Severity severity, Metric metric, String value, LocalizedText title) {
        return ThresholdRule.builder()
                .id(id)
                .level(level)
                .severity(severity)
                .title(title)
                .metric(metric)
                .threshold(new BigDecimal(value))
                .build();
    }

    private static StructureRule structure(
            String id, KirkpatrickLevel level, Severity severity, StructureCheck check, LocalizedText title) {
        return StructureRule.builder()
                .id(id)
                .level(level)
                .severity(severity)
                .title(title)
                .check(check)
                .build();
    }
}

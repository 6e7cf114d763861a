package org.learningmentor.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.Finding;
import org.learningmentor.core.evaluation.LevelSummary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The HTML report, parsed back as XML: escaping, no script or external resource, and figures (table
 * cells, SVG bars) that are the evaluation's.
 */
class HtmlReportTest {

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> select(Node node, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(xpath, node, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<String> cells(Element row) throws Exception {
        return select(row, "td").stream().map(Element::getTextContent).toList();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void htmlIsOneSelfContainedWellFormedPageWithoutScript(Language language) throws Exception {
        String html = EvaluationReports.html(ReportFixtures.aHostileEvaluation(), Optional.empty(), language);

        Document page = parse(html);

        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo(language.code());
        assertThat(select(page, "//script")).isEmpty();
        assertThat(select(page, "//*[@src or @href]")).isEmpty();
        assertThat(select(page, "//link")).isEmpty();
        assertThat(html).doesNotContain("<script", "<b>");
        assertThat(XPATH.evaluate("//meta[@http-equiv='Content-Security-Policy']/@content", page))
                .startsWith("default-src 'none'");
    }

    @Test
    void htmlEscapesInjectedMarkupSoItReadsBackAsTheHostsText() throws Exception {
        Evaluation evaluation = ReportFixtures.aHostileEvaluation();

        Document page = parse(EvaluationReports.html(evaluation, Optional.empty(), Language.EN));

        Element formula = select(page, "//section[@id='findings']//tr[@data-rule='formula']")
                .get(0);
        assertThat(cells(formula).get(3)).isEqualTo(ReportFixtures.HOSTILE_TITLE);
        assertThat(XPATH.evaluate("//dd[3]", page)).isEqualTo("Host's <b>rules</b> (hostile)");
        assertThat(HtmlReport.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(HtmlReport.escape("a\u0000b\u001bc\td")).isEqualTo("a\uFFFDb\uFFFDc\td");
        assertThat(HtmlReport.escape("Tiimioppiminen")).isEqualTo("Tiimioppiminen");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void htmlTablesHoldTheEvaluationsFigures(Language language) throws Exception {
        Evaluation evaluation = ReportFixtures.anEvaluation();

        Document page = parse(EvaluationReports.html(evaluation, Optional.empty(), language));

        List<Element> findings = select(page, "//section[@id='findings']//tbody/tr");
        assertThat(findings).hasSize(evaluation.findings().size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = evaluation.findings().get(i);
            List<String> cells = cells(findings.get(i));
            assertThat(findings.get(i).getAttribute("data-rule")).isEqualTo(finding.ruleId());
            assertThat(findings.get(i).getAttribute("data-outcome"))
                    .isEqualTo(finding.outcome().name());
            assertThat(cells.get(3)).isEqualTo(finding.title().in(language));
            assertThat(cells.get(5))
                    .isEqualTo(finding.measured().map(BigDecimal::toPlainString).orElse("–"));
            assertThat(cells.get(7)).isEqualTo(finding.message(language.toLocale()));
        }
        for (LevelSummary level : evaluation.levels()) {
            Element row = select(page, "//section[@id='levels']//tr[@data-level='" + level.level() + "']")
                    .get(0);
            assertThat(cells(row).subList(1, 5))
                    .containsExactly(
                            Integer.toString(level.passed()),
                            Integer.toString(level.failed()),
                            Integer.toString(level.notEvaluable()),
                            Integer.toString(level.passed() + level.failed() + level.notEvaluable()));
        }
        Element goal = select(page, "//section[@id='goals']//tr[@data-goal='" + ReportFixtures.GOAL_1 + "']")
                .get(0);
        assertThat(cells(goal).subList(1, 3))
                .containsExactly(
                        evaluation.goals().get(0).attainment().orElseThrow().toPlainString(), "2 / 2");
        assertThat(cells(goal).get(1)).isEqualTo("0.75");
    }

    @Test
    void htmlChartBarsAreTheFactsMeansWithHeightsProportionalToThem() throws Exception {
        Evaluation evaluation = ReportFixtures.anEvaluation();

        Document page = parse(EvaluationReports.html(evaluation, Optional.empty(), Language.EN));

        Element svg = select(page, "//svg").get(0);
        int top = Integer.parseInt(svg.getAttribute("data-scale-maximum"));
        int plot = Integer.parseInt(svg.getAttribute("data-plot-height"));
        assertThat(top).isEqualTo(6);
        List<Element> bars = select(svg, ".//rect[contains(@class,'bar')]");
        // team learning before and after, inquiry before, empowerment after: the rest are hidden
        assertThat(bars)
                .extracting(b -> b.getAttribute("data-dimension") + "/" + b.getAttribute("data-phase") + "="
                        + b.getAttribute("data-mean"))
                .containsExactly(
                        "team-learning/before=3.5",
                        "team-learning/after=4.1",
                        "inquiry/before=4.0",
                        "empowerment/after=3.6");
        double baseline = -1;
        for (Element bar : bars) {
            double mean = Double.parseDouble(bar.getAttribute("data-mean"));
            double height = Double.parseDouble(bar.getAttribute("height"));
            double y = Double.parseDouble(bar.getAttribute("y"));
            assertThat(height / mean).as("height ÷ mean").isCloseTo((double) plot / top, within(0.001));
            if (baseline < 0) {
                baseline = y + height;
            }
            assertThat(y + height).as("every bar stands on the baseline").isCloseTo(baseline, within(0.001));
        }
        assertThat(Double.parseDouble(bars.get(1).getAttribute("height"))
                        / Double.parseDouble(bars.get(0).getAttribute("height")))
                .isCloseTo(4.1 / 3.5, within(0.0001));
    }

    @Test
    void htmlChartShowsSuppressedGroupsAsHiddenNeverAsZero() throws Exception {
        Evaluation evaluation = ReportFixtures.anEvaluation();

        Document page = parse(EvaluationReports.html(evaluation, Optional.empty(), Language.EN));

        List<Element> notes = select(page, "//svg//text[contains(@class,'hidden-note')]");
        assertThat(notes)
                .extracting(n -> n.getAttribute("data-dimension") + "/" + n.getAttribute("data-phase"))
                .containsExactly("inquiry/after", "empowerment/before");
        for (Element note : notes) {
            assertThat(note.getLastChild().getTextContent()).isEqualTo("hidden (fewer than 5 respondents)");
        }
        assertThat(select(page, "//svg//rect[@data-mean='0' or @height='0']")).isEmpty();
        // the table under the chart: hidden cells say so, the change only where both sides show
        Element inquiry = select(page, "//section[@id='culture']//tr[@data-dimension='inquiry']")
                .get(0);
        assertThat(cells(inquiry)).containsExactly("inquiry", "4.0", "8", "hidden (fewer than 5 respondents)", "–");
        Element team = select(page, "//section[@id='culture']//tr[@data-dimension='team-learning']")
                .get(0);
        assertThat(cells(team)).containsExactly("team-learning", "3.5", "12", "4.1", "10", "+0.6");
    }

    @Test
    void htmlInFinnishSaysHiddenInFinnish() throws Exception {
        Document page = parse(EvaluationReports.html(ReportFixtures.anEvaluation(), Optional.empty(), Language.FI));

        assertThat(XPATH.evaluate("//h1", page)).isEqualTo("Arviointiraportti");
        assertThat(XPATH.evaluate("//section[@id='culture']/h2", page)).isEqualTo("Oppimiskulttuuri ennen ja jälkeen");
        assertThat(select(page, "//svg//text[contains(@class,'hidden-note')]")
                        .get(0)
                        .getLastChild()
                        .getTextContent())
                .isEqualTo("piilotettu (alle 5 vastaajaa)");
    }

    @Test
    void htmlWithoutScoresSaysThereIsNothingToCompare() throws Exception {
        Evaluation evaluation = ReportFixtures.aHostileEvaluation();
        CultureChart none = CultureChart.from(org.learningmentor.core.evaluation.EvaluationFacts.builder()
                .organizationId(ReportFixtures.AGENCY)
                .programId(ReportFixtures.PROGRAM)
                .evaluationDate(ReportFixtures.EVALUATION_DATE)
                .build());

        Document page = parse(EvaluationReports.html(evaluation, Optional.of(none), Language.SV));

        assertThat(select(page, "//svg")).isEmpty();
        assertThat(XPATH.evaluate("//section[@id='culture']/p", page)).isEqualTo("Inga enkätresultat att jämföra.");
    }
}

package org.learningmentor.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.DimensionScore;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.Finding;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.runtime.report.EvaluationReports;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks of the reports the demo wrote: the HTML page is parsed as XML (it is well-formed XHTML,
 * as runtime's HtmlReportTest reads it) and its figures compared with the evaluation read back from
 * evaluation.json.
 */
final class Reports {

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    private Reports() {}

    static Evaluation evaluation(Path folder) throws Exception {
        return EvaluationReports.parseJson(Files.readString(folder.resolve("evaluation.json")));
    }

    static Document page(Path folder) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        byte[] html = Files.readAllBytes(folder.resolve("report.html"));
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));
    }

    static List<Element> select(Node node, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(xpath, node, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /**
     * The page's figures are the evaluation's: every finding's outcome and measured value, and every
     * bar of the culture chart is the facts' mean of its dimension and survey; a hidden side is a
     * note without a figure, never a bar of zero.
     */
    static void assertPageShowsTheEvaluation(Path folder, Language language) throws Exception {
        Evaluation evaluation = evaluation(folder);
        Document page = page(folder);

        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo(language.code());
        List<Element> rows = select(page, "//section[@id='findings']//tr[@data-rule]");
        assertThat(rows).hasSameSizeAs(evaluation.findings());
        for (Finding finding : evaluation.findings()) {
            Element row = select(page, "//section[@id='findings']//tr[@data-rule='" + finding.ruleId() + "']")
                    .get(0);
            assertThat(row.getAttribute("data-outcome"))
                    .isEqualTo(finding.outcome().name());
            List<String> cells =
                    select(row, "td").stream().map(Element::getTextContent).toList();
            assertThat(cells.get(3)).isEqualTo(finding.title().in(language));
            finding.measured().ifPresent(measured -> assertThat(cells).contains(measured.toPlainString()));
        }

        // The chart: present, one bar or note per dimension and side.
        assertThat(select(page, "//section[@id='culture']//svg")).hasSize(1);
        List<Element> bars = select(page, "//rect[@data-mean]");
        List<Element> notes = select(page, "//text[@data-visibility]");
        List<DimensionScore> baseline = scores(evaluation, SurveyPurpose.BASELINE);
        List<DimensionScore> followUp = scores(evaluation, SurveyPurpose.FOLLOW_UP);
        assertThat(bars.size() + notes.size()).isEqualTo(baseline.size() + followUp.size());
        assertThat(bars).isNotEmpty();
        for (Element bar : bars) {
            List<DimensionScore> side = bar.getAttribute("data-phase").equals("before") ? baseline : followUp;
            DimensionScore score = side.stream()
                    .filter(s -> s.dimension().equals(bar.getAttribute("data-dimension")))
                    .findFirst()
                    .orElseThrow();
            assertThat(score.isSuppressed()).isFalse();
            assertThat(new BigDecimal(bar.getAttribute("data-mean")))
                    .isEqualByComparingTo(score.mean().orElseThrow());
            assertThat(bar.getAttribute("data-respondents"))
                    .isEqualTo(String.valueOf(score.respondents().orElseThrow()));
            assertThat(new BigDecimal(bar.getAttribute("data-mean"))).isPositive();
        }
        for (Element note : notes) {
            // A hidden side carries its reason, no mean, no respondents, no zero.
            assertThat(note.hasAttribute("data-mean")).isFalse();
            assertThat(note.getTextContent()).doesNotContainPattern("(^|\\s)0([.,]0+)?(\\s|$)");
        }
    }

    /**
     * The page of profiles by group: each survey's whole audience shows the evaluation's figures,
     * some groups are shown and some hidden, and a hidden group has a reason and no figure.
     *
     * @return the number of hidden groups per survey section, baseline first
     */
    static List<Integer> assertProfilesPageShowsShownAndHiddenGroups(Path folder, Language language) throws Exception {
        Evaluation evaluation = evaluation(folder);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document page = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("culture-profiles.html"))));
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo(language.code());
        assertThat(select(page, "//script")).isEmpty();
        List<Integer> hiddenCounts = new ArrayList<>();
        for (SurveyPurpose purpose : List.of(SurveyPurpose.BASELINE, SurveyPurpose.FOLLOW_UP)) {
            String section = "//section[@data-purpose='" + purpose.name() + "']";
            List<Element> audience = select(page, section + "//tr[@data-kind='AUDIENCE']");
            assertThat(audience).singleElement();
            List<DimensionScore> scores = scores(evaluation, purpose);
            for (DimensionScore score : scores) {
                Element cell = select(audience.get(0), "td[@data-dimension='" + score.dimension() + "']")
                        .get(0);
                assertThat(new BigDecimal(cell.getTextContent()))
                        .isEqualByComparingTo(score.mean().orElseThrow());
            }
            assertThat(select(audience.get(0), "td").get(1).getTextContent())
                    .isEqualTo(String.valueOf(scores.get(0).respondents().orElseThrow()));

            List<Element> shown = select(page, section + "//tr[@data-visibility='SHOWN']");
            List<Element> hidden = select(page, section + "//tr[@data-visibility!='SHOWN']");
            assertThat(shown).hasSizeGreaterThan(1);
            assertThat(hidden).isNotEmpty();
            assertThat(hidden)
                    .extracting(row -> row.getAttribute("data-visibility"))
                    .contains("BELOW_THRESHOLD");
            for (Element row : hidden) {
                List<Element> cells = select(row, "td");
                assertThat(cells).hasSize(2);
                assertThat(cells.get(1).getAttribute("class")).isEqualTo("hidden");
                if (row.getAttribute("data-visibility").equals("BELOW_THRESHOLD")) {
                    assertThat(cells.get(1).getTextContent())
                            .contains(String.valueOf(evaluation.facts().anonymityThreshold()));
                }
                assertThat(cells.get(1).getTextContent())
                        .isNotBlank()
                        .doesNotContainPattern("(^|\\s)0([.,]0+)?(\\s|$)");
                assertThat(select(row, "td[@data-dimension]")).isEmpty();
            }
            for (Element row : shown) {
                for (Element cell : select(row, "td[@data-dimension]")) {
                    assertThat(new BigDecimal(cell.getTextContent())).isBetween(BigDecimal.ONE, BigDecimal.valueOf(6));
                }
            }
            hiddenCounts.add(hidden.size());
        }
        return hiddenCounts;
    }

    static List<DimensionScore> scores(Evaluation evaluation, SurveyPurpose purpose) {
        return evaluation.facts().scores().stream()
                .filter(s -> s.purpose() == purpose)
                .toList();
    }

    static Optional<Finding> finding(Evaluation evaluation, String ruleId) {
        return evaluation.findings().stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .findFirst();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

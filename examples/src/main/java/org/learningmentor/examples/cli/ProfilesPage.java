package org.learningmentor.examples.cli;

import java.util.List;
import java.util.Map;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.Dimension;
import org.learningmentor.core.survey.DimensionScore;
import org.learningmentor.core.survey.GroupProfile;
import org.learningmentor.core.survey.Instrument;
import org.learningmentor.core.survey.Suppression;
import org.learningmentor.core.survey.SurveyPurpose;

/**
 * The demo's page of culture profiles by group ({@code culture-profiles.html}): for each survey,
 * every group the profile holds (the whole audience, each unit, each unit with its sub-units) with
 * its respondents and dimension means, or, for a group the anonymity threshold hides, why it is
 * hidden and no figure at all. Self-contained XHTML like the evaluation report: no script, nothing
 * fetched, all text escaped.
 */
final class ProfilesPage {

    static final String FILE = "culture-profiles.html";

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("title", new String[] {
                "Oppimiskulttuuri ryhmittäin", "Lärandekulturen per grupp", "Learning culture by group"
            }),
            Map.entry("intro", new String[] {
                "Keskiarvo ulottuvuuksittain asteikolla 1–6. Ryhmä näytetään vain, kun siinä on vähintään {0}"
                        + " vastaajaa; piilotettu ryhmä ei koskaan näy nollana.",
                "Medelvärde per dimension på en skala 1–6. En grupp visas bara när den har minst {0} svarande;"
                        + " en dold grupp visas aldrig som noll.",
                "Mean per dimension on a scale of 1 to 6. A group is shown only when at least {0} people in it"
                        + " answered; a hidden group is never shown as zero."
            }),
            Map.entry("BASELINE", new String[] {"Lähtötilannekysely", "Baslinjeenkät", "Baseline survey"}),
            Map.entry("FOLLOW_UP", new String[] {"Seurantakysely", "Uppföljningsenkät", "Follow-up survey"}),
            Map.entry("OUTCOME", new String[] {"Vaikuttavuuskysely", "Effektenkät", "Outcome survey"}),
            Map.entry("group", new String[] {"Ryhmä", "Grupp", "Group"}),
            Map.entry("respondents", new String[] {"Vastaajia", "Svarande", "Respondents"}),
            Map.entry("audience", new String[] {"Koko kohderyhmä", "Hela målgruppen", "Whole audience"}),
            Map.entry("subtree", new String[] {"{0} alayksiköineen", "{0} med underenheter", "{0} with its sub-units"}),
            Map.entry("summary", new String[] {
                "{0} ryhmää näytetään, {1} piilotettu.",
                "{0} grupper visas, {1} dolda.",
                "{0} groups shown, {1} hidden."
            }),
            Map.entry("BELOW_THRESHOLD", new String[] {
                "piilotettu (alle {0} vastaajaa)", "dold (färre än {0} svarande)", "hidden (fewer than {0} respondents)"
            }),
            Map.entry("COMPLEMENTARY", new String[] {
                "piilotettu (suojaa pienempää ryhmää)",
                "dold (skyddar en mindre grupp)",
                "hidden (protects a smaller group)"
            }));

    private ProfilesPage() {}

    /** One survey's profile, as the page shows it. */
    record Section(SurveyPurpose purpose, CultureProfile profile) {}

    static String render(Organization organization, Instrument instrument, List<Section> sections, Language language) {
        StringBuilder out = new StringBuilder(32_768);
        int threshold = sections.isEmpty() ? 5 : sections.get(0).profile().anonymityThreshold();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(language.code())
                .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"
                        + " 'unsafe-inline'\"/>\n<title>")
                .append(escape(label("title", language)))
                .append(" – ")
                .append(escape(organization.name().in(language)))
                .append("</title>\n<style>body{font-family:system-ui,sans-serif;margin:2em;color:#1f2328}"
                        + "table{border-collapse:collapse;margin-bottom:2em}th,td{border:1px solid #d0d7de;"
                        + "padding:4px 8px}td.n{text-align:right}.hidden{color:#6e7781;font-style:italic}"
                        + "tr.subtree td:first-child{font-weight:600}</style>\n</head>\n<body>\n<h1>")
                .append(escape(label("title", language)))
                .append(" – ")
                .append(escape(organization.name().in(language)))
                .append("</h1>\n<p>")
                .append(escape(label("intro", language).replace("{0}", String.valueOf(threshold))))
                .append("</p>\n");
        for (Section section : sections) {
            section(out, organization, instrument, section, language);
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void section(
            StringBuilder out, Organization organization, Instrument instrument, Section section, Language language) {
        CultureProfile profile = section.profile();
        long hidden =
                profile.groups().stream().filter(GroupProfile::isSuppressed).count();
        out.append("<section id=\"")
                .append(section.purpose().name().toLowerCase(java.util.Locale.ROOT))
                .append("\" data-purpose=\"")
                .append(section.purpose().name())
                .append("\">\n<h2>")
                .append(escape(label(section.purpose().name(), language)))
                .append("</h2>\n<p>")
                .append(escape(label("summary", language)
                        .replace("{0}", String.valueOf(profile.groups().size() - hidden))
                        .replace("{1}", String.valueOf(hidden))))
                .append("</p>\n<table>\n<thead><tr><th>")
                .append(escape(label("group", language)))
                .append("</th><th>")
                .append(escape(label("respondents", language)))
                .append("</th>");
        for (Dimension dimension : instrument.dimensions()) {
            out.append("<th>").append(escape(dimension.name().in(language))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (GroupProfile group : profile.groups()) {
            out.append("<tr class=\"")
                    .append(group.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\" data-kind=\"")
                    .append(group.kind().name())
                    .append("\" data-unit=\"")
                    .append(group.unitId()
                            .flatMap(organization::unit)
                            .map(OrgUnit::code)
                            .map(ProfilesPage::escape)
                            .orElse(""))
                    .append("\" data-visibility=\"")
                    .append(group.suppression().map(Suppression::name).orElse("SHOWN"))
                    .append("\"><td>")
                    .append(escape(groupName(organization, group, language)))
                    .append("</td>");
            if (group.isSuppressed()) {
                out.append("<td class=\"hidden\" colspan=\"")
                        .append(1 + instrument.dimensions().size())
                        .append("\">")
                        .append(escape(label(group.suppression().get().name(), language)
                                .replace("{0}", String.valueOf(profile.anonymityThreshold()))))
                        .append("</td>");
            } else {
                out.append("<td class=\"n\">")
                        .append(group.respondents().orElseThrow())
                        .append("</td>");
                for (Dimension dimension : instrument.dimensions()) {
                    out.append("<td class=\"n\" data-dimension=\"")
                            .append(escape(dimension.code()))
                            .append("\">")
                            .append(group.score(dimension.code())
                                    .map(DimensionScore::mean)
                                    .map(java.math.BigDecimal::toPlainString)
                                    .orElse("–"))
                            .append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static String groupName(Organization organization, GroupProfile group, Language language) {
        return switch (group.kind()) {
            case AUDIENCE -> label("audience", language);
            case UNIT -> unitName(organization, group, language);
            case SUBTREE -> label("subtree", language).replace("{0}", unitName(organization, group, language));
        };
    }

    private static String unitName(Organization organization, GroupProfile group, Language language) {
        return group.unitId()
                .flatMap(organization::unit)
                .map(unit -> unit.name().in(language))
                .orElse("?");
    }

    private static String label(String key, Language language) {
        int index = language == Language.FI ? 0 : language == Language.SV ? 1 : 2;
        return LABELS.get(key)[index];
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package org.learningmentor.testkit.sample;

import java.util.List;
import org.learningmentor.core.common.LocalizedText;

/** Names of a fictional Finnish state agency's departments and regional offices, in fi/sv/en. */
final class UnitCatalogue {

    private UnitCatalogue() {}

    record Entry(String code, String fi, String sv, String en) {
        LocalizedText name() {
            return LocalizedText.of(fi, sv, en);
        }

        /** Returns the entry of a unit below this one: the code and the names with suffixes. */
        Entry suffixed(String codeSuffix, String fiSuffix, String svSuffix, String enSuffix) {
            return new Entry(code + codeSuffix, fi + fiSuffix, sv + svSuffix, en + enSuffix);
        }
    }

    /** The unit of the agency's leadership, where the director general sits. */
    static final Entry MANAGEMENT = new Entry("JOH", "Johto ja esikunta", "Ledning och stab", "Management and Staff");

    /** The human-resources department, where the HR people sit when the agency has one. */
    static final Entry HR = new Entry("HEN", "Henkilöstöpalvelut", "Personaltjänster", "Human Resources");

    static final List<Entry> DEPARTMENTS = List.of(
            new Entry("ASP", "Asiakaspalvelu", "Kundtjänst", "Customer Service"),
            new Entry("LUP", "Lupapalvelut", "Tillståndstjänster", "Permit Services"),
            new Entry("VAL", "Valvonta", "Tillsyn", "Supervision"),
            new Entry("TIE", "Tietohallinto", "Informationsförvaltning", "Information Management"),
            new Entry("TAL", "Talous", "Ekonomi", "Finance"),
            new Entry("OIK", "Oikeuspalvelut", "Rättstjänster", "Legal Services"),
            new Entry("VIE", "Viestintä", "Kommunikation", "Communications"),
            new Entry("TUT", "Tutkimus ja kehittäminen", "Forskning och utveckling", "Research and Development"),
            new Entry(
                    "ANA",
                    "Tietopalvelut ja analytiikka",
                    "Informationstjänster och analys",
                    "Information Services and Analytics"),
            new Entry("KAN", "Kansainväliset asiat", "Internationella frågor", "International Affairs"),
            new Entry("HAL", "Hallintopalvelut", "Förvaltningstjänster", "Administrative Services"));

    static final List<Entry> REGIONS = List.of(
            new Entry("HKI", "Helsinki", "Helsingfors", "Helsinki"),
            new Entry("TRE", "Tampere", "Tammerfors", "Tampere"),
            new Entry("TKU", "Turku", "Åbo", "Turku"),
            new Entry("OUL", "Oulu", "Uleåborg", "Oulu"),
            new Entry("JKL", "Jyväskylä", "Jyväskylä", "Jyväskylä"),
            new Entry("KUO", "Kuopio", "Kuopio", "Kuopio"),
            new Entry("VAA", "Vaasa", "Vasa", "Vaasa"),
            new Entry("ROI", "Rovaniemi", "Rovaniemi", "Rovaniemi"),
            new Entry("LTI", "Lahti", "Lahtis", "Lahti"),
            new Entry("JOE", "Joensuu", "Joensuu", "Joensuu"),
            new Entry("SJK", "Seinäjoki", "Seinäjoki", "Seinäjoki"),
            new Entry("POR", "Pori", "Björneborg", "Pori"),
            new Entry("LPR", "Lappeenranta", "Villmanstrand", "Lappeenranta"),
            new Entry("KVL", "Kouvola", "Kouvola", "Kouvola"),
            new Entry("MIK", "Mikkeli", "S:t Michel", "Mikkeli"),
            new Entry("KOK", "Kokkola", "Karleby", "Kokkola"),
            new Entry("HML", "Hämeenlinna", "Tavastehus", "Hämeenlinna"),
            new Entry("KAJ", "Kajaani", "Kajana", "Kajaani"));
}

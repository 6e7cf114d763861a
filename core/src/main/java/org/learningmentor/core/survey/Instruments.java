package org.learningmentor.core.survey;

import java.util.List;
import org.learningmentor.core.common.LocalizedText;

/**
 * The instruments the SDK ships. {@link #defaultInstrument()} measures the learning culture of an
 * organization along the seven dimensions of the Dimensions of the Learning Organization
 * Questionnaire (Watkins &amp; Marsick): continuous learning, inquiry and dialogue, team learning,
 * embedded systems, empowerment, connection to the environment and strategic leadership. Its item
 * texts are the SDK's own, written in Finnish, Swedish and English; the DLOQ's items are licensed
 * and not shipped.
 */
public final class Instruments {

    /** The code of the default instrument. */
    public static final String DEFAULT_CODE = "LEARNING-CULTURE";

    private Instruments() {}

    /**
     * Returns the default learning-culture instrument: seven dimensions (codes {@code
     * CONTINUOUS_LEARNING}, {@code INQUIRY_AND_DIALOGUE}, {@code TEAM_LEARNING}, {@code
     * EMBEDDED_SYSTEMS}, {@code EMPOWERMENT}, {@code CONNECTION_TO_ENVIRONMENT}, {@code
     * STRATEGIC_LEADERSHIP}), three items each ({@code CL1}–{@code CL3}, {@code ID1}–{@code ID3},
     * {@code TL1}–{@code TL3}, {@code ES1}–{@code ES3}, {@code EM1}–{@code EM3}, {@code CE1}–{@code
     * CE3}, {@code SL1}–{@code SL3}; the third of each dimension except empowerment is reverse
     * keyed), on a six-point agreement scale, in Finnish, Swedish and English. The codes are stable.
     *
     * @return the instrument, the same instance on every call; never null
     */
    public static Instrument defaultInstrument() {
        return Default.INSTANCE;
    }

    /** Built on first use, outside the initialisation of the instrument classes. */
    private static final class Default {
        static final Instrument INSTANCE = build();

        private Default() {}

        private static Instrument build() {
            return Instrument.builder()
                    .code(DEFAULT_CODE)
                    .name(text("Oppimiskulttuurikysely", "Enkät om lärandekultur", "Learning culture survey"))
                    .addDimensions(
                            dimension(
                                    "CONTINUOUS_LEARNING",
                                    "Jatkuva oppiminen",
                                    "Kontinuerligt lärande",
                                    "Continuous learning"),
                            dimension(
                                    "INQUIRY_AND_DIALOGUE",
                                    "Tutkiva ote ja dialogi",
                                    "Utforskande och dialog",
                                    "Inquiry and dialogue"),
                            dimension("TEAM_LEARNING", "Tiimioppiminen", "Lärande i team", "Team learning"),
                            dimension(
                                    "EMBEDDED_SYSTEMS",
                                    "Oppimista tallentavat järjestelmät",
                                    "System som tar tillvara lärandet",
                                    "Embedded systems"),
                            dimension("EMPOWERMENT", "Vaikutusmahdollisuudet", "Egenmakt", "Empowerment"),
                            dimension(
                                    "CONNECTION_TO_ENVIRONMENT",
                                    "Yhteys toimintaympäristöön",
                                    "Koppling till omvärlden",
                                    "Connection to the environment"),
                            dimension(
                                    "STRATEGIC_LEADERSHIP",
                                    "Oppimista tukeva johtaminen",
                                    "Strategiskt ledarskap för lärande",
                                    "Strategic leadership"))
                    .addItems(
                            item(
                                    "CL1",
                                    "CONTINUOUS_LEARNING",
                                    false,
                                    "Työssäni opin jatkuvasti jotakin uutta.",
                                    "I mitt arbete lär jag mig hela tiden något nytt.",
                                    "In my work I keep learning something new."),
                            item(
                                    "CL2",
                                    "CONTINUOUS_LEARNING",
                                    false,
                                    "Kun teemme virheen, pysähdymme miettimään, mitä siitä voi oppia.",
                                    "När vi gör ett misstag stannar vi upp och funderar på vad vi kan lära oss av det.",
                                    "When we make a mistake, we stop to think about what we can learn from it."),
                            item(
                                    "CL3",
                                    "CONTINUOUS_LEARNING",
                                    true,
                                    "Kiireen vuoksi minulla ei ole aikaa oppia työn ohessa.",
                                    "På grund av brådskan har jag ingen tid att lära mig något i arbetet.",
                                    "Because of the rush, I have no time to learn on the job."),
                            item(
                                    "ID1",
                                    "INQUIRY_AND_DIALOGUE",
                                    false,
                                    "Voin kysyä kollegoiltani neuvoa ilman, että minua pidetään osaamattomana.",
                                    "Jag kan be mina kolleger om råd utan att bli sedd som inkompetent.",
                                    "I can ask colleagues for advice without being seen as incompetent."),
                            item(
                                    "ID2",
                                    "INQUIRY_AND_DIALOGUE",
                                    false,
                                    "Keskusteluissamme kuunnellaan toisten näkemyksiä ennen kuin omaa kantaa puolustetaan.",
                                    "I våra diskussioner lyssnar vi på andras synpunkter innan vi försvarar våra egna.",
                                    "In our discussions we listen to other views before defending our own."),
                            item(
                                    "ID3",
                                    "INQUIRY_AND_DIALOGUE",
                                    true,
                                    "Eriävän mielipiteen esittäminen on meillä riskialtista.",
                                    "Hos oss är det riskabelt att framföra en avvikande åsikt.",
                                    "Voicing a dissenting opinion is risky here."),
                            item(
                                    "TL1",
                                    "TEAM_LEARNING",
                                    false,
                                    "Työyhteisössämme ratkaisemme ongelmia yhdessä.",
                                    "I vår arbetsgemenskap löser vi problem tillsammans.",
                                    "In our work community we solve problems together."),
                            item(
                                    "TL2",
                                    "TEAM_LEARNING",
                                    false,
                                    "Tiimimme arvioi säännöllisesti, miten työskentelemme, ja muuttaa tapojaan sen perusteella.",
                                    "Vårt team utvärderar regelbundet hur vi arbetar och ändrar arbetssätt utifrån det.",
                                    "Our team regularly reviews how we work and changes its ways accordingly."),
                            item(
                                    "TL3",
                                    "TEAM_LEARNING",
                                    true,
                                    "Kukin hoitaa omat tehtävänsä, eikä osaamista juuri jaeta.",
                                    "Var och en sköter sina egna uppgifter, och kunnandet delas sällan.",
                                    "Everyone minds their own tasks, and know-how is seldom shared."),
                            item(
                                    "ES1",
                                    "EMBEDDED_SYSTEMS",
                                    false,
                                    "Opitut asiat kirjataan niin, että muutkin löytävät ne.",
                                    "Det vi lär oss dokumenteras så att andra också hittar det.",
                                    "What we learn is recorded so that others can find it too."),
                            item(
                                    "ES2",
                                    "EMBEDDED_SYSTEMS",
                                    false,
                                    "Meillä on toimivat välineet kokemusten ja tiedon jakamiseen.",
                                    "Vi har fungerande verktyg för att dela erfarenheter och kunskap.",
                                    "We have working tools for sharing experience and knowledge."),
                            item(
                                    "ES3",
                                    "EMBEDDED_SYSTEMS",
                                    true,
                                    "Kun joku lähtee talosta, hänen osaamisensa lähtee hänen mukanaan.",
                                    "När någon slutar försvinner hens kunnande med hen.",
                                    "When someone leaves, their know-how leaves with them."),
                            item(
                                    "EM1",
                                    "EMPOWERMENT",
                                    false,
                                    "Voin vaikuttaa siihen, miten teen työni.",
                                    "Jag kan påverka hur jag utför mitt arbete.",
                                    "I can influence how I do my work."),
                            item(
                                    "EM2",
                                    "EMPOWERMENT",
                                    false,
                                    "Minua rohkaistaan kokeilemaan uusia toimintatapoja.",
                                    "Jag uppmuntras att pröva nya arbetssätt.",
                                    "I am encouraged to try new ways of working."),
                            item(
                                    "EM3",
                                    "EMPOWERMENT",
                                    false,
                                    "Minulla on tiedot ja resurssit, joita tarvitsen ideoideni toteuttamiseen.",
                                    "Jag har den information och de resurser som behövs för att förverkliga mina idéer.",
                                    "I have the information and resources I need to put my ideas into practice."),
                            item(
                                    "CE1",
                                    "CONNECTION_TO_ENVIRONMENT",
                                    false,
                                    "Seuraamme, miten asiakkaidemme ja sidosryhmiemme tarpeet muuttuvat.",
                                    "Vi följer med hur våra kunders och intressenters behov förändras.",
                                    "We follow how the needs of our clients and stakeholders are changing."),
                            item(
                                    "CE2",
                                    "CONNECTION_TO_ENVIRONMENT",
                                    false,
                                    "Opimme muilta organisaatioilta ja verkostoiltamme.",
                                    "Vi lär oss av andra organisationer och av våra nätverk.",
                                    "We learn from other organisations and from our networks."),
                            item(
                                    "CE3",
                                    "CONNECTION_TO_ENVIRONMENT",
                                    true,
                                    "Työtapamme muuttuvat vasta, kun joku ulkopuolinen pakottaa siihen.",
                                    "Våra arbetssätt förändras först när någon utifrån tvingar fram det.",
                                    "Our ways of working change only when someone outside forces them to."),
                            item(
                                    "SL1",
                                    "STRATEGIC_LEADERSHIP",
                                    false,
                                    "Esihenkilöni tukee osaamiseni kehittämistä.",
                                    "Min chef stöder utvecklingen av min kompetens.",
                                    "My manager supports the development of my competence."),
                            item(
                                    "SL2",
                                    "STRATEGIC_LEADERSHIP",
                                    false,
                                    "Johto kertoo avoimesti, mitä organisaatiossa tavoitellaan ja miksi.",
                                    "Ledningen berättar öppet vad organisationen strävar efter och varför.",
                                    "Management tells us openly what the organisation is aiming for and why."),
                            item(
                                    "SL3",
                                    "STRATEGIC_LEADERSHIP",
                                    true,
                                    "Johto puhuu oppimisesta, mutta se ei näy päätöksissä.",
                                    "Ledningen talar om lärande, men det syns inte i besluten.",
                                    "Management talks about learning, but it does not show in decisions."))
                    .scale(AnswerScale.of(List.of(
                            text("Täysin eri mieltä", "Helt av annan åsikt", "Strongly disagree"),
                            text("Eri mieltä", "Av annan åsikt", "Disagree"),
                            text("Jokseenkin eri mieltä", "Delvis av annan åsikt", "Somewhat disagree"),
                            text("Jokseenkin samaa mieltä", "Delvis av samma åsikt", "Somewhat agree"),
                            text("Samaa mieltä", "Av samma åsikt", "Agree"),
                            text("Täysin samaa mieltä", "Helt av samma åsikt", "Strongly agree"))))
                    .build();
        }

        private static Dimension dimension(String code, String fi, String sv, String en) {
            return Dimension.of(code, text(fi, sv, en));
        }

        private static Item item(String code, String dimension, boolean reverseKeyed, String fi, String sv, String en) {
            return Item.of(code, dimension, text(fi, sv, en), reverseKeyed);
        }

        private static LocalizedText text(String fi, String sv, String en) {
            return LocalizedText.of(fi, sv, en);
        }
    }
}

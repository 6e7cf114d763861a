package org.learningmentor.testkit.sample;

import java.util.List;

/**
 * Common Finnish and Finland-Swedish first names and surnames for sample people. The lists are
 * common names, not real people; combinations are random.
 */
final class Names {

    private Names() {}

    static final List<String> FINNISH_FIRST_NAMES = List.of(
            "Aino", "Anna", "Anne", "Anu", "Eeva", "Elina", "Emilia", "Heidi", "Helena", "Hanna", "Johanna", "Katja",
            "Kaisa", "Laura", "Leena", "Liisa", "Maria", "Marjut", "Minna", "Noora", "Outi", "Päivi", "Riikka", "Sari",
            "Satu", "Suvi", "Tiina", "Tuula", "Ulla", "Venla", "Aleksi", "Antti", "Ari", "Eero", "Heikki", "Ilkka",
            "Jari", "Jukka", "Juha", "Jussi", "Kari", "Lauri", "Markku", "Matti", "Mikko", "Olli", "Pekka", "Petri",
            "Sami", "Timo", "Tuomas", "Vesa", "Ville", "Väinö");

    static final List<String> FINNISH_SURNAMES = List.of(
            "Korhonen",
            "Virtanen",
            "Mäkinen",
            "Nieminen",
            "Mäkelä",
            "Hämäläinen",
            "Laine",
            "Heikkinen",
            "Koskinen",
            "Järvinen",
            "Lehtonen",
            "Lehtinen",
            "Saarinen",
            "Salminen",
            "Heinonen",
            "Niemi",
            "Heikkilä",
            "Kinnunen",
            "Salonen",
            "Turunen",
            "Salo",
            "Laitinen",
            "Tuominen",
            "Rantanen",
            "Karjalainen",
            "Jokinen",
            "Mattila",
            "Savolainen",
            "Lahtinen",
            "Ahonen",
            "Leinonen",
            "Pitkänen",
            "Hiltunen",
            "Kettunen",
            "Väisänen",
            "Räsänen",
            "Seppälä",
            "Ojala",
            "Anttila",
            "Peltonen");

    static final List<String> SWEDISH_FIRST_NAMES = List.of(
            "Alexandra",
            "Annika",
            "Ebba",
            "Elin",
            "Frida",
            "Ida",
            "Johanna",
            "Linnea",
            "Maja",
            "Sara",
            "Sofia",
            "Stina",
            "Anders",
            "Björn",
            "Christian",
            "Erik",
            "Fredrik",
            "Gustav",
            "Henrik",
            "Johan",
            "Kasper",
            "Mats",
            "Nils",
            "Ragnar",
            "Stefan",
            "Tobias");

    static final List<String> SWEDISH_SURNAMES = List.of(
            "Johansson",
            "Nyman",
            "Lindholm",
            "Lindström",
            "Eriksson",
            "Karlsson",
            "Andersson",
            "Lindqvist",
            "Holmberg",
            "Lundqvist",
            "Nylund",
            "Sjöberg",
            "Wikström",
            "Forsström",
            "Granholm",
            "Björklund",
            "Åberg",
            "Öhman",
            "Strömberg",
            "Sundström");
}

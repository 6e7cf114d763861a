package org.learningmentor.testkit.sample;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.IndicatorId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.goal.Direction;
import org.learningmentor.core.goal.GoalLevel;
import org.learningmentor.core.goal.Indicator;
import org.learningmentor.core.goal.MeasureUnit;
import org.learningmentor.core.goal.Measurement;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.organization.OrganizationSettings;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;

/**
 * A seeded generator of realistic sample organizations: a fictional Finnish state agency with a
 * tree of departments, regional offices and teams, people with Finnish and Finland-Swedish names,
 * roles in plausible proportions, line managers, mentor volunteers with consent history, and
 * management's goals with indicators. The same seed and size always give the same data, ids
 * included.
 *
 * <pre>{@code
 * SampleOrganization agency = SampleData.organization(2026, 300);
 * Person sponsor = agency.director();
 * List<Person> mentors = agency.activeMentors();   // about 6 of 300
 * }</pre>
 *
 * <p>How it is built:
 *
 * <ol>
 *   <li>Units: about one team per 12 people. The number of departments is about the square root of
 *       the number of teams (at most 12, human resources first and a quarter of the size of the
 *       others). A department with more than eight teams groups them under regional offices, and
 *       an office with more than eight under sections (and sections under sections above 100 000
 *       people): a department has at most one office per region (18), an office or section at most
 *       eight children. A management unit holds the director general.
 *   <li>Heads: the director general ({@link Role#MANAGEMENT}) heads the management unit, with a
 *       staff of at most 12; every
 *       department, office and team has a head from its own people; department heads form the
 *       management team ({@link Role#MANAGEMENT}). Everyone's manager is the head of their unit, a
 *       head's manager the head of the unit above.
 *   <li>The rest are spread over the teams with seeded weights (team sizes vary by about ±40%).
 *   <li>Roles beside {@link Role#EMPLOYEE}: HR about 1% (at least 1, from the HR department when
 *       there is one), learning and development specialists about 0.4% (at least 1), trainers about
 *       0.2% (at least 1), and mentors about 2% (at least 2): 5–7 in an agency of 300. About one
 *       mentor in ten has withdrawn consent once, and about one in twenty has withdrawn and
 *       volunteered again, so enrolment histories vary.
 *   <li>About 6% speak Swedish and have Finland-Swedish names; the rest speak Finnish.
 * </ol>
 */
public final class SampleData {

    /** The smallest organization generated. */
    public static final int MIN_PEOPLE = 10;

    /**
     * The largest organization generated. A million people take a few hundred MB and several
     * seconds; organizations up to 100 000 people are the sizes hosts see.
     */
    public static final int MAX_PEOPLE = 1_000_000;

    /** When the sample story starts: mentors volunteer in the weeks after it. */
    public static final Instant STORY_START = Instant.parse("2026-01-05T07:00:00Z");

    private static final String DOMAIN = "kpv.example.fi";
    private static final int PEOPLE_PER_TEAM = 12;
    /** The most teams (or offices) directly under one unit before another level is added. */
    private static final int MAX_CHILDREN = 8;

    private static final int MAX_MANAGEMENT_STAFF = 12;

    private SampleData() {}

    /**
     * Generates an organization of the given size.
     *
     * @param seed any value; the same seed and size give the same organization
     * @param people how many people, {@value #MIN_PEOPLE} to {@value #MAX_PEOPLE}
     * @return the organization with its people and goals, never null
     * @throws IllegalArgumentException when {@code people} is out of range
     */
    public static SampleOrganization organization(long seed, int people) {
        if (people < MIN_PEOPLE || people > MAX_PEOPLE) {
            throw new IllegalArgumentException(
                    "people must be " + MIN_PEOPLE + " to " + MAX_PEOPLE + ", not " + people);
        }
        return new Generator(seed, people).generate();
    }

    /** One generation run; not thread-safe, used once. */
    private static final class Generator {
        private final SplittableRandom random;
        private final IdGenerator ids;
        private final int size;
        private final OrganizationId organizationId;
        private final List<OrgUnit> units = new ArrayList<>();
        private final Map<OrgUnitId, OrgUnitId> parents = new HashMap<>();
        private final Map<OrgUnitId, PersonDraft> heads = new HashMap<>();
        private final List<PersonDraft> drafts = new ArrayList<>();
        private final Map<String, Integer> emailsByName = new HashMap<>();
        private final Map<String, String> asciiNames = new HashMap<>();
        private OrgUnitId hrDepartment;
        private OrgUnitId managementUnit;

        Generator(long seed, int size) {
            this.random = new SplittableRandom(seed);
            // Ids come from their own stream, so they are not the numbers the choices are made with.
            this.ids = IdGenerator.seeded(random.nextLong());
            this.size = size;
            this.organizationId = OrganizationId.next(ids);
        }

        SampleOrganization generate() {
            managementUnit = addUnit(UnitCatalogue.MANAGEMENT.code(), UnitCatalogue.MANAGEMENT.name(), null);
            List<OrgUnitId> teams = buildDepartments();
            PersonDraft director = head(managementUnit, Role.MANAGEMENT);
            director.managerUnit = null; // the director general reports to no one
            for (OrgUnit unit : units) {
                if (!heads.containsKey(unit.id())) {
                    boolean department = unit.isTopLevel();
                    head(unit.id(), department ? Role.MANAGEMENT : null);
                }
            }
            // A small staff (advisers, assistants) reports to the director general.
            int staffOfManagement = Math.min(MAX_MANAGEMENT_STAFF, Math.round(size * 0.01f));
            for (int i = 0; i < staffOfManagement && drafts.size() < size; i++) {
                member(managementUnit);
            }
            double[] weights = random.doubles(teams.size(), 0.6, 1.4).toArray();
            double[] cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
            while (drafts.size() < size) {
                int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble(sum));
                member(teams.get(index < 0 ? -index - 1 : index));
            }
            assignRoles();
            Organization organization = Organization.builder()
                    .id(organizationId)
                    .name(LocalizedText.of(
                            "Kehittämis- ja palveluvirasto",
                            "Utvecklings- och servicemyndigheten",
                            "Development and Service Agency"))
                    .addLanguages(Language.FI, Language.SV, Language.EN)
                    .settings(OrganizationSettings.defaults())
                    .addAllUnits(units)
                    .build();
            List<Person> people = new ArrayList<>(drafts.size());
            Person directorPerson = null;
            for (PersonDraft draft : drafts) {
                Person person = draft.build();
                people.add(person);
                if (draft == director) {
                    directorPerson = person;
                }
            }
            return new SampleOrganization(organization, people, goals(teams), directorPerson);
        }

        private List<OrgUnitId> buildDepartments() {
            int teamsWanted = Math.max(1, size / PEOPLE_PER_TEAM);
            List<UnitCatalogue.Entry> catalogue = new ArrayList<>(UnitCatalogue.DEPARTMENTS);
            shuffle(catalogue);
            catalogue.add(0, UnitCatalogue.HR);
            int departments = (int) Math.max(1, Math.min(catalogue.size(), Math.round(Math.sqrt(teamsWanted))));
            if (departments == 1) {
                catalogue.remove(0); // a tiny agency has no HR department of its own
            }
            int teamsPerDepartment = (teamsWanted + departments - 1) / departments;
            List<OrgUnitId> teams = new ArrayList<>();
            for (int d = 0; d < departments; d++) {
                UnitCatalogue.Entry entry = catalogue.get(d);
                OrgUnitId department = addUnit(entry.code(), entry.name(), null);
                int count = teamsPerDepartment;
                if (entry == UnitCatalogue.HR) {
                    // HR is a small department: about a quarter of a line department.
                    hrDepartment = department;
                    count = Math.max(1, (teamsPerDepartment + 3) / 4);
                }
                if (count <= MAX_CHILDREN) {
                    addTeams(department, entry, count, teams);
                } else {
                    addOffices(department, entry, count, teams);
                }
            }
            return teams;
        }

        /** Groups a large department's teams under regional offices, and an office's under sections. */
        private void addOffices(OrgUnitId department, UnitCatalogue.Entry entry, int count, List<OrgUnitId> teams) {
            int regions = (int) Math.min(UnitCatalogue.REGIONS.size(), Math.ceil(Math.sqrt(count)));
            int teamsPerRegion = (count + regions - 1) / regions;
            for (int r = 0; r < regions; r++) {
                UnitCatalogue.Entry region = UnitCatalogue.REGIONS.get(r);
                UnitCatalogue.Entry office =
                        entry.suffixed("-" + region.code(), ", " + region.fi(), ", " + region.sv(), ", " + region.en());
                addSections(addUnit(office.code(), office.name(), department), office, teamsPerRegion, teams);
            }
        }

        /**
         * Adds {@code count} teams under a unit, grouped under at most eight sections when there are
         * more than eight, and those again under sections of their own when a section would still
         * have more than eight (only above 100 000 people).
         */
        private void addSections(OrgUnitId parent, UnitCatalogue.Entry above, int count, List<OrgUnitId> teams) {
            if (count <= MAX_CHILDREN) {
                addTeams(parent, above, count, teams);
                return;
            }
            int sections = Math.min(MAX_CHILDREN, (count + MAX_CHILDREN - 1) / MAX_CHILDREN);
            int teamsPerSection = (count + sections - 1) / sections;
            for (int s = 1; s <= sections; s++) {
                UnitCatalogue.Entry section =
                        above.suffixed("-S" + s, ", yksikkö " + s, ", enhet " + s, ", section " + s);
                addSections(addUnit(section.code(), section.name(), parent), section, teamsPerSection, teams);
            }
        }

        private void addTeams(OrgUnitId parent, UnitCatalogue.Entry above, int count, List<OrgUnitId> teams) {
            for (int t = 1; t <= count; t++) {
                UnitCatalogue.Entry team = above.suffixed("-" + t, ", tiimi " + t, ", team " + t, ", team " + t);
                teams.add(addUnit(team.code(), team.name(), parent));
            }
        }

        private OrgUnitId addUnit(String code, LocalizedText name, OrgUnitId parent) {
            OrgUnitId id = OrgUnitId.next(ids);
            units.add(OrgUnit.builder()
                    .id(id)
                    .code(code)
                    .name(name)
                    .parentId(Optional.ofNullable(parent))
                    .build());
            if (parent != null) {
                parents.put(id, parent);
            }
            return id;
        }

        private PersonDraft head(OrgUnitId unit, Role role) {
            PersonDraft head = newPerson(unit);
            if (role != null) {
                head.roles.add(role);
            }
            OrgUnitId parent = parents.get(unit);
            head.head = true;
            head.managerUnit = parent != null ? parent : managementUnit; // department heads report to the director
            heads.put(unit, head);
            return head;
        }

        private PersonDraft member(OrgUnitId unit) {
            PersonDraft person = newPerson(unit);
            person.managerUnit = unit;
            return person;
        }

        private PersonDraft newPerson(OrgUnitId unit) {
            boolean swedish = random.nextInt(100) < 6;
            String first = pick(swedish ? Names.SWEDISH_FIRST_NAMES : Names.FINNISH_FIRST_NAMES);
            String last = pick(swedish ? Names.SWEDISH_SURNAMES : Names.FINNISH_SURNAMES);
            PersonDraft draft = new PersonDraft(PersonId.next(ids), unit, first + " " + last, email(first, last));
            draft.language = swedish ? Language.SV : Language.FI;
            drafts.add(draft);
            return draft;
        }

        /** Returns first.last@domain, numbered from 2 on for the second person of the same name. */
        private String email(String first, String last) {
            String base = ascii(first) + "." + ascii(last);
            int count = emailsByName.merge(base, 1, Integer::sum);
            return (count == 1 ? base : base + count) + "@" + DOMAIN;
        }

        private String ascii(String name) {
            return asciiNames.computeIfAbsent(
                    name,
                    n -> Normalizer.normalize(n.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD)
                            .replaceAll("\\p{M}", "")
                            .replaceAll("[^a-z0-9]", ""));
        }

        private void assignRoles() {
            List<PersonDraft> staff = new ArrayList<>();
            List<PersonDraft> hrStaff = new ArrayList<>();
            for (PersonDraft draft : drafts) {
                if (!draft.head) {
                    staff.add(draft);
                    if (draft.unit.equals(hrDepartment) || isUnder(draft.unit, hrDepartment)) {
                        hrStaff.add(draft);
                    }
                }
            }
            shuffle(staff);
            shuffle(hrStaff);
            grant(Role.HR, Math.max(1, Math.round(size * 0.01f)), hrStaff, staff);
            grant(Role.LEARNING_SPECIALIST, Math.max(1, Math.round(size * 0.004f)), hrStaff, staff);
            grant(Role.TRAINER, Math.max(1, Math.round(size * 0.002f)), List.of(), staff);
            int mentors = Math.max(2, Math.round(size * 0.02f));
            List<PersonDraft> volunteers = unassigned(staff, mentors + Math.max(1, mentors / 10));
            for (int i = 0; i < volunteers.size(); i++) {
                int story = random.nextInt(20);
                // The last tenth volunteered and withdrew for good: consent history without the role.
                volunteers.get(i).consentStory = i >= mentors ? 3 : story == 0 ? 2 : 1;
            }
        }

        private void grant(Role role, int count, List<PersonDraft> preferred, List<PersonDraft> staff) {
            List<PersonDraft> chosen = unassigned(preferred, count);
            chosen.addAll(unassigned(staff, count - chosen.size()));
            chosen.forEach(draft -> draft.roles.add(role));
        }

        /** Takes up to {@code count} people without a special role yet, marking them taken. */
        private static List<PersonDraft> unassigned(List<PersonDraft> candidates, int count) {
            List<PersonDraft> taken = new ArrayList<>();
            for (int i = 0; i < candidates.size() && taken.size() < count; i++) {
                PersonDraft draft = candidates.get(i);
                if (!draft.taken) {
                    draft.taken = true;
                    taken.add(draft);
                }
            }
            return taken;
        }

        private boolean isUnder(OrgUnitId unit, OrgUnitId ancestor) {
            if (ancestor == null) {
                return false;
            }
            for (OrgUnitId at = parents.get(unit); at != null; at = parents.get(at)) {
                if (at.equals(ancestor)) {
                    return true;
                }
            }
            return false;
        }

        private List<ProgramGoal> goals(List<OrgUnitId> teams) {
            LocalDate start = LocalDate.of(2026, 1, 15);
            OrgUnitId community =
                    units.get(1 + random.nextInt(units.size() - 1)).id();
            int peerBaseline = 15 + random.nextInt(15);
            return List.of(
                    ProgramGoal.builder()
                            .id(GoalId.next(ids))
                            .title(LocalizedText.of(
                                    "Oppiminen on osa arkea",
                                    "Lärande är en del av vardagen",
                                    "Learning is part of everyday work"))
                            .level(GoalLevel.ORGANIZATION)
                            .addIndicators(indicator(
                                    LocalizedText.of(
                                            "Vertaisoppimiseen osallistuneiden osuus",
                                            "Andel som deltagit i kollegialt lärande",
                                            "Share of staff in peer learning"),
                                    MeasureUnit.PERCENT,
                                    peerBaseline,
                                    peerBaseline + 25 + random.nextInt(15),
                                    Direction.HIGHER_IS_BETTER,
                                    start))
                            .addIndicators(indicator(
                                    LocalizedText.of(
                                            "Oppimiskulttuurin kokonaisarvio (1–6)",
                                            "Helhetsbedömning av lärandekulturen (1–6)",
                                            "Overall rating of the learning culture (1–6)"),
                                    MeasureUnit.SCORE,
                                    3,
                                    4,
                                    Direction.HIGHER_IS_BETTER,
                                    start))
                            .build(),
                    ProgramGoal.builder()
                            .id(GoalId.next(ids))
                            .title(LocalizedText.of(
                                    "Uudet työntekijät pääsevät nopeasti mukaan",
                                    "Nya medarbetare kommer snabbt in i arbetet",
                                    "Newcomers get up to speed quickly"))
                            .level(GoalLevel.WORK_COMMUNITY)
                            .unitId(community)
                            .addIndicators(indicator(
                                    LocalizedText.of(
                                            "Päiviä itsenäiseen työskentelyyn",
                                            "Dagar till självständigt arbete",
                                            "Days until a newcomer works independently"),
                                    MeasureUnit.DAYS,
                                    50 + random.nextInt(30),
                                    35 + random.nextInt(10),
                                    Direction.LOWER_IS_BETTER,
                                    start))
                            .build(),
                    ProgramGoal.builder()
                            .id(GoalId.next(ids))
                            .title(LocalizedText.of(
                                    "Jokaisella on oma oppimissuunnitelma",
                                    "Alla har en egen lärandeplan",
                                    "Everyone has a personal learning plan"))
                            .level(GoalLevel.INDIVIDUAL)
                            .addIndicators(indicator(
                                    LocalizedText.of(
                                            "Oppimissuunnitelman tehneiden osuus",
                                            "Andel med en lärandeplan",
                                            "Share of staff with a learning plan"),
                                    MeasureUnit.PERCENT,
                                    10 + random.nextInt(20),
                                    80,
                                    Direction.HIGHER_IS_BETTER,
                                    start))
                            .build());
        }

        private Indicator indicator(
                LocalizedText name, MeasureUnit unit, int baseline, int target, Direction direction, LocalDate on) {
            return Indicator.builder()
                    .id(IndicatorId.next(ids))
                    .name(name)
                    .unit(unit)
                    .baseline(BigDecimal.valueOf(baseline))
                    .target(BigDecimal.valueOf(target))
                    .direction(direction)
                    .addActuals(Measurement.builder()
                            .on(on)
                            .value(BigDecimal.valueOf(baseline))
                            .build())
                    .build();
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                T swap = list.get(i);
                list.set(i, list.get(j));
                list.set(j, swap);
            }
        }

        /** A person being generated; roles and managers are settled before it is built. */
        private final class PersonDraft {
            final PersonId id;
            final OrgUnitId unit;
            final String displayName;
            final String email;
            final Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
            Language language = Language.FI;
            OrgUnitId managerUnit;
            boolean head;
            boolean taken;
            /** -1 never, 1 volunteered, 2 volunteered, withdrew and volunteered again, 3 volunteered and withdrew. */
            int consentStory = -1;

            PersonDraft(PersonId id, OrgUnitId unit, String displayName, String email) {
                this.id = id;
                this.unit = unit;
                this.displayName = displayName;
                this.email = email;
            }

            Person build() {
                Optional<PersonId> manager =
                        Optional.ofNullable(managerUnit).map(heads::get).map(boss -> boss.id);
                Person person = Person.builder()
                        .id(id)
                        .organizationId(organizationId)
                        .unitId(unit)
                        .displayName(displayName)
                        .email(email)
                        .addAllRoles(roles)
                        .managerId(manager)
                        .language(language)
                        .build();
                if (consentStory < 0) {
                    return person;
                }
                Instant at = STORY_START.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
                person = person.volunteerAsMentor(id, at).state();
                if (consentStory >= 2) {
                    at = at.plus(Duration.ofDays(1 + random.nextInt(20)));
                    person = person.withdrawMentorConsent(id, at, pick(WITHDRAWAL_REASONS))
                            .state();
                }
                if (consentStory == 2) {
                    at = at.plus(Duration.ofDays(1 + random.nextInt(20)));
                    person = person.volunteerAsMentor(id, at).state();
                }
                return person;
            }
        }
    }

    private static final List<String> WITHDRAWAL_REASONS = List.of(
            "Siirtyi toisiin tehtäviin",
            "Työkuorma kasvoi liian suureksi",
            "Perhevapaa alkaa",
            "Bytte till andra uppgifter",
            "Moved to another position");
}

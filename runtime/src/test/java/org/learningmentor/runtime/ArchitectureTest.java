package org.learningmentor.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Keeps the runtime on the SPI and the SLF4J API, with time and ids only from what it was given. */
@AnalyzeClasses(packages = "org.learningmentor.runtime", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule runtimeUsesTheSpiNotAnImplementation = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.learningmentor.persistence.memory..",
                    "org.learningmentor.testkit..",
                    "java.sql..",
                    "javax.sql..")
            .because("the runtime runs over any implementation of the persistence SPI");

    @ArchTest
    static final ArchRule runtimeLogsThroughTheSlf4jApiOnly = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("ch.qos.logback..", "org.apache.logging..", "org.apache.log4j..", "java.util.logging..")
            .orShould()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("hosts choose the logging back-end");

    @ArchTest
    static final ArchRule runtimeHasNoHiddenClockOrIds = noClasses()
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .because("time comes from the configured Clock");

    /**
     * Ids come from the configured generator, with one exception: survey responses get random ids,
     * since ids from a seeded or sequential generator would reveal the order of answers.
     */
    @ArchTest
    static final ArchRule runtimeHasNoHiddenIdsButResponseIds = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(SurveyUseCases.class.getName())
            .should()
            .callMethod(UUID.class, "randomUUID")
            .because("ids come from the configured IdGenerator (random response ids excepted)");
}

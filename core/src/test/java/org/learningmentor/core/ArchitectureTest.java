package org.learningmentor.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Keeps core pure: no I/O, no persistence, no logging back-end, no databind, no hidden clock. */
@AnalyzeClasses(packages = "org.learningmentor.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreUsesNoSqlOrPersistence = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence..", "javax.persistence..")
            .because("core is a pure domain model; storage lives behind persistence-spi");

    @ArchTest
    static final ArchRule coreDoesNoIo = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.nio.file..", "java.net..", "java.nio.channels..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.File")
            .because("core performs no I/O");

    @ArchTest
    static final ArchRule coreDoesNotLog = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.slf4j..",
                    "ch.qos.logback..",
                    "org.apache.logging..",
                    "org.apache.log4j..",
                    "java.util.logging..")
            .because("core returns what happened as events and exceptions; hosts log");

    /**
     * The only reference to databind is the package-private style annotation, whose
     * {@code @JsonSerialize} meta-annotation tells Immutables to generate Jackson support; it is
     * never read at run time.
     */
    @ArchTest
    static final ArchRule coreDoesNotUseDatabind = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(DomainStyle.class.getName())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..", "tools.jackson..")
            .because(
                    "core's only Jackson dependency at run time is jackson-annotations, so it works under Jackson 2 and 3");

    @ArchTest
    static final ArchRule coreDoesNotPrint = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule timeComesFromTheCaller = noClasses()
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(OffsetDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .because("commands take the time from the caller's Clock");

    @ArchTest
    static final ArchRule generatedImplementationsAreHidden = classes()
            .that()
            .haveSimpleNameStartingWith("Immutable")
            .should()
            .notBePublic()
            .because("the hand-written type is the API");
}

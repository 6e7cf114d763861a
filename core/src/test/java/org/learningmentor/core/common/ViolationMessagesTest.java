package org.learningmentor.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every violation code of the model has a message in English, Finnish and Swedish. */
class ViolationMessagesTest {

    private static final List<String> FILES =
            List.of("messages.properties", "messages_fi.properties", "messages_sv.properties");

    /** Every enum in core that implements ViolationCode, found by scanning the compiled classes. */
    static List<ViolationCode> allCodes() {
        List<ViolationCode> codes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.learningmentor.core")) {
            if (type.isEnum() && type.isAssignableTo(ViolationCode.class)) {
                for (Object constant : type.reflect().getEnumConstants()) {
                    codes.add((ViolationCode) constant);
                }
            }
        }
        return codes;
    }

    @Test
    void theScanFindsTheCodesOfEveryPackage() {
        assertThat(allCodes())
                .extracting(code -> code.code().substring(0, code.code().indexOf('.')))
                .contains("common", "organization", "person", "goal", "program");
    }

    @Test
    void codesAreUniqueAndDotted() {
        List<String> codes = allCodes().stream().map(ViolationCode::code).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z]+(\\.[a-z][a-z0-9-]*)+"));
    }

    @TestFactory
    Stream<DynamicTest> everyCodeHasAMessageInEnglishFinnishAndSwedish() {
        return allCodes().stream()
                .map(code -> DynamicTest.dynamicTest(code.code(), () -> {
                    String base = "/org/learningmentor/core/"
                            + code.code().substring(0, code.code().indexOf('.')) + "/";
                    Map<String, Integer> placeholders = new HashMap<>();
                    for (String file : FILES) {
                        Properties messages = load(base + file);
                        String message = messages.getProperty(code.code());
                        assertThat(message)
                                .as("%s in %s%s", code.code(), base, file)
                                .isNotBlank();
                        placeholders.put(file, new MessageFormat(message).getFormatsByArgumentIndex().length);
                    }
                    assertThat(new HashSet<>(placeholders.values()))
                            .as("the same arguments in every language for %s: %s", code.code(), placeholders)
                            .hasSize(1);
                }));
    }

    @Test
    void bundlesHoldNoMessageWithoutACode() throws IOException {
        Set<String> codes =
                new HashSet<>(allCodes().stream().map(ViolationCode::code).toList());
        for (String pkg : codes.stream()
                .map(c -> c.substring(0, c.indexOf('.')))
                .distinct()
                .toList()) {
            for (String file : FILES) {
                assertThat(load("/org/learningmentor/core/" + pkg + "/" + file).stringPropertyNames())
                        .as("keys of %s/%s", pkg, file)
                        .isSubsetOf(codes);
            }
        }
    }

    @Test
    void messagesAreResolvedInTheRequestedLanguageWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fi-FI"));
            Violation violation = Violation.of(CommonViolation.VALUE_REQUIRED, "name");
            assertThat(violation.message(Locale.ENGLISH)).isEqualTo("is required");
            assertThat(violation.message(Locale.forLanguageTag("fi"))).isEqualTo("on pakollinen");
            assertThat(violation.message(Locale.forLanguageTag("sv-FI"))).isEqualTo("är obligatorisk");
            assertThat(violation.message(Locale.GERMAN))
                    .as("unsupported languages get English")
                    .isEqualTo("is required");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aHostsOwnCodeWithoutBundleGivesTheCodeAndArguments() {
        assertThat(Violation.of("acme.budget.exceeded", "budget", 12).message(Locale.ENGLISH))
                .isEqualTo("acme.budget.exceeded [12]");
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = ViolationMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}

package org.learningmentor.examples.cli;

import org.learningmentor.core.common.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code fi}, {@code sv} or {@code en}, as {@link Language#parse} reads them. */
final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        try {
            return Language.parse(value);
        } catch (RuntimeException e) {
            throw new TypeConversionException("'" + value + "' is not a language: use fi, sv or en");
        }
    }
}

package org.learningmentor.core.common;

/**
 * A stable violation code such as {@code organization.unit.cycle}. Codes never change once
 * released: hosts match on them and translate them.
 *
 * <p>The first segment of a code names the package of the model whose resource bundle holds its
 * messages ({@code org/learningmentor/core/organization/messages*.properties} for {@code
 * organization.*}), in English, Finnish and Swedish. Each package lists its codes in an enum that
 * implements this interface.
 */
public interface ViolationCode {

    /**
     * Returns the code.
     *
     * @return the dotted code, never null
     */
    String code();
}

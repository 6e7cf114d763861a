package org.learningmentor.core;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.learningmentor.core.internal.MissingAttributesException;

/**
 * The one Immutables style of the domain model, applied to this package and so to every package
 * beneath it.
 *
 * <ul>
 *   <li>Generated {@code Immutable*} classes are package-private; the hand-written type is the API.
 *   <li>{@code jdkOnly} keeps Guava out; {@code strictBuilder} refuses setting an attribute twice.
 *   <li>A builder missing required attributes throws a {@link
 *       org.learningmentor.core.common.ValidationException} listing every missing one.
 *   <li>No {@code @Generated} annotations: they would refer to Immutables' annotation jar, which is
 *       compile-time only, and every host compiling against core would be warned that it is
 *       missing. JaCoCo leaves the generated classes out by name instead.
 *   <li>{@code @JsonSerialize} is a meta-annotation here only: it makes Immutables generate the
 *       Jackson creator and property annotations (from {@code jackson-annotations}), which both
 *       Jackson 2 and Jackson 3 understand. Nothing generated refers to databind.
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        strictBuilder = true,
        from = "",
        throwForInvalidImmutableState = MissingAttributesException.class,
        allowedClasspathAnnotations = {Override.class})
@JsonSerialize
@interface DomainStyle {}

/**
 * Shared building blocks of the domain model: typed ids and {@link
 * org.learningmentor.core.common.IdGenerator}, {@link org.learningmentor.core.common.LocalizedText}
 * in Finnish, Swedish and English, {@link org.learningmentor.core.common.Change} and the sealed
 * {@link org.learningmentor.core.common.DomainEvent} root, and validation: {@link
 * org.learningmentor.core.common.Violation} and {@link
 * org.learningmentor.core.common.ValidationException}. Every programme phase uses them.
 */
package org.learningmentor.core.common;

/**
 * Runnable examples of the Learning Mentor SDK: the {@code learningmentor} command-line app in
 * {@link org.learningmentor.examples.cli}, and {@link
 * org.learningmentor.examples.SampleOrganizationApp}, which prints a generated agency and writes it
 * as JSON.
 */
package org.learningmentor.examples;

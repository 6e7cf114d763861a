/**
 * Runnable examples of the Learning Mentor SDK. {@link
 * org.learningmentor.examples.SampleOrganizationApp} prints a generated agency and writes it as
 * JSON.
 */
package org.learningmentor.examples;

/**
 * Seeded sample data for tests and examples: {@link
 * org.learningmentor.testkit.sample.SampleData#organization(long, int)} generates a fictional
 * Finnish state agency of 10 to 100 000 people with its unit tree, roles, mentors and goals.
 */
package org.learningmentor.testkit.sample;

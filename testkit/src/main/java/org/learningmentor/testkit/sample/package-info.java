/**
 * Seeded sample data for tests and examples: {@link
 * org.learningmentor.testkit.sample.SampleData#organization(long, int)} generates a fictional
 * Finnish state agency of 10 to 100 000 people (a million with {@link
 * org.learningmentor.testkit.sample.SampleData#largeOrganization(long, int)}) with its unit tree, roles, mentors and goals, and
 * {@link org.learningmentor.testkit.sample.SamplePrograms#inPhase} a learning-mentoring programme
 * of such an agency in any phase, built through the model's commands with its whole history; {@link
 * org.learningmentor.testkit.sample.SamplePlans} its mentoring pairs and mentor plans,, {@link
 * org.learningmentor.testkit.sample.SampleSurveys} its surveys and their anonymous responses, and
 * {@link org.learningmentor.testkit.sample.SampleEvaluations} its evaluations.
 */
package org.learningmentor.testkit.sample;

/**
 * The {@code learningmentor} command-line app: {@code demo} runs a whole learning-mentoring
 * programme of a fictional Finnish state agency through the runtime's use cases on H2 or PostgreSQL
 * and writes its evaluation report; {@code evaluate}, {@code export} and {@code import} work with
 * programme documents. Entry point: {@link org.learningmentor.examples.cli.LearningMentorCli}; run
 * it with {@code ./learningmentor} at the repository's root.
 */
package org.learningmentor.examples.cli;

/**
 * Evaluation (arviointi): the metric catalogue, rule sets that are data, and evaluations of a
 * programme against management's goals.
 */
package org.learningmentor.core.evaluation;

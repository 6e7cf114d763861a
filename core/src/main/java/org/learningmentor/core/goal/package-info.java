/**
 * Programme goals set by management and their indicators (baseline, target, actual values), used
 * from the goal-setting phase to evaluation.
 */
package org.learningmentor.core.goal;

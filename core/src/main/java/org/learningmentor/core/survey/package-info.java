/**
 * Learning-culture surveys (kysely, mittari): instruments, surveys of a programme, anonymous
 * responses and culture profiles that suppress every group below the anonymity threshold.
 */
package org.learningmentor.core.survey;

/**
 * Internal support of the domain model, not API: types here may change in any release. Not
 * exported by the module descriptor.
 */
package org.learningmentor.core.internal;

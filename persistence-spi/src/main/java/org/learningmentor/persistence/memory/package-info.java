/**
 * The in-memory reference implementation of the persistence SPI, for tests, examples and
 * prototypes: {@link org.learningmentor.persistence.memory.InMemoryPersistence#create()} gives a
 * fresh, empty, thread-safe store with every repository, the transaction runner and the outbox. It
 * honours the whole contract, transactions and the outbox included, and passes the contract test
 * kit; nothing survives the JVM.
 */
package org.learningmentor.persistence.memory;

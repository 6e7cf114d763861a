package org.learningmentor.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.PersistenceException;
import org.learningmentor.persistence.TransactionRunner;
import org.learningmentor.persistence.memory.InMemoryPersistence;

/**
 * A real in-memory store whose every write (a save, a response or events appended) is counted, and
 * whose write number {@link #failOnWrite} fails, as a disk or a connection would: the fault
 * injection of the import's atomicity test. Each repository is the in-memory one behind a proxy
 * that counts the calls of its writing methods, so no repository method is written out again.
 */
final class TransferFailingPersistence {

    /** The methods of the SPI's repositories and outbox that write. */
    private static final Set<String> WRITES = Set.of("save", "append");

    final InMemoryPersistence delegate = InMemoryPersistence.create();
    /** Counts the writes that reached the store. */
    final AtomicInteger writes = new AtomicInteger();
    /** The number of the write that fails (1 is the first); 0 for none. */
    volatile int failOnWrite;

    /** The store as the runtime sees it. */
    final Persistence persistence = proxy(Persistence.class, delegate, (proxy, method, args) -> {
        Object part = invoke(method, delegate, args);
        // the transaction runner passes through; each repository and the outbox count their writes
        return method.getReturnType().isInterface() && method.getReturnType() != TransactionRunner.class
                ? proxy(method.getReturnType(), part, countingWrites(part))
                : part;
    });

    private InvocationHandler countingWrites(Object repository) {
        return (proxy, method, args) -> {
            if (WRITES.contains(method.getName())) {
                int number = writes.incrementAndGet();
                if (number == failOnWrite) {
                    throw new PersistenceException(
                            "write " + number + " (" + repository + "." + method.getName() + ") failed",
                            new IllegalStateException("connection reset"));
                }
            }
            return invoke(method, repository, args);
        };
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}

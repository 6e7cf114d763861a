package org.learningmentor.core.evaluation;

/**
 * A set of ids for the checks and metrics over large facts: open addressing in one array, so adding
 * an id allocates nothing (a {@code HashSet} allocates a node per id). Sized for the ids it will
 * hold; not null ids only; not thread-safe.
 */
final class IdSet {

    private final Object[] slots;
    private final int mask;

    /** Creates a set for at most {@code expected} ids, at most half full. */
    IdSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, 2 * expected) - 1) << 1;
        slots = new Object[capacity];
        mask = capacity - 1;
    }

    /** Adds the id; returns false when an equal id was there already. */
    boolean add(Object id) {
        int slot = slotOf(id);
        if (slots[slot] != null) {
            return false;
        }
        slots[slot] = id;
        return true;
    }

    /** Returns whether an equal id was added. */
    boolean contains(Object id) {
        return slots[slotOf(id)] != null;
    }

    /** The slot holding an id equal to this one, or else the empty slot where it would go. */
    private int slotOf(Object id) {
        int slot = spread(id.hashCode()) & mask;
        while (slots[slot] != null && !slots[slot].equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}

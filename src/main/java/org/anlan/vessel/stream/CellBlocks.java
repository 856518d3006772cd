package org.anlan.vessel.stream;

import java.util.Arrays;

/**
 * The collision watch's copy of what a scan reads of each vessel of one kind (fix, velocity, fix time, slot), the
 * vessels of one grid cell side by side in one block of a single {@code long} array. A scan then reads a cell's
 * vessels from one or two cache lines, with no object headers or pointers to follow: on this kind of machine what
 * a fix costs is the count of distinct cache lines it touches outside a hot megabyte, not the arithmetic.
 * A block is a header (size, capacity) and {@code capacity} entries of {@link #STRIDE} longs; capacities are powers
 * of two, a full block moves to one twice as large and freed blocks are reused by capacity. Not thread-safe.
 */
final class CellBlocks {

    static final int STRIDE = 6;
    /** Entry fields: doubles as raw bits, then the fix time (milliseconds, {@link Long#MIN_VALUE}: no motion). */
    static final int LAT = 0;
    static final int LON = 1;
    static final int EAST = 2;
    static final int NORTH = 3;
    static final int TIME = 4;
    static final int SLOT = 5;

    private static final int CLASSES = 31;

    long[] arena = new long[1024];
    private int top;
    /** By capacity class (log2 of the capacity): the first free block, -1 for none; a free block's header links on. */
    private final int[] free = new int[CLASSES];

    CellBlocks() {
        Arrays.fill(free, -1);
    }

    /** A new empty block with room for one entry. */
    int open() {
        return allocate(0);
    }

    /** The number of entries in the block. */
    int size(int block) {
        return (int) arena[block];
    }

    private int capacity(int block) {
        return (int) (arena[block] >>> 32);
    }

    /** Where entry i of the block starts. */
    static int entry(int block, int i) {
        return block + 1 + i * STRIDE;
    }

    /** Whether the block has room for one more entry; when not, {@link #grow} it first. */
    boolean full(int block) {
        return size(block) == capacity(block);
    }

    /** Appends an entry (its fields to be written by the caller) and returns where it starts. */
    int append(int block) {
        int size = size(block);
        arena[block] = (long) capacity(block) << 32 | size + 1;
        return entry(block, size);
    }

    /**
     * Moves the block's entries to a new block twice as large, frees the old one and returns the new one (the
     * arena may be reallocated: read {@link #arena} again).
     */
    int grow(int block) {
        int size = size(block);
        int grown = allocate(Integer.numberOfTrailingZeros(capacity(block)) + 1);
        System.arraycopy(arena, block + 1, arena, grown + 1, size * STRIDE);
        arena[grown] = arena[grown] & ~0xffffffffL | size;
        release(block);
        return grown;
    }

    /**
     * Removes the entry starting at {@code at}: the block's last entry takes its place. Returns the slot of the
     * entry moved there, or -1 when the removed entry was the last one.
     */
    int remove(int block, int at) {
        int size = size(block) - 1;
        arena[block] = (long) capacity(block) << 32 | size;
        int last = entry(block, size);
        if (last == at) {
            return -1;
        }
        System.arraycopy(arena, last, arena, at, STRIDE);
        return (int) arena[at + SLOT];
    }

    /** Frees an empty block for reuse. */
    void release(int block) {
        int capacityClass = Integer.numberOfTrailingZeros(capacity(block));
        arena[block] = (long) capacity(block) << 32 | free[capacityClass] & 0xffffffffL;
        free[capacityClass] = block;
    }

    private int allocate(int capacityClass) {
        if (capacityClass >= CLASSES) {
            throw new IllegalStateException("a grid cell holds more vessels than a block can");
        }
        int capacity = 1 << capacityClass;
        int block = free[capacityClass];
        if (block >= 0) {
            free[capacityClass] = (int) arena[block];
        } else {
            block = top;
            int needed = top + 1 + capacity * STRIDE;
            if (needed > arena.length) {
                arena = Arrays.copyOf(arena, Math.max(needed, arena.length * 2));
            }
            top = needed;
        }
        arena[block] = (long) capacity << 32;
        return block;
    }
}

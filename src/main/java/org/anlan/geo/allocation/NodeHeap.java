package org.anlan.geo.allocation;

/** A binary min-heap of node ids keyed by an external distance array, with decrease-key. */
final class NodeHeap {

    private final int[] heap;
    private final int[] position;
    private long[] key;
    private int size;

    NodeHeap(int nodes) {
        heap = new int[nodes];
        position = new int[nodes];
        java.util.Arrays.fill(position, -1);
    }

    void reset(long[] keys) {
        for (int k = 0; k < size; k++) {
            position[heap[k]] = -1;
        }
        size = 0;
        key = keys;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts the node or moves it up after its key decreased. */
    void push(int node) {
        int at = position[node];
        if (at < 0) {
            at = size++;
            heap[at] = node;
            position[node] = at;
        }
        siftUp(at);
    }

    int pop() {
        int top = heap[0];
        position[top] = -1;
        int last = heap[--size];
        if (size > 0) {
            heap[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int at) {
        int node = heap[at];
        long k = key[node];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            int other = heap[parent];
            if (key[other] <= k) {
                break;
            }
            heap[at] = other;
            position[other] = at;
            at = parent;
        }
        heap[at] = node;
        position[node] = at;
    }

    private void siftDown(int at) {
        int node = heap[at];
        long k = key[node];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) {
                child++;
            }
            int other = heap[child];
            if (key[other] >= k) {
                break;
            }
            heap[at] = other;
            position[other] = at;
            at = child;
        }
        heap[at] = node;
        position[node] = at;
    }
}

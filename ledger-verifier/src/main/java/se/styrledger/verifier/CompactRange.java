package se.styrledger.verifier;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing tree: the roots of the perfect subtrees that cover its leaves, largest first (one per
 * set bit of the size). Appending a leaf merges equal neighbours, so the root of any prefix is known after one pass
 * in memory of O(log n), and the sealer restarts from these few stored nodes without hashing anything again.
 */
public final class CompactRange {

    /** A node that became complete: the root of leaves {@code [index·2^level, (index+1)·2^level)}. */
    public record Node(int level, long index, byte[] hash) {
    }

    private final List<byte[]> hashes = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    private long size;

    public CompactRange() {
    }

    /**
     * Resumes a tree of {@code size} leaves from the roots of its perfect subtrees, largest first, as
     * {@link #coveringNodes(long)} names them.
     */
    public static CompactRange resume(long size, List<byte[]> subtreeRoots) {
        List<Node> cover = coveringNodes(size);
        if (cover.size() != subtreeRoots.size()) {
            throw new IllegalArgumentException("A tree of " + size + " leaves has " + cover.size() + " subtrees");
        }
        CompactRange range = new CompactRange();
        for (int i = 0; i < cover.size(); i++) {
            range.hashes.add(subtreeRoots.get(i));
            range.levels.add(cover.get(i).level());
        }
        range.size = size;
        return range;
    }

    /** The perfect subtrees (level and index, no hash) that cover a tree of {@code size} leaves, largest first. */
    public static List<Node> coveringNodes(long size) {
        List<Node> nodes = new ArrayList<>();
        long start = 0;
        for (int level = 62; level >= 0; level--) {
            long width = 1L << level;
            if ((size & width) != 0) {
                nodes.add(new Node(level, start >> level, null));
                start += width;
            }
        }
        return nodes;
    }

    /** Appends one leaf hash and returns the inner nodes it completed, lowest first. */
    public List<Node> append(byte[] leafHash) {
        List<Node> completed = new ArrayList<>(2);
        hashes.add(leafHash);
        levels.add(0);
        size++;
        while (levels.size() > 1 && levels.get(levels.size() - 1).equals(levels.get(levels.size() - 2))) {
            int last = levels.size() - 1;
            byte[] merged = Hashes.node(hashes.get(last - 1), hashes.get(last));
            int level = levels.get(last) + 1;
            hashes.remove(last);
            levels.remove(last);
            hashes.set(last - 1, merged);
            levels.set(last - 1, level);
            completed.add(new Node(level, (size >> level) - 1, merged));
        }
        return completed;
    }

    public long size() {
        return size;
    }

    /** The tree hash of all leaves so far (RFC 6962 MTH). */
    public byte[] root() {
        if (hashes.isEmpty()) {
            return Hashes.emptyRoot();
        }
        byte[] root = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            root = Hashes.node(hashes.get(i), root);
        }
        return root;
    }
}

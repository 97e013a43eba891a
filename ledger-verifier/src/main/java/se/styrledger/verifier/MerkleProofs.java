package se.styrledger.verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Inclusion and consistency proofs of RFC 6962 §2.1.1–2.1.2, made from stored perfect-subtree roots, and their
 * verification as RFC 9162 §2.1.3.2 and §2.1.4.2 write it. Any tree hash over a range that the proofs need splits
 * into perfect subtrees, so a proof at a million leaves reads some forty stored nodes.
 */
public final class MerkleProofs {

    /** Where proofs find the root of a perfect subtree: level 0 is the leaf hash itself. */
    @FunctionalInterface
    public interface Nodes {
        byte[] node(int level, long index);
    }

    /** The coordinates of a perfect subtree. */
    public record Coordinate(int level, long index) {
    }

    private MerkleProofs() {
    }

    /**
     * Runs {@code proof} twice: once to learn which nodes it reads, then with those nodes fetched in one go, so that a
     * database answers a proof in one query instead of forty.
     */
    public static <T> T batched(Function<Nodes, T> proof, Function<Set<Coordinate>, Map<Coordinate, byte[]>> fetch) {
        Set<Coordinate> wanted = new LinkedHashSet<>();
        byte[] placeholder = new byte[Hashes.SIZE];
        proof.apply((level, index) -> {
            wanted.add(new Coordinate(level, index));
            return placeholder;
        });
        Map<Coordinate, byte[]> found = new HashMap<>(fetch.apply(wanted));
        return proof.apply((level, index) -> {
            byte[] hash = found.get(new Coordinate(level, index));
            if (hash == null) {
                throw new IllegalStateException("The tree has no node at level " + level + ", index " + index);
            }
            return hash;
        });
    }

    /** The tree hash of leaves {@code [start, start + count)}; {@code start} is a multiple of the split below. */
    public static byte[] rangeHash(long start, long count, Nodes nodes) {
        if (count == 0) {
            return Hashes.emptyRoot();
        }
        if (Long.bitCount(count) == 1 && start % count == 0) {
            int level = Long.numberOfTrailingZeros(count);
            return nodes.node(level, start >> level);
        }
        long k = largestPowerOfTwoBelow(count);
        return Hashes.node(rangeHash(start, k, nodes), rangeHash(start + k, count - k, nodes));
    }

    /** The audit path of leaf {@code index} in the tree of the first {@code treeSize} leaves (RFC 6962 PATH). */
    public static List<byte[]> inclusion(long index, long treeSize, Nodes nodes) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + treeSize + " leaves");
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, treeSize, nodes, path);
        return path;
    }

    private static void path(long index, long start, long count, Nodes nodes, List<byte[]> out) {
        if (count <= 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(count);
        if (index < k) {
            path(index, start, k, nodes, out);
            out.add(rangeHash(start + k, count - k, nodes));
        } else {
            path(index - k, start + k, count - k, nodes, out);
            out.add(rangeHash(start, k, nodes));
        }
    }

    /** The proof that the tree of {@code first} leaves is a prefix of the one of {@code second} (RFC 6962 PROOF). */
    public static List<byte[]> consistency(long first, long second, Nodes nodes) {
        if (first < 1 || first > second) {
            throw new IllegalArgumentException("No consistency proof from " + first + " to " + second + " leaves");
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(first, 0, second, true, nodes, proof);
        return proof;
    }

    private static void subproof(long m, long start, long n, boolean whole, Nodes nodes, List<byte[]> out) {
        if (m == n) {
            if (!whole) {
                out.add(rangeHash(start, n, nodes));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, k, whole, nodes, out);
            out.add(rangeHash(start + k, n - k, nodes));
        } else {
            subproof(m - k, start + k, n - k, false, nodes, out);
            out.add(rangeHash(start, k, nodes));
        }
    }

    /** The root an inclusion proof leads to, or null when the proof cannot be one for this index and size. */
    public static byte[] rootFromInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> path) {
        if (index < 0 || index >= treeSize) {
            return null;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return null;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Hashes.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = Hashes.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? r : null;
    }

    public static boolean verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> path,
                                          byte[] root) {
        byte[] computed = rootFromInclusion(index, treeSize, leafHash, path);
        return computed != null && Arrays.equals(computed, root);
    }

    /** Whether {@code proof} shows the tree {@code (first, firstRoot)} a prefix of {@code (second, secondRoot)}. */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
                                            List<byte[]> proof) {
        if (first < 1 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Hashes.node(c, fr);
                sr = Hashes.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = Hashes.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** Every perfect subtree of a list of leaf hashes, for proofs over a tree held in memory. */
    public static Nodes inMemory(List<byte[]> leafHashes) {
        List<List<byte[]>> levels = new ArrayList<>();
        levels.add(leafHashes);
        while (levels.get(levels.size() - 1).size() > 1) {
            List<byte[]> below = levels.get(levels.size() - 1);
            List<byte[]> above = new ArrayList<>(below.size() / 2);
            for (int i = 0; i + 1 < below.size(); i += 2) {
                above.add(Hashes.node(below.get(i), below.get(i + 1)));
            }
            levels.add(above);
        }
        return (level, index) -> levels.get(level).get(Math.toIntExact(index));
    }
}

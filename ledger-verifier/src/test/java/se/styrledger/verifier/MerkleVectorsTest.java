package se.styrledger.verifier;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * the tree hashes and proofs are RFC 6962's. The vectors are the published Certificate Transparency test data:
 * the eight leaves, the roots of trees of 0 to 8 leaves, the inclusion paths and the consistency proofs of
 * certificate-transparency's {@code merkle_tree_test.cc}, as restated in transparency-dev/merkle
 * ({@code testonly/constants.go}: {@code LeafInputs}, {@code RootHashes}) and in the RFC 6962 inclusion and
 * consistency vectors of Android's AFTL verifier tests.
 */
class MerkleVectorsTest {

    private static final HexFormat HEX = HexFormat.of();

    private static final List<byte[]> LEAVES = List.of(bytes(""), bytes("00"), bytes("10"), bytes("2021"),
            bytes("3031"), bytes("40414243"), bytes("5051525354555657"), bytes("606162636465666768696a6b6c6d6e6f"));

    private static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void treeHashesAreThoseOfRfc6962ForEveryTreeOfUpToEightLeavesUnderR33() {
        for (int size = 0; size <= LEAVES.size(); size++) {
            CompactRange range = new CompactRange();
            LEAVES.subList(0, size).forEach(leaf -> range.append(Hashes.leaf(leaf)));
            assertThat(Hashes.hex(range.root())).as("root of %d leaves", size).isEqualTo(ROOTS.get(size));
            if (size > 0) {
                assertThat(Hashes.hex(MerkleProofs.rangeHash(0, size, nodes())))
                        .as("root of %d leaves from stored nodes", size).isEqualTo(ROOTS.get(size));
            }
        }
    }

    @Test
    void inclusionProofsAreThePublishedOnes() {
        assertInclusion(0, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertInclusion(5, 8, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void consistencyProofsAreThePublishedOnes() {
        assertConsistency(1, 1);
        assertConsistency(1, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertConsistency(6, 8, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertConsistency(2, 5, "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    }

    @Test
    void everyProofOfEveryTreeUpToSeventyLeavesVerifiesAndAFlippedBitDoesNot() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            leaves.add(Hashes.leaf(new byte[]{(byte) i, (byte) (i >> 8)}));
        }
        MerkleProofs.Nodes nodes = MerkleProofs.inMemory(leaves);
        List<byte[]> roots = new ArrayList<>();
        CompactRange range = new CompactRange();
        roots.add(range.root());
        for (byte[] leaf : leaves) {
            range.append(leaf);
            roots.add(range.root());
        }
        for (int size = 1; size <= leaves.size(); size++) {
            for (int index = 0; index < size; index++) {
                List<byte[]> path = MerkleProofs.inclusion(index, size, nodes);
                assertThat(MerkleProofs.verifyInclusion(index, size, leaves.get(index), path, roots.get(size)))
                        .as("leaf %d of %d", index, size).isTrue();
                byte[] flipped = leaves.get(index).clone();
                flipped[0] ^= 1;
                assertThat(MerkleProofs.verifyInclusion(index, size, flipped, path, roots.get(size))).isFalse();
            }
            for (int first = 1; first <= size; first++) {
                List<byte[]> proof = MerkleProofs.consistency(first, size, nodes);
                assertThat(MerkleProofs.verifyConsistency(first, size, roots.get(first), roots.get(size), proof))
                        .as("%d to %d", first, size).isTrue();
                if (first < size) {
                    assertThat(MerkleProofs.verifyConsistency(first, size, roots.get(first - 1 == 0 ? size : first - 1),
                            roots.get(size), proof)).as("a wrong first root, %d to %d", first, size).isFalse();
                }
            }
        }
    }

    @Test
    void aStoppedTreeResumesFromItsCoveringNodesWithoutHashingTheLeavesAgain() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            leaves.add(Hashes.leaf(new byte[]{(byte) i}));
        }
        MerkleProofs.Nodes nodes = MerkleProofs.inMemory(leaves);
        CompactRange whole = new CompactRange();
        leaves.forEach(whole::append);
        for (int stop = 0; stop <= 45; stop++) {
            List<byte[]> cover = CompactRange.coveringNodes(stop).stream()
                    .map(node -> nodes.node(node.level(), node.index())).toList();
            CompactRange resumed = CompactRange.resume(stop, cover);
            leaves.subList(stop, 45).forEach(resumed::append);
            assertThat(resumed.root()).as("stopped after %d", stop).isEqualTo(whole.root());
        }
    }

    private static void assertInclusion(long index, long size, String... expected) {
        List<byte[]> path = MerkleProofs.inclusion(index, size, nodes());
        assertThat(path.stream().map(Hashes::hex).toList()).containsExactly(expected);
        assertThat(MerkleProofs.verifyInclusion(index, size, Hashes.leaf(LEAVES.get((int) index)),
                Arrays.stream(expected).map(Hashes::fromHex).toList(), Hashes.fromHex(ROOTS.get((int) size))))
                .isTrue();
    }

    private static void assertConsistency(long first, long second, String... expected) {
        List<byte[]> proof = MerkleProofs.consistency(first, second, nodes());
        assertThat(proof.stream().map(Hashes::hex).toList()).containsExactly(expected);
        assertThat(MerkleProofs.verifyConsistency(first, second, Hashes.fromHex(ROOTS.get((int) first)),
                Hashes.fromHex(ROOTS.get((int) second)), Arrays.stream(expected).map(Hashes::fromHex).toList()))
                .isTrue();
    }

    private static MerkleProofs.Nodes nodes() {
        return MerkleProofs.inMemory(LEAVES.stream().map(Hashes::leaf).toList());
    }

    private static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }
}

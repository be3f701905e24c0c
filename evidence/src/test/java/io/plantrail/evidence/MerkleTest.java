package io.plantrail.evidence;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MerkleTest {

    /** RFC 9162's definition, written out recursively, to check the level-by-level tree against. */
    private static byte[] rfcRoot(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return Links.sha256(new byte[0]);
        }
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return Merkle.node(rfcRoot(leaves.subList(0, k)), rfcRoot(leaves.subList(k, leaves.size())));
    }

    private static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(Merkle.leafHash(Links.sha256(("event " + i).getBytes(StandardCharsets.UTF_8))));
        }
        return leaves;
    }

    @Test
    void theRootIsRfc9162sAndEveryLeafProvesItsInclusion() {
        for (int n = 0; n <= 40; n++) {
            List<byte[]> leaves = leaves(n);
            Merkle.Tree tree = new Merkle.Tree(leaves);
            assertThat(tree.root()).as("root of %d", n).isEqualTo(rfcRoot(leaves));
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = tree.proof(m);
                assertThat(Merkle.verifyInclusion(m, n, leaves.get(m), proof, tree.root()))
                        .as("leaf %d of %d", m, n).isTrue();
                assertThat(proof.size()).isLessThanOrEqualTo(7);
            }
        }
    }

    @Test
    void theFrontierGivesTheRootOfEveryPrefix() {
        List<byte[]> leaves = leaves(70);
        Merkle.Frontier frontier = new Merkle.Frontier();
        assertThat(frontier.root()).isEqualTo(rfcRoot(List.of()));
        for (int n = 1; n <= leaves.size(); n++) {
            frontier.add(leaves.get(n - 1));
            assertThat(frontier.root()).as("prefix %d", n).isEqualTo(rfcRoot(leaves.subList(0, n)));
        }
    }

    @Test
    void aProofFailsForAnotherLeafAnotherIndexOrAnotherTree() {
        List<byte[]> leaves = leaves(13);
        Merkle.Tree tree = new Merkle.Tree(leaves);
        List<byte[]> proof = tree.proof(5);
        assertThat(Merkle.verifyInclusion(5, 13, leaves.get(6), proof, tree.root())).isFalse();
        assertThat(Merkle.verifyInclusion(4, 13, leaves.get(5), proof, tree.root())).isFalse();
        byte[] otherRoot = new Merkle.Tree(leaves(14)).root();
        assertThat(Merkle.verifyInclusion(5, 13, leaves.get(5), proof, otherRoot)).isFalse();
        assertThat(Arrays.equals(otherRoot, tree.root())).isFalse();
    }
}

package io.plantrail.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree a checkpoint signs, as RFC 9162 (Certificate Transparency 2.0) defines it: the leaves are the
 * links of every linked event up to the checkpoint's position, in position order; a leaf hash is
 * SHA-256(0x00 || link), an inner node SHA-256(0x01 || left || right), and a tree of n leaves splits at the largest
 * power of two below n. An inclusion proof shows that one link is a leaf of a signed tree with about log2(n) hashes,
 * so a bundle for one action stays small however big the store grows.
 */
public final class Merkle {

    private Merkle() {
    }

    public static byte[] leafHash(byte[] link) {
        byte[] input = new byte[link.length + 1];
        System.arraycopy(link, 0, input, 1, link.length);
        return Links.sha256(input);
    }

    static byte[] node(byte[] left, byte[] right) {
        byte[] input = new byte[1 + left.length + right.length];
        input[0] = 1;
        System.arraycopy(left, 0, input, 1, left.length);
        System.arraycopy(right, 0, input, 1 + left.length, right.length);
        return Links.sha256(input);
    }

    /** The tree over some leaf hashes, level by level; a last odd node moves up unchanged, as RFC 9162's split does. */
    public static final class Tree {
        private final List<byte[][]> levels = new ArrayList<>();

        public Tree(List<byte[]> leafHashes) {
            byte[][] level = leafHashes.toArray(new byte[0][]);
            levels.add(level);
            while (level.length > 1) {
                byte[][] up = new byte[(level.length + 1) / 2][];
                for (int i = 0; i < up.length; i++) {
                    up[i] = 2 * i + 1 < level.length ? node(level[2 * i], level[2 * i + 1]) : level[2 * i];
                }
                levels.add(up);
                level = up;
            }
        }

        public int size() {
            return levels.get(0).length;
        }

        /** The root; SHA-256 of nothing for an empty tree. */
        public byte[] root() {
            return size() == 0 ? Links.sha256(new byte[0]) : levels.get(levels.size() - 1)[0];
        }

        /** The inclusion proof (audit path) of leaf {@code index}, lowest sibling first. */
        public List<byte[]> proof(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException("No leaf " + index + " in a tree of " + size());
            }
            List<byte[]> path = new ArrayList<>();
            int i = index;
            for (int l = 0; l < levels.size() - 1; l++) {
                byte[][] level = levels.get(l);
                int sibling = i ^ 1;
                if (sibling < level.length) {
                    path.add(level[sibling]);
                }
                i >>= 1;
            }
            return path;
        }
    }

    /** Whether {@code path} proves that {@code leafHash} is leaf {@code index} of the tree of {@code size} with {@code root} (RFC 9162, 2.1.3.2). */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /**
     * The roots of a growing tree, leaf by leaf, in O(log n) memory: what lets every checkpoint of a store be checked
     * in one pass over its links. It keeps the roots of the perfect subtrees the leaves so far make up.
     */
    public static final class Frontier {
        private final List<byte[]> roots = new ArrayList<>();
        private final List<Integer> heights = new ArrayList<>();
        private long size;

        public void add(byte[] leafHash) {
            byte[] hash = leafHash;
            int height = 0;
            while (!heights.isEmpty() && heights.get(heights.size() - 1) == height) {
                hash = node(roots.remove(roots.size() - 1), hash);
                heights.remove(heights.size() - 1);
                height++;
            }
            roots.add(hash);
            heights.add(height);
            size++;
        }

        public long size() {
            return size;
        }

        /** The root of the tree of the leaves added so far. */
        public byte[] root() {
            if (roots.isEmpty()) {
                return Links.sha256(new byte[0]);
            }
            byte[] root = roots.get(roots.size() - 1);
            for (int i = roots.size() - 2; i >= 0; i--) {
                root = node(roots.get(i), root);
            }
            return root;
        }
    }
}

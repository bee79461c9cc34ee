package com.lifeline.crypto;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A puncturable key tree (Goldreich–Goldwasser–Micali): one 256-bit key per customer id below
 * 2^{@value #DEPTH}, each derived from the tree's nodes by HMAC-SHA256 along the id's bits. Destroying
 * (puncturing) one id replaces the node covering it by the siblings along its path: every other id's key
 * stays the same, this one can never be derived again, from this tree or any later one. About
 * {@value #DEPTH} nodes are added per destroyed id. Not thread-safe: {@link ErasureKeys} guards it.
 */
final class ErasureKeyTree {

    static final int DEPTH = 40;
    static final long MAX_ID = (1L << DEPTH) - 1;
    private static final String HEADER = "lifeline erasure key tree v1";

    /** node key: depth and the prefix (the top {@code depth} bits of the ids it covers) */
    private final Map<Long, byte[]> nodes;

    private ErasureKeyTree(Map<Long, byte[]> nodes) {
        this.nodes = nodes;
    }

    static ErasureKeyTree generate() {
        byte[] root = new byte[32];
        new SecureRandom().nextBytes(root);
        Map<Long, byte[]> nodes = new HashMap<>();
        nodes.put(node(0, 0), root);
        return new ErasureKeyTree(nodes);
    }

    static ErasureKeyTree parse(String text) {
        String[] lines = text.strip().split("\n");
        if (lines.length == 0 || !lines[0].strip().equals(HEADER)) {
            throw new CryptoException("not an erasure key file", null);
        }
        Map<Long, byte[]> nodes = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] parts = lines[i].strip().split(" ");
            nodes.put(node(Integer.parseInt(parts[0]), Long.parseLong(parts[1])), Base64.getDecoder().decode(parts[2]));
        }
        return new ErasureKeyTree(nodes);
    }

    String format() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        new TreeMap<>(nodes).forEach((node, key) -> text.append(node >>> 56).append(' ').append(node & MASK).append(' ')
                .append(Base64.getEncoder().encodeToString(key)).append('\n'));
        return text.toString();
    }

    /** The id's key, or empty once destroyed. */
    Optional<byte[]> keyOf(long id) {
        check(id);
        for (int depth = 0; depth <= DEPTH; depth++) {
            byte[] key = nodes.get(node(depth, id >>> (DEPTH - depth)));
            if (key != null) {
                for (int d = depth; d < DEPTH; d++) {
                    key = child(key, bit(id, d));
                }
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** @return false if the id was destroyed already */
    boolean destroy(long id) {
        check(id);
        for (int depth = 0; depth <= DEPTH; depth++) {
            long prefix = id >>> (DEPTH - depth);
            byte[] key = nodes.remove(node(depth, prefix));
            if (key != null) {
                for (int d = depth; d < DEPTH; d++) {
                    int bit = bit(id, d);
                    nodes.put(node(d + 1, (prefix << 1) | (1 - bit)), child(key, 1 - bit));
                    key = child(key, bit);
                    prefix = (prefix << 1) | bit;
                }
                return true;
            }
        }
        return false;
    }

    int size() {
        return nodes.size();
    }

    private static final long MASK = (1L << 56) - 1;

    private static long node(int depth, long prefix) {
        return ((long) depth << 56) | prefix;
    }

    private static int bit(long id, int depth) {
        return (int) ((id >>> (DEPTH - depth - 1)) & 1);
    }

    private static byte[] child(byte[] parent, int bit) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(parent, "HmacSHA256"));
            return mac.doFinal(new byte[]{(byte) bit});
        } catch (GeneralSecurityException e) {
            throw new CryptoException("could not derive an erasure key", e);
        }
    }

    private static void check(long id) {
        if (id < 0 || id > MAX_ID) {
            throw new IllegalArgumentException("customer id " + id + " is outside the erasure key tree");
        }
    }
}

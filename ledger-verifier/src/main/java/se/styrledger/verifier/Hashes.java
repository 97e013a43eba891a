package se.styrledger.verifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashing of RFC 6962 §2.1 (the Certificate Transparency tree, kept in RFC 9162): SHA-256, a leaf hashed behind
 * the byte 0x00 and an inner node behind 0x01, so that no leaf can pass for a node and no node for a leaf.
 */
public final class Hashes {

    public static final int SIZE = 32;
    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;
    private static final HexFormat HEX = HexFormat.of();

    private Hashes() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    public static byte[] sha256(byte[] data) {
        return sha256().digest(data);
    }

    public static byte[] leaf(byte[] entry) {
        MessageDigest digest = sha256();
        digest.update(LEAF);
        return digest.digest(entry);
    }

    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update(NODE);
        digest.update(left);
        return digest.digest(right);
    }

    /** The root of the tree with no leaves: the hash of nothing (RFC 6962 §2.1). */
    public static byte[] emptyRoot() {
        return sha256(new byte[0]);
    }

    public static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    public static byte[] fromHex(String hex) {
        byte[] bytes = HEX.parseHex(hex);
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("A hash is 32 bytes (64 hexadecimal digits), not " + bytes.length);
        }
        return bytes;
    }
}

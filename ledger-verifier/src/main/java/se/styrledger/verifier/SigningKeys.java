package se.styrledger.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys as files: the private key in PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), the public key in
 * X.509 PEM ({@code -----BEGIN PUBLIC KEY-----}), the forms {@code openssl genpkey -algorithm ed25519} and
 * {@code openssl pkey -pubout} write. Only the JDK's own Ed25519 is used.
 */
public final class SigningKeys {

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private SigningKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no Ed25519 (needs Java 15 or later)", e);
        }
    }

    public static PrivateKey readPrivate(Path pem) throws IOException {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der(pem, PRIVATE)));
        } catch (GeneralSecurityException e) {
            throw new IOException(pem + " holds no Ed25519 private key in PKCS#8", e);
        }
    }

    public static PublicKey readPublic(Path pem) throws IOException {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der(pem, PUBLIC)));
        } catch (GeneralSecurityException e) {
            throw new IOException(pem + " holds no Ed25519 public key", e);
        }
    }

    public static void writePrivate(PrivateKey key, Path pem) throws IOException {
        Files.writeString(pem, pem(PRIVATE, key.getEncoded()));
    }

    public static void writePublic(PublicKey key, Path pem) throws IOException {
        Files.writeString(pem, pem(PUBLIC, key.getEncoded()));
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PublicKey decode(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        }
    }

    public static String keyId(PublicKey key) {
        return Hashes.hex(Hashes.sha256(key.getEncoded())).substring(0, 16);
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + kind + "-----\n";
    }

    private static byte[] der(Path pem, String kind) throws IOException {
        String text = Files.readString(pem);
        int begin = text.indexOf("-----BEGIN " + kind + "-----");
        int end = text.indexOf("-----END " + kind + "-----");
        if (begin < 0 || end < begin) {
            throw new IOException(pem + " is not a PEM file with a " + kind);
        }
        String body = text.substring(begin + kind.length() + 16, end).replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}

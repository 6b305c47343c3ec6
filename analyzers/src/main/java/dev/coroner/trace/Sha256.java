package dev.coroner.trace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one hash coroner uses: for the inputs as stored (chain of custody), for message
 * contents, for finding fingerprints and for the HTML report's stylesheet. Texts are hashed as
 * UTF-8; digests are written as lower-case hex.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** A digest to feed while a stream is read; {@link #hex(MessageDigest)} finishes it. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** The 32 bytes of the digest of a text. */
    public static byte[] of(String text) {
        return newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of a text as 64 hex digits. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(of(text));
    }

    /** Finishes a digest that was fed as a stream and returns it as 64 hex digits. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}

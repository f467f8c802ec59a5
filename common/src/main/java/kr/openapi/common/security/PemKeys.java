package kr.openapi.common.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RSA keys from PEM files named as {@code file:} URIs or plain paths (how Kubernetes Secrets are mounted),
 * saying which location failed when one does. Private keys may be PKCS#8 ({@code BEGIN PRIVATE KEY}, what openssl
 * writes) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, what Helm's {@code genPrivateKey} writes); a public key may be
 * given as such ({@code BEGIN PUBLIC KEY}) or as an X.509 certificate that carries it (Helm can make a certificate
 * from a key, not a bare public key). A file of public keys may hold several (see {@link #publicKeys}).
 */
public final class PemKeys {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]*)-----END \\1-----");

    /** DER of the AlgorithmIdentifier rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
            (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    private PemKeys() {
    }

    public static PrivateKey privateKey(String location) {
        Pem pem = read(location).get(0);
        byte[] pkcs8 = switch (pem.type()) {
            case "PRIVATE KEY" -> pem.der();
            case "RSA PRIVATE KEY" -> pkcs8Of(pem.der());
            default -> throw new IllegalStateException("not a private key (" + pem.type() + "): " + location);
        };
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA private key: " + location, e);
        }
    }

    /** The first public key (or certificate) of the file. */
    public static PublicKey publicKey(String location) {
        return publicKey(read(location).get(0), location);
    }

    /**
     * Every public key and certificate of the file, in its order: during a key rotation the file holds the new
     * public key and the one being retired, and a token signed with either is accepted (README, "Rotating the JWT keys").
     */
    public static List<PublicKey> publicKeys(String location) {
        return read(location).stream().map(pem -> publicKey(pem, location)).toList();
    }

    /** Every public key and certificate of PEM text already read (Quarkus reads the verification file at start). */
    public static List<PublicKey> publicKeysOfText(String pemText, String source) {
        return parse(pemText, source).stream().map(pem -> publicKey(pem, source)).toList();
    }

    private static PublicKey publicKey(Pem pem, String location) {
        try {
            return switch (pem.type()) {
                case "PUBLIC KEY" -> KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pem.der()));
                case "CERTIFICATE" -> CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(pem.der())).getPublicKey();
                default -> throw new IllegalStateException("not a public key or certificate (" + pem.type() + "): " + location);
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA public key: " + location, e);
        }
    }

    private record Pem(String type, byte[] der) {
    }

    private static List<Pem> read(String location) {
        Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key at " + location, e);
        }
        return parse(text, location);
    }

    private static List<Pem> parse(String text, String location) {
        List<Pem> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            blocks.add(new Pem(block.group(1), Base64.getMimeDecoder().decode(block.group(2).strip())));
        }
        if (blocks.isEmpty()) {
            throw new IllegalStateException("no PEM block in " + location);
        }
        return blocks;
    }

    /** PKCS#8 PrivateKeyInfo around a PKCS#1 RSAPrivateKey: version 0, rsaEncryption, the key as an octet string. */
    private static byte[] pkcs8Of(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {0x02, 0x01, 0x00});
        body.writeBytes(RSA_ALGORITHM);
        body.write(0x04);
        body.writeBytes(derLength(pkcs1.length));
        body.writeBytes(pkcs1);
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.write(0x30);
        info.writeBytes(derLength(body.size()));
        info.writeBytes(body.toByteArray());
        return info.toByteArray();
    }

    private static byte[] derLength(int length) {
        if (length < 0x80) {
            return new byte[] {(byte) length};
        }
        int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
        byte[] encoded = new byte[bytes + 1];
        encoded[0] = (byte) (0x80 | bytes);
        for (int i = 0; i < bytes; i++) {
            encoded[bytes - i] = (byte) (length >>> (8 * i));
        }
        return encoded;
    }
}

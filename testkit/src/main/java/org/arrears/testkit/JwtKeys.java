package org.arrears.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * An RSA 2048 key pair for signing JWTs: the private key as PKCS#8 PEM ({@value #PRIVATE_KEY_FILE}), the public
 * key as X.509 PEM ({@value #PUBLIC_KEY_FILE}), the forms smallrye-jwt reads.
 */
public final class JwtKeys {

    public static final String PRIVATE_KEY_FILE = "privateKey.pem";
    public static final String PUBLIC_KEY_FILE = "publicKey.pem";

    private static final String LOCK_FILE = ".jwt-keys.lock";

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;

    private JwtKeys(PrivateKey privateKey, RSAPublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A new key pair, in memory only. */
    public static JwtKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new JwtKeys(pair.getPrivate(), (RSAPublicKey) pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    /** Parses the two PEM texts and checks that they belong together. */
    public static JwtKeys fromPem(String privateKeyPem, String publicKeyPem) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Pem.decode(privateKeyPem, "PRIVATE KEY")));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(Pem.decode(publicKeyPem, "PUBLIC KEY")));
            if (privateKey instanceof RSAPrivateCrtKey crt && !crt.getModulus().equals(publicKey.getModulus())) {
                throw new IllegalArgumentException("the public key does not belong to the private key");
            }
            return new JwtKeys(privateKey, publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA key pair in PEM form", e);
        }
    }

    /**
     * The key pair stored in {@code dir}, created there first if missing. Safe when several processes of the
     * local stack start at once: they take a file lock, so all of them end up with the same pair.
     */
    public static JwtKeys loadOrCreate(Path dir) {
        synchronized (JwtKeys.class) { // a JVM cannot hold the same file lock twice
            try {
                Files.createDirectories(dir);
                try (FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                    Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
                    Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
                    if (Files.exists(privateFile) && Files.exists(publicFile)) {
                        return fromPem(Files.readString(privateFile), Files.readString(publicFile));
                    }
                    JwtKeys keys = generate();
                    keys.writeTo(dir);
                    return keys;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load or create JWT keys in " + dir, e);
            }
        }
    }

    /** Writes both PEM files; the private one readable by its owner only. */
    public void writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
            Files.deleteIfExists(privateFile);
            Files.createFile(privateFile,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(privateFile, privateKeyPem());
            Files.writeString(dir.resolve(PUBLIC_KEY_FILE), publicKeyPem());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JWT keys to " + dir, e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** X.509 SubjectPublicKeyInfo PEM: the value of {@code mp.jwt.verify.publickey}. */
    public String publicKeyPem() {
        return Pem.encode("PUBLIC KEY", publicKey.getEncoded());
    }

    /** PKCS#8 PEM. */
    public String privateKeyPem() {
        return Pem.encode("PRIVATE KEY", privateKey.getEncoded());
    }
}

package com.intelliclaim.app.settings;

import com.intelliclaim.app.common.AtomicFiles;
import com.intelliclaim.app.common.PropertiesFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets encrypted with AES-256-GCM in {@code secrets.properties}; the key is derived (HMAC-SHA256) from 32 random
 * bytes made once per installation and kept in a separate file, {@code secrets.key}, that only the user's account may
 * read. The secret's name is bound in as associated data, so entries cannot be swapped. This protects the key from a
 * glance, a backup of the settings file or a screen share; it is not an OS keychain: anyone who can read both files
 * as this user can decrypt them.
 */
public final class EncryptedFileSecretStore implements SecretStore {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] KEY_PURPOSE = "IntelliClaim secret store v1".getBytes(StandardCharsets.UTF_8);

    private final PropertiesFile secrets;
    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();

    public EncryptedFileSecretStore(Path folder) {
        this.secrets = new PropertiesFile(folder.resolve("secrets.properties"));
        this.keyFile = folder.resolve("secrets.key");
    }

    @Override
    public Optional<String> load(String name) {
        String sealed = entries().get(name);
        if (sealed == null) {
            return Optional.empty();
        }
        if (!Files.exists(keyFile)) {
            throw new SecretStoreException("The saved " + name + " cannot be decrypted because its key file " + keyFile
                    + " is missing. Enter it again and save.", null);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
            byte[] nonce = new byte[NONCE_BYTES];
            in.get(nonce);
            byte[] ciphertext = new byte[in.remaining()];
            in.get(ciphertext);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, name);
            return Optional.of(new String(cipher.doFinal(ciphertext), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw new SecretStoreException("The saved " + name + " cannot be decrypted (the file " + secrets.path()
                    + " or its key file was changed or copied from elsewhere). Enter it again and save.", e);
        }
    }

    @Override
    public void save(String name, String secret) {
        Map<String, String> all = new HashMap<>(entries());
        if (secret == null || secret.isBlank()) {
            if (all.remove(name) == null) {
                return;
            }
        } else {
            try {
                byte[] nonce = new byte[NONCE_BYTES];
                random.nextBytes(nonce);
                byte[] ciphertext = cipher(Cipher.ENCRYPT_MODE, nonce, name)
                        .doFinal(secret.getBytes(StandardCharsets.UTF_8));
                all.put(name, Base64.getEncoder().encodeToString(
                        ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array()));
            } catch (GeneralSecurityException e) {
                throw new SecretStoreException("The " + name + " could not be encrypted.", e);
            }
        }
        try {
            secrets.save(all, "IntelliClaim secrets, encrypted (AES-256-GCM); the key is in secrets.key");
        } catch (IOException e) {
            throw new SecretStoreException("The " + name + " could not be saved in " + secrets.path() + ".", e);
        }
    }

    @Override
    public String protection() {
        return "Saved encrypted (AES-256-GCM) in " + secrets.path() + ", with its key in " + keyFile
                + (OwnerOnlyFiles.supported(keyFile) ? ", which only your user account can read" : "")
                + ". This is not an OS keychain: anyone who can read both files as you can recover the key.";
    }

    private Map<String, String> entries() {
        try {
            return secrets.load();
        } catch (IOException e) {
            throw new SecretStoreException("The secrets file " + secrets.path() + " cannot be read.", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String name) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derivedKey(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private byte[] derivedKey() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(installationSecret(), "HmacSHA256"));
        return mac.doFinal(KEY_PURPOSE);
    }

    /** The per-installation secret, made on first use in a file only the owner may read. */
    private byte[] installationSecret() {
        try {
            if (Files.exists(keyFile)) {
                byte[] secret = Files.readAllBytes(keyFile);
                if (secret.length < 32) {
                    throw new SecretStoreException("The key file " + keyFile + " is damaged (too short). Delete it "
                            + "and enter your API key again.", null);
                }
                return secret;
            }
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            AtomicFiles.write(keyFile, secret);
            OwnerOnlyFiles.restrict(keyFile);
            return secret;
        } catch (IOException e) {
            throw new SecretStoreException("The key file " + keyFile + " cannot be read or created.", e);
        }
    }
}

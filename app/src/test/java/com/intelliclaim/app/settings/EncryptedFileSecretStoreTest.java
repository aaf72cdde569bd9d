package com.intelliclaim.app.settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncryptedFileSecretStoreTest {
    private static final String KEY = "sk-test-4f9a2b7c1d8e6f3a0b5c";
    @TempDir
    Path config;

    @Test
    void aSecretRoundTripsThroughANewStoreAndIsNotOnDiskInPlainText() throws Exception {
        new EncryptedFileSecretStore(config).save("llm.apiKey", KEY);

        assertThat(new EncryptedFileSecretStore(config).load("llm.apiKey")).contains(KEY);
        for (Path file : new Path[] {config.resolve("secrets.properties"), config.resolve("secrets.key")}) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain(KEY).doesNotContain("4f9a2b7c")
                    .doesNotContain(Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws Exception {
        new EncryptedFileSecretStore(config).save("llm.apiKey", KEY);
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(config.resolve("secrets.key"));
        assertThat(permissions).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void savingTheSameKeyTwiceGivesDifferentCiphertext() throws Exception {
        EncryptedFileSecretStore store = new EncryptedFileSecretStore(config);
        store.save("llm.apiKey", KEY);
        String first = Files.readString(config.resolve("secrets.properties"));
        store.save("llm.apiKey", KEY);
        assertThat(Files.readString(config.resolve("secrets.properties"))).isNotEqualTo(first);
    }

    @Test
    void aBlankSecretDeletesItAndAMissingOneIsEmpty() {
        EncryptedFileSecretStore store = new EncryptedFileSecretStore(config);
        assertThat(store.load("llm.apiKey")).isEmpty();
        store.save("llm.apiKey", KEY);
        store.save("llm.apiKey", " ");
        assertThat(store.load("llm.apiKey")).isEmpty();
    }

    @Test
    void anotherInstallationsKeyFileCannotDecryptAndSaysWhatToDo() throws Exception {
        new EncryptedFileSecretStore(config).save("llm.apiKey", KEY);
        Files.write(config.resolve("secrets.key"), new byte[32]); // replaced by another installation's secret

        assertThatThrownBy(() -> new EncryptedFileSecretStore(config).load("llm.apiKey"))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("cannot be decrypted").hasMessageContaining("Enter it again");
    }

    @Test
    void anEntryMovedToAnotherNameDoesNotDecrypt() throws Exception {
        new EncryptedFileSecretStore(config).save("llm.apiKey", KEY);
        Path file = config.resolve("secrets.properties");
        Files.writeString(file, Files.readString(file).replace("llm.apiKey", "sync.secret"));
        assertThatThrownBy(() -> new EncryptedFileSecretStore(config).load("sync.secret"))
                .isInstanceOf(SecretStoreException.class);
    }

    @Test
    void theProtectionIsDescribedHonestly() {
        String protection = new EncryptedFileSecretStore(config).protection();
        assertThat(protection).contains("encrypted", config.resolve("secrets.properties").toString(),
                "secrets.key", "not an OS keychain");
    }
}

package com.intelliclaim.engine.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;

/**
 * A self-signed server certificate for 127.0.0.1 (its own root), made by the JDK's keytool, written as PEM files a
 * PostgreSQL server and the JDBC driver read.
 */
record TestCertificates(Path certificate, Path key) {
    private static final char[] PASSWORD = "changeit".toCharArray();

    static TestCertificates make(Path folder, String name) throws Exception {
        Path store = folder.resolve(name + ".p12");
        Path certificate = folder.resolve(name + ".crt");
        keytool("-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", new String(PASSWORD));
        keytool("-exportcert", "-rfc", "-alias", name, "-keystore", store.toString(), "-storepass",
                new String(PASSWORD), "-file", certificate.toString());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        PrivateKey key = (PrivateKey) keys.getKey(name, PASSWORD);
        Path keyFile = folder.resolve(name + ".key");
        Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        return new TestCertificates(certificate, keyFile);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }
}

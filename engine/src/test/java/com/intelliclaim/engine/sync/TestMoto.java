package com.intelliclaim.engine.sync;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * moto's server (Python {@code moto[server]}, which implements the AWS Secrets Manager API) on 127.0.0.1, as a child
 * process for one test class. It is found on the PATH or in root's pyenv; tests skip when it is not installed.
 */
final class TestMoto implements AutoCloseable {
    private final Process process;
    private final int port;

    private TestMoto(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Optional<Path> executable() {
        List<String> places = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        places.add(System.getProperty("user.home") + "/.pyenv/shims");
        places.add("/root/.pyenv/shims");
        return places.stream().filter(p -> !p.isBlank()).map(p -> Path.of(p, "moto_server"))
                .filter(Files::isExecutable).findFirst();
    }

    static TestMoto start(Path executable, Path log) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(executable.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return new TestMoto(process, port);
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IOException("moto_server ended at start: " + Files.readString(log));
                }
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IOException("moto_server did not listen on port " + port + " within 60 s");
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** A client of this server, for the test's own set-up (creating and rotating secrets). */
    SecretsManagerClient client() {
        return SecretsManagerClient.builder().endpointOverride(endpoint()).region(Region.of(TestS3.REGION))
                .credentialsProvider(TestS3.credentials()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

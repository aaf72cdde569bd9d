package com.intelliclaim.app.sync;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * AWS Secrets Manager for a test: moto's server (Python {@code moto[server]}) on 127.0.0.1 as a child process, and
 * the SDK pointed at it ({@code aws.endpointUrlSecretsManager}) while it runs. Found on the PATH or in root's pyenv,
 * as the engine's tests find it; tests skip where it is not installed. AWS credentials come from {@link TeamServers}.
 */
public final class MotoSecrets implements AutoCloseable {
    private static final String ENDPOINT_PROPERTY = "aws.endpointUrlSecretsManager";
    private final Process process;
    private final URI endpoint;

    private MotoSecrets(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static Optional<Path> executable() {
        Stream<String> path = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
        return Stream.concat(path, Stream.of(System.getProperty("user.home") + "/.pyenv/shims", "/root/.pyenv/shims"))
                .filter(folder -> !folder.isBlank()).map(folder -> Path.of(folder, "moto_server"))
                .filter(Files::isExecutable).findFirst();
    }

    /** Starts the server and waits (up to a minute) until it answers HTTP. */
    public static MotoSecrets start(Path executable) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        Process process = new ProcessBuilder(executable.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                http.send(HttpRequest.newBuilder(endpoint).build(), HttpResponse.BodyHandlers.discarding());
                System.setProperty(ENDPOINT_PROPERTY, endpoint.toString());
                return new MotoSecrets(process, endpoint);
            } catch (IOException starting) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IOException("moto_server did not answer on " + endpoint + " within a minute (exit code "
                + (process.isAlive() ? "none" : process.exitValue()) + ")");
    }

    /** Stores {@code json} as the secret {@code name}. */
    public void put(String name, String json) {
        try (SecretsManagerClient admin = SecretsManagerClient.builder().endpointOverride(endpoint)
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create()).build()) {
            admin.createSecret(b -> b.name(name).secretString(json));
        }
    }

    @Override
    public void close() throws InterruptedException {
        System.clearProperty(ENDPOINT_PROPERTY);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

package com.intelliclaim.engine.sync;

import java.net.URI;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A real S3 API server in this JVM (s3proxy over an in-memory blob store) on 127.0.0.1, with signature checking on.
 * It can be stopped and started again on the same port with the same objects, to play a server that goes away.
 */
final class TestS3 implements AutoCloseable {
    static final String ACCESS_KEY = "analyst-access-key";
    static final String SECRET_KEY = "analyst-secret-key";
    static final String REGION = "us-east-1";

    private final BlobStoreContext context;
    private S3Proxy proxy;
    private int port;

    private TestS3(BlobStoreContext context) {
        this.context = context;
    }

    static TestS3 start() throws Exception {
        return start("transient", new Properties());
    }

    /** A server that keeps its objects as files under {@code folder} (for objects too large to hold in memory). */
    static TestS3 startOnDisk(java.nio.file.Path folder) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", folder.toString());
        return start("filesystem", properties);
    }

    private static TestS3 start(String provider, Properties properties) throws Exception {
        BlobStoreContext context = ContextBuilder.newBuilder(provider).credentials("identity", "credential")
                .overrides(properties).build(BlobStoreContext.class);
        TestS3 s3 = new TestS3(context);
        s3.startOn(0);
        return s3;
    }

    private void startOn(int wanted) throws Exception {
        proxy = S3Proxy.builder().blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + wanted))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                // s3proxy does not implement server-side encryption; it accepts (and ignores) the header this way.
                .ignoreUnknownHeaders(true)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        port = proxy.getPort();
    }

    void stop() throws Exception {
        proxy.stop();
    }

    /** Starts again on the same port, with the objects it had. */
    void restart() throws Exception {
        startOn(port);
    }

    BlobStore blobs() {
        return context.getBlobStore();
    }

    void createBucket(String name) {
        context.getBlobStore().createContainerInLocation(null, name);
    }

    /** Removes the bucket and every object in it. */
    void deleteBucket(String name) {
        context.getBlobStore().deleteContainer(name);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    S3Settings settings(String bucket) {
        return S3Settings.of(bucket, endpoint(), true, REGION, null);
    }

    /** Settings of a bucket on a server that is not started (for tests of the database side only). */
    static S3Settings settingsFor(String bucket) {
        return S3Settings.of(bucket, URI.create("http://127.0.0.1:9"), true, REGION, null);
    }

    static AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    @Override
    public void close() throws Exception {
        try {
            proxy.stop();
        } finally {
            context.close();
        }
    }
}

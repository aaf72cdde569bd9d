package com.intelliclaim.engine.sync;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Checks a sync configuration end to end and says plainly what is wrong: AWS credentials resolvable, bucket reachable,
 * bucket writable (a probe object under {@code documents/sha256/}), default encryption on, database reachable (with
 * the URL's TLS settings), signed in, schema migrated (nothing is migrated here), pgvector (information). Every check
 * runs even when an earlier one failed. It changes nothing but the probe object it writes and deletes.
 */
public final class SyncDoctor {
    private static final Logger LOG = LoggerFactory.getLogger(SyncDoctor.class);

    private final SyncSettings settings;

    public SyncDoctor(SyncSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("sync doctor needs the sync settings");
        }
        this.settings = settings;
    }

    /** Runs every check, in order; never throws for a fault of the configuration (that is what the report says). */
    public DoctorReport run() {
        List<DoctorCheck> checks = new ArrayList<>();
        checks.add(credentials());
        try (S3Client client = S3Clients.open(settings.s3(), settings.credentials())) {
            checks.addAll(new BucketChecks(client, settings.s3()).run());
        }
        checks.addAll(new DatabaseChecks(settings.database(), DatabaseSignIn.dataSource(settings)).run());
        return new DoctorReport(checks);
    }

    private DoctorCheck credentials() {
        String name = "AWS credentials";
        try {
            AwsCredentials found = settings.credentials().resolveCredentials();
            String key = found.accessKeyId();
            return DoctorCheck.pass(name, "Found (access key ending " + key.substring(Math.max(0, key.length() - 4))
                    + ").");
        } catch (RuntimeException e) {
            LOG.info("sync doctor: no AWS credentials", e);
            return DoctorCheck.fail(name, "No AWS credentials were found: run `aws sso login` (or `aws configure`),"
                    + " set AWS_PROFILE, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.");
        }
    }
}

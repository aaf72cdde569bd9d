package com.intelliclaim.engine.sync;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns what the S3 client throws into a {@link SyncException} with a plain message; the cause is kept for the log. */
final class S3Errors {
    private S3Errors() {
    }

    static boolean isMissingBucket(S3Exception e) {
        return e instanceof NoSuchBucketException || "NoSuchBucket".equals(code(e));
    }

    static SyncException plain(S3Settings settings, String action, RuntimeException e) {
        if (e instanceof SyncException sync) {
            return sync;
        }
        String where = settings.describe();
        if (e instanceof S3Exception s3) {
            int status = s3.statusCode();
            if (isMissingBucket(s3) || (status == 404 && action.equals("reach the bucket"))) {
                return new SyncException("The bucket " + settings.bucket() + " does not exist (" + where
                        + "). Check the bucket name with your administrator.", false, e);
            }
            if (status == 403 || status == 401) {
                return new SyncException("The document store (" + where + ") refused the credentials: "
                        + reason(s3) + ". Check your AWS credentials or profile.", false, e);
            }
            if (status == 501) {
                return new SyncException("The document store (" + where + ") does not support a request the app"
                        + " needs to " + action + " (" + reason(s3) + "); an S3-compatible server may lack"
                        + " server-side encryption.", false, e);
            }
            if (status >= 500 || status == 429) {
                return new SyncException("The document store (" + where + ") is not answering properly (HTTP "
                        + status + "); sync will try again.", true, e);
            }
            return new SyncException("The document store (" + where + ") refused to " + action + ": "
                    + reason(s3) + ".", false, e);
        }
        if (e instanceof SdkClientException) {
            return new SyncException("The document store (" + where + ") could not be reached to " + action
                    + "; sync will try again.", true, e);
        }
        return new SyncException("Could not " + action + " in the document store (" + where + ").", true, e);
    }

    private static String code(S3Exception e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }

    private static String reason(S3Exception e) {
        String code = code(e);
        return code == null ? "HTTP " + e.statusCode() : code + " (HTTP " + e.statusCode() + ")";
    }
}

package com.intelliclaim.engine.sync;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rds.RdsUtilities;

/** {@link IamTokens} from the AWS SDK's {@link RdsUtilities}, with the credentials of the provider given. */
public final class RdsIamTokens implements IamTokens {
    private final RdsUtilities utilities;

    public RdsIamTokens(String region, AwsCredentialsProvider credentials) {
        this.utilities = RdsUtilities.builder().region(Region.of(region)).credentialsProvider(credentials).build();
    }

    @Override
    public String token(String host, int port, String user) {
        return utilities.generateAuthenticationToken(b -> b.hostname(host).port(port).username(user));
    }
}

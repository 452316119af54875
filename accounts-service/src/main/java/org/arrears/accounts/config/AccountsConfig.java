package org.arrears.accounts.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** accounts-service settings ({@code arrears.accounts.*}). */
@ConfigMapping(prefix = "arrears.accounts")
public interface AccountsConfig {

    /**
     * Secret of the keyed hash (HMAC-SHA256) that replaces national ids. The default is for development only:
     * set {@code ARREARS_ACCOUNTS_NATIONAL_ID_KEY} in every real deployment, and keep it stable (changing it
     * changes every debtor key).
     */
    @WithDefault(DEV_NATIONAL_ID_KEY)
    String nationalIdKey();

    Placement placement();

    String DEV_NATIONAL_ID_KEY = "arrears-dev-only-national-id-key";

    interface Placement {
        /** Bodies up to this size (by Content-Length) are placed while the client waits: 201 with the job. */
        @WithDefault("1048576")
        long syncMaxBytes();

        /** Accounts per transaction in a bulk placement. */
        @WithDefault("2000")
        int batchSize();

        /** Bulk placements processed at once by one replica; more wait in QUEUED. */
        @WithDefault("2")
        int workers();

        /** Where bodies of asynchronous placements are spooled until processed. */
        @WithDefault("${java.io.tmpdir}")
        String spoolDirectory();
    }
}

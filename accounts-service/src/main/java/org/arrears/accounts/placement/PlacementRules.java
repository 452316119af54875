package org.arrears.accounts.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.arrears.accounts.config.AccountsConfig;
import org.arrears.accounts.debtor.NationalIds;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;

/** Builds the plain validation classes from configuration. */
@ApplicationScoped
public class PlacementRules {

    @Produces
    @Singleton
    NationalIds nationalIds(AccountsConfig config) {
        if (AccountsConfig.DEV_NATIONAL_ID_KEY.equals(config.nationalIdKey()) && LaunchMode.current() == LaunchMode.NORMAL) {
            Log.warn("arrears.accounts.national-id-key is the development default: set ARREARS_ACCOUNTS_NATIONAL_ID_KEY");
        }
        return new NationalIds(config.nationalIdKey());
    }

    @Produces
    @Singleton
    PlacementValidator validator(NationalIds nationalIds) {
        return new PlacementValidator(nationalIds);
    }
}

package org.arrears.skiptrace.provider;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;

/** Lookup settings; docs/skiptrace.md explains each for operators. */
@ConfigMapping(prefix = "arrears.skiptrace")
public interface SkiptraceConfig {

    /** Provider names in the order they are asked, e.g. {@code history,bureau}. */
    @WithDefault("history")
    List<String> waterfall();

    /** The waterfall stops once the best phone and the best address both reach this confidence. */
    @WithDefault("0.8")
    double stopConfidence();

    /** Guards per provider name; a provider without an entry gets the defaults. */
    @WithDefaults
    Map<String, Guard> guards();

    /** Vendors reached by the generic HTTP adapter, by provider name. */
    Map<String, HttpVendor> http();

    Worker worker();

    interface Guard {
        /** Longest wait for one answer. */
        @WithDefault("10s")
        Duration timeout();

        /** Calls per minute from one replica; 0 means no limit. */
        @WithDefault("600")
        int ratePerMinute();

        /** Consecutive failures (errors and timeouts) that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit skips the provider before one trial call. */
        @WithDefault("60s")
        Duration openFor();
    }

    interface HttpVendor {
        /** The lookup endpoint; the adapter POSTs a JSON subject to it. */
        String url();

        /** Header carrying the credential, e.g. Authorization or X-Api-Key. */
        @WithDefault("Authorization")
        String authHeader();

        /** The credential's value (from a secret in production), e.g. "Bearer …"; no header when absent. */
        Optional<String> authValue();

        /** Cost of one lookup, reported per request. */
        @WithDefault("0")
        java.math.BigDecimal cost();

        /** Multiply the vendor's confidences by this to get 0..1 (0.01 for a vendor scoring 0..100). */
        @WithDefault("1")
        double confidenceScale();

        /** What the vendor can find (PHONE, ADDRESS, EMAIL, DECEASED, BANKRUPTCY, MILITARY). */
        @WithDefault("PHONE,ADDRESS,EMAIL,DECEASED,BANKRUPTCY,MILITARY")
        List<SkiptraceProvider.Finding> finds();

        /** JSON pointers into the vendor's answer, overriding the defaults of FieldMapping by field name. */
        Map<String, String> mapping();
    }

    interface Worker {
        /** How often each replica looks for pending requests. */
        @WithDefault("2s")
        String every();

        /** Requests one replica claims per round. */
        @WithDefault("10")
        int batch();

        /** A claimed request not finished within this is taken over by another round (its replica died). */
        @WithDefault("5m")
        Duration lease();
    }
}

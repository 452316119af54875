package org.arrears.skiptrace.provider;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.arrears.skiptrace.lookup.GuardedProvider;
import org.arrears.skiptrace.lookup.Waterfall;
import org.arrears.skiptrace.provider.http.HttpSkiptraceProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The providers this replica knows (the CDI beans such as history, plus one HTTP adapter per configured vendor),
 * each with its guard, and the waterfall in the configured order. Guards live as long as the application, so a
 * circuit stays open across lookups. An unknown name in the waterfall stops startup: a typo must not silently
 * skip a paid vendor.
 */
@ApplicationScoped
public class ProviderRegistry {

    @Inject
    SkiptraceConfig config;
    @Inject
    Instance<SkiptraceProvider> beans;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    private final Map<String, GuardedProvider> providers = new LinkedHashMap<>();
    private ExecutorService calls;
    private Waterfall waterfall;

    @PostConstruct
    void build() {
        AtomicInteger n = new AtomicInteger();
        calls = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "skiptrace-provider-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        for (SkiptraceProvider p : beans) {
            add(p);
        }
        config.http().forEach((name, vendor) -> add(new HttpSkiptraceProvider(name, vendor, client,
                guardOf(name).timeout(), json)));
        List<GuardedProvider> order = new ArrayList<>();
        for (String name : config.waterfall()) {
            GuardedProvider g = providers.get(name.trim());
            if (g == null) {
                throw new IllegalStateException("arrears.skiptrace.waterfall names provider '" + name
                        + "', which is not configured; known: " + providers.keySet());
            }
            order.add(g);
        }
        waterfall = new Waterfall(order, config.stopConfidence(), calls, clock);
    }

    private void add(SkiptraceProvider p) {
        SkiptraceConfig.Guard g = guardOf(p.name());
        providers.put(p.name(), new GuardedProvider(p,
                new ProviderGuard(g.ratePerMinute(), g.failureThreshold(), g.openFor(), clock), g.timeout()));
    }

    private SkiptraceConfig.Guard guardOf(String name) {
        return config.guards().get(name);
    }

    @PreDestroy
    void stop() {
        calls.shutdownNow();
    }

    public Waterfall waterfall() {
        return waterfall;
    }

    /** Every known provider, for the operator's view. */
    public List<GuardedProvider> all() {
        return List.copyOf(providers.values());
    }
}

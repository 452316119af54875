package org.arrears.skiptrace.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.arrears.skiptrace.lookup.ProviderOutcome.Result;
import org.arrears.skiptrace.merge.Merged;
import org.arrears.skiptrace.provider.ProviderGuard;
import org.arrears.skiptrace.provider.SkiptraceConfig;
import org.arrears.skiptrace.provider.SkiptraceProvider;
import org.arrears.skiptrace.provider.Subject;
import org.arrears.skiptrace.provider.http.HttpSkiptraceProvider;
import org.arrears.skiptrace.support.VendorStub;
import org.arrears.skiptrace.support.VendorStub.Script;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The waterfall against real HTTP vendors (a stub server), without Quarkus. */
class WaterfallTest {

    private static final String KEY = "dk-1";
    private static final Subject SUBJECT = new Subject("A-1", "R-1", KEY, "MA", "02134");
    private static final String PHONE = "{\"number\":\"+16175550143\",\"confidence\":0.9}";
    private static final String ADDRESS = "{\"line1\":\"1 Main St\",\"city\":\"Boston\",\"state\":\"MA\","
            + "\"postalCode\":\"02134\",\"confidence\":0.85}";

    private VendorStub stub;
    private ExecutorService calls;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        stub = new VendorStub();
        calls = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stop() {
        stub.close();
        calls.shutdownNow();
    }

    @Test
    void stopsAtTheFirstProviderThatFindsASurePhoneAndAddress() {
        stub.script("a", KEY, ok("{\"phones\":[" + PHONE + "],\"addresses\":[" + ADDRESS + "]}"));
        stub.script("b", KEY, ok("{\"phones\":[" + PHONE + "]}"));

        LookupResult r = waterfall(List.of(vendor("a", 1), vendor("b", 1), vendor("c", 1))).run(SUBJECT, Set.of());

        assertThat(r.outcomes()).extracting(ProviderOutcome::provider).containsExactly("a");
        assertThat(stub.hits("b", KEY) + stub.hits("c", KEY)).isZero();
        assertThat(r.phones()).extracting(Merged::key).containsExactly("+16175550143");
    }

    @Test
    void asksInOrderUntilPhoneAndAddressAreBothSure() {
        stub.script("a", KEY, ok("{\"phones\":[" + PHONE + "]}"));
        stub.script("b", KEY, ok("{\"addresses\":[{\"line1\":\"9 Oak Rd\",\"city\":\"Boston\",\"state\":\"MA\","
                + "\"postalCode\":\"02134\",\"confidence\":0.5}]}"));
        stub.script("c", KEY, ok("{\"addresses\":[" + ADDRESS + "],\"phones\":[" + PHONE + "]}"));

        LookupResult r = waterfall(List.of(vendor("a", 1), vendor("b", 1), vendor("c", 1), vendor("d", 1)))
                .run(SUBJECT, Set.of());

        assertThat(r.providersAsked()).containsExactly("a", "b", "c");
        assertThat(stub.hits("d", KEY)).isZero();
        assertThat(r.addresses()).extracting(Merged::key).first().asString().contains("1 MAIN ST");
        assertThat(r.phones().get(0).sources()).containsExactly("a", "c");
        assertThat(r.phones().get(0).confidence()).isEqualTo(0.99);
    }

    @Test
    void aSlowAndAFailingVendorAreRecordedAndTheNextStillAnswers() {
        stub.script("slow", KEY, new Script(200, 5_000, "{\"phones\":[" + PHONE + "]}"));
        stub.script("good", KEY, ok("{\"phones\":[" + PHONE + "],\"addresses\":[" + ADDRESS + "]}"));

        LookupResult r = waterfall(List.of(vendor("slow", 1), vendor("broken", 1), vendor("good", 1)))
                .run(SUBJECT, Set.of());

        assertThat(r.outcomes()).extracting(ProviderOutcome::result)
                .containsExactly(Result.TIMED_OUT, Result.FAILED, Result.ANSWERED);
        assertThat(r.outcomes().get(0).millis()).isLessThan(4_000);
        assertThat(r.phones()).extracting(Merged::sources).containsExactly(List.of("good"));
    }

    @Test
    void anOpenCircuitSkipsTheVendorWithoutCallingIt() {
        stub.script("good", KEY, ok("{\"phones\":[" + PHONE + "]}"));
        Waterfall w = waterfall(List.of(vendor("broken", 1), vendor("good", 1)));

        w.run(SUBJECT, Set.of());
        LookupResult second = w.run(SUBJECT, Set.of());

        assertThat(second.outcomes()).extracting(ProviderOutcome::result)
                .containsExactly(Result.CIRCUIT_OPEN, Result.ANSWERED);
        assertThat(second.providersAsked()).containsExactly("good");
        assertThat(stub.hits("broken", KEY)).isEqualTo(1);
    }

    @Test
    void scrubFindingsAreCollectedAndExcludedPointsDropped() {
        stub.script("a", KEY, ok("{\"phones\":[" + PHONE + "],\"deceased\":{\"deceased\":true},"
                + "\"bankruptcies\":[{\"chapter\":13,\"caseNumber\":\"26-1\",\"filedDate\":\"2026-01-02\","
                + "\"status\":\"DISCHARGED\"},{\"chapter\":4,\"caseNumber\":\"bad\",\"filedDate\":\"2026-01-02\","
                + "\"status\":\"OPEN\"}],\"military\":{\"activeDuty\":false}}"));

        LookupResult r = waterfall(List.of(vendor("a", 1))).run(SUBJECT, Set.of("+16175550143"));

        assertThat(r.phones()).isEmpty();
        assertThat(r.scrubs()).hasSize(3);
        assertThat(r.scrubs().get(0).deceased().dateOfDeath()).isNull();
        assertThat(r.scrubs().get(1).bankruptcy().chapter()).isEqualTo(13);
        assertThat(r.scrubs().get(2).military().activeDuty()).isFalse();
    }

    private static Script ok(String body) {
        return new Script(200, 0, body);
    }

    private Waterfall waterfall(List<GuardedProvider> order) {
        return new Waterfall(order, 0.8, calls, Clock.systemUTC());
    }

    private GuardedProvider vendor(String name, int failureThreshold) {
        Duration timeout = Duration.ofMillis(300);
        SkiptraceProvider p = new HttpSkiptraceProvider(name, config(stub.baseUrl() + "/" + name), client, timeout,
                new ObjectMapper());
        return new GuardedProvider(p, new ProviderGuard(0, failureThreshold, Duration.ofMinutes(1),
                Clock.systemUTC()), timeout);
    }

    static SkiptraceConfig.HttpVendor config(String url) {
        return new SkiptraceConfig.HttpVendor() {
            public String url() {
                return url;
            }

            public String authHeader() {
                return "Authorization";
            }

            public Optional<String> authValue() {
                return Optional.empty();
            }

            public BigDecimal cost() {
                return BigDecimal.ONE;
            }

            public double confidenceScale() {
                return 1;
            }

            public List<SkiptraceProvider.Finding> finds() {
                return new ArrayList<>(List.of(SkiptraceProvider.Finding.PHONE));
            }

            public Map<String, String> mapping() {
                return Map.of();
            }
        };
    }
}

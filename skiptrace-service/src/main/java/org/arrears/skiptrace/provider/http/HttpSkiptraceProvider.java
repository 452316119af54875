package org.arrears.skiptrace.provider.http;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.arrears.skiptrace.provider.ProviderAnswer;
import org.arrears.skiptrace.provider.SkiptraceConfig;
import org.arrears.skiptrace.provider.SkiptraceProvider;
import org.arrears.skiptrace.provider.Subject;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The generic adapter for a vendor's HTTP lookup API: POSTs the subject as JSON to the configured URL with the
 * configured credential header and reads the answer through a {@link FieldMapping}. Any answer but 2xx is a
 * failure (counted by the circuit breaker); 404 means the vendor knows nobody, an empty answer.
 */
public final class HttpSkiptraceProvider implements SkiptraceProvider {

    private final String name;
    private final SkiptraceConfig.HttpVendor vendor;
    private final FieldMapping mapping;
    private final HttpClient client;
    private final Duration timeout;
    private final ObjectMapper json;

    public HttpSkiptraceProvider(String name, SkiptraceConfig.HttpVendor vendor, HttpClient client, Duration timeout,
            ObjectMapper json) {
        this.name = name;
        this.vendor = vendor;
        this.mapping = new FieldMapping(vendor.mapping(), vendor.confidenceScale());
        this.client = client;
        this.timeout = timeout;
        this.json = json;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Finding> finds() {
        return vendor.finds().isEmpty() ? EnumSet.noneOf(Finding.class) : EnumSet.copyOf(vendor.finds());
    }

    @Override
    public BigDecimal cost() {
        return vendor.cost();
    }

    @Override
    public ProviderAnswer lookup(Subject subject) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", subject.requestId());
        body.put("debtorKey", subject.debtorKey());
        body.put("state", subject.state());
        body.put("postalCode", subject.postalCode());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(vendor.url())).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        vendor.authValue().ifPresent(v -> request.header(vendor.authHeader(), v));
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 404) {
            return ProviderAnswer.nothing();
        }
        if (response.statusCode() / 100 != 2) {
            // The status only: a vendor's error body may echo personal data.
            throw new VendorException(name + " answered HTTP " + response.statusCode());
        }
        return mapping.read(json.readTree(response.body()));
    }

    /** The vendor answered, but not with a result. */
    public static final class VendorException extends Exception {
        public VendorException(String message) {
            super(message);
        }
    }
}

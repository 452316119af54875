package org.arrears.skiptrace.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/** Checks a published event against its JSON Schema from the events module (the fixed contract). */
public final class ContractSchemas {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private ContractSchemas() {
    }

    /** The violations of the event's value against the schema of its CloudEvents type; empty when valid. */
    public static Set<String> violations(String ceType, byte[] value) {
        try (InputStream in = ContractSchemas.class.getClassLoader()
                .getResourceAsStream("schemas/" + ceType + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no schema for " + ceType);
            }
            return SCHEMAS.getSchema(in, CONFIG).validate(new ObjectMapper().readTree(value)).stream()
                    .map(Object::toString).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

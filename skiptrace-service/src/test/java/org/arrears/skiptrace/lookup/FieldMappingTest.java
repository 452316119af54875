package org.arrears.skiptrace.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.arrears.skiptrace.provider.ProviderAnswer;
import org.arrears.skiptrace.provider.http.FieldMapping;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class FieldMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aVendorWithItsOwnShapeIsReadThroughOverriddenPointersAndScale() throws Exception {
        FieldMapping m = new FieldMapping(Map.of("phones", "/result/telephones", "phone.number", "/tel",
                "phone.confidence", "/score", "phone.last-verified", "/seen", "deceased", "/flags/dead",
                "deceased.date", "/flags/dod"), 0.01);
        String answer = """
                {"result":{"telephones":[{"tel":"6175550143","score":87,"seen":"2026-10-01T00:00:00Z"},
                                          {"tel":"x","score":"55"}]},
                 "flags":{"dead":false,"dod":"2026-01-05"}}""";

        ProviderAnswer a = m.read(JSON.readTree(answer));

        assertThat(a.phones()).hasSize(2);
        assertThat(a.phones().get(0).number()).isEqualTo("6175550143");
        assertThat(a.phones().get(0).confidence()).isEqualTo(0.87);
        assertThat(a.phones().get(0).lastVerified()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(a.phones().get(1).confidence()).isEqualTo(0.55);
        // a date of death is a finding even when the flag says otherwise
        assertThat(a.deceased().dateOfDeath()).isEqualTo(LocalDate.parse("2026-01-05"));
        assertThat(a.military()).isNull();
        assertThat(a.addresses()).isEmpty();
    }

    @Test
    void incompleteBankruptciesAreDroppedAndStatusesUppercased() throws Exception {
        String answer = """
                {"bankruptcies":[{"chapter":"7","caseNumber":"1:26-bk-1","filedDate":"2026-02-03","status":"open"},
                                 {"chapter":7,"caseNumber":"1:26-bk-2","status":"OPEN"},
                                 {"chapter":8,"caseNumber":"1:26-bk-3","filedDate":"2026-02-03","status":"OPEN"},
                                 {"chapter":11,"caseNumber":"1:26-bk-4","filedDate":"2026-02-03","status":"PENDING"}]}""";

        ProviderAnswer a = new FieldMapping(Map.of(), 1).read(JSON.readTree(answer));

        assertThat(a.bankruptcies()).containsExactly(
                new ProviderAnswer.Bankruptcy(7, "1:26-bk-1", null, LocalDate.parse("2026-02-03"), "OPEN"));
    }

    @Test
    void anUnknownMappingFieldStopsStartupWithTheKnownOnes() {
        assertThatThrownBy(() -> new FieldMapping(Map.of("phone.numbr", "/n"), 1))
                .hasMessageContaining("phone.numbr").hasMessageContaining("phone.number");
    }
}

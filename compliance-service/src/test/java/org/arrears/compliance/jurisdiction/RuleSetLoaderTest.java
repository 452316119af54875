package org.arrears.compliance.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RuleSetLoaderTest {

    @Test
    void theShippedDataLoadsWithItsVersion() {
        RuleSet rules = RuleSetLoader.fromClasspath();
        assertThat(rules.version()).isEqualTo("jurisdictions 2026-11-23.1, limitations 2026-11-23.1");
        assertThat(rules.jurisdictions()).extracting(Jurisdiction::code).containsExactly("MA", "WA", "NYC");
        assertThat(rules.federal().callsPerPeriod()).isEqualTo(7);
    }

    @Test
    void nycAppliesByPostalCodeInsideNewYorkState() {
        RuleSet rules = RuleSetLoader.fromClasspath();
        assertThat(rules.applicable("NY", "11201")).extracting(Jurisdiction::code).containsExactly("NYC");
        assertThat(rules.applicable("NY", "14201")).isEmpty();
        assertThat(rules.applicable("ma", "02134")).extracting(Jurisdiction::code).containsExactly("MA");
    }

    @Test
    void limitationRunsFromFirstDelinquencyAndUnknownStatesTakeTheShortestPeriod() {
        RuleSet rules = RuleSetLoader.fromClasspath();
        assertThat(rules.limitationDate("MA", LocalDate.parse("2020-03-01"))).isEqualTo("2026-03-01");
        assertThat(rules.limitationDate("ZZ", LocalDate.parse("2020-03-01"))).isEqualTo("2023-03-01");
        assertThat(rules.limitationDate("MA", null)).isNull();
    }

    @Test
    void everyProblemInTheDataIsReportedAtOnce() throws IOException {
        String bad = """
                {"version":"x","federal":{"hours":{"start":"21:00","end":"08:00"},"callsPerPeriod":0,"periodDays":7,
                 "quietDaysAfterConversation":7,"consentDays":7,"validationNoticeBusinessDays":5},
                 "jurisdictions":[{"code":"MA","name":"M","reasonCode":"state ma","citation":"",
                   "match":{"states":["Mass"]},"limits":[{"channels":[],"max":0,"days":7,"citation":"c",
                   "description":"d"}]}]}""";
        try (InputStream sol = getClass().getClassLoader().getResourceAsStream(RuleSetLoader.LIMITATIONS)) {
            assertThatThrownBy(() -> RuleSetLoader.load(stream(bad), sol))
                    .isInstanceOfSatisfying(RuleDataException.class, e -> assertThat(e.problems()).containsExactly(
                            "federal: hours need start before end",
                            "federal: counts and periods must be positive",
                            "jurisdiction MA: reasonCode must be UPPER_SNAKE",
                            "jurisdiction MA: citation is missing",
                            "jurisdiction MA: match.states must list two-letter states",
                            "jurisdiction MA: a limit needs channels",
                            "jurisdiction MA: a limit needs max >= 1 and 1..366 days"));
        }
    }

    @Test
    void anUnknownFieldIsRefused() throws IOException {
        try (InputStream j = getClass().getClassLoader().getResourceAsStream(RuleSetLoader.JURISDICTIONS)) {
            assertThatThrownBy(() -> RuleSetLoader.load(j, stream("{\"version\":\"1\",\"states\":{},\"extra\":1}")))
                    .isInstanceOf(RuleDataException.class).hasMessageContaining("extra");
        }
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}

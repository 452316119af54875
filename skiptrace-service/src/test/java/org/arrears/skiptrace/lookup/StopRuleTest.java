package org.arrears.skiptrace.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.arrears.skiptrace.merge.Merged;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StopRuleTest {

    @ParameterizedTest(name = "phones {0}, addresses {1} → stop {2}")
    @CsvSource(delimiter = ';', value = {
            "0.9; 0.85; true", "0.8; 0.8; true", "0.9; 0.79; false", "0.79; 0.95; false", "0.3,0.9; 0.8; true",
            "-; 0.9; false", "0.9; -; false", "-; -; false" })
    void stopsWhenTheBestPhoneAndTheBestAddressReachTheThreshold(String phones, String addresses, boolean stop) {
        assertThat(StopRule.enough(points(phones), points(addresses), 0.8)).isEqualTo(stop);
    }

    private static List<Merged<String>> points(String confidences) {
        if (confidences.equals("-")) {
            return List.of();
        }
        return java.util.Arrays.stream(confidences.split(",")).map(c -> new Merged<>("p", "p" + c,
                Double.parseDouble(c), List.of("s"), null, 0.0)).toList();
    }
}

package org.arrears.accounts.debtor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NationalIdsTest {

    @Test
    void theKeyIsAStableKeyedHashOfTheDigits() {
        NationalIds ids = new NationalIds("a-test-key-of-sixteen-chars");
        assertThat(ids.keyOf("123-45-6789")).isEqualTo(ids.keyOf("123456789")).hasSize(64).doesNotContain("6789");
        assertThat(new NationalIds("another-key-of-sixteen-chars").keyOf("123456789"))
                .isNotEqualTo(ids.keyOf("123456789"));
        assertThat(NationalIds.lastFour("123-45-6789")).isEqualTo("6789");
    }

    @Test
    void implausibleSsnsAreNamedWithoutEchoingThem() {
        assertThat(NationalIds.problem("123-45-6789")).isNull();
        assertThat(NationalIds.problem("000-45-6789")).isNotNull().doesNotContain("000");
        assertThat(NationalIds.problem("666-45-6789")).isNotNull();
        assertThat(NationalIds.problem("912-45-6789")).isNotNull();
        assertThat(NationalIds.problem("123-00-6789")).isNotNull();
        assertThat(NationalIds.problem("123-45-0000")).isNotNull();
        assertThat(NationalIds.problem("12345")).isNotNull();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new NationalIds("short")).isInstanceOf(IllegalArgumentException.class);
    }
}

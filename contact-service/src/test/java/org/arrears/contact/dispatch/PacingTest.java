package org.arrears.contact.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PacingTest {

    @Test
    void aQueueWithItsOwnPaceUsesItOthersTheDefault() {
        Pacing pacing = new Pacing(new Pacing.Pace(50, Duration.ofHours(4)),
                Map.of("EARLY", new Pacing.Pace(200, Duration.ofHours(1))));
        assertThat(pacing.of("EARLY")).isEqualTo(new Pacing.Pace(200, Duration.ofHours(1)));
        assertThat(pacing.of("LATE")).isEqualTo(new Pacing.Pace(50, Duration.ofHours(4)));
    }

    @Test
    void aNegativePaceIsRefused() {
        assertThatThrownBy(() -> new Pacing.Pace(-1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pacing.Pace(1, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.arrears.contact.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever the order of events, the state machine keeps its promises. */
class WorkItemStateProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    enum Step {
        PROMISE, KEPT, BROKEN, HOLD, LIFT, END
    }

    @Property
    void neverContactableWhileAHoldIsInForceOrAfterTheEnd(@ForAll("steps") @Size(max = 30) List<Step> steps,
            @ForAll @IntRange(max = 1000) int priority) {
        WorkItemState s = WorkItemState.opened(priority, 0);
        int holds = 0;
        boolean ended = false;
        for (Step step : steps) {
            switch (step) {
                case PROMISE -> s = s.promised(TODAY.plusDays(5));
                case KEPT -> s = s.pauseEnded();
                case BROKEN -> s = s.promiseBroken(100);
                case HOLD -> s = s.withHolds(++holds);
                case LIFT -> s = s.withHolds(holds = Math.max(0, holds - 1));
                case END -> {
                    s = s.end();
                    ended = true;
                }
            }
            if (ended) {
                assertThat(s.status()).isEqualTo(WorkItemStatus.ENDED);
            } else if (holds > 0) {
                assertThat(s.status()).isEqualTo(WorkItemStatus.SUSPENDED);
            }
            if (ended || holds > 0) {
                assertThat(s.contactableOn(TODAY.plusYears(1))).isFalse();
            }
            assertThat(s.priority()).isBetween(0, 1000);
        }
    }

    @Property
    void applyingAnEventTwiceIsApplyingItOnce(@ForAll("steps") @Size(max = 20) List<Step> steps) {
        WorkItemState s = WorkItemState.opened(500, 0);
        for (Step step : steps) {
            s = switch (step) {
                case PROMISE -> s.promised(TODAY);
                case KEPT -> s.pauseEnded();
                case HOLD -> s.withHolds(1);
                case LIFT -> s.withHolds(0);
                case END -> s.end();
                case BROKEN -> s; // bumps once per event by design; the inbox keeps it once
            };
        }
        WorkItemState once = s.promised(TODAY.plusDays(2));
        assertThat(once.promised(TODAY.plusDays(2))).isEqualTo(once);
        assertThat(s.withHolds(2).withHolds(2)).isEqualTo(s.withHolds(2));
        assertThat(s.end().end()).isEqualTo(s.end());
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.of(Step.class).list();
    }
}

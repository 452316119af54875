package org.arrears.contact.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkItemStateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aNewItemIsActiveAndContactable() {
        WorkItemState s = WorkItemState.opened(300, 0);
        assertThat(s.status()).isEqualTo(WorkItemStatus.ACTIVE);
        assertThat(s.contactableOn(TODAY)).isTrue();
    }

    @Test
    void aPromisePausesThroughItsLastDayInclusive() {
        WorkItemState s = WorkItemState.opened(300, 0).promised(TODAY.plusDays(3));
        assertThat(s.status()).isEqualTo(WorkItemStatus.PAUSED);
        assertThat(s.contactableOn(TODAY.plusDays(3))).isFalse();
        assertThat(s.contactableOn(TODAY.plusDays(4))).as("the day after the grace").isTrue();
    }

    @Test
    void aBrokenPromiseResumesHigherUpButNeverAboveTheTop() {
        WorkItemState s = WorkItemState.opened(300, 0).promised(TODAY).promiseBroken(100);
        assertThat(s.status()).isEqualTo(WorkItemStatus.ACTIVE);
        assertThat(s.priority()).isEqualTo(200);
        assertThat(WorkItemState.opened(40, 0).promiseBroken(100).priority()).isZero();
    }

    @Test
    void aHoldSuspendsEvenAPausedItemAndTheLiftRestoresThePause() {
        WorkItemState paused = WorkItemState.opened(300, 0).promised(TODAY.plusDays(9));
        WorkItemState held = paused.withHolds(1);
        assertThat(held.status()).isEqualTo(WorkItemStatus.SUSPENDED);
        assertThat(held.contactableOn(TODAY.plusDays(30))).isFalse();
        assertThat(held.withHolds(0).status()).isEqualTo(WorkItemStatus.PAUSED);
    }

    @Test
    void aBrokenPromiseDoesNotLiftAHold() {
        WorkItemState s = WorkItemState.opened(300, 1).promiseBroken(100);
        assertThat(s.status()).isEqualTo(WorkItemStatus.SUSPENDED);
    }

    @Test
    void theEndIsFinal() {
        WorkItemState ended = WorkItemState.opened(300, 0).end();
        assertThat(ended.status()).isEqualTo(WorkItemStatus.ENDED);
        assertThat(ended.withHolds(0).promiseBroken(50).pauseEnded().promised(TODAY).reprioritised(1))
                .isEqualTo(ended);
        assertThat(ended.contactableOn(TODAY)).isFalse();
    }
}

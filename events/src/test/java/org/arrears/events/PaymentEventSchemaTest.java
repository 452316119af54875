package org.arrears.events;

import static org.arrears.events.EventSchemaTest.JSON;
import static org.arrears.events.EventSchemaTest.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.arrears.events.payment.PaymentPlanCreated;
import org.arrears.events.payment.PaymentPosted;
import org.arrears.events.payment.PaymentPromised;
import org.arrears.events.payment.PaymentReversed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the payment events' schemas hold beyond the generic checks of {@link EventSchemaTest}. */
class PaymentEventSchemaTest {

    @Test
    void amountsTravelAsStrings() {
        JsonNode posted = JSON.valueToTree(EventSamples.paymentPosted());
        JsonNode plan = JSON.valueToTree(EventSamples.paymentPlanCreated());

        assertThat(posted.get("amount").isTextual()).isTrue();
        assertThat(posted.get("amount").asText()).isEqualTo("275.00");
        assertThat(posted.at("/allocation/fees").asText()).isEqualTo("35.00");
        assertThat(plan.get("total").asText()).isEqualTo("825.00");
        assertThat(plan.at("/installments/0/amount").asText()).isEqualTo("275.00");
        assertThat(plan.at("/installments/0/dueDate").asText()).isEqualTo("2025-03-20");
    }

    @Test
    void samplesKeepTheDocumentedSums() {
        for (ArrearsEvent sample : EventSamples.all()) {
            if (sample instanceof PaymentPosted p) {
                assertThat(sum(p.allocation())).as("%s allocation", p.paymentId()).isEqualByComparingTo(p.amount());
            } else if (sample instanceof PaymentReversed r) {
                assertThat(sum(r.allocation())).as("%s allocation", r.paymentId()).isEqualByComparingTo(r.amount());
            } else if (sample instanceof PaymentPlanCreated plan) {
                BigDecimal total = plan.installments().stream().map(PaymentPlanCreated.Installment::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(total).as("%s total", plan.planId()).isEqualByComparingTo(plan.total());
                assertThat(plan.installments()).extracting(PaymentPlanCreated.Installment::seq)
                        .containsExactlyElementsOf(IntStream.rangeClosed(1, plan.installments().size()).boxed()
                                .toList());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-275.00", "0.00", "0", "275,00", "1e3", ""})
    void amountThatIsNotAPositiveDecimalFails(String amount) {
        ObjectNode json = JSON.valueToTree(EventSamples.paymentPosted());
        json.put("amount", amount);

        assertThat(validate(PaymentPosted.class, json)).isNotEmpty();
    }

    @Test
    void amountAsANumberFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.paymentPromised());
        json.put("nextDueAmount", 275.00);

        assertThat(validate(PaymentPromised.class, json)).isNotEmpty();
    }

    @Test
    void zeroBucketValidatesButANegativeOneFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.paymentPosted());
        assertThat(json.at("/allocation/costs").asText()).isEqualTo("0.00");
        assertThat(validate(PaymentPosted.class, json)).isEmpty();

        ((ObjectNode) json.get("allocation")).put("costs", "-1.00");
        assertThat(validate(PaymentPosted.class, json)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"R01", "R07", "R10", "R99", "CHARGEBACK"})
    void knownReasonCodesValidate(String code) {
        ObjectNode json = JSON.valueToTree(EventSamples.paymentReversed());
        json.put("reasonCode", code);

        assertThat(validate(PaymentReversed.class, json)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"R00", "R1", "R100", "r01", "NSF", "CHARGE_BACK"})
    void otherReasonCodesFail(String code) {
        ObjectNode json = JSON.valueToTree(EventSamples.paymentReversed());
        json.put("reasonCode", code);

        assertThat(validate(PaymentReversed.class, json)).isNotEmpty();
    }

    @Test
    void planWithoutInstallmentsFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.paymentPlanCreated());
        json.putArray("installments");

        assertThat(validate(PaymentPlanCreated.class, json)).isNotEmpty();
    }

    @Test
    void installmentNumberedFromZeroFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.paymentPlanCreated());
        ((ObjectNode) json.get("installments").get(0)).put("seq", 0);

        assertThat(validate(PaymentPlanCreated.class, json)).isNotEmpty();
    }

    @Test
    void unknownPlanTypeOrMethodFails() {
        ObjectNode plan = JSON.valueToTree(EventSamples.paymentPlanCreated());
        plan.put("type", "LUMP_SUM");
        ObjectNode posted = JSON.valueToTree(EventSamples.paymentPosted());
        posted.put("method", "PAYPAL");

        assertThat(validate(PaymentPlanCreated.class, plan)).isNotEmpty();
        assertThat(validate(PaymentPosted.class, posted)).isNotEmpty();
    }

    @Test
    void paymentOutsideAPlanHasNullPlanAndNoInstallments() {
        JsonNode json = JSON.valueToTree(EventSamples.paymentPostedOutsideAPlan());

        assertThat(json.get("planId").isNull()).isTrue();
        assertThat(json.get("installmentSeqs").isArray()).isTrue();
        assertThat(json.get("installmentSeqs")).isEmpty();
        assertThat(validate(PaymentPosted.class, json)).isEmpty();
    }

    @Test
    void installmentPaidTwiceInOnePaymentFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.paymentPosted());
        json.putArray("installmentSeqs").add(1).add(1);

        assertThat(validate(PaymentPosted.class, json)).isNotEmpty();
    }

    private static BigDecimal sum(PaymentPosted.Allocation a) {
        return List.of(a.principal(), a.interest(), a.fees(), a.costs()).stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

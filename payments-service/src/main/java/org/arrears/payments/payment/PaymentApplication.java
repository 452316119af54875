package org.arrears.payments.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How much of one payment paid one installment; a reversal takes back exactly these amounts. */
@Entity
@Table(name = "payment_application")
@IdClass(PaymentApplication.Key.class)
public class PaymentApplication extends PanacheEntityBase {

    public record Key(UUID paymentId, UUID installmentId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "payment_id")
    public UUID paymentId;
    @Id
    @Column(name = "installment_id")
    public UUID installmentId;
    @Column(nullable = false)
    public BigDecimal amount;

    public static List<PaymentApplication> of(UUID paymentId) {
        return list("paymentId", paymentId);
    }
}

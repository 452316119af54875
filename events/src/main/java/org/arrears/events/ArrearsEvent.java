package org.arrears.events;

/**
 * Every event Arrears publishes. The account id is the Kafka key and the CloudEvents subject, so all
 * events of one account land on one partition and stay in order.
 */
public interface ArrearsEvent {

    String accountId();
}

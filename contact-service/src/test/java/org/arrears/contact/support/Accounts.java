package org.arrears.contact.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.arrears.events.account.AccountAssigned;
import org.arrears.events.account.ContactPointsUpdated;
import org.arrears.testkit.CloudEventRecords;

/** Upstream events that make an account workable: its assignment and its phones. */
public final class Accounts {

    private Accounts() {
    }

    public static String newId() {
        return "ACC-" + UUID.randomUUID();
    }

    /** A fresh queue name, so tests never see each other's items in a queue. */
    public static String newQueue() {
        return "Q-" + UUID.randomUUID();
    }

    public static String assign(String bootstrap, String account, String queue, int priority) {
        return CloudEventRecords.send(bootstrap, new AccountAssigned(account, "ACME", queue, priority, 1,
                Instant.now()));
    }

    public static String phones(String bootstrap, String account, ContactPointsUpdated.Phone... phones) {
        return CloudEventRecords.send(bootstrap, new ContactPointsUpdated(account, "ACME", "key-" + account,
                List.of(phones), List.of(), List.of(), Instant.now()));
    }

    public static ContactPointsUpdated.Phone mobile(String number, double confidence) {
        return new ContactPointsUpdated.Phone(number, "MOBILE", "SKIPTRACE", true, confidence, "ACTIVE");
    }

    public static ContactPointsUpdated.Phone landline(String number, double confidence) {
        return new ContactPointsUpdated.Phone(number, "LANDLINE", "CREDITOR", false, confidence, "ACTIVE");
    }

    /** A random US-looking E.164 number (555 exchange), unique enough per test. */
    public static String number() {
        return "+1212555" + String.format("%04d", (int) (Math.random() * 10_000));
    }
}

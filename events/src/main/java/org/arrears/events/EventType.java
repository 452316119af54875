package org.arrears.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The CloudEvents {@code type} of an event record and the topic it travels on. Adding an optional field
 * keeps the type; any other change is a new {@code .vN} type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** CloudEvents type, e.g. {@code org.arrears.account.placed.v1}. */
    String value();

    /** Kafka topic, one of {@link Topics}. */
    String topic();
}

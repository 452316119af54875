package org.arrears.devstack;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.arrears.events.Topics;

/** Every topic of the event contract and its dead-letter twin: what the stack creates before the services start. */
public final class StackTopics {

    private StackTopics() {
    }

    /**
     * Read from {@link Topics}' constants, so a topic added to the contract is created without touching this
     * class. {@link Topics#DLQ_SUFFIX} is a suffix, not a topic.
     */
    public static List<String> all() {
        List<String> topics = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() != String.class || !Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers)
                    || field.getName().equals("DLQ_SUFFIX")) {
                continue;
            }
            try {
                String topic = (String) field.get(null);
                topics.add(topic);
                topics.add(Topics.deadLetterOf(topic));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read Topics." + field.getName(), e);
            }
        }
        return List.copyOf(topics);
    }
}

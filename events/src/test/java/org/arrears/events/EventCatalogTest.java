package org.arrears.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCatalogTest {

    static final String TYPE_PATTERN = "org\\.arrears\\.[a-z-]+\\.[a-z-]+\\.v\\d+";

    static Stream<Class<? extends ArrearsEvent>> eventClasses() {
        return EventCatalog.ALL.stream();
    }

    /** Every topic constant of {@link Topics} (the dead-letter suffix is not a topic). */
    static List<String> topics() {
        return Arrays.stream(Topics.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .filter(f -> !f.getName().equals("DLQ_SUFFIX"))
                .map(EventCatalogTest::value)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("eventClasses")
    void isARecordAnnotatedWithItsTypeAndTopic(Class<? extends ArrearsEvent> eventClass) {
        assertThat(eventClass.isRecord()).as("%s is a record", eventClass).isTrue();
        assertThat(eventClass.isAnnotationPresent(EventType.class)).as("%s has @EventType", eventClass).isTrue();
        assertThat(EventCatalog.typeOf(eventClass)).matches(TYPE_PATTERN);
        assertThat(topics()).contains(EventCatalog.topicOf(eventClass));
    }

    @ParameterizedTest
    @MethodSource("eventClasses")
    void typeNamesTheAggregateOfItsPackageAndTopic(Class<? extends ArrearsEvent> eventClass) {
        String aggregate = EventCatalog.typeOf(eventClass).split("\\.")[2];

        assertThat(eventClass.getPackageName()).isEqualTo("org.arrears.events." + aggregate);
        assertThat(EventCatalog.topicOf(eventClass)).startsWith("arrears." + aggregate + ".");
    }

    @ParameterizedTest
    @MethodSource("eventClasses")
    void isFoundByItsType(Class<? extends ArrearsEvent> eventClass) {
        assertThat(EventCatalog.classOf(EventCatalog.typeOf(eventClass))).contains(eventClass);
    }

    @Test
    void typesAndClassesAreUnique() {
        List<String> types = EventCatalog.ALL.stream().map(EventCatalog::typeOf).toList();

        assertThat(types).doesNotHaveDuplicates();
        assertThat(EventCatalog.ALL).doesNotHaveDuplicates();
    }

    @Test
    void unknownTypeIsNotFound() {
        assertThat(EventCatalog.classOf("org.arrears.account.placed.v0")).isEmpty();
    }

    @Test
    void everyEventTypeHasASampleAndEverySampleIsCatalogued() {
        List<Class<?>> sampled = EventSamples.all().stream().<Class<?>>map(Object::getClass).distinct().toList();

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(EventCatalog.ALL);
    }

    @Test
    void deadLetterTopicSitsBesideItsTopic() {
        assertThat(Topics.deadLetterOf(Topics.ACCOUNT_EVENTS)).isEqualTo("arrears.account.events.v1.dlq");
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

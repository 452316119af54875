package org.arrears.skiptrace.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NormalisationProperties {

    /** However a source spells a valid US number, it is one E.164 number. */
    @Property
    void everySpellingOfAUsNumberIsTheSameE164(@ForAll @IntRange(min = 0, max = 99) int line,
            @ForAll("areaCodes") String area, @ForAll("spellings") int spelling) {
        String exchange = "555";
        String last = String.format("01%02d", line);
        String raw = switch (spelling) {
            case 0 -> "(" + area + ") " + exchange + "-" + last;
            case 1 -> area + "." + exchange + "." + last;
            case 2 -> "+1 " + area + " " + exchange + " " + last;
            case 3 -> "1-" + area + "-" + exchange + "-" + last;
            default -> area + exchange + last;
        };

        assertThat(PhoneNormaliser.normalise(raw, null, null)).map(NormalPhone::number)
                .contains("+1" + area + exchange + last);
    }

    /** Normalising a normalised address changes nothing: two passes never disagree about one place. */
    @Property
    void addressNormalisationIsIdempotent(@ForAll("usAddresses") NormalAddress raw) {
        NormalAddress once = AddressNormaliser.normalise(raw.line1(), raw.line2(), raw.city(), raw.state(),
                raw.postalCode(), raw.country()).orElseThrow();
        NormalAddress twice = AddressNormaliser.normalise(once.line1(), once.line2(), once.city(), once.state(),
                once.postalCode(), once.country()).orElseThrow();

        assertThat(twice).isEqualTo(once);
        assertThat(once.line1()).isUpperCase().doesNotContain(".", ",", "  ");
    }

    @Provide
    Arbitrary<String> areaCodes() {
        return Arbitraries.of("617", "312", "415", "212", "305", "206", "713", "808");
    }

    @Provide
    Arbitrary<Integer> spellings() {
        return Arbitraries.integers().between(0, 4);
    }

    @Provide
    Arbitrary<NormalAddress> usAddresses() {
        Arbitrary<String> number = Arbitraries.integers().between(1, 9999).map(String::valueOf);
        Arbitrary<String> direction = Arbitraries.of("", "North ", "s. ", "NorthEast ", "W ");
        Arbitrary<String> name = Arbitraries.of("Main", "elm", "Oak Tree", "Martin Luther King Jr.");
        Arbitrary<String> suffix = Arbitraries.of("Street", "st.", "Avenue", "Blvd", "Road", "Parkway", "Lane");
        Arbitrary<String> line1 = Combinators.combine(number, direction, name, suffix)
                .as((n, d, nm, s) -> n + " " + d + nm + " " + s);
        Arbitrary<String> line2 = Arbitraries.of(null, "Apartment 4", "suite 200", "#12", "Floor 3");
        Arbitrary<String> state = Arbitraries.of("MA", "massachusetts", "Texas", "ny", "District of Columbia");
        Arbitrary<String> zip = Arbitraries.of("02134", "021341234", "02134-1234", "75001");
        return Combinators.combine(line1, line2, state, zip)
                .as((l1, l2, st, z) -> new NormalAddress(l1, l2, "  some   city ", st, z, null));
    }
}

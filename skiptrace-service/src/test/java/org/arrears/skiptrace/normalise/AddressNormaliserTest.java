package org.arrears.skiptrace.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressNormaliserTest {

    @ParameterizedTest(name = "{0} | {1} | {2} | {3} | {4} | {5}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            // input: line1; line2; city; state; postal; country → line1; line2; city; state; postal; country
            "123 North Main Street; Apartment 4B; Boston; Massachusetts; 02134; USA;"
                    + " 123 N MAIN ST; APT 4B; BOSTON; MA; 02134; US",
            "  1 elm ave.  ; null; springfield; il; 627011234; null; 1 ELM AVE; null; SPRINGFIELD; IL; 62701-1234; US",
            "500 W. Madison St, Suite 200; null; Chicago; IL; 60661-2511; US;"
                    + " 500 W MADISON ST STE 200; null; CHICAGO; IL; 60661-2511; US",
            "77 Southwest Parkway; Floor 3; Austin; TX; 78735; United States;"
                    + " 77 SW PKWY; FL 3; AUSTIN; TX; 78735; US",
            // non-US: case and spacing only; no USPS words, postcode kept as written
            "10 Downing Street; null; London; null; sw1a 2aa; GB; 10 DOWNING STREET; null; LONDON; null; SW1A 2AA; GB",
            "Unter den Linden 77; null; Berlin; null; 10117; de; UNTER DEN LINDEN 77; null; BERLIN; null; 10117; DE",
            "100 Queen Street West; null; Toronto; ON; M5H 2N2; CA;"
                    + " 100 QUEEN STREET WEST; null; TORONTO; ON; M5H 2N2; CA" })
    void standardForm(String l1, String l2, String city, String state, String postal, String country, String el1,
            String el2, String ecity, String estate, String epostal, String ecountry) {
        assertThat(AddressNormaliser.normalise(l1, l2, city, state, postal, country))
                .contains(new NormalAddress(el1, el2, ecity, estate, epostal, ecountry));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "null; Boston; MA; 02134; US", "1 Main St; null; MA; 02134; US", "1 Main St; Boston; MA; null; US",
            "1 Main St; Boston; MA; 0213; US", "1 Main St; Boston; MA; ABCDE; US", "1 Main St; Boston; XX; 02134; US",
            "1 Main St; Boston; null; 02134; US", "1 Main St; Paris; null; 75001; Atlantis" })
    void incompleteOrImpossibleAddressesAreNoCandidates(String l1, String city, String state, String postal,
            String country) {
        assertThat(AddressNormaliser.normalise(l1, null, city, state, postal, country)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "02134,02134-1234,02134-1234", "02134-1234,02134,02134-1234" })
    void zip5AndZipPlus4OfOneStreetAddressAreOnePlaceAndThePreciseCodeIsKept(String a, String b, String kept) {
        NormalAddress x = AddressNormaliser.normalise("1 Main St", null, "Boston", "MA", a, "US").orElseThrow();
        NormalAddress y = AddressNormaliser.normalise("1 Main Street", null, "Boston", "MA", b, "US").orElseThrow();

        assertThat(x.key()).isEqualTo(y.key());
        assertThat(x.combine(y).postalCode()).isEqualTo(kept);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = { "' Jane.Doe@Example.COM ',jane.doe@example.com",
            "a@b.co,a@b.co", "no-at-sign.com,null", "a@nodot,null", "null,null", "'two@@ats.com',null" })
    void emailsAreLowercasedAndMustLookLikeEmails(String raw, String expected) {
        assertThat(EmailNormaliser.normalise(raw).orElse(null)).isEqualTo(expected);
    }
}

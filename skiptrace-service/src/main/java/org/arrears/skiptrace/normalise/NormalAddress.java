package org.arrears.skiptrace.normalise;

/** A postal address in standard form; {@code line2} and {@code state} may be null; {@code country} is alpha-2. */
public record NormalAddress(String line1, String line2, String city, String state, String postalCode,
        String country) {

    /**
     * What makes two addresses the same place. ZIP+4 and ZIP5 of one street address are the same place, so the
     * key uses the first five digits of a US postal code.
     */
    public String key() {
        String postal = "US".equals(country) && postalCode.length() > 5 ? postalCode.substring(0, 5) : postalCode;
        return String.join("|", country, postal, line1, line2 == null ? "" : line2);
    }

    /** The same place seen twice: the more precise postal code (ZIP+4) wins. */
    public NormalAddress combine(NormalAddress other) {
        return other.postalCode.length() > postalCode.length() ? other : this;
    }
}

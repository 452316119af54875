package org.arrears.accounts.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class PlacementReadersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final String ROW = "{\"creditorRef\": \"R%d\", \"accountType\": \"CARD\", \"currency\": \"USD\", "
            + "\"balances\": {\"principal\": \"10.00\"}, \"firstDelinquencyDate\": \"2025-09-01\"}";

    private static List<ParsedRow> read(PlacementFormat format, String body) throws IOException {
        List<ParsedRow> rows = new ArrayList<>();
        try (PlacementReader reader = PlacementReader.open(format,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), MAPPER)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void ndjsonRowsCarryTheirLineNumbersAndBadLinesDoNotStopTheFile() throws IOException {
        List<ParsedRow> rows = read(PlacementFormat.NDJSON, ROW.formatted(1) + "\r\n\n{oops\n"
                + "{\"creditorRef\": \"R4\", \"balances\": {\"principal\": \"x\"}}\n" + ROW.formatted(5)
                + "\n{\"trailer\": {\"count\": 4, \"totalPrincipal\": \"20.00\"}}");
        assertThat(rows).extracting(ParsedRow::line).containsExactly(1L, 3L, 4L, 5L, 6L);
        assertThat(rows.get(0)).isInstanceOf(ParsedRow.Row.class);
        assertThat(rows.get(1)).isInstanceOf(ParsedRow.Malformed.class);
        ParsedRow.Malformed typed = (ParsedRow.Malformed) rows.get(2);
        assertThat(typed.field()).isEqualTo("balances.principal");
        assertThat(typed.creditorRef()).isEqualTo("R4");
        assertThat(typed.message()).doesNotContain("\"x\"");
        assertThat(rows.get(4)).isEqualTo(new ParsedRow.Trailer(6, 4L, new BigDecimal("20.00")));
    }

    @Test
    void aHugeNdjsonLineIsRejectedWithoutBeingHeld() throws IOException {
        String huge = "{\"creditorRef\": \"" + "x".repeat(NdjsonPlacementReader.MAX_LINE_CHARS) + "\"}";
        List<ParsedRow> rows = read(PlacementFormat.NDJSON, huge + "\n" + ROW.formatted(2));
        assertThat(rows.get(0)).isInstanceOf(ParsedRow.Malformed.class);
        assertThat(rows.get(1)).isInstanceOf(ParsedRow.Row.class).extracting(ParsedRow::line).isEqualTo(2L);
    }

    @Test
    void aJsonArrayIsReadElementByElementAndASyntaxErrorEndsIt() throws IOException {
        List<ParsedRow> rows = read(PlacementFormat.JSON, "[\n" + ROW.formatted(1) + ",\n42,\n" + ROW.formatted(3)
                + ",\n{\"creditorRef\": ]");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isInstanceOf(ParsedRow.Row.class).extracting(ParsedRow::line).isEqualTo(2L);
        assertThat(rows.get(1)).isInstanceOf(ParsedRow.Malformed.class);
        assertThat(((ParsedRow.Row) rows.get(2)).request().creditorRef()).isEqualTo("R3");
        assertThat(rows.get(3)).isInstanceOfSatisfying(ParsedRow.Malformed.class, m -> {
            assertThat(m.fatal()).isTrue();
            assertThat(m.line()).isEqualTo(5);
        });
        assertThat(read(PlacementFormat.JSON, "{}")).singleElement()
                .isInstanceOfSatisfying(ParsedRow.Malformed.class, m -> assertThat(m.fatal()).isTrue());
    }

    @Test
    void csvMapsColumnsAndCountsLinesAcrossQuotedNewlines() throws IOException {
        String csv = "creditorRef,accountType,currency,principal,firstDelinquencyDate,addressLine1,city,state,"
                + "postalCode,phone2,phone2Consent\n"
                + "A1,CARD,USD,10.00,2025-09-01,\"1 Main St\nApt 2\",Boston,MA,02134,6175550123,y\n"
                + "A2,CARD,USD,10.00,not-a-date,,,,,,\n"
                + "TRAILER,2,20.00\n";
        List<ParsedRow> rows = read(PlacementFormat.CSV, csv);
        assertThat(rows).extracting(ParsedRow::line).containsExactly(2L, 4L, 5L);
        PlaceAccountRequest a1 = ((ParsedRow.Row) rows.get(0)).request();
        assertThat(a1.debtor().addresses().get(0).line1()).isEqualTo("1 Main St\nApt 2");
        assertThat(a1.debtor().phones().get(0).consent()).isTrue();
        assertThat(rows.get(1)).isInstanceOfSatisfying(ParsedRow.Malformed.class,
                m -> assertThat(m.field()).isEqualTo("firstDelinquencyDate"));
        assertThat(rows.get(2)).isEqualTo(new ParsedRow.Trailer(5, 2L, new BigDecimal("20.00")));
    }

    @Test
    void anUnclosedCsvQuoteKeepsTheRowsBeforeItAndEndsTheFile() throws IOException {
        String csv = "creditorRef,accountType,currency,principal,firstDelinquencyDate\n"
                + "A1,CARD,USD,10.00,2025-09-01\n"
                + "A2,CARD,\"USD,10.00,2025-09-01\n"
                + "A3,CARD,USD,10.00,2025-09-01\n";
        List<ParsedRow> rows = read(PlacementFormat.CSV, csv);
        assertThat(rows).hasSize(2);
        assertThat(((ParsedRow.Row) rows.get(0)).request().creditorRef()).isEqualTo("A1");
        assertThat(rows.get(1)).isInstanceOfSatisfying(ParsedRow.Malformed.class, m -> {
            assertThat(m.fatal()).isTrue();
            assertThat(m.line()).isEqualTo(3);
            assertThat(m.message()).contains("not valid CSV");
        });
    }

    @Test
    void aCsvWithoutTheRequiredColumnsIsRefusedAtTheHeader() throws IOException {
        assertThat(read(PlacementFormat.CSV, "creditorRef,principal\nA,1\n")).singleElement()
                .isInstanceOfSatisfying(ParsedRow.Malformed.class, m -> {
                    assertThat(m.fatal()).isTrue();
                    assertThat(m.message()).contains("accountType", "currency", "firstDelinquencyDate");
                });
    }

    @Test
    void csvFieldsAreReportedUnderTheirColumnNames() {
        assertThat(CsvPlacementReader.columnOf("balances.principal")).isEqualTo("principal");
        assertThat(CsvPlacementReader.columnOf("debtor.phones[1].number")).isEqualTo("phone2");
        assertThat(CsvPlacementReader.columnOf("debtor.phones[0].type")).isEqualTo("phone1Type");
        assertThat(CsvPlacementReader.columnOf("debtor.emails[0].address")).isEqualTo("email1");
        assertThat(CsvPlacementReader.columnOf("debtor.addresses[0].state")).isEqualTo("state");
    }

    /** 100k generated rows stream through the reader one at a time: it never needs the whole body. */
    @Test
    void aHundredThousandRowsStreamThroughTheReader() throws IOException {
        int n = 100_000;
        Enumeration<InputStream> lines = new Enumeration<>() {
            int i;

            @Override
            public boolean hasMoreElements() {
                return i < n;
            }

            @Override
            public InputStream nextElement() {
                return new ByteArrayInputStream((ROW.formatted(i++) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        };
        long count = 0;
        try (PlacementReader reader = PlacementReader.open(PlacementFormat.NDJSON, new SequenceInputStream(lines),
                MAPPER)) {
            while (reader.hasNext()) {
                assertThat(reader.next()).isInstanceOf(ParsedRow.Row.class);
                count++;
            }
        }
        assertThat(count).isEqualTo(n);
    }
}

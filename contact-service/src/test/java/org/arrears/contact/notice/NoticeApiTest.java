package org.arrears.contact.notice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.contact.support.Accounts;
import org.arrears.contact.support.ComplianceStubResource;
import org.arrears.events.Topics;
import org.arrears.events.account.AccountPlaced;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.InboxProbe;
import org.arrears.testkit.KafkaTopicProbe;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "contact"))
@QuarkusTestResource(ComplianceStubResource.class)
class NoticeApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate CHARGE_OFF = LocalDate.of(2026, 3, 15);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;

    private String account;

    @BeforeEach
    void placed() {
        account = Accounts.newId();
        String id = CloudEventRecords.send(bootstrap, new AccountPlaced(account, "ACME-BANK", "ref-1", "CREDIT_CARD",
                "USD", new AccountPlaced.Balances(new BigDecimal("1000.00"), new BigDecimal("150.50"),
                        new BigDecimal("25.00"), BigDecimal.ZERO), CHARGE_OFF, LocalDate.of(2025, 11, 2), "key",
                "NY", "10001", List.of(), List.of(), Instant.now()));
        await().atMost(WAIT).until(() -> InboxProbe.applied(dataSource, id));
    }

    @Test
    void theNoticeIsItemizedDatedStoredAsPdfAndAnnounced() throws IOException {
        ValidationPeriod expected = ValidationPeriod.sentOn(LocalDate.now(ZoneOffset.UTC));
        String noticeId = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("channel", "LETTER")).post("/v1/accounts/" + account + "/validation-notice")
                .then().statusCode(201)
                .body("itemizationDate", equalTo("2026-03-15"))
                .body("amountOnItemizationDate", equalTo("1175.50"))
                .body("amountNow", equalTo("1175.50"))
                .body("creditorName", equalTo("ACME-BANK"))
                .body("disputeBy", equalTo(expected.disputeBy().toString()))
                .extract().path("noticeId");

        byte[] pdf = given().auth().oauth2(TestTokens.withRoles("compliance")).accept("application/pdf")
                .get("/v1/accounts/" + account + "/validation-notice").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isPositive();
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("March 15, 2026");
            assertThat(text).contains(NoticePdf.date(expected.disputeBy()));
            assertThat(text).contains("1175.50");
            assertThat(text).contains("ACME-BANK");
        } finally {
            reader.close();
        }

        var sent = KafkaTopicProbe.awaitRecords(bootstrap, Topics.CONTACT_EVENTS, r -> account.equals(r.key())
                && "org.arrears.contact.notice-sent.v1".equals(KafkaTopicProbe.header(r, "ce_type")), 1, WAIT).get(0);
        var event = new ObjectMapper().readTree(sent.value());
        assertThat(event.get("noticeId").asText()).isEqualTo(noticeId);
        assertThat(event.get("itemizationDate").asText()).isEqualTo("2026-03-15");
        assertThat(event.get("validationPeriodEnds").asText()).isEqualTo(expected.disputeBy().toString());
    }

    @Test
    void aSecondRequestReturnsTheSameNotice() {
        String first = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of()).post("/v1/accounts/" + account + "/validation-notice")
                .then().statusCode(201).extract().path("noticeId");
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON).body(Map.of())
                .post("/v1/accounts/" + account + "/validation-notice")
                .then().statusCode(200).body("noticeId", equalTo(first));
        given().auth().oauth2(TestTokens.withRoles("ops")).accept(ContentType.JSON)
                .get("/v1/accounts/" + account + "/validation-notice")
                .then().statusCode(200).body("noticeId", equalTo(first)).body("channel", equalTo("LETTER"));
    }

    @Test
    void withoutAPlacementThereIsNoNoticeAndDialersSeeNone() {
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON).body(Map.of())
                .post("/v1/accounts/unknown-" + account + "/validation-notice")
                .then().statusCode(409).body("type", equalTo(NoticeService.NOTICE_UNAVAILABLE));
        given().auth().oauth2(TestTokens.withRoles("agent")).accept(ContentType.JSON)
                .get("/v1/accounts/unknown-" + account + "/validation-notice").then().statusCode(404);
        given().auth().oauth2(TestTokens.withRoles("dialer")).accept(ContentType.JSON)
                .get("/v1/accounts/" + account + "/validation-notice").then().statusCode(403);
    }
}

package org.arrears.contact.notice;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Renders the notice as a PDF with OpenPDF, following the order of Model Form B-1: who is collecting for whom,
 * the itemization, how to dispute and by when. Dates are spelled out (e.g. "January 5, 2027") as on the form.
 */
public final class NoticePdf {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private NoticePdf() {
    }

    public static byte[] render(NoticeContent n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Font title = new Font(Font.HELVETICA, 14, Font.BOLD);
        Font body = new Font(Font.HELVETICA, 10, Font.NORMAL);
        Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);
        doc.add(new Paragraph("Validation notice", title));
        doc.add(new Paragraph("Notice " + n.noticeId() + " - sent " + date(n.sentOn()), body));
        doc.add(new Paragraph("We are a debt collector. We are trying to collect a debt that you owe to "
                + n.creditorName() + ". We will use any information you give us to help collect the debt.", body));
        doc.add(new Paragraph("Reference: " + (n.creditorAccountRef() == null ? n.accountId() : n.creditorAccountRef()),
                body));
        doc.add(new Paragraph(" ", body));
        doc.add(new Paragraph("Our information shows:", bold));
        doc.add(new Paragraph("As of " + date(n.itemizationDate()) + ", you owed:", body));
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        row(table, "As of " + date(n.itemizationDate()) + ", you owed:", n.amountOnItemizationDate(), n.currency());
        row(table, "Between " + date(n.itemizationDate()) + " and today, you were charged this amount in interest:",
                n.interestSince(), n.currency());
        row(table, "You were charged this amount in fees:", n.feesSince(), n.currency());
        row(table, "And you paid this amount toward the debt:", n.paymentsSince().negate(), n.currency());
        row(table, "Total amount of the debt now:", n.amountNow(), n.currency());
        doc.add(table);
        doc.add(new Paragraph(" ", body));
        doc.add(new Paragraph("How can you dispute the debt?", bold));
        doc.add(new Paragraph("Call or write to us by " + date(n.disputeBy()) + " to dispute all or part of the "
                + "debt. If you do not, we will assume that our information is correct. If you write to us by "
                + date(n.disputeBy()) + ", we must stop collection on any amount you dispute until we send you "
                + "information that shows you owe the debt.", body));
        doc.add(new Paragraph("What else can you do?", bold));
        doc.add(new Paragraph("Write to ask for the name and address of the original creditor, if different from "
                + "the current creditor. If you write by " + date(n.disputeBy()) + ", we must stop collection until "
                + "we send you that information. Go to www.cfpb.gov/debt-collection to learn more about your rights "
                + "under federal law.", body));
        doc.close();
        return out.toByteArray();
    }

    static String date(LocalDate d) {
        return DATE.format(d);
    }

    private static void row(PdfPTable table, String label, BigDecimal amount, String currency) {
        table.addCell(label);
        table.addCell(("USD".equals(currency) ? "$" : currency + " ") + amount.toPlainString());
    }
}

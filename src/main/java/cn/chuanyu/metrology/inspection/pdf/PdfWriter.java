package cn.chuanyu.metrology.inspection.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns the record's XHTML into a PDF (openhtmltopdf on PDFBox) with the CJK font the product ships
 * ({@code fonts/NotoSansSC-Regular.ttf}, SIL OFL 1.1), embedded as a subset of the glyphs used: nothing to install.
 * One face only: each parsed face stays in memory (about 33 MB), so headings differ by size and colour.
 */
public final class PdfWriter {

    /** The family name the record's style sheet asks for. */
    public static final String FONT_FAMILY = "Noto Sans SC";
    private static final String REGULAR = "fonts/NotoSansSC-Regular.ttf";

    private TrueTypeFont regular;

    private PdfWriter() {
    }

    /**
     * A writer that parses the shipped font when it writes its first document (10 MB: parsing it per document cost
     * a second or more, and parsing it at start-up would slow every start); fails then if the build did not put
     * the font into the product.
     */
    public static PdfWriter withShippedFonts() {
        return new PdfWriter();
    }

    /**
     * The PDF of a well-formed XHTML document; images may be data: URLs. One document at a time: the parsed fonts
     * are read by position while glyphs are taken out for the subset.
     */
    public synchronized byte[] write(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            if (regular == null) {
                regular = parse(REGULAR);
            }
            builder.useFont(new PDFontSupplier(load(document, regular)), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The record could not be written as a PDF", e);
        }
        return out.toByteArray();
    }

    private static PDFont load(PDDocument document, TrueTypeFont font) {
        try {
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(String name) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(resource(name)));
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped font " + name + " cannot be read", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing: the build puts the record's font there");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

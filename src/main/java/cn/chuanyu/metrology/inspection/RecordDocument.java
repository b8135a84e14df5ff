package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Writes one version of the on-site record as a PDF: the XHTML template {@code templates/record/record.xhtml}. */
@Component
class RecordDocument {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final PdfWriter pdf = PdfWriter.withShippedFonts();

    RecordDocument(MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/record/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    byte[] pdf(RecordSheet sheet) {
        return pdf.write(xhtml(sheet));
    }

    String xhtml(RecordSheet sheet) {
        Locale locale = sheet.en() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return engine.process("record", new Context(locale, Map.of("sheet", sheet)));
    }
}

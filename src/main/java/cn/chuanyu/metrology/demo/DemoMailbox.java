package cn.chuanyu.metrology.demo;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The mails the demo run's embedded mail server received, newest first, as text with their links. */
final class DemoMailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    /** One received mail. */
    record Mail(Instant sentAt, String from, String to, String subject, List<Piece> body) {
    }

    /** A run of the mail's text; a link when {@code link} is true. */
    record Piece(String text, boolean link) {
    }

    private DemoMailbox() {
    }

    static List<Mail> read(MimeMessage[] received, int newest) {
        return Arrays.stream(received).map(DemoMailbox::mail)
                .sorted(Comparator.comparing(Mail::sentAt).reversed()).limit(newest).toList();
    }

    private static Mail mail(MimeMessage message) {
        try {
            Instant sent = message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
            return new Mail(sent, addresses(message.getFrom()),
                    addresses(message.getRecipients(Message.RecipientType.TO)), message.getSubject(),
                    pieces(text(message)));
        } catch (MessagingException e) {
            throw new IllegalStateException("The demo mail server holds an unreadable message", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String addresses(jakarta.mail.Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Object::toString).collect(Collectors.joining(", "));
    }

    /** The first text/plain part (notices carry a text and an HTML version of the same letter). */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = text(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        int from = 0;
        while (link.find()) {
            if (link.start() > from) {
                pieces.add(new Piece(text.substring(from, link.start()), false));
            }
            pieces.add(new Piece(link.group(), true));
            from = link.end();
        }
        if (from < text.length()) {
            pieces.add(new Piece(text.substring(from), false));
        }
        return pieces;
    }
}

package cn.chuanyu.metrology.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real SMTP server on localhost that takes its time: it answers the end of DATA of its first {@code slowAnswers}
 * messages only after {@code delay} (a busy content filter), the others at once. Like a real server it keeps a
 * message once it has processed it, whether or not the client is still there to hear the answer.
 */
final class SlowSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Duration delay;
    private final AtomicInteger slowAnswersLeft;
    private final ScheduledExecutorService answers = Executors.newScheduledThreadPool(2);
    private final List<String> acceptedMessageIds = new CopyOnWriteArrayList<>();
    private final AtomicInteger received = new AtomicInteger();
    private final Thread acceptor;

    SlowSmtpServer(Duration delay, int slowAnswers) throws IOException {
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.delay = delay;
        this.slowAnswersLeft = new AtomicInteger(slowAnswers);
        this.acceptor = daemon("slow-smtp", this::acceptConnections);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** How many messages the server has read to their end, answered or not yet. */
    int received() {
        return received.get();
    }

    /** The Message-ID of every message the server kept, in order. */
    List<String> acceptedMessageIds() {
        return List.copyOf(acceptedMessageIds);
    }

    private void acceptConnections() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                daemon("slow-smtp-session", () -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; var in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream out = client.getOutputStream()) {
            reply(out, "220 slow.example ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 slow.example");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String messageId = messageIdOf(in);
                        received.incrementAndGet();
                        answerAfterProcessing(out, messageId);
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException clientGone) {
            // the client hung up (it gave up waiting): what the server kept, it keeps
        }
    }

    /** Keeps the message when processing ends, then answers; a client that gave up no longer hears the answer. */
    private void answerAfterProcessing(OutputStream out, String messageId) {
        Runnable accept = () -> {
            acceptedMessageIds.add(messageId);
            try {
                reply(out, "250 OK queued");
            } catch (IOException clientGone) {
                // accepted all the same: this is how a late acceptance becomes a duplicate
            }
        };
        if (slowAnswersLeft.getAndDecrement() > 0) {
            answers.schedule(accept, delay.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            accept.run();
        }
    }

    private static String messageIdOf(BufferedReader in) throws IOException {
        String messageId = null;
        for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
            if (messageId == null && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                messageId = line.substring(11).strip();
            }
        }
        return messageId;
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void reply(OutputStream out, String line) throws IOException {
        synchronized (out) {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        answers.shutdownNow();
        acceptor.interrupt();
    }
}

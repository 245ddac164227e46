package org.convene.mail.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A GreenMail SMTP server on a port chosen once, so a test can stop it ("the mail server is down")
 * and start it again on the same port the app is configured with.
 */
final class SmtpServer {
    private final int port = freePort();
    private GreenMail server;

    int port() {
        return port;
    }

    GreenMail start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    GreenMail running() {
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

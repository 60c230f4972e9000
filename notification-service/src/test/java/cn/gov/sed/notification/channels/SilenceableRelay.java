package cn.gov.sed.notification.channels;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay in front of the test's SMTP server that can go silent: while silent, what either side sends is
 * swallowed, as from a server that accepted the connection and stopped answering. The connections stay open (a
 * silent server does not close them either).
 */
final class SilenceableRelay implements AutoCloseable {
    private final ServerSocket listening;
    private final int targetPort;
    private final AtomicBoolean silent = new AtomicBoolean();

    SilenceableRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept, "smtp-relay");
    }

    int port() {
        return listening.getLocalPort();
    }

    void silence(boolean on) {
        silent.set(on);
    }

    private void accept() {
        while (!listening.isClosed()) {
            Socket client;
            try {
                client = listening.accept();
            } catch (IOException e) {
                return; // closed
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                daemon(() -> pump(client, server), "smtp-relay-up");
                daemon(() -> pump(server, client), "smtp-relay-down");
            } catch (IOException e) {
                close(client); // the server refused this one: the client sees it closed, the relay goes on
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (!silent.get()) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // one side went away
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static void daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        listening.close();
    }
}

package org.daybrief.deliver.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP proxy in front of GreenMail (which accepts every recipient) that answers {@code RCPT TO} for chosen
 * addresses itself: with a permanent {@code 550}, or with a transient {@code 451} a given number of times; or
 * every {@code MAIL FROM} with {@code 530}. Every
 * other line goes to the real server, so the client sees a real SMTP conversation with real reply codes.
 */
public final class SmtpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final Map<String, String> rejections = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> transientLeft = new ConcurrentHashMap<>();
    private volatile String mailFromReply;

    public SmtpProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "smtp-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Every RCPT TO this address gets {@code reply}, e.g. {@code 550 5.1.1 <x>: Recipient address rejected}. */
    public SmtpProxy reject(String address, String reply) {
        rejections.put(address.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    /** The first {@code times} RCPT TO this address get {@code 451 4.7.1 Try again later}. */
    public SmtpProxy deferFirst(String address, int times) {
        transientLeft.put(address.toLowerCase(Locale.ROOT), new AtomicInteger(times));
        return this;
    }

    /** Every MAIL FROM gets {@code 530 5.7.0 Authentication required}, as a server that wants a login. */
    public SmtpProxy requireAuthentication() {
        mailFromReply = "530 5.7.0 Authentication required";
        return this;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                pipe(server.getInputStream(), client.getOutputStream(), client);
                Thread t = new Thread(() -> clientToServer(client, server), "smtp-proxy-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void clientToServer(Socket client, Socket server) {
        try (client; server) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream toServer = server.getOutputStream();
            OutputStream toClient = client.getOutputStream();
            boolean data = false;
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (!data && upper.startsWith("MAIL FROM:") && mailFromReply != null) {
                    synchronized (toClient) {
                        toClient.write((mailFromReply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        toClient.flush();
                    }
                    continue;
                }
                if (!data && upper.startsWith("RCPT TO:")) {
                    String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
                    String reply = rejections.get(address);
                    AtomicInteger left = transientLeft.get(address);
                    if (reply == null && left != null && left.getAndDecrement() > 0) {
                        reply = "451 4.7.1 <" + address + ">: Try again later";
                    }
                    if (reply != null) {
                        synchronized (toClient) {
                            toClient.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                            toClient.flush();
                        }
                        continue;
                    }
                }
                if (!data && upper.equals("DATA")) {
                    data = true;
                } else if (data && line.equals(".")) {
                    data = false;
                }
                toServer.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                toServer.flush();
            }
        } catch (IOException e) {
            // connection closed
        }
    }

    private static void pipe(InputStream from, OutputStream to, Object lock) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = from.read(buf)) > 0) {
                    synchronized (to) {
                        to.write(buf, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }, "smtp-proxy-server");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}

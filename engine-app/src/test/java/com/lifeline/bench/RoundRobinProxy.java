package com.lifeline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load balancer for benchmarks, on loopback only: each accepted connection goes to the next
 * backend port, round robin, and bytes are copied both ways (as HAProxy in {@code mode tcp}).
 * HTTP keep-alive connections therefore stay on the node they were first sent to.
 */
final class RoundRobinProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Integer> backends;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<Integer, AtomicLong> connections = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "bench-proxy");
        thread.setDaemon(true);
        return thread;
    });

    RoundRobinProxy(List<Integer> backendPorts) throws IOException {
        this.backends = List.copyOf(backendPorts);
        this.listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        backends.forEach(port -> connections.put(port, new AtomicLong()));
        threads.execute(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** How many client connections went to each backend port. */
    Map<Integer, Long> connectionsPerBackend() {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        connections.forEach((port, count) -> counts.put(port, count.get()));
        return counts;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                int port = backends.get(Math.floorMod(next.getAndIncrement(), backends.size()));
                Socket backend = new Socket(InetAddress.getLoopbackAddress(), port);
                client.setTcpNoDelay(true);
                backend.setTcpNoDelay(true);
                connections.get(port).incrementAndGet();
                threads.execute(() -> copy(client, backend));
                threads.execute(() -> copy(backend, client));
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    throw new IllegalStateException("proxy accept failed", e);
                }
            }
        }
    }

    private static void copy(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException closed) {
            // one side hung up: close both below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}

package kr.openapi.deploy.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, sending the request target byte for byte as given (like {@code curl --path-as-is}):
 * HTTP client libraries normalise dot segments and refuse malformed paths, which is exactly what an attacker does
 * not do.
 */
public final class RawHttp {

    /** The status and body of one answer. */
    public record Answer(int status, String head, String body) {
    }

    private RawHttp() {
    }

    public static Answer send(String host, int port, String method, String target, String extraHeaders, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n"
                    + (extraHeaders == null ? "" : extraHeaders)
                    + (body == null ? "" : "Content-Length: " + content.length + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            String answer = read(socket.getInputStream());
            int endOfHead = answer.indexOf("\r\n\r\n");
            String responseHead = endOfHead < 0 ? answer : answer.substring(0, endOfHead);
            String[] statusLine = responseHead.split(" ", 3);
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            return new Answer(status, responseHead, endOfHead < 0 ? "" : answer.substring(endOfHead + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Answer get(String host, int port, String target) {
        return send(host, port, "GET", target, null, null);
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

package kr.openapi.consent;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An institution's web site for browser tests, on 127.0.0.1 (another site than the consent pages' localhost): the
 * page with the seed's hidden-field form (in EUC-KR with {@code accept-charset="euc-kr"}, or UTF-8), and the two
 * pages the owner returns to.
 */
public final class InstitutionSite implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<byte[]> entryPage = new AtomicReference<>(new byte[0]);
    private final AtomicReference<String> entryCharset = new AtomicReference<>("UTF-8");

    public InstitutionSite() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/start", exchange -> answer(exchange, entryPage.get(), entryCharset.get()));
        server.createContext("/consent/agreed", exchange -> answer(exchange, page("동의 완료: 기관 사이트").getBytes(Charset.forName("UTF-8")), "UTF-8"));
        server.createContext("/consent/declined", exchange -> answer(exchange, page("동의 거절: 기관 사이트").getBytes(Charset.forName("UTF-8")), "UTF-8"));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The page with the form posting {@code fields} to the consent service, as the seed's sample builds it. */
    public String entryPage(String action, Map<String, String> fields, String charset) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"" + charset + "\"><title>연계</title></head><body>")
                .append("<form id=\"provideHashFromUnfixed\" method=\"post\" action=\"").append(action).append("\" accept-charset=\"")
                .append(charset.toLowerCase()).append("\">");
        fields.forEach((name, value) -> html.append("<input type='hidden' name='").append(name).append("' value='")
                .append(value.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;")).append("'>"));
        html.append("</form><table><caption>서비스 이동</caption><tr><td>TS 첨부형 API 본인인증서비스</td>")
                .append("<td><button type=\"submit\" form=\"provideHashFromUnfixed\" id=\"go\">확인</button></td></tr></table></body></html>");
        entryPage.set(html.toString().getBytes(Charset.forName(charset)));
        entryCharset.set(charset);
        return url() + "/start";
    }

    private static String page(String title) {
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body><h1 id=\"site\">" + title + "</h1></body></html>";
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, byte[] body, String charset) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=" + charset);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

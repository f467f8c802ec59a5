package kr.openapi.common.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UnsupportedEncodingException;
import java.io.Writer;
import org.codehaus.stax2.io.EscapingWriterFactory;

/**
 * Escapes element text so that a document stays on one line and stays well-formed whatever the data holds: line
 * breaks and tabs become character references ({@code &#10;}, {@code &#13;}, {@code &#9;}; a parser reads them back
 * as the same characters), and characters XML 1.0 cannot carry (other control characters, U+FFFE, U+FFFF) become
 * U+FFFD. Real service descriptions are often several lines long, and a widely used client reads only the first line.
 */
public final class OneLineXmlEscaper implements EscapingWriterFactory {

    @Override
    public Writer createEscapingWriterFor(Writer out, String encoding) {
        return new EscapingWriter(out);
    }

    @Override
    public Writer createEscapingWriterFor(OutputStream out, String encoding) throws UnsupportedEncodingException {
        return new EscapingWriter(new OutputStreamWriter(out, encoding == null ? "UTF-8" : encoding));
    }

    private static final class EscapingWriter extends Writer {

        private final Writer out;

        EscapingWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(text[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(text.charAt(i));
            }
        }

        @Override
        public void write(int c) throws IOException {
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '\n' -> out.write("&#10;");
                case '\r' -> out.write("&#13;");
                case '\t' -> out.write("&#9;");
                default -> out.write(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}

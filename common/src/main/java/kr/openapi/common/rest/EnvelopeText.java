package kr.openapi.common.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An envelope written out as text in one format, byte for byte as the services' JAX-RS writers write it: for the
 * gateway's own failures, which are answered outside JAX-RS.
 */
public final class EnvelopeText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EnvelopeText() {
    }

    public static String write(Object envelope, ResponseFormat format) {
        try {
            return format == ResponseFormat.JSON ? JSON.writeValueAsString(envelope) : XmlBodyWriter.toXml(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

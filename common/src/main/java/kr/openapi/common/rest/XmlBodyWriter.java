package kr.openapi.common.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import org.codehaus.stax2.XMLOutputFactory2;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes wire models annotated with {@link JacksonXmlRootElement} as one line of UTF-8 XML behind the declaration
 * the public-data APIs send ({@code standalone="yes"}, as JAXB writes it). One line matters: a widely used client
 * reads only the first line of the response.
 */
@Provider
@Produces({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
public class XmlBodyWriter implements MessageBodyWriter<Object> {

    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private static final ObjectWriter WRITER = XmlMapper.builder(new XmlFactory(XMLInputFactory.newFactory(), oneLineOutput()))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build()
            .writer();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isXmlRoot(type);
    }

    @Override
    public void writeTo(Object body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", mediaType.withCharset("UTF-8").toString());
        out.write(toXml(body).getBytes(StandardCharsets.UTF_8));
    }

    /** The complete document, declaration included. */
    public static String toXml(Object body) throws IOException {
        return DECLARATION + WRITER.writeValueAsString(body);
    }

    private static XMLOutputFactory oneLineOutput() {
        XMLOutputFactory factory = XMLOutputFactory.newFactory();
        factory.setProperty(XMLOutputFactory2.P_TEXT_ESCAPER, new OneLineXmlEscaper());
        factory.setProperty(XMLOutputFactory2.P_ATTR_VALUE_ESCAPER, new OneLineXmlEscaper());
        return factory;
    }

    static boolean isXmlRoot(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(JacksonXmlRootElement.class)) {
                return true;
            }
        }
        return false;
    }
}

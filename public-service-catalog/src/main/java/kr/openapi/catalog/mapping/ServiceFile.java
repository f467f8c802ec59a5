package kr.openapi.catalog.mapping;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import kr.openapi.catalog.repository.PublicService;
import kr.openapi.common.result.ApiException;

/**
 * A catalogue file for the bulk import, read one service at a time as the importer asks for it, so a file of any
 * size takes the memory of one service. A record that cannot be read is code 10 naming where it is.
 *
 * <ul>
 *   <li>JSON: an array of services as the detail API writes them.</li>
 *   <li>CSV (UTF-8): a header row of the same element names in any order, one service per row; the
 *       {@code reqstPapers} and {@code laws} cells hold JSON as the detail writes it. Empty cells are absent.</li>
 * </ul>
 */
public final class ServiceFile implements Iterator<PublicService> {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema WITH_HEADER = CsvSchema.emptySchema().withHeader();
    private static final List<String> JSON_CELLS = List.of("reqstPapers", "laws");

    private interface Conversion<T> {
        PublicService apply(T record) throws IOException;
    }

    private final MappingIterator<?> records;
    private final Conversion<Object> conversion;
    private final IntFunction<String> where;
    private int read;

    @SuppressWarnings("unchecked")
    private <T> ServiceFile(MappingIterator<T> records, Conversion<T> conversion, IntFunction<String> where) {
        this.records = records;
        this.conversion = (Conversion<Object>) conversion;
        this.where = where;
    }

    public static ServiceFile json(InputStream body, ObjectMapper json) {
        IntFunction<String> where = number -> number + "번째 서비스";
        try {
            return new ServiceFile(json.readerFor(PublicService.class).<PublicService>readValues(body), s -> s, where);
        } catch (IOException e) {
            throw unreadable(where.apply(1), e);
        }
    }

    public static ServiceFile csv(InputStream body, ObjectMapper json) {
        IntFunction<String> where = number -> "CSV " + (number + 1) + "번째 줄";
        try {
            MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(WITH_HEADER).readValues(body);
            return new ServiceFile(rows, row -> fromCsvRow(row, json), where);
        } catch (IOException e) {
            throw unreadable(where.apply(0), e);
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNextValue();
        } catch (IOException | RuntimeException e) {
            throw unreadable(where.apply(read + 1), e);
        }
    }

    @Override
    public PublicService next() {
        read++;
        try {
            return conversion.apply(records.nextValue());
        } catch (IOException | RuntimeException e) {
            throw unreadable(where.apply(read), e);
        }
    }

    private static PublicService fromCsvRow(Map<String, String> row, ObjectMapper json) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> cell : row.entrySet()) {
            String name = cell.getKey().trim();
            String value = cell.getValue();
            if (value != null && !value.isBlank()) {
                fields.put(name, JSON_CELLS.contains(name) ? json.readTree(value) : value);
            }
        }
        return json.convertValue(fields, PublicService.class);
    }

    /**
     * A record that cannot be read: code 10 naming it, unless reading was stopped on purpose (the body's size limit),
     * whose own answer is kept even where Jackson wrapped it.
     */
    private static ApiException unreadable(String where, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException stopped) {
                return stopped;
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return ApiException.invalidParameter(where + ": 읽을 수 없습니다 (" + message + ")");
    }
}

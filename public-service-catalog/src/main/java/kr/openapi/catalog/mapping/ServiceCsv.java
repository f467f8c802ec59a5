package kr.openapi.catalog.mapping;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.openapi.catalog.repository.PublicService;
import kr.openapi.common.result.ApiException;

/**
 * Reads a catalogue in CSV: a header row of the wire element names ({@code svcId,svcNm,jrsdDptAllNm,svcEditDt,...})
 * in any order, one service per row; the {@code reqstPapers} and {@code laws} cells, when present, hold the JSON
 * arrays the detail API writes. Empty cells are absent values.
 */
public final class ServiceCsv {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema WITH_HEADER = CsvSchema.emptySchema().withHeader();
    private static final List<String> JSON_CELLS = List.of("reqstPapers", "laws");

    private ServiceCsv() {
    }

    public static List<PublicService> read(String csv, ObjectMapper json) {
        List<PublicService> services = new ArrayList<>();
        int line = 1;
        try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(WITH_HEADER).readValues(csv)) {
            while (rows.hasNextValue()) {
                line++;
                services.add(toService(rows.nextValue(), json, line));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.invalidParameter("CSV " + line + "번째 줄을 읽을 수 없습니다: " + firstLine(e.getMessage()));
        }
        return services;
    }

    private static PublicService toService(Map<String, String> row, ObjectMapper json, int line) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> cell : row.entrySet()) {
            String value = cell.getValue() == null || cell.getValue().isBlank() ? null : cell.getValue();
            if (value == null) {
                continue;
            }
            fields.put(cell.getKey().trim(), JSON_CELLS.contains(cell.getKey().trim()) ? json.readTree(value) : value);
        }
        try {
            return json.convertValue(fields, PublicService.class);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("CSV " + line + "번째 줄: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}

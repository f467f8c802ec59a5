package kr.openapi.catalog.mapping;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kr.openapi.catalog.repository.ServiceSummary;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A public-service list as an .xlsx workbook with the guide's columns (번호, 서비스 ID, 서비스 명, 서비스 목적,
 * 서비스 소관기관, 지원형태, 최종 수정일). Written with fastexcel, which streams: rows already flushed leave memory,
 * so the whole catalogue takes no more heap than one batch.
 */
public final class ServiceSheet implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<String> HEADERS = List.of("번호", "서비스 ID", "서비스 명", "서비스 목적", "서비스 소관기관", "지원형태", "최종 수정일");
    private static final double[] WIDTHS = {8, 16, 48, 64, 40, 20, 14};

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row = 1;

    public ServiceSheet(OutputStream out) {
        this.workbook = new Workbook(out, "public-service-catalog", "1.0");
        this.sheet = workbook.newWorksheet("공공서비스 목록");
        for (int column = 0; column < HEADERS.size(); column++) {
            sheet.value(0, column, HEADERS.get(column));
            sheet.width(column, WIDTHS[column]);
        }
        sheet.range(0, 0, 0, HEADERS.size() - 1).style().bold().fillColor("DDEBF7").set();
        sheet.freezePane(0, 1);
    }

    /** Adds a row; {@code number} is the 번호 column, which the guide counts down to 1. */
    public void add(long number, ServiceSummary service) {
        sheet.value(row, 0, number);
        sheet.value(row, 1, service.svcId());
        sheet.value(row, 2, service.svcNm());
        sheet.value(row, 3, service.svcPpo());
        sheet.value(row, 4, service.jrsdDptAllNm());
        sheet.value(row, 5, service.sportFr());
        sheet.value(row, 6, service.svcEditDt().toString());
        row++;
    }

    /** Adds the services with 번호 counting down from {@code number}; returns the number the next row would take. */
    public long addCountingDown(long number, List<ServiceSummary> services) {
        for (ServiceSummary service : services) {
            add(number--, service);
        }
        return number;
    }

    /** Writes the rows added so far to the stream and forgets them. */
    public void flush() throws IOException {
        sheet.flush();
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}

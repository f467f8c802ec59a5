package kr.openapi.catalog.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kr.openapi.catalog.repository.PublicService;
import kr.openapi.catalog.repository.PublicServiceRepository;
import kr.openapi.catalog.repository.ServiceCriteria;
import kr.openapi.catalog.repository.ServiceSummary;
import kr.openapi.common.paging.Page;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.common.result.ApiException;

/** The public-service list and detail APIs' view of the catalogue. */
@ApplicationScoped
public class PublicServiceCatalog {

    /** At most this many rows in a list spreadsheet (a category's services; the whole catalogue has its own file). */
    public static final int SPREADSHEET_ROWS = 20_000;

    private final PublicServiceRepository services;

    public PublicServiceCatalog(PublicServiceRepository services) {
        this.services = services;
    }

    public Uni<Page<ServiceSummary>> list(ServiceCriteria criteria, PageRequest page) {
        return services.page(criteria, page);
    }

    /** Every service the criteria select (up to {@link #SPREADSHEET_ROWS}), for a spreadsheet. */
    public Uni<List<ServiceSummary>> listForSpreadsheet(ServiceCriteria criteria) {
        return services.first(criteria, SPREADSHEET_ROWS);
    }

    /** The service's details; a successful call counts one view. */
    public Uni<PublicService> view(String svcId) {
        return services.viewById(svcId).map(found -> found.orElseThrow(
                () -> ApiException.noData("공공서비스 ID " + svcId + "에 해당하는 서비스가 없습니다")));
    }
}

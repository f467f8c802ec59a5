package kr.openapi.keys.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kr.openapi.common.result.ApiException;
import kr.openapi.keys.mapping.NewApiProduct;
import kr.openapi.keys.repository.ApiProduct;
import kr.openapi.keys.repository.ApiProductRepository;

@ApplicationScoped
public class ApiProductService {

    /** Dates on the portal are Korean calendar dates. */
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final ApiProductRepository products;

    public ApiProductService(ApiProductRepository products) {
        this.products = products;
    }

    public Uni<List<ApiProduct>> list() {
        return products.listByName();
    }

    public Uni<ApiProduct> get(String code) {
        return products.findByCode(code)
                .onItem().ifNull().failWith(() -> ApiException.noData("등록되지 않은 API 상품입니다: " + code));
    }

    @WithTransaction
    public Uni<ApiProduct> register(NewApiProduct request) {
        return products.findById(request.code())
                .onItem().ifNotNull().failWith(() -> ApiException.invalidParameter("이미 등록된 API 상품 코드입니다: " + request.code()))
                .replaceWith(() -> request.toEntity(LocalDate.now(SEOUL)))
                .call(products::persist);
    }
}

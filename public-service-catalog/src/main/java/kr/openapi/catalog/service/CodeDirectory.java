package kr.openapi.catalog.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kr.openapi.catalog.repository.Organisation;
import kr.openapi.catalog.repository.OrganisationRepository;
import kr.openapi.catalog.repository.ServiceCategory;
import kr.openapi.catalog.repository.ServiceCategoryRepository;
import kr.openapi.common.result.ApiException;

/** The code APIs: service categories by level and organisations by class. */
@ApplicationScoped
public class CodeDirectory {

    private final ServiceCategoryRepository categories;
    private final OrganisationRepository organisations;

    public CodeDirectory(ServiceCategoryRepository categories, OrganisationRepository organisations) {
        this.categories = categories;
        this.organisations = organisations;
    }

    /**
     * The categories of a level. Medium and small categories are listed under a parent ({@code upAstCd}, required
     * for them), which must be a category of the level just above; the large ones have no parent.
     */
    public Uni<List<ServiceCategory>> categories(CategoryLevel level, String parentCode) {
        if (level == CategoryLevel.LARGE) {
            return categories.list(level.number(), null);
        }
        if (parentCode == null) {
            throw ApiException.missingParameter("upAstCd (level=" + level.name().toLowerCase() + "일 때 필수)");
        }
        return categories.find(parentCode).flatMap(parent -> {
            if (parent.isEmpty()) {
                throw ApiException.noData("분류 코드 " + parentCode + "가 없습니다");
            }
            if (parent.get().level() != level.number() - 1) {
                throw ApiException.invalidParameter("upAstCd " + parentCode + "는 " + parent.get().level()
                        + "단계 분류입니다; level=" + level.name().toLowerCase() + "에는 " + (level.number() - 1)
                        + "단계 분류 코드를 주십시오");
            }
            return categories.list(level.number(), parentCode);
        });
    }

    /**
     * The organisations of a class: under {@code parentCode} when given (the districts of a province for 시군구),
     * otherwise the class's top level (the provinces for 시군구, the agencies for 중앙행정기관).
     */
    public Uni<List<Organisation>> organisations(String classCode, String parentCode) {
        return organisations.classExists(classCode).flatMap(classExists -> {
            if (!classExists) {
                throw ApiException.noData("기관분류 코드 " + classCode + "가 없습니다");
            }
            if (parentCode == null) {
                return organisations.list(classCode, null);
            }
            return organisations.exists(parentCode).flatMap(parentExists -> {
                if (!parentExists) {
                    throw ApiException.noData("상위기관 코드 " + parentCode + "가 없습니다");
                }
                return organisations.list(classCode, parentCode);
            });
        });
    }
}

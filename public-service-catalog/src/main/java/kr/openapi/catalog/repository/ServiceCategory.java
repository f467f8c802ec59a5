package kr.openapi.catalog.repository;

/** A public-service category (공공서비스 분류): level 1 대분류, 2 중분류, 3 소분류. */
public record ServiceCategory(String code, String name, int level, String parentCode) {
}

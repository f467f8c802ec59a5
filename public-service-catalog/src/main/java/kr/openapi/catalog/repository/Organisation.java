package kr.openapi.catalog.repository;

/** An organisation (기관) of a class; districts name their province as parent. */
public record Organisation(String code, String name, String classCode, String parentCode) {
}

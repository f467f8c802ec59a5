package kr.openapi.charging.mapping;

import java.util.List;

/** A page of a list: {@code {"records": [..], "total": n, "pageNum": 1, "pageSize": 10}}. */
public record Page<T>(List<T> records, long total, int pageNum, int pageSize) {
}

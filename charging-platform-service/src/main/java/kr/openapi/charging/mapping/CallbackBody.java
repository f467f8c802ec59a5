package kr.openapi.charging.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A callback address the operator implements. */
public record CallbackBody(@Schema(example = "https://cpo.example.com/platform/report-failure") String url) {
}

package kr.openapi.keys.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Approval; {@code dailyQuota} overrides the product's default when given. */
public record ApproveRequest(@Min(1) @Max(100_000_000) Integer dailyQuota) {
}

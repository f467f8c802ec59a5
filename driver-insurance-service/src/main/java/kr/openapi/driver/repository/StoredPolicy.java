package kr.openapi.driver.repository;

import java.time.OffsetDateTime;

/** A policy of the insurer feed: its number, period and cover, and the person it insures (as a blind index). */
public record StoredPolicy(String insuranceNo, String personIndex, OffsetDateTime fromAt, OffsetDateTime toAt, Coverage coverage) {
}

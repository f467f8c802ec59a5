package kr.openapi.charging.repository;

import java.time.LocalDateTime;

/** The public EV API's filters; null is "any". {@code stationTypes}: the types a {@code kind} stands for. */
public record EvCriteria(String zcode, String zscode, String statId, String chgerId, Integer[] stationTypes, LocalDateTime changedSince) {
}

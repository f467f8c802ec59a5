package kr.openapi.consent.repository;

import java.util.List;

/** A service an institution offers for consent, with the item sets it reads. */
public record ServiceCode(String svcCode, String insttCode, String name, List<String> items) {
}

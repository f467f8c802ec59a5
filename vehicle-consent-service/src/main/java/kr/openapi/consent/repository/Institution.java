package kr.openapi.consent.repository;

import java.time.OffsetDateTime;
import kr.openapi.consent.mapping.HashScheme;

/**
 * An institution approved to receive vehicle data with owners' consent; TS issues its {@code insttCode}. Its site is
 * where return URLs must lie; its member's {@code vehicle-info} keys read the data; its secret signs the entry.
 */
public record Institution(String insttCode, String name, String siteUrl, String memberId, HashScheme hashScheme,
                          String secretEnc, OffsetDateTime createdAt) {
}

package kr.openapi.keys.mapping;

import java.time.OffsetDateTime;

/** A member's own profile, decrypted for its owner only. */
public record MemberProfile(long id, String loginId, String name, String phone, String email, String address,
                            String addressDetail, String role, OffsetDateTime joinedAt) {
}

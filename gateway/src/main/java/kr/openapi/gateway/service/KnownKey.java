package kr.openapi.gateway.service;

import java.net.InetAddress;
import java.time.LocalDate;
import java.util.List;
import kr.openapi.common.net.IpRange;

/** A service key as the gateway knows it from the key feed; the access list is parsed once, on load. */
public record KnownKey(String keyId, String keyHash, String product, String memberId, Status status, LocalDate issuedOn,
                       LocalDate expiresOn, List<IpRange> accessIps, int dailyQuota) {

    public enum Status { ACTIVE, SUSPENDED, REVOKED }

    public boolean allows(InetAddress client) {
        for (IpRange range : accessIps) {
            if (range.contains(client)) {
                return true;
            }
        }
        return false;
    }

    /** Valid through 23:59:59 (Asia/Seoul) of its expiry date. */
    public boolean isExpiredOn(LocalDate today) {
        return today.isAfter(expiresOn);
    }
}

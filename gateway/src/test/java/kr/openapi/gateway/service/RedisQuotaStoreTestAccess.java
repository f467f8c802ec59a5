package kr.openapi.gateway.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The Redis key layout the store uses, as operators see it in redis-cli: {@code quota:<keyId>:<yyyyMMdd>}. */
final class RedisQuotaStoreTestAccess {

    private RedisQuotaStoreTestAccess() {
    }

    static String counterKey(String keyId, LocalDate day) {
        return "quota:" + keyId + ":" + DateTimeFormatter.BASIC_ISO_DATE.format(day);
    }
}

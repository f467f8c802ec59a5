package kr.openapi.gateway.service;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every service key the gateway knows, by the SHA-256 of its value, held in memory: checking a key costs a hash and
 * a map lookup, and keeps working while key-issuance-service is down.
 */
@Singleton
public class KeyDirectory {

    private final Map<String, KnownKey> byHash = new ConcurrentHashMap<>();
    private final Map<String, String> hashById = new ConcurrentHashMap<>();

    public KnownKey byHash(String keyHash) {
        return byHash.get(keyHash);
    }

    /** Adds or replaces a key (a key id keeps its hash; a re-issued key is a new id). */
    public void put(KnownKey key) {
        String previousHash = hashById.put(key.keyId(), key.keyHash());
        if (previousHash != null && !previousHash.equals(key.keyHash())) {
            byHash.remove(previousHash);
        }
        byHash.put(key.keyHash(), key);
    }

    /** Drops every key not in {@code keep}: used after a full snapshot. */
    public void retainOnly(java.util.Set<String> keepIds) {
        hashById.entrySet().removeIf(entry -> {
            if (keepIds.contains(entry.getKey())) {
                return false;
            }
            byHash.remove(entry.getValue());
            return true;
        });
    }

    public int size() {
        return byHash.size();
    }
}

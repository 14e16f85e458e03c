package dev.clientportal.keycloak.logincode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Counts and locks kept in Keycloak's single-use object store (shared by every Keycloak node through
 * its distributed cache). A count is never read-modify-written: each code sent CLAIMS one of N slots
 * of the current window with putIfAbsent, which the store makes atomic, so two nodes can never both
 * take the last slot.
 */
final class LoginCodeLimits {
    private static final String PREFIX = "login-code|";

    private final SingleUseObjectProvider store;

    LoginCodeLimits(SingleUseObjectProvider store) {
        this.store = store;
    }

    /** Claims one slot of `kind`'s window for `subject`; false when all are taken. */
    boolean claim(String kind, String subject, int max) {
        long window = windowStart();
        long lifespan = window + LoginCodeSettings.WINDOW_SECONDS - Time.currentTime() + 5;
        String base = PREFIX + kind + "|" + digest(subject) + "|" + window + "|";
        for (int slot = 0; slot < max; slot++) {
            if (store.putIfAbsent(base + slot, lifespan)) return true;
        }
        return false;
    }

    /** Minutes until the current window ends (when a refused count starts again), at least 1. */
    static int minutesUntilWindowEnds() {
        long remaining = windowStart() + LoginCodeSettings.WINDOW_SECONDS - Time.currentTime();
        return (int) Math.max(1, (remaining + 59) / 60);
    }

    /** Locks sign-in by code for an address. */
    void lock(String address) {
        long until = Time.currentTime() + LoginCodeSettings.LOCK_SECONDS;
        store.put(lockKey(address), LoginCodeSettings.LOCK_SECONDS, Map.of("until", String.valueOf(until)));
    }

    /** Whole minutes (at least 1) the address stays locked, or 0 when it is not. */
    int lockedMinutes(String address) {
        Map<String, String> lock = store.get(lockKey(address));
        if (lock == null) return 0;
        long remaining = Long.parseLong(lock.getOrDefault("until", "0")) - Time.currentTime();
        return remaining <= 0 ? 0 : (int) Math.max(1, (remaining + 59) / 60);
    }

    private static String lockKey(String address) {
        return PREFIX + "lock|" + digest(address);
    }

    private static long windowStart() {
        long now = Time.currentTime();
        return now - now % LoginCodeSettings.WINDOW_SECONDS;
    }

    /** Keys never hold an address or IP in clear (the cache may be inspected or logged). */
    static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

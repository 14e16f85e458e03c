package dev.clientportal.keycloak.logincode;

/**
 * The rules of sign-in by code (docs/access-login.md). Fixed here rather than configurable per realm:
 * they are the product's promise ("valid 10 minutes, 5 attempts") and tests assert them.
 */
final class LoginCodeSettings {
    private LoginCodeSettings() {}

    /** Digits in a code. */
    static final int CODE_DIGITS = 6;
    /** A code is valid this long after it was sent. */
    static final int CODE_TTL_SECONDS = 10 * 60;
    /** Wrong entries allowed for one code; the last one locks the address. */
    static final int MAX_ATTEMPTS = 5;
    /** How long sign-in by code stays locked for an address after too many wrong entries. */
    static final int LOCK_SECONDS = 15 * 60;
    /** "Send a new code" is refused this long after the previous code of the same sign-in. */
    static final int RESEND_AFTER_SECONDS = 30;
    /** Codes sent to one address per window, whichever sign-in asked for them. */
    static final int MAX_CODES_PER_ADDRESS = 5;
    /** Codes asked from one IP address per window, for any address (known or not). */
    static final int MAX_CODES_PER_IP = 30;
    /** The fixed window the two counts above are kept over. */
    static final int WINDOW_SECONDS = 30 * 60;
}

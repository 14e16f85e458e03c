package dev.clientportal.keycloak.logincode;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Sign-in by a one-time code: the person names their e-mail address (or the app passed it as
 * login_hint), a 6-digit code goes by SMS when the account has a `mobile_number`, by e-mail otherwise,
 * and entering it signs them in. The code and its counters live in the authentication session (one
 * browser sign-in); the limits that must hold across sign-ins (codes per address and per IP, the lock
 * after too many wrong codes) live in the single-use object store (LoginCodeLimits).
 *
 * An address with no account (or a disabled one) gets exactly the same pages and limits, and no code:
 * the pages never tell whether an address can sign in.
 */
final class LoginCodeAuthenticator implements Authenticator {
    private static final Logger LOG = Logger.getLogger(LoginCodeAuthenticator.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    static final String NOTE_ADDRESS = "login-code.address";
    static final String NOTE_USER = "login-code.user";
    static final String NOTE_HASH = "login-code.hash";
    static final String NOTE_EXPIRES = "login-code.expires";
    static final String NOTE_ATTEMPTS = "login-code.attempts";
    static final String NOTE_SENT_AT = "login-code.sent-at";
    static final String NOTE_CHANNEL = "login-code.channel";
    static final String NOTE_DESTINATION = "login-code.destination";

    /** User attribute: when the user last signed in with a code (epoch seconds). */
    static final String ATTRIBUTE_VERIFIED_AT = "login_code_verified_at";

    static final String TEMPLATE_ADDRESS = "login-code-address.ftl";
    static final String TEMPLATE_CODE = "login-code.ftl";

    private final SmsSender sms;

    LoginCodeAuthenticator(SmsSender sms) {
        this.sms = sms;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel known = context.getUser();
        String address = known != null ? known.getEmail() : context.getAuthenticationSession().getClientNote("login_hint");
        address = normalise(address);
        if (address == null) {
            context.challenge(addressPage(context, null, null));
            return;
        }
        start(context, address);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        if (form.containsKey("cancel")) {
            context.cancelLogin();
            return;
        }
        if (form.containsKey("another-address")) {
            clearCode(auth);
            auth.removeAuthNote(NOTE_ADDRESS);
            context.challenge(addressPage(context, null, null));
            return;
        }
        if (form.containsKey("email")) {
            String address = normalise(form.getFirst("email"));
            if (address == null) {
                context.challenge(addressPage(context, form.getFirst("email"), new FormMessage("email", "loginCodeAddressInvalid")));
                return;
            }
            start(context, address);
            return;
        }
        String address = auth.getAuthNote(NOTE_ADDRESS);
        if (address == null) {
            context.challenge(addressPage(context, null, null));
            return;
        }
        if (form.containsKey("resend")) {
            long wait = Long.parseLong(orZero(auth.getAuthNote(NOTE_SENT_AT))) + LoginCodeSettings.RESEND_AFTER_SECONDS - Time.currentTime();
            if (wait > 0) {
                context.challenge(codePage(context, new FormMessage(null, "loginCodeResendTooSoon", wait), false));
                return;
            }
            start(context, address);
            return;
        }
        verify(context, address, form.getFirst("code"));
    }

    /** Sends a code to `address` (when it has an account) within the limits, then asks for it. */
    private void start(AuthenticationFlowContext context, String address) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        LoginCodeLimits limits = limits(context.getSession());
        int locked = limits.lockedMinutes(address);
        if (locked > 0) {
            auth.setAuthNote(NOTE_ADDRESS, address);
            clearCode(auth);
            context.challenge(lockedPage(context, locked));
            return;
        }
        String ip = context.getConnection().getRemoteAddr();
        if (!limits.claim("ip", ip, LoginCodeSettings.MAX_CODES_PER_IP)) {
            context.getEvent().detail("reason", "login_code_ip_limit").error(Errors.ACCESS_DENIED);
            context.challenge(addressPage(context, address,
                    new FormMessage(null, "loginCodeTooManyFromNetwork", LoginCodeLimits.minutesUntilWindowEnds())));
            return;
        }
        if (!limits.claim("address", address, LoginCodeSettings.MAX_CODES_PER_ADDRESS)) {
            context.getEvent().detail("reason", "login_code_address_limit").error(Errors.ACCESS_DENIED);
            context.challenge(addressPage(context, address,
                    new FormMessage(null, "loginCodeTooManyForAddress", LoginCodeLimits.minutesUntilWindowEnds())));
            return;
        }
        UserModel user = findUser(context, address);
        String code = newCode();
        String channel = "email";
        String destination = maskEmail(address);
        if (user != null) {
            String mobile = user.getFirstAttribute("mobile_number");
            try {
                if (mobile != null && !mobile.isBlank() && sms != null) {
                    sms.send(mobile.trim(), context.form().getMessage("loginCodeSms", code, ttlMinutes(context)));
                    channel = "sms";
                    destination = maskPhone(mobile.trim());
                } else {
                    sendEmail(context, user, code);
                }
            } catch (IOException | EmailException failure) {
                LOG.warnf(failure, "login code for user %s could not be sent by %s", user.getId(), channel);
                context.challenge(addressPage(context, address, new FormMessage(null, "loginCodeNotSent")));
                return;
            }
        }
        auth.setAuthNote(NOTE_ADDRESS, address);
        auth.setAuthNote(NOTE_USER, user == null ? "" : user.getId());
        // An address without an account gets no code: no hash, so every entry is wrong (and counted).
        auth.setAuthNote(NOTE_HASH, user == null ? "" : hash(code, auth));
        auth.setAuthNote(NOTE_EXPIRES, String.valueOf(Time.currentTime() + ttlSeconds(context)));
        auth.setAuthNote(NOTE_ATTEMPTS, "0");
        auth.setAuthNote(NOTE_SENT_AT, String.valueOf(Time.currentTime()));
        auth.setAuthNote(NOTE_CHANNEL, channel);
        auth.setAuthNote(NOTE_DESTINATION, destination);
        context.challenge(codePage(context, null, true));
    }

    private void verify(AuthenticationFlowContext context, String address, String entered) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        LoginCodeLimits limits = limits(context.getSession());
        int locked = limits.lockedMinutes(address);
        if (locked > 0) {
            clearCode(auth);
            context.challenge(lockedPage(context, locked));
            return;
        }
        String expected = auth.getAuthNote(NOTE_HASH);
        if (expected == null) {
            // The code was used up (expired or too many attempts): only a new one helps.
            context.challenge(codePage(context, new FormMessage("code", "loginCodeExpired"), false));
            return;
        }
        String digits = entered == null ? "" : entered.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + LoginCodeSettings.CODE_DIGITS + "}")) {
            context.challenge(codePage(context, new FormMessage("code", "loginCodeFormat", LoginCodeSettings.CODE_DIGITS), false));
            return;
        }
        if (Time.currentTime() > Long.parseLong(orZero(auth.getAuthNote(NOTE_EXPIRES)))) {
            clearCode(auth);
            context.getEvent().detail("reason", "login_code_expired").error(Errors.EXPIRED_CODE);
            context.challenge(codePage(context, new FormMessage("code", "loginCodeExpired"), false));
            return;
        }
        int attempts = Integer.parseInt(orZero(auth.getAuthNote(NOTE_ATTEMPTS))) + 1;
        auth.setAuthNote(NOTE_ATTEMPTS, String.valueOf(attempts));
        boolean right = !expected.isEmpty()
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), hash(digits, auth).getBytes(StandardCharsets.UTF_8));
        UserModel user = right ? context.getSession().users().getUserById(context.getRealm(), auth.getAuthNote(NOTE_USER)) : null;
        if (user != null && user.isEnabled()) {
            if ("email".equals(auth.getAuthNote(NOTE_CHANNEL)) && !user.isEmailVerified()) {
                // The code reached that mailbox: the address is proven.
                user.setEmailVerified(true);
            }
            // For identity: an invited contact who signed in by code has proven their address or number
            // and is activated at their first request (CodeActivationService).
            user.setSingleAttribute(ATTRIBUTE_VERIFIED_AT, String.valueOf(Time.currentTime()));
            clearCode(auth);
            auth.removeAuthNote(NOTE_ADDRESS);
            auth.setUserSessionNote("login_method", "code");
            context.setUser(user);
            context.success();
            return;
        }
        context.getEvent().detail("reason", "login_code_wrong").error(Errors.INVALID_USER_CREDENTIALS);
        if (attempts >= LoginCodeSettings.MAX_ATTEMPTS) {
            limits.lock(address);
            clearCode(auth);
            context.challenge(lockedPage(context, LoginCodeSettings.LOCK_SECONDS / 60));
            return;
        }
        context.challenge(codePage(context, new FormMessage("code", "loginCodeWrong", LoginCodeSettings.MAX_ATTEMPTS - attempts), false));
    }

    private UserModel findUser(AuthenticationFlowContext context, String address) {
        KeycloakSession session = context.getSession();
        UserModel user = context.getUser();
        if (user == null) user = session.users().getUserByEmail(context.getRealm(), address);
        if (user == null || !user.isEnabled() || user.getServiceAccountClientLink() != null) return null;
        return user;
    }

    private void sendEmail(AuthenticationFlowContext context, UserModel user, String code) throws EmailException {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("code", code);
        attributes.put("ttlMinutes", ttlMinutes(context));
        context.getSession().getProvider(EmailTemplateProvider.class)
                .setRealm(context.getRealm())
                .setUser(user)
                .setAuthenticationSession(context.getAuthenticationSession())
                .send("loginCodeSubject", List.of(code), "login-code.ftl", attributes);
    }

    private Response addressPage(AuthenticationFlowContext context, String value, FormMessage error) {
        LoginFormsProvider form = context.form();
        Map<String, Object> page = new HashMap<>();
        page.put("address", value == null ? "" : value);
        form.setAttribute("loginCode", page);
        if (error != null) form.addError(error);
        return form.createForm(TEMPLATE_ADDRESS);
    }

    private Response codePage(AuthenticationFlowContext context, FormMessage error, boolean justSent) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        LoginFormsProvider form = context.form();
        Map<String, Object> page = new HashMap<>();
        page.put("channel", orDefault(auth.getAuthNote(NOTE_CHANNEL), "email"));
        page.put("destination", orDefault(auth.getAuthNote(NOTE_DESTINATION), ""));
        page.put("ttlMinutes", ttlMinutes(context));
        page.put("digits", LoginCodeSettings.CODE_DIGITS);
        page.put("locked", false);
        form.setAttribute("loginCode", page);
        if (justSent) {
            form.setInfo("sms".equals(page.get("channel")) ? "loginCodeSentBySms" : "loginCodeSentByEmail", page.get("destination"),
                    ttlMinutes(context));
        }
        if (error != null) form.addError(error);
        return form.createForm(TEMPLATE_CODE);
    }

    private Response lockedPage(AuthenticationFlowContext context, int minutes) {
        LoginFormsProvider form = context.form();
        Map<String, Object> page = new HashMap<>();
        page.put("locked", true);
        page.put("lockedMinutes", minutes);
        page.put("channel", "email");
        page.put("destination", "");
        form.setAttribute("loginCode", page);
        form.addError(new FormMessage(null, "loginCodeLocked", minutes));
        return form.createForm(TEMPLATE_CODE);
    }

    /**
     * The code's validity: the execution's configuration (`codeTtlSeconds`, the realm file sets 600)
     * or the default of LoginCodeSettings.
     */
    static int ttlSeconds(AuthenticationFlowContext context) {
        AuthenticatorConfigModel config = context.getAuthenticatorConfig();
        String value = config == null || config.getConfig() == null ? null : config.getConfig().get(LoginCodeAuthenticatorFactory.CONFIG_TTL);
        try {
            int seconds = value == null ? LoginCodeSettings.CODE_TTL_SECONDS : Integer.parseInt(value.trim());
            return seconds > 0 ? seconds : LoginCodeSettings.CODE_TTL_SECONDS;
        } catch (NumberFormatException malformed) {
            return LoginCodeSettings.CODE_TTL_SECONDS;
        }
    }

    private static int ttlMinutes(AuthenticationFlowContext context) {
        return Math.max(1, (ttlSeconds(context) + 59) / 60);
    }

    private static void clearCode(AuthenticationSessionModel auth) {
        auth.removeAuthNote(NOTE_HASH);
        auth.removeAuthNote(NOTE_EXPIRES);
        auth.removeAuthNote(NOTE_ATTEMPTS);
    }

    private static LoginCodeLimits limits(KeycloakSession session) {
        return new LoginCodeLimits(session.singleUseObjects());
    }

    /** The code is kept hashed with the sign-in's own id, so the session store never holds it in clear. */
    private static String hash(String code, AuthenticationSessionModel auth) {
        return LoginCodeLimits.digest(auth.getParentSession().getId() + "|" + auth.getTabId() + "|" + code);
    }

    private static String newCode() {
        int bound = (int) Math.pow(10, LoginCodeSettings.CODE_DIGITS);
        return String.format(Locale.ROOT, "%0" + LoginCodeSettings.CODE_DIGITS + "d", RANDOM.nextInt(bound));
    }

    static String normalise(String address) {
        if (address == null) return null;
        String trimmed = address.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() <= 254 && EMAIL.matcher(trimmed).matches() ? trimmed : null;
    }

    static String maskEmail(String address) {
        int at = address.indexOf('@');
        String local = address.substring(0, at);
        String shown = local.length() <= 2 ? local.substring(0, 1) : local.substring(0, 2);
        return shown + "•••" + address.substring(at);
    }

    static String maskPhone(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.length() <= 4) return "••••";
        return digits.substring(0, Math.min(3, digits.length() - 2)) + "•••••" + digits.substring(digits.length() - 2);
    }

    private static String orZero(String value) {
        return value == null || value.isEmpty() ? "0" : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // Nothing to set up: the code goes to the address (or number) the account already has.
    }

    @Override
    public void close() {
        // Stateless.
    }
}

package dev.clientportal.keycloak.logincode;

import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Registers the "login-code" authenticator. The SMS provider is configured by environment variables
 * (like the realm's SMTP settings, CP_SMTP_*): CP_SMS_API_URL (the Twilio-compatible API's base URL;
 * unset = no SMS, codes go by e-mail), CP_SMS_ACCOUNT_SID, CP_SMS_AUTH_TOKEN, CP_SMS_FROM.
 */
public final class LoginCodeAuthenticatorFactory implements AuthenticatorFactory {
    public static final String PROVIDER_ID = "login-code";
    /** The execution's setting: how many seconds a code stays valid (default 600). */
    public static final String CONFIG_TTL = "codeTtlSeconds";
    private static final Logger LOG = Logger.getLogger(LoginCodeAuthenticatorFactory.class);

    private LoginCodeAuthenticator authenticator;

    @Override
    public void init(Config.Scope config) {
        String url = setting(config, "smsApiUrl", "CP_SMS_API_URL", "");
        SmsSender sms = null;
        if (!url.isBlank()) {
            sms = new TwilioSmsSender(url,
                    setting(config, "smsAccountSid", "CP_SMS_ACCOUNT_SID", "AC-local"),
                    setting(config, "smsAuthToken", "CP_SMS_AUTH_TOKEN", "local"),
                    setting(config, "smsFrom", "CP_SMS_FROM", "ClientPortal"));
            LOG.infof("login-code: SMS through %s", url);
        } else {
            LOG.info("login-code: no SMS provider configured (CP_SMS_API_URL): codes go by e-mail");
        }
        authenticator = new LoginCodeAuthenticator(sms);
    }

    private static String setting(Config.Scope config, String key, String variable, String fallback) {
        String value = config == null ? null : config.get(key);
        if (value == null || value.isBlank()) value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return authenticator;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Sign-in code (SMS or e-mail)";
    }

    @Override
    public String getReferenceCategory() {
        return "login-code";
    }

    @Override
    public String getHelpText() {
        return "Sends a 6-digit code by SMS (user attribute mobile_number) or by e-mail and signs the person in with it.";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
            AuthenticationExecutionModel.Requirement.REQUIRED,
            AuthenticationExecutionModel.Requirement.ALTERNATIVE,
            AuthenticationExecutionModel.Requirement.DISABLED,
        };
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        ProviderConfigProperty ttl = new ProviderConfigProperty(CONFIG_TTL, "Code validity (seconds)",
                "How long a code can be used after it was sent.", ProviderConfigProperty.STRING_TYPE,
                String.valueOf(LoginCodeSettings.CODE_TTL_SECONDS));
        return List.of(ttl);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire.
    }

    @Override
    public void close() {
        // Nothing held.
    }
}

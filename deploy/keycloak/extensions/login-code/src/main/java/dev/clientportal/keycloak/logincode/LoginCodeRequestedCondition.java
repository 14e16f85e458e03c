package dev.clientportal.keycloak.logincode;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Whether this sign-in asked for a code: the app adds `login_method=code` to the authorization request
 * (Keycloak keeps unknown request parameters as client notes `client_request_param_<name>`). `wanted`
 * false gives the negation, so the realm's flow reads "code requested → code; otherwise → password".
 */
final class LoginCodeRequestedCondition implements ConditionalAuthenticator {
    static final String PARAMETER = "client_request_param_login_method";

    private final boolean wanted;

    LoginCodeRequestedCondition(boolean wanted) {
        this.wanted = wanted;
    }

    static boolean requested(AuthenticationFlowContext context) {
        return "code".equals(context.getAuthenticationSession().getClientNote(PARAMETER));
    }

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        return requested(context) == wanted;
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // A condition shows no form.
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
        // None.
    }

    @Override
    public void close() {
        // Stateless.
    }
}

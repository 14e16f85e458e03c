package dev.clientportal.keycloak.logincode;

import java.io.IOException;

/** Sends a text message: the provider adapter (one implementation per SMS provider API). */
public interface SmsSender {
    /**
     * @param to the recipient in E.164 form (+33612345678)
     * @param body the message text
     * @throws IOException when the provider did not accept the message
     */
    void send(String to, String body) throws IOException;
}

package dev.clientportal.keycloak.logincode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Speaks Twilio's Messages API (POST /2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded To,
 * From and Body, HTTP basic authentication with the account SID and auth token). Locally the same API is
 * answered by the SMS simulator (deploy/local/tools/sms-simulator), so the code path is the real one.
 */
final class TwilioSmsSender implements SmsSender {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String accountSid;
    private final String authToken;
    private final String from;

    TwilioSmsSender(String baseUrl, String accountSid, String authToken, String from) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.from = from;
    }

    @Override
    public void send(String to, String body) throws IOException {
        String form = "To=" + encode(to) + "&From=" + encode(from) + "&Body=" + encode(body);
        String credentials = Base64.getEncoder()
                .encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(baseUrl + "/2010-04-01/Accounts/" + encode(accountSid) + "/Messages.json"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending an SMS", interrupted);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the SMS provider answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

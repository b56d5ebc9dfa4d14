package io.camelbenthos.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code http.basic_auth} with every algorithm Benthos accepts, checked with real requests on the shared server. */
class BasicAuthAlgorithmsTest extends HttpTestSupport {
    /** jBCrypt's published test vector for the password "abc" (cost 6). */
    private static final String BCRYPT_ABC = "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i";
    /** Python's hashlib.scrypt("secret", salt "pepper-salt", n=32768, r=8, p=1, dklen=32): Benthos's parameters. */
    private static final String SCRYPT_SECRET = "3UKjQxA7SWdcXlhq9YpJOgra6PAQY2pqnLDa/oj1fR4=";
    private static final String SCRYPT_SALT = "cGVwcGVyLXNhbHQ=";

    private String algorithm;
    private String passwordHash;
    private String salt = "";

    @Override
    protected void customize(HttpServerSettings settings) {
        settings.setBasicAuthEnabled(true);
        settings.setBasicAuthUsername("admin");
        settings.setBasicAuthAlgorithm(algorithm);
        settings.setBasicAuthPasswordHash(passwordHash);
        settings.setBasicAuthSalt(salt);
    }

    private void startEcho() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/post")).process(SyncResponses::store);
            }
        });
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(url(path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return send(b.build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "md5,    secret",
            "sha256, secret",
            "bcrypt, abc",
            "scrypt, secret"})
    void rightPasswordIsAdmittedAndWrongOneGets401(String alg, String password) throws Exception {
        algorithm = alg;
        passwordHash = switch (alg) {
            case "md5" -> "Xr4ilOzQ4PCOq3aQ0qbuaQ=="; // md5("secret")
            case "sha256" -> "K7gNU3sdo+OL0wNhqoVWhr3g6s1xYv72ol/pe/Unols="; // sha256("secret")
            case "bcrypt" -> Base64.getEncoder().encodeToString(BCRYPT_ABC.getBytes(StandardCharsets.US_ASCII));
            default -> SCRYPT_SECRET;
        };
        salt = alg.equals("scrypt") ? SCRYPT_SALT : "";
        startEcho();

        HttpResponse<String> ok = get("/ping", "admin", password);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("pong");

        for (String[] wrong : new String[][] {{"admin", password + "x"}, {"root", password}, {null, null}}) {
            HttpResponse<String> denied = get("/ping", wrong[0], wrong[1]);
            assertThat(denied.statusCode()).isEqualTo(401);
            assertThat(denied.body()).isEqualTo("Unauthorized\n");
            assertThat(denied.headers().firstValue("WWW-Authenticate"))
                    .hasValue("Basic realm=\"restricted\", charset=\"UTF-8\"");
        }
    }

    @Test
    void slowAlgorithmsKeepTheRequestBody() throws Exception {
        algorithm = "scrypt";
        passwordHash = SCRYPT_SECRET;
        salt = SCRYPT_SALT;
        startEcho();
        String credentials = Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/benthos/post"))
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString("through scrypt")).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("through scrypt");
    }

    @Test
    void unknownPathsAre404EvenWithoutCredentials() throws Exception {
        algorithm = "sha256";
        passwordHash = "K7gNU3sdo+OL0wNhqoVWhr3g6s1xYv72ol/pe/Unols=";
        startEcho();
        HttpResponse<String> r = get("/nowhere", null, null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).isEqualTo("404 page not found\n");
    }

    @Test
    void passwordHashThatIsNotBase64AnswersEveryRequest500() throws Exception {
        algorithm = "sha256";
        passwordHash = "not base64!";
        startEcho();
        HttpResponse<String> r = get("/ping", "admin", "secret");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).isEqualTo("Internal Server Error\n");
    }

    @ParameterizedTest(name = "{0} / salt ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "SHA256 | ''       | algorithm should be one of md5, sha256, bcrypt, or scrypt",
            "scrypt | ''       | salt is required for scrypt",
            "scrypt | abc      | invalid salt : illegal base64 data at input byte 0",
            "scrypt | abcd$fgh | invalid salt : illegal base64 data at input byte 4"})
    void unusableBlocksFailTheStartWithBenthosTexts(String alg, String badSalt, String message) {
        algorithm = alg;
        passwordHash = SCRYPT_SECRET;
        salt = badSalt;
        assertThatThrownBy(this::startEcho).hasStackTraceContaining(message);
    }

    @Test
    void websocketUpgradesNeedCredentialsToo() throws Exception {
        algorithm = "bcrypt";
        passwordHash = Base64.getEncoder().encodeToString(BCRYPT_ABC.getBytes(StandardCharsets.US_ASCII));
        startEcho();
        java.net.URI ws = java.net.URI.create("ws://127.0.0.1:" + sharedPort + "/post/ws");
        assertThatThrownBy(() -> WsClient.connect(ws)).hasStackTraceContaining("Unexpected HTTP response status code 401");
        String credentials = Base64.getEncoder().encodeToString("admin:abc".getBytes(StandardCharsets.UTF_8));
        try (WsClient client = WsClient.connect(ws, java.util.Map.of("Authorization", "Basic " + credentials))) {
            client.sendText("authorised");
            assertThat(client.next()).isEqualTo("text:authorised");
        }
    }

    @Test
    void anUnusableBlockIsAConfigErrorWithItsPosition() {
        assertThatThrownBy(() -> io.camelbenthos.translate.BenthosRoutes.fromYaml("auth.yaml", """
                http:
                  basic_auth:
                    enabled: true
                    username: admin
                    password_hash: abc=
                    algorithm: scrypt
                input:
                  http_server: {}
                output:
                  drop: {}
                """)).hasMessageContaining("auth.yaml:3:").hasMessageContaining("salt is required for scrypt");
    }
}

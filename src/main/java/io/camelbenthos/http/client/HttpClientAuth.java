package io.camelbenthos.http.client;

import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.http.client.auth.JwtSigner;
import io.camelbenthos.http.client.auth.OAuth1Signer;
import io.camelbenthos.http.client.auth.OAuth2TokenSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The auth blocks of an HTTP client config ({@code oauth}, {@code oauth2}, {@code basic_auth}, {@code jwt}): their
 * field specs, with Benthos's defaults and descriptions (public/service/http_auth.go,
 * internal/httpclient/auth_oauth2.go), and how they become the request's signers.
 */
public final class HttpClientAuth {
    private HttpClientAuth() {
    }

    public static FieldSpec oauthField() {
        return FieldSpec.object("oauth", "Configure OAuth version 1.0 authentication for secure API access.",
                FieldSpec.of("enabled", FieldType.BOOL, false,
                        "Whether to enable OAuth version 1.0 authentication for requests."),
                FieldSpec.of("consumer_key", FieldType.STRING, "",
                        "The value used to identify this component or client to the service provider."),
                FieldSpec.of("consumer_secret", FieldType.STRING, "",
                        "The secret that establishes ownership of the consumer key in OAuth 1.0 authentication."),
                FieldSpec.of("access_token", FieldType.STRING, "",
                        "The value used to gain access to the protected resources on behalf of the user."),
                FieldSpec.of("access_token_secret", FieldType.STRING, "",
                        "The secret that establishes ownership of the `access_token` in OAuth 1.0 authentication."))
                .asAdvanced();
    }

    public static FieldSpec oauth2Field() {
        return FieldSpec.object("oauth2", "Allows you to specify open authentication using OAuth version 2 and the "
                        + "client credentials token flow.",
                FieldSpec.of("enabled", FieldType.BOOL, false, "Whether to use OAuth version 2 in requests."),
                FieldSpec.of("client_key", FieldType.STRING, "",
                        "A value used to identify the client to the token provider."),
                FieldSpec.of("client_secret", FieldType.STRING, "",
                        "The secret used to establish ownership of the client key."),
                FieldSpec.of("token_url", FieldType.STRING, "", "The URL of the token provider."),
                FieldSpec.of("scopes", FieldType.STRING_LIST, List.of(),
                        "A list of requested permissions (optional).").asAdvanced(),
                FieldSpec.of("endpoint_params", FieldType.ANY, Map.of(),
                        "A map of endpoint parameters (optional). Each value must be an array of strings. "
                                + "`grant_type: [refresh_token]` with `refresh_token: [<token>]` uses the "
                                + "refresh-token flow instead of client credentials.").asAdvanced())
                .asAdvanced();
    }

    public static FieldSpec basicAuthField() {
        return FieldSpec.object("basic_auth", "Configure basic authentication for requests from this component.",
                FieldSpec.of("enabled", FieldType.BOOL, false, "Whether to use basic authentication in requests."),
                FieldSpec.of("username", FieldType.STRING, "",
                        "The username of the account credentials to authenticate as."),
                FieldSpec.of("password", FieldType.STRING, "", "The password to use for authentication."))
                .asAdvanced();
    }

    public static FieldSpec jwtField() {
        return FieldSpec.object("jwt", "BETA: Configure JSON Web Token (JWT) authentication.",
                FieldSpec.of("enabled", FieldType.BOOL, false, "Whether to use JWT authentication in requests."),
                FieldSpec.of("private_key_file", FieldType.STRING, "",
                        "Path to a file containing the PEM-encoded private key using PKCS#1 or PKCS#8 format."),
                FieldSpec.of("signing_method", FieldType.STRING, "",
                        "The cryptographic algorithm used to sign the JWT. Supported algorithms are RS256, RS384, "
                                + "RS512, and EdDSA."),
                FieldSpec.of("claims", FieldType.ANY, Map.of(), "A map of claims to include in the JWT.")
                        .asAdvanced(),
                FieldSpec.of("headers", FieldType.ANY, Map.of(),
                        "Additional key-value pairs to include in the JWT header (optional).").asAdvanced())
                .asAdvanced();
    }

    /** Gives the preparer the signers of the enabled {@code oauth}, {@code jwt} and {@code basic_auth} blocks. */
    public static void configureSigners(ComponentConfig config, HttpRequestPreparer preparer) {
        ComponentConfig oauth = config.object("oauth");
        if (oauth.bool("enabled")) {
            OAuth1Signer signer = new OAuth1Signer();
            signer.setConsumerKey(oauth.string("consumer_key"));
            signer.setConsumerSecret(oauth.string("consumer_secret"));
            signer.setAccessToken(oauth.string("access_token"));
            signer.setAccessTokenSecret(oauth.string("access_token_secret"));
            preparer.setOauth(signer);
        }
        ComponentConfig jwt = config.object("jwt");
        if (jwt.bool("enabled")) {
            JwtSigner signer = new JwtSigner();
            signer.setPrivateKeyFile(jwt.string("private_key_file"));
            signer.setSigningMethod(jwt.string("signing_method"));
            signer.setClaims(anyMap(jwt, "claims"));
            signer.setHeaders(anyMap(jwt, "headers"));
            preparer.setJwt(signer);
        }
        ComponentConfig basic = config.object("basic_auth");
        if (basic.bool("enabled")) {
            preparer.setBasicAuthUsername(basic.string("username"));
            preparer.setBasicAuthPassword(basic.string("password"));
        }
    }

    /** The token source of an enabled {@code oauth2} block, else null. */
    public static OAuth2TokenSource oauth2(ComponentConfig config, long timeoutMillis) {
        ComponentConfig oauth2 = config.object("oauth2");
        if (!oauth2.bool("enabled")) {
            return null;
        }
        OAuth2TokenSource source = new OAuth2TokenSource();
        source.setClientKey(oauth2.string("client_key"));
        source.setClientSecret(oauth2.string("client_secret"));
        source.setTokenUrl(oauth2.string("token_url"));
        source.setScopes(oauth2.stringList("scopes"));
        source.setEndpointParams(endpointParams(oauth2));
        source.setTimeoutMillis(timeoutMillis);
        return source;
    }

    private static Map<String, Object> anyMap(ComponentConfig config, String field) {
        Object raw = config.raw(field);
        if (raw == null) {
            return Map.of();
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new ConfigException(config.position(field), "expected object value");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** Benthos's lint rule for {@code endpoint_params}: an object of arrays of strings, with its texts. */
    private static Map<String, List<String>> endpointParams(ComponentConfig oauth2) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : anyMap(oauth2, "endpoint_params").entrySet()) {
            if (!(e.getValue() instanceof List<?> values)) {
                throw new ConfigException(oauth2.position("endpoint_params"),
                        "field must be an object containing arrays of strings, got "
                                + GoJson.encode(e.getValue(), true) + " ("
                                + Values.typeName(e.getValue()) + ")");
            }
            List<String> strings = new ArrayList<>();
            for (Object v : values) {
                if (!(v instanceof String s)) {
                    throw new ConfigException(oauth2.position("endpoint_params"),
                            "field values must be strings, got "
                                    + GoJson.encode(v, true) + " ("
                                    + Values.typeName(v) + ")");
                }
                strings.add(s);
            }
            out.put(e.getKey(), strings);
        }
        return out;
    }
}

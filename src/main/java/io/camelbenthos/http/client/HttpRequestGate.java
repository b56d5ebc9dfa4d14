package io.camelbenthos.http.client;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.http.client.auth.OAuth2TokenSource;
import io.camelbenthos.ratelimit.RateLimit;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.vertx.http.VertxHttpComponent;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Between building a request and sending it, as Benthos's {@code SendToResponse} and the oauth2 transport do:
 * waits for the {@code rate_limit} resource (asked again after each wait; a limiter error waits 1 s), then puts the
 * oauth2 access token in {@code Authorization} (last, so it wins over the other auth blocks, as the oauth2 transport
 * sets it after the request signer). Non-blocking: waits are scheduled, the token is fetched with Vert.x.
 *
 * <p>A failed token fetch is a transport error of the attempt (retried like one): it is handed to the classifier and
 * {@link HttpCallState#SKIP} keeps the request from being sent.
 */
public class HttpRequestGate extends AsyncProcessorSupport {
    private static final Logger LOG = LoggerFactory.getLogger(HttpRequestGate.class);

    private String rateLimitRef = "";
    private OAuth2TokenSource oauth2;
    private String clientOptionsRef = "";
    private String classifierRef = "";
    private String verb = "POST";
    private ScheduledExecutorService scheduler;
    private WebClient tokenClient;

    /** The registry id of the {@link RateLimit} to wait for ("" for none). */
    public String getRateLimitRef() {
        return rateLimitRef;
    }

    public void setRateLimitRef(String rateLimitRef) {
        this.rateLimitRef = rateLimitRef;
    }

    /** The oauth2 token source, or null. */
    public OAuth2TokenSource getOauth2() {
        return oauth2;
    }

    public void setOauth2(OAuth2TokenSource oauth2) {
        this.oauth2 = oauth2;
    }

    /** The registry id of the output's Vert.x client options (proxy, TLS), used for token requests too. */
    public String getClientOptionsRef() {
        return clientOptionsRef;
    }

    public void setClientOptionsRef(String clientOptionsRef) {
        this.clientOptionsRef = clientOptionsRef;
    }

    /** The registry id of the output's {@link HttpResponseClassifier}, which judges a failed token fetch. */
    public String getClassifierRef() {
        return classifierRef;
    }

    public void setClassifierRef(String classifierRef) {
        this.classifierRef = classifierRef;
    }

    /** The request's verb, for Go's error text ({@code Post "url": ...}). */
    public String getVerb() {
        return verb;
    }

    public void setVerb(String verb) {
        this.verb = verb;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        RateLimit limit = rateLimitRef.isEmpty() ? null
                : exchange.getContext().getRegistry().lookupByNameAndType(rateLimitRef, RateLimit.class);
        Duration wait = access(limit);
        if (wait.isZero()) {
            if (authorize(exchange, callback)) {
                callback.done(true);
                return true;
            }
            return false;
        }
        scheduleRetry(limit, wait, exchange, callback);
        return false;
    }

    private void scheduleRetry(RateLimit limit, Duration wait, Exchange exchange, AsyncCallback callback) {
        scheduler(exchange.getContext()).schedule(() -> {
            Duration next = access(limit);
            if (!next.isZero()) {
                scheduleRetry(limit, next, exchange, callback);
            } else if (authorize(exchange, callback)) {
                callback.done(false);
            }
        }, wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** One access; zero when granted. As Benthos's waitForAccess, a failing limiter means waiting 1 s. */
    private static Duration access(RateLimit limit) {
        return RateLimit.waitFor(limit, e -> LOG.error("Rate limit error: {}", e.getMessage()));
    }

    /** Sets the oauth2 token; true when done synchronously (the caller completes), false when the callback will. */
    private boolean authorize(Exchange exchange, AsyncCallback callback) {
        if (oauth2 == null) {
            return true;
        }
        var pending = oauth2.token(tokenClient(exchange.getContext()));
        if (pending.isDone() && !pending.isCompletedExceptionally()) {
            exchange.getMessage().setHeader("Authorization", pending.join().authorization());
            return true;
        }
        pending.whenComplete((token, error) -> {
            if (error == null) {
                exchange.getMessage().setHeader("Authorization", token.authorization());
            } else {
                fail(exchange, error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
            callback.done(false);
        });
        return false;
    }

    /** Go wraps a transport failure in url.Error: {@code Post "http://host/path": <error>}. */
    private void fail(Exchange exchange, Throwable error) {
        HttpCallState state = exchange.getProperty(HttpCallState.PROPERTY, HttpCallState.class);
        String op = verb.isEmpty() ? "" : verb.substring(0, 1) + verb.substring(1).toLowerCase(Locale.ROOT);
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        Exchange failed = new DefaultExchange(exchange.getContext());
        failed.setException(new HttpClientException(op + " " + GoStrconv.quote(state.url) + ": " + message));
        exchange.getContext().getRegistry().lookupByNameAndType(classifierRef, HttpResponseClassifier.class)
                .aggregate(exchange, failed);
        exchange.setProperty(HttpCallState.SKIP, true);
    }

    private synchronized ScheduledExecutorService scheduler(CamelContext camelContext) {
        if (scheduler == null) {
            scheduler = camelContext.getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "http_client rate limit");
        }
        return scheduler;
    }

    private synchronized WebClient tokenClient(CamelContext camelContext) {
        if (tokenClient == null) {
            WebClientOptions options = clientOptionsRef.isEmpty() ? null
                    : camelContext.getRegistry().lookupByNameAndType(clientOptionsRef, WebClientOptions.class);
            VertxHttpComponent component = camelContext.getComponent("vertx-http", VertxHttpComponent.class);
            tokenClient = WebClient.create(component.getVertx(),
                    options == null ? new WebClientOptions() : new WebClientOptions(options));
        }
        return tokenClient;
    }

    /** The token client and scheduler belong to the context's Vert.x and executors: made again after a restart. */
    @Override
    protected synchronized void doStop() throws Exception {
        if (tokenClient != null) {
            tokenClient.close();
            tokenClient = null;
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        super.doStop();
    }
}

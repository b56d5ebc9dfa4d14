package io.camelbenthos.http.client;

/** An http_client send that failed after its retries; the message is the exact Benthos error text. */
public class HttpClientException extends Exception {
    private static final long serialVersionUID = 1L;

    public HttpClientException(String message) {
        super(message);
    }
}

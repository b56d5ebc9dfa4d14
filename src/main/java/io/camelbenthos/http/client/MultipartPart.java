package io.camelbenthos.http.client;

import io.camelbenthos.bloblang.InterpolatedString;

/**
 * One item of http_client's experimental {@code multipart} field: {@code content_type}, {@code content_disposition}
 * and {@code body}, each interpolated against the message. A JavaBean for the route model.
 */
public final class MultipartPart {
    private String contentType = "";
    private String contentDisposition = "";
    private String body = "";
    private InterpolatedString compiledContentType = InterpolatedString.parse("");
    private InterpolatedString compiledContentDisposition = InterpolatedString.parse("");
    private InterpolatedString compiledBody = InterpolatedString.parse("");

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
        this.compiledContentType = InterpolatedString.parse(contentType);
    }

    public String getContentDisposition() {
        return contentDisposition;
    }

    public void setContentDisposition(String contentDisposition) {
        this.contentDisposition = contentDisposition;
        this.compiledContentDisposition = InterpolatedString.parse(contentDisposition);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
        this.compiledBody = InterpolatedString.parse(body);
    }

    InterpolatedString compiledContentType() {
        return compiledContentType;
    }

    InterpolatedString compiledContentDisposition() {
        return compiledContentDisposition;
    }

    InterpolatedString compiledBody() {
        return compiledBody;
    }
}

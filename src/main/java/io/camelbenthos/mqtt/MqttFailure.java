package io.camelbenthos.mqtt;

import org.eclipse.paho.client.mqttv3.MqttException;

/** A failed connect, subscribe or publish, with the text Benthos logs for it. */
class MqttFailure extends Exception {
    private static final long serialVersionUID = 1L;

    MqttFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Paho's text for an error, with its cause's where Paho's own says little ("Connection lost"); a connection the
     * peer closed is Go's {@code EOF}, as Benthos logs it.
     */
    static String textOf(Throwable e) {
        Throwable cause = e.getCause();
        if (cause instanceof java.io.EOFException) {
            return "EOF";
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof MqttException && cause != null && cause.getMessage() != null) {
            text = text + ": " + cause.getMessage();
        }
        return text;
    }
}

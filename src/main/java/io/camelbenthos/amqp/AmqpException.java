package io.camelbenthos.amqp;

/** A failure of an amqp_0_9 step, its message the text Benthos reports (e.g. {@code queue Declare: ...}). */
public class AmqpException extends Exception {
    private static final long serialVersionUID = 1L;

    public AmqpException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The text of a client exception: a broker's close reason ({@code NOT_FOUND - no queue 'x' in vhost '/'}) as
     * the client reports it, else the exception's message.
     */
    static String textOf(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof java.io.IOException && t.getCause() instanceof com.rabbitmq.client.ShutdownSignalException s) {
            t = s;
        }
        if (t instanceof com.rabbitmq.client.ShutdownSignalException s && s.getReason() != null) {
            com.rabbitmq.client.Method reason = s.getReason();
            if (reason instanceof com.rabbitmq.client.AMQP.Channel.Close close) {
                return "Exception (" + close.getReplyCode() + ") Reason: \"" + close.getReplyText() + "\"";
            }
            if (reason instanceof com.rabbitmq.client.AMQP.Connection.Close close) {
                return "Exception (" + close.getReplyCode() + ") Reason: \"" + close.getReplyText() + "\"";
            }
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}

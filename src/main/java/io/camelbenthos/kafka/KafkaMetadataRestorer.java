package io.camelbenthos.kafka;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.MessageBatch;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The step after the camel-kafka producer: puts back the batch {@link KafkaRecordPreparer} parked, so the record
 * headers and camel-kafka's override headers do not outlive the write.
 */
public final class KafkaMetadataRestorer implements Processor {

    @Override
    public void process(Exchange exchange) {
        MessageBatch saved = exchange.getProperty(KafkaRecordPreparer.SAVED_BATCH, MessageBatch.class);
        if (saved == null) {
            return;
        }
        exchange.removeProperty(KafkaRecordPreparer.SAVED_BATCH);
        exchange.getMessage().getHeaders().clear();
        BenthosExchange.setBatch(exchange, saved);
    }
}

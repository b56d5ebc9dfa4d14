package io.camelbenthos.kafka;

import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The step after the camel-kafka producer: puts back the metadata {@link KafkaRecordPreparer} parked, so the record
 * headers and camel-kafka's override headers do not outlive the write.
 */
public final class KafkaMetadataRestorer implements Processor {

    @Override
    public void process(Exchange exchange) {
        Map<?, ?> saved = exchange.getProperty(KafkaRecordPreparer.SAVED_METADATA, Map.class);
        if (saved == null) {
            return;
        }
        exchange.removeProperty(KafkaRecordPreparer.SAVED_METADATA);
        Map<String, Object> headers = exchange.getMessage().getHeaders();
        headers.clear();
        for (Map.Entry<?, ?> e : saved.entrySet()) {
            headers.put(String.valueOf(e.getKey()), e.getValue());
        }
    }
}

package io.camelbenthos.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartitionCheckpointTest {
    @Test
    void commitsOnlyPastTheAckedPrefix() {
        PartitionCheckpoint c = new PartitionCheckpoint();
        for (long o = 5; o < 10; o++) {
            c.track(o);
        }
        assertThat(c.committable()).isEqualTo(-1);
        c.ack(6);
        c.ack(8);
        assertThat(c.committable()).as("5 is still pending").isEqualTo(-1);
        c.ack(5);
        assertThat(c.committable()).isEqualTo(7);
        assertThat(c.pending()).isEqualTo(3);
        c.ack(7);
        c.ack(9);
        assertThat(c.committable()).isEqualTo(10);
        assertThat(c.pending()).isZero();
    }

    @Test
    void gapsInOffsetsDoNotHoldTheCommit() {
        // compacted topics skip offsets: only what was handed out counts
        PartitionCheckpoint c = new PartitionCheckpoint();
        c.track(1);
        c.track(4);
        c.ack(4);
        c.ack(1);
        assertThat(c.committable()).isEqualTo(5);
    }
}

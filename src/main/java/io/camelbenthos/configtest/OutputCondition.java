package io.camelbenthos.configtest;

import io.camelbenthos.message.Message;
import java.nio.file.Path;

/** One condition of an {@code output_batches} message ({@code content_equals}, {@code json_contains}, ...). */
interface OutputCondition {
    /**
     * @param dir the directory of the target config, against which file paths resolve
     * @return null when the message passes, else the failure detail as Benthos words it
     */
    String check(Path dir, Message message);
}

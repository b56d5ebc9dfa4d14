package io.camelbenthos.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured metrics exporter of a run: renders the series for {@code /metrics} and {@code /stats}
 * ({@code prometheus}, {@code json_api}), logs them ({@code logger}), pushes them to a Prometheus push gateway or
 * writes them to a file at shutdown ({@code prometheus}'s {@code push_*} and {@code file_output_path}), with the
 * {@code mapping} applied. A Camel service: its timers start and its final push or file happen with the context.
 */
public final class MetricsExporter extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsExporter.class);

    private final MetricsSettings settings;
    private final MetricsMapping mapping;
    /** The series now; true asks counters to restart from zero afterwards (the logger's flush_metrics). */
    private final Function<Boolean, List<MetricSample>> source;
    private final PrometheusFormat prometheus;
    private ScheduledExecutorService timer;

    public MetricsExporter(MetricsSettings settings, Function<Boolean, List<MetricSample>> source) {
        this.settings = settings;
        this.mapping = MetricsMapping.parse(settings.mapping());
        this.source = source;
        this.prometheus = new PrometheusFormat(settings);
    }

    public MetricsSettings settings() {
        return settings;
    }

    /** Histogram bucket bounds (seconds) timings must count into, or null when timings are summaries. */
    public double[] histogramBuckets() {
        return "prometheus".equals(settings.exporter()) && prometheus.histograms() ? PrometheusFormat.buckets(settings) : null;
    }

    /** Whether {@code /metrics} and {@code /stats} exist ({@code prometheus}, {@code json_api}). */
    public boolean servesHttp() {
        return "prometheus".equals(settings.exporter()) || "json_api".equals(settings.exporter());
    }

    public String contentType() {
        return "json_api".equals(settings.exporter()) ? "application/json" : "text/plain; version=0.0.4; charset=utf-8";
    }

    /** The body of {@code /metrics} and {@code /stats}. */
    public String render() {
        List<MetricSample> samples = samples(false);
        return "json_api".equals(settings.exporter()) ? JsonApiFormat.render(samples) : prometheus.render(samples);
    }

    /** The series after the mapping, process metrics included when asked for. */
    List<MetricSample> samples(boolean reset) {
        List<MetricSample> all = new ArrayList<>(source.apply(reset));
        if ("prometheus".equals(settings.exporter()) && settings.bool("add_process_metrics")) {
            all.addAll(ProcessMetrics.samples());
        }
        if (mapping == null) {
            return all;
        }
        List<MetricSample> mapped = new ArrayList<>(all.size());
        for (MetricSample s : all) {
            mapping.apply(s).ifPresent(mapped::add);
        }
        return mapped;
    }

    @Override
    protected void doStart() {
        Duration interval = settings.duration("push_interval");
        boolean push = "prometheus".equals(settings.exporter()) && !settings.string("push_url", "").isEmpty();
        boolean log = "logger".equals(settings.exporter());
        if (interval != null && (push || log)) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "benthos-metrics");
                t.setDaemon(true);
                return t;
            });
            long ms = Math.max(1, interval.toMillis());
            timer.scheduleAtFixedRate(push ? this::push : this::logMetrics, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    protected void doStop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        switch (settings.exporter()) {
            case "logger" -> logMetrics();
            case "prometheus" -> {
                if (!settings.string("push_url", "").isEmpty()) {
                    push();
                }
                writeFile();
            }
            default -> {
            }
        }
    }

    /** The logger exporter: one line per series, as Benthos's {@code Counter metric} / {@code Timing metric}. */
    void logMetrics() {
        for (MetricSample s : samples(settings.bool("flush_metrics"))) {
            var event = LOG.atInfo().addKeyValue("name", s.name());
            if (s.kind() == MetricSample.Kind.TIMING) {
                double[] ps = s.timing().percentiles(0.5, 0.9, 0.99);
                event = event.addKeyValue("p50", ps[0]).addKeyValue("p90", ps[1]).addKeyValue("p99", ps[2]);
            } else {
                event = event.addKeyValue("value", (long) s.value());
            }
            for (Map.Entry<String, String> label : s.labels().entrySet()) {
                event = event.addKeyValue(label.getKey(), label.getValue());
            }
            event.log(s.kind() == MetricSample.Kind.TIMING ? "Timing metric" : "Counter metric");
        }
    }

    private void push() {
        String url = settings.string("push_url", "").replaceAll("/+$", "") + "/metrics/job/"
                + URLEncoder.encode(settings.string("push_job_name", "benthos_push"), StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(prometheus.render(samples(false))));
        Map<String, Object> auth = settings.object("push_basic_auth");
        String user = auth.get("username") instanceof String u ? u : "";
        if (!user.isEmpty()) {
            String password = auth.get("password") instanceof String p ? p : "";
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                LOG.error("Failed to push metrics: unexpected status code {} while pushing to {}", response.statusCode(), url);
            }
        } catch (IOException e) {
            LOG.error("Failed to push metrics: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeFile() {
        String path = settings.string("file_output_path", "");
        if (path.isEmpty()) {
            return;
        }
        try {
            Files.writeString(Path.of(path), prometheus.render(samples(false)));
        } catch (IOException e) {
            LOG.error("Failed to write metrics to file: {}", e.toString());
        }
    }
}

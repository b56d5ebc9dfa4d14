package io.camelbenthos.bloblang.functions.fake;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/** {@code fake(function)}: a random value from the named go-faker style generator ({@code email},
 * {@code uuid_hyphenated}, {@code ipv4}, ...). Random on every call, so never folded at parse time. */
public final class FakeFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("fake")
                .category("Fake Data Generation")
                .description("Generates realistic fake data for testing and development purposes. Supports a wide variety of data types including personal information, network addresses, dates/times, financial data, and UUIDs. Useful for creating mock data, populating test databases, or anonymizing sensitive information.\n\nSupported functions: `latitude`, `longitude`, `unix_time`, `date`, `time_string`, `month_name`, `year_string`, `day_of_week`, `day_of_month`, `timestamp`, `century`, `timezone`, `time_period`, `email`, `mac_address`, `domain_name`, `url`, `username`, `ipv4`, `ipv6`, `password`, `jwt`, `word`, `sentence`, `paragraph`, `cc_type`, `cc_number`, `currency`, `amount_with_currency`, `title_male`, `title_female`, `first_name`, `first_name_male`, `first_name_female`, `last_name`, `name`, `gender`, `chinese_first_name`, `chinese_last_name`, `chinese_name`, `phone_number`, `toll_free_phone_number`, `e164_phone_number`, `uuid_hyphenated`, `uuid_digit`.")
                .param(ParamSpec.string("function", "The name of the faker function to use. See description for full list of supported functions.").withDefault(""))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        String name = args.string("function");
        Function<Random, Object> generator = Faker.GENERATORS.get(name);
        if (generator == null) {
            throw Errors.failure("invalid faker function: " + name);
        }
        return ctx -> generator.apply(ThreadLocalRandom.current());
    }
}

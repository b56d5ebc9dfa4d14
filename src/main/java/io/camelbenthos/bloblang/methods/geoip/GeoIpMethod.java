package io.camelbenthos.bloblang.methods.geoip;

import io.camelbenthos.bloblang.go.GoIp;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.Values;

/**
 * {@code geoip_<lookup>(path)}: looks the target IP address up in a MaxMind database (Redpanda Connect's
 * {@code internal/impl/maxmind}). One subclass per lookup, so each method keeps its own plugin class and spec.
 *
 * <p>As Benthos: the database is opened when the call is bound (a missing or unusable file fails the mapping's
 * parse when the path is a literal), the target must be a string (or bytes) holding an IP address that Go's
 * {@code net.ParseIP} accepts, and the result is the geoip2-golang struct as JSON: every field, zero values included,
 * also when the address is not in the database.
 */
abstract class GeoIpMethod implements MethodPlugin {
    private final GeoIpLookup lookup;

    GeoIpMethod(GeoIpLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public final PluginSpec spec() {
        return PluginSpec.method(lookup.methodName)
                .category("GeoIP")
                .description("Looks up an IP address against a https://www.maxmind.com/en/home[MaxMind database file^] "
                        + "and, if found, returns an object describing the " + lookup.entity + " associated with it.")
                .param(ParamSpec.string("path", "A path to an mmdb (maxmind) file."))
                .build();
    }

    @Override
    public final MethodImpl bind(Args args) {
        GeoIpDatabase database = GeoIpDatabases.get(args.string("path"));
        return (target, ctx) -> {
            String text = Values.getString(target);
            byte[] ip = GoIp.parse(text);
            if (ip == null) {
                throw Errors.failure("value " + text + " does not appear to be a valid v4 or v6 IP address");
            }
            return database.lookup(lookup, ip);
        };
    }
}

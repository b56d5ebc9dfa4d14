package io.camelbenthos.bloblang.methods.geoip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.methods.geoip.MmdbWriter.Uint16;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginRegistry;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The eight geoip_* methods in mappings, against databases written by {@link MmdbWriter}. Expected outputs are
 * what Benthos writes: {@code json.Marshal} of the geoip2-golang v1 struct (Go field names, every field present,
 * zero values for what the record lacks, nil maps and slices as null).
 */
class GeoipMethodsTest {
    @TempDir
    static Path dir;

    private static final Map<String, Object> LONDON = Map.of(
            "city", Map.of("geoname_id", 2643743, "names", Map.of("en", "London", "de", "London", "ru", "Лондон")),
            "continent", Map.of("code", "EU", "geoname_id", 6255148, "names", Map.of("en", "Europe")),
            "country", Map.of("geoname_id", 2635167, "iso_code", "GB", "names", Map.of("en", "United Kingdom")),
            "location", Map.of("accuracy_radius", new Uint16(100), "latitude", 51.5142, "longitude", -0.0931,
                    "time_zone", "Europe/London"),
            "postal", Map.of("code", "EC2V"),
            "registered_country", Map.of("geoname_id", 6252001, "iso_code", "US", "names",
                    Map.of("en", "United States"), "is_in_european_union", false),
            "subdivisions", List.of(Map.of("geoname_id", 6269131, "iso_code", "ENG", "names", Map.of("en", "England"))),
            "traits", Map.of("is_anycast", true, "not_in_the_struct", "dropped"));

    private static final Map<String, Object> SWEDEN = Map.of(
            "continent", Map.of("code", "EU", "geoname_id", 6255148, "names", Map.of("en", "Europe")),
            "country", Map.of("geoname_id", 2661886, "iso_code", "SE", "is_in_european_union", true,
                    "names", Map.of("en", "Sweden", "fr", "Suède")),
            "represented_country", Map.of("geoname_id", 6252001, "iso_code", "US", "names",
                    Map.of("en", "United States"), "type", "military"),
            "traits", Map.of("is_anonymous_proxy", true, "is_satellite_provider", true));

    private static Path city;
    private static Path country;
    private static Path enterprise;
    private static Path asn;
    private static Path isp;
    private static Path anonymous;
    private static Path connectionType;
    private static Path domain;

    @BeforeAll
    static void writeDatabases() throws IOException {
        GeoIpDatabases.clear();
        city = new MmdbWriter("GeoIP2-City", 6, 28)
                .insert("81.2.69.142/31", LONDON)
                .insert("2a02:d8::/32", LONDON)
                .insert("89.160.20.112/28", Map.of())
                .write(dir.resolve("city.mmdb"));
        country = new MmdbWriter("GeoLite2-Country", 6, 24)
                .insert("89.160.20.112/28", SWEDEN)
                .insert("2001:218::/32", SWEDEN)
                .write(dir.resolve("country.mmdb"));
        enterprise = new MmdbWriter("GeoIP2-Enterprise", 6, 32)
                .insert("74.209.24.0/20", Map.of(
                        "city", Map.of("confidence", new Uint16(11), "geoname_id", 5112335, "names",
                                Map.of("en", "Chatham")),
                        "country", Map.of("confidence", new Uint16(99), "geoname_id", 6252001, "iso_code", "US",
                                "names", Map.of("en", "United States")),
                        "location", Map.of("accuracy_radius", new Uint16(27), "latitude", 42.3478,
                                "longitude", -73.5549, "metro_code", new Uint16(532), "time_zone", "America/New_York"),
                        "postal", Map.of("code", "12037", "confidence", new Uint16(11)),
                        "subdivisions", List.of(Map.of("confidence", new Uint16(93), "geoname_id", 5128638,
                                "iso_code", "NY", "names", Map.of("en", "New York"))),
                        "traits", Map.ofEntries(
                                Map.entry("autonomous_system_number", 14671),
                                Map.entry("autonomous_system_organization", "FairPoint Communications"),
                                Map.entry("connection_type", "Cable/DSL"),
                                Map.entry("domain", "frpt.net"),
                                Map.entry("is_legitimate_proxy", true),
                                Map.entry("isp", "Fairpoint Communications"),
                                Map.entry("mobile_country_code", "310"),
                                Map.entry("mobile_network_code", "004"),
                                Map.entry("organization", "Fairpoint Communications"),
                                Map.entry("static_ip_score", 0.34),
                                Map.entry("user_type", "residential"))))
                .write(dir.resolve("enterprise.mmdb"));
        asn = new MmdbWriter("GeoLite2-ASN", 4, 24)
                .insert("1.128.0.0/11", Map.of("autonomous_system_number", 1221,
                        "autonomous_system_organization", "Telstra Pty Ltd"))
                .write(dir.resolve("asn.mmdb"));
        isp = new MmdbWriter("GeoIP2-ISP", 6, 28)
                .insert("149.101.100.0/28", Map.of("autonomous_system_number", 6167,
                        "autonomous_system_organization", "CELLCO-PART", "isp", "Verizon Wireless",
                        "mobile_country_code", "310", "mobile_network_code", "004",
                        "organization", "Verizon Wireless"))
                .write(dir.resolve("isp.mmdb"));
        anonymous = new MmdbWriter("GeoIP2-Anonymous-IP", 6, 24)
                .insert("1.2.0.0/16", Map.of("is_anonymous", true, "is_anonymous_vpn", true,
                        "is_hosting_provider", true, "is_public_proxy", true, "is_residential_proxy", true,
                        "is_tor_exit_node", true))
                .insert("abcd:1000::/112", Map.of("is_anonymous", true, "is_public_proxy", true))
                .write(dir.resolve("anonymous.mmdb"));
        connectionType = new MmdbWriter("GeoIP2-Connection-Type", 6, 24)
                .insert("1.0.1.0/24", Map.of("connection_type", "Cellular"))
                .write(dir.resolve("connection-type.mmdb"));
        domain = new MmdbWriter("GeoIP2-Domain", 6, 24)
                .insert("1.2.0.0/16", Map.of("domain", "maxmind.com"))
                .write(dir.resolve("domain.mmdb"));
    }

    private static String run(String method, Path db, String ip) {
        String mapping = "root = this.ip." + method + "(\"" + db + "\")";
        Message in = Message.builder().content("{\"ip\":\"" + ip + "\"}").build();
        return Bloblang.parse(mapping).apply(in).orElseThrow().contentAsString();
    }

    private static final String LONDON_CITY = "{\"City\":{\"GeoNameID\":2643743,\"Names\":{\"de\":\"London\","
            + "\"en\":\"London\",\"ru\":\"Лондон\"}},\"Continent\":{\"Code\":\"EU\",\"GeoNameID\":6255148,"
            + "\"Names\":{\"en\":\"Europe\"}},\"Country\":{\"GeoNameID\":2635167,\"IsInEuropeanUnion\":false,"
            + "\"IsoCode\":\"GB\",\"Names\":{\"en\":\"United Kingdom\"}},\"Location\":{\"AccuracyRadius\":100,"
            + "\"Latitude\":51.5142,\"Longitude\":-0.0931,\"MetroCode\":0,\"TimeZone\":\"Europe/London\"},"
            + "\"Postal\":{\"Code\":\"EC2V\"},\"RegisteredCountry\":{\"GeoNameID\":6252001,"
            + "\"IsInEuropeanUnion\":false,\"IsoCode\":\"US\",\"Names\":{\"en\":\"United States\"}},"
            + "\"RepresentedCountry\":{\"GeoNameID\":0,\"IsInEuropeanUnion\":false,\"IsoCode\":\"\",\"Names\":null,"
            + "\"Type\":\"\"},\"Subdivisions\":[{\"GeoNameID\":6269131,\"IsoCode\":\"ENG\","
            + "\"Names\":{\"en\":\"England\"}}],\"Traits\":{\"IsAnonymousProxy\":false,\"IsAnycast\":true,"
            + "\"IsSatelliteProvider\":false}}";

    private static final String ZERO_CITY = "{\"City\":{\"GeoNameID\":0,\"Names\":null},\"Continent\":{\"Code\":\"\","
            + "\"GeoNameID\":0,\"Names\":null},\"Country\":{\"GeoNameID\":0,\"IsInEuropeanUnion\":false,"
            + "\"IsoCode\":\"\",\"Names\":null},\"Location\":{\"AccuracyRadius\":0,\"Latitude\":0,\"Longitude\":0,"
            + "\"MetroCode\":0,\"TimeZone\":\"\"},\"Postal\":{\"Code\":\"\"},\"RegisteredCountry\":{\"GeoNameID\":0,"
            + "\"IsInEuropeanUnion\":false,\"IsoCode\":\"\",\"Names\":null},\"RepresentedCountry\":{\"GeoNameID\":0,"
            + "\"IsInEuropeanUnion\":false,\"IsoCode\":\"\",\"Names\":null,\"Type\":\"\"},\"Subdivisions\":null,"
            + "\"Traits\":{\"IsAnonymousProxy\":false,\"IsAnycast\":false,\"IsSatelliteProvider\":false}}";

    private static final String SWEDEN_COUNTRY = "{\"Continent\":{\"Code\":\"EU\",\"GeoNameID\":6255148,"
            + "\"Names\":{\"en\":\"Europe\"}},\"Country\":{\"GeoNameID\":2661886,\"IsInEuropeanUnion\":true,"
            + "\"IsoCode\":\"SE\",\"Names\":{\"en\":\"Sweden\",\"fr\":\"Suède\"}},\"RegisteredCountry\":"
            + "{\"GeoNameID\":0,\"IsInEuropeanUnion\":false,\"IsoCode\":\"\",\"Names\":null},\"RepresentedCountry\":"
            + "{\"GeoNameID\":6252001,\"IsInEuropeanUnion\":false,\"IsoCode\":\"US\",\"Names\":{\"en\":\"United States\"},"
            + "\"Type\":\"military\"},\"Traits\":{\"IsAnonymousProxy\":true,\"IsAnycast\":false,"
            + "\"IsSatelliteProvider\":true}}";

    static Stream<Arguments> found() {
        return Stream.of(
                Arguments.of("geoip_city", "city", "81.2.69.142", LONDON_CITY),
                Arguments.of("geoip_city", "city", "81.2.69.143", LONDON_CITY),
                Arguments.of("geoip_city", "city", "::ffff:81.2.69.142", LONDON_CITY),
                Arguments.of("geoip_city", "city", "2a02:d8:1::7", LONDON_CITY),
                // An empty record: every field at its zero value
                Arguments.of("geoip_city", "city", "89.160.20.115", ZERO_CITY),
                Arguments.of("geoip_country", "country", "89.160.20.112", SWEDEN_COUNTRY),
                Arguments.of("geoip_country", "country", "2001:218:ffff::1", SWEDEN_COUNTRY),
                // City lookups are allowed on Country databases (geoip2-golang's back-compat rule)
                Arguments.of("geoip_city", "country", "89.160.20.112", "{\"City\":{\"GeoNameID\":0,\"Names\":null},"
                        + "\"Continent\":{\"Code\":\"EU\",\"GeoNameID\":6255148,\"Names\":{\"en\":\"Europe\"}},"
                        + "\"Country\":{\"GeoNameID\":2661886,\"IsInEuropeanUnion\":true,\"IsoCode\":\"SE\","
                        + "\"Names\":{\"en\":\"Sweden\",\"fr\":\"Suède\"}},\"Location\":{\"AccuracyRadius\":0,"
                        + "\"Latitude\":0,\"Longitude\":0,\"MetroCode\":0,\"TimeZone\":\"\"},\"Postal\":{\"Code\":\"\"},"
                        + "\"RegisteredCountry\":{\"GeoNameID\":0,\"IsInEuropeanUnion\":false,\"IsoCode\":\"\","
                        + "\"Names\":null},\"RepresentedCountry\":{\"GeoNameID\":6252001,\"IsInEuropeanUnion\":false,"
                        + "\"IsoCode\":\"US\",\"Names\":{\"en\":\"United States\"},\"Type\":\"military\"},"
                        + "\"Subdivisions\":null,\"Traits\":{\"IsAnonymousProxy\":true,\"IsAnycast\":false,"
                        + "\"IsSatelliteProvider\":true}}"),
                Arguments.of("geoip_enterprise", "enterprise", "74.209.24.9", "{\"City\":{\"Confidence\":11,"
                        + "\"GeoNameID\":5112335,\"Names\":{\"en\":\"Chatham\"}},\"Continent\":{\"Code\":\"\","
                        + "\"GeoNameID\":0,\"Names\":null},\"Country\":{\"Confidence\":99,\"GeoNameID\":6252001,"
                        + "\"IsInEuropeanUnion\":false,\"IsoCode\":\"US\",\"Names\":{\"en\":\"United States\"}},"
                        + "\"Location\":{\"AccuracyRadius\":27,\"Latitude\":42.3478,\"Longitude\":-73.5549,"
                        + "\"MetroCode\":532,\"TimeZone\":\"America/New_York\"},\"Postal\":{\"Code\":\"12037\","
                        + "\"Confidence\":11},\"RegisteredCountry\":{\"Confidence\":0,\"GeoNameID\":0,"
                        + "\"IsInEuropeanUnion\":false,\"IsoCode\":\"\",\"Names\":null},\"RepresentedCountry\":"
                        + "{\"GeoNameID\":0,\"IsInEuropeanUnion\":false,\"IsoCode\":\"\",\"Names\":null,\"Type\":\"\"},"
                        + "\"Subdivisions\":[{\"Confidence\":93,\"GeoNameID\":5128638,\"IsoCode\":\"NY\","
                        + "\"Names\":{\"en\":\"New York\"}}],\"Traits\":{\"AutonomousSystemNumber\":14671,"
                        + "\"AutonomousSystemOrganization\":\"FairPoint Communications\",\"ConnectionType\":"
                        + "\"Cable/DSL\",\"Domain\":\"frpt.net\",\"ISP\":\"Fairpoint Communications\","
                        + "\"IsAnonymousProxy\":false,\"IsAnycast\":false,\"IsLegitimateProxy\":true,"
                        + "\"IsSatelliteProvider\":false,\"MobileCountryCode\":\"310\",\"MobileNetworkCode\":\"004\","
                        + "\"Organization\":\"Fairpoint Communications\",\"StaticIPScore\":0.34,"
                        + "\"UserType\":\"residential\"}}"),
                Arguments.of("geoip_asn", "asn", "1.128.0.1",
                        "{\"AutonomousSystemNumber\":1221,\"AutonomousSystemOrganization\":\"Telstra Pty Ltd\"}"),
                Arguments.of("geoip_isp", "isp", "149.101.100.1", "{\"AutonomousSystemNumber\":6167,"
                        + "\"AutonomousSystemOrganization\":\"CELLCO-PART\",\"ISP\":\"Verizon Wireless\","
                        + "\"MobileCountryCode\":\"310\",\"MobileNetworkCode\":\"004\","
                        + "\"Organization\":\"Verizon Wireless\"}"),
                // An ISP database also answers ASN lookups
                Arguments.of("geoip_asn", "isp", "149.101.100.1",
                        "{\"AutonomousSystemNumber\":6167,\"AutonomousSystemOrganization\":\"CELLCO-PART\"}"),
                Arguments.of("geoip_anonymous_ip", "anonymous", "1.2.3.4", "{\"IsAnonymous\":true,"
                        + "\"IsAnonymousVPN\":true,\"IsHostingProvider\":true,\"IsPublicProxy\":true,"
                        + "\"IsResidentialProxy\":true,\"IsTorExitNode\":true}"),
                Arguments.of("geoip_anonymous_ip", "anonymous", "abcd:1000::1", "{\"IsAnonymous\":true,"
                        + "\"IsAnonymousVPN\":false,\"IsHostingProvider\":false,\"IsPublicProxy\":true,"
                        + "\"IsResidentialProxy\":false,\"IsTorExitNode\":false}"),
                Arguments.of("geoip_connection_type", "connectionType", "1.0.1.255",
                        "{\"ConnectionType\":\"Cellular\"}"),
                Arguments.of("geoip_domain", "domain", "1.2.255.255", "{\"Domain\":\"maxmind.com\"}"));
    }

    private static Path db(String name) {
        return switch (name) {
            case "city" -> city;
            case "country" -> country;
            case "enterprise" -> enterprise;
            case "asn" -> asn;
            case "isp" -> isp;
            case "anonymous" -> anonymous;
            case "connectionType" -> connectionType;
            case "domain" -> domain;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} {2} in {1}")
    @MethodSource("found")
    void foundRecordsHaveTheGoStructShape(String method, String db, String ip, String expected) {
        assertThat(run(method, db(db), ip)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"geoip_anonymous_ip, anonymous IP", "geoip_asn, ASN", "geoip_city, city",
        "geoip_connection_type, connection type", "geoip_country, country", "geoip_domain, domain",
        "geoip_enterprise, enterprise", "geoip_isp, ISP"})
    void specsMatchRedpandaConnect(String name, String entity) {
        PluginSpec spec = PluginRegistry.standard().method(name).spec();
        assertThat(spec.status()).isEqualTo(Status.STABLE);
        assertThat(spec.categories()).containsExactly("GeoIP");
        assertThat(spec.description()).isEqualTo("Looks up an IP address against a "
                + "https://www.maxmind.com/en/home[MaxMind database file^] and, if found, returns an object describing "
                + "the " + entity + " associated with it.");
        assertThat(spec.params()).containsExactly(ParamSpec.string("path", "A path to an mmdb (maxmind) file."));
        assertThat(spec.impure()).isFalse();
        assertThat(spec.variadic()).isFalse();
    }

    @Test
    void anAddressNotInTheDatabaseGivesTheZeroStructNotAnError() {
        assertThat(run("geoip_city", city, "8.8.8.8")).isEqualTo(ZERO_CITY);
        assertThat(run("geoip_city", city, "2001:db8::1")).isEqualTo(ZERO_CITY);
        assertThat(run("geoip_asn", asn, "9.9.9.9"))
                .isEqualTo("{\"AutonomousSystemNumber\":0,\"AutonomousSystemOrganization\":\"\"}");
        assertThat(run("geoip_domain", domain, "::1")).isEqualTo("{\"Domain\":\"\"}");
    }

    @Test
    void numbersAreJsonNumbersInTheResult() {
        // Benthos decodes its json.Marshal output with UseNumber: integers stay integers, arithmetic works
        Message in = Message.builder().content("{\"ip\":\"81.2.69.142\"}").build();
        String out = Bloblang.parse("let c = this.ip.geoip_city(\"" + city + "\")\n"
                + "root.id = $c.City.GeoNameID + 1\nroot.lat = $c.Location.Latitude\n"
                + "root.types = [$c.City.GeoNameID.type(), $c.Location.Latitude.type(), $c.Traits.IsAnycast.type()]")
                .apply(in).orElseThrow().contentAsString();
        assertThat(out).isEqualTo("{\"id\":2643744,\"lat\":51.5142,\"types\":[\"number\",\"number\",\"bool\"]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not an ip", "", "01.2.3.4", "1.2.3", "fe80::1%eth0", "example.com", " 1.2.3.4"})
    void anInvalidAddressIsAnError(String ip) {
        assertThatThrownBy(() -> run("geoip_city", city, ip))
                .isInstanceOf(BloblangException.class)
                .hasMessage("failed assignment (line 1): field `this.ip`: value " + ip
                        + " does not appear to be a valid v4 or v6 IP address");
    }

    @Test
    void theTargetMustBeAString() {
        Message in = Message.builder().content("{\"ip\":5}").build();
        assertThatThrownBy(() -> Bloblang.parse("root = this.ip.geoip_asn(\"" + asn + "\")").apply(in))
                .hasMessage("failed assignment (line 1): expected string value, got number from field `this.ip` (5)");
    }

    @Test
    void bytesTargetsAreReadAsText() {
        Message in = Message.builder().content("1.128.9.9").build();
        assertThat(Bloblang.parse("root = content().geoip_asn(\"" + asn + "\")").apply(in).orElseThrow()
                .contentAsString())
                .isEqualTo("{\"AutonomousSystemNumber\":1221,\"AutonomousSystemOrganization\":\"Telstra Pty Ltd\"}");
    }

    @Test
    void aMissingFileFailsTheParseWhenThePathIsALiteral() {
        Path missing = dir.resolve("missing.mmdb");
        assertThatThrownBy(() -> Bloblang.parse("root = this.ip.geoip_city(\"" + missing + "\")"))
                .isInstanceOf(BloblangException.class)
                .hasMessageContaining("open " + missing + ": no such file or directory");
    }

    @Test
    void aDynamicPathIsOpenedWhenTheMappingRuns() {
        var mapping = Bloblang.parse("root = this.ip.geoip_asn(this.db)");
        Message good = Message.builder().content("{\"ip\":\"1.128.0.1\",\"db\":\"" + asn + "\"}").build();
        assertThat(mapping.apply(good).orElseThrow().contentAsString())
                .isEqualTo("{\"AutonomousSystemNumber\":1221,\"AutonomousSystemOrganization\":\"Telstra Pty Ltd\"}");
        Message bad = Message.builder().content("{\"ip\":\"1.128.0.1\",\"db\":\"" + dir.resolve("nope.mmdb") + "\"}")
                .build();
        assertThatThrownBy(() -> mapping.apply(bad))
                .hasMessageContaining("open " + dir.resolve("nope.mmdb") + ": no such file or directory");
    }

    @Test
    void aDatabaseReplacedOnDiskIsReadAgainThroughADynamicPath() throws IOException {
        // geoipupdate-style replacement: a new file moved over the old one
        Path live = dir.resolve("live-asn.mmdb");
        new MmdbWriter("GeoLite2-ASN", 4, 24).insert("1.0.0.0/8", Map.of("autonomous_system_number", 1))
                .write(live);
        var mapping = Bloblang.parse("root = this.ip.geoip_asn(this.db).AutonomousSystemNumber");
        Message in = Message.builder().content("{\"ip\":\"1.1.1.1\",\"db\":\"" + live + "\"}").build();
        assertThat(mapping.apply(in).orElseThrow().contentAsString()).isEqualTo("1");

        Path next = new MmdbWriter("GeoLite2-ASN", 4, 24).insert("1.0.0.0/8", Map.of("autonomous_system_number", 2))
                .write(dir.resolve("live-asn.mmdb.tmp"));
        Files.move(next, live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(mapping.apply(in).orElseThrow().contentAsString()).isEqualTo("2");
    }

    @Test
    void aFileThatIsNotAMaxMindDatabaseIsRejected() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.mmdb"), "this is not a database");
        assertThatThrownBy(() -> Bloblang.parse("root = this.geoip_city(\"" + junk + "\")"))
                .hasMessageContaining("error opening database: invalid MaxMind DB file");
    }

    @Test
    void filesThatCannotBeMappedFailAsGoMmapDoes() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.mmdb"), "");
        assertThatThrownBy(() -> Bloblang.parse("root = this.geoip_city(\"" + empty + "\")"))
                .hasMessageEndingWith(": invalid argument");
        Path directory = Files.createDirectories(dir.resolve("a-directory"));
        assertThatThrownBy(() -> Bloblang.parse("root = this.geoip_city(\"" + directory + "\")"))
                .hasMessageEndingWith(": no such device");
    }

    @Test
    void anUnknownDatabaseTypeIsRejectedWhenOpened() throws IOException {
        Path other = new MmdbWriter("My-Own-Type", 4, 24).insert("1.0.0.0/8", Map.of("a", "b"))
                .write(dir.resolve("other.mmdb"));
        assertThatThrownBy(() -> Bloblang.parse("root = this.geoip_city(\"" + other + "\")"))
                .hasMessageContaining("geoip2: reader does not support the \"My-Own-Type\" database type");
    }

    @Test
    void aLookupTheDatabaseTypeDoesNotServeIsAnError() {
        assertThatThrownBy(() -> run("geoip_isp", city, "81.2.69.142"))
                .hasMessage("failed assignment (line 1): field `this.ip`: geoip2: the ISP method does not support "
                        + "the GeoIP2-City database");
        assertThatThrownBy(() -> run("geoip_enterprise", country, "1.2.3.4"))
                .hasMessageEndingWith("geoip2: the Enterprise method does not support the GeoLite2-Country database");
        assertThatThrownBy(() -> run("geoip_country", asn, "1.2.3.4"))
                .hasMessageEndingWith("geoip2: the Country method does not support the GeoLite2-ASN database");
        // The address is checked first, as in Benthos
        assertThatThrownBy(() -> run("geoip_isp", city, "nope"))
                .hasMessageEndingWith("value nope does not appear to be a valid v4 or v6 IP address");
    }

    @Test
    void anIpv6AddressInAnIpv4OnlyDatabaseIsAnError() {
        assertThatThrownBy(() -> run("geoip_asn", asn, "2001:DB8:0:0:0::1"))
                .hasMessageEndingWith("error looking up '2001:db8::1': you attempted to look up an IPv6 address in "
                        + "an IPv4-only database");
        // IPv4-mapped addresses are IPv4 addresses to maxminddb
        assertThat(run("geoip_asn", asn, "::ffff:1.128.0.1")).contains("Telstra");
    }

    @Test
    void aValueThatDoesNotFitItsGoFieldIsAnError() throws IOException {
        Path bad = new MmdbWriter("GeoLite2-ASN", 6, 24)
                .insert("1.0.0.0/8", Map.of("autonomous_system_number", "not a number"))
                .insert("2.0.0.0/8", Map.of("autonomous_system_number", new MmdbWriter.Int32(-1)))
                .insert("3.0.0.0/8", Map.of("autonomous_system_organization", 12))
                .insert("4.0.0.0/8", "not a map")
                .write(dir.resolve("bad-asn.mmdb"));
        assertThatThrownBy(() -> run("geoip_asn", bad, "1.1.1.1"))
                .hasMessageEndingWith("maxminddb: cannot unmarshal not a number into type uint");
        assertThatThrownBy(() -> run("geoip_asn", bad, "2.2.2.2"))
                .hasMessageEndingWith("maxminddb: cannot unmarshal -1 into type uint");
        assertThatThrownBy(() -> run("geoip_asn", bad, "3.3.3.3"))
                .hasMessageEndingWith("maxminddb: cannot unmarshal 12 into type string");
        assertThatThrownBy(() -> run("geoip_asn", bad, "4.4.4.4"))
                .hasMessageEndingWith("maxminddb: cannot unmarshal not a map into type geoip2.ASN");
    }

    @Test
    void aNestedStructMismatchNamesTheAnonymousGoType() throws IOException {
        Path bad = new MmdbWriter("GeoIP2-Country", 4, 24)
                .insert("1.0.0.0/8", Map.of("continent", "Europe"))
                .insert("2.0.0.0/8", Map.of("continent", Map.of("names", Map.of("en", 5))))
                .write(dir.resolve("bad-country.mmdb"));
        assertThatThrownBy(() -> run("geoip_country", bad, "1.1.1.1"))
                .hasMessageEndingWith("maxminddb: cannot unmarshal Europe into type struct { Names map[string]string "
                        + "\"maxminddb:\\\"names\\\"\"; Code string \"maxminddb:\\\"code\\\"\"; GeoNameID uint "
                        + "\"maxminddb:\\\"geoname_id\\\"\" }");
        assertThatThrownBy(() -> run("geoip_country", bad, "2.2.2.2"))
                .hasMessageEndingWith("maxminddb: cannot unmarshal 5 into type string");
    }
}

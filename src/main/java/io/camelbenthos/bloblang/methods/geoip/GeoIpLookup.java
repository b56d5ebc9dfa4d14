package io.camelbenthos.bloblang.methods.geoip;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The eight lookups of geoip2-golang's {@code Reader} (one per geoip_* method), and which database types allow each:
 * geoip2-golang's {@code getDBType} table, where a City lookup also works on a Country database and an Enterprise
 * database serves City and Country lookups too.
 */
enum GeoIpLookup {
    ANONYMOUS_IP("geoip_anonymous_ip", "anonymous IP", "AnonymousIP", GeoIpModels.ANONYMOUS_IP),
    ASN("geoip_asn", "ASN", "ASN", GeoIpModels.ASN),
    CITY("geoip_city", "city", "City", GeoIpModels.CITY),
    CONNECTION_TYPE("geoip_connection_type", "connection type", "ConnectionType", GeoIpModels.CONNECTION_TYPE),
    COUNTRY("geoip_country", "country", "Country", GeoIpModels.COUNTRY),
    DOMAIN("geoip_domain", "domain", "Domain", GeoIpModels.DOMAIN),
    ENTERPRISE("geoip_enterprise", "enterprise", "Enterprise", GeoIpModels.ENTERPRISE),
    ISP("geoip_isp", "ISP", "ISP", GeoIpModels.ISP);

    /** The Bloblang method name. */
    final String methodName;
    /** What the description says the result describes. */
    final String entity;
    /** geoip2-golang's method name, as its {@code InvalidMethodError} prints it. */
    final String goMethod;
    /** The result struct. */
    final GoStruct struct;

    GeoIpLookup(String methodName, String entity, String goMethod, GoStruct struct) {
        this.methodName = methodName;
        this.entity = entity;
        this.goMethod = goMethod;
        this.struct = struct;
    }

    private static final Set<GeoIpLookup> CITY_AND_COUNTRY = EnumSet.of(CITY, COUNTRY);
    private static final Set<GeoIpLookup> ENTERPRISE_CITY_COUNTRY = EnumSet.of(ENTERPRISE, CITY, COUNTRY);
    private static final Set<GeoIpLookup> ISP_AND_ASN = EnumSet.of(ISP, ASN);

    private static final Map<String, Set<GeoIpLookup>> BY_DATABASE_TYPE = Map.ofEntries(
            Map.entry("GeoIP2-Anonymous-IP", EnumSet.of(ANONYMOUS_IP)),
            Map.entry("DBIP-ASN-Lite (compat=GeoLite2-ASN)", EnumSet.of(ASN)),
            Map.entry("GeoLite2-ASN", EnumSet.of(ASN)),
            Map.entry("DBIP-City-Lite", CITY_AND_COUNTRY),
            Map.entry("DBIP-Country-Lite", CITY_AND_COUNTRY),
            Map.entry("DBIP-Country", CITY_AND_COUNTRY),
            Map.entry("DBIP-Location (compat=City)", CITY_AND_COUNTRY),
            Map.entry("GeoLite2-City", CITY_AND_COUNTRY),
            Map.entry("GeoIP-City-Redacted-US", CITY_AND_COUNTRY),
            Map.entry("GeoIP2-City", CITY_AND_COUNTRY),
            Map.entry("GeoIP2-City-Africa", CITY_AND_COUNTRY),
            Map.entry("GeoIP2-City-Asia-Pacific", CITY_AND_COUNTRY),
            Map.entry("GeoIP2-City-Europe", CITY_AND_COUNTRY),
            Map.entry("GeoIP2-City-North-America", CITY_AND_COUNTRY),
            Map.entry("GeoIP2-City-South-America", CITY_AND_COUNTRY),
            Map.entry("GeoIP2-Precision-City", CITY_AND_COUNTRY),
            Map.entry("GeoLite2-Country", CITY_AND_COUNTRY),
            Map.entry("GeoIP2-Country", CITY_AND_COUNTRY),
            Map.entry("GeoIP2-Connection-Type", EnumSet.of(CONNECTION_TYPE)),
            Map.entry("GeoIP2-Domain", EnumSet.of(DOMAIN)),
            Map.entry("DBIP-ISP (compat=Enterprise)", ENTERPRISE_CITY_COUNTRY),
            Map.entry("DBIP-Location-ISP (compat=Enterprise)", ENTERPRISE_CITY_COUNTRY),
            Map.entry("GeoIP-Enterprise-Redacted-US", ENTERPRISE_CITY_COUNTRY),
            Map.entry("GeoIP2-Enterprise", ENTERPRISE_CITY_COUNTRY),
            Map.entry("GeoIP2-ISP", ISP_AND_ASN),
            Map.entry("GeoIP2-Precision-ISP", ISP_AND_ASN));

    /** The lookups a database of this type serves, or null when geoip2-golang refuses to open it. */
    static Set<GeoIpLookup> supportedBy(String databaseType) {
        return BY_DATABASE_TYPE.get(databaseType);
    }
}

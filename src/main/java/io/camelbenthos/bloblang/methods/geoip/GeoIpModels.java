package io.camelbenthos.bloblang.methods.geoip;

import static io.camelbenthos.bloblang.methods.geoip.GoField.of;
import static io.camelbenthos.bloblang.methods.geoip.GoField.struct;
import static io.camelbenthos.bloblang.methods.geoip.GoField.structSlice;

import io.camelbenthos.bloblang.methods.geoip.GoField.GoKind;
import java.util.List;

/**
 * The result structs of geoip2-golang v1 (the version Redpanda Connect uses), field for field and in declaration
 * order. Benthos returns {@code json.Marshal} of these structs, so the keys of a geoip_* result are these Go field
 * names ({@code City}, {@code GeoNameID}, {@code IsoCode}...), not the database's own keys.
 */
final class GeoIpModels {
    private GeoIpModels() {
    }

    private static GoField names() {
        return of("Names", "names", GoKind.NAMES);
    }

    private static GoField geoNameId() {
        return of("GeoNameID", "geoname_id", GoKind.UINT);
    }

    private static GoField isoCode() {
        return of("IsoCode", "iso_code", GoKind.STRING);
    }

    private static GoField inEu() {
        return of("IsInEuropeanUnion", "is_in_european_union", GoKind.BOOL);
    }

    private static GoField confidence() {
        return of("Confidence", "confidence", GoKind.UINT8);
    }

    private static GoField continent() {
        return struct("Continent", "continent", names(), of("Code", "code", GoKind.STRING), geoNameId());
    }

    private static GoField country(String goName, String tag) {
        return struct(goName, tag, names(), isoCode(), geoNameId(), inEu());
    }

    private static GoField representedCountry() {
        return struct("RepresentedCountry", "represented_country", names(), isoCode(),
                of("Type", "type", GoKind.STRING), geoNameId(), inEu());
    }

    private static GoField location() {
        return struct("Location", "location", of("TimeZone", "time_zone", GoKind.STRING),
                of("Latitude", "latitude", GoKind.FLOAT64), of("Longitude", "longitude", GoKind.FLOAT64),
                of("MetroCode", "metro_code", GoKind.UINT), of("AccuracyRadius", "accuracy_radius", GoKind.UINT16));
    }

    private static GoField countryTraits() {
        return struct("Traits", "traits", of("IsAnonymousProxy", "is_anonymous_proxy", GoKind.BOOL),
                of("IsAnycast", "is_anycast", GoKind.BOOL),
                of("IsSatelliteProvider", "is_satellite_provider", GoKind.BOOL));
    }

    private static GoField asOrganization() {
        return of("AutonomousSystemOrganization", "autonomous_system_organization", GoKind.STRING);
    }

    private static GoField asNumber() {
        return of("AutonomousSystemNumber", "autonomous_system_number", GoKind.UINT);
    }

    /** {@code geoip2.City}. */
    static final GoStruct CITY = new GoStruct("geoip2.City", List.of(
            struct("City", "city", names(), geoNameId()),
            struct("Postal", "postal", of("Code", "code", GoKind.STRING)),
            continent(),
            structSlice("Subdivisions", "subdivisions", names(), isoCode(), geoNameId()),
            representedCountry(),
            country("Country", "country"),
            country("RegisteredCountry", "registered_country"),
            location(),
            countryTraits()));

    /** {@code geoip2.Country}. */
    static final GoStruct COUNTRY = new GoStruct("geoip2.Country", List.of(
            continent(),
            country("Country", "country"),
            country("RegisteredCountry", "registered_country"),
            representedCountry(),
            countryTraits()));

    /** {@code geoip2.Enterprise}: City plus confidences and the ISP, domain and connection-type traits. */
    static final GoStruct ENTERPRISE = new GoStruct("geoip2.Enterprise", List.of(
            continent(),
            struct("City", "city", names(), geoNameId(), confidence()),
            struct("Postal", "postal", of("Code", "code", GoKind.STRING), confidence()),
            structSlice("Subdivisions", "subdivisions", names(), isoCode(), geoNameId(), confidence()),
            representedCountry(),
            struct("Country", "country", names(), isoCode(), geoNameId(), confidence(), inEu()),
            struct("RegisteredCountry", "registered_country", names(), isoCode(), geoNameId(), confidence(), inEu()),
            struct("Traits", "traits",
                    asOrganization(),
                    of("ConnectionType", "connection_type", GoKind.STRING),
                    of("Domain", "domain", GoKind.STRING),
                    of("ISP", "isp", GoKind.STRING),
                    of("MobileCountryCode", "mobile_country_code", GoKind.STRING),
                    of("MobileNetworkCode", "mobile_network_code", GoKind.STRING),
                    of("Organization", "organization", GoKind.STRING),
                    of("UserType", "user_type", GoKind.STRING),
                    asNumber(),
                    of("StaticIPScore", "static_ip_score", GoKind.FLOAT64),
                    of("IsAnonymousProxy", "is_anonymous_proxy", GoKind.BOOL),
                    of("IsAnycast", "is_anycast", GoKind.BOOL),
                    of("IsLegitimateProxy", "is_legitimate_proxy", GoKind.BOOL),
                    of("IsSatelliteProvider", "is_satellite_provider", GoKind.BOOL)),
            location()));

    /** {@code geoip2.AnonymousIP}. */
    static final GoStruct ANONYMOUS_IP = new GoStruct("geoip2.AnonymousIP", List.of(
            of("IsAnonymous", "is_anonymous", GoKind.BOOL),
            of("IsAnonymousVPN", "is_anonymous_vpn", GoKind.BOOL),
            of("IsHostingProvider", "is_hosting_provider", GoKind.BOOL),
            of("IsPublicProxy", "is_public_proxy", GoKind.BOOL),
            of("IsResidentialProxy", "is_residential_proxy", GoKind.BOOL),
            of("IsTorExitNode", "is_tor_exit_node", GoKind.BOOL)));

    /** {@code geoip2.ASN}. */
    static final GoStruct ASN = new GoStruct("geoip2.ASN", List.of(asOrganization(), asNumber()));

    /** {@code geoip2.ConnectionType}. */
    static final GoStruct CONNECTION_TYPE = new GoStruct("geoip2.ConnectionType",
            List.of(of("ConnectionType", "connection_type", GoKind.STRING)));

    /** {@code geoip2.Domain}. */
    static final GoStruct DOMAIN = new GoStruct("geoip2.Domain", List.of(of("Domain", "domain", GoKind.STRING)));

    /** {@code geoip2.ISP}. */
    static final GoStruct ISP = new GoStruct("geoip2.ISP", List.of(
            asOrganization(),
            of("ISP", "isp", GoKind.STRING),
            of("MobileCountryCode", "mobile_country_code", GoKind.STRING),
            of("MobileNetworkCode", "mobile_network_code", GoKind.STRING),
            of("Organization", "organization", GoKind.STRING),
            asNumber()));
}

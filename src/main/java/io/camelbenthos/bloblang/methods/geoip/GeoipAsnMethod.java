package io.camelbenthos.bloblang.methods.geoip;

/** {@code geoip_asn(path)}: the autonomous system of an IP address. */
public final class GeoipAsnMethod extends GeoIpMethod {
    public GeoipAsnMethod() {
        super(GeoIpLookup.ASN);
    }
}

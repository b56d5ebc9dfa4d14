package io.camelbenthos.bloblang.methods.geoip;

/** {@code geoip_enterprise(path)}: the Enterprise record (city data with confidences, ISP and connection traits) of an IP address. */
public final class GeoipEnterpriseMethod extends GeoIpMethod {
    public GeoipEnterpriseMethod() {
        super(GeoIpLookup.ENTERPRISE);
    }
}

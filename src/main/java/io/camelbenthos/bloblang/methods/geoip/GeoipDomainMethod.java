package io.camelbenthos.bloblang.methods.geoip;

/** {@code geoip_domain(path)}: the second-level domain of an IP address. */
public final class GeoipDomainMethod extends GeoIpMethod {
    public GeoipDomainMethod() {
        super(GeoIpLookup.DOMAIN);
    }
}

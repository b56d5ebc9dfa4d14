package io.camelbenthos.bloblang.methods.geoip;

/** {@code geoip_country(path)}: the country and continent of an IP address. */
public final class GeoipCountryMethod extends GeoIpMethod {
    public GeoipCountryMethod() {
        super(GeoIpLookup.COUNTRY);
    }
}

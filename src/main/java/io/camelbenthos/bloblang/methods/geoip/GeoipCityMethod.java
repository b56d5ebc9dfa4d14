package io.camelbenthos.bloblang.methods.geoip;

/** {@code geoip_city(path)}: the city, subdivisions, country, continent and location of an IP address. */
public final class GeoipCityMethod extends GeoIpMethod {
    public GeoipCityMethod() {
        super(GeoIpLookup.CITY);
    }
}

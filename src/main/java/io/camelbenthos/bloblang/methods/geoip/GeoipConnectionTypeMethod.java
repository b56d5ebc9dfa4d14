package io.camelbenthos.bloblang.methods.geoip;

/** {@code geoip_connection_type(path)}: the connection type of an IP address. */
public final class GeoipConnectionTypeMethod extends GeoIpMethod {
    public GeoipConnectionTypeMethod() {
        super(GeoIpLookup.CONNECTION_TYPE);
    }
}

package io.camelbenthos.bloblang.methods.geoip;

/** {@code geoip_isp(path)}: the ISP and autonomous system of an IP address. */
public final class GeoipIspMethod extends GeoIpMethod {
    public GeoipIspMethod() {
        super(GeoIpLookup.ISP);
    }
}

package io.camelbenthos.bloblang.methods.geoip;

/** {@code geoip_anonymous_ip(path)}: the anonymous IP record (anonymous, VPN, hosting, proxy and Tor flags) of an IP address. */
public final class GeoipAnonymousIpMethod extends GeoIpMethod {
    public GeoipAnonymousIpMethod() {
        super(GeoIpLookup.ANONYMOUS_IP);
    }
}

package io.camelbenthos.http;

/** A Go-style listen address: {@code host:port}, {@code :port} (all interfaces) or {@code [v6]:port}. */
record HostPort(String host, int port) {
    static HostPort parse(String address) {
        int colon = address.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("address " + address + ": missing port in address");
        }
        String host = address.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            return new HostPort(host.isEmpty() ? "0.0.0.0" : host, Integer.parseInt(address.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("address " + address + ": invalid port", e);
        }
    }
}

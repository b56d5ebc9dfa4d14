package io.camelbenthos.redis;

import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;

/** Configures a redis resource (cache, rate limit) from its client fields; what it cannot honour is a lint error. */
public final class RedisResources {
    private RedisResources() {
    }

    public static <T extends RedisClientBean> T configure(T bean, ComponentConfig config) {
        new RedisUri("check", config.type()).client(config); // a bad URL or kind is a lint error
        bean.setUrl(config.string("url"));
        bean.setKind(config.string("kind"));
        bean.setMaster(config.string("master"));
        bean.setClientName(config.string("client_name"));
        ComponentConfig tls = config.object("tls");
        if (tls.bool("enabled")) {
            if (!tls.string("root_cas").isEmpty() || !tls.objectList("client_certs").isEmpty()) {
                throw new ConfigException(tls.position("enabled"), "redis " + config.type() + " resources support "
                        + "tls.enabled, skip_cert_verify and root_cas_file only");
            }
            bean.setTls(true);
            bean.setTlsSkipCertVerify(tls.bool("skip_cert_verify"));
            bean.setTlsRootCasFile(tls.string("root_cas_file"));
        }
        return bean;
    }
}

package org.daybrief.source.imap;

import java.io.InputStream;
import java.security.KeyStore;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Jakarta Mail properties that trust GreenMail's own self-signed certificate (the one in its jar) and nothing
 * else, for tests only. Its certificate names "GreenMail selfsigned Test Certificate", not 127.0.0.1, so the name
 * check is off here too; Daybrief itself has no way to turn either off.
 */
final class GreenMailTls {

    private GreenMailTls() {
    }

    static Properties trustGreenMail() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = com.icegreen.greenmail.util.GreenMail.class.getResourceAsStream("/greenmail.p12")) {
            store.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        Properties p = new Properties();
        p.put("mail.imaps.ssl.socketFactory", tls.getSocketFactory());
        p.setProperty("mail.imaps.ssl.checkserveridentity", "false");
        return p;
    }
}

package org.ekyc.hub.routes.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Self-signed certificates for stand-in peers, made with the JDK's keytool, and their servers' TLS. */
public final class TestCertificates {

    /** Password of every keystore made here (also usable as the client's truststore). */
    public static final String PASSWORD = "unit-test";

    private TestCertificates() {
    }

    /** A PKCS12 keystore in {@code dir} with a self-signed certificate for {@code cn} with these subject alternative names. */
    public static Path keystore(Path dir, String cn, String san) throws Exception {
        Path file = dir.resolve(cn + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "peer", "-keyalg", "RSA", "-keysize", "2048", "-storetype", "PKCS12",
                "-validity", "2", "-dname", "CN=" + cn, "-ext", "SAN=" + san,
                "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        return file;
    }

    /** A server's TLS with the certificate in {@code keystore}. */
    public static SSLContext server(Path keystore) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(keys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(km.getKeyManagers(), null, null);
        return tls;
    }
}

package org.ekyc.hub.verification.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PiiCipherTest {

    private static SecretKey key(int seed) {
        byte[] k = new byte[32];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) (i * 7 + seed);
        }
        return new SecretKeySpec(k, "AES");
    }

    @Test
    void roundTripsUnicodeAndNeverStoresThePlaintext() {
        PiiCipher cipher = new PiiCipher(key(1));
        String sealed = cipher.encrypt("응우옌 반 안");
        assertThat(sealed).startsWith("v1:").doesNotContain("응우옌");
        assertThat(cipher.decrypt(sealed)).isEqualTo("응우옌 반 안");
    }

    @Test
    void sameValueSealsDifferentlyEachTime() {
        PiiCipher cipher = new PiiCipher(key(1));
        assertThat(cipher.encrypt("NGUYEN")).isNotEqualTo(cipher.encrypt("NGUYEN"));
    }

    @Test
    void wrongKeyOrTamperingIsDetected() {
        String sealed = new PiiCipher(key(1)).encrypt("NGUYEN");
        assertThatThrownBy(() -> new PiiCipher(key(2)).decrypt(sealed))
                .isInstanceOf(PiiCipher.PiiCryptoException.class).hasMessageContaining("wrong key or tampered");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> new PiiCipher(key(1)).decrypt(tampered))
                .isInstanceOf(PiiCipher.PiiCryptoException.class);
        assertThatThrownBy(() -> new PiiCipher(key(1)).decrypt("NGUYEN"))
                .isInstanceOf(PiiCipher.PiiCryptoException.class).hasMessageContaining("known encrypted format");
    }

    @Test
    void nullStaysNull() {
        PiiCipher cipher = new PiiCipher(key(1));
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void keyFromEnvironmentWinsAndMustBe256Bits() {
        String b64 = Base64.getEncoder().encodeToString(key(3).getEncoded());
        assertThat(PiiKeys.resolve(Map.of("KYC_PII_KEY", b64), new Properties()).getEncoded())
                .isEqualTo(key(3).getEncoded());
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> PiiKeys.resolve(Map.of("KYC_PII_KEY", short16), new Properties()))
                .hasMessageContaining("must be 32 bytes");
    }

    @Test
    void missingKeyFileIsGeneratedOwnerOnlyAndReusedAfterwards(@TempDir Path dir) throws Exception {
        Properties sys = new Properties();
        sys.setProperty("jboss.server.data.dir", dir.toString());
        SecretKey first = PiiKeys.resolve(Map.of(), sys);
        Path file = dir.resolve("kyc/pii.key");
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(PiiKeys.resolve(Map.of(), sys).getEncoded()).isEqualTo(first.getEncoded());
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void kycModeProductionRefusesToGenerateAKeyNamingTheSettings(@TempDir Path dir) {
        Properties sys = new Properties();
        sys.setProperty("jboss.server.data.dir", dir.toString());
        assertThatThrownBy(() -> PiiKeys.resolve(Map.of("KYC_MODE", "production"), sys))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("KYC_MODE=production")
                .hasMessageContaining("KYC_PII_KEY");
        assertThat(dir.resolve("kyc/pii.key")).doesNotExist();
        // a provided key is what production runs with
        String b64 = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(PiiKeys.resolve(Map.of("KYC_MODE", "production", "KYC_PII_KEY", b64), sys).getEncoded()).hasSize(32);
    }

    @Test
    void keyGenerationSwitchedOffRefusesToGenerateAKey(@TempDir Path dir) {
        Properties sys = new Properties();
        sys.setProperty("jboss.server.data.dir", dir.toString());
        assertThatThrownBy(() -> PiiKeys.resolve(Map.of("KYC_PII_KEY_GENERATE", "false"), sys))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No PII encryption key");
        assertThat(dir.resolve("kyc/pii.key")).doesNotExist();
    }
}
